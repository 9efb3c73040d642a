"""EventFactoryImpl: what a shard reports, as event objects (raw payload event first, then the typed one)."""

from __future__ import annotations

import logging

import attrs
import pytest

import hikari_like
from hikari_like.events import interaction_events
from hikari_like.events import message_events
from hikari_like.events import shard_events
from hikari_like.impl.gateway.event_factory import EventFactoryImpl
from hikari_like.testing import payloads
from tests.helpers import APP


@attrs.define
class FakeShard:
    """A value with a shard's read-only surface (the factory only stores it on the events)."""

    id: int = 0
    shard_count: int = 1
    is_alive: bool = True
    heartbeat_latency: float = 0.05


SHARD = FakeShard()
FACTORY = EventFactoryImpl(APP)

AUTHOR = {"id": "200000000000000002", "username": "someone", "discriminator": "0", "bot": False}


def message_payload(**extra: object) -> dict[str, object]:
    return {
        "id": "300000000000000003",
        "channel_id": "400000000000000004",
        "author": AUTHOR,
        "content": "hello",
        "timestamp": "2024-05-01T12:00:00.000000+00:00",
        "type": 0,
        **extra,
    }


def test_the_shard_stand_in_satisfies_the_protocol() -> None:
    assert isinstance(SHARD, shard_events.GatewayShard)


def test_connected_and_disconnected_become_state_events_only() -> None:
    (connected,) = FACTORY.deserialize(SHARD, "CONNECTED", {})
    (disconnected,) = FACTORY.deserialize(SHARD, "DISCONNECTED", {})

    assert isinstance(connected, hikari_like.events.ShardConnectedEvent)
    assert isinstance(disconnected, hikari_like.events.ShardDisconnectedEvent)
    assert connected.shard is SHARD
    assert connected.app is APP


def test_ready_gives_the_raw_event_then_the_session_details() -> None:
    payload = {
        "v": 10,
        "user": {"id": "100", "username": "bot", "bot": True},
        "guilds": [{"id": "5", "unavailable": True}, {"id": "6", "unavailable": True}],
        "session_id": "abc",
        "resume_gateway_url": "wss://resume.example",
        "shard": [0, 1],
        "application": {"id": "100", "flags": 1 << 23},
    }
    raw, ready = FACTORY.deserialize(SHARD, "READY", payload)

    assert isinstance(raw, shard_events.ShardPayloadEvent)
    assert (raw.name, raw.payload) == ("READY", payload)
    assert isinstance(ready, shard_events.ShardReadyEvent)
    assert ready.session_id == "abc"
    assert ready.resume_gateway_url == "wss://resume.example"
    assert ready.my_user.username == "bot"
    assert ready.my_user.is_bot
    assert ready.unavailable_guilds == [5, 6]
    assert ready.application_id == 100
    assert ready.application_flags == hikari_like.ApplicationFlags(1 << 23)
    assert ready.actual_gateway_version == 10


def test_resumed_and_unknown_dispatches() -> None:
    raw, resumed = FACTORY.deserialize(SHARD, "RESUMED", {})
    (only_raw,) = FACTORY.deserialize(SHARD, "TYPING_START", {"channel_id": "1"})

    assert isinstance(raw, shard_events.ShardPayloadEvent)
    assert isinstance(resumed, shard_events.ShardResumedEvent)
    assert isinstance(only_raw, shard_events.ShardPayloadEvent)
    assert only_raw.name == "TYPING_START"


def test_guild_and_dm_messages_become_their_own_events() -> None:
    _, guild = FACTORY.deserialize(SHARD, "MESSAGE_CREATE", message_payload(guild_id="500"))
    _, dm = FACTORY.deserialize(SHARD, "MESSAGE_CREATE", message_payload(webhook_id="9"))

    assert isinstance(guild, message_events.GuildMessageCreateEvent)
    assert guild.guild_id == 500
    assert guild.content == "hello"
    assert guild.channel_id == 400000000000000004
    assert guild.author.username == "someone"
    assert guild.author_id == 200000000000000002
    assert guild.message_id == 300000000000000003
    assert guild.is_human
    assert guild.app is APP
    assert isinstance(dm, message_events.DMMessageCreateEvent)
    assert dm.is_webhook
    assert dm.is_bot
    assert not dm.is_human


def test_interactions_become_the_event_of_their_class() -> None:
    payload = payloads.slash_command("ping")
    _, event = FACTORY.deserialize(SHARD, "INTERACTION_CREATE", payload)

    assert isinstance(event, interaction_events.CommandInteractionCreateEvent)
    assert isinstance(event.interaction, hikari_like.CommandInteraction)
    assert event.interaction.command_name == "ping"
    assert event.app is APP
    assert event.shard is SHARD


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("MESSAGE_CREATE", {"id": "1"}),
        ("READY", {"user": {}}),
        ("INTERACTION_CREATE", {"type": 99, "id": "1"}),
    ],
)
def test_a_payload_that_does_not_parse_still_gives_its_raw_event(
    name: str, payload: dict[str, object], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="hikari_like.event_factory"):
        events = FACTORY.deserialize(SHARD, name, payload)

    assert [type(event) for event in events] == [shard_events.ShardPayloadEvent]
    assert f"could not parse a {name}" in caplog.text
