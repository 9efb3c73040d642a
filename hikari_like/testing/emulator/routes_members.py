"""Member and role write routes over the guild world (the read routes are in `routes_guilds.py`).

Each checks what Discord's docs say (`resources/guild.mdx` "Search Guild Members" to "Delete
Guild Role", `topics/permissions.mdx` "Permission Hierarchy"):

- the permission each field or action names: MANAGE_NICKNAMES (CHANGE_NICKNAME for one's own),
  MANAGE_ROLES, MUTE_MEMBERS, DEAFEN_MEMBERS, MOVE_MEMBERS, MODERATE_MEMBERS, KICK_MEMBERS,
  CREATE_INSTANT_INVITE to add a user (50013);
- the hierarchy: only roles below the bot's highest role are given, taken, edited, deleted or
  moved, and only members ranked below it are renamed, timed out or kicked; the owner never is;
  a role may get only permissions the bot has; managed roles are never given or taken (50013);
- timeouts at most 28 days ahead and never on the owner or an administrator; mute, deafen and
  move only members connected to voice (`discord.connect_voice`, else 40032);
- values: nicknames 1-32 characters, role names at most 100, at most 250 roles (30005), role
  icons only with the ROLE_ICONS feature and gradients only with ENHANCED_ROLE_COLORS (50101).

Discord documents the limits but not every error body; where it does not, the emulator answers
50035 with the field's path and a message in Discord's style.
"""

from __future__ import annotations

__all__ = ["ROUTES", "grant_guilds_join"]

import datetime
import secrets
import typing
import weakref

from aiohttp import web

from hikari_like.testing.emulator import audit_log
from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator.field_checks import image_hash
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.field_checks import query_int
from hikari_like.testing.emulator.field_checks import too_long
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.guild_world import GuildRecord
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import guild_permissions
from hikari_like.testing.emulator.permissions import missing_permissions
from hikari_like.testing.emulator.permissions import permissions_in
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.permissions import require_above
from hikari_like.testing.emulator.permissions import require_grantable
from hikari_like.testing.emulator.permissions import top_position
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from hikari_like.internal import json
    from hikari_like.testing.emulator.state import EmulatorState

P = Permissions
_FIELD_PERMISSIONS: typing.Final = {
    "roles": P.MANAGE_ROLES,
    "mute": P.MUTE_MEMBERS,
    "deaf": P.DEAFEN_MEMBERS,
    "channel_id": P.MOVE_MEMBERS,
    "communication_disabled_until": P.MODERATE_MEMBERS,
}
_ADD_FIELD_PERMISSIONS: typing.Final = {
    "nick": P.MANAGE_NICKNAMES,
    "roles": P.MANAGE_ROLES,
    "mute": P.MUTE_MEMBERS,
    "deaf": P.DEAFEN_MEMBERS,
}
# "MANAGE_GUILD or MANAGE_ROLES or (MODERATE_MEMBERS and KICK_MEMBERS and BAN_MEMBERS)"
_FLAG_EDITORS: typing.Final = (
    P.MANAGE_GUILD,
    P.MANAGE_ROLES,
    P.MODERATE_MEMBERS | P.KICK_MEMBERS | P.BAN_MEMBERS,
)
del P
_EDITABLE_MEMBER_FLAGS: typing.Final = 1 << 2  # BYPASSES_VERIFICATION, the only one Discord lets bots set
_MAX_TIMEOUT: typing.Final = datetime.timedelta(days=28)
_MAX_NICK, _MAX_ROLE_NAME, _MAX_ROLES = 32, 100, 250
_VOICE_TYPES: typing.Final = frozenset({2, 13})
_HOLOGRAPHIC: typing.Final = {
    "primary_color": 11127295,
    "secondary_color": 16759788,
    "tertiary_color": 16761760,
}

# The users' OAuth2 grants of `guilds.join`, per emulated Discord: token -> user ID.
_GRANTS: weakref.WeakKeyDictionary[EmulatorState, dict[str, str]] = weakref.WeakKeyDictionary()


def grant_guilds_join(state: EmulatorState, user_id: str) -> str:
    """An access token with which the user `user_id` lets the application add them to guilds.

    ```python
    token = grant_guilds_join(discord.state, user["id"])
    member = await rest.add_user_to_guild(token, discord.guild_id, user["id"])
    ```
    """
    token = secrets.token_urlsafe(24)
    _GRANTS.setdefault(state, {})[token] = str(user_id)
    return token


