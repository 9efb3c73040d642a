"""Message events: sent (`MessageCreateEvent`), edited (`MessageUpdateEvent`), deleted
(`MessageDeleteEvent`, `GuildBulkMessageDeleteEvent`); each in a guild or a DM.

```python
@bot.listen()
async def on_message(event: hikari_like.GuildMessageCreateEvent) -> None:
    if event.is_human and event.content == "!ping":
        await event.app.rest.create_message(event.channel_id, "pong")
```

Message content needs the privileged `MESSAGE_CONTENT` intent, except in DMs and messages that
mention the bot; without it `content` is `None`. hikari_like keeps no cache: `old_message` is
always `None` and the `get_*` lookups find nothing (fetch over REST instead).
"""

from __future__ import annotations

__all__ = [
    "DMMessageCreateEvent",
    "DMMessageDeleteEvent",
    "DMMessageUpdateEvent",
    "GuildBulkMessageDeleteEvent",
    "GuildMessageCreateEvent",
    "GuildMessageDeleteEvent",
    "GuildMessageUpdateEvent",
    "MessageCreateEvent",
    "MessageDeleteEvent",
    "MessageEvent",
    "MessageUpdateEvent",
]

import typing

import attrs

from hikari_like import undefined
from hikari_like.events import _lookups
from hikari_like.events import base_events
from hikari_like.events import shard_events
from hikari_like.intents import Intents

if typing.TYPE_CHECKING:
    from hikari_like import channels
    from hikari_like import embeds as embeds_
    from hikari_like import guilds
    from hikari_like import messages
    from hikari_like import snowflakes
    from hikari_like import traits
    from hikari_like import users


@base_events.requires_intents(Intents.DM_MESSAGES, Intents.GUILD_MESSAGES)
class MessageEvent(shard_events.ShardEvent, _lookups.MessageIds):
    """An event about a message."""

    __slots__ = ()


class _WithMessage(MessageEvent):
    """The message events that carry the message (or what Discord sent of it)."""

    __slots__ = ()

    @property
    def message(self) -> messages.PartialMessage:
        """The message."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the message."""
        return self.message.app

    @property
    def channel_id(self) -> snowflakes.Snowflake:
        """The channel it is in."""
        return self.message.channel_id

    @property
    def message_id(self) -> snowflakes.Snowflake:
        """The message's ID."""
        return self.message.id


@base_events.requires_intents(Intents.DM_MESSAGES, Intents.GUILD_MESSAGES)
class MessageCreateEvent(_WithMessage):
    """A message was sent; listen to this for messages anywhere."""

    __slots__ = ()

    @property
    def message(self) -> messages.Message:
        """The message."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def author(self) -> users.User:
        """Who sent it."""
        return self.message.author

    @property
    def author_id(self) -> snowflakes.Snowflake:
        """The ID of who sent it."""
        return self.message.author.id

    @property
    def content(self) -> str | None:
        """Its text; `None` when it has none, or the bot lacks the message content intent."""
        return self.message.content

    @property
    def embeds(self) -> typing.Sequence[embeds_.Embed]:
        """Its embeds."""
        return self.message.embeds

    @property
    def is_webhook(self) -> bool:
        """Whether a webhook sent it."""
        return self.message.webhook_id is not None

    @property
    def is_bot(self) -> bool:
        """Whether a bot (or a webhook) sent it."""
        return self.message.author.is_bot or self.is_webhook

    @property
    def is_human(self) -> bool:
        """Whether a person sent it: not a bot, not a webhook, not Discord itself."""
        return not (self.is_bot or self.message.author.is_system)


class _InGuildChannel(_lookups.GuildLookups):
    """`get_channel()` for the message events of a guild."""

    __slots__ = ()

    def get_channel(self) -> channels.TextableGuildChannel | None:
        """The channel from the cache: always `None` (no cache); use `rest.fetch_channel`."""
        return None


class _ByMember:
    """`get_member()` for the message events of a guild that know their author."""

    __slots__ = ()

    def get_member(self) -> guilds.Member | None:
        """The author as a member from the cache: always `None` (no cache); read `member`."""
        return None


@base_events.requires_intents(Intents.GUILD_MESSAGES)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildMessageCreateEvent(MessageCreateEvent, _InGuildChannel, _ByMember):
    """A message was sent in a guild channel."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    message: messages.Message

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild it was sent in."""
        # The event factory makes this event only for messages that carry a guild_id.
        return typing.cast("snowflakes.Snowflake", self.message.guild_id)

    @property
    def member(self) -> guilds.Member | None:
        """The author as a guild member (`None` for webhooks)."""
        return self.message.member


@base_events.requires_intents(Intents.DM_MESSAGES)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class DMMessageCreateEvent(MessageCreateEvent):
    """A message was sent in a direct message channel."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    message: messages.Message


