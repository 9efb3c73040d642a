"""What a guild object can do over REST (hikari's `PartialGuild.edit`, `fetch_self`,
`set_incident_actions`), mixed into `hikari_like.guilds.PartialGuild` and so every guild model.

```python
guild = await rest.fetch_guild(guild_id)
guild = await guild.edit(name="Cats", reason="rename")
```
"""

from __future__ import annotations

__all__ = ["GuildRESTActions"]

import datetime
import typing

from hikari_like import undefined

if typing.TYPE_CHECKING:
    from hikari_like import files
    from hikari_like import locales
    from hikari_like import snowflakes
    from hikari_like import traits
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
    """`edit`, `fetch_self` and `set_incident_actions` for guild models with an `app` and an `id`."""

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
