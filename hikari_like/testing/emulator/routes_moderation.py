"""Moderation routes over the guild world: ban, unban and bulk-ban users; create and delete invites.

Each checks what Discord's docs say it checks (`resources/guild.mdx` "Create Guild Ban" to "Bulk
Guild Ban", `resources/channel.mdx` "Create Channel Invite", `resources/invite.mdx` "Delete
Invite"): BAN_MEMBERS and the role hierarchy for bans (the owner, and anyone ranked at or above
the bot, cannot be banned: 50013), MANAGE_GUILD too for a bulk ban of at most 200 users,
CREATE_INSTANT_INVITE in the channel for an invite, MANAGE_CHANNELS there or MANAGE_GUILD to
delete one; field ranges answer 50035 with the field's path. The `X-Audit-Log-Reason` header
becomes the ban's reason, as on Discord. The read routes are in `routes_guilds.py`.
"""

from __future__ import annotations

__all__ = ["ROUTES"]

import datetime
import typing
import urllib.parse

from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.emulator import audit_log
from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator.field_checks import bounded_int
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.field_checks import too_long
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import guild_channel_of
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.guild_world import GuildRecord
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import missing_permissions
from hikari_like.testing.emulator.permissions import permissions_in
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.permissions import top_position
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec

_WEEK: typing.Final = 604800
_MAX_BULK_BAN: typing.Final = 200
_MAX_INVITE_USES: typing.Final = 100
_STREAM, _EMBEDDED_APPLICATION = 1, 2


# -- bans -----------------------------------------------------------------------------------------------


async def create_ban(ctx: RequestContext) -> web.Response:
    """Ban (again, if already banned: Discord answers 204 and keeps one ban)."""
    guild, me = guild_of(ctx), actor(ctx)
    require(ctx.state.world, guild, me, Permissions.BAN_MEMBERS)
    user = ctx.state.world.user(ctx.params["user"])
    if not _outranks(guild, me, str(user["id"])):
        raise missing_permissions()
    seconds = _delete_seconds(validation.optional_object(ctx.body.json))
    _ban(ctx, guild, user, seconds)
    return empty_response()


async def remove_ban(ctx: RequestContext) -> web.Response:
    guild = guild_of(ctx)
    require(ctx.state.world, guild, actor(ctx), Permissions.BAN_MEMBERS)
    guild.ban(ctx.params["user"])  # 10026 when there is none
    del guild.bans[ctx.params["user"]]
    audit_log.record(ctx, guild, audit_log.MEMBER_BAN_REMOVE, target_id=ctx.params["user"])
    return empty_response()


async def bulk_ban(ctx: RequestContext) -> web.Response:
    """Bans whom it can; the rest (unknown, already banned, ranked too high) fail. Discord leaves
    the bot itself out of both lists, and answers 500000 when nobody could be banned."""
    guild, me = guild_of(ctx), actor(ctx)
    require(ctx.state.world, guild, me, Permissions.BAN_MEMBERS | Permissions.MANAGE_GUILD)
    body = validation.optional_object(ctx.body.json)
    user_ids, seconds = _bulk_user_ids(body), _delete_seconds(body)
    banned: list[str] = []
    failed: list[str] = []
    for user_id in dict.fromkeys(user_ids):
        if user_id == me:
            continue
        user = ctx.state.world.users.get(user_id)
        if user is None or user_id in guild.bans or not _outranks(guild, me, user_id):
            failed.append(user_id)
            continue
        _ban(ctx, guild, user, seconds)
        banned.append(user_id)
    if not banned:
        # Discord documents the code, not the status; a 403 is what bots report receiving.
        raise DiscordError(403, "Failed to ban users", 500000)
    return json_response({"banned_users": banned, "failed_users": failed})


def _outranks(guild: GuildRecord, actor_id: str, user_id: str) -> bool:
    """Whether `actor_id` may ban `user_id`: anyone not in the guild, a member ranked below."""
    if user_id == guild.owner_id:
        return False
    if user_id not in guild.members:
        return True
    return top_position(guild, user_id) < top_position(guild, actor_id)