@base_events.requires_intents(Intents.DM_MESSAGES, Intents.GUILD_MESSAGES)
class MessageUpdateEvent(_WithMessage):
    """A message was edited; `message` holds only what Discord sent (the rest is `UNDEFINED`)."""

    __slots__ = ()

    @property
    def message(self) -> messages.PartialMessage:
        """The message as Discord sent it in the update."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def old_message(self) -> messages.PartialMessage | None:
        """The message before the edit: always `None` (no cache)."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def author(self) -> undefined.UndefinedOr[users.User]:
        """Who sent it, when the update says."""
        return self.message.author

    @property
    def author_id(self) -> undefined.UndefinedOr[snowflakes.Snowflake]:
        """The ID of who sent it, when the update says."""
        author = self.message.author
        return undefined.UNDEFINED if author is undefined.UNDEFINED else author.id

    @property
    def content(self) -> undefined.UndefinedNoneOr[str]:
        """Its text, when the update carries it (`None`: it has none)."""
        return self.message.content

    @property
    def embeds(self) -> undefined.UndefinedOr[typing.Sequence[embeds_.Embed]]:
        """Its embeds, when the update carries them."""
        return self.message.embeds

    @property
    def is_webhook(self) -> undefined.UndefinedOr[bool]:
        """Whether a webhook sent it, when the update says."""
        webhook_id = self.message.webhook_id
        return undefined.UNDEFINED if webhook_id is undefined.UNDEFINED else webhook_id is not None

    @property
    def is_bot(self) -> undefined.UndefinedOr[bool]:
        """Whether a bot sent it, when the update names the author."""
        author = self.message.author
        return undefined.UNDEFINED if author is undefined.UNDEFINED else author.is_bot

    @property
    def is_human(self) -> undefined.UndefinedOr[bool]:
        """Whether a person sent it (not a webhook, not a bot), when the update says."""
        webhook_id = self.message.webhook_id
        if webhook_id is not undefined.UNDEFINED:
            return webhook_id is None
        author = self.message.author
        return undefined.UNDEFINED if author is undefined.UNDEFINED else not author.is_bot


@base_events.requires_intents(Intents.GUILD_MESSAGES)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildMessageUpdateEvent(MessageUpdateEvent, _InGuildChannel, _ByMember):
    """A message was edited in a guild channel."""

    old_message: messages.PartialMessage | None = attrs.field(repr=False)
    message: messages.PartialMessage
    shard: shard_events.GatewayShard = attrs.field(repr=False)

    @property
    def member(self) -> undefined.UndefinedNoneOr[guilds.Member]:
        """The author as a guild member, when the update carries it."""
        return self.message.member

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild it is in."""
        # The event factory makes this event only for updates that carry a guild_id.
        return typing.cast("snowflakes.Snowflake", self.message.guild_id)


@base_events.requires_intents(Intents.DM_MESSAGES)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class DMMessageUpdateEvent(MessageUpdateEvent):
    """A message was edited in a direct message channel."""

    old_message: messages.PartialMessage | None = attrs.field(repr=False)
    message: messages.PartialMessage
    shard: shard_events.GatewayShard = attrs.field(repr=False)


@base_events.requires_intents(Intents.GUILD_MESSAGES, Intents.DM_MESSAGES)
class MessageDeleteEvent(MessageEvent):
    """A message was deleted; only its IDs are known."""

    __slots__ = ()

    @property
    def old_message(self) -> messages.Message | None:
        """The message before it was deleted: always `None` (no cache)."""
        raise NotImplementedError  # every concrete event provides it


@base_events.requires_intents(Intents.GUILD_MESSAGES)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildMessageDeleteEvent(MessageDeleteEvent, _InGuildChannel):
    """A message was deleted in a guild channel."""

    app: traits.RESTAware = attrs.field(repr=False)
    channel_id: snowflakes.Snowflake
    guild_id: snowflakes.Snowflake
    message_id: snowflakes.Snowflake
    old_message: messages.Message | None = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)


@base_events.requires_intents(Intents.DM_MESSAGES)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class DMMessageDeleteEvent(MessageDeleteEvent):
    """A message was deleted in a direct message channel."""

    app: traits.RESTAware = attrs.field(repr=False)
    channel_id: snowflakes.Snowflake
    message_id: snowflakes.Snowflake
    old_message: messages.Message | None = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)


@base_events.requires_intents(Intents.GUILD_MESSAGES)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildBulkMessageDeleteEvent(shard_events.ShardEvent, _InGuildChannel):
    """Several messages of a guild channel were deleted at once (`delete_messages`, a ban)."""

    app: traits.RESTAware = attrs.field(repr=False)
    channel_id: snowflakes.Snowflake
    guild_id: snowflakes.Snowflake
    message_ids: typing.AbstractSet[snowflakes.Snowflake]
    old_messages: typing.Mapping[snowflakes.Snowflake, messages.Message] = attrs.field(repr=False)
    """The messages before they were deleted: always empty (no cache)."""
    shard: shard_events.GatewayShard = attrs.field(repr=False)
