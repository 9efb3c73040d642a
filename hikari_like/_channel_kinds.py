"""Every kind of channel REST returns: DMs, text, announcement, voice, stage, categories, forums, threads.

Re-exported by `hikari_like.channels`, which loads this module when one of its names is first
used. `from_payload` (`channels.channel_from_payload`) picks the class by the channel's type.

```python
channel = channel_from_payload(payload, app=rest)
if isinstance(channel, GuildVoiceChannel):
    print(channel.bitrate, channel.user_limit)
```
"""

from __future__ import annotations

__all__ = [
    "ChannelFollow",
    "DMChannel",
    "ForumLayoutType",
    "ForumSortOrderType",
    "ForumTag",
    "GroupDMChannel",
    "GuildCategory",
    "GuildChannel",
    "GuildForumChannel",
    "GuildMediaChannel",
    "GuildNewsChannel",
    "GuildNewsThread",
    "GuildPrivateThread",
    "GuildPublicThread",
    "GuildStageChannel",
    "GuildTextChannel",
    "GuildThreadChannel",
    "GuildVoiceChannel",
    "PermissibleGuildChannel",
    "PrivateChannel",
    "TextableChannel",
    "TextableGuildChannel",
    "ThreadMember",
    "VideoQualityMode",
    "WebhookChannelT",
    "WebhookChannelTypes",
    "from_payload",
    "thread_from_payload",
]

import datetime
import typing

import attrs

from hikari_like import _textable
from hikari_like import emojis
from hikari_like import files
from hikari_like import guilds
from hikari_like import snowflakes
from hikari_like import users
from hikari_like.channels import ChannelFlag
from hikari_like.channels import ChannelType
from hikari_like.channels import PartialChannel
from hikari_like.channels import PermissionOverwrite
from hikari_like.channels import ThreadMetadata
from hikari_like.channels import partial_fields
from hikari_like.internal import cdn
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read
from hikari_like.undefined import UNDEFINED

if typing.TYPE_CHECKING:
    from hikari_like import permissions
    from hikari_like import traits
    from hikari_like import undefined
    from hikari_like import voices
    from hikari_like import webhooks
    from hikari_like.channels import PermissionOverwriteType
    from hikari_like.internal.json import JSONObject

_Fields: typing.TypeAlias = dict[str, typing.Any]


class VideoQualityMode(enums.TolerantIntEnum):
    """The camera video quality of a voice or stage channel."""

    AUTO = 1
    FULL = 2


class ForumSortOrderType(enums.TolerantIntEnum):
    """How a forum or media channel orders its posts by default."""

    LATEST_ACTIVITY = 0
    CREATION_DATE = 1


class ForumLayoutType(enums.TolerantIntEnum):
    """How a forum channel shows its posts by default."""

    NOT_SET = 0
    LIST_VIEW = 1
    GALLERY_VIEW = 2


# -- reading helpers ----------------------------------------------------------------------------------

# Discord's durations are seconds to a week; a timedelta holds far more, but not any integer.
_MAX_UNITS: typing.Final = 1 << 31


def _seconds(value: object) -> datetime.timedelta:
    return datetime.timedelta(seconds=read.integer(value, 0, _MAX_UNITS) or 0)


def _minutes(value: object) -> datetime.timedelta:
    return datetime.timedelta(minutes=read.integer(value, 0, _MAX_UNITS) or 0)


def _id(value: object) -> snowflakes.Snowflake | None:
    return snowflakes.parse_or_none(value)


# -- private channels ----------------------------------------------------------------------------------


@attrs.define(kw_only=True, unsafe_hash=True)
class TextableChannel(PartialChannel, _textable.TextableHelpers):
    """A channel messages can be sent to (DMs, text, announcement, voice, stage channels, threads):
    `await channel.send("hi")`."""


@attrs.define(kw_only=True, unsafe_hash=True)
class PrivateChannel(PartialChannel):
    """A channel outside any guild: a DM or a group DM."""

    last_message_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)


