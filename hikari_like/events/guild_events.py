"""Events about a guild: bans (`BanCreateEvent`, `BanDeleteEvent`).

```python
@bot.listen()
async def on_ban(event: hikari_like.BanCreateEvent) -> None:
    ban = await event.fetch_ban()
    print(f"{event.user} was banned from {event.guild_id}: {ban.reason}")
```

Ban events need the `GUILD_MODERATION` intent. hikari_like keeps no cache: `get_guild()` is
always `None`; `fetch_guild()` and `fetch_guild_preview()` ask REST.
"""

from __future__ import annotations

__all__ = [
    "BanCreateEvent",
    "BanDeleteEvent",
    "BanEvent",
    "GuildEvent",
]

import typing

import attrs

from hikari_like.events import shard_events

if typing.TYPE_CHECKING:
    from hikari_like import guilds
    from hikari_like import snowflakes
    from hikari_like import traits
    from hikari_like import users


class GuildEvent(shard_events.ShardEvent):
    """An event about one guild."""

    __slots__ = ()

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        raise NotImplementedError  # every concrete event provides it

    def get_guild(self) -> guilds.Guild | None:
        """The guild from the cache: always `None` (no cache); use `fetch_guild()`."""
        return None

    async def fetch_guild(self) -> guilds.RESTGuild:
        """The guild, from REST."""
        return await self.app.rest.fetch_guild(self.guild_id)

    async def fetch_guild_preview(self) -> guilds.GuildPreview:
        """The guild's preview, from REST (only for guilds the bot is in or that are discoverable)."""
        return await self.app.rest.fetch_guild_preview(self.guild_id)


class BanEvent(GuildEvent):
    """A user was banned from a guild, or unbanned."""

    __slots__ = ()

    @property
    def user(self) -> users.User:
        """The user banned or unbanned."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.user.app

    @property
    def user_id(self) -> snowflakes.Snowflake:
        """The ID of the user banned or unbanned."""
        return self.user.id

    async def fetch_user(self) -> users.User:
        """The user, from REST."""
        return await self.app.rest.fetch_user(self.user_id)


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class BanCreateEvent(BanEvent):
    """A user was banned from a guild (GUILD_BAN_ADD)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    user: users.User

    async def fetch_ban(self) -> guilds.GuildBan:
        """The ban (with its reason), from REST."""
        return await self.app.rest.fetch_ban(self.guild_id, self.user)


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class BanDeleteEvent(BanEvent):
    """A user was unbanned from a guild (GUILD_BAN_REMOVE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    user: users.User
