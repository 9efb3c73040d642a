"""A guild's audit log, as Discord serves it (audit-log.mdx, "Get Guild Audit Log").

VIEW_AUDIT_LOG (50013 without it); `limit` 1 to 100 (default 50); filters `user_id` and
`action_type`; `before` pages back from an entry ID, newest first, `after` pages forward,
oldest first. The answer carries the users and auto-moderation rules the entries refer to, and
Discord's other (here always empty) lists. What writes the log: `audit_log.record`.
"""

from __future__ import annotations

__all__ = ["ROUTES"]

import typing

from hikari_like.testing.emulator.field_checks import query_int
from hikari_like.testing.emulator.field_checks import query_snowflake
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from aiohttp import web

    from hikari_like.internal import json
    from hikari_like.testing.emulator.guild_world import GuildRecord
    from hikari_like.testing.emulator.routing import RequestContext

_EMPTY_LISTS: typing.Final = (
    "application_commands",
    "guild_scheduled_events",
    "integrations",
    "threads",
    "webhooks",
)


async def get_audit_log(ctx: RequestContext) -> web.Response:
    """One page of the guild's log, filtered and paged as the query asks."""
    guild = guild_of(ctx)
    require(ctx.state.world, guild, actor(ctx), Permissions.VIEW_AUDIT_LOG)
    limit = query_int(ctx, "limit", default=50, low=1, high=100)
    entries = _page(ctx, _filtered(ctx, guild), limit)
    answer: json.JSONObject = {
        "audit_log_entries": entries,
        "users": _users(ctx, entries),
        "auto_moderation_rules": _rules(guild, entries),
    }
    answer.update({name: [] for name in _EMPTY_LISTS})
    return json_response(answer)


def _filtered(ctx: RequestContext, guild: GuildRecord) -> list[json.JSONObject]:
    user_id, action_type = (
        query_snowflake(ctx, "user_id"),
        query_int(ctx, "action_type", default=0, low=0, high=1000),
    )
    return [
        entry
        for entry in guild.audit_log
        if (user_id is None or entry["user_id"] == str(user_id))
        and (not action_type or entry["action_type"] == action_type)
    ]


def _page(ctx: RequestContext, entries: list[json.JSONObject], limit: int) -> list[json.JSONObject]:
    after = query_snowflake(ctx, "after")
    if after is not None:
        return [entry for entry in entries if int(entry["id"]) > after][:limit]
    before = query_snowflake(ctx, "before")
    newest_first = [entry for entry in reversed(entries) if before is None or int(entry["id"]) < before]
    return newest_first[:limit]


def _users(ctx: RequestContext, entries: list[json.JSONObject]) -> list[json.JSONObject]:
    wanted = dict.fromkeys(str(e[key]) for e in entries for key in ("user_id", "target_id") if e.get(key))
    return [ctx.state.world.users[user_id] for user_id in wanted if user_id in ctx.state.world.users]


def _rules(guild: GuildRecord, entries: list[json.JSONObject]) -> list[json.JSONObject]:
    targets = {str(entry.get("target_id")) for entry in entries}
    return [rule for rule_id, rule in guild.auto_mod_rules.items() if rule_id in targets]


ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template="/guilds/{guild}/audit-logs", handler=get_audit_log),
)
