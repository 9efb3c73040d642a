"""What the emulated Discord writes to a guild's audit log, and the reason header it reads.

Routes that change a guild call `record(ctx, guild, event, target_id=...)` after the change; the
entry takes the acting bot as `user_id` and the request's `X-Audit-Log-Reason` (URL-decoded, as
Discord reads it) as `reason`. `routes_audit_logs.py` serves the log.

```python
record(ctx, guild, MEMBER_BAN_ADD, target_id=user_id)
record(ctx, guild, ROLE_UPDATE, target_id=role_id, changes=changes_between(before, after))
```
"""

from __future__ import annotations

__all__ = [
    "AUTO_MODERATION_RULE_CREATE",
    "AUTO_MODERATION_RULE_DELETE",
    "AUTO_MODERATION_RULE_UPDATE",
    "MEMBER_BAN_ADD",
    "MEMBER_BAN_REMOVE",
    "MEMBER_KICK",
    "ROLE_CREATE",
    "ROLE_DELETE",
    "ROLE_UPDATE",
    "changes_between",
    "reason_of",
    "record",
]

import typing
import urllib.parse

from hikari_like.testing.emulator.guild_access import actor

if typing.TYPE_CHECKING:
    from hikari_like.internal import json
    from hikari_like.testing.emulator.guild_world import GuildRecord
    from hikari_like.testing.emulator.routing import RequestContext

MEMBER_KICK, MEMBER_BAN_ADD, MEMBER_BAN_REMOVE = 20, 22, 23
ROLE_CREATE, ROLE_UPDATE, ROLE_DELETE = 30, 31, 32
AUTO_MODERATION_RULE_CREATE, AUTO_MODERATION_RULE_UPDATE, AUTO_MODERATION_RULE_DELETE = 140, 141, 142

_MAX_REASON: typing.Final = 512


def reason_of(ctx: RequestContext) -> str | None:
    """The request's audit log reason, URL-decoded; Discord keeps at most 512 characters."""
    header = ctx.request.headers.get("X-Audit-Log-Reason")
    return None if header is None else urllib.parse.unquote(header)[:_MAX_REASON]


def changes_between(before: json.JSONObject, after: json.JSONObject) -> list[json.JSONObject]:
    """Discord's change objects for the fields that differ (`old_value` left out when new)."""
    changes: list[json.JSONObject] = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        change: json.JSONObject = {"key": key}
        if new is not None:
            change["new_value"] = new
        if old is not None:
            change["old_value"] = old
        changes.append(change)
    return changes


def record(
    ctx: RequestContext,
    guild: GuildRecord,
    action_type: int,
    *,
    target_id: str | None,
    changes: typing.Sequence[json.JSONObject] = (),
    options: json.JSONObject | None = None,
) -> json.JSONObject:
    """Append an entry for what the bot just did in `guild`, and return it."""
    entry: json.JSONObject = {
        "id": ctx.state.ids(),
        "guild_id": guild.id,
        "user_id": actor(ctx),
        "target_id": target_id,
        "action_type": action_type,
        "changes": list(changes),
    }
    if options is not None:
        entry["options"] = options
    reason = reason_of(ctx)
    if reason is not None:
        entry["reason"] = reason
    guild.audit_log.append(entry)
    return entry
