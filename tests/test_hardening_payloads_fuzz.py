"""Fuzzing every kind of interaction: a payload is refused (400), or a listener reads only well-typed values.

The issue's fuzzing (6,000 mutations of realistic payloads, signed) found a third of those that
reached a listener crashing it on attribute access, because nested parts were parsed only when
read. Here each mutated payload is decoded as the interaction server would decode it, three ways
(msgspec's partial decode, orjson, the standard library), and for each:

- `from_payload` refuses it with `KeyError`, `TypeError` or `ValueError` (the server's 400), or
- every public attribute, and every public attribute of those (the member's user's ID, each
  option's value, each resolved entry, the message's components, ...), reads without error and
  matches its annotation (`tests/test_hardening_payloads_walk.py`);

and the three decoders agree: all refuse, or all read the same values.

Mutations are those a hostile or broken sender makes: a field deleted; a value swapped for one of
another JSON type (string, integer, null, array, object, boolean); integers past 64 bits,
negative ones; strings of non-ASCII digits, signs and spaces where IDs belong; unicode; deep
nesting.
"""

from __future__ import annotations

import copy
import json as stdlib_json
import typing

import hypothesis
import orjson
import pytest
from hypothesis import strategies as st

from hikari_like.interactions import INTERACTION_TYPES
from hikari_like.internal import json
from hikari_like.internal import partial_json
from hikari_like.testing import payloads
from tests.helpers import APP
from tests.helpers import PAYLOADS
from tests.helpers import load_payload
from tests.test_hardening_payloads_walk import read_everything

REFUSALS = (KeyError, TypeError, ValueError)
"""What `from_payload` may raise: the interaction server answers these with 400."""

_USER = {"id": "80351110224678912", "username": "nelly", "global_name": None, "accent_color": 0xFF8800}
_MEDIA = {
    "url": "https://cdn.example/a/cat.png",
    "proxy_url": "https://media.example/a/cat.png",
    "width": 64,
    "height": 48,
    "content_type": "image/png",
    "loading_state": 2,
}
_EMOJI = {"id": "41771983429993937", "name": "party", "animated": True}
_EVERY_MESSAGE_COMPONENT: typing.Final = [
    {
        "type": 1,
        "id": 1,
        "components": [
            {"type": 2, "id": 2, "style": 1, "label": "Go", "custom_id": "go", "emoji": _EMOJI},
            {"type": 2, "id": 3, "style": 5, "label": "Site", "url": "https://example.com/x"},
            {"type": 2, "id": 4, "style": 6, "sku_id": "1088510058284990888"},
        ],
    },
    {
        "type": 1,
        "id": 5,
        "components": [
            {
                "type": 3,
                "id": 6,
                "custom_id": "pick",
                "placeholder": "Pick",
                "min_values": 1,
                "max_values": 2,
                "options": [
                    {"label": "A", "value": "a", "description": "first", "emoji": {"name": "🅰️"}},
                    {"label": "B", "value": "b", "default": True},
                ],
            }
        ],
    },
    {"type": 1, "id": 7, "components": [{"type": 5, "id": 8, "custom_id": "who"}]},
    {"type": 1, "id": 9, "components": [{"type": 6, "id": 10, "custom_id": "role", "disabled": True}]},
    {"type": 1, "id": 11, "components": [{"type": 7, "id": 12, "custom_id": "any"}]},
    {"type": 1, "id": 13, "components": [{"type": 8, "id": 14, "custom_id": "ch", "channel_types": [0, 5]}]},
    {
        "type": 17,
        "id": 15,
        "accent_color": 0x5865F2,
        "spoiler": False,
        "components": [
            {"type": 10, "id": 16, "content": "# Title"},
            {
                "type": 9,
                "id": 17,
                "components": [{"type": 10, "id": 18, "content": "beside"}],
                "accessory": {"type": 11, "id": 19, "media": _MEDIA, "description": "cat", "spoiler": True},
            },
            {
                "type": 9,
                "id": 20,
                "components": [{"type": 10, "id": 21, "content": "press"}],
                "accessory": {"type": 2, "id": 22, "style": 2, "label": "More", "custom_id": "more"},
            },
            {"type": 12, "id": 23, "items": [{"media": _MEDIA, "description": "one"}, {"media": _MEDIA}]},
            {"type": 14, "id": 24, "spacing": 2, "divider": False},
            {
                "type": 13,
                "id": 25,
                "file": {"url": "attachment://notes.txt"},
                "name": "notes.txt",
                "size": 12,
            },
            {"type": 99, "id": 26, "from": "the future"},
        ],
    },
]
_RICH_MESSAGE_EXTRAS: typing.Final = {
    "components": _EVERY_MESSAGE_COMPONENT,
    "flags": 1 << 15,
    "guild_id": "290926798626357999",
    "member": {
        "roles": ["539082325061836999"],
        "nick": "Nel",
        "joined_at": "2017-03-13T19:19:14.040000+00:00",
    },
    "mentions": [_USER],
    "mention_roles": ["539082325061836999"],
    "nonce": "1234",
    "embeds": [
        {
            "title": "Weather",
            "description": "Sunny",
            "url": "https://example.com/w",
            "color": 0xFFAA00,
            "timestamp": "2024-05-01T10:00:00+00:00",
            "fields": [{"name": "High", "value": "24", "inline": True}],
            "footer": {"text": "met", "icon_url": "https://example.com/i.png"},
            "image": {"url": "https://example.com/big.png", "width": 10, "height": 10},
            "thumbnail": {"url": "https://example.com/small.png"},
            "video": {"url": "https://example.com/v.mp4"},
            "author": {"name": "Bot", "url": "https://example.com", "icon_url": "https://example.com/a.png"},
            "provider": {"name": "Example", "url": "https://example.com"},
        }
    ],
    "attachments": [
        {
            "id": "1111111111111111112",
            "filename": "voice.ogg",
            "size": 2048,
            "url": "https://cdn.example/voice.ogg",
            "proxy_url": "https://media.example/voice.ogg",
            "duration_secs": 3.5,
            "waveform": "AAAA",
            "flags": 8192,
        }
    ],
    "message_reference": {"type": 0, "message_id": "1200000000000000000", "channel_id": "645027906669510667"},
    "interaction_metadata": {
        "id": "1233333333333333331",
        "type": 5,
        "user": _USER,
        "authorizing_integration_owners": {"0": "290926798626357999", "1": "80351110224678912"},
        "triggering_interaction_metadata": {
            "id": "1233333333333333330",
            "type": 3,
            "user": _USER,
            "interacted_message_id": "1233333333333333329",
        },
    },
}


