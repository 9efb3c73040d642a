"""Channel endpoints of the REST client: fetch, create, edit, delete and reposition guild channels,
their permission overwrites, and a voice channel's status.

A mixin of `RESTClientImpl`; hikari's names and signatures. Every channel setting is written by
`channel_fields.channel_body`, so the `create_guild_*` methods differ only in the channel type and
the settings they take.

```python
category = await rest.create_guild_category(guild, "Staff")
text = await rest.create_guild_text_channel(guild, "mods", category=category, topic="Mods only")
await rest.edit_permission_overwrite(text, guild.id, target_type=PermissionOverwriteType.ROLE,
                                     deny=Permissions.VIEW_CHANNEL)
await rest.delete_channel(text, reason="no longer needed")
```
"""

from __future__ import annotations

__all__ = ["ChannelEndpoints"]

import typing

from hikari_like import channels
from hikari_like import files
from hikari_like import guilds
from hikari_like import permissions as permissions_
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import users
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import images
from hikari_like.impl.rest.endpoints.channel_fields import channel_body
from hikari_like.impl.rest.endpoints.channel_positions import ChannelRepositioner
from hikari_like.internal.time import Intervalish

if typing.TYPE_CHECKING:
    from hikari_like import emojis
    from hikari_like import voices

_UNDEFINED: typing.Final = undefined.UNDEFINED
_ChannelT = typing.TypeVar("_ChannelT", bound="channels.GuildChannel")
_Reason: typing.TypeAlias = "str | undefined.UndefinedType"
_Overwrites: typing.TypeAlias = "typing.Sequence[channels.PermissionOverwrite] | undefined.UndefinedType"
_Region: typing.TypeAlias = "voices.VoiceRegion | str | undefined.UndefinedType"
_Interval: typing.TypeAlias = "Intervalish | undefined.UndefinedType"
_Tags: typing.TypeAlias = "typing.Sequence[channels.ForumTag] | undefined.UndefinedType"
_Emoji: typing.TypeAlias = "str | emojis.Emoji | snowflakes.Snowflake | undefined.UndefinedType"
_OverwriteTarget: typing.TypeAlias = (
    "snowflakes.SnowflakeishOr | users.PartialUser | guilds.PartialRole | channels.PermissionOverwrite"
)


def _channel_route(route: routes.Route, channel: snowflakes.SnowflakeishOr) -> routes.CompiledRoute:
    return route.compile(channel=snowflakes.snowflake_of(channel))


def _overwrite_route(
    route: routes.Route, channel: snowflakes.SnowflakeishOr, target: snowflakes.SnowflakeishOr
) -> routes.CompiledRoute:
    return route.compile(channel=snowflakes.snowflake_of(channel), overwrite=snowflakes.snowflake_of(target))


def _overwrite_type(
    target: object, given: channels.PermissionOverwriteType | int | undefined.UndefinedType
) -> channels.PermissionOverwriteType | int:
    """The overwrite's type: as given, else read from the target (a user or member, a role, an overwrite)."""
    if given is not _UNDEFINED:
        return given
    if isinstance(target, users.PartialUser | guilds.Member):
        return channels.PermissionOverwriteType.MEMBER
    if isinstance(target, guilds.PartialRole):
        return channels.PermissionOverwriteType.ROLE
    if isinstance(target, channels.PermissionOverwrite):
        return target.type
    raise TypeError("cannot tell whether the target is a role or a member: pass target_type=")


