"""Application command endpoints, global and per guild: list, fetch, create (upsert), edit,
bulk overwrite, delete.

Entry point commands (type 4) are global only and one per application; a global bulk
overwrite that would drop the registered one is refused with Discord's 50240. Seed one as
Discord does when Activities are enabled with `POST /applications/{id}/commands`.

Commands come back as Discord answers them: options without the fields Discord leaves out when
false or empty (`required`, `autocomplete`, empty lists), permissions as decimal strings, the
same `version` after a write that changed nothing, and the list routes without the localization
maps unless asked `?with_localizations=true` (`name_localized` for the requester's locale instead).
"""

from __future__ import annotations

__all__ = ["ROUTES"]

import typing

from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.emulator import payloads
from hikari_like.testing.emulator.command_validation import check_entry_point_kept
from hikari_like.testing.emulator.command_validation import stored_option
from hikari_like.testing.emulator.command_validation import validate_command
from hikari_like.testing.emulator.command_validation import validate_commands
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec
from hikari_like.testing.emulator.validation import require_object


def _store(ctx: RequestContext) -> dict[str, json.JSONObject]:
    """The command table the path names; another application's id is Discord's 403 (50001)."""
    if ctx.params["application"] != ctx.state.application_id:
        raise DiscordError(403, "Missing Access", 50001)
    guild_id = ctx.params.get("guild")
    if guild_id is None:
        return ctx.state.global_commands
    return ctx.state.guild_commands.setdefault(guild_id, {})


def _same_command(existing: json.JSONObject, body: json.JSONObject) -> bool:
    return bool(existing["name"] == body["name"] and existing["type"] == body.get("type", 1))


_ENTRY_POINT = 4
_LOCALIZATION_MAPS: typing.Final = {
    "name_localizations": "name_localized",
    "description_localizations": "description_localized",
}
# Discord does not document the `handler` of an entry point created without one; its own
# default "Launch" command has DISCORD_LAUNCH_ACTIVITY (2), so that is what the emulator stores.
_DEFAULT_HANDLER = 2


def _build(ctx: RequestContext, body: json.JSONObject, existing: json.JSONObject | None) -> json.JSONObject:
    """The command as Discord stores and answers it; an unchanged one keeps its id and version."""
    command = payloads.command_payload(
        existing["id"] if existing else ctx.state.ids(),
        application_id=ctx.state.application_id,
        guild_id=ctx.params.get("guild"),
        body=body,
        version="",
    )
    if command["type"] == _ENTRY_POINT:
        command["handler"] = body.get("handler", _DEFAULT_HANDLER)
    if isinstance(command.get("options"), list):
        command["options"] = [stored_option(option) for option in command["options"]]
    if command["default_member_permissions"] is not None:
        command["default_member_permissions"] = str(int(command["default_member_permissions"]))
    # Discord's version changes "during substantial record changes", not on every write.
    unchanged = existing is not None and {**existing, "version": ""} == command
    command["version"] = existing["version"] if unchanged and existing else ctx.state.ids()
    return command


def _without_localizations(value: typing.Any, locale: str | None) -> typing.Any:
    """A command (or option, choice) as Discord's list routes answer it without `with_localizations`.

    The `*_localizations` maps are left out; `name_localized` / `description_localized` carry the
    requester's locale (from `X-Discord-Locale`, else `Accept-Language`) where there is one.
    """
    if isinstance(value, list):
        return [_without_localizations(item, locale) for item in value]
    if not isinstance(value, dict):
        return value
    result: json.JSONObject = {}
    for key, item in value.items():
        if key in _LOCALIZATION_MAPS:
            text = (item or {}).get(locale) if locale else None
            if text is not None:
                result[_LOCALIZATION_MAPS[key]] = text
        else:
            result[key] = _without_localizations(item, locale)
    return result


def _request_locale(ctx: RequestContext) -> str | None:
    header = ctx.request.headers.get("X-Discord-Locale") or ctx.request.headers.get("Accept-Language")
    if not header:
        return None
    return header.split(",")[0].split(";")[0].strip() or None


def _is_guild(ctx: RequestContext) -> bool:
    return "guild" in ctx.params


def _check_one_entry_point(store: dict[str, json.JSONObject], body: json.JSONObject) -> None:
    """An app has at most one entry point: creating another (not replacing it) is Discord's 30032."""
    if body.get("type") != _ENTRY_POINT:
        return
    if any(c["type"] == _ENTRY_POINT and c["name"] != body["name"] for c in store.values()):
        raise DiscordError(400, "Maximum number of application commands reached", 30032)


async def list_commands(ctx: RequestContext) -> web.Response:
    """Discord's list routes leave the localization maps out unless asked `with_localizations=true`."""
    stored = list(_store(ctx).values())
    if ctx.query.get("with_localizations", "").lower() in ("true", "1"):
        return json_response(stored)
    return json_response(_without_localizations(stored, _request_locale(ctx)))


async def get_command(ctx: RequestContext) -> web.Response:
    return json_response(_command(ctx))


def _command(ctx: RequestContext) -> json.JSONObject:
    found = _store(ctx).get(ctx.params["command"])
    if found is None:
        raise DiscordError.unknown("application command", 10063)
    return found


async def create_command(ctx: RequestContext) -> web.Response:
    """Discord upserts: a command with the same name and type is replaced (200), else created (201)."""
    store = _store(ctx)
    body = require_object(ctx.body.json)
    validate_command(body, guild=_is_guild(ctx))
    _check_one_entry_point(store, body)
    existing = next((c for c in store.values() if _same_command(c, body)), None)
    command = _build(ctx, body, existing)
    store[command["id"]] = command
    return json_response(command, status=200 if existing else 201)


async def edit_command(ctx: RequestContext) -> web.Response:
    current = _command(ctx)
    body = {**current, **require_object(ctx.body.json)}
    validate_command(body, guild=_is_guild(ctx))
    command = _build(ctx, body, current)
    _store(ctx)[command["id"]] = command
    return json_response(command)


async def overwrite_commands(ctx: RequestContext) -> web.Response:
    """Bulk overwrite: the body becomes the whole set; commands kept by name and type keep their id."""
    store = _store(ctx)
    bodies = validate_commands(ctx.body.json, guild=_is_guild(ctx))
    old = list(store.values())
    check_entry_point_kept(old, bodies)
    commands = []
    for body in bodies:
        existing = next((c for c in old if _same_command(c, body)), None)
        commands.append(_build(ctx, body, existing))
    store.clear()
    store.update((command["id"], command) for command in commands)
    return json_response(commands)


async def delete_command(ctx: RequestContext) -> web.Response:
    command = _command(ctx)
    del _store(ctx)[command["id"]]
    return empty_response()


def _routes(base: str) -> tuple[RouteSpec, ...]:
    one = base + "/{command}"
    return (
        RouteSpec(method="GET", template=base, handler=list_commands),
        RouteSpec(method="POST", template=base, handler=create_command),
        RouteSpec(method="PUT", template=base, handler=overwrite_commands),
        RouteSpec(method="GET", template=one, handler=get_command),
        RouteSpec(method="PATCH", template=one, handler=edit_command),
        RouteSpec(method="DELETE", template=one, handler=delete_command),
    )


ROUTES: tuple[RouteSpec, ...] = _routes("/applications/{application}/commands") + _routes(
    "/applications/{application}/guilds/{guild}/commands"
)