def _rich_message_command() -> dict[str, typing.Any]:
    payload = payloads.message_command("Quote", seed=21)
    (message,) = payload["data"]["resolved"]["messages"].values()
    message.update(copy.deepcopy(_RICH_MESSAGE_EXTRAS))
    return payload


def _every_option_command() -> dict[str, typing.Any]:
    options = [
        payloads.option("user", 80351110224678912, type=6),
        payloads.option("channel", 645027906669510667, type=7),
        payloads.option("role", 539082325061836999, type=8),
        payloads.option("who", 80351110224678913, type=9),
        payloads.option("file", 1111111111111111111, type=11),
        payloads.option("ratio", 2.5),
        payloads.option("count", 3),
        payloads.option("loud", True),
        payloads.option("text", "héllo 🎉"),
    ]
    group = payloads.subcommand_group("admin", [payloads.subcommand("set", options)])
    payload = payloads.slash_command("config", [group], command_guild_id=290926798626357999, seed=22)
    payload["entitlements"] = [
        {
            "id": "1019653849998299136",
            "sku_id": "1019475255913222144",
            "application_id": payload["application_id"],
            "user_id": "80351110224678912",
            "type": 8,
            "deleted": False,
            "starts_at": "2024-05-01T10:00:00+00:00",
            "ends_at": None,
        }
    ]
    payload["channel"]["thread_metadata"] = {
        "archived": False,
        "auto_archive_duration": 1440,
        "archive_timestamp": "2024-05-01T10:00:00+00:00",
        "locked": False,
        "create_timestamp": "2024-04-01T10:00:00+00:00",
    }
    return payload