@attrs.define(kw_only=True, unsafe_hash=True)
class DMChannel(PrivateChannel, TextableChannel):
    """A direct-message channel between the bot and one user.

    >>> dm.recipient.username
    'Wumpus'
    """

    recipient: users.User | None = attrs.field(eq=False)
    """The other user; `None` if Discord sent no recipient."""

    @property
    def shard_id(self) -> typing.Literal[0]:
        """Always 0: DMs reach the first shard (as in hikari, whatever the app runs)."""
        return 0

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> DMChannel:
        """Read a DM channel object (a recipient it cannot read is `None`)."""
        recipients = read.each(
            read.objects(payload.get("recipients")), lambda user: users.User.from_payload(user, app=app)
        )
        return cls(
            **partial_fields(payload, app),
            last_message_id=_id(payload.get("last_message_id")),
            recipient=recipients[0] if recipients else None,
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class GroupDMChannel(PrivateChannel):
    """A group DM: a private channel of up to ten users.

    >>> sorted(user.username for user in group.recipients.values())
    ['nelly', 'test']
    """

    owner_id: snowflakes.Snowflake = attrs.field(eq=False, repr=False)
    icon_hash: str | None = attrs.field(eq=False, repr=False)
    nicknames: typing.MutableMapping[snowflakes.Snowflake, str] = attrs.field(eq=False, repr=False)
    """Nicknames set in the group (bots' group DMs only; Discord seldom sends them)."""
    recipients: typing.Mapping[snowflakes.Snowflake, users.User] = attrs.field(eq=False, repr=False)
    application_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    """The application that created the group, if one did."""
    is_managed: bool = attrs.field(eq=False, repr=False)

    def make_icon_url(
        self,
        *,
        file_format: typing.Literal["PNG", "JPEG", "JPG", "WEBP"] = "PNG",
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The group's icon on Discord's CDN; `None` without one."""
        if self.icon_hash is None:
            return None
        return cdn.image_url(
            f"channel-icons/{self.id}",
            self.icon_hash,
            file_format=file_format,
            size=size,
            lossless=lossless,
            formats=cdn.STATIC_FORMATS,
        )

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> GroupDMChannel:
        """Read a group DM channel object; the owner is required (`KeyError`/`TypeError`/`ValueError`)."""
        get = payload.get
        found = read.each(
            read.objects(get("recipients")), lambda user: users.User.from_payload(user, app=app)
        )
        return cls(
            **partial_fields(payload, app),
            last_message_id=_id(get("last_message_id")),
            owner_id=snowflakes.parse(payload["owner_id"]),
            icon_hash=read.text(get("icon")),
            nicknames={},
            recipients={user.id: user for user in found},
            application_id=_id(get("application_id")),
            is_managed=get("managed") is True,
        )


# -- guild channels -----------------------------------------------------------------------------------


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildChannel(PartialChannel):
    """Any channel in a guild: categories, voice, forums, threads... (and types not known yet)."""

    guild_id: snowflakes.Snowflake = attrs.field(eq=False)
    application_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False, default=None)
    """hikari reads it on every guild channel; Discord sends it for group DMs only."""
    parent_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    """The category or, for threads, the parent channel."""
    position: int = attrs.field(eq=False, repr=False)
    is_nsfw: bool = attrs.field(eq=False, repr=False)

    @property
    def shard_id(self) -> int | None:
        """The gateway shard that hears this channel's guild, when the app runs shards; `None` otherwise."""
        return guilds.shard_id_of(self.app, self.guild_id)

    def get_guild(self) -> guilds.Guild | None:
        """This channel's guild from the app's cache. hikari_like keeps no cache, so this is
        always `None`, as in hikari without one; `await channel.fetch_guild()` asks Discord."""
        return None

    async def fetch_guild(self) -> guilds.RESTGuild:
        """This channel's guild, over REST (`rest.fetch_guild`)."""
        return await self.app.rest.fetch_guild(self.guild_id)

    async def edit(
        self,
        *,
        name: undefined.UndefinedOr[str] = UNDEFINED,
        position: undefined.UndefinedOr[int] = UNDEFINED,
        topic: undefined.UndefinedOr[str] = UNDEFINED,
        nsfw: undefined.UndefinedOr[bool] = UNDEFINED,
        bitrate: undefined.UndefinedOr[int] = UNDEFINED,
        video_quality_mode: undefined.UndefinedOr[VideoQualityMode | int] = UNDEFINED,
        user_limit: undefined.UndefinedOr[int] = UNDEFINED,
        rate_limit_per_user: undefined.UndefinedOr[float | datetime.timedelta] = UNDEFINED,
        region: undefined.UndefinedOr[voices.VoiceRegion | str] = UNDEFINED,
        permission_overwrites: undefined.UndefinedOr[typing.Sequence[PermissionOverwrite]] = UNDEFINED,
        parent_category: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = UNDEFINED,
        default_auto_archive_duration: undefined.UndefinedOr[float | datetime.timedelta] = UNDEFINED,
        flags: undefined.UndefinedOr[ChannelFlag] = UNDEFINED,
        archived: undefined.UndefinedOr[bool] = UNDEFINED,
        auto_archive_duration: undefined.UndefinedOr[float | datetime.timedelta] = UNDEFINED,
        locked: undefined.UndefinedOr[bool] = UNDEFINED,
        invitable: undefined.UndefinedOr[bool] = UNDEFINED,
        applied_tags: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]] = UNDEFINED,
        reason: undefined.UndefinedOr[str] = UNDEFINED,
    ) -> PartialChannel:
        """Change this channel; only what is given changes (`rest.edit_channel`).

        ```python
        await channel.edit(name="rules", rate_limit_per_user=10)
        ```
        """
        return await self.app.rest.edit_channel(
            self.id,
            name=name,
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
            flags=flags,
            archived=archived,
            auto_archive_duration=auto_archive_duration,
            locked=locked,
            invitable=invitable,
            applied_tags=applied_tags,
            reason=reason,
        )

    @classmethod
    def from_payload(
        cls, payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None = None
    ) -> typing.Self:
        """Read a guild channel object of this class's kind (`guild_id` when the payload leaves it out)."""
        return cls(**cls._fields(payload, app, guild_id))

    @classmethod
    def _fields(
        cls, payload: JSONObject, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None
    ) -> _Fields:
        get = payload.get
        return {
            **partial_fields(payload, app),
            # Required; a template's channels have none, so the caller passes the guild's.
            "guild_id": guild_id if guild_id is not None else snowflakes.parse(payload["guild_id"]),
            "application_id": _id(get("application_id")),
            "parent_id": _id(get("parent_id")),
            "position": read.integer(get("position")) or 0,
            "is_nsfw": get("nsfw") is True,
        }


