"""Message, reaction, typing, poll and channel dispatches reach a real GatewayBot's listeners as
hikari's event classes, split into guild and DM events, with the payload's fields.

Each test sends one Discord-shaped dispatch (discord-api-docs, "Gateway Events") through the
emulated gateway to a bot that connected to it, and reads what its listener got.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import typing

import attrs
import pytest

import hikari_like
from hikari_like import undefined
from hikari_like.impl.bots.gateway_bot import GatewayBot
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from tests.test_gateway_bot import gateway  # noqa: F401 - a fixture
from tests.test_gateway_bot import running  # noqa: F401 - a fixture
from tests.test_gateway_bot import wired  # noqa: F401 - a fixture

GUILD, CHANNEL, MESSAGE, USER = (
    "500000000000000005",
    "400000000000000004",
    "300000000000000003",
    "200000000000000002",
)
THREAD, EMOJI = "600000000000000006", "700000000000000007"
AUTHOR = {"id": USER, "username": "someone", "discriminator": "0", "global_name": "Someone", "avatar": None}
MEMBER = {
    "user": AUTHOR,
    "roles": [],
    "joined_at": "2024-01-01T00:00:00.000000+00:00",
    "deaf": False,
    "mute": False,
}
WHEN = "2024-05-01T12:00:00.000000+00:00"
IN_GUILD_MESSAGE = {"id": MESSAGE, "channel_id": CHANNEL, "guild_id": GUILD}

EventT = typing.TypeVar("EventT", bound=hikari_like.Event)


@attrs.define
class Live:
    """A GatewayBot connected to the emulated gateway, and the emulated Discord its REST calls reach."""

    bot: GatewayBot
    gateway: EmulatedGateway
    discord: EmulatedDiscord

    async def receive(self, name: str, data: dict[str, typing.Any], kind: type[EventT]) -> EventT:
        """Dispatch `name` on shard 0 and return the first `kind` event the bot fires."""
        waiting = asyncio.ensure_future(self.bot.wait_for(kind, timeout=10))
        await asyncio.sleep(0)  # the waiter is registered before the dispatch can arrive
        await self.gateway.dispatch(name, data, shard_id=0)
        return await waiting


@pytest.fixture
def live(
    running: GatewayBot,  # noqa: F811 - the fixture
    gateway: EmulatedGateway,  # noqa: F811 - the fixture
    wired: EmulatedDiscord,  # noqa: F811 - the fixture
) -> Live:
    return Live(bot=running, gateway=gateway, discord=wired)


def thread_payload(**extra: typing.Any) -> dict[str, typing.Any]:
    return {
        "id": THREAD,
        "guild_id": GUILD,
        "parent_id": CHANNEL,
        "owner_id": USER,
        "type": 11,
        "name": "ideas",
        "message_count": 3,
        "member_count": 2,
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": 1440,
            "archive_timestamp": WHEN,
            "locked": False,
        },
        **extra,
    }


# -- messages ----------------------------------------------------------------------------------------


async def test_a_guild_message_edit_carries_only_what_discord_sent(live: Live) -> None:
    data = {
        "id": MESSAGE,
        "channel_id": CHANNEL,
        "guild_id": GUILD,
        "author": AUTHOR,
        "member": {key: value for key, value in MEMBER.items() if key != "user"},
        "content": "edited",
        "edited_timestamp": WHEN,
    }
    event = await live.receive("MESSAGE_UPDATE", data, hikari_like.MessageUpdateEvent)

    assert type(event) is hikari_like.GuildMessageUpdateEvent
    assert (event.guild_id, event.channel_id, event.message_id) == (int(GUILD), int(CHANNEL), int(MESSAGE))
    assert event.content == "edited"
    assert event.author_id == int(USER)
    assert event.is_human is True
    assert isinstance(event.member, hikari_like.Member)
    assert event.old_message is None
    assert (event.get_member(), event.get_channel(), event.get_guild()) == (None, None, None)
    assert event.embeds is undefined.UNDEFINED
    assert event.app is live.bot


async def test_a_dm_edit_without_an_author_leaves_it_undefined(live: Live) -> None:
    data = {"id": MESSAGE, "channel_id": CHANNEL, "embeds": []}
    event = await live.receive("MESSAGE_UPDATE", data, hikari_like.MessageUpdateEvent)

    assert type(event) is hikari_like.DMMessageUpdateEvent
    assert event.embeds == []
    assert event.content is undefined.UNDEFINED
    assert event.author_id is undefined.UNDEFINED
    assert event.is_bot is undefined.UNDEFINED


async def test_a_new_guild_messages_cache_lookups_find_nothing(live: Live) -> None:
    data = {**IN_GUILD_MESSAGE, "author": AUTHOR, "content": "hi", "timestamp": WHEN, "type": 0}
    event = await live.receive("MESSAGE_CREATE", data, hikari_like.GuildMessageCreateEvent)

    assert (event.get_channel(), event.get_guild(), event.get_member()) == (None, None, None)


MESSAGE_IDS = {"channel_id": CHANNEL, "message_id": MESSAGE}


@pytest.mark.parametrize(
    ("name", "data", "base", "kind"),
    [
        (
            "MESSAGE_DELETE",
            {"id": MESSAGE, "channel_id": CHANNEL, "guild_id": GUILD},
            hikari_like.MessageDeleteEvent,
            hikari_like.GuildMessageDeleteEvent,
        ),
        (
            "MESSAGE_DELETE",
            {"id": MESSAGE, "channel_id": CHANNEL},
            hikari_like.MessageDeleteEvent,
            hikari_like.DMMessageDeleteEvent,
        ),
        (
            "MESSAGE_REACTION_REMOVE_ALL",
            {**MESSAGE_IDS, "guild_id": GUILD},
            hikari_like.ReactionDeleteAllEvent,
            hikari_like.GuildReactionDeleteAllEvent,
        ),
        (
            "MESSAGE_REACTION_REMOVE_ALL",
            MESSAGE_IDS,
            hikari_like.ReactionDeleteAllEvent,
            hikari_like.DMReactionDeleteAllEvent,
        ),
    ],
)
async def test_deleted_messages_and_cleared_reactions_are_known_by_their_ids(
    live: Live, name: str, data: dict[str, typing.Any], base: type[typing.Any], kind: type[typing.Any]
) -> None:
    event = await live.receive(name, data, base)

    assert type(event) is kind
    assert (event.message_id, event.channel_id) == (int(MESSAGE), int(CHANNEL))
    assert getattr(event, "guild_id", None) == (int(GUILD) if "guild_id" in data else None)
    assert getattr(event, "old_message", None) is None


async def test_a_bulk_delete_lists_every_message(live: Live) -> None:
    data = {"ids": [MESSAGE, "300000000000000009"], "channel_id": CHANNEL, "guild_id": GUILD}
    event = await live.receive("MESSAGE_DELETE_BULK", data, hikari_like.GuildBulkMessageDeleteEvent)

    assert event.message_ids == {int(MESSAGE), 300000000000000009}
    assert (event.guild_id, event.channel_id) == (int(GUILD), int(CHANNEL))
    assert event.old_messages == {}


# -- reactions ---------------------------------------------------------------------------------------


async def test_a_guild_reaction_names_its_member_and_custom_emoji(live: Live) -> None:
    data = {
        "user_id": USER,
        "channel_id": CHANNEL,
        "message_id": MESSAGE,
        "guild_id": GUILD,
        "member": MEMBER,
        "emoji": {"id": EMOJI, "name": "party", "animated": True},
        "burst": False,
        "burst_colors": [],
        "type": 0,
    }
    event = await live.receive("MESSAGE_REACTION_ADD", data, hikari_like.ReactionEvent)

    assert type(event) is hikari_like.GuildReactionAddEvent
    assert isinstance(event, hikari_like.GuildReactionEvent)
    assert (event.user_id, event.guild_id, event.message_id) == (int(USER), int(GUILD), int(MESSAGE))
    assert event.member.display_name == "Someone"
    assert (event.emoji_id, event.emoji_name, event.is_animated) == (int(EMOJI), "party", True)
    assert event.is_for_emoji(hikari_like.CustomEmoji(id=int(EMOJI), name="party", is_animated=True))
    assert not event.is_for_emoji("👍")


async def test_a_dm_super_reaction_has_its_colours(live: Live) -> None:
    data = {
        "user_id": USER,
        "channel_id": CHANNEL,
        "message_id": MESSAGE,
        "emoji": {"id": None, "name": "👍"},
        "burst": True,
        "burst_colors": ["#ff0000", "#00ff00"],
        "type": 1,
    }
    event = await live.receive("MESSAGE_REACTION_ADD", data, hikari_like.ReactionAddEvent)

    assert type(event) is hikari_like.DMReactionAddEvent
    assert isinstance(event.emoji_name, hikari_like.UnicodeEmoji)
    assert event.emoji_id is None
    assert event.is_for_emoji("👍")
    assert event.is_burst is True
    assert event.burst_colours == [hikari_like.Color(0xFF0000), hikari_like.Color(0x00FF00)]


REMOVED = {"user_id": USER, "channel_id": CHANNEL, "message_id": MESSAGE, "emoji": {"id": None, "name": "🔥"}}


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("MESSAGE_REACTION_REMOVE", {**REMOVED, "guild_id": GUILD}, hikari_like.GuildReactionDeleteEvent),
        ("MESSAGE_REACTION_REMOVE", REMOVED, hikari_like.DMReactionDeleteEvent),
        (
            "MESSAGE_REACTION_REMOVE_EMOJI",
            {**REMOVED, "guild_id": GUILD},
            hikari_like.GuildReactionDeleteEmojiEvent,
        ),
        ("MESSAGE_REACTION_REMOVE_EMOJI", REMOVED, hikari_like.DMReactionDeleteEmojiEvent),
    ],
)
async def test_a_removed_reaction_names_its_emoji(
    live: Live,
    name: str,
    data: dict[str, typing.Any],
    kind: type[typing.Any],
) -> None:
    event = await live.receive(name, data, kind)

    assert event.is_for_emoji("🔥")
    assert event.emoji_id is None
    assert event.message_id == int(MESSAGE)
    assert getattr(event, "guild_id", None) == (int(GUILD) if "guild_id" in data else None)


# -- typing and polls --------------------------------------------------------------------------------


async def test_typing_in_a_guild_carries_the_member(live: Live) -> None:
    data = {
        "channel_id": CHANNEL,
        "guild_id": GUILD,
        "user_id": USER,
        "timestamp": 1714564800,
        "member": MEMBER,
    }
    event = await live.receive("TYPING_START", data, hikari_like.TypingEvent)

    assert type(event) is hikari_like.GuildTypingEvent
    assert event.user_id == int(USER)
    assert event.member.guild_id == int(GUILD)
    assert event.timestamp == datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.UTC)
    assert (event.get_user(), event.get_channel()) == (None, None)


async def test_typing_in_a_dm(live: Live) -> None:
    data = {"channel_id": CHANNEL, "user_id": USER, "timestamp": 1714564800}
    event = await live.receive("TYPING_START", data, hikari_like.TypingEvent)

    assert type(event) is hikari_like.DMTypingEvent
    assert (event.user_id, event.channel_id) == (int(USER), int(CHANNEL))


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("MESSAGE_POLL_VOTE_ADD", hikari_like.PollVoteCreateEvent),
        ("MESSAGE_POLL_VOTE_REMOVE", hikari_like.PollVoteDeleteEvent),
    ],
)
async def test_poll_votes(live: Live, name: str, kind: type[typing.Any]) -> None:
    data = {"user_id": USER, "channel_id": CHANNEL, "message_id": MESSAGE, "guild_id": GUILD, "answer_id": 2}
    event = await live.receive(name, data, kind)

    assert (event.user_id, event.message_id, event.guild_id, event.answer_id) == (
        int(USER),
        int(MESSAGE),
        int(GUILD),
        2,
    )


# -- channels and pins -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("CHANNEL_CREATE", hikari_like.GuildChannelCreateEvent),
        ("CHANNEL_UPDATE", hikari_like.GuildChannelUpdateEvent),
        ("CHANNEL_DELETE", hikari_like.GuildChannelDeleteEvent),
    ],
)
async def test_guild_channel_events_carry_the_channel(live: Live, name: str, kind: type[typing.Any]) -> None:
    channel = live.discord.add_guild_channel("news", type=0, topic="today")
    event = await live.receive(name, channel, kind)

    assert type(event) is kind
    assert isinstance(event, hikari_like.GuildChannelEvent)  # and the channel it carries:
    assert isinstance(
        event,
        (
            hikari_like.GuildChannelCreateEvent,
            hikari_like.GuildChannelUpdateEvent,
            hikari_like.GuildChannelDeleteEvent,
        ),
    )
    assert isinstance(event.channel, hikari_like.GuildTextChannel)
    assert event.channel.topic == "today"
    assert (event.channel_id, event.guild_id) == (int(channel["id"]), int(live.discord.guild_id))
    fetched = await event.fetch_channel()
    assert fetched.name == "news"


async def test_a_guild_pin_update_reads_the_pins_over_rest(live: Live) -> None:
    data = {
        "guild_id": live.discord.guild_id,
        "channel_id": live.discord.channel_id,
        "last_pin_timestamp": WHEN,
    }
    event = await live.receive("CHANNEL_PINS_UPDATE", data, hikari_like.PinsUpdateEvent)

    assert type(event) is hikari_like.GuildPinsUpdateEvent
    assert event.last_pin_timestamp == datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.UTC)
    assert [pin async for pin in event.fetch_pins()] == []
    assert isinstance(await event.fetch_channel(), hikari_like.GuildTextChannel)


async def test_a_dm_pin_update_with_nothing_pinned(live: Live) -> None:
    data = {"channel_id": CHANNEL, "last_pin_timestamp": None}
    event = await live.receive("CHANNEL_PINS_UPDATE", data, hikari_like.PinsUpdateEvent)

    assert type(event) is hikari_like.DMPinsUpdateEvent
    assert isinstance(event, hikari_like.DMChannelEvent)
    assert event.last_pin_timestamp is None


# -- threads -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "kind"),
    [
        ({"newly_created": True}, hikari_like.GuildThreadCreateEvent),
        ({}, hikari_like.GuildThreadAccessEvent),
    ],
)
async def test_thread_create_is_a_new_thread_or_access_to_one(
    live: Live, extra: dict[str, typing.Any], kind: type[typing.Any]
) -> None:
    event = await live.receive("THREAD_CREATE", thread_payload(**extra), kind)

    assert type(event) is kind
    assert isinstance(event, hikari_like.GuildThreadEvent)
    assert isinstance(event, (hikari_like.GuildThreadCreateEvent, hikari_like.GuildThreadAccessEvent))
    assert isinstance(event.thread, hikari_like.GuildPublicThread)
    assert (event.thread_id, event.guild_id) == (int(THREAD), int(GUILD))
    assert event.thread.approximate_message_count == 3


async def test_a_thread_update_and_delete(live: Live) -> None:
    updated = await live.receive(
        "THREAD_UPDATE", thread_payload(name="renamed"), hikari_like.GuildThreadUpdateEvent
    )
    data = {"id": THREAD, "guild_id": GUILD, "parent_id": CHANNEL, "type": 12}
    deleted = await live.receive("THREAD_DELETE", data, hikari_like.GuildThreadDeleteEvent)

    assert updated.thread.name == "renamed"
    assert updated.old_thread is None
    assert (deleted.thread_id, deleted.parent_id) == (int(THREAD), int(CHANNEL))
    assert deleted.type is hikari_like.ChannelType.GUILD_PRIVATE_THREAD


async def test_a_thread_list_sync_gives_threads_with_the_bots_membership(live: Live) -> None:
    mine = {"id": THREAD, "user_id": "100000000000000001", "join_timestamp": WHEN, "flags": 1}
    data = {"guild_id": GUILD, "channel_ids": [CHANNEL], "threads": [thread_payload()], "members": [mine]}
    event = await live.receive("THREAD_LIST_SYNC", data, hikari_like.ThreadListSyncEvent)

    assert event.channel_ids == [int(CHANNEL)]
    thread = event.threads[hikari_like.Snowflake(THREAD)]
    assert thread.member is not None
    assert thread.member.user_id == 100000000000000001


async def test_thread_members_joining_and_leaving(live: Live) -> None:
    presence = {
        "user": {"id": USER},
        "guild_id": GUILD,
        "status": "idle",
        "activities": [],
        "client_status": {},
    }
    joined = {
        "id": THREAD,
        "user_id": USER,
        "join_timestamp": WHEN,
        "flags": 0,
        "member": MEMBER,
        "presence": presence,
    }
    data = {
        "id": THREAD,
        "guild_id": GUILD,
        "member_count": 4,
        "added_members": [joined],
        "removed_member_ids": ["200000000000000008"],
    }
    event = await live.receive("THREAD_MEMBERS_UPDATE", data, hikari_like.ThreadMembersUpdateEvent)

    assert event.approximate_member_count == 4
    assert event.added_members[hikari_like.Snowflake(USER)].thread_id == int(THREAD)
    assert event.guild_members[hikari_like.Snowflake(USER)].display_name == "Someone"
    assert event.guild_presences[hikari_like.Snowflake(USER)].visible_status == hikari_like.Status.IDLE
    assert event.removed_member_ids == [200000000000000008]


# -- invites and webhooks ----------------------------------------------------------------------------


INVITE_CREATED = {
    "channel_id": CHANNEL,
    "guild_id": GUILD,
    "code": "abcdef",
    "created_at": WHEN,
    "inviter": AUTHOR,
    "max_age": 3600,
    "max_uses": 5,
    "temporary": False,
    "uses": 0,
}


async def test_invite_create_and_delete(live: Live) -> None:
    made = await live.receive("INVITE_CREATE", INVITE_CREATED, hikari_like.InviteEvent)
    data = {"channel_id": CHANNEL, "guild_id": GUILD, "code": "abcdef"}
    gone = await live.receive("INVITE_DELETE", data, hikari_like.InviteEvent)

    assert isinstance(made, hikari_like.InviteCreateEvent)
    assert (made.code, made.channel_id, made.guild_id) == ("abcdef", int(CHANNEL), int(GUILD))
    assert made.invite.max_uses == 5
    assert made.invite.inviter is not None
    assert made.invite.inviter.id == int(USER)
    assert isinstance(gone, hikari_like.InviteDeleteEvent)
    assert (gone.code, gone.old_invite) == ("abcdef", None)


async def test_a_webhook_update_fetches_the_channels_webhooks(live: Live) -> None:
    live.discord.add_webhook("alerts")
    data = {"guild_id": live.discord.guild_id, "channel_id": live.discord.channel_id}
    event = await live.receive("WEBHOOKS_UPDATE", data, hikari_like.WebhookUpdateEvent)

    assert [hook.name for hook in await event.fetch_channel_webhooks()] == ["alerts"]


# -- listeners and faults ----------------------------------------------------------------------------


async def test_a_base_class_listener_gets_guild_and_dm_events(live: Live) -> None:
    seen: list[type[hikari_like.Event]] = []

    @live.bot.listen()
    async def on_reaction(event: hikari_like.ReactionDeleteEvent) -> None:
        seen.append(type(event))

    await live.receive("MESSAGE_REACTION_REMOVE", REMOVED, hikari_like.DMReactionDeleteEvent)
    guild = {**REMOVED, "guild_id": GUILD}
    await live.receive("MESSAGE_REACTION_REMOVE", guild, hikari_like.GuildReactionDeleteEvent)
    await live.gateway.wait_until(lambda: len(seen) == 2)

    assert seen == [hikari_like.DMReactionDeleteEvent, hikari_like.GuildReactionDeleteEvent]


async def test_a_payload_that_does_not_parse_fires_only_its_raw_event(
    live: Live, caplog: pytest.LogCaptureFixture
) -> None:
    typed: list[hikari_like.Event] = []

    @live.bot.listen()
    async def on_typing(event: hikari_like.TypingEvent) -> None:
        typed.append(event)

    caplog.set_level(logging.WARNING, "hikari_like.event_factory")
    data = {"channel_id": CHANNEL, "guild_id": GUILD, "timestamp": "soon"}
    raw = await live.receive("TYPING_START", data, hikari_like.ShardPayloadEvent)
    # A later dispatch that parses shows the bad one was handled (and fired nothing typed).
    dm = {"channel_id": CHANNEL, "user_id": USER, "timestamp": 1}
    await live.receive("TYPING_START", dm, hikari_like.DMTypingEvent)

    assert raw.name == "TYPING_START"
    assert [type(event) for event in typed] == [hikari_like.DMTypingEvent]
    assert "could not parse a TYPING_START dispatch" in caplog.text


# -- the fetch_* helpers, over REST to the emulated Discord -----------------------------------------


async def test_a_typing_members_helpers_fetch_over_rest(live: Live) -> None:
    discord = live.discord
    member = discord.add_member("kat", user_id=4242)
    data = {"channel_id": discord.channel_id, "guild_id": discord.guild_id, "user_id": "4242", "timestamp": 1}
    event = await live.receive("TYPING_START", {**data, "member": member}, hikari_like.GuildTypingEvent)

    assert (await event.fetch_member()).user.username == "kat"
    assert (await event.fetch_user()).id == 4242
    assert (await event.fetch_guild()).id == int(discord.guild_id)
    assert (await event.fetch_guild_preview()).id == int(discord.guild_id)
    assert isinstance(await event.fetch_channel(), hikari_like.GuildTextChannel)
    await event.trigger_typing()
    assert any(request.route == "POST /channels/{channel}/typing" for request in discord.requests)


async def test_thread_invite_and_dm_helpers_fetch_over_rest(live: Live) -> None:
    discord = live.discord
    thread = discord.add_thread("ideas")
    invite = discord.add_invite(code="joinus")
    dm = await live.bot.rest.create_dm_channel(discord.add_user("pal")["id"])

    created = await live.receive(
        "THREAD_CREATE", {**thread, "newly_created": True}, hikari_like.GuildThreadCreateEvent
    )
    made = await live.receive("INVITE_CREATE", invite, hikari_like.InviteCreateEvent)
    pins = await live.receive(
        "CHANNEL_PINS_UPDATE", {"channel_id": str(dm.id)}, hikari_like.DMPinsUpdateEvent
    )
    webhooks = {"channel_id": discord.channel_id, "guild_id": discord.guild_id}
    changed = await live.receive("WEBHOOKS_UPDATE", webhooks, hikari_like.WebhookUpdateEvent)

    assert (await created.fetch_channel()).name == "ideas"
    assert (await made.fetch_invite()).code == "joinus"
    assert (await pins.fetch_channel()).id == dm.id
    assert (await changed.fetch_guild()).id == int(discord.guild_id)
    assert await changed.fetch_guild_webhooks() == []


async def test_a_fetched_channel_of_another_kind_is_a_type_error(live: Live) -> None:
    category = live.discord.add_guild_channel("folder", type=4)
    data = {"channel_id": category["id"], "guild_id": live.discord.guild_id, "last_pin_timestamp": None}
    event = await live.receive("CHANNEL_PINS_UPDATE", data, hikari_like.GuildPinsUpdateEvent)

    with pytest.raises(TypeError, match="GuildCategory, not a TextableGuildChannel"):
        await event.fetch_channel()