def _not_in_voice() -> DiscordError:
    return DiscordError(400, "Target user is not connected to voice", 40032)


def _needs_boosts() -> DiscordError:
    return DiscordError(403, "This server needs more boosts to perform this action", 50101)


# -- members ------------------------------------------------------------------------------------------


async def search_members(ctx: RequestContext) -> web.Response:
    """Members whose username, global name or nickname starts with `query` (ignoring case)."""
    guild = guild_of(ctx)
    query = ctx.query.get("query")
    if query is None:
        raise invalid("query", "BASE_TYPE_REQUIRED", "This field is required")
    limit = query_int(ctx, "limit", default=1, low=1, high=1000)
    wanted = query.casefold()
    found = [
        member
        for _, member in sorted(guild.members.items(), key=lambda item: int(item[0]))
        if any(name.casefold().startswith(wanted) for name in _names(member))
    ]
    return json_response(found[:limit])


def _names(member: json.JSONObject) -> list[str]:
    user = member["user"]
    return [name for name in (user.get("username"), user.get("global_name"), member.get("nick")) if name]


async def add_member(ctx: RequestContext) -> web.Response:
    """201 with the new member; 204 when the user already is one."""
    guild, me, world = guild_of(ctx), actor(ctx), ctx.state.world
    body = validation.optional_object(ctx.body.json)
    user = world.user(ctx.params["user"])
    if _GRANTS.get(ctx.state, {}).get(str(body.get("access_token"))) != str(user["id"]):
        raise DiscordError(400, "Invalid OAuth2 access token provided", 50025)
    require(world, guild, me, Permissions.CREATE_INSTANT_INVITE)
    if str(user["id"]) in guild.members:
        return empty_response()
    for field, permission in _ADD_FIELD_PERMISSIONS.items():
        if field in body:
            require(world, guild, me, permission)
    roles = _role_list(guild, me, body.get("roles") or [], current=[])
    member = world.add_member(guild, user, roles=roles, nick=_nick(body.get("nick")))
    member.update({field: body[field] is True for field in ("mute", "deaf") if field in body})
    return json_response(member, status=201)


async def edit_member(ctx: RequestContext) -> web.Response:
    guild, me, world = guild_of(ctx), actor(ctx), ctx.state.world
    body = validation.optional_object(ctx.body.json)
    target = ctx.params["user"]
    member = guild.member(target)
    for field, permission in _FIELD_PERMISSIONS.items():
        if field in body:
            require(world, guild, me, permission)
    changes: json.JSONObject = {}
    if "nick" in body:
        _require_rename(ctx, guild, me, target)
        changes["nick"] = _nick(body["nick"])
    if "roles" in body:
        changes["roles"] = _role_list(guild, me, body["roles"], current=member["roles"])
    if "communication_disabled_until" in body:
        changes["communication_disabled_until"] = _timeout(guild, me, target, body)
    if "flags" in body:
        changes["flags"] = _flags(ctx, guild, me, member, body["flags"])
    changes.update(_voice_changes(ctx, guild, me, target, body))
    member.update(changes)
    return json_response(member)


async def edit_my_member(ctx: RequestContext) -> web.Response:
    """The bot's own nickname (CHANGE_NICKNAME), guild avatar, banner and bio."""
    guild, me = guild_of(ctx), actor(ctx)
    body = validation.optional_object(ctx.body.json)
    member = guild.member(me)
    if "nick" in body:
        require(ctx.state.world, guild, me, Permissions.CHANGE_NICKNAME)
        member["nick"] = _nick(body["nick"])
    for field in ("avatar", "banner"):
        if field in body:
            member[field] = image_hash(field, body[field])
    # `bio` is accepted and not kept: it is part of the member's profile, not of the member object.
    return json_response(member)


async def get_my_member(ctx: RequestContext) -> web.Response:
    """The token's own membership (Discord: with the `guilds.members.read` scope; here any token)."""
    return json_response(guild_of(ctx).member(actor(ctx)))


async def kick_member(ctx: RequestContext) -> web.Response:
    guild, me = guild_of(ctx), actor(ctx)
    target = ctx.params["user"]
    guild.member(target)
    require(ctx.state.world, guild, me, Permissions.KICK_MEMBERS)
    require_above(guild, me, member=target)
    del guild.members[target]
    guild.voice.pop(target, None)
    audit_log.record(ctx, guild, audit_log.MEMBER_KICK, target_id=target)
    return empty_response()