@attrs.define(kw_only=True, unsafe_hash=True)
class TextableGuildChannel(GuildChannel, TextableChannel):
    """A guild channel messages can be sent to."""


@attrs.define(kw_only=True, unsafe_hash=True)
class PermissibleGuildChannel(GuildChannel):
    """A guild channel with permission overwrites (every kind but threads)."""

    permission_overwrites: typing.Mapping[snowflakes.Snowflake, PermissionOverwrite] = attrs.field(
        eq=False, repr=False
    )
    flags: ChannelFlag = attrs.field(eq=False, repr=False)

    async def edit_overwrite(
        self,
        target: snowflakes.SnowflakeishOr | PermissionOverwrite,
        *,
        target_type: undefined.UndefinedOr[PermissionOverwriteType | int] = UNDEFINED,
        allow: undefined.UndefinedOr[permissions.Permissions] = UNDEFINED,
        deny: undefined.UndefinedOr[permissions.Permissions] = UNDEFINED,
        reason: undefined.UndefinedOr[str] = UNDEFINED,
    ) -> None:
        """Set what this channel allows and denies a role or member (`rest.edit_permission_overwrite`).

        ```python
        await channel.edit_overwrite(role, deny=Permissions.SEND_MESSAGES)
        ```
        """
        await self.app.rest.edit_permission_overwrite(
            self.id, target, target_type=target_type, allow=allow, deny=deny, reason=reason
        )

    async def remove_overwrite(self, target: snowflakes.SnowflakeishOr | PermissionOverwrite) -> None:
        """Remove a role's or member's overwrite from this channel (`rest.delete_permission_overwrite`).

        ```python
        await channel.remove_overwrite(role)
        ```
        """
        await self.app.rest.delete_permission_overwrite(self.id, target)

    @classmethod
    def _fields(
        cls, payload: JSONObject, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None
    ) -> _Fields:
        get = payload.get
        overwrites = read.each(read.objects(get("permission_overwrites")), PermissionOverwrite.from_payload)
        return {
            **super()._fields(payload, app, guild_id),
            "permission_overwrites": {overwrite.id: overwrite for overwrite in overwrites},
            "flags": ChannelFlag(read.natural(get("flags")) or 0),
        }


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildCategory(PermissibleGuildChannel):
    """A category: a heading other channels sit under (its `parent_id` is always `None`)."""


