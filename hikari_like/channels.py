"""Channels: the types, the partial channel interactions carry, and the channels `fetch_channel` returns.

```python
channel = await rest.fetch_channel(channel_id)
if isinstance(channel, GuildTextChannel):
    print(channel.topic)
```
"""

from __future__ import annotations

__all__ = [
    "ChannelType",
    "DMChannel",
    "GuildChannel",
    "GuildTextChannel",
    "PartialChannel",
    "ThreadMetadata",
    "channel_from_payload",
]

import datetime
import typing

import attrs

from hikari_like import snowflakes
from hikari_like import users
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

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

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> PartialChannel:
        """Read the ID, name and type of any channel object (see `channel_from_payload`)."""
        return cls(**_partial_fields(payload, app))


def _partial_fields(payload: JSONObject, app: traits.RESTAware) -> dict[str, typing.Any]:
    return {
        "app": app,
        "id": snowflakes.parse(payload["id"]),
        "name": read.text(payload.get("name")),
        "type": ChannelType(read.integer(payload.get("type")) or 0),
    }


@attrs.define(kw_only=True, unsafe_hash=True)
class DMChannel(PartialChannel):
    """A direct-message channel between the bot and one user."""

    last_message_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    recipient: users.User | None = attrs.field(eq=False)
    """The other user; `None` if Discord sent no recipient."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> DMChannel:
        """Read a DM channel object."""
        recipients = payload.get("recipients") or ()
        return cls(
            **_partial_fields(payload, app),
            last_message_id=snowflakes.parse_optional(payload.get("last_message_id")),
            recipient=users.User.from_payload(recipients[0], app=app) if recipients else None,
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildChannel(PartialChannel):
    """Any channel in a guild: categories, voice, forums, threads..."""

    guild_id: snowflakes.Snowflake = attrs.field(eq=False)
    parent_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    """The category or, for threads, the parent channel."""
    position: int = attrs.field(eq=False, repr=False)
    is_nsfw: bool = attrs.field(eq=False, repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> GuildChannel:
        """Read a guild channel object of any type."""
        return cls(**_guild_fields(payload, app))


def _guild_fields(payload: JSONObject, app: traits.RESTAware) -> dict[str, typing.Any]:
    get = payload.get
    return {
        **_partial_fields(payload, app),
        "guild_id": snowflakes.parse(payload["guild_id"]),
        "parent_id": snowflakes.parse_optional(get("parent_id")),
        "position": int(get("position") or 0),
        "is_nsfw": bool(get("nsfw", False)),
    }


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildTextChannel(GuildChannel):
    """A guild text channel (also used for announcement channels)."""

    topic: str | None = attrs.field(eq=False, repr=False)
    last_message_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    rate_limit_per_user: datetime.timedelta = attrs.field(eq=False, repr=False)
    """Slow mode: how long a member waits between two messages."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> GuildTextChannel:
        """Read a guild text or announcement channel object."""
        get = payload.get
        return cls(
            **_guild_fields(payload, app),
            topic=get("topic"),
            last_message_id=snowflakes.parse_optional(get("last_message_id")),
            rate_limit_per_user=datetime.timedelta(seconds=int(get("rate_limit_per_user") or 0)),
        )


_TEXT_TYPES: typing.Final = frozenset({ChannelType.GUILD_TEXT, ChannelType.GUILD_NEWS})


def channel_from_payload(payload: JSONObject, *, app: traits.RESTAware) -> PartialChannel:
    """The most specific model for a channel object: text, DM, any guild channel, else partial.

    ```python
    channel = channel_from_payload(await rest.request("GET", f"/channels/{channel_id}"), app=rest)
    ```
    """
    channel_type = ChannelType(payload.get("type", 0))
    if channel_type is ChannelType.DM:
        return DMChannel.from_payload(payload, app=app)
    if payload.get("guild_id") is None:
        return PartialChannel.from_payload(payload, app=app)
    if channel_type in _TEXT_TYPES:
        return GuildTextChannel.from_payload(payload, app=app)
    return GuildChannel.from_payload(payload, app=app)


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
