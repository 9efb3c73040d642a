"""Interaction payloads: what the issue found, one test each (the fuzz test covers the rest).

- misparses: a `null` token read as `"None"`, select `values: "abc"` read as `['a', 'b', 'c']`;
- IDs: 2**64 and beyond, negative ones, signs, spaces and non-ASCII digits are refused where an
  interaction needs the ID, and read as absent (never as an ID) anywhere else;
- decoders: the standard library refuses what orjson and msgspec refuse;
- `Message.components` never raises, even on a message nobody checked;
- over real sockets: a signed but malformed interaction is answered 400 and never reaches the
  listener.
"""

from __future__ import annotations

import copy
import json as stdlib_json
import typing

import msgspec
import orjson
import pytest

from hikari_like import messages
from hikari_like import snowflakes
from hikari_like.components import PartialComponent
from hikari_like.impl.server.interaction_server import InteractionServer
from hikari_like.interactions import CommandInteraction
from hikari_like.interactions import ComponentInteraction
from hikari_like.internal import json
from hikari_like.testing import payloads
from hikari_like.testing.client import InteractionClient
from tests.conftest import Recorder
from tests.helpers import APP
from tests.test_hardening_payloads_fuzz import assert_every_decoder_agrees

REFUSALS = (KeyError, TypeError, ValueError)


def _body(payload: dict[str, typing.Any]) -> bytes:
    # The standard library writes integers of any size (orjson refuses those past 64 bits).
    return stdlib_json.dumps(payload).encode()


def test_a_null_token_is_refused_not_read_as_none() -> None:
    payload = payloads.slash_command("ping", seed=1)
    payload["token"] = None

    with pytest.raises(TypeError, match="token"):
        CommandInteraction.from_payload(payload, app=APP)
    assert assert_every_decoder_agrees(_body(payload)) == "refused"


def test_select_values_that_are_a_string_are_refused_not_split_into_characters() -> None:
    payload = payloads.select_menu("colour", ["red"], seed=2)
    payload["data"]["values"] = "abc"

    with pytest.raises(TypeError, match="array"):
        ComponentInteraction.from_payload(payload, app=APP)
    assert assert_every_decoder_agrees(_body(payload)) == "refused"


_NOT_IDS: typing.Final = [
    str(2**64),
    2**64,
    "99999999999999999999",
    "-1",
    -1,
    "+5",
    " 5",
    "5_0",
    "١٢٣",
    "",
    True,
    1.0,
]


def _hug() -> dict[str, typing.Any]:
    return payloads.slash_command("hug", [payloads.option("who", 80351110224678912, type=6)], seed=3)


@pytest.mark.parametrize("where", ["interaction", "application", "command", "user"])
@pytest.mark.parametrize("value", _NOT_IDS, ids=repr)
def test_what_is_not_a_64_bit_id_is_refused_where_an_interaction_needs_one(where: str, value: object) -> None:
    payload = _hug()
    if where == "interaction":
        payload["id"] = value
    elif where == "application":
        payload["application_id"] = value
    elif where == "command":
        payload["data"]["id"] = value
    else:
        payload["member"]["user"]["id"] = value

    with pytest.raises(REFUSALS):
        CommandInteraction.from_payload(payload, app=APP)
    assert assert_every_decoder_agrees(_body(payload)) == "refused"


@pytest.mark.parametrize("value", _NOT_IDS, ids=repr)
def test_what_is_not_a_64_bit_id_never_reads_as_an_id_elsewhere(value: object) -> None:
    # Fields an interaction does without read as absent: never as a wrapped-around or truncated ID.
    payload = _hug()
    payload["data"]["options"][0]["value"] = value
    payload["channel"]["parent_id"] = value
    payload["member"]["roles"] = [value]
    resolved = payload["data"]["resolved"]
    (user_id,) = resolved["users"]
    resolved["members"] = {str(value): resolved["members"][user_id]}

    interaction = CommandInteraction.from_payload(payload, app=APP)

    assert interaction.options[0].value is None
    assert interaction.channel.parent_id is None
    assert interaction.member is not None
    assert interaction.member.role_ids == [interaction.guild_id]
    assert interaction.resolved is not None
    assert interaction.resolved.members == {}
    assert assert_every_decoder_agrees(_body(payload)) != "refused"


