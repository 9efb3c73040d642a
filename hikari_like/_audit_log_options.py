"""The extra details ("optional audit entry info") some audit log entries carry.

Part of `hikari_like.audit_logs`, which exports the public names; `options_from_payload` picks
the class by the entry's action type and answers `None` for a type without one or options it
cannot read.
"""

from __future__ import annotations

__all__ = [
    "BaseAuditLogEntryInfo",
    "ChannelOverwriteEntryInfo",
    "MemberDisconnectEntryInfo",
    "MemberMoveEntryInfo",
    "MemberPruneEntryInfo",
    "MessageBulkDeleteEntryInfo",
    "MessageDeleteEntryInfo",
    "MessagePinEntryInfo",
    "VoiceChannelStatusCreateEntryInfo",
    "VoiceChannelStatusDeleteEntryInfo",
    "options_from_payload",
]

import datetime
import typing

import attrs

from hikari_like import snowflakes
from hikari_like._audit_log_kinds import AuditLogEventType
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import channels
    from hikari_like import messages
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject


@attrs.define(kw_only=True)
class BaseAuditLogEntryInfo:
    """The base of every entry's extra details."""

    app: traits.RESTAware = attrs.field(repr=False, eq=False)
    """The client that fetched the entry."""

    @classmethod
    def from_options(cls, options: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read this class's fields from an optional audit entry info object."""
        return cls(app=app)


@attrs.define(kw_only=True)
class ChannelOverwriteEntryInfo(BaseAuditLogEntryInfo, snowflakes.UniqueEntity):
    """The overwrite a CHANNEL_OVERWRITE_* entry is about."""

    id: snowflakes.Snowflake = attrs.field(hash=True, repr=True)
    """The role or member the overwrite is for."""
    type: channels.PermissionOverwriteType | int = attrs.field(repr=True)
    """Whether it is a role's or a member's overwrite."""
    role_name: str | None = attrs.field(repr=True)
    """The role's name, for a role's overwrite."""

    @classmethod
    def from_options(cls, options: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read `id`, `type` and `role_name`."""
        from hikari_like import channels

        kind = channels.PermissionOverwriteType(int(options.get("type") or 0))  # "0" or "1", on Discord
        return cls(
            app=app,
            id=snowflakes.parse(options["id"]),
            type=kind,
            role_name=read.text(options.get("role_name")),
        )


async def _fetch_channel(app: traits.RESTAware, channel_id: snowflakes.Snowflake) -> typing.Any:
    return await app.rest.fetch_channel(channel_id)


@attrs.define(kw_only=True)
class MessagePinEntryInfo(BaseAuditLogEntryInfo):
    """The message a MESSAGE_PIN or MESSAGE_UNPIN entry is about."""

    channel_id: snowflakes.Snowflake = attrs.field(repr=True)
    """The message's channel."""
    message_id: snowflakes.Snowflake = attrs.field(repr=True)
    """The message."""

    async def fetch_channel(self) -> channels.TextableChannel:
        """Fetch the message's channel."""
        return typing.cast("channels.TextableChannel", await _fetch_channel(self.app, self.channel_id))

    async def fetch_message(self) -> messages.Message:
        """Fetch the message."""
        return await self.app.rest.fetch_message(self.channel_id, self.message_id)

    @classmethod
    def from_options(cls, options: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read `channel_id` and `message_id`."""
        channel_id, message_id = (
            snowflakes.parse(options["channel_id"]),
            snowflakes.parse(options["message_id"]),
        )
        return cls(app=app, channel_id=channel_id, message_id=message_id)


@attrs.define(kw_only=True)
class MemberPruneEntryInfo(BaseAuditLogEntryInfo):
    """What a MEMBER_PRUNE entry pruned."""

    delete_member_days: datetime.timedelta = attrs.field(repr=True)
    """Members inactive for this long were pruned."""
    members_removed: int = attrs.field(repr=True)
    """How many."""

    @classmethod
    def from_options(cls, options: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read `delete_member_days` and `members_removed` (strings, on Discord)."""
        days = datetime.timedelta(days=int(options["delete_member_days"]))
        return cls(app=app, delete_member_days=days, members_removed=int(options["members_removed"]))


@attrs.define(kw_only=True)
class MessageBulkDeleteEntryInfo(BaseAuditLogEntryInfo):
    """How many messages a MESSAGE_BULK_DELETE entry deleted."""

    count: int = attrs.field(repr=True)
    """The number of messages."""

    @classmethod
    def from_options(cls, options: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read `count`."""
        return cls(app=app, count=int(options["count"]))


@attrs.define(kw_only=True)
class MessageDeleteEntryInfo(MessageBulkDeleteEntryInfo):
    """Where a MESSAGE_DELETE entry deleted messages."""

    channel_id: snowflakes.Snowflake = attrs.field(repr=True)
    """The channel."""

    async def fetch_channel(self) -> channels.TextableGuildChannel:
        """Fetch the channel."""
        return typing.cast("channels.TextableGuildChannel", await _fetch_channel(self.app, self.channel_id))

    @classmethod
    def from_options(cls, options: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read `count` and `channel_id`."""
        return cls(app=app, count=int(options["count"]), channel_id=snowflakes.parse(options["channel_id"]))


@attrs.define(kw_only=True)
class MemberDisconnectEntryInfo(BaseAuditLogEntryInfo):
    """How many members a MEMBER_DISCONNECT entry disconnected from voice."""

    count: int = attrs.field(repr=True)
    """The number of members."""

    @classmethod
    def from_options(cls, options: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read `count`."""
        return cls(app=app, count=int(options["count"]))


@attrs.define(kw_only=True)
class MemberMoveEntryInfo(MemberDisconnectEntryInfo):
    """Where a MEMBER_MOVE entry moved members."""

    channel_id: snowflakes.Snowflake = attrs.field(repr=True)
    """The voice channel they were moved to."""

    async def fetch_channel(self) -> channels.GuildVoiceChannel:
        """Fetch the voice channel."""
        return typing.cast("channels.GuildVoiceChannel", await _fetch_channel(self.app, self.channel_id))

    @classmethod
    def from_options(cls, options: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read `count` and `channel_id`."""
        return cls(app=app, count=int(options["count"]), channel_id=snowflakes.parse(options["channel_id"]))


@attrs.define(kw_only=True)
class VoiceChannelStatusDeleteEntryInfo(BaseAuditLogEntryInfo):
    """The channel whose voice status a VOICE_CHANNEL_STATUS_DELETE entry cleared."""

    channel_id: snowflakes.Snowflake = attrs.field(repr=True)
    """The voice channel."""

    @classmethod
    def from_options(cls, options: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read `channel_id`."""
        return cls(app=app, channel_id=snowflakes.parse(options["channel_id"]))


@attrs.define(kw_only=True)
class VoiceChannelStatusCreateEntryInfo(VoiceChannelStatusDeleteEntryInfo):
    """The voice status a VOICE_CHANNEL_STATUS_CREATE entry set."""

    status: str = attrs.field(repr=True)
    """The new status."""

    @classmethod
    def from_options(cls, options: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read `channel_id` and `status`."""
        status = read.text(options.get("status")) or ""
        return cls(app=app, channel_id=snowflakes.parse(options["channel_id"]), status=status)


_Event = AuditLogEventType
_KINDS: typing.Final[typing.Mapping[AuditLogEventType, type[BaseAuditLogEntryInfo]]] = {
    _Event.CHANNEL_OVERWRITE_CREATE: ChannelOverwriteEntryInfo,
    _Event.CHANNEL_OVERWRITE_UPDATE: ChannelOverwriteEntryInfo,
    _Event.CHANNEL_OVERWRITE_DELETE: ChannelOverwriteEntryInfo,
    _Event.MESSAGE_PIN: MessagePinEntryInfo,
    _Event.MESSAGE_UNPIN: MessagePinEntryInfo,
    _Event.MEMBER_PRUNE: MemberPruneEntryInfo,
    _Event.MESSAGE_BULK_DELETE: MessageBulkDeleteEntryInfo,
    _Event.MESSAGE_DELETE: MessageDeleteEntryInfo,
    _Event.MEMBER_DISCONNECT: MemberDisconnectEntryInfo,
    _Event.MEMBER_MOVE: MemberMoveEntryInfo,
    _Event.VOICE_CHANNEL_STATUS_CREATE: VoiceChannelStatusCreateEntryInfo,
    _Event.VOICE_CHANNEL_STATUS_DELETE: VoiceChannelStatusDeleteEntryInfo,
}


def options_from_payload(
    action_type: AuditLogEventType, options: object, app: traits.RESTAware | None
) -> BaseAuditLogEntryInfo | None:
    """The entry's details as the class for `action_type`; `None` without any or if unreadable."""
    kind = _KINDS.get(action_type)
    if kind is None or not isinstance(options, dict):
        return None
    try:
        return kind.from_options(options, app=typing.cast("traits.RESTAware", app))
    except (KeyError, TypeError, ValueError):
        return None
