"""Events about a guild: the bot gaining or losing sight of it (`GuildAvailableEvent`,
`GuildJoinEvent`, `GuildLeaveEvent`, `GuildUnavailableEvent`), its settings changing
(`GuildUpdateEvent`), bans (`BanCreateEvent`, `BanDeleteEvent`) and new audit log entries
(`AuditLogEntryCreateEvent`, with the `GUILD_MODERATION` intent), its emojis and stickers
(`EmojisUpdateEvent`, `StickersUpdateEvent`), integrations (`IntegrationCreateEvent`...) and
members' presences (`PresenceUpdateEvent`, with the privileged `GUILD_PRESENCES` intent).

```python
@bot.listen()
async def on_ban(event: hikari_like.BanCreateEvent) -> None:
    ban = await event.fetch_ban()
    print(f"{event.user} was banned from {event.guild_id}: {ban.reason}")
```

As in hikari, a GUILD_CREATE whose guild says `unavailable: false` (one the READY listed as
unavailable, now loaded) is a `GuildAvailableEvent`, and one without the field is a guild the bot
just joined (`GuildJoinEvent`); a GUILD_CREATE for a guild still unavailable fires no typed event.
A GUILD_DELETE with `unavailable: true` is an outage (`GuildUnavailableEvent`), otherwise the bot
left or was removed (`GuildLeaveEvent`).

Ban events need the `GUILD_MODERATION` intent. hikari_like keeps no cache: `get_guild()` is
always `None` and `old_guild` too; `fetch_guild()` and `fetch_guild_preview()` ask REST.
"""

from __future__ import annotations

__all__ = [
    "AuditLogEntryCreateEvent",
    "BanCreateEvent",
    "BanDeleteEvent",
    "BanEvent",
    "EmojisUpdateEvent",
    "GuildAvailableEvent",
    "GuildEvent",
    "GuildJoinEvent",
    "GuildLeaveEvent",
    "GuildUnavailableEvent",
    "GuildUpdateEvent",
    "GuildVisibilityEvent",
    "IntegrationCreateEvent",
    "IntegrationDeleteEvent",
    "IntegrationEvent",
    "IntegrationUpdateEvent",
    "PresenceUpdateEvent",
    "StickersUpdateEvent",
]

import typing

import attrs

from hikari_like.events import base_events
from hikari_like.events import shard_events
from hikari_like.intents import Intents

if typing.TYPE_CHECKING:
    from hikari_like import audit_logs
    from hikari_like import channels as channels_
    from hikari_like import emojis as emojis_
    from hikari_like import guilds
    from hikari_like import presences as presences_
    from hikari_like import snowflakes
    from hikari_like import stickers as stickers_
    from hikari_like import traits
    from hikari_like import users
    from hikari_like import voices


@base_events.requires_intents(
    Intents.GUILDS, Intents.GUILD_MODERATION, Intents.GUILD_EMOJIS, Intents.GUILD_PRESENCES
)
class GuildEvent(shard_events.ShardEvent):
    """An event about one guild."""

    __slots__ = ()

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        raise NotImplementedError  # every concrete event provides it

    def get_guild(self) -> guilds.GatewayGuild | None:
        """The guild from the cache: always `None` (no cache); use `fetch_guild()`."""
        return None

    async def fetch_guild(self) -> guilds.RESTGuild:
        """The guild, from REST."""
        return await self.app.rest.fetch_guild(self.guild_id)

    async def fetch_guild_preview(self) -> guilds.GuildPreview:
        """The guild's preview, from REST (only for guilds the bot is in or that are discoverable)."""
        return await self.app.rest.fetch_guild_preview(self.guild_id)


@base_events.requires_intents(Intents.GUILD_MODERATION)
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


