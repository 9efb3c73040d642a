"""A guild's auto-moderation rules, as Discord keeps them (auto-moderation.mdx).

MANAGE_GUILD for every route (50013), and MODERATE_MEMBERS too for a rule with a TIMEOUT action;
10066 Unknown Auto Moderation Rule. A new rule needs a `name` (1 to 100 characters), an
`event_type` (MESSAGE_SEND, or MEMBER_UPDATE), a `trigger_type` and its `actions`; a guild holds
6 KEYWORD rules and one of each other type (a 50035 on `trigger_type` past that, with the code
bots report, AUTO_MODERATION_MAX_RULES_OF_TYPE_EXCEEDED). Trigger metadata and actions are checked
against Discord's field limits (1000 keywords of 60 characters, 10 patterns of 260, allow lists
of 100, 1000 for KEYWORD_PRESET; at most 50 mentions; messages of 150 characters, timeouts of
four weeks, only on KEYWORD and MENTION_SPAM rules; an alert channel of the guild), exemptions
against 20 roles and 50 channels of the guild. A rule's trigger type never changes. Changes are
written to the audit log (140 to 142) with the request's reason.
"""

from __future__ import annotations

__all__ = ["ROUTES"]

import typing

from hikari_like.testing.emulator import audit_log
from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator.auto_mod_rules import MANAGE
from hikari_like.testing.emulator.auto_mod_rules import read_rule
from hikari_like.testing.emulator.auto_mod_rules import trigger_type_of
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from aiohttp import web

    from hikari_like.internal import json
    from hikari_like.testing.emulator.guild_world import GuildRecord
    from hikari_like.testing.emulator.routing import RequestContext


def _managed_guild(ctx: RequestContext) -> GuildRecord:
    guild = guild_of(ctx)
    require(ctx.state.world, guild, actor(ctx), MANAGE)
    return guild


def _rule(guild: GuildRecord, rule_id: str) -> json.JSONObject:
    rule = guild.auto_mod_rules.get(rule_id)
    if rule is None:
        raise DiscordError(404, "Unknown Auto Moderation Rule", 10066)
    return rule


async def list_rules(ctx: RequestContext) -> web.Response:
    """Every rule, oldest first."""
    return json_response(list(_managed_guild(ctx).auto_mod_rules.values()))


async def get_rule(ctx: RequestContext) -> web.Response:
    """One rule."""
    return json_response(_rule(_managed_guild(ctx), ctx.params["rule"]))


async def create_rule(ctx: RequestContext) -> web.Response:
    """A new rule from the body, once every field passed Discord's checks."""
    guild = _managed_guild(ctx)
    body = validation.require_object(ctx.body.json)
    trigger_type = trigger_type_of(guild, body)
    fields = read_rule(ctx, guild, body, trigger_type=trigger_type, creating=True)
    rule: json.JSONObject = {
        "id": ctx.state.ids(),
        "guild_id": guild.id,
        "creator_id": actor(ctx),
        "trigger_type": trigger_type,
        **fields,
    }
    guild.auto_mod_rules[rule["id"]] = rule
    changes = audit_log.changes_between({}, rule)
    audit_log.record(ctx, guild, audit_log.AUTO_MODERATION_RULE_CREATE, target_id=rule["id"], changes=changes)
    return json_response(rule)


async def edit_rule(ctx: RequestContext) -> web.Response:
    """The fields given replace the rule's (all or nothing)."""
    guild = _managed_guild(ctx)
    rule = _rule(guild, ctx.params["rule"])
    body = validation.optional_object(ctx.body.json)
    edited = {**rule, **read_rule(ctx, guild, body, trigger_type=int(rule["trigger_type"]), creating=False)}
    changes = audit_log.changes_between(rule, edited)
    rule.update(edited)
    audit_log.record(ctx, guild, audit_log.AUTO_MODERATION_RULE_UPDATE, target_id=rule["id"], changes=changes)
    return json_response(rule)


async def delete_rule(ctx: RequestContext) -> web.Response:
    """Gone, with a log entry of what it was."""
    guild = _managed_guild(ctx)
    rule = guild.auto_mod_rules.pop(_rule(guild, ctx.params["rule"])["id"])
    changes = audit_log.changes_between(rule, {})
    audit_log.record(ctx, guild, audit_log.AUTO_MODERATION_RULE_DELETE, target_id=rule["id"], changes=changes)
    return empty_response()


_RULES: typing.Final = "/guilds/{guild}/auto-moderation/rules"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template=_RULES, handler=list_rules),
    RouteSpec(method="POST", template=_RULES, handler=create_rule),
    RouteSpec(method="GET", template=_RULES + "/{rule}", handler=get_rule),
    RouteSpec(method="PATCH", template=_RULES + "/{rule}", handler=edit_rule),
    RouteSpec(method="DELETE", template=_RULES + "/{rule}", handler=delete_rule),
)
