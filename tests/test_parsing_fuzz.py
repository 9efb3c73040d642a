"""Fuzzing the models with any JSON: `from_payload` raises KeyError/TypeError/ValueError, or it parses.

Those three are what the interaction core turns into a 400; anything else would be a 500. What
parses is read in full (`read_everything`): a lazy part never raises, and holds only values of the
types its attributes declare. `test_hardening_payloads_fuzz` mutates realistic payloads of every
kind over every decoder; this file feeds random JSON and every class every payload.
"""

from __future__ import annotations

import typing

import hypothesis
from hypothesis import strategies as st

from hikari_like.interactions import INTERACTION_TYPES
from hikari_like.interactions import base_interactions
from hikari_like.internal import json
from tests.helpers import APP
from tests.helpers import PAYLOADS
from tests.test_hardening_payloads_fuzz import mutate
from tests.test_hardening_payloads_walk import read_everything

RAW_PAYLOADS = {path.stem: path.read_bytes() for path in sorted(PAYLOADS.glob("*.json"))}
CONTRACT_ERRORS = (KeyError, TypeError, ValueError)


json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
# Discord-ish scalars: numeric strings (IDs, permissions) and small ints (types) hit the deep code paths.
discordish = (
    json_scalars
    | st.integers(0, 30)
    | st.integers(0, 2**64).map(str)
    | st.sampled_from(["", "0", "-1", "1e5"])
)
json_values = st.recursive(
    discordish,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def parse_as(cls: type[base_interactions.PartialInteraction], payload: typing.Any) -> None:
    try:
        interaction = cls.from_payload(payload, app=APP)
    except CONTRACT_ERRORS:
        return
    read_everything(interaction)


def test_every_real_payload_reads_every_attribute_without_error() -> None:
    for raw in RAW_PAYLOADS.values():
        payload = json.loads(raw)
        interaction = INTERACTION_TYPES[payload["type"]].from_payload(payload, app=APP)
        for name in dir(interaction):
            if not name.startswith("_"):
                getattr(interaction, name)
        assert interaction.token not in repr(interaction)
        assert "<malformed>" not in repr(interaction)


@hypothesis.settings(max_examples=400, deadline=None, derandomize=True)
@hypothesis.given(data=st.data(), name=st.sampled_from(sorted(RAW_PAYLOADS)))
def test_mutated_real_payloads(data: st.DataObject, name: str) -> None:
    payload: dict[str, typing.Any] = json.loads(RAW_PAYLOADS[name])
    cls = INTERACTION_TYPES[payload["type"]]
    mutate(data, payload, lambda current: json_values)

    parse_as(cls, payload)


@hypothesis.settings(max_examples=150, deadline=None, derandomize=True)
@hypothesis.given(payload=json_values, cls=st.sampled_from(sorted(set(INTERACTION_TYPES.values()), key=str)))
def test_random_json(payload: typing.Any, cls: type[base_interactions.PartialInteraction]) -> None:
    parse_as(cls, payload)


@hypothesis.settings(max_examples=150, deadline=None, derandomize=True)
@hypothesis.given(data=st.data(), name=st.sampled_from(sorted(RAW_PAYLOADS)))
def test_every_class_on_every_payload(data: st.DataObject, name: str) -> None:
    # A payload parsed by the wrong class is malformed for it, not a crash.
    payload: dict[str, typing.Any] = json.loads(RAW_PAYLOADS[name])
    cls = data.draw(st.sampled_from(sorted(set(INTERACTION_TYPES.values()), key=str)))
    mutate(data, payload, lambda current: json_values)

    parse_as(cls, payload)
