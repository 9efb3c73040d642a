"""Application and users endpoints (OAuth2's are in `routes_oauth2`, the gateway's in
`routes_gateway`, DMs' in `routes_users`, channels' in `routes_channels`)."""

from __future__ import annotations

__all__ = ["ROUTES"]

from aiohttp import web

from hikari_like.testing.emulator import routes_users
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec


async def get_application(ctx: RequestContext) -> web.Response:
    return json_response(ctx.state.application)


async def get_my_user(ctx: RequestContext) -> web.Response:
    private = {"mfa_enabled": False, "locale": "en-US", "verified": True, "email": None}
    return json_response({**ctx.state.bot_user, **private})


async def get_user(ctx: RequestContext) -> web.Response:
    user = ctx.state.users.get(ctx.params["user"])
    if user is None:
        raise DiscordError.unknown("User", 10013)
    return json_response(user)


ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template="/applications/@me", handler=get_application),
    RouteSpec(method="GET", template="/oauth2/applications/@me", handler=get_application),
    RouteSpec(method="GET", template="/users/@me", handler=get_my_user),
    RouteSpec(method="GET", template="/users/{user}", handler=get_user),
    # The DM endpoints have their own module; they join here so that the server's list stays as it is.
    *routes_users.ROUTES,
)
