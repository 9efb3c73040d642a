"""hikari_like's channel, message, reaction, typing and poll events agree with hikari's: the same
Discord payload read by hikari 2.7's event factory and by `EventFactoryImpl` gives events of the
same class name with the same values, field by field (entities compared by ID). A payload that
lacks what its event needs gives only its `ShardPayloadEvent` and a warning, for every dispatch."""

from __future__ import annotations

import logging
import typing

import attrs
import hikari
import pytest

import hikari_like
from hikari_like.impl.gateway.event_factory import EventFactoryImpl
from hikari_like.impl.gateway.parsing.channel_dispatches import ChannelDispatches
from tests.agreement import public_values
from tests.gateway_programs import TOKEN
from tests.helpers import APP
from tests.test_events_factory import SHARD
from tests.test_gateway_channel_events import AUTHOR
from tests.test_gateway_channel_events import CHANNEL
from tests.test_gateway_channel_events import GUILD
from tests.test_gateway_channel_events import INVITE_CREATED
from tests.test_gateway_channel_events import MEMBER
from tests.test_gateway_channel_events import MESSAGE
from tests.test_gateway_channel_events import THREAD
from tests.test_gateway_channel_events import USER
from tests.test_gateway_channel_events import WHEN
from tests.test_gateway_channel_events import thread_payload

IDS = {"channel_id": CHANNEL, "message_id": MESSAGE}
IN_GUILD = {**IDS, "guild_id": GUILD}
THUMBS = {"id": None, "name": "👍"}
CHANNEL_OBJECT = {
    "id": CHANNEL,
    "type": 0,
    "guild_id": GUILD,
    "position": 1,
    "permission_overwrites": [],
    "name": "news",
    "topic": "today",
    "nsfw": False,
    "last_message_id": None,
    "rate_limit_per_user": 0,
    "parent_id": None,
}
EDIT = {"id": MESSAGE, "channel_id": CHANNEL, "author": AUTHOR, "content": "edited", "edited_timestamp": WHEN}
VOTE = {"user_id": USER, **IN_GUILD, "answer_id": 2}
JOINED = {"id": THREAD, "user_id": USER, "join_timestamp": WHEN, "flags": 0, "member": MEMBER}

