"""Channel events: guild channels made, changed, deleted (`GuildChannelCreateEvent`...), pins
changed (`PinsUpdateEvent`), threads (`GuildThreadCreateEvent`, `ThreadListSyncEvent`...),
invites (`InviteCreateEvent`, `InviteDeleteEvent`) and webhooks (`WebhookUpdateEvent`).

```python
@bot.listen()
async def on_thread(event: hikari_like.GuildThreadCreateEvent) -> None:
    await event.app.rest.create_message(event.thread_id, "Welcome to the thread!")
```

hikari_like keeps no cache: `old_channel`, `old_thread` and `old_invite` are always `None`, and
the `get_*` lookups find nothing; the `fetch_*` helpers ask REST.
"""

from __future__ import annotations

__all__ = [
    "ChannelEvent",
    "DMChannelEvent",
    "DMPinsUpdateEvent",
    "GuildChannelCreateEvent",
    "GuildChannelDeleteEvent",
    "GuildChannelEvent",
    "GuildChannelUpdateEvent",
    "GuildPinsUpdateEvent",
    "GuildThreadAccessEvent",
    "GuildThreadCreateEvent",
    "GuildThreadDeleteEvent",
    "GuildThreadEvent",
    "GuildThreadUpdateEvent",
    "InviteCreateEvent",
    "InviteDeleteEvent",
    "InviteEvent",
    "PinsUpdateEvent",
    "ThreadListSyncEvent",
    "ThreadMembersUpdateEvent",
    "WebhookUpdateEvent",
]

import typing

import attrs

from hikari_like import channels
from hikari_like.events import _lookups
from hikari_like.events import base_events
from hikari_like.events import shard_events
from hikari_like.intents import Intents

if typing.TYPE_CHECKING:
    import datetime

    from hikari_like import guilds
    from hikari_like import invites
    from hikari_like import iterators
    from hikari_like import messages
    from hikari_like import presences
    from hikari_like import snowflakes
    from hikari_like import traits
    from hikari_like import webhooks


@base_events.requires_intents(Intents.GUILDS, Intents.DM_MESSAGES)
class ChannelEvent(shard_events.ShardEvent):
    """An event about a channel."""

    __slots__ = ()

    @property
    def channel_id(self) -> snowflakes.Snowflake:
        """The channel's ID."""
        raise NotImplementedError  # every concrete event provides it

    async def fetch_channel(self) -> channels.PartialChannel:
        """The channel as it is now, from REST."""
        return await self.app.rest.fetch_channel(self.channel_id)


@base_events.requires_intents(Intents.GUILDS)
class GuildChannelEvent(ChannelEvent, _lookups.GuildLookups):
    """An event about a channel of a guild."""

    __slots__ = ()

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        raise NotImplementedError  # every concrete event provides it

    async def fetch_guild(self) -> guilds.RESTGuild:
        """The guild, from REST."""
        return await self.app.rest.fetch_guild(self.guild_id)

    def get_channel(self) -> channels.PermissibleGuildChannel | None:
        """The channel from the cache: always `None` (no cache); use `fetch_channel()`."""
        return None

    async def fetch_channel(self) -> channels.GuildChannel:
        """The channel as it is now, from REST."""
        return await _lookups.fetch_channel_as(self.app, self.channel_id, channels.GuildChannel)


class DMChannelEvent(ChannelEvent):
    """An event about a direct message channel."""

    __slots__ = ()

    async def fetch_channel(self) -> channels.PrivateChannel:
        """The channel as it is now, from REST."""
        return await _lookups.fetch_channel_as(self.app, self.channel_id, channels.PrivateChannel)


