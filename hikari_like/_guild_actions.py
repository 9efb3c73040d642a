"""What a guild object can do over REST (hikari's `PartialGuild.edit`, `fetch_self`,
`set_incident_actions`, its emojis and stickers), mixed into `hikari_like.guilds.PartialGuild`
and so every guild model; the cache lookups hikari's `Guild` has for them; and `Guild`'s
fetches of the owner and the channels its settings name (`fetch_rules_channel`...).

```python
guild = await rest.fetch_guild(guild_id)
guild = await guild.edit(name="Cats", reason="rename")
sticker = await guild.create_sticker("wave", "wave", "wave.png")
```
"""

from __future__ import annotations

__all__ = ["GuildCacheLookups", "GuildChannelFetches", "GuildRESTActions"]

import datetime
import typing

from hikari_like import undefined

if typing.TYPE_CHECKING:
    from hikari_like import channels
    from hikari_like import emojis
    from hikari_like import files
    from hikari_like import guilds
    from hikari_like import locales
    from hikari_like import presences
    from hikari_like import snowflakes
    from hikari_like import stickers
    from hikari_like import traits
    from hikari_like import voices
    from hikari_like._guild_details import GuildExplicitContentFilterLevel
    from hikari_like._guild_details import GuildFeature
    from hikari_like._guild_details import GuildIncidents
    from hikari_like._guild_details import GuildMessageNotificationsLevel
    from hikari_like._guild_details import GuildVerificationLevel
    from hikari_like._guild_details import RESTGuild
    from hikari_like.internal.time import Intervalish

_UNDEFINED: typing.Final = undefined.UNDEFINED
_Image: typing.TypeAlias = "files.Resourceish | undefined.UndefinedType | None"
_Channel: typing.TypeAlias = "snowflakes.SnowflakeishOr | undefined.UndefinedType | None"


