"""Partial decoding (msgspec): the same interactions as a full decode, and a full decode whenever unsure.

`decode_interaction` builds only an interaction's top level and decodes each nested part when it is
first read. Every model read from such a payload must equal the one read from `json.loads`, and
any body that is not the usual shape must come back as `None` (the caller then decodes it in full,
so the status table never depends on which decoder ran: `test_status_table` covers that on every
backend). Under `HIKARI_LIKE_JSON=stdlib` (CI's second pass) partial decoding is off and these
tests do not apply; the rest of the suite then covers the full decode.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import typing

import pytest

from hikari_like import snowflakes
from hikari_like.interactions import INTERACTION_TYPES
from hikari_like.interactions import CommandInteraction
from hikari_like.internal import json
from hikari_like.internal import lazy
from hikari_like.internal import partial_json
from hikari_like.testing import payloads
from tests.helpers import APP
from tests.helpers import PAYLOADS

pytestmark = pytest.mark.skipif(
    not partial_json.available(), reason="partial decoding is off (no msgspec, or HIKARI_LIKE_JSON=stdlib)"
)


def _bodies() -> dict[str, bytes]:
    stored = {path.stem: path.read_bytes() for path in sorted(PAYLOADS.glob("*.json"))}
    made = {
        "made slash command": payloads.slash_command("tag", {"name": "faq", "to": 42}, seed=3),
        "made DM command": payloads.slash_command("ping", seed=4, guild=False),
        "made autocomplete": payloads.autocomplete("search", {"query": "hik"}, focused="query", seed=5),
        "made user command": payloads.user_command("Inspect", seed=6),
        "made message command": payloads.message_command("Quote", seed=7),
        "made button": payloads.button_press("confirm", seed=8),
        "made select": payloads.select_menu("colour", ["red", "blue"], seed=9),
        "made modal": payloads.modal_submit("feedback", {"text": "great"}, seed=10),
    }
    return {**stored, **{name: json.dumps(payload) for name, payload in made.items()}}


BODIES: typing.Final = _bodies()
KEPT: typing.Final = frozenset(getattr(partial_json.PartialPayload, "__struct_fields__", ()))
"""The fields Discord documents for an interaction; anything else is not kept."""


def _public_values(interaction: object) -> dict[str, object]:
    """Every public data attribute (properties and lazy fields), or the error reading it raised."""
    values: dict[str, object] = {}
    for name, member in inspect.getmembers(type(interaction)):
        if name.startswith("_") or not isinstance(member, (property, lazy.lazy)):
            continue
        try:
            values[name] = getattr(interaction, name)
        except Exception as error:  # the same error from both decoders is what counts
            values[name] = type(error)
    return values


@pytest.mark.parametrize("body", BODIES.values(), ids=BODIES.keys())
def test_models_read_from_a_partial_payload_equal_a_full_decode(body: bytes) -> None:
    partial = partial_json.decode_interaction(body)
    full = json.loads(body)
    assert isinstance(partial, partial_json.PartialPayload)
    interaction_class = INTERACTION_TYPES[full["type"]]

    from_partial = interaction_class.from_payload(partial, app=APP)
    from_full = interaction_class.from_payload(full, app=APP)

    assert _public_values(from_partial) == _public_values(from_full)
    assert type(from_partial.id) is snowflakes.Snowflake


@pytest.mark.parametrize("body", BODIES.values(), ids=BODIES.keys())
def test_a_partial_payload_reads_as_the_full_mapping(body: bytes) -> None:
    partial = partial_json.decode_interaction(body)
    full = json.loads(body)
    assert partial is not None

    kept = {key: value for key, value in full.items() if key in KEPT}

    # The typed parts keep only the fields their shapes name (the ones the models read).
    assert dict(partial.items()).keys() == kept.keys()
    assert all(_within(partial[key], value) for key, value in kept.items())
    assert len(partial) == len(kept)
    assert all(key in partial for key in kept)
    assert "no such field" not in partial
    assert partial.get("no such field", "default") == "default"


def _within(part: object, whole: object) -> bool:
    """Whether `part` is `whole` with, at most, some objects' fields left out."""
    if isinstance(part, dict) and isinstance(whole, dict):
        return all(key in whole and _within(value, whole[key]) for key, value in part.items())
    if isinstance(part, list) and isinstance(whole, list):
        return len(part) == len(whole) and all(map(_within, part, whole))
    return part == whole and type(part) is type(whole)


