"""The message models hikari users touch, parsed from payloads written from Discord's docs."""

from __future__ import annotations

import datetime
import typing

import pytest

from hikari_like import messages
from tests.helpers import APP

CHANNEL: typing.Final = 290926798999357250
GUILD: typing.Final = 290926798626357999


def message_payload(**fields: typing.Any) -> dict[str, typing.Any]:
    """A message object with Discord's required fields, plus `fields`."""
    return {
        "id": "334385199974967042",
        "channel_id": str(CHANNEL),
        "author": {"id": "53908099506183680", "username": "Mason", "discriminator": "0", "avatar": None},
        "content": "Supa Hot",
        "timestamp": "2017-07-11T17:27:07.299000+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": True,
        "type": 0,
        **fields,
    }


# --- pins -----------------------------------------------------------------------------------------


def test_pinned_message_reads_discords_pin_object() -> None:
    pin = messages.PinnedMessage.from_payload(
        {"pinned_at": "2025-06-01T12:30:00.000000+00:00", "message": message_payload()}, app=APP
    )

    assert pin.pinned_at == datetime.datetime(2025, 6, 1, 12, 30, tzinfo=datetime.UTC)
    assert isinstance(pin.message, messages.Message)
    assert pin.message.id == 334385199974967042
    assert pin.message.content == "Supa Hot"


@pytest.mark.parametrize(
    "payload",
    [
        {"message": message_payload()},
        {"pinned_at": "2025-06-01T12:30:00Z"},
        {"pinned_at": 5, "message": message_payload()},
        {"pinned_at": "yesterday", "message": message_payload()},
        {"pinned_at": "2025-06-01T12:30:00Z", "message": []},
    ],
)
def test_a_pin_without_its_time_or_message_cannot_be_read(payload: dict[str, typing.Any]) -> None:
    with pytest.raises((KeyError, TypeError, ValueError)):
        messages.PinnedMessage.from_payload(payload, app=APP)
