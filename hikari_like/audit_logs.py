"""A guild's audit log: who did what, with what changes, and why (hikari's `hikari.audit_logs`).

`rest.fetch_audit_log(guild)` gives one `AuditLog` per page of up to 100 entries, newest first.
Parsing never raises for what this release does not know: an unknown action type is an
`AuditLogEventType` pseudo-member (`is_known` is `False`), an unknown change key stays a `str`
with its raw values, and options of an unknown shape are `None`.

>>> entry = AuditLogEntry.from_payload(
...     {"id": "10", "user_id": "2", "target_id": "3", "action_type": 22, "reason": "spam",
...      "changes": [{"key": "nick", "old_value": "a", "new_value": "b"}]},
...     app=None, guild_id=snowflakes.Snowflake(1),
... )
>>> entry.action_type, entry.changes[0].key
(<AuditLogEventType.MEMBER_BAN_ADD: 22>, <AuditLogChangeKey.NICK: 'nick'>)
"""

from __future__ import annotations

__all__ = [
    "AuditLog",
    "AuditLogChange",
    "AuditLogChangeKey",
    "AuditLogEntry",
    "AuditLogEventType",
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
]

import typing

import attrs

from hikari_like import _audit_log_kinds as kinds
from hikari_like import auto_mod
from hikari_like import snowflakes
from hikari_like._audit_log_kinds import AuditLogChangeKey
from hikari_like._audit_log_kinds import AuditLogEventType
from hikari_like._audit_log_options import BaseAuditLogEntryInfo
from hikari_like._audit_log_options import ChannelOverwriteEntryInfo
from hikari_like._audit_log_options import MemberDisconnectEntryInfo
from hikari_like._audit_log_options import MemberMoveEntryInfo
from hikari_like._audit_log_options import MemberPruneEntryInfo
from hikari_like._audit_log_options import MessageBulkDeleteEntryInfo
from hikari_like._audit_log_options import MessageDeleteEntryInfo
from hikari_like._audit_log_options import MessagePinEntryInfo
from hikari_like._audit_log_options import VoiceChannelStatusCreateEntryInfo
from hikari_like._audit_log_options import VoiceChannelStatusDeleteEntryInfo
from hikari_like._audit_log_options import options_from_payload
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import channels
    from hikari_like import guilds
    from hikari_like import traits
    from hikari_like import users as users_
    from hikari_like import webhooks as webhooks_
    from hikari_like.internal.json import JSONObject


@attrs.define(kw_only=True)
class AuditLogChange:
    """One field an action changed, before and after (either may be `None`)."""

    new_value: typing.Any | None = attrs.field(repr=True)
    """The value after the action (converted for known keys: IDs, colours, permissions...)."""
    old_value: typing.Any | None = attrs.field(repr=True)
    """The value before."""
    key: AuditLogChangeKey | str = attrs.field(repr=True)
    """Which field; a `str` for a key this release does not know."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware | None) -> AuditLogChange:
        """Read an audit log change object; values that do not convert are kept raw."""
        key = kinds.change_key(read.text(payload.get("key")) or "")
        return cls(
            key=key,
            new_value=kinds.change_value(key, payload.get("new_value"), app),
            old_value=kinds.change_value(key, payload.get("old_value"), app),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class AuditLogEntry(snowflakes.UniqueEntity):
    """One action in a guild's audit log."""

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    """The client that fetched it."""
    id: snowflakes.Snowflake = attrs.field(hash=True, repr=True)
    """The entry's ID (when it was made)."""
    guild_id: snowflakes.Snowflake = attrs.field(eq=False, repr=True)
    """The guild whose log it is."""
    target_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=True)
    """What the action was done to (a user, role, channel, ...), if anything."""
    changes: typing.Sequence[AuditLogChange] = attrs.field(eq=False, repr=False)
    """The fields the action changed."""
    user_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=True)
    """Who did it (`None` for Discord's own actions)."""
    action_type: AuditLogEventType | int = attrs.field(eq=False, repr=True)
    """What was done."""
    options: BaseAuditLogEntryInfo | None = attrs.field(eq=False, repr=False)
    """Extra details some action types carry."""
    reason: str | None = attrs.field(eq=False, repr=False)
    """The reason given (`X-Audit-Log-Reason`), if any."""

    async def fetch_user(self) -> users_.User | None:
        """Fetch who did it; `None` when no user did."""
        if self.user_id is None:
            return None
        return await self.app.rest.fetch_user(self.user_id)

    @classmethod
    def from_payload(
        cls, payload: JSONObject, *, app: traits.RESTAware | None, guild_id: snowflakes.Snowflake
    ) -> AuditLogEntry:
        """Read an audit log entry object (`KeyError`/`ValueError` without an ID)."""
        get = payload.get
        action_type = AuditLogEventType(read.integer(get("action_type")) or 0)
        return cls(
            app=typing.cast("traits.RESTAware", app),
            id=snowflakes.parse(payload["id"]),
            guild_id=snowflakes.parse_or_none(get("guild_id")) or guild_id,
            target_id=snowflakes.parse_or_none(get("target_id")),
            changes=read.each(
                read.objects(get("changes")), lambda c: AuditLogChange.from_payload(c, app=app)
            ),
            user_id=snowflakes.parse_or_none(get("user_id")),
            action_type=action_type,
            options=options_from_payload(action_type, get("options"), app),
            reason=read.text(get("reason")),
        )