def test_a_field_it_does_not_know_is_not_kept() -> None:
    body = b'{"type": 2, "id": "1", "application_id": "2", "token": "t", "entitlement_sku_ids": []}'
    partial = partial_json.decode_interaction(body)
    assert partial is not None

    assert "entitlement_sku_ids" not in partial
    assert partial.get("entitlement_sku_ids") is None


def test_a_nested_part_is_decoded_once_and_kept() -> None:
    partial = partial_json.decode_interaction(BODIES["slash_command_guild"])
    assert partial is not None

    member = partial["member"]

    assert isinstance(member, dict)
    assert partial["member"] is member


def test_absent_optional_fields_read_as_absent() -> None:
    body = b'{"type": 2, "id": "1", "application_id": "2", "token": "t", "data": {}}'
    partial = partial_json.decode_interaction(body)
    assert partial is not None

    assert "guild_id" not in partial
    assert "version" not in partial
    with pytest.raises(KeyError):
        partial["member"]
    assert set(partial) == {"type", "id", "application_id", "token", "data"}


def test_absent_version_and_guild_read_as_a_dict_would_give_them() -> None:
    body = (
        b'{"type": 2, "id": "1", "application_id": "2", "token": "t", "data": {"id": "3", "name": "x"},'
        b' "channel_id": "4", "user": {"id": "5", "username": "u"}}'
    )
    partial = partial_json.decode_interaction(body)
    assert partial is not None

    interaction = CommandInteraction.from_payload(partial, app=APP)

    assert (interaction.version, interaction.guild_id) == (1, None)


UNUSUAL: typing.Final = {
    "empty": b"",
    "not JSON": b"{type: 2",
    "an array": b"[1]",
    "no type": b'{"id": "1", "application_id": "2", "token": "t"}',
    "string type": b'{"type": "2", "id": "1", "application_id": "2", "token": "t"}',
    "boolean type": b'{"type": true, "id": "1", "application_id": "2", "token": "t"}',
    "float type": b'{"type": 2.0, "id": "1", "application_id": "2", "token": "t"}',
    "numeric ID": b'{"type": 2, "id": 1, "application_id": "2", "token": "t"}',
    "no token": b'{"type": 2, "id": "1", "application_id": "2"}',
    "PING": b'{"type": 1}',
    "not UTF-8 in a part": b'{"type": 2, "id": "1", "application_id": "2", "token": "t", "member": "\xff"}',
    "not JSON in a part": b'{"type": 2, "id": "1", "application_id": "2", "token": "t", "user": {"a": tru}}',
    "trailing bytes": b'{"type": 2, "id": "1", "application_id": "2", "token": "t"} x',
    "null data": b'{"type": 2, "id": "1", "application_id": "2", "token": "t", "data": null}',
    "string version": b'{"type": 2, "id": "1", "application_id": "2", "token": "t", "version": "1"}',
    "byte order mark": b'\xef\xbb\xbf{"type": 2, "id": "1", "application_id": "2", "token": "t"}',
    "too deep": b'{"type": 2, "id": "1", "application_id": "2", "token": "t", "data": '
    + b"[" * 10_000
    + b"]" * 10_000
    + b"}",
}


@pytest.mark.parametrize("body", UNUSUAL.values(), ids=UNUSUAL.keys())
def test_an_unusual_body_is_left_to_the_full_decoder(body: bytes) -> None:
    assert partial_json.decode_interaction(body) is None


def test_non_ascii_text_is_decoded_partially() -> None:
    body = json.dumps(payloads.slash_command("say", {"text": "héllo wörld 🎉"}, seed=11))
    partial = partial_json.decode_interaction(body)
    assert partial is not None

    interaction = CommandInteraction.from_payload(partial, app=APP)

    assert interaction.options[0].value == "héllo wörld 🎉"


def test_import_hikari_like_does_not_load_msgspec() -> None:
    code = "import sys, hikari_like; hikari_like.CommandInteraction; print('msgspec' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert result.stdout.strip() == "False"


def test_escaped_keys_and_a_null_guild_read_as_a_full_decode_reads_them() -> None:
    body = b'{"\\u0074ype": 2, "id": "1", "application_id": "2", "token": "t", "guild_id": null, "data": {}}'
    partial = partial_json.decode_interaction(body)
    assert partial is not None

    assert partial.type == 2
    assert "guild_id" in partial
    assert partial["guild_id"] is None
    assert dict(partial.items()) == json.loads(body)