@attrs.define(kw_only=True, unsafe_hash=True)
class _MessageChannel(PermissibleGuildChannel, TextableGuildChannel):
    """What text and announcement channels share."""

    topic: str | None = attrs.field(eq=False, repr=False)
    last_message_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    last_pin_timestamp: datetime.datetime | None = attrs.field(eq=False, repr=False)
    default_auto_archive_duration: datetime.timedelta = attrs.field(eq=False, repr=False)
    """How long new threads stay active without messages."""

    @classmethod
    def _fields(
        cls, payload: JSONObject, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None
    ) -> _Fields:
        get = payload.get
        return {
            **super()._fields(payload, app, guild_id),
            "topic": read.text(get("topic")),
            "last_message_id": _id(get("last_message_id")),
            "last_pin_timestamp": read.timestamp(get("last_pin_timestamp")),
            "default_auto_archive_duration": _minutes(get("default_auto_archive_duration") or 1440),
        }


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildNewsChannel(_MessageChannel):
    """An announcement channel, whose messages other guilds can follow.

    >>> news.topic
    'Rumors about Half Life 3'
    """


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildTextChannel(_MessageChannel):
    """A guild text channel.

    >>> text.rate_limit_per_user
    datetime.timedelta(0)
    """

    rate_limit_per_user: datetime.timedelta = attrs.field(eq=False, repr=False)
    """Slow mode: how long a member waits between two messages."""

    @classmethod
    def _fields(
        cls, payload: JSONObject, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None
    ) -> _Fields:
        return {
            **super()._fields(payload, app, guild_id),
            "rate_limit_per_user": _seconds(payload.get("rate_limit_per_user")),
        }


@attrs.define(kw_only=True, unsafe_hash=True)
class _AudioChannel(PermissibleGuildChannel, TextableGuildChannel):
    """What voice and stage channels share (each also has a text chat)."""

    bitrate: int = attrs.field(eq=False, repr=False)
    """Bits per second."""
    region: str | None = attrs.field(eq=False, repr=False)
    """The voice region (Discord's `rtc_region`); `None` picks one automatically."""
    user_limit: int = attrs.field(eq=False, repr=False)
    """At most this many users at once; 0 for no limit."""
    video_quality_mode: VideoQualityMode = attrs.field(eq=False, repr=False)
    last_message_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)

    @classmethod
    def _fields(
        cls, payload: JSONObject, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None
    ) -> _Fields:
        get = payload.get
        return {
            **super()._fields(payload, app, guild_id),
            "bitrate": read.natural(get("bitrate")) or 0,
            "region": read.text(get("rtc_region")),
            "user_limit": read.natural(get("user_limit")) or 0,
            "video_quality_mode": VideoQualityMode(read.natural(get("video_quality_mode")) or 1),
            "last_message_id": _id(get("last_message_id")),
        }


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildVoiceChannel(_AudioChannel):
    """A voice channel.

    >>> voice.bitrate, voice.user_limit
    (64000, 0)
    """


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildStageChannel(_AudioChannel):
    """A stage channel: speakers on stage, an audience listening."""


