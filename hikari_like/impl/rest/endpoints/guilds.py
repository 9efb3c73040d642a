"""Guild endpoints of the REST client: the guild itself, the bot's guilds, voice regions,
integrations, incident actions and pruning.

A mixin of `RESTClientImpl`; hikari's names and signatures (docs: `resources/guild.mdx`,
`resources/user.mdx` "Get Current User Guilds" and "Leave Guild", `resources/voice.mdx`). The
widget, welcome screen, onboarding and templates are in `guild_settings.py`.

```python
guild = await rest.fetch_guild(guild_id)
await rest.edit_guild(guild, name="Cats", reason="rename")
async for own in rest.fetch_my_guilds():
    print(own.name, own.my_permissions)
```
"""

from __future__ import annotations

__all__ = ["GuildEndpoints"]

import datetime
import functools
import typing

from hikari_like import channels as channels_
from hikari_like import guilds
from hikari_like import locales
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import images
from hikari_like.internal import partial_json as read
from hikari_like.internal.time import Intervalish
from hikari_like.internal.time import timespan_to_int

if typing.TYPE_CHECKING:
    from hikari_like import files
    from hikari_like import invites
    from hikari_like import iterators
    from hikari_like import voices
    from hikari_like.impl.rest import pagination
    from hikari_like.internal.json import JSONObject
else:
    from hikari_like.internal import lazy_imports

    # Loaded when a call first needs its models: most bots never make these calls.
    invites = lazy_imports.module("hikari_like.invites")
    voices = lazy_imports.module("hikari_like.voices")
    pagination = lazy_imports.module("hikari_like.impl.rest.pagination")

_UNDEFINED: typing.Final = undefined.UNDEFINED
_Image: typing.TypeAlias = "files.Resourceish | undefined.UndefinedType | None"
_Channel: typing.TypeAlias = "snowflakes.SnowflakeishOr | undefined.UndefinedType | None"
# Discord's page size for the bot's guilds is 1-200 (user.mdx, "Get Current User Guilds").
_MY_GUILDS_PAGE: typing.Final = 200


def guild_route(route: routes.Route, guild: snowflakes.SnowflakeishOr) -> routes.CompiledRoute:
    """`route` compiled for `guild` (an object with `.id`, or an ID)."""
    return route.compile(guild=snowflakes.snowflake_of(guild))


def _role_ids(roles: typing.Sequence[snowflakes.SnowflakeishOr]) -> str:
    # The prune count's query takes roles as one comma-separated string.
    return ",".join(str(snowflakes.snowflake_of(role)) for role in roles)


def _pruned(response: JSONObject) -> int | None:
    return read.natural(response.get("pruned"))


