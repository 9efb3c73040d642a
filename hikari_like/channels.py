"""Channels: the types, and the partial channel interactions carry."""

from __future__ import annotations

__all__ = ["ChannelType", "PartialChannel", "ThreadMetadata"]

import datetime
import typing

import attrs

from hikari_like import snowflakes
from hikari_like.internal import enums
from hikari_like.internal import time

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject


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


@attrs.define(kw_only=True, unsafe_hash=True)
class PartialChannel:
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
        """Read a thread metadata object as Discord sends it."""
        get = payload.get
        return cls(
            is_archived=bool(get("archived", False)),
            archive_timestamp=time.parse_optional_iso8601(get("archive_timestamp")),
            auto_archive_duration=_minutes(get("auto_archive_duration", 0)),
            is_locked=bool(get("locked", False)),
            is_invitable=bool(get("invitable", True)),
            created_at=time.parse_optional_iso8601(get("create_timestamp")),
        )


def _minutes(value: int) -> datetime.timedelta:
    try:
        return datetime.timedelta(minutes=int(value))
    except OverflowError as error:
        raise ValueError(f"{value!r} minutes is out of range") from error