class ChannelEndpoints(rest_api.RESTClient):
    """`fetch_channel`, the `create_guild_*` channels, `edit_channel`, `delete_channel`,
    `reposition_channels`, overwrites and `set_voice_channel_status`."""

    __slots__ = ()

    async def fetch_channel(self, channel: snowflakes.SnowflakeishOr) -> channels.PartialChannel:
        """A channel by ID, as the most specific model for its type (`channels.channel_from_payload`).

        Raises `NotFoundError` (10003) if unknown, `ForbiddenError` (50001) for a guild channel the
        bot cannot view.

        ```python
        channel = await rest.fetch_channel(channel_id)
        ```
        """
        payload = await self.request(_channel_route(routes.GET_CHANNEL, channel))
        return channels.channel_from_payload(payload, app=self)

    async def _create_channel(
        self,
        guild: snowflakes.SnowflakeishOr,
        kind: type[_ChannelT],
        channel_type: channels.ChannelType,
        reason: _Reason,
        **settings: object,
    ) -> _ChannelT:
        """Create a channel of `channel_type` and read it as `kind` (what Discord returns for it)."""
        body = channel_body(type=channel_type, **settings)
        route = routes.POST_GUILD_CHANNELS.compile(guild=snowflakes.snowflake_of(guild))
        payload = await self.request(route, json=body, reason=reason)
        return kind.from_payload(payload, app=self, guild_id=snowflakes.snowflake_of(guild))

    async def create_guild_text_channel(
        self,
        guild: snowflakes.SnowflakeishOr,
        name: str,
        *,
        position: int | undefined.UndefinedType = _UNDEFINED,
        topic: str | undefined.UndefinedType = _UNDEFINED,
        nsfw: bool | undefined.UndefinedType = _UNDEFINED,
        rate_limit_per_user: _Interval = _UNDEFINED,
        permission_overwrites: _Overwrites = _UNDEFINED,
        category: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        default_auto_archive_duration: _Interval = _UNDEFINED,
        reason: _Reason = _UNDEFINED,
    ) -> channels.GuildTextChannel:
        """Create a text channel (needs MANAGE_CHANNELS).

        ```python
        channel = await rest.create_guild_text_channel(guild, "general", topic="Say hi", category=cat)
        ```
        """
        return await self._create_channel(
            guild,
            channels.GuildTextChannel,
            channels.ChannelType.GUILD_TEXT,
            reason,
            name=name,
            position=position,
            topic=topic,
            nsfw=nsfw,
            rate_limit_per_user=rate_limit_per_user,
            permission_overwrites=permission_overwrites,
            category=category,
            default_auto_archive_duration=default_auto_archive_duration,
        )

    async def create_guild_news_channel(
        self,
        guild: snowflakes.SnowflakeishOr,
        name: str,
        *,
        position: int | undefined.UndefinedType = _UNDEFINED,
        topic: str | undefined.UndefinedType = _UNDEFINED,
        nsfw: bool | undefined.UndefinedType = _UNDEFINED,
        rate_limit_per_user: _Interval = _UNDEFINED,
        permission_overwrites: _Overwrites = _UNDEFINED,
        category: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        default_auto_archive_duration: _Interval = _UNDEFINED,
        reason: _Reason = _UNDEFINED,
    ) -> channels.GuildNewsChannel:
        """Create an announcement channel (the guild needs the NEWS feature).

        ```python
        news = await rest.create_guild_news_channel(guild, "announcements")
        ```
        """
        return await self._create_channel(
            guild,
            channels.GuildNewsChannel,
            channels.ChannelType.GUILD_NEWS,
            reason,
            name=name,
            position=position,
            topic=topic,
            nsfw=nsfw,
            rate_limit_per_user=rate_limit_per_user,
            permission_overwrites=permission_overwrites,
            category=category,
            default_auto_archive_duration=default_auto_archive_duration,
        )

    async def create_guild_voice_channel(
        self,
        guild: snowflakes.SnowflakeishOr,
        name: str,
        *,
        position: int | undefined.UndefinedType = _UNDEFINED,
        user_limit: int | undefined.UndefinedType = _UNDEFINED,
        bitrate: int | undefined.UndefinedType = _UNDEFINED,
        video_quality_mode: channels.VideoQualityMode | int | undefined.UndefinedType = _UNDEFINED,
        permission_overwrites: _Overwrites = _UNDEFINED,
        region: _Region = _UNDEFINED,
        category: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        reason: _Reason = _UNDEFINED,
    ) -> channels.GuildVoiceChannel:
        """Create a voice channel (`user_limit` 0-99, 0 for none; `bitrate` from 8000 bits/s).

        ```python
        voice = await rest.create_guild_voice_channel(guild, "Lounge", user_limit=10, bitrate=64000)
        ```
        """
        return await self._create_channel(
            guild,
            channels.GuildVoiceChannel,
            channels.ChannelType.GUILD_VOICE,
            reason,
            name=name,
            position=position,
            user_limit=user_limit,
            bitrate=bitrate,
            video_quality_mode=video_quality_mode,
            permission_overwrites=permission_overwrites,
            region=region,
            category=category,
        )

    async def create_guild_stage_channel(
        self,
        guild: snowflakes.SnowflakeishOr,
        name: str,
        *,
        position: int | undefined.UndefinedType = _UNDEFINED,
        user_limit: int | undefined.UndefinedType = _UNDEFINED,
        bitrate: int | undefined.UndefinedType = _UNDEFINED,
        permission_overwrites: _Overwrites = _UNDEFINED,
        region: _Region = _UNDEFINED,
        category: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        reason: _Reason = _UNDEFINED,
    ) -> channels.GuildStageChannel:
        """Create a stage channel.

        ```python
        stage = await rest.create_guild_stage_channel(guild, "Town hall", user_limit=500)
        ```
        """
        return await self._create_channel(
            guild,
            channels.GuildStageChannel,
            channels.ChannelType.GUILD_STAGE,
            reason,
            name=name,
            position=position,
            user_limit=user_limit,
            bitrate=bitrate,
            permission_overwrites=permission_overwrites,
            region=region,
            category=category,
        )

    async def create_guild_forum_channel(
        self,
        guild: snowflakes.SnowflakeishOr,
        name: str,
        *,
        position: int | undefined.UndefinedType = _UNDEFINED,
        category: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        permission_overwrites: _Overwrites = _UNDEFINED,
        topic: str | undefined.UndefinedType = _UNDEFINED,
        nsfw: bool | undefined.UndefinedType = _UNDEFINED,
        rate_limit_per_user: _Interval = _UNDEFINED,
        default_auto_archive_duration: _Interval = _UNDEFINED,
        default_thread_rate_limit_per_user: _Interval = _UNDEFINED,
        default_forum_layout: channels.ForumLayoutType | int | undefined.UndefinedType = _UNDEFINED,
        default_sort_order: channels.ForumSortOrderType | int | undefined.UndefinedType = _UNDEFINED,
        available_tags: _Tags = _UNDEFINED,
        default_reaction_emoji: _Emoji = _UNDEFINED,
        reason: _Reason = _UNDEFINED,
    ) -> channels.GuildForumChannel:
        """Create a forum channel, optionally with its tags and default reaction.

        ```python
        forum = await rest.create_guild_forum_channel(guild, "help", available_tags=[ForumTag(name="bug")])
        ```
        """
        return await self._create_channel(
            guild,
            channels.GuildForumChannel,
            channels.ChannelType.GUILD_FORUM,
            reason,
            name=name,
            position=position,
            category=category,
            permission_overwrites=permission_overwrites,
            topic=topic,
            nsfw=nsfw,
            rate_limit_per_user=rate_limit_per_user,
            default_auto_archive_duration=default_auto_archive_duration,
            default_thread_rate_limit_per_user=default_thread_rate_limit_per_user,
            default_forum_layout=default_forum_layout,
            default_sort_order=default_sort_order,
            available_tags=available_tags,
            default_reaction_emoji=default_reaction_emoji,
        )

    async def create_guild_media_channel(
        self,
        guild: snowflakes.SnowflakeishOr,
        name: str,
        *,
        position: int | undefined.UndefinedType = _UNDEFINED,
        category: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        permission_overwrites: _Overwrites = _UNDEFINED,
        topic: str | undefined.UndefinedType = _UNDEFINED,
        nsfw: bool | undefined.UndefinedType = _UNDEFINED,
        rate_limit_per_user: _Interval = _UNDEFINED,
        default_auto_archive_duration: _Interval = _UNDEFINED,
        default_thread_rate_limit_per_user: _Interval = _UNDEFINED,
        default_forum_layout: channels.ForumLayoutType | int | undefined.UndefinedType = _UNDEFINED,
        default_sort_order: channels.ForumSortOrderType | int | undefined.UndefinedType = _UNDEFINED,
        available_tags: _Tags = _UNDEFINED,
        default_reaction_emoji: _Emoji = _UNDEFINED,
        reason: _Reason = _UNDEFINED,
    ) -> channels.GuildMediaChannel:
        """Create a media channel: a forum of images and videos.

        ```python
        gallery = await rest.create_guild_media_channel(guild, "art", default_reaction_emoji="🎨")
        ```
        """
        return await self._create_channel(
            guild,
            channels.GuildMediaChannel,
            channels.ChannelType.GUILD_MEDIA,
            reason,
            name=name,
            position=position,
            category=category,
            permission_overwrites=permission_overwrites,
            topic=topic,
            nsfw=nsfw,
            rate_limit_per_user=rate_limit_per_user,
            default_auto_archive_duration=default_auto_archive_duration,
            default_thread_rate_limit_per_user=default_thread_rate_limit_per_user,
            default_forum_layout=default_forum_layout,
            default_sort_order=default_sort_order,
            available_tags=available_tags,
            default_reaction_emoji=default_reaction_emoji,
        )

    async def create_guild_category(
        self,
        guild: snowflakes.SnowflakeishOr,
        name: str,
        *,
        position: int | undefined.UndefinedType = _UNDEFINED,
        permission_overwrites: _Overwrites = _UNDEFINED,
        reason: _Reason = _UNDEFINED,
    ) -> channels.GuildCategory:
        """Create a category other channels can sit under.

        ```python
        staff = await rest.create_guild_category(guild, "Staff", position=0)
        ```
        """
        return await self._create_channel(
            guild,
            channels.GuildCategory,
            channels.ChannelType.GUILD_CATEGORY,
            reason,
            name=name,
            position=position,
            permission_overwrites=permission_overwrites,
        )

    async def edit_channel(
        self,
        channel: snowflakes.SnowflakeishOr,
        /,
        *,
        name: str | undefined.UndefinedType = _UNDEFINED,
        icon: files.Resourceish | undefined.UndefinedType | None = _UNDEFINED,
        flags: channels.ChannelFlag | undefined.UndefinedType = _UNDEFINED,
        position: int | undefined.UndefinedType = _UNDEFINED,
        topic: str | undefined.UndefinedType = _UNDEFINED,
        nsfw: bool | undefined.UndefinedType = _UNDEFINED,
        bitrate: int | undefined.UndefinedType = _UNDEFINED,
        video_quality_mode: channels.VideoQualityMode | int | undefined.UndefinedType = _UNDEFINED,
        user_limit: int | undefined.UndefinedType = _UNDEFINED,
        rate_limit_per_user: _Interval = _UNDEFINED,
        region: voices.VoiceRegion | str | undefined.UndefinedType | None = _UNDEFINED,
        permission_overwrites: _Overwrites = _UNDEFINED,
        parent_category: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        default_auto_archive_duration: _Interval = _UNDEFINED,
        default_thread_rate_limit_per_user: _Interval = _UNDEFINED,
        default_forum_layout: channels.ForumLayoutType | int | undefined.UndefinedType = _UNDEFINED,
        default_sort_order: channels.ForumSortOrderType | int | undefined.UndefinedType = _UNDEFINED,
        available_tags: _Tags = _UNDEFINED,
        default_reaction_emoji: _Emoji | None = _UNDEFINED,
        archived: bool | undefined.UndefinedType = _UNDEFINED,
        locked: bool | undefined.UndefinedType = _UNDEFINED,
        invitable: bool | undefined.UndefinedType = _UNDEFINED,
        auto_archive_duration: _Interval = _UNDEFINED,
        applied_tags: typing.Sequence[snowflakes.SnowflakeishOr] | undefined.UndefinedType = _UNDEFINED,
        reason: _Reason = _UNDEFINED,
    ) -> channels.PartialChannel:
        """Change a guild channel, thread or group DM; only what is given changes (`None` clears
        `icon`, `region` and `default_reaction_emoji`). Needs MANAGE_CHANNELS (MANAGE_ROLES too
        for `permission_overwrites`).

        ```python
        channel = await rest.edit_channel(channel, name="rules", topic="Read me", rate_limit_per_user=10)
        ```
        """
        body = channel_body(
            name=name,
            flags=flags,
            position=position,
            topic=topic,
            nsfw=nsfw,
            bitrate=bitrate,
            video_quality_mode=video_quality_mode,
            user_limit=user_limit,
            rate_limit_per_user=rate_limit_per_user,
            region=region,
            permission_overwrites=permission_overwrites,
            parent_category=parent_category,
            default_auto_archive_duration=default_auto_archive_duration,
            default_thread_rate_limit_per_user=default_thread_rate_limit_per_user,
            default_forum_layout=default_forum_layout,
            default_sort_order=default_sort_order,
            available_tags=available_tags,
            default_reaction_emoji=default_reaction_emoji,
            archived=archived,
            locked=locked,
            invitable=invitable,
            auto_archive_duration=auto_archive_duration,
            applied_tags=applied_tags,
        )
        await images.put_image(body, "icon", icon)
        payload = await self.request(_channel_route(routes.PATCH_CHANNEL, channel), json=body, reason=reason)
        return channels.channel_from_payload(payload, app=self)

    async def delete_channel(
        self, channel: snowflakes.SnowflakeishOr, reason: _Reason = _UNDEFINED
    ) -> channels.PartialChannel:
        """Delete a guild channel or thread, or close a DM; returns what was deleted. A category's
        channels stay, without a parent.

        ```python
        gone = await rest.delete_channel(channel, reason="spam")
        ```
        """
        payload = await self.request(_channel_route(routes.DELETE_CHANNEL, channel), reason=reason)
        return channels.channel_from_payload(payload, app=self)

    def reposition_channels(
        self,
        guild: snowflakes.SnowflakeishOr,
        positions: typing.Mapping[int, snowflakes.SnowflakeishOr] | undefined.UndefinedType = _UNDEFINED,
        reason: _Reason = _UNDEFINED,
    ) -> ChannelRepositioner:
        """Move channels (position -> channel); await the result to send it. Needs MANAGE_CHANNELS.

        ```python
        await rest.reposition_channels(guild, {0: rules, 1: general})
        ```
        """
        repositioner = ChannelRepositioner(guild, self, reason)
        for position, channel in (positions or {}).items():
            repositioner.add_reposition_channel(position, channel)
        return repositioner

    async def edit_permission_overwrite(
        self,
        channel: snowflakes.SnowflakeishOr,
        target: _OverwriteTarget,
        *,
        target_type: channels.PermissionOverwriteType | int | undefined.UndefinedType = _UNDEFINED,
        allow: permissions_.Permissions | undefined.UndefinedType = _UNDEFINED,
        deny: permissions_.Permissions | undefined.UndefinedType = _UNDEFINED,
        reason: _Reason = _UNDEFINED,
    ) -> None:
        """Set what a channel allows and denies one role or member (needs MANAGE_ROLES, and only
        permissions the bot has). `target_type` is needed when `target` is a bare ID.

        ```python
        await rest.edit_permission_overwrite(channel, role, deny=Permissions.SEND_MESSAGES)
        ```
        """
        body = payloads.Payload(type=int(_overwrite_type(target, target_type)))
        body.put_int_string("allow", allow)
        body.put_int_string("deny", deny)
        route = _overwrite_route(routes.PUT_CHANNEL_PERMISSIONS, channel, _target_id(target))
        await self.request(route, json=body, reason=reason)

    async def delete_permission_overwrite(
        self,
        channel: snowflakes.SnowflakeishOr,
        target: _OverwriteTarget,
        reason: _Reason = _UNDEFINED,
    ) -> None:
        """Remove a role's or member's overwrite from a channel (needs MANAGE_ROLES).

        ```python
        await rest.delete_permission_overwrite(channel, role)
        ```
        """
        route = _overwrite_route(routes.DELETE_CHANNEL_PERMISSIONS, channel, _target_id(target))
        await self.request(route, reason=reason)

    async def set_voice_channel_status(
        self, channel: snowflakes.SnowflakeishOr, status: str | None, *, reason: _Reason = _UNDEFINED
    ) -> None:
        """Set the short status shown on a voice channel (up to 500 characters; `None` clears it).

        ```python
        await rest.set_voice_channel_status(voice, "Movie night 🍿")
        ```
        """
        body = payloads.Payload(status=status)
        await self.request(_channel_route(routes.PUT_CHANNEL_VOICE_STATUS, channel), json=body, reason=reason)


def _target_id(target: _OverwriteTarget) -> snowflakes.SnowflakeishOr:
    return target.id if isinstance(target, channels.PermissionOverwrite) else target