def _every_modal_component() -> dict[str, typing.Any]:
    payload = payloads.modal_submit("form", {"title": "It broke"}, seed=23)
    labels = [
        {"type": 10, "id": 40},
        {"type": 18, "id": 41, "component": {"type": 4, "id": 42, "custom_id": "details", "value": "more"}},
    ]
    for index, kind in enumerate((3, 5, 6, 7, 8)):
        select = {
            "type": kind,
            "id": 50 + index,
            "custom_id": f"select-{kind}",
            "values": ["80351110224678912"],
        }
        labels.append({"type": 18, "id": 60 + index, "component": select})
    upload = {"type": 19, "id": 70, "custom_id": "shot", "values": ["1111111111111111111"]}
    labels.append({"type": 18, "id": 71, "component": upload})
    payload["data"]["components"].extend(labels)
    payload["data"]["resolved"] = load_payload("modal_labels")["data"]["resolved"]
    payload["message"] = load_payload("modal_labels")["message"]
    return payload


def _bases() -> dict[str, dict[str, typing.Any]]:
    made = {
        "every option": _every_option_command(),
        "DM command": payloads.slash_command("ping", seed=24, guild=False),
        "user command": payloads.user_command("Inspect", seed=25),
        "rich message command": _rich_message_command(),
        "autocomplete": payloads.autocomplete(
            "search", [payloads.subcommand("in", {"units": 3})], focused="city", value="Pa", seed=26
        ),
        "button": payloads.button_press("confirm", seed=27),
        "every modal component": _every_modal_component(),
    }
    for kind in (3, 5, 6, 7, 8):
        values = ["red", "blue"] if kind == 3 else ["80351110224678912"]
        made[f"select {kind}"] = payloads.select_menu("pick", values, component_type=kind, seed=30 + kind)
    stored = {path.stem: load_payload(path.stem) for path in sorted(PAYLOADS.glob("*.json"))}
    return {**stored, **made}


BASES: typing.Final = _bases()


def _stdlib_loads(body: bytes) -> typing.Any:
    # The standard library backend of `internal.json`, whichever backend this process uses.
    return json._stdlib_loads(body)


def _partial_then_full(body: bytes) -> typing.Any:
    # What the interaction server does: a partial decode, else a full one.
    partial = partial_json.decode_interaction(body)
    return partial if partial is not None else orjson.loads(body)


DECODERS: typing.Final = {"partial": _partial_then_full, "orjson": orjson.loads, "stdlib": _stdlib_loads}


def outcome(body: bytes, decode: typing.Callable[[bytes], typing.Any]) -> str | dict[str, object]:
    """`"refused"` (the server's 400 or 501), or every value a listener could read."""
    try:
        payload = decode(body)
    except (ValueError, RecursionError):
        return "refused"  # not JSON: 400
    kind = payload.get("type") if isinstance(payload, dict | partial_json.PartialPayload) else None
    if type(kind) is not int or kind not in INTERACTION_TYPES:
        return "refused"  # 400 (not an object, no integer type) or 501 (no such interaction type)
    try:
        interaction = INTERACTION_TYPES[kind].from_payload(payload, app=APP)
    except REFUSALS:
        return "refused"
    return read_everything(interaction)


def assert_every_decoder_agrees(body: bytes) -> str | dict[str, object]:
    outcomes = {name: outcome(body, decode) for name, decode in DECODERS.items()}
    first = outcomes["orjson"]
    for name, other in outcomes.items():
        assert other == first, f"{name} disagrees with orjson"
    return first


@pytest.mark.parametrize("name", sorted(BASES))
def test_every_valid_payload_parses_and_reads_well_typed(name: str) -> None:
    # Hardening must never refuse what Discord sends.
    result = assert_every_decoder_agrees(stdlib_json.dumps(BASES[name]).encode())

    assert result != "refused"


# -- mutations ---------------------------------------------------------------------------------------

_HUGE_INTEGERS = [2**64, 2**64 - 1, 2**63, -1, -(2**63) - 1, 10**30, -(10**30)]
_ID_LOOKALIKES = [
    "-1",
    " 12",
    "1_000",
    "+5",
    "١٢٣",  # Arabic-Indic digits: `int` reads them
    "\uff11\uff12",  # full-width digits
    "18446744073709551616",
    "1e5",
    "",
    "0x10",
]
_UNICODE = [
    "😀",
    "é",
    "\u202e",
    "\x00",
    "\u210c\U0001d522\U0001d529",  # look-alike letters
    "\ud7ff",
    "日本語",
    "a" * 300,
]


