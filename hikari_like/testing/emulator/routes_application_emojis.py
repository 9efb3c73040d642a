"""The application's own emojis (#23), as Discord serves them (emoji.mdx, "List/Get/Create/
Modify/Delete Application Emoji").

Checks: 50001 for another application, 10014 Unknown Emoji, 50035 for a name that is not 2-32 of
`[A-Za-z0-9_]` or already taken (`APPLICATION_EMOJI_NAME_ALREADY_TAKEN`) and for an image that
is missing, not image data or over 256 KiB, and 30008 past Discord's 2000 emojis. The emojis'
`user` is the bot user (Discord's for an emoji uploaded through the API); the list comes as
`{"items": [...]}`.
"""

from __future__ import annotations

__all__ = ["ROUTES"]

import typing

from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routes_emojis import check_image
from hikari_like.testing.emulator.routes_emojis import check_name
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from aiohttp import web

    from hikari_like.internal import json
    from hikari_like.testing.emulator.routing import RequestContext

_MAX_IMAGE: typing.Final = 256 * 1024
_MAX_EMOJIS: typing.Final = 2000


def _emojis(ctx: RequestContext) -> dict[str, json.JSONObject]:
    if ctx.params["application"] != ctx.state.application_id:
        raise DiscordError(403, "Missing Access", 50001)
    return ctx.state.applications.emojis


def _emoji(ctx: RequestContext) -> json.JSONObject:
    found = _emojis(ctx).get(ctx.params["emoji"])
    if found is None:
        raise DiscordError.unknown("Emoji", 10014)
    return found


def _check_unique(ctx: RequestContext, name: object) -> None:
    if any(emoji["name"] == name for emoji in _emojis(ctx).values()):
        raise invalid("name", "APPLICATION_EMOJI_NAME_ALREADY_TAKEN", "Emoji name already taken.")


async def list_emojis(ctx: RequestContext) -> web.Response:
    return json_response({"items": list(_emojis(ctx).values())})


async def get_emoji(ctx: RequestContext) -> web.Response:
    return json_response(_emoji(ctx))


async def create_emoji(ctx: RequestContext) -> web.Response:
    emojis = _emojis(ctx)
    body = validation.require_object(ctx.body.json)
    check_name(body, required=True)
    animated = check_image("image", body.get("image"), limit=_MAX_IMAGE) == "gif"
    _check_unique(ctx, body["name"])
    if len(emojis) >= _MAX_EMOJIS:
        raise DiscordError(400, f"Maximum number of emojis reached ({_MAX_EMOJIS})", 30008)
    emoji: json.JSONObject = {
        "id": ctx.state.ids(),
        "name": body["name"],
        "roles": [],
        "user": ctx.state.bot_user,
        "require_colons": True,
        "managed": False,
        "animated": animated,
        "available": True,
    }
    emojis[emoji["id"]] = emoji
    return json_response(emoji, status=201)


async def edit_emoji(ctx: RequestContext) -> web.Response:
    emoji = _emoji(ctx)
    body = validation.require_object(ctx.body.json)
    check_name(body, required=True)
    if body["name"] != emoji["name"]:
        _check_unique(ctx, body["name"])
    emoji["name"] = body["name"]
    return json_response(emoji)


async def delete_emoji(ctx: RequestContext) -> web.Response:
    del _emojis(ctx)[_emoji(ctx)["id"]]
    return empty_response()


_EMOJIS: typing.Final = "/applications/{application}/emojis"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template=_EMOJIS, handler=list_emojis),
    RouteSpec(method="POST", template=_EMOJIS, handler=create_emoji),
    RouteSpec(method="GET", template=_EMOJIS + "/{emoji}", handler=get_emoji),
    RouteSpec(method="PATCH", template=_EMOJIS + "/{emoji}", handler=edit_emoji),
    RouteSpec(method="DELETE", template=_EMOJIS + "/{emoji}", handler=delete_emoji),
)
