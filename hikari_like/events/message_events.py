"""`MessageCreateEvent`: a message was sent, in a guild (`GuildMessageCreateEvent`) or a DM.

```python
@bot.listen()
async def on_message(event: hikari_like.GuildMessageCreateEvent) -> None:
    if event.is_human and event.content == "!ping":
        await event.app.rest.create_message(event.channel_id, "pong")
```

Message content needs the privileged `MESSAGE_CONTENT` intent, except in DMs and messages that
mention the bot; without it `content` is `None`.
"""

from __future__ import annotations

__all__ = ["DMMessageCreateEvent", "GuildMessageCreateEvent", "MessageCreateEvent", "MessageEvent"]

import typing

import attrs

from hikari_like.events import shard_events

if typing.TYPE_CHECKING:
    from hikari_like import embeds as embeds_
    from hikari_like import guilds
    from hikari_like import messages
    from hikari_like import snowflakes
    from hikari_like import traits
    from hikari_like import users


class MessageEvent(shard_events.ShardEvent):
    """An event about a message."""

    __slots__ = ()

    @property
    def channel_id(self) -> snowflakes.Snowflake:
        """The channel the message is in."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def message_id(self) -> snowflakes.Snowflake:
        """The message's ID."""
        raise NotImplementedError  # every concrete event provides it


class MessageCreateEvent(MessageEvent):
    """A message was sent; listen to this for messages anywhere."""

    __slots__ = ()

    @property
    def message(self) -> messages.Message:
        """The message."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the message."""
        return self.message.app

    @property
    def author(self) -> users.User:
        """Who sent it."""
        return self.message.author

    @property
    def author_id(self) -> snowflakes.Snowflake:
        """The ID of who sent it."""
        return self.message.author.id

    @property
    def channel_id(self) -> snowflakes.Snowflake:
        """The channel it was sent in."""
        return self.message.channel_id

    @property
    def message_id(self) -> snowflakes.Snowflake:
        """The message's ID."""
        return self.message.id

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


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildMessageCreateEvent(MessageCreateEvent):
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


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class DMMessageCreateEvent(MessageCreateEvent):
    """A message was sent in a direct message channel."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    message: messages.Message