def _deep(depth: int) -> typing.Any:
    value: typing.Any = "bottom"
    for level in range(depth):
        value = [value] if level % 2 else {"nested": value}
    return value


def _swaps(current: object) -> st.SearchStrategy[object]:
    """Values of another JSON type than `current`, shaped after it where that is meaningful."""
    swaps: list[object] = [None, True, False, 0, 1.5, "", "text", [], {}, [current], {"value": current}]
    if isinstance(current, str):
        swaps += [int(current)] if current.isdigit() and current.isascii() else [len(current)]
    if isinstance(current, int) and not isinstance(current, bool):
        swaps += [str(current), float(current), -current, current + 2**64]
    return st.sampled_from(swaps)


def _hostile(current: object) -> st.SearchStrategy[object]:
    return st.one_of(
        _swaps(current),
        st.sampled_from(_HUGE_INTEGERS),
        st.sampled_from(_ID_LOOKALIKES),
        st.sampled_from(_UNICODE),
        st.integers(-(2**70), 2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        st.builds(_deep, st.integers(5, 60)),
    )


def paths(value: typing.Any) -> list[tuple[typing.Any, typing.Any]]:
    """Every (container, key) pair in a JSON tree."""
    found: list[tuple[typing.Any, typing.Any]] = []
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        found.append((value, key))
        found.extend(paths(child))
    return found


def mutate(
    data: st.DataObject,
    payload: dict[str, typing.Any],
    new_value: typing.Callable[[object], st.SearchStrategy[object]] = _hostile,
) -> None:
    """Delete or replace one to three values anywhere in `payload` (a replacement from `new_value`)."""
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        container, key = data.draw(st.sampled_from(paths(payload)), label="where")
        if isinstance(container, dict) and data.draw(st.booleans(), label="delete"):
            del container[key]
        else:
            container[key] = data.draw(new_value(container[key]), label="new value")


@hypothesis.settings(max_examples=350, deadline=None, derandomize=True)
@hypothesis.given(data=st.data(), name=st.sampled_from(sorted(BASES)))
def test_a_mutated_payload_is_refused_or_reads_well_typed_on_every_decoder(
    data: st.DataObject, name: str
) -> None:
    payload = copy.deepcopy(BASES[name])
    mutate(data, payload)

    # The standard library writes integers of any size (orjson refuses those past 64 bits).
    assert_every_decoder_agrees(stdlib_json.dumps(payload, ensure_ascii=False).encode())


# -- every field that is checked up front, against every hostile value ---------------------------

_ONE_OF_EACH_KIND: typing.Final = [
    "every option",
    "DM command",
    "autocomplete",
    "button",
    "select 5",
    "every modal component",
    "rich message command",
]
_HOSTILE: typing.Final[list[object]] = [
    None,
    True,
    0,
    1.5,
    "",
    "text",
    [],
    {},
    2**64,
    -1,
    "١٢",
    "18446744073709551616",
]


def _top_level_and_data_paths(payload: dict[str, typing.Any]) -> list[tuple[str, ...]]:
    return [(key,) for key in payload] + [("data", key) for key in payload["data"]]


def _replaced(payload: dict[str, typing.Any], path: tuple[str, ...], value: object) -> dict[str, typing.Any]:
    changed = copy.deepcopy(payload)
    container = changed
    for key in path[:-1]:
        container = container[key]
    container[path[-1]] = value
    return changed


@pytest.mark.parametrize("name", _ONE_OF_EACH_KIND)
def test_every_top_level_and_data_field_swapped_for_every_hostile_value(name: str) -> None:
    # The fields `from_payload` checks up front are here: each decoder must refuse the same ones.
    base = BASES[name]
    for path in _top_level_and_data_paths(base):
        for value in _HOSTILE:
            assert_every_decoder_agrees(stdlib_json.dumps(_replaced(base, path, value)).encode())