def test_the_largest_id_and_a_numeric_one_are_read() -> None:
    payload = payloads.slash_command("hug", seed=4)
    payload["member"]["user"]["id"] = str(snowflakes.MAX_SNOWFLAKE)
    payload["channel"]["id"] = 645027906669510667  # an integer: older payloads had some

    interaction = CommandInteraction.from_payload(payload, app=APP)

    assert interaction.user.id == 2**64 - 1
    assert interaction.channel.id == 645027906669510667
    assert assert_every_decoder_agrees(_body(payload)) != "refused"


@pytest.mark.parametrize(
    "body",
    [b"NaN", b"[Infinity]", b'{"a": -Infinity}', b"[1e400]", b'["\\ud800"]', b'{"\\udfff": 1}'],
    ids=["NaN", "Infinity", "-Infinity", "1e400", "lone high surrogate", "lone low surrogate key"],
)
def test_the_standard_library_refuses_what_orjson_and_msgspec_refuse(body: bytes) -> None:
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(body)
    with pytest.raises(msgspec.MsgspecError):
        msgspec.json.decode(body)
    with pytest.raises(stdlib_json.JSONDecodeError):
        json._stdlib_loads(body)


def test_the_standard_library_reads_what_orjson_reads_from_any_bytes_like_value() -> None:
    body = b'{"v": [1, "\xc3\xa9"]}'
    for value in (body, bytearray(body), memoryview(body), body.decode()):
        assert json._stdlib_loads(value) == orjson.loads(value) == {"v": [1, "\u00e9"]}


def test_the_standard_library_reads_a_surrogate_pair_as_its_character() -> None:
    assert json._stdlib_loads(b'["\\ud83d\\ude00", "\\\\ud800"]') == ["😀", "\\ud800"]


def test_the_standard_library_writes_a_float_that_is_not_finite_as_null() -> None:
    value = [float("nan"), {"x": float("inf")}, 1.5]

    assert json._stdlib_dumps(value) == orjson.dumps(value) == b'[null,{"x":null},1.5]'


@pytest.mark.parametrize(
    "components",
    [
        [{"type": 1, "components": [{"type": 2, "style": 1, "emoji": [1]}]}],
        [{"type": 1, "id": float("inf")}],
        [{"type": 17, "components": [{"type": 9, "accessory": {"type": 11, "media": "x"}}]}],
        [{"type": 13, "file": {"url": 5}, "size": float("inf")}],
        "abc",
        [[1], None, {"type": "1"}],
    ],
    ids=[
        "emoji not an object",
        "infinite id",
        "media not an object",
        "file URL a number",
        "a string",
        "junk",
    ],
)
def test_components_never_raise_even_on_a_message_nobody_checked(components: object) -> None:
    # A message from a REST response is not checked up front, and `components` is a property:
    # an AttributeError or OverflowError there would be a crash, or worse, a missing attribute.
    payload = copy.deepcopy(payloads.button_press("x", seed=5)["message"])
    payload["components"] = components
    message = messages.Message.from_payload(payload, app=APP)

    parsed = message.components

    assert all(isinstance(component, PartialComponent) for component in parsed)
    assert hasattr(message, "components")


async def test_a_signed_malformed_interaction_is_answered_400_before_the_listener_runs(
    server: InteractionServer, client: InteractionClient, recorder: Recorder
) -> None:
    server.set_listener(CommandInteraction, recorder)
    malformed = payloads.slash_command("ping", seed=6)
    malformed["member"]["user"]["id"] = "not an ID"
    valid = payloads.slash_command("ping", seed=7)

    refused = await client.replay(client.sign(_body(malformed)))
    answered = await client.replay(client.sign(_body(valid)))

    assert refused.status == 400
    assert answered.status == 204
    assert [interaction.id for interaction in recorder.calls] == [int(valid["id"])]
