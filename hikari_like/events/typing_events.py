"""Typing events: someone started typing in a guild channel (`GuildTypingEvent`) or a DM.

```python
@bot.listen()
async def on_typing(event: hikari_like.GuildTypingEvent) -> None:
    print(f"{event.member.display_name} is typing in {event.channel_id}")
```

Discord sends it again every few seconds while they type; it says nothing when they stop.
"""

from __future__ import annotations

__all__ = ["DMTypingEvent", "GuildTypingEvent", "TypingEvent"]

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
    from hikari_like import snowflakes
    from hikari_like import traits
    from hikari_like import users
    from hikari_like.impl.rest import typing_indicator


@base_events.requires_intents(Intents.GUILD_MESSAGE_TYPING, Intents.DM_MESSAGE_TYPING)
class TypingEvent(shard_events.ShardEvent):
    """Someone started typing."""

    __slots__ = ()

    @property
    def channel_id(self) -> snowflakes.Snowflake:
        """The channel they type in."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def user_id(self) -> snowflakes.Snowflake:
        """Who is typing."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def timestamp(self) -> datetime.datetime:
        """When they started (to the second)."""
        raise NotImplementedError  # every concrete event provides it

    async def fetch_channel(self) -> channels.TextableChannel:
        """The channel, from REST."""
        return await _lookups.fetch_channel_as(self.app, self.channel_id, channels.TextableChannel)

    def get_user(self) -> users.User | None:
        """The user from the cache: always `None` (no cache); use `fetch_user()`."""
        return None

    async def fetch_user(self) -> users.User:
        """The user who is typing, from REST."""
        return await self.app.rest.fetch_user(self.user_id)

    def trigger_typing(self) -> typing_indicator.TypingIndicator:
        """Show the bot typing in the same channel (`await` it, or `async with` it)."""
        return self.app.rest.trigger_typing(self.channel_id)


@base_events.requires_intents(Intents.GUILD_MESSAGE_TYPING)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildTypingEvent(TypingEvent, _lookups.GuildLookups):
    """Someone started typing in a guild channel; `member` is who."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    channel_id: snowflakes.Snowflake
    timestamp: datetime.datetime = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    member: guilds.Member

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.member.app

    @property
    def user_id(self) -> snowflakes.Snowflake:
        """Who is typing."""
        return self.member.user.id

    async def fetch_channel(self) -> channels.TextableGuildChannel:
        """The channel, from REST."""
        return await _lookups.fetch_channel_as(self.app, self.channel_id, channels.TextableGuildChannel)

    async def fetch_guild(self) -> guilds.Guild:
        """The guild, from REST."""
        return await self.app.rest.fetch_guild(self.guild_id)

    async def fetch_guild_preview(self) -> guilds.GuildPreview:
        """The guild's preview, from REST."""
        return await self.app.rest.fetch_guild_preview(self.guild_id)

    async def fetch_member(self) -> guilds.Member:
        """The member, from REST (fresher than `member`)."""
        return await self.app.rest.fetch_member(self.guild_id, self.user_id)

    def get_channel(self) -> channels.TextableGuildChannel | None:
        """The channel from the cache: always `None` (no cache); use `fetch_channel()`."""
        return None


@base_events.requires_intents(Intents.DM_MESSAGES)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class DMTypingEvent(TypingEvent):
    """Someone started typing in a direct message channel."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    channel_id: snowflakes.Snowflake
    user_id: snowflakes.Snowflake
    timestamp: datetime.datetime = attrs.field(repr=False)

    async def fetch_channel(self) -> channels.DMChannel:
        """The DM channel, from REST."""
        return await _lookups.fetch_channel_as(self.app, self.channel_id, channels.DMChannel)
