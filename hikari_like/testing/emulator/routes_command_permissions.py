"""Application command permissions in a guild (#23), as Discord serves them
(application-commands.mdx, "Get Guild/Get/Edit Application Command Permissions").

Reading takes the bot token; editing needs a Bearer token (20001 for the bot token) with the
`applications.commands.permissions.update` scope (50026). Checks:
50001 for another application, 10004 for an unknown guild, 10063 for a command that is neither
global nor the guild's, 10066 for a command without overwrites, and 50035 for more than 100
overwrites or one whose `type` is not 1-3 (role, user, channel) or whose `permission` is not a
boolean. Registered before `routes_commands`: `/commands/permissions` is no command ID.
"""

from __future__ import annotations

__all__ = ["ROUTES"]

import typing

from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routes_applications import require_bearer
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from aiohttp import web

    from hikari_like.internal import json
    from hikari_like.testing.emulator.routing import RequestContext

_MAX_OVERWRITES: typing.Final = 100


def _guild_id(ctx: RequestContext) -> str:
    if ctx.params["application"] != ctx.state.application_id:
        raise DiscordError(403, "Missing Access", 50001)
    return str(ctx.state.world.guild(ctx.params["guild"]).fields["id"])


def _command_id(ctx: RequestContext, guild_id: str) -> str:
    command_id = ctx.params["command"]
    in_guild = command_id in ctx.state.guild_commands.get(guild_id, {})
    if not in_guild and command_id not in ctx.state.global_commands:
        raise DiscordError.unknown("application command", 10063)
    return command_id


def _entry(ctx: RequestContext, guild_id: str, command_id: str) -> json.JSONObject:
    return {
        "id": command_id,
        "application_id": ctx.state.application_id,
        "guild_id": guild_id,
        "permissions": ctx.state.applications.command_permissions[guild_id, command_id],
    }


async def list_permissions(ctx: RequestContext) -> web.Response:
    guild_id = _guild_id(ctx)
    stored = ctx.state.applications.command_permissions
    return json_response([_entry(ctx, guild_id, command) for guild, command in stored if guild == guild_id])


async def get_permissions(ctx: RequestContext) -> web.Response:
    guild_id = _guild_id(ctx)
    command_id = _command_id(ctx, guild_id)
    if (guild_id, command_id) not in ctx.state.applications.command_permissions:
        raise DiscordError.unknown("application command permissions", 10066)
    return json_response(_entry(ctx, guild_id, command_id))


def _overwrite(index: int, value: object) -> json.JSONObject:
    where = f"permissions.{index}"
    if not isinstance(value, dict) or not str(value.get("id", "")).isdecimal():
        raise invalid(f"{where}.id", "NUMBER_TYPE_COERCE", "Value is not snowflake.")
    if value.get("type") not in (1, 2, 3):
        raise invalid(f"{where}.type", "BASE_TYPE_CHOICES", "Value must be one of (1, 2, 3).")
    if not isinstance(value.get("permission"), bool):
        raise invalid(f"{where}.permission", "BASE_TYPE_BOOLEAN", "Must be either true or false.")
    return {"id": str(value["id"]), "type": value["type"], "permission": value["permission"]}


async def put_permissions(ctx: RequestContext) -> web.Response:
    require_bearer(ctx, "applications.commands.permissions.update")
    guild_id = _guild_id(ctx)
    command_id = _command_id(ctx, guild_id)
    overwrites = validation.require_object(ctx.body.json).get("permissions")
    if not isinstance(overwrites, list) or len(overwrites) > _MAX_OVERWRITES:
        raise invalid("permissions", "BASE_TYPE_MAX_LENGTH", f"Must be {_MAX_OVERWRITES} or fewer in length.")
    stored = [_overwrite(index, value) for index, value in enumerate(overwrites)]
    ctx.state.applications.command_permissions[guild_id, command_id] = stored
    return json_response(_entry(ctx, guild_id, command_id))


_GUILD_COMMANDS: typing.Final = "/applications/{application}/guilds/{guild}/commands"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template=_GUILD_COMMANDS + "/permissions", handler=list_permissions),
    RouteSpec(method="GET", template=_GUILD_COMMANDS + "/{command}/permissions", handler=get_permissions),
    RouteSpec(method="PUT", template=_GUILD_COMMANDS + "/{command}/permissions", handler=put_permissions),
)