def _ban(ctx: RequestContext, guild: GuildRecord, user: json.JSONObject, seconds: int) -> None:
    ctx.state.world.add_ban(guild, user, reason=_reason(ctx))
    audit_log.record(ctx, guild, audit_log.MEMBER_BAN_ADD, target_id=str(user["id"]))
    if seconds:
        _delete_recent_messages(ctx, guild, str(user["id"]), seconds)


def _delete_recent_messages(ctx: RequestContext, guild: GuildRecord, user_id: str, seconds: int) -> None:
    """Delete the user's messages of the last `seconds` in the guild's channels."""
    since = datetime.datetime.now(datetime.UTC) - datetime.timedelta(seconds=seconds)
    guild_channels = [c["id"] for c in ctx.state.world.channels.values() if c.get("guild_id") == guild.id]
    for channel_id in guild_channels:
        messages = ctx.state.messages.get(channel_id, {})
        for message_id, message in list(messages.items()):
            sent = datetime.datetime.fromisoformat(message["timestamp"])
            if message["author"]["id"] == user_id and sent >= since:
                del messages[message_id]


def _delete_seconds(body: json.JSONObject) -> int:
    return bounded_int(body, "delete_message_seconds", low=0, high=_WEEK, default=0)


def _bulk_user_ids(body: json.JSONObject) -> list[str]:
    user_ids = body.get("user_ids")
    if user_ids is None:
        raise invalid("user_ids", "BASE_TYPE_REQUIRED", "This field is required")
    if not isinstance(user_ids, list):
        raise invalid("user_ids", "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType")
    if len(user_ids) > _MAX_BULK_BAN:
        raise too_long("user_ids", _MAX_BULK_BAN)
    for index, user_id in enumerate(user_ids):
        if not str(user_id).isdigit():
            raise invalid(f"user_ids.{index}", "NUMBER_TYPE_COERCE", f'Value "{user_id}" is not snowflake.')
    return [str(user_id) for user_id in user_ids]


# -- invites --------------------------------------------------------------------------------------------


async def create_invite(ctx: RequestContext) -> web.Response:
    """A new invite, or, unless `unique`, the bot's existing one with the same settings."""
    world = ctx.state.world
    guild, channel = guild_channel_of(ctx)
    me = actor(ctx)
    require(world, guild, me, Permissions.CREATE_INSTANT_INVITE, channel)
    body = validation.optional_object(ctx.body.json)
    settings = _invite_settings(ctx, guild, body)
    stored = None if _bool(body, "unique") else _similar_invite(ctx, channel, me, settings)
    if stored is None:
        stored = world.add_invite(channel, inviter=world.user(me), **settings.basic)
        stored.update(settings.targets)
    return json_response(world.invite_payload(stored, metadata=True))


async def delete_invite(ctx: RequestContext) -> web.Response:
    world = ctx.state.world
    stored = world.invite(ctx.params["invite"])
    channel = world.channels[str(stored["channel_id"])]
    guild, me = guild_of(ctx, str(stored["guild_id"])), actor(ctx)
    allowed = permissions_in(world, guild, me) & Permissions.MANAGE_GUILD
    if not allowed and not permissions_in(world, guild, me, channel) & Permissions.MANAGE_CHANNELS:
        raise missing_permissions()
    del world.invites[stored["code"]]
    return json_response(world.invite_payload(stored))


class _InviteSettings(typing.NamedTuple):
    basic: dict[str, typing.Any]
    """`max_age`, `max_uses`, `temporary`: what `GuildWorld.add_invite` takes."""
    targets: json.JSONObject
    """`target_type`, `target_user`, `target_application`, `role_ids`, when given."""


def _invite_settings(ctx: RequestContext, guild: GuildRecord, body: json.JSONObject) -> _InviteSettings:
    basic = {
        "max_age": bounded_int(body, "max_age", low=0, high=_WEEK, default=86400),
        "max_uses": bounded_int(body, "max_uses", low=0, high=_MAX_INVITE_USES, default=0),
        "temporary": _bool(body, "temporary"),
    }
    return _InviteSettings(basic=basic, targets={**_targets(ctx, body), **_roles(ctx, guild, body)})