class _WithGuildChannel(GuildChannelEvent):
    """The channel events that carry the whole channel object."""

    __slots__ = ()

    @property
    def channel(self) -> channels.PermissibleGuildChannel:
        """The channel, as the event gave it."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.channel.app

    @property
    def channel_id(self) -> snowflakes.Snowflake:
        """The channel's ID."""
        return self.channel.id

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        return self.channel.guild_id


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildChannelCreateEvent(_WithGuildChannel):
    """A guild channel was made."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    channel: channels.PermissibleGuildChannel


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildChannelUpdateEvent(_WithGuildChannel):
    """A guild channel changed; `channel` is how it is now."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    old_channel: channels.PermissibleGuildChannel | None = attrs.field(repr=False)
    """The channel before the change: always `None` (no cache)."""
    channel: channels.PermissibleGuildChannel


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildChannelDeleteEvent(_WithGuildChannel):
    """A guild channel was deleted; `channel` is how it was."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    channel: channels.PermissibleGuildChannel


@base_events.requires_intents(Intents.DM_MESSAGES, Intents.GUILDS)
class PinsUpdateEvent(ChannelEvent):
    """A message was pinned or unpinned in a channel."""

    __slots__ = ()

    @property
    def last_pin_timestamp(self) -> datetime.datetime | None:
        """When the newest pin was pinned; `None` when nothing is pinned any more."""
        raise NotImplementedError  # every concrete event provides it

    async def fetch_channel(self) -> channels.TextableChannel:
        """The channel, from REST."""
        return await _lookups.fetch_channel_as(self.app, self.channel_id, channels.TextableChannel)

    def fetch_pins(self) -> iterators.LazyIterator[messages.PinnedMessage]:
        """The channel's pinned messages, newest pin first, read from REST as iterated."""
        return self.app.rest.fetch_pins(self.channel_id)


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildPinsUpdateEvent(PinsUpdateEvent, GuildChannelEvent):
    """A message was pinned or unpinned in a guild channel."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    channel_id: snowflakes.Snowflake
    guild_id: snowflakes.Snowflake
    last_pin_timestamp: datetime.datetime | None

    async def fetch_channel(self) -> channels.TextableGuildChannel:
        """The channel, from REST."""
        return await _lookups.fetch_channel_as(self.app, self.channel_id, channels.TextableGuildChannel)


@base_events.requires_intents(Intents.DM_MESSAGES)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class DMPinsUpdateEvent(PinsUpdateEvent, DMChannelEvent):
    """A message was pinned or unpinned in a DM."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    channel_id: snowflakes.Snowflake
    last_pin_timestamp: datetime.datetime | None

    async def fetch_channel(self) -> channels.DMChannel:
        """The DM channel, from REST."""
        return await _lookups.fetch_channel_as(self.app, self.channel_id, channels.DMChannel)


@base_events.requires_intents(Intents.GUILD_INVITES)
class InviteEvent(GuildChannelEvent):
    """An event about an invite to a guild channel."""

    __slots__ = ()

    @property
    def code(self) -> str:
        """The invite's code."""
        raise NotImplementedError  # every concrete event provides it

    async def fetch_invite(self) -> invites.Invite:
        """The invite, from REST (`NotFoundError` once it is gone)."""
        return await self.app.rest.fetch_invite(self.code)


@base_events.requires_intents(Intents.GUILD_INVITES)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class InviteCreateEvent(InviteEvent):
    """An invite was made."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    invite: invites.InviteWithMetadata

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.invite.app

    @property
    def channel_id(self) -> snowflakes.Snowflake:
        """The channel it invites to."""
        # Discord's INVITE_CREATE always names the channel.
        return typing.cast("snowflakes.Snowflake", self.invite.channel_id)

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild it invites to."""
        # The event factory makes this event only for invites that name their guild.
        return typing.cast("snowflakes.Snowflake", self.invite.guild_id)

    @property
    def code(self) -> str:
        """The invite's code."""
        return self.invite.code