def _require_rename(ctx: RequestContext, guild: GuildRecord, me: str, target: str) -> None:
    if target == me:
        require(ctx.state.world, guild, me, Permissions.CHANGE_NICKNAME)
        return
    require(ctx.state.world, guild, me, Permissions.MANAGE_NICKNAMES)
    require_above(guild, me, member=target)


def _nick(value: object) -> str | None:
    if value is None or value == "":
        return None  # Discord resets the nickname for both
    if not isinstance(value, str) or len(value) > _MAX_NICK:
        raise invalid("nick", "BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {_MAX_NICK} in length.")
    return value


def _role_list(guild: GuildRecord, me: str, value: object, *, current: list[str]) -> list[str]:
    """A member's new role list: every role must exist; those added or removed must be below the
    bot's highest role and not managed. @everyone is implied, so it is dropped."""
    if not isinstance(value, list):
        raise invalid("roles", "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType")
    wanted = [str(role_id) for role_id in value if str(role_id) != guild.id]
    for role_id in set(wanted) ^ set(current):
        if role_id in guild.roles:
            _require_assignable(guild, me, role_id)
    for role_id in wanted:
        guild.role(role_id)
    return list(dict.fromkeys(wanted))


def _require_assignable(guild: GuildRecord, me: str, role_id: str) -> None:
    role = guild.role(role_id)
    require_above(guild, me, role=role_id)
    if role.get("managed"):
        raise missing_permissions()


def _timeout(guild: GuildRecord, me: str, target: str, body: json.JSONObject) -> str | None:
    require_above(guild, me, member=target)
    if guild_permissions(guild, target) & Permissions.ADMINISTRATOR:
        raise missing_permissions()  # "403 if the user has ADMINISTRATOR or is the owner"
    value = body["communication_disabled_until"]
    if value is None:
        return None
    try:
        until = datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise invalid("communication_disabled_until", "DATE_TIME_TYPE_PARSE", "Invalid datetime.") from None
    if until.tzinfo is None:
        until = until.replace(tzinfo=datetime.UTC)
    if until - datetime.datetime.now(datetime.UTC) > _MAX_TIMEOUT:
        message = "A timeout may last at most 28 days."
        raise invalid("communication_disabled_until", "BASE_TYPE_BAD_TIME", message)
    return until.isoformat()


def _flags(ctx: RequestContext, guild: GuildRecord, me: str, member: json.JSONObject, value: object) -> int:
    granted = permissions_in(ctx.state.world, guild, me)
    if not any(granted & needed == needed for needed in _FLAG_EDITORS):
        raise missing_permissions()
    if not isinstance(value, int) or isinstance(value, bool):
        raise invalid("flags", "NUMBER_TYPE_COERCE", f'Value "{value}" is not int.')
    return (int(member.get("flags") or 0) & ~_EDITABLE_MEMBER_FLAGS) | (value & _EDITABLE_MEMBER_FLAGS)


def _voice_changes(
    ctx: RequestContext, guild: GuildRecord, me: str, target: str, body: json.JSONObject
) -> json.JSONObject:
    """Mute, deafen, move or disconnect: only a member in voice (40032); a move needs CONNECT
    in the voice channel the member goes to."""
    changes: json.JSONObject = {field: body[field] is True for field in ("mute", "deaf") if field in body}
    if changes and target not in guild.voice:
        raise _not_in_voice()
    if "channel_id" not in body:
        return changes
    if body["channel_id"] is None:
        guild.voice.pop(target, None)
        return changes
    channel = ctx.state.world.guild_channel(guild, str(body["channel_id"]))
    if channel["type"] not in _VOICE_TYPES:
        raise DiscordError(400, "Cannot execute action on this channel type", 50024)
    if target not in guild.voice:
        raise _not_in_voice()
    require(ctx.state.world, guild, me, Permissions.CONNECT, channel)
    guild.voice[target] = channel["id"]
    return changes


# -- roles --------------------------------------------------------------------------------------------


