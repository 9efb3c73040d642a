"""Channels: the types, the partial channel interactions carry, overwrites, and every channel REST returns.

```python
channel = await rest.fetch_channel(channel_id)
if isinstance(channel, GuildTextChannel):
    print(channel.topic)
```

`PartialChannel`, `ChannelType`, `ThreadMetadata` and the overwrites load with the package
(interactions carry them); the full channel classes (`GuildTextChannel`, `GuildVoiceChannel`,
threads, DMs...) live in `hikari_like._channel_kinds` and load when one is first used.
"""

from __future__ import annotations

__all__ = [
    "ChannelFlag",
    "ChannelType",
    "PartialChannel",
    "PermissionOverwrite",
    "PermissionOverwriteType",
    "ThreadMetadata",
    "channel_from_payload",
    # from hikari_like._channel_kinds, loaded on first use:
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
]

import datetime
import typing

import attrs

from hikari_like import permissions as permissions_
from hikari_like import snowflakes
from hikari_like.internal import enums
from hikari_like.internal import flags
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like._channel_kinds import ChannelFollow
    from hikari_like._channel_kinds import DMChannel
    from hikari_like._channel_kinds import ForumLayoutType
    from hikari_like._channel_kinds import ForumSortOrderType
    from hikari_like._channel_kinds import ForumTag
    from hikari_like._channel_kinds import GroupDMChannel
    from hikari_like._channel_kinds import GuildCategory
    from hikari_like._channel_kinds import GuildChannel
    from hikari_like._channel_kinds import GuildForumChannel
    from hikari_like._channel_kinds import GuildMediaChannel
    from hikari_like._channel_kinds import GuildNewsChannel
    from hikari_like._channel_kinds import GuildNewsThread
    from hikari_like._channel_kinds import GuildPrivateThread
    from hikari_like._channel_kinds import GuildPublicThread
    from hikari_like._channel_kinds import GuildStageChannel
    from hikari_like._channel_kinds import GuildTextChannel
    from hikari_like._channel_kinds import GuildThreadChannel
    from hikari_like._channel_kinds import GuildVoiceChannel
    from hikari_like._channel_kinds import PermissibleGuildChannel
    from hikari_like._channel_kinds import PrivateChannel
    from hikari_like._channel_kinds import TextableChannel
    from hikari_like._channel_kinds import TextableGuildChannel
    from hikari_like._channel_kinds import ThreadMember
    from hikari_like._channel_kinds import VideoQualityMode
    from hikari_like._channel_kinds import WebhookChannelT
    from hikari_like._channel_kinds import WebhookChannelTypes
    from hikari_like.internal.json import JSONObject
else:
    from hikari_like.internal import lazy_imports

    __getattr__, __dir__ = lazy_imports.exports(
        __name__, dict.fromkeys(__all__[__all__.index("ChannelFollow") :], "hikari_like._channel_kinds")
    )


class ChannelType(enums.TolerantIntEnum):
    """The type of a channel."""

    GUILD_TEXT = 0
    DM = 1
    GUILD_VOICE = 2
    GROUP_DM = 3
    GUILD_CATEGORY = 4
    GUILD_NEWS = 5
    GUILD_NEWS_THREAD = 10
    GUILD_PUBLIC_THREAD = 11
    GUILD_PRIVATE_THREAD = 12
    GUILD_STAGE = 13
    GUILD_DIRECTORY = 14
    GUILD_FORUM = 15
    GUILD_MEDIA = 16


class ChannelFlag(flags.Flag):
    """Bits of a channel's `flags`; unknown bits are kept."""

    NONE = 0
    PINNED = 1 << 1
    """A thread pinned to the top of its forum or media channel."""
    REQUIRE_TAG = 1 << 4
    """A forum or media channel whose new threads must carry a tag."""
    HIDE_MEDIA_DOWNLOAD_OPTIONS = 1 << 15
    """A media channel that hides the download options of its media."""
    CHANNEL_OBFUSCATED = 1 << 17
    """hikari's name for a bit Discord does not document."""
    IS_SPOILER_CHANNEL = 1 << 21
    """A channel members must opt in to see."""


@attrs.define(kw_only=True, unsafe_hash=True)
class PartialChannel(snowflakes.UniqueEntity):
    """The little Discord always says about a channel: its ID, name and type."""

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    id: snowflakes.Snowflake = attrs.field(hash=True)
    name: str | None = attrs.field(eq=False)
    """`None` for DMs."""
    type: ChannelType = attrs.field(eq=False)

    @property
    def mention(self) -> str:
        """The text that mentions this channel in a message."""
        return f"<#{self.id}>"

    def __str__(self) -> str:
        return self.name if self.name is not None else f"Unnamed {type(self).__name__} ID {self.id}"

    async def delete(self) -> PartialChannel:
        """Delete this channel (or close this DM); returns what was deleted (`rest.delete_channel`).

        ```python
        await channel.delete()
        ```
        """
        return await self.app.rest.delete_channel(self.id)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> PartialChannel:
        """Read the ID, name and type of any channel object (see `channel_from_payload`)."""
        return cls(**partial_fields(payload, app))


