"""No signed JSON object makes the server answer 500: real payloads, mutated by hypothesis."""

from __future__ import annotations

import asyncio
import copy
import typing

import hypothesis
from hypothesis import strategies as st

import hikari_like
from hikari_like.internal import json
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads
from hikari_like.testing import sign_request

KEY = KeyPair.generate()
SEEDS = [
    payloads.slash_command("tag", [payloads.subcommand("show", [payloads.option("to", 42, type=6)])], seed=1),
    payloads.user_command("Inspect", seed=2),
    payloads.message_command("Quote", seed=3),
    payloads.autocomplete("fruit", [payloads.option("name", "ap", focused=True)], seed=4),
    payloads.button_press("vote", seed=5),
    payloads.select_menu("who", ["1", "2"], component_type=5, seed=6),
    payloads.modal_submit("form", {"a": "b"}, seed=7),
    payloads.labelled_modal_submit("form", {"a": "b"}, seed=8),
]

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value: typing.Any, prefix: tuple[typing.Any, ...] = ()) -> typing.Iterator[tuple[typing.Any, ...]]:
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        yield (*prefix, key)
        yield from _paths(child, (*prefix, key))


@st.composite
def mutated_payloads(draw: st.DrawFn) -> dict[str, typing.Any]:
    payload = copy.deepcopy(draw(st.sampled_from(SEEDS)))
    paths = list(_paths(payload))
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(paths))
        parent: typing.Any = payload
        for key in path[:-1]:
            if not isinstance(parent, dict | list):
                break
            try:
                parent = parent[key]
            except (KeyError, IndexError, TypeError):
                break
        else:
            if isinstance(parent, dict) and isinstance(path[-1], str):  # JSON keys are strings
                if draw(st.booleans()):
                    parent.pop(path[-1], None)
                else:
                    parent[path[-1]] = draw(json_values)
            elif isinstance(parent, list) and isinstance(path[-1], int) and path[-1] < len(parent):
                parent[path[-1]] = draw(json_values)
    return payload


async def _answer(interaction: typing.Any) -> typing.Any:
    if isinstance(interaction, hikari_like.AutocompleteInteraction):
        return interaction.build_response([])
    if isinstance(interaction, hikari_like.ComponentInteraction):
        return interaction.build_response(hikari_like.ResponseType.MESSAGE_CREATE).set_content("ok")
    return interaction.build_response().set_content("ok")


def _server() -> hikari_like.InteractionServer:
    server = hikari_like.InteractionServer(public_key=KEY.public_key, replay_window=None)
    for interaction_class in (
        hikari_like.CommandInteraction,
        hikari_like.AutocompleteInteraction,
        hikari_like.ComponentInteraction,
        hikari_like.ModalInteraction,
    ):
        server.set_listener(interaction_class, _answer)
    return server


def _status(server: hikari_like.InteractionServer, payload: typing.Any) -> int:
    body = json.dumps(payload)
    headers = sign_request(body, KEY)
    signature, timestamp = headers["X-Signature-Ed25519"].encode(), headers["X-Signature-Timestamp"].encode()
    return asyncio.run(server.on_interaction(body, signature, timestamp)).status_code


@hypothesis.settings(max_examples=300, deadline=None, suppress_health_check=[hypothesis.HealthCheck.too_slow])
@hypothesis.given(mutated_payloads())
def test_mutated_real_payloads_never_give_500(payload: dict[str, typing.Any]) -> None:
    assert _status(_server(), payload) in {200, 400, 501}


@hypothesis.settings(max_examples=150, deadline=None)
@hypothesis.given(
    st.dictionaries(st.sampled_from(["type", "id", "data", "token", "member", "user"]), json_values)
)
def test_arbitrary_objects_never_give_500(payload: dict[str, typing.Any]) -> None:
    assert _status(_server(), payload) in {200, 400, 501}


def test_every_unmutated_seed_is_answered() -> None:
    server = _server()
    assert [_status(server, seed) for seed in SEEDS] == [200] * len(SEEDS)