def _targets(ctx: RequestContext, body: json.JSONObject) -> json.JSONObject:
    target_type = body.get("target_type")
    if target_type is None:
        return {}
    if target_type not in (_STREAM, _EMBEDDED_APPLICATION):
        raise invalid("target_type", "ENUM_TYPE_COERCE", f'Value "{target_type}" is not a valid enum value.')
    if target_type == _STREAM:
        user_id = _required_snowflake(body, "target_user_id")
        return {"target_type": target_type, "target_user": ctx.state.world.user(user_id)}
    application_id = _required_snowflake(body, "target_application_id")
    return {"target_type": target_type, "target_application": _partial_application(ctx, application_id)}


def _partial_application(ctx: RequestContext, application_id: str) -> json.JSONObject:
    """The partial application an invite shows: the emulated application's own fields when it is
    the target, else only the ID (the emulator knows no other application)."""
    own = ctx.state.application
    if application_id != own["id"]:
        return {"id": application_id}
    return {name: own.get(name) for name in _PARTIAL_APPLICATION_FIELDS}


# What Discord's invite `target_application` carries of an application (resources/application.mdx).
_PARTIAL_APPLICATION_FIELDS: typing.Final = ("id", "name", "icon", "description", "cover_image", "verify_key")


def _roles(ctx: RequestContext, guild: GuildRecord, body: json.JSONObject) -> json.JSONObject:
    """Roles the invite gives: MANAGE_ROLES, roles of the guild and below the bot's highest."""
    role_ids = body.get("role_ids")
    if not role_ids:
        return {}
    require(ctx.state.world, guild, actor(ctx), Permissions.MANAGE_ROLES)
    mine = top_position(guild, actor(ctx))
    if any(int(guild.role(str(role_id))["position"]) >= mine for role_id in role_ids):
        raise missing_permissions()
    return {"role_ids": [str(role_id) for role_id in role_ids]}


def _similar_invite(
    ctx: RequestContext, channel: json.JSONObject, inviter: str, settings: _InviteSettings
) -> json.JSONObject | None:
    """An unused invite of the same inviter to the same channel with the same settings, which
    Discord gives again rather than making a new one."""
    if settings.targets:
        return None
    for stored in ctx.state.world.invites.values():
        same = all(stored[name] == value for name, value in settings.basic.items())
        mine = stored["channel_id"] == channel["id"] and stored["inviter"]["id"] == inviter
        if same and mine and stored["uses"] == 0 and not stored.get("target_type"):
            return stored
    return None


# -- bodies ---------------------------------------------------------------------------------------------


def _reason(ctx: RequestContext) -> str | None:
    header = ctx.request.headers.get("X-Audit-Log-Reason")
    return None if header is None else urllib.parse.unquote(header)


def _bool(body: json.JSONObject, name: str) -> bool:
    value = body.get(name, False)
    if not isinstance(value, bool):
        raise invalid(name, "BOOLEAN_TYPE_CONVERT", "Must be either true or false.")
    return value


def _required_snowflake(body: json.JSONObject, name: str) -> str:
    value = body.get(name)
    if value is None:
        raise invalid(name, "BASE_TYPE_REQUIRED", "This field is required")
    if not str(value).isdigit():
        raise invalid(name, "NUMBER_TYPE_COERCE", f'Value "{value}" is not snowflake.')
    return str(value)


_GUILD: typing.Final = "/guilds/{guild}"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="PUT", template=_GUILD + "/bans/{user}", handler=create_ban),
    RouteSpec(method="DELETE", template=_GUILD + "/bans/{user}", handler=remove_ban),
    RouteSpec(method="POST", template=_GUILD + "/bulk-ban", handler=bulk_ban),
    RouteSpec(method="POST", template="/channels/{channel}/invites", handler=create_invite),
    RouteSpec(method="DELETE", template="/invites/{invite}", handler=delete_invite),
)