class GuildEndpoints(rest_api.RESTClient):
    """The guild, the bot's guilds, regions, integrations, incident actions and pruning."""

    __slots__ = ()

    async def fetch_guild(self, guild: snowflakes.SnowflakeishOr) -> guilds.RESTGuild:
        """A guild the bot is in, with its roles, emojis and approximate member counts.

        ```python
        guild = await rest.fetch_guild(guild_id)
        ```
        """
        response = await self.request(guild_route(routes.GET_GUILD, guild), query={"with_counts": "true"})
        return guilds.RESTGuild.from_payload(response, app=self)

    async def fetch_guild_preview(self, guild: snowflakes.SnowflakeishOr) -> guilds.GuildPreview:
        """What anyone may see of a guild (the bot's, or a discoverable one).

        ```python
        preview = await rest.fetch_guild_preview(guild_id)
        ```
        """
        response = await self.request(guild_route(routes.GET_GUILD_PREVIEW, guild))
        return guilds.GuildPreview.from_payload(response, app=self)

    async def edit_guild(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        name: str | undefined.UndefinedType = _UNDEFINED,
        verification_level: guilds.GuildVerificationLevel | undefined.UndefinedType = _UNDEFINED,
        default_message_notifications: guilds.GuildMessageNotificationsLevel
        | undefined.UndefinedType = _UNDEFINED,
        explicit_content_filter_level: guilds.GuildExplicitContentFilterLevel
        | undefined.UndefinedType = _UNDEFINED,
        afk_channel: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        afk_timeout: Intervalish | undefined.UndefinedType = _UNDEFINED,
        icon: _Image = _UNDEFINED,
        owner: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        splash: _Image = _UNDEFINED,
        discovery_splash: _Image = _UNDEFINED,
        banner: _Image = _UNDEFINED,
        system_channel: _Channel = _UNDEFINED,
        system_channel_flags: guilds.GuildSystemChannelFlag | undefined.UndefinedType = _UNDEFINED,
        rules_channel: _Channel = _UNDEFINED,
        public_updates_channel: _Channel = _UNDEFINED,
        safety_alerts_channel: _Channel = _UNDEFINED,
        preferred_locale: str | locales.Locale | undefined.UndefinedType = _UNDEFINED,
        features: typing.Sequence[str | guilds.GuildFeature] | undefined.UndefinedType = _UNDEFINED,
        description: str | undefined.UndefinedType | None = _UNDEFINED,
        premium_progress_bar_enabled: bool | undefined.UndefinedType = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> guilds.RESTGuild:
        """Change a guild's settings (needs MANAGE_GUILD); images are paths, bytes or resources,
        `None` removes one.

        ```python
        guild = await rest.edit_guild(guild_id, name="Cats", icon="cat.png", reason="rebrand")
        ```
        """
        body = payloads.Payload()
        body.put("name", name)
        body.put("verification_level", verification_level)
        body.put("default_message_notifications", default_message_notifications)
        body.put("explicit_content_filter", explicit_content_filter_level)
        body.put("afk_timeout", afk_timeout, conversion=timespan_to_int)
        body.put("preferred_locale", preferred_locale, conversion=str)
        body.put("system_channel_flags", system_channel_flags, conversion=int)
        body.put("description", description)
        body.put("premium_progress_bar_enabled", premium_progress_bar_enabled)
        body.put_array("features", features, conversion=str)
        body.put_snowflake("afk_channel_id", afk_channel)
        body.put_snowflake("owner_id", owner)
        body.put_snowflake("system_channel_id", system_channel)
        body.put_snowflake("rules_channel_id", rules_channel)
        body.put_snowflake("public_updates_channel_id", public_updates_channel)
        body.put_snowflake("safety_alerts_channel_id", safety_alerts_channel)
        pictures = {"icon": icon, "splash": splash, "discovery_splash": discovery_splash, "banner": banner}
        for key, image in pictures.items():
            await images.put_image(body, key, image)
        response = await self.request(guild_route(routes.PATCH_GUILD, guild), json=body, reason=reason)
        return guilds.RESTGuild.from_payload(response, app=self)

    async def delete_guild(self, guild: snowflakes.SnowflakeishOr) -> None:
        """Delete a guild the bot owns (anyone else gets `ForbiddenError`).

        ```python
        await rest.delete_guild(guild_id)
        ```
        """
        await self.request(guild_route(routes.DELETE_GUILD, guild))

    def fetch_my_guilds(
        self,
        *,
        newest_first: bool = False,
        start_at: snowflakes.SearchableSnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> iterators.LazyIterator[guilds.OwnGuild]:
        """The guilds the bot is in, oldest first (or `newest_first`), from `start_at`, with
        approximate member counts; pages of 200 are fetched as they are read.

        ```python
        names = await rest.fetch_my_guilds().map(lambda guild: guild.name)
        ```
        """
        return pagination.paginate_route(
            self,
            routes.GET_MY_GUILDS.compile(),
            functools.partial(guilds.OwnGuild.from_payload, app=self),
            direction="before" if newest_first else "after",
            page_size=_MY_GUILDS_PAGE,
            start=pagination.start_cursor(start_at, newest_first=newest_first),
            query={"with_counts": "true"},
            reverse_pages=newest_first,
        )

    async def leave_guild(self, guild: snowflakes.SnowflakeishOr, /) -> None:
        """Leave a guild (an owner cannot: delete it instead).

        ```python
        await rest.leave_guild(guild_id)
        ```
        """
        await self.request(guild_route(routes.DELETE_MY_GUILD, guild))

    async def fetch_guild_channels(
        self, guild: snowflakes.SnowflakeishOr
    ) -> typing.Sequence[channels_.GuildChannel]:
        """A guild's channels (threads are not listed), as their most specific models.

        ```python
        text = [c for c in await rest.fetch_guild_channels(guild_id) if c.type is ChannelType.GUILD_TEXT]
        ```
        """
        guild_id = snowflakes.snowflake_of(guild)
        response = await self.request(guild_route(routes.GET_GUILD_CHANNELS, guild))
        found = read.each(
            read.objects(response),
            functools.partial(channels_.channel_from_payload, app=self, guild_id=guild_id),
        )
        return [channel for channel in found if isinstance(channel, channels_.GuildChannel)]

    async def fetch_guild_voice_regions(
        self, guild: snowflakes.SnowflakeishOr
    ) -> typing.Sequence[voices.VoiceRegion]:
        """The voice regions a guild may use (VIP ones too, for VIP guilds).

        ```python
        regions = await rest.fetch_guild_voice_regions(guild_id)
        ```
        """
        response = await self.request(guild_route(routes.GET_GUILD_VOICE_REGIONS, guild))
        return read.each(read.objects(response), voices.VoiceRegion.from_payload)

    async def fetch_voice_regions(self) -> typing.Sequence[voices.VoiceRegion]:
        """Every voice region (what a voice channel's `rtc_region` may be).

        ```python
        ids = [region.id for region in await rest.fetch_voice_regions()]
        ```
        """
        response = await self.request(routes.GET_VOICE_REGIONS.compile())
        return read.each(read.objects(response), voices.VoiceRegion.from_payload)

    async def fetch_vanity_url(self, guild: snowflakes.SnowflakeishOr) -> invites.VanityURL:
        """A guild's vanity invite and its uses (needs MANAGE_GUILD); `code` is `None` when unset.

        ```python
        vanity = await rest.fetch_vanity_url(guild_id)
        ```
        """
        response = await self.request(guild_route(routes.GET_GUILD_VANITY_URL, guild))
        return invites.VanityURL.from_payload(response, app=self)

    async def fetch_integrations(
        self, guild: snowflakes.SnowflakeishOr
    ) -> typing.Sequence[guilds.Integration]:
        """A guild's integrations, up to Discord's 50 (needs MANAGE_GUILD).

        ```python
        bots = [i for i in await rest.fetch_integrations(guild_id) if i.application is not None]
        ```
        """
        guild_id = snowflakes.snowflake_of(guild)
        response = await self.request(guild_route(routes.GET_GUILD_INTEGRATIONS, guild))
        parse = functools.partial(guilds.Integration.from_payload, app=self, guild_id=guild_id)
        return read.each(read.objects(response), parse)

    async def set_guild_incident_actions(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        invites_disabled_until: datetime.datetime | None = None,
        dms_disabled_until: datetime.datetime | None = None,
    ) -> guilds.GuildIncidents:
        """Pause a guild's invites or DMs until a moment at most 24 hours ahead; `None` (the
        default) lifts the pause (needs MANAGE_GUILD).

        ```python
        soon = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=2)
        await rest.set_guild_incident_actions(guild_id, invites_disabled_until=soon)
        ```
        """
        body = payloads.Payload()
        body.put_datetime("invites_disabled_until", invites_disabled_until)
        body.put_datetime("dms_disabled_until", dms_disabled_until)
        response = await self.request(guild_route(routes.PUT_GUILD_INCIDENT_ACTIONS, guild), json=body)
        return guilds.GuildIncidents.from_payload(response)

    async def estimate_guild_prune_count(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        days: int | undefined.UndefinedType = _UNDEFINED,
        include_roles: typing.Sequence[snowflakes.SnowflakeishOr] | undefined.UndefinedType = _UNDEFINED,
    ) -> int:
        """How many members a prune would remove: those inactive `days` (1-30, default 7) with no
        role, or only roles of `include_roles` (needs MANAGE_GUILD and KICK_MEMBERS).

        ```python
        count = await rest.estimate_guild_prune_count(guild_id, days=30)
        ```
        """
        query = payloads.Payload()
        query.put("days", days, conversion=str)
        query.put("include_roles", include_roles, conversion=_role_ids)
        response = await self.request(guild_route(routes.GET_GUILD_PRUNE, guild), query=query)
        return _pruned(response) or 0

    async def begin_guild_prune(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        days: int | undefined.UndefinedType = _UNDEFINED,
        compute_prune_count: bool | undefined.UndefinedType = _UNDEFINED,
        include_roles: typing.Sequence[snowflakes.SnowflakeishOr] | undefined.UndefinedType = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> int | None:
        """Remove the members `estimate_guild_prune_count` counts; returns how many, or `None`
        with `compute_prune_count=False` (advised for large guilds).

        ```python
        removed = await rest.begin_guild_prune(guild_id, days=30, reason="inactive")
        ```
        """
        body = payloads.Payload()
        body.put("days", days)
        body.put("compute_prune_count", compute_prune_count)
        body.put_snowflake_array("include_roles", include_roles)
        route = guild_route(routes.POST_GUILD_PRUNE, guild)
        return _pruned(await self.request(route, json=body, reason=reason))