async def create_role(ctx: RequestContext) -> web.Response:
    """A role just above @everyone; Discord's defaults: "new role", @everyone's permissions."""
    guild, me, world = guild_of(ctx), actor(ctx), ctx.state.world
    require(world, guild, me, Permissions.MANAGE_ROLES)
    if len(guild.roles) >= _MAX_ROLES:
        raise DiscordError(400, f"Maximum number of guild roles reached ({_MAX_ROLES})", 30005)
    body = validation.optional_object(ctx.body.json)
    permissions = _permissions(body.get("permissions", guild.everyone["permissions"]))
    require_grantable(guild, me, permissions)
    _apply_look(guild, {}, body)  # refused before anything changes: a new role moves the others up
    role = world.add_role(guild, "new role", permissions=permissions)
    _apply_look(guild, role, body)
    audit_log.record(
        ctx, guild, audit_log.ROLE_CREATE, target_id=role["id"], changes=audit_log.changes_between({}, role)
    )
    return json_response(role)


async def edit_role(ctx: RequestContext) -> web.Response:
    guild, me = guild_of(ctx), actor(ctx)
    require(ctx.state.world, guild, me, Permissions.MANAGE_ROLES)
    role = guild.role(ctx.params["role"])
    require_above(guild, me, role=role["id"])
    body = validation.optional_object(ctx.body.json)
    edited = dict(role)
    if body.get("permissions") is not None:
        edited["permissions"] = str(_permissions(body["permissions"]))
        require_grantable(guild, me, int(edited["permissions"]))
    _apply_look(guild, edited, body)
    changes = audit_log.changes_between(role, edited)
    role.update(edited)  # all or nothing, as Discord applies an edit
    audit_log.record(ctx, guild, audit_log.ROLE_UPDATE, target_id=role["id"], changes=changes)
    return json_response(role)


async def delete_role(ctx: RequestContext) -> web.Response:
    """Not @everyone (50028), not a managed role (50013); members lose it."""
    guild, me = guild_of(ctx), actor(ctx)
    require(ctx.state.world, guild, me, Permissions.MANAGE_ROLES)
    role = guild.role(ctx.params["role"])
    if role["id"] == guild.id:
        raise DiscordError(400, "Invalid Role", 50028)
    require_above(guild, me, role=role["id"])
    if role.get("managed"):
        raise missing_permissions()
    del guild.roles[role["id"]]
    for member in guild.members.values():
        member["roles"] = [role_id for role_id in member["roles"] if role_id != role["id"]]
    audit_log.record(
        ctx, guild, audit_log.ROLE_DELETE, target_id=role["id"], changes=audit_log.changes_between(role, {})
    )
    return empty_response()


async def reposition_roles(ctx: RequestContext) -> web.Response:
    """Every role moved must be, and stay, below the bot's highest role; @everyone stays at 0."""
    guild, me = guild_of(ctx), actor(ctx)
    require(ctx.state.world, guild, me, Permissions.MANAGE_ROLES)
    moves = ctx.body.json
    if not isinstance(moves, list) or not all(isinstance(move, dict) for move in moves):
        raise invalid("_", "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType")
    for index, move in enumerate(moves):
        role = guild.role(str(move.get("id")))
        position = move.get("position")
        if role["id"] == guild.id or not isinstance(position, int) or position < 1:
            raise invalid(f"{index}.position", "NUMBER_TYPE_MIN", "int value should be greater than 0.")
        require_above(guild, me, role=role["id"])
        if position >= top_position(guild, me):
            raise missing_permissions()
    for move in moves:
        guild.roles[str(move["id"])]["position"] = move["position"]
    return json_response(guild.sorted_roles())


async def role_member_counts(ctx: RequestContext) -> web.Response:
    """Role ID -> how many members hold it, @everyone left out."""
    guild = guild_of(ctx)
    counts = dict.fromkeys((role_id for role_id in guild.roles if role_id != guild.id), 0)
    for member in guild.members.values():
        for role_id in member["roles"]:
            if role_id in counts:
                counts[role_id] += 1
    return json_response(counts)


async def add_member_role(ctx: RequestContext) -> web.Response:
    member, role_id = _member_role(ctx)
    if role_id not in member["roles"]:
        member["roles"] = [*member["roles"], role_id]
    return empty_response()


async def remove_member_role(ctx: RequestContext) -> web.Response:
    member, role_id = _member_role(ctx)
    member["roles"] = [held for held in member["roles"] if held != role_id]
    return empty_response()


