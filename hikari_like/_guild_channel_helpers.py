"""The channel helpers hikari users call on a guild (`guild.create_text_channel(...)`), each one
call of the REST client's channel endpoint of the same settings.

A base of `guilds.PartialGuild` (so of `Guild`, `RESTGuild`, `GuildPreview`, `OwnGuild`).

```python
staff = await guild.create_category("Staff")
mods = await guild.create_text_channel("mods", category=staff, topic="Mods only")
await guild.delete_channel(mods)
```
"""

from __future__ import annotations

__all__ = ["GuildChannelHelpers"]

import typing

from hikari_like.undefined import UNDEFINED

if typing.TYPE_CHECKING:
    import datetime

    from hikari_like import channels
    from hikari_like import emojis
    from hikari_like import snowflakes
    from hikari_like import traits
    from hikari_like import undefined
    from hikari_like import voices

    _Interval: typing.TypeAlias = undefined.UndefinedOr[float | datetime.timedelta]
    _Overwrites: typing.TypeAlias = undefined.UndefinedOr[typing.Sequence[channels.PermissionOverwrite]]
    _Category: typing.TypeAlias = undefined.UndefinedOr[snowflakes.SnowflakeishOr]


class GuildChannelHelpers:
    """`create_text_channel`, `create_news_channel`, `create_voice_channel`, `create_stage_channel`,
    `create_forum_channel`, `create_category` and `delete_channel` on a guild."""

    __slots__ = ()

    if typing.TYPE_CHECKING:
        app: traits.RESTAware
        id: snowflakes.Snowflake

    async def create_text_channel(
        self,
        name: str,
        *,
        position: undefined.UndefinedOr[int] = UNDEFINED,
        topic: undefined.UndefinedOr[str] = UNDEFINED,
        nsfw: undefined.UndefinedOr[bool] = UNDEFINED,
        rate_limit_per_user: _Interval = UNDEFINED,
        permission_overwrites: _Overwrites = UNDEFINED,
        category: _Category = UNDEFINED,
        reason: undefined.UndefinedOr[str] = UNDEFINED,
    ) -> channels.GuildTextChannel:
        """A new text channel in this guild (`rest.create_guild_text_channel`).

        ```python
        channel = await guild.create_text_channel("general", topic="Say hi")
        ```
        """
        return await self.app.rest.create_guild_text_channel(
            self.id,
            name,
            position=position,
            topic=topic,
            nsfw=nsfw,
            rate_limit_per_user=rate_limit_per_user,
            permission_overwrites=permission_overwrites,
            category=category,
            reason=reason,
        )

    async def create_news_channel(
        self,
        name: str,
        *,
        position: undefined.UndefinedOr[int] = UNDEFINED,
        topic: undefined.UndefinedOr[str] = UNDEFINED,
        nsfw: undefined.UndefinedOr[bool] = UNDEFINED,
        rate_limit_per_user: _Interval = UNDEFINED,
        permission_overwrites: _Overwrites = UNDEFINED,
        category: _Category = UNDEFINED,
        reason: undefined.UndefinedOr[str] = UNDEFINED,
    ) -> channels.GuildNewsChannel:
        """A new announcement channel in this guild (`rest.create_guild_news_channel`).

        ```python
        news = await guild.create_news_channel("announcements")
        ```
        """
        return await self.app.rest.create_guild_news_channel(
            self.id,
            name,
            position=position,
            topic=topic,
            nsfw=nsfw,
            rate_limit_per_user=rate_limit_per_user,
            permission_overwrites=permission_overwrites,
            category=category,
            reason=reason,
        )

    async def create_voice_channel(
        self,
        name: str,
        *,
        position: undefined.UndefinedOr[int] = UNDEFINED,
        user_limit: undefined.UndefinedOr[int] = UNDEFINED,
        bitrate: undefined.UndefinedOr[int] = UNDEFINED,
        video_quality_mode: undefined.UndefinedOr[channels.VideoQualityMode | int] = UNDEFINED,
        permission_overwrites: _Overwrites = UNDEFINED,
        region: undefined.UndefinedOr[voices.VoiceRegion | str] = UNDEFINED,
        category: _Category = UNDEFINED,
        reason: undefined.UndefinedOr[str] = UNDEFINED,
    ) -> channels.GuildVoiceChannel:
        """A new voice channel in this guild (`rest.create_guild_voice_channel`).

        ```python
        voice = await guild.create_voice_channel("Lounge", user_limit=10)
        ```
        """
        return await self.app.rest.create_guild_voice_channel(
            self.id,
            name,
            position=position,
            user_limit=user_limit,
            bitrate=bitrate,
            video_quality_mode=video_quality_mode,
            permission_overwrites=permission_overwrites,
            region=region,
            category=category,
            reason=reason,
        )

    async def create_stage_channel(
        self,
        name: str,
        *,
        position: undefined.UndefinedOr[int] = UNDEFINED,
        user_limit: undefined.UndefinedOr[int] = UNDEFINED,
        bitrate: undefined.UndefinedOr[int] = UNDEFINED,
        permission_overwrites: _Overwrites = UNDEFINED,
        region: undefined.UndefinedOr[voices.VoiceRegion | str] = UNDEFINED,
        category: _Category = UNDEFINED,
        reason: undefined.UndefinedOr[str] = UNDEFINED,
    ) -> channels.GuildStageChannel:
        """A new stage channel in this guild (`rest.create_guild_stage_channel`).

        ```python
        stage = await guild.create_stage_channel("Town hall")
        ```
        """
        return await self.app.rest.create_guild_stage_channel(
            self.id,
            name,
            position=position,
            user_limit=user_limit,
            bitrate=bitrate,
            permission_overwrites=permission_overwrites,
            region=region,
            category=category,
            reason=reason,
        )

    async def create_forum_channel(
        self,
        name: str,
        *,
        position: undefined.UndefinedOr[int] = UNDEFINED,
        category: _Category = UNDEFINED,
        permission_overwrites: _Overwrites = UNDEFINED,
        topic: undefined.UndefinedOr[str] = UNDEFINED,
        nsfw: undefined.UndefinedOr[bool] = UNDEFINED,
        rate_limit_per_user: _Interval = UNDEFINED,
        default_auto_archive_duration: _Interval = UNDEFINED,
        default_thread_rate_limit_per_user: _Interval = UNDEFINED,
        default_forum_layout: undefined.UndefinedOr[channels.ForumLayoutType | int] = UNDEFINED,
        default_sort_order: undefined.UndefinedOr[channels.ForumSortOrderType | int] = UNDEFINED,
        available_tags: undefined.UndefinedOr[typing.Sequence[channels.ForumTag]] = UNDEFINED,
        default_reaction_emoji: str
        | emojis.Emoji
        | undefined.UndefinedType
        | snowflakes.Snowflake = UNDEFINED,
        reason: undefined.UndefinedOr[str] = UNDEFINED,
    ) -> channels.GuildForumChannel:
        """A new forum channel in this guild (`rest.create_guild_forum_channel`).

        ```python
        forum = await guild.create_forum_channel("help", available_tags=[ForumTag(name="bug")])
        ```
        """
        return await self.app.rest.create_guild_forum_channel(
            self.id,
            name,
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
            reason=reason,
        )

    async def create_category(
        self,
        name: str,
        *,
        position: undefined.UndefinedOr[int] = UNDEFINED,
        permission_overwrites: _Overwrites = UNDEFINED,
        reason: undefined.UndefinedOr[str] = UNDEFINED,
    ) -> channels.GuildCategory:
        """A new category in this guild (`rest.create_guild_category`).

        ```python
        staff = await guild.create_category("Staff")
        ```
        """
        return await self.app.rest.create_guild_category(
            self.id, name, position=position, permission_overwrites=permission_overwrites, reason=reason
        )

    async def delete_channel(self, channel: snowflakes.SnowflakeishOr) -> channels.GuildChannel:
        """Delete one of this guild's channels; returns what was deleted (`rest.delete_channel`).

        ```python
        await guild.delete_channel(channel_id)
        ```
        """
        # Discord answers with the guild channel deleted, which reads as a GuildChannel.
        return typing.cast("channels.GuildChannel", await self.app.rest.delete_channel(channel))