@attrs.define(kw_only=True, repr=False)
class AuditLog(typing.Sequence[AuditLogEntry]):
    """One page of a guild's audit log: its entries (a sequence, newest first) and what they refer to."""

    auto_mod_rules: typing.Mapping[snowflakes.Snowflake, auto_mod.AutoModRule] = attrs.field()
    """Auto-moderation rules the entries mention, by ID."""
    entries: typing.Mapping[snowflakes.Snowflake, AuditLogEntry] = attrs.field()
    """The entries by ID."""
    integrations: typing.Mapping[snowflakes.Snowflake, guilds.PartialIntegration] = attrs.field()
    """Integrations the entries mention, by ID."""
    threads: typing.Mapping[snowflakes.Snowflake, channels.GuildThreadChannel] = attrs.field()
    """Threads the entries mention, by ID."""
    users: typing.Mapping[snowflakes.Snowflake, users_.User] = attrs.field()
    """Users the entries mention, by ID."""
    webhooks: typing.Mapping[snowflakes.Snowflake, webhooks_.PartialWebhook] = attrs.field()
    """Webhooks the entries mention, by ID."""

    @typing.overload
    def __getitem__(self, index: int, /) -> AuditLogEntry: ...

    @typing.overload
    def __getitem__(self, slice_: slice, /) -> typing.Sequence[AuditLogEntry]: ...

    def __getitem__(self, index_or_slice: int | slice, /) -> AuditLogEntry | typing.Sequence[AuditLogEntry]:
        return tuple(self.entries.values())[index_or_slice]

    def __iter__(self) -> typing.Iterator[AuditLogEntry]:
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def from_payload(
        cls, payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake
    ) -> AuditLog:
        """Read an audit log object; an entry or referenced object that cannot be read is left out."""
        get = payload.get
        entries = read.each(
            read.objects(get("audit_log_entries")),
            lambda entry: AuditLogEntry.from_payload(entry, app=app, guild_id=guild_id),
        )
        rules = read.each(
            read.objects(get("auto_moderation_rules")),
            lambda r: auto_mod.AutoModRule.from_payload(r, app=app),
        )
        return cls(
            auto_mod_rules=_by_id(rules),
            entries=_by_id(entries),
            integrations=_by_id(read.each(read.objects(get("integrations")), kinds.integration)),
            threads=_by_id(read.each(read.objects(get("threads")), lambda t: kinds.thread(t, app, guild_id))),
            users=_by_id(read.each(read.objects(get("users")), lambda u: kinds.user(u, app))),
            webhooks=_by_id(read.each(read.objects(get("webhooks")), lambda w: kinds.webhook(w, app))),
        )


_HasID = typing.TypeVar("_HasID", bound=snowflakes.Unique)


def _by_id(items: typing.Iterable[_HasID]) -> dict[snowflakes.Snowflake, _HasID]:
    return {item.id: item for item in items}