def _member_role(ctx: RequestContext) -> tuple[json.JSONObject, str]:
    """The member and role of a member-role route, after Discord's checks: MANAGE_ROLES, a role
    below the bot's highest one, not managed."""
    guild, me = guild_of(ctx), actor(ctx)
    member = guild.member(ctx.params["user"])
    role_id = guild.role(ctx.params["role"])["id"]
    require(ctx.state.world, guild, me, Permissions.MANAGE_ROLES)
    _require_assignable(guild, me, role_id)
    return member, role_id


def _permissions(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, str | int) or not str(value).isdigit():
        raise invalid("permissions", "NUMBER_TYPE_COERCE", f'Value "{value}" is not int.')
    return int(value)


def _apply_look(guild: GuildRecord, role: json.JSONObject, body: json.JSONObject) -> None:
    """The fields create and edit share: name, colors, hoist, icon, emoji, mentionable."""
    if body.get("name") is not None:
        name = body["name"]
        if not isinstance(name, str) or len(name) > _MAX_ROLE_NAME:
            raise too_long("name", _MAX_ROLE_NAME)
        role["name"] = name
    _apply_colors(guild, role, body)
    for field in ("hoist", "mentionable"):
        if body.get(field) is not None:
            role[field] = body[field] is True
    for field in ("icon", "unicode_emoji"):
        if body.get(field) is not None and "ROLE_ICONS" not in guild.fields.get("features", ()):
            raise _needs_boosts()
    if "icon" in body:
        role["icon"] = image_hash("icon", body["icon"])
    if "unicode_emoji" in body:
        role["unicode_emoji"] = body["unicode_emoji"]


def _apply_colors(guild: GuildRecord, role: json.JSONObject, body: json.JSONObject) -> None:
    """`colors` wins over the deprecated `color`; a gradient needs ENHANCED_ROLE_COLORS, and any
    tertiary color makes it Discord's holographic style."""
    colors = body.get("colors")
    if isinstance(colors, dict):
        gradient = {name: colors.get(name) for name in _HOLOGRAPHIC}
        if gradient["secondary_color"] is not None or gradient["tertiary_color"] is not None:
            if "ENHANCED_ROLE_COLORS" not in guild.fields.get("features", ()):
                raise _needs_boosts()
            if gradient["tertiary_color"] is not None:
                gradient = dict(_HOLOGRAPHIC)
        role["colors"], role["color"] = gradient, int(gradient["primary_color"] or 0)
    elif body.get("color") is not None:
        color = body["color"]
        if isinstance(color, bool) or not isinstance(color, int) or not 0 <= color <= 0xFFFFFF:
            raise invalid("color", "NUMBER_TYPE_MAX", "int value should be less than or equal to 16777215.")
        role["color"] = color
        role["colors"] = {"primary_color": color, "secondary_color": None, "tertiary_color": None}


_MEMBERS: typing.Final = "/guilds/{guild}/members"
_ROLES: typing.Final = "/guilds/{guild}/roles"
ROUTES: tuple[RouteSpec, ...] = (
    # Before `routes_guilds`: `/members/search` and `/roles/member-counts` must not read as an ID.
    RouteSpec(method="GET", template=_MEMBERS + "/search", handler=search_members),
    RouteSpec(method="PATCH", template=_MEMBERS + "/@me", handler=edit_my_member),
    RouteSpec(method="PUT", template=_MEMBERS + "/{user}", handler=add_member),
    RouteSpec(method="PATCH", template=_MEMBERS + "/{user}", handler=edit_member),
    RouteSpec(method="DELETE", template=_MEMBERS + "/{user}", handler=kick_member),
    RouteSpec(method="PUT", template=_MEMBERS + "/{user}/roles/{role}", handler=add_member_role),
    RouteSpec(method="DELETE", template=_MEMBERS + "/{user}/roles/{role}", handler=remove_member_role),
    RouteSpec(method="GET", template="/users/@me/guilds/{guild}/member", handler=get_my_member),
    RouteSpec(method="GET", template=_ROLES + "/member-counts", handler=role_member_counts),
    RouteSpec(method="POST", template=_ROLES, handler=create_role),
    RouteSpec(method="PATCH", template=_ROLES, handler=reposition_roles),
    RouteSpec(method="PATCH", template=_ROLES + "/{role}", handler=edit_role),
    RouteSpec(method="DELETE", template=_ROLES + "/{role}", handler=delete_role),
)