def partial_fields(payload: JSONObject, app: traits.RESTAware) -> dict[str, typing.Any]:
    """The fields every channel object has (the ID is required: `KeyError`/`TypeError`/`ValueError`)."""
    return {
        "app": app,
        "id": snowflakes.parse(payload["id"]),
        "name": read.text(payload.get("name")),
        "type": ChannelType(read.integer(payload.get("type")) or 0),
    }


class PermissionOverwriteType(enums.TolerantIntEnum):
    """Whom a permission overwrite applies to."""

    ROLE = 0
    MEMBER = 1


@attrs.define(kw_only=True)
class PermissionOverwrite(snowflakes.UniqueEntity):
    """What a channel allows and denies one role or member, on top of their guild permissions.

    >>> overwrite = PermissionOverwrite(
    ...     id=role_id, type=PermissionOverwriteType.ROLE, deny=Permissions.SEND_MESSAGES
    ... )
    >>> Permissions.SEND_MESSAGES in overwrite.unset
    False
    """

    id: snowflakes.Snowflake = attrs.field(converter=snowflakes.Snowflake, repr=True)
    """The role's or the member's ID."""
    type: PermissionOverwriteType = attrs.field(converter=PermissionOverwriteType, repr=True)
    allow: permissions_.Permissions = attrs.field(
        default=permissions_.Permissions.NONE, converter=permissions_.Permissions, repr=True
    )
    deny: permissions_.Permissions = attrs.field(
        default=permissions_.Permissions.NONE, converter=permissions_.Permissions, repr=True
    )

    @property
    def unset(self) -> permissions_.Permissions:
        """The permissions this overwrite neither allows nor denies (they come from the guild)."""
        return permissions_.Permissions.all_permissions() & ~(self.allow | self.deny)

    @classmethod
    def from_payload(cls, payload: JSONObject) -> PermissionOverwrite:
        """Read an overwrite object (`KeyError`/`TypeError`/`ValueError` without an ID; bad bits: none)."""
        get = payload.get
        return cls(
            id=snowflakes.parse(payload["id"]),
            type=PermissionOverwriteType(read.natural(get("type")) or 0),
            allow=permissions_.parse_or_none(get("allow")) or permissions_.Permissions.NONE,
            deny=permissions_.parse_or_none(get("deny")) or permissions_.Permissions.NONE,
        )


@attrs.define(kw_only=True)
class ThreadMetadata:
    """What is particular to a thread channel."""

    is_archived: bool
    archive_timestamp: datetime.datetime | None
    """When the thread was last archived or unarchived."""
    auto_archive_duration: datetime.timedelta
    is_locked: bool
    is_invitable: bool
    """Whether members who are not moderators can add others (private threads only)."""
    created_at: datetime.datetime | None
    """When the thread was created (`None` for threads created before 2022-01-09)."""

    @classmethod
    def from_payload(cls, payload: JSONObject) -> ThreadMetadata:
        """Read a thread metadata object as Discord sends it (a field of the wrong type reads as absent)."""
        get = payload.get
        return cls(
            is_archived=get("archived") is True,
            archive_timestamp=read.timestamp(get("archive_timestamp")),
            auto_archive_duration=datetime.timedelta(
                minutes=read.integer(get("auto_archive_duration"), 0, _MAX_MINUTES) or 0
            ),
            is_locked=get("locked") is True,
            is_invitable=get("invitable") is not False,
            created_at=read.timestamp(get("create_timestamp")),
        )


# Discord's longest is a week; a timedelta holds far more, but not any integer.
_MAX_MINUTES: typing.Final = 1 << 31


def channel_from_payload(
    payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None = None
) -> PartialChannel:
    """The most specific model for a channel object, by type; an unknown type or field never fails.

    A guild channel of an unknown type is a `GuildChannel`; a payload that lacks what its type's
    model needs (a group DM without an owner) falls back to `GuildChannel` or `PartialChannel`.
    `guild_id` is for payloads that leave it out (a template's channels, a guild's channel list).
    Only the ID is required (`KeyError`/`TypeError`/`ValueError` without one).

    ```python
    channel = channel_from_payload(await rest.request(route), app=rest)
    ```
    """
    from hikari_like import _channel_kinds

    return _channel_kinds.from_payload(payload, app=app, guild_id=guild_id)