@attrs.define(kw_only=True, unsafe_hash=True)
class ForumTag(snowflakes.UniqueEntity):
    """A tag posts in a forum or media channel can carry; build one to set a channel's tags.

    >>> ForumTag(name="bug", emoji="🐛").unicode_emoji
    UnicodeEmoji('🐛')
    """

    id: snowflakes.Snowflake = attrs.field(
        hash=True, default=snowflakes.Snowflake(0), converter=snowflakes.Snowflake
    )
    """0 for a tag not created yet."""
    name: str = attrs.field(eq=False)
    moderated: bool = attrs.field(eq=False, default=False)
    """Whether only members who can manage threads can add or remove it."""
    _emoji: str | int | emojis.Emoji | None = attrs.field(eq=False, default=None, alias="emoji")

    @property
    def emoji_id(self) -> snowflakes.Snowflake | None:
        """The custom emoji's ID, if the tag shows one."""
        if isinstance(self._emoji, emojis.CustomEmoji):
            return self._emoji.id
        if isinstance(self._emoji, int):
            return snowflakes.Snowflake(self._emoji)
        return None

    @property
    def unicode_emoji(self) -> emojis.UnicodeEmoji | None:
        """The Unicode emoji, if the tag shows one."""
        if isinstance(self._emoji, str):
            return emojis.UnicodeEmoji(self._emoji)
        return None

    @classmethod
    def from_payload(cls, payload: JSONObject) -> ForumTag:
        """Read a forum tag object (`KeyError`/`TypeError`/`ValueError` without an ID)."""
        get = payload.get
        emoji_id, emoji_name = _id(get("emoji_id")), read.text(get("emoji_name"))
        return cls(
            id=snowflakes.parse(payload["id"]),
            name=read.text(get("name")) or "",
            moderated=get("moderated") is True,
            emoji=emojis.CustomEmoji(id=emoji_id, name=None, is_animated=False) if emoji_id else emoji_name,
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class _ThreadOnlyChannel(PermissibleGuildChannel):
    """What forum and media channels share: channels of posts (threads), not messages."""

    topic: str | None = attrs.field(eq=False, repr=False)
    """The guidelines shown to posters."""
    last_thread_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    rate_limit_per_user: datetime.timedelta = attrs.field(eq=False, repr=False)
    """Slow mode for creating posts."""
    default_thread_rate_limit_per_user: datetime.timedelta = attrs.field(eq=False, repr=False)
    default_auto_archive_duration: datetime.timedelta = attrs.field(eq=False, repr=False)
    available_tags: typing.Sequence[ForumTag] = attrs.field(eq=False, repr=False)
    default_sort_order: ForumSortOrderType = attrs.field(eq=False, repr=False)
    default_layout: ForumLayoutType = attrs.field(eq=False, repr=False)
    default_reaction_emoji_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    default_reaction_emoji_name: str | emojis.UnicodeEmoji | None = attrs.field(eq=False, repr=False)

    @classmethod
    def _fields(
        cls, payload: JSONObject, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None
    ) -> _Fields:
        get = payload.get
        reaction = read.mapping(get("default_reaction_emoji"))
        reaction_id, reaction_name = _id(reaction.get("emoji_id")), read.text(reaction.get("emoji_name"))
        return {
            **super()._fields(payload, app, guild_id),
            "topic": read.text(get("topic")),
            "last_thread_id": _id(get("last_message_id")),
            "rate_limit_per_user": _seconds(get("rate_limit_per_user")),
            "default_thread_rate_limit_per_user": _seconds(get("default_thread_rate_limit_per_user")),
            "default_auto_archive_duration": _minutes(get("default_auto_archive_duration") or 1440),
            "available_tags": read.each(read.objects(get("available_tags")), ForumTag.from_payload),
            "default_sort_order": ForumSortOrderType(read.natural(get("default_sort_order")) or 0),
            "default_layout": ForumLayoutType(read.natural(get("default_forum_layout")) or 0),
            "default_reaction_emoji_id": reaction_id,
            "default_reaction_emoji_name": (
                emojis.UnicodeEmoji(reaction_name) if reaction_name and reaction_id is None else reaction_name
            ),
        }


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildForumChannel(_ThreadOnlyChannel):
    """A forum channel: posts (threads) with tags, shown as a list or a gallery."""


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildMediaChannel(_ThreadOnlyChannel):
    """A media channel: a forum whose posts are images and videos."""


# -- threads --------------------------------------------------------------------------------------------


@attrs.define(kw_only=True)
class ThreadMember:
    """A user's membership of a thread (`rest.fetch_thread_member(s)`, a thread's own `member`).

    >>> async for thread_member in rest.fetch_thread_members(thread):
    ...     print(thread_member.user_id, thread_member.member.display_name)
    """

    thread_id: snowflakes.Snowflake
    user_id: snowflakes.Snowflake
    joined_at: datetime.datetime | None
    """When the user last joined the thread (`None` if Discord sent no time)."""
    flags: int
    """Notification settings (Discord documents no bits)."""
    # Not a constructor argument: hikari's ThreadMember takes the four fields above only.
    member: guilds.Member | None = attrs.field(init=False, default=None, eq=False, repr=False)
    """The user as a member of the guild, when Discord sent it (`with_member`, which
    `fetch_thread_members` asks for) and the guild is known (the thread was given as a guild
    channel object, not an ID: Discord's thread member object does not name its guild)."""

    @classmethod
    def from_payload(
        cls,
        payload: JSONObject,
        *,
        thread_id: snowflakes.Snowflake | None = None,
        user_id: snowflakes.Snowflake | None = None,
        app: traits.RESTAware | None = None,
        guild_id: snowflakes.Snowflake | None = None,
    ) -> ThreadMember:
        """Read a thread member object; pass the thread's and user's IDs when Discord leaves them
        out, and the app and guild to read its guild `member` too."""
        get = payload.get
        thread_member = cls(
            thread_id=_id(get("id")) or thread_id or snowflakes.Snowflake(0),
            user_id=_id(get("user_id")) or user_id or snowflakes.Snowflake(0),
            joined_at=read.timestamp(get("join_timestamp")),
            flags=read.natural(get("flags")) or 0,
        )
        if app is not None and guild_id is not None:
            thread_member.member = _guild_member(get("member"), app, guild_id)
        return thread_member


def _guild_member(
    payload: object, app: traits.RESTAware, guild_id: snowflakes.Snowflake
) -> guilds.Member | None:
    """A guild member object with its `user`; `None` when absent or unreadable."""
    member = read.mapping(payload)
    user = read.mapping(member.get("user"))
    try:
        return guilds.Member.from_payload(
            member, user=users.User.from_payload(user, app=app), guild_id=guild_id
        )
    except (KeyError, TypeError, ValueError):
        return None


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildThreadChannel(TextableGuildChannel):
    """A thread: a channel inside a text, announcement, forum or media channel (`parent_id`).

    >>> thread.is_archived, thread.approximate_message_count
    (False, 1)
    """

    last_message_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    last_pin_timestamp: datetime.datetime | None = attrs.field(eq=False, repr=False)
    rate_limit_per_user: datetime.timedelta = attrs.field(eq=False, repr=False)
    approximate_message_count: int = attrs.field(eq=False, repr=False)
    approximate_member_count: int = attrs.field(eq=False, repr=False)
    """Stops counting at 50."""
    member: ThreadMember | None = attrs.field(eq=False, repr=False)
    """The bot's own membership, when it has joined the thread."""
    owner_id: snowflakes.Snowflake = attrs.field(eq=False, repr=False)
    metadata: ThreadMetadata = attrs.field(eq=False, repr=False)

    @property
    def is_archived(self) -> bool:
        """Whether the thread is archived."""
        return self.metadata.is_archived

    @property
    def archive_timestamp(self) -> datetime.datetime | None:
        """When the thread was last archived or unarchived."""
        return self.metadata.archive_timestamp

    @property
    def auto_archive_duration(self) -> datetime.timedelta:
        """How long the thread stays active without messages."""
        return self.metadata.auto_archive_duration

    @property
    def is_locked(self) -> bool:
        """Whether only moderators can unarchive it."""
        return self.metadata.is_locked

    @property
    def thread_created_at(self) -> datetime.datetime | None:
        """When the thread was created (`None` for threads from before 2022-01-09)."""
        return self.metadata.created_at

    @classmethod
    def _fields(
        cls, payload: JSONObject, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None
    ) -> _Fields:
        get = payload.get
        fields = super()._fields(payload, app, guild_id)
        member = get("member")
        return {
            **fields,
            "last_message_id": _id(get("last_message_id")),
            "last_pin_timestamp": read.timestamp(get("last_pin_timestamp")),
            "rate_limit_per_user": _seconds(get("rate_limit_per_user")),
            "approximate_message_count": read.natural(get("message_count")) or 0,
            "approximate_member_count": read.natural(get("member_count")) or 0,
            "member": ThreadMember.from_payload(
                member, thread_id=fields["id"], app=app, guild_id=fields["guild_id"]
            )
            if isinstance(member, dict)
            else None,
            "owner_id": _id(get("owner_id")) or snowflakes.Snowflake(0),
            "metadata": ThreadMetadata.from_payload(read.mapping(get("thread_metadata"))),
        }


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildNewsThread(GuildThreadChannel):
    """A thread in an announcement channel."""


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildPublicThread(GuildThreadChannel):
    """A public thread (also every post of a forum or media channel)."""

    applied_tag_ids: typing.Sequence[snowflakes.Snowflake] = attrs.field(eq=False, repr=False)
    """The forum tags the post carries."""
    flags: ChannelFlag = attrs.field(eq=False, repr=False)

    @classmethod
    def _fields(
        cls, payload: JSONObject, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None
    ) -> _Fields:
        get = payload.get
        return {
            **super()._fields(payload, app, guild_id),
            "applied_tag_ids": read.each(read.array(get("applied_tags")), snowflakes.parse),
            "flags": ChannelFlag(read.natural(get("flags")) or 0),
        }


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildPrivateThread(GuildThreadChannel):
    """A private thread: only its members and moderators see it."""

    @property
    def is_invitable(self) -> bool:
        """Whether members who are not moderators can add others."""
        return self.metadata.is_invitable


@attrs.define(kw_only=True)
class ChannelFollow:
    """An announcement channel followed into another channel through a webhook (`follow_channel`)."""

    app: traits.RESTAware = attrs.field(repr=False, eq=False)
    channel_id: snowflakes.Snowflake
    """The announcement channel followed."""
    webhook_id: snowflakes.Snowflake
    """The webhook that posts its messages in the following channel."""

    async def fetch_channel(self) -> GuildNewsChannel | GuildTextChannel:
        """The announcement channel followed, over REST (`rest.fetch_channel`).

        ```python
        source = await follow.fetch_channel()
        ```
        """
        channel = await self.app.rest.fetch_channel(self.channel_id)
        if isinstance(channel, (GuildNewsChannel, GuildTextChannel)):
            return channel
        # Discord only lets announcement channels be followed; anything else is not this follow's.
        raise TypeError(f"channel {self.channel_id} is a {channel.type!r}, not an announcement channel")

    async def fetch_webhook(self) -> webhooks.ChannelFollowerWebhook:
        """The webhook that posts the followed channel's messages, over REST (`rest.fetch_webhook`).

        ```python
        webhook = await follow.fetch_webhook()
        ```
        """
        from hikari_like import webhooks  # loaded on first use, as the webhook endpoints load it

        webhook = await self.app.rest.fetch_webhook(self.webhook_id)
        if isinstance(webhook, webhooks.ChannelFollowerWebhook):
            return webhook
        raise TypeError(f"webhook {self.webhook_id} is a {webhook.type!r}, not a channel follower webhook")

    def get_channel(self) -> GuildNewsChannel | GuildTextChannel | None:
        """The followed channel from the app's cache: always `None` (hikari_like keeps no cache)."""
        return None

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> ChannelFollow:
        """Read a followed channel object (both IDs are required)."""
        return cls(
            app=app,
            channel_id=snowflakes.parse(payload["channel_id"]),
            webhook_id=snowflakes.parse(payload["webhook_id"]),
        )


_GUILD_KINDS: typing.Final[typing.Mapping[ChannelType, type[GuildChannel]]] = {
    ChannelType.GUILD_TEXT: GuildTextChannel,
    ChannelType.GUILD_NEWS: GuildNewsChannel,
    ChannelType.GUILD_VOICE: GuildVoiceChannel,
    ChannelType.GUILD_STAGE: GuildStageChannel,
    ChannelType.GUILD_CATEGORY: GuildCategory,
    ChannelType.GUILD_FORUM: GuildForumChannel,
    ChannelType.GUILD_MEDIA: GuildMediaChannel,
    ChannelType.GUILD_NEWS_THREAD: GuildNewsThread,
    ChannelType.GUILD_PUBLIC_THREAD: GuildPublicThread,
    ChannelType.GUILD_PRIVATE_THREAD: GuildPrivateThread,
}


_THREAD_KINDS: typing.Final[typing.Mapping[ChannelType, type[GuildThreadChannel]]] = {
    ChannelType.GUILD_NEWS_THREAD: GuildNewsThread,
    ChannelType.GUILD_PUBLIC_THREAD: GuildPublicThread,
    ChannelType.GUILD_PRIVATE_THREAD: GuildPrivateThread,
}


def thread_from_payload(
    payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None = None
) -> GuildThreadChannel:
    """A thread channel object (what the thread endpoints answer) as the class of its type; a
    type not known yet reads as `GuildThreadChannel`. The ID and the guild's ID are required
    (`KeyError`/`TypeError`/`ValueError`)."""
    channel_type = ChannelType(read.integer(payload.get("type")) or 0)
    return _THREAD_KINDS.get(channel_type, GuildThreadChannel).from_payload(
        payload, app=app, guild_id=guild_id
    )


WebhookChannelT = GuildTextChannel | GuildNewsChannel
"""The channels incoming and follower webhooks post to (hikari's union)."""
WebhookChannelTypes: tuple[type[GuildTextChannel], type[GuildNewsChannel]] = (
    GuildTextChannel,
    GuildNewsChannel,
)
"""`WebhookChannelT`'s classes, for `isinstance(channel, WebhookChannelTypes)`."""


def from_payload(
    payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None = None
) -> PartialChannel:
    """`channels.channel_from_payload`: the class of the channel's type, else the nearest that reads it."""
    channel_type = ChannelType(read.integer(payload.get("type")) or 0)
    try:
        if channel_type is ChannelType.DM:
            return DMChannel.from_payload(payload, app=app)
        if channel_type is ChannelType.GROUP_DM:
            return GroupDMChannel.from_payload(payload, app=app)
    except (KeyError, TypeError, ValueError):
        return PartialChannel.from_payload(payload, app=app)
    in_guild = guild_id if guild_id is not None else _id(payload.get("guild_id"))
    if in_guild is None:
        return PartialChannel.from_payload(payload, app=app)
    return _GUILD_KINDS.get(channel_type, GuildChannel).from_payload(payload, app=app, guild_id=in_guild)