@base_events.requires_intents(Intents.GUILD_INVITES)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class InviteDeleteEvent(InviteEvent):
    """An invite was deleted or expired."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    channel_id: snowflakes.Snowflake
    guild_id: snowflakes.Snowflake
    code: str
    old_invite: invites.InviteWithMetadata | None = attrs.field(repr=False)
    """The invite before it was deleted: always `None` (no cache)."""


@base_events.requires_intents(Intents.GUILD_WEBHOOKS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class WebhookUpdateEvent(GuildChannelEvent):
    """A webhook of a guild channel was made, changed or deleted (the event does not say which)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    channel_id: snowflakes.Snowflake
    guild_id: snowflakes.Snowflake

    async def fetch_channel_webhooks(self) -> typing.Sequence[webhooks.PartialWebhook]:
        """The channel's webhooks as they are now, from REST (needs MANAGE_WEBHOOKS)."""
        return await self.app.rest.fetch_channel_webhooks(self.channel_id)

    async def fetch_guild_webhooks(self) -> typing.Sequence[webhooks.PartialWebhook]:
        """Every webhook of the guild as it is now, from REST (needs MANAGE_WEBHOOKS)."""
        return await self.app.rest.fetch_guild_webhooks(self.guild_id)


@base_events.requires_intents(Intents.GUILDS, Intents.GUILDS | Intents.GUILD_MEMBERS)
class GuildThreadEvent(shard_events.ShardEvent):
    """An event about a thread."""

    __slots__ = ()

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def thread_id(self) -> snowflakes.Snowflake:
        """The thread's ID."""
        raise NotImplementedError  # every concrete event provides it

    async def fetch_channel(self) -> channels.GuildThreadChannel:
        """The thread as it is now, from REST."""
        return await _lookups.fetch_channel_as(self.app, self.thread_id, channels.GuildThreadChannel)


class _WithThread(GuildThreadEvent):
    """The thread events that carry the whole thread object."""

    __slots__ = ()

    @property
    def thread(self) -> channels.GuildThreadChannel:
        """The thread, as the event gave it."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.thread.app

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        return self.thread.guild_id

    @property
    def thread_id(self) -> snowflakes.Snowflake:
        """The thread's ID."""
        return self.thread.id


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildThreadCreateEvent(_WithThread):
    """A thread was made."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    thread: channels.GuildThreadChannel


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildThreadAccessEvent(_WithThread):
    """The bot was given access to an existing thread (added to a private thread, say)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    thread: channels.GuildThreadChannel


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildThreadUpdateEvent(_WithThread):
    """A thread changed; `thread` is how it is now."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    old_thread: channels.GuildThreadChannel | None = attrs.field(repr=False)
    """The thread before the change: always `None` (no cache)."""
    thread: channels.GuildThreadChannel


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildThreadDeleteEvent(GuildThreadEvent):
    """A thread was deleted."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    thread_id: snowflakes.Snowflake
    guild_id: snowflakes.Snowflake
    parent_id: snowflakes.Snowflake
    """The channel the thread was in."""
    type: channels.ChannelType


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ThreadMembersUpdateEvent(GuildThreadEvent):
    """Users joined or left a thread (with the `GUILD_MEMBERS` intent: anyone; else only the bot)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    thread_id: snowflakes.Snowflake
    guild_id: snowflakes.Snowflake
    approximate_member_count: int
    """How many members the thread has (Discord stops counting at 50)."""
    added_members: typing.Mapping[snowflakes.Snowflake, channels.ThreadMember] = attrs.field(repr=False)
    """The thread members who joined, by user ID."""
    removed_member_ids: typing.Sequence[snowflakes.Snowflake] = attrs.field(repr=False)
    guild_members: typing.Mapping[snowflakes.Snowflake, guilds.Member] = attrs.field(repr=False)
    """The guild members of those who joined, by user ID, where Discord sent them."""
    guild_presences: typing.Mapping[snowflakes.Snowflake, presences.MemberPresence] = attrs.field(repr=False)
    """The presences of those who joined, by user ID, where Discord sent them (`GUILD_PRESENCES`)."""


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ThreadListSyncEvent(shard_events.ShardEvent):
    """The bot gained access to channels: here are their active threads the bot can see."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    channel_ids: typing.Sequence[snowflakes.Snowflake] | None
    """The parent channels synced; `None` for the whole guild."""
    threads: typing.Mapping[snowflakes.Snowflake, channels.GuildThreadChannel] = attrs.field(repr=False)
    """The active threads by ID, each with the bot's `member` when it has joined."""