class GuildRESTActions:
    """`edit`, `fetch_self`, `set_incident_actions` and the emoji and sticker calls for guild models
    with an `app` and an `id`."""

    __slots__ = ()

    app: traits.RESTAware
    id: snowflakes.Snowflake

    async def fetch_self(self) -> RESTGuild:
        """This guild's up-to-date object, over REST (`rest.fetch_guild`)."""
        return await self.app.rest.fetch_guild(self.id)

    async def edit(
        self,
        *,
        name: str | undefined.UndefinedType = _UNDEFINED,
        verification_level: GuildVerificationLevel | undefined.UndefinedType = _UNDEFINED,
        default_message_notifications: GuildMessageNotificationsLevel | undefined.UndefinedType = _UNDEFINED,
        explicit_content_filter_level: GuildExplicitContentFilterLevel | undefined.UndefinedType = _UNDEFINED,
        afk_channel: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        afk_timeout: Intervalish | undefined.UndefinedType = _UNDEFINED,
        icon: _Image = _UNDEFINED,
        owner: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        splash: _Image = _UNDEFINED,
        banner: _Image = _UNDEFINED,
        system_channel: _Channel = _UNDEFINED,
        rules_channel: _Channel = _UNDEFINED,
        public_updates_channel: _Channel = _UNDEFINED,
        preferred_locale: str | locales.Locale | undefined.UndefinedType = _UNDEFINED,
        features: typing.Sequence[GuildFeature] | undefined.UndefinedType = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> RESTGuild:
        """Change this guild's settings (`rest.edit_guild`; needs MANAGE_GUILD).

        ```python
        guild = await guild.edit(name="Cats", afk_timeout=300)
        ```
        """
        return await self.app.rest.edit_guild(
            self.id,
            name=name,
            verification_level=verification_level,
            default_message_notifications=default_message_notifications,
            explicit_content_filter_level=explicit_content_filter_level,
            afk_channel=afk_channel,
            afk_timeout=afk_timeout,
            icon=icon,
            owner=owner,
            splash=splash,
            banner=banner,
            system_channel=system_channel,
            rules_channel=rules_channel,
            public_updates_channel=public_updates_channel,
            preferred_locale=preferred_locale,
            features=features,
            reason=reason,
        )

    async def set_incident_actions(
        self,
        *,
        invites_disabled_until: datetime.datetime | None = None,
        dms_disabled_until: datetime.datetime | None = None,
    ) -> GuildIncidents:
        """Pause this guild's invites or DMs (`rest.set_guild_incident_actions`); `None` lifts a pause.

        ```python
        await guild.set_incident_actions(invites_disabled_until=soon)
        ```
        """
        return await self.app.rest.set_guild_incident_actions(
            self.id, invites_disabled_until=invites_disabled_until, dms_disabled_until=dms_disabled_until
        )

    async def fetch_emojis(self) -> typing.Sequence[emojis.KnownCustomEmoji]:
        """This guild's custom emojis (`rest.fetch_guild_emojis`)."""
        return await self.app.rest.fetch_guild_emojis(self.id)

    async def fetch_emoji(self, emoji: snowflakes.SnowflakeishOr) -> emojis.KnownCustomEmoji:
        """One of this guild's emojis (`rest.fetch_emoji`)."""
        return await self.app.rest.fetch_emoji(self.id, emoji)

    async def fetch_stickers(self) -> typing.Sequence[stickers.GuildSticker]:
        """This guild's stickers (`rest.fetch_guild_stickers`)."""
        return await self.app.rest.fetch_guild_stickers(self.id)

    async def fetch_sticker(self, sticker: snowflakes.SnowflakeishOr) -> stickers.GuildSticker:
        """One of this guild's stickers (`rest.fetch_guild_sticker`)."""
        return await self.app.rest.fetch_guild_sticker(self.id, sticker)

    async def create_sticker(
        self,
        name: str,
        tag: str,
        image: files.Resourceish,
        *,
        description: str | undefined.UndefinedType = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> stickers.GuildSticker:
        """A new sticker in this guild (`rest.create_sticker`: PNG, APNG, GIF or Lottie, 512 KiB).

        ```python
        sticker = await guild.create_sticker("wave", "wave", pathlib.Path("wave.png"))
        ```
        """
        return await self.app.rest.create_sticker(
            self.id, name, tag, image, description=description, reason=reason
        )

    async def edit_sticker(
        self,
        sticker: snowflakes.SnowflakeishOr,
        *,
        name: str | undefined.UndefinedType = _UNDEFINED,
        description: str | undefined.UndefinedType = _UNDEFINED,
        tag: str | undefined.UndefinedType = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> stickers.GuildSticker:
        """Change one of this guild's stickers (`rest.edit_sticker`)."""
        return await self.app.rest.edit_sticker(
            self.id, sticker, name=name, description=description, tag=tag, reason=reason
        )

    async def delete_sticker(
        self, sticker: snowflakes.SnowflakeishOr, *, reason: str | undefined.UndefinedType = _UNDEFINED
    ) -> None:
        """Delete one of this guild's stickers (`rest.delete_sticker`)."""
        await self.app.rest.delete_sticker(self.id, sticker, reason=reason)


class GuildCacheLookups:
    """hikari's `Guild.get_*` lookups (`get_role`, `get_member`, `get_channel`, `get_emoji`...):
    reads of a cache, which hikari_like keeps none of, so they answer as hikari does without one
    (nothing found), and a hikari program that calls them runs unchanged. Fetch instead:
    `await guild.fetch_roles()`, `rest.fetch_member(guild, user)`, or read `RESTGuild.roles`.
    """

    __slots__ = ()

    def get_channels(self) -> typing.Mapping[snowflakes.Snowflake, channels.PermissibleGuildChannel]:
        """Always empty: there is no cache (see the class)."""
        return {}

    def get_channel(self, channel: snowflakes.SnowflakeishOr) -> channels.PermissibleGuildChannel | None:
        """Always `None`: there is no cache (see the class)."""
        return None

    def get_members(self) -> typing.Mapping[snowflakes.Snowflake, guilds.Member]:
        """Always empty: there is no cache (see the class)."""
        return {}

    def get_member(self, user: snowflakes.SnowflakeishOr) -> guilds.Member | None:
        """Always `None`: there is no cache (see the class)."""
        return None

    def get_my_member(self) -> guilds.Member | None:
        """Always `None`: there is no cache (see the class); `rest.fetch_my_member(guild)` asks."""
        return None

    def get_roles(self) -> typing.Mapping[snowflakes.Snowflake, guilds.Role]:
        """Always empty: there is no cache (see the class)."""
        return {}

    def get_role(self, role: snowflakes.SnowflakeishOr) -> guilds.Role | None:
        """Always `None`: there is no cache (see the class)."""
        return None

    def get_emojis(self) -> typing.Mapping[snowflakes.Snowflake, emojis.KnownCustomEmoji]:
        """Always empty: there is no cache (see the class)."""
        return {}

    def get_emoji(self, emoji: snowflakes.SnowflakeishOr) -> emojis.KnownCustomEmoji | None:
        """Always `None`: there is no cache (see the class)."""
        return None

    def get_stickers(self) -> typing.Mapping[snowflakes.Snowflake, stickers.GuildSticker]:
        """Always empty: there is no cache (see the class)."""
        return {}

    def get_sticker(self, sticker: snowflakes.SnowflakeishOr) -> stickers.GuildSticker | None:
        """Always `None`: there is no cache (see the class)."""
        return None

    def get_presences(self) -> typing.Mapping[snowflakes.Snowflake, presences.MemberPresence]:
        """Always empty: there is no cache (see the class)."""
        return {}

    def get_presence(self, user: snowflakes.SnowflakeishOr) -> presences.MemberPresence | None:
        """Always `None`: there is no cache (see the class)."""
        return None

    def get_voice_states(self) -> typing.Mapping[snowflakes.Snowflake, voices.VoiceState]:
        """Always empty: there is no cache (see the class); `rest.fetch_voice_state` asks."""
        return {}

    def get_voice_state(self, user: snowflakes.SnowflakeishOr) -> voices.VoiceState | None:
        """Always `None`: there is no cache (see the class); `rest.fetch_voice_state` asks."""
        return None


class GuildChannelFetches:
    """hikari's `Guild.fetch_owner` and `fetch_*_channel`: the member and channels a guild's
    settings name, fetched over REST; a channel the guild has not set is `None`."""

    __slots__ = ()

    if typing.TYPE_CHECKING:
        app: traits.RESTAware
        id: snowflakes.Snowflake
        owner_id: snowflakes.Snowflake
        afk_channel_id: snowflakes.Snowflake | None
        public_updates_channel_id: snowflakes.Snowflake | None
        rules_channel_id: snowflakes.Snowflake | None
        system_channel_id: snowflakes.Snowflake | None
        widget_channel_id: snowflakes.Snowflake | None

    async def fetch_owner(self) -> guilds.Member:
        """The guild's owner, as a member (`rest.fetch_member`)."""
        return await self.app.rest.fetch_member(self.id, self.owner_id)

    async def fetch_afk_channel(self) -> channels.GuildVoiceChannel | None:
        """The voice channel idle members are moved to, if the guild set one."""
        channel: channels.GuildVoiceChannel | None = await self._fetch_set(
            "afk_channel_id", "GuildVoiceChannel"
        )
        return channel

    async def fetch_public_updates_channel(self) -> channels.GuildTextChannel | None:
        """Where Discord sends a community guild's moderator notices, if set."""
        channel: channels.GuildTextChannel | None = await self._fetch_set(
            "public_updates_channel_id", "GuildTextChannel"
        )
        return channel

    async def fetch_rules_channel(self) -> channels.GuildTextChannel | None:
        """A community guild's rules channel, if set."""
        channel: channels.GuildTextChannel | None = await self._fetch_set(
            "rules_channel_id", "GuildTextChannel"
        )
        return channel

    async def fetch_system_channel(self) -> channels.GuildTextChannel | None:
        """Where Discord posts join and boost messages, if set."""
        channel: channels.GuildTextChannel | None = await self._fetch_set(
            "system_channel_id", "GuildTextChannel"
        )
        return channel

    async def fetch_widget_channel(self) -> channels.GuildChannel | None:
        """The channel the guild's widget invites to, if set."""
        channel: channels.GuildChannel | None = await self._fetch_set("widget_channel_id", "GuildChannel")
        return channel

    async def _fetch_set(self, setting: str, kind_name: str) -> typing.Any:
        """The channel the guild's `setting` names (`None` when unset), checked to be a `kind_name`."""
        channel_id: snowflakes.Snowflake | None = getattr(self, setting)
        if channel_id is None:
            return None
        # Read here, not imported at the top: the channel classes load on first use.
        from hikari_like import channels as channel_kinds

        kind: type[typing.Any] = getattr(channel_kinds, kind_name)
        channel = await self.app.rest.fetch_channel(channel_id)
        if not isinstance(channel, kind):
            what = setting.removesuffix("_id").replace("_", " ")
            msg = f"guild {self.id}'s {what} {channel_id} is a {type(channel).__name__}, not a {kind_name}"
            raise TypeError(msg)
        return channel