@base_events.requires_intents(Intents.GUILD_MODERATION)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class BanCreateEvent(BanEvent):
    """A user was banned from a guild (GUILD_BAN_ADD)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    user: users.User

    async def fetch_ban(self) -> guilds.GuildBan:
        """The ban (with its reason), from REST."""
        return await self.app.rest.fetch_ban(self.guild_id, self.user)


@base_events.requires_intents(Intents.GUILD_MODERATION)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class BanDeleteEvent(BanEvent):
    """A user was unbanned from a guild (GUILD_BAN_REMOVE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    user: users.User


_Map = typing.Mapping  # the guild events' mappings are by ID


@base_events.requires_intents(Intents.GUILDS)
class GuildVisibilityEvent(GuildEvent):
    """The bot gained or lost sight of a guild: it joined or left, or the guild came or went
    with an outage."""

    __slots__ = ()


class _WithGuild(GuildEvent):
    """The guild events that carry the guild object."""

    __slots__ = ()

    @property
    def guild(self) -> guilds.GatewayGuild:
        """The guild."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.guild.app

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        return self.guild.id


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class _GuildContents(GuildVisibilityEvent, _WithGuild):
    """A GUILD_CREATE: the guild with everything it carries, each by ID."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild: guilds.GatewayGuild
    emojis: _Map[snowflakes.Snowflake, emojis_.KnownCustomEmoji] = attrs.field(repr=False)
    stickers: _Map[snowflakes.Snowflake, stickers_.GuildSticker] = attrs.field(repr=False)
    roles: _Map[snowflakes.Snowflake, guilds.Role] = attrs.field(repr=False)
    channels: _Map[snowflakes.Snowflake, channels_.PermissibleGuildChannel] = attrs.field(repr=False)
    threads: _Map[snowflakes.Snowflake, channels_.GuildThreadChannel] = attrs.field(repr=False)
    members: _Map[snowflakes.Snowflake, guilds.Member] = attrs.field(repr=False)
    """The members Discord sent (all of a small guild; of a large one, those online or in voice)."""
    presences: _Map[snowflakes.Snowflake, presences_.MemberPresence] = attrs.field(repr=False)
    """By user ID; needs the `GUILD_PRESENCES` intent."""
    voice_states: _Map[snowflakes.Snowflake, voices.VoiceState] = attrs.field(repr=False)
    """By user ID."""
    chunk_nonce: str | None = attrs.field(repr=False, default=None)
    """The nonce of the member chunk request made for this guild, if any (none here)."""


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildAvailableEvent(_GuildContents):
    """A guild the READY listed as unavailable has loaded, or came back after an outage."""


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildJoinEvent(_GuildContents):
    """The bot joined a guild."""


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildUpdateEvent(_WithGuild):
    """A guild's settings changed (GUILD_UPDATE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    old_guild: guilds.GatewayGuild | None = attrs.field(repr=False)
    """The guild before the change: always `None` (no cache)."""
    guild: guilds.GatewayGuild
    emojis: _Map[snowflakes.Snowflake, emojis_.KnownCustomEmoji] = attrs.field(repr=False)
    stickers: _Map[snowflakes.Snowflake, stickers_.GuildSticker] = attrs.field(repr=False)
    roles: _Map[snowflakes.Snowflake, guilds.Role] = attrs.field(repr=False)


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildLeaveEvent(GuildVisibilityEvent):
    """The bot left a guild, was removed from it, or the guild was deleted (GUILD_DELETE)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    old_guild: guilds.GatewayGuild | None = attrs.field(repr=False)
    """The guild before the bot left: always `None` (no cache)."""


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildUnavailableEvent(GuildVisibilityEvent):
    """A guild became unavailable with an outage (GUILD_DELETE with `unavailable: true`)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake


@base_events.requires_intents(Intents.GUILD_MODERATION)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class AuditLogEntryCreateEvent(GuildEvent):
    """An action was written to a guild's audit log (GUILD_AUDIT_LOG_ENTRY_CREATE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    entry: audit_logs.AuditLogEntry

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.entry.app

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild whose audit log it is."""
        return self.entry.guild_id


@base_events.requires_intents(Intents.GUILD_EMOJIS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class EmojisUpdateEvent(GuildEvent):
    """A guild's custom emojis changed (GUILD_EMOJIS_UPDATE); `emojis` is all of them now."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    old_emojis: typing.Sequence[emojis_.KnownCustomEmoji] | None = attrs.field(repr=False)
    """The emojis before the change: always `None` (no cache)."""
    emojis: typing.Sequence[emojis_.KnownCustomEmoji] = attrs.field(repr=False)

    async def fetch_emojis(self) -> typing.Sequence[emojis_.KnownCustomEmoji]:
        """The guild's emojis, from REST."""
        return await self.app.rest.fetch_guild_emojis(self.guild_id)


@base_events.requires_intents(Intents.GUILD_EMOJIS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class StickersUpdateEvent(GuildEvent):
    """A guild's stickers changed (GUILD_STICKERS_UPDATE); `stickers` is all of them now."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    old_stickers: typing.Sequence[stickers_.GuildSticker] | None = attrs.field(repr=False)
    """The stickers before the change: always `None` (no cache)."""
    stickers: typing.Sequence[stickers_.GuildSticker] = attrs.field(repr=False)

    async def fetch_stickers(self) -> typing.Sequence[stickers_.GuildSticker]:
        """The guild's stickers, from REST."""
        return await self.app.rest.fetch_guild_stickers(self.guild_id)


@base_events.requires_intents(Intents.GUILD_INTEGRATIONS)
class IntegrationEvent(GuildEvent):
    """An event about an integration of a guild (needs the `GUILD_INTEGRATIONS` intent)."""

    __slots__ = ()

    @property
    def id(self) -> snowflakes.Snowflake:
        """The integration's ID."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def application_id(self) -> snowflakes.Snowflake | None:
        """The bot's application, for a bot integration."""
        raise NotImplementedError  # every concrete event provides it

    async def fetch_integrations(self) -> typing.Sequence[guilds.Integration]:
        """The guild's integrations, from REST."""
        return await self.app.rest.fetch_integrations(self.guild_id)


class _WithIntegration(IntegrationEvent):
    """The integration events that carry the integration."""

    __slots__ = ()

    @property
    def integration(self) -> guilds.Integration:
        """The integration."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def id(self) -> snowflakes.Snowflake:
        """The integration's ID."""
        return self.integration.id

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        return self.integration.guild_id

    @property
    def application_id(self) -> snowflakes.Snowflake | None:
        """The bot's application, for a bot integration."""
        application = self.integration.application
        return None if application is None else application.id


@base_events.requires_intents(Intents.GUILD_INTEGRATIONS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class IntegrationCreateEvent(_WithIntegration):
    """An integration was added to a guild (INTEGRATION_CREATE)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    integration: guilds.Integration


@base_events.requires_intents(Intents.GUILD_INTEGRATIONS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class IntegrationUpdateEvent(_WithIntegration):
    """An integration changed (INTEGRATION_UPDATE)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    integration: guilds.Integration


@base_events.requires_intents(Intents.GUILD_INTEGRATIONS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class IntegrationDeleteEvent(IntegrationEvent):
    """An integration was removed from a guild (INTEGRATION_DELETE)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    application_id: snowflakes.Snowflake | None
    guild_id: snowflakes.Snowflake
    id: snowflakes.Snowflake


@base_events.requires_intents(Intents.GUILD_PRESENCES)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class PresenceUpdateEvent(shard_events.ShardEvent):
    """A member's status or activities changed (PRESENCE_UPDATE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    old_presence: presences_.MemberPresence | None = attrs.field(repr=False)
    """The presence before the change: always `None` (no cache)."""
    presence: presences_.MemberPresence
    user: users.PartialUser | None = attrs.field(repr=False)
    """The user, when their own fields changed too (Discord then sends more than their ID)."""

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.presence.app

    @property
    def user_id(self) -> snowflakes.Snowflake:
        """The member's user ID."""
        return self.presence.user_id

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        return self.presence.guild_id

    def get_user(self) -> users.User | None:
        """The user from the cache: always `None` (no cache); use `fetch_user()`."""
        return None

    async def fetch_user(self) -> users.User:
        """The user, from REST."""
        return await self.app.rest.fetch_user(self.user_id)