CASES: list[tuple[str, str, dict[str, typing.Any]]] = [
    ("MESSAGE_UPDATE", "deserialize_message_update_event", {**EDIT, "guild_id": GUILD}),
    ("MESSAGE_UPDATE", "deserialize_message_update_event", EDIT),
    (
        "MESSAGE_DELETE",
        "deserialize_message_delete_event",
        {"id": MESSAGE, "channel_id": CHANNEL, "guild_id": GUILD},
    ),
    ("MESSAGE_DELETE", "deserialize_message_delete_event", {"id": MESSAGE, "channel_id": CHANNEL}),
    ("MESSAGE_DELETE_BULK", "deserialize_guild_message_delete_bulk_event", {"ids": [MESSAGE], **IN_GUILD}),
    (
        "MESSAGE_REACTION_ADD",
        "deserialize_message_reaction_add_event",
        {
            **IN_GUILD,
            "user_id": USER,
            "member": MEMBER,
            "emoji": {"id": "7", "name": "party", "animated": True},
        },
    ),
    (
        "MESSAGE_REACTION_ADD",
        "deserialize_message_reaction_add_event",
        {**IDS, "user_id": USER, "emoji": THUMBS, "burst": True, "burst_colors": ["#ff0000"]},
    ),
    (
        "MESSAGE_REACTION_REMOVE",
        "deserialize_message_reaction_remove_event",
        {**IN_GUILD, "user_id": USER, "emoji": THUMBS},
    ),
    (
        "MESSAGE_REACTION_REMOVE",
        "deserialize_message_reaction_remove_event",
        {**IDS, "user_id": USER, "emoji": THUMBS},
    ),
    ("MESSAGE_REACTION_REMOVE_ALL", "deserialize_message_reaction_remove_all_event", IN_GUILD),
    ("MESSAGE_REACTION_REMOVE_ALL", "deserialize_message_reaction_remove_all_event", IDS),
    (
        "MESSAGE_REACTION_REMOVE_EMOJI",
        "deserialize_message_reaction_remove_emoji_event",
        {**IN_GUILD, "emoji": THUMBS},
    ),
    (
        "MESSAGE_REACTION_REMOVE_EMOJI",
        "deserialize_message_reaction_remove_emoji_event",
        {**IDS, "emoji": THUMBS},
    ),
    (
        "TYPING_START",
        "deserialize_typing_start_event",
        {
            "channel_id": CHANNEL,
            "guild_id": GUILD,
            "user_id": USER,
            "timestamp": 1714564800,
            "member": MEMBER,
        },
    ),
    (
        "TYPING_START",
        "deserialize_typing_start_event",
        {"channel_id": CHANNEL, "user_id": USER, "timestamp": 1714564800},
    ),
    ("MESSAGE_POLL_VOTE_ADD", "deserialize_poll_vote_create_event", VOTE),
    ("MESSAGE_POLL_VOTE_REMOVE", "deserialize_poll_vote_delete_event", VOTE),
    ("CHANNEL_CREATE", "deserialize_guild_channel_create_event", CHANNEL_OBJECT),
    ("CHANNEL_UPDATE", "deserialize_guild_channel_update_event", CHANNEL_OBJECT),
    ("CHANNEL_DELETE", "deserialize_guild_channel_delete_event", CHANNEL_OBJECT),
    (
        "CHANNEL_PINS_UPDATE",
        "deserialize_channel_pins_update_event",
        {"channel_id": CHANNEL, "guild_id": GUILD, "last_pin_timestamp": WHEN},
    ),
    (
        "CHANNEL_PINS_UPDATE",
        "deserialize_channel_pins_update_event",
        {"channel_id": CHANNEL, "last_pin_timestamp": None},
    ),
    ("THREAD_CREATE", "deserialize_guild_thread_create_event", thread_payload(newly_created=True)),
    ("THREAD_CREATE", "deserialize_guild_thread_access_event", thread_payload()),
    ("THREAD_UPDATE", "deserialize_guild_thread_update_event", thread_payload(name="renamed")),
    (
        "THREAD_DELETE",
        "deserialize_guild_thread_delete_event",
        {"id": THREAD, "guild_id": GUILD, "parent_id": CHANNEL, "type": 12},
    ),
    (
        "THREAD_LIST_SYNC",
        "deserialize_thread_list_sync_event",
        {
            "guild_id": GUILD,
            "channel_ids": [CHANNEL],
            "threads": [thread_payload()],
            "members": [{**JOINED, "member": None}],
        },
    ),
    (
        "THREAD_MEMBERS_UPDATE",
        "deserialize_thread_members_update_event",
        {
            "id": THREAD,
            "guild_id": GUILD,
            "member_count": 3,
            "added_members": [JOINED],
            "removed_member_ids": [USER],
        },
    ),
    (
        "INVITE_CREATE",
        "deserialize_invite_create_event",
        INVITE_CREATED,
    ),
    (
        "INVITE_DELETE",
        "deserialize_invite_delete_event",
        {"channel_id": CHANNEL, "guild_id": GUILD, "code": "abcdef"},
    ),
    ("WEBHOOKS_UPDATE", "deserialize_webhook_update_event", {"channel_id": CHANNEL, "guild_id": GUILD}),
]


@pytest.fixture(scope="module")
def hikari_factory() -> typing.Any:
    return hikari.GatewayBot(TOKEN, banner=None, logs=None).event_factory


@pytest.mark.parametrize(
    ("name", "method", "payload"), CASES, ids=[f"{case[0]}-{i}" for i, case in enumerate(CASES)]
)
def test_both_libraries_read_a_dispatch_alike(
    hikari_factory: typing.Any, name: str, method: str, payload: dict[str, typing.Any]
) -> None:
    theirs = getattr(hikari_factory, method)(SHARD, payload)
    _, ours = EventFactoryImpl(APP).deserialize(SHARD, name, payload)

    assert type(ours).__name__ == type(theirs).__name__
    assert public_values(ours) == public_values(theirs)


def test_every_dispatch_of_the_family_is_compared() -> None:
    assert {name for name, _, _ in CASES} == set(ChannelDispatches.DISPATCHES)
    assert all(attrs.has(type(EventFactoryImpl(APP).deserialize(SHARD, n, p)[-1])) for n, _, p in CASES)


@pytest.mark.parametrize("name", sorted(ChannelDispatches.DISPATCHES))
def test_a_dispatch_missing_its_ids_gives_only_its_raw_event(
    name: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, "hikari_like.event_factory")
    (raw,) = EventFactoryImpl(APP).deserialize(SHARD, name, {"guild_id": "not an id", "emoji": []})

    assert isinstance(raw, hikari_like.ShardPayloadEvent)
    assert f"could not parse a {name} dispatch" in caplog.text
