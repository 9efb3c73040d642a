"""Application, users and OAuth2 endpoints (the gateway's are in `routes_gateway`, DMs' in
`routes_users`, channels' in `routes_channels`)."""

from __future__ import annotations

__all__ = ["ROUTES"]

from aiohttp import web

from hikari_like.testing.emulator import routes_users
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import Auth
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


async def post_oauth2_token(ctx: RequestContext) -> web.Response:
    """OAuth2 client credentials grant: a Bearer token for this application's id and secret."""
    credentials = ctx.credentials
    if not credentials.client_matches(ctx.request.headers.get("Authorization"), ctx.body.form):
        return json_response({"error": "invalid_client"}, status=401)
    if ctx.body.form.get("grant_type") != "client_credentials":
        return json_response({"error": "unsupported_grant_type"}, status=400)
    return json_response(
        {
            "access_token": credentials.issue_bearer(),
            "token_type": "Bearer",
            "expires_in": int(credentials.bearer_lifetime),
            "scope": ctx.body.form.get("scope", "identify applications.commands.update"),
        }
    )


ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template="/applications/@me", handler=get_application),
    RouteSpec(method="GET", template="/oauth2/applications/@me", handler=get_application),
    RouteSpec(method="GET", template="/users/@me", handler=get_my_user),
    RouteSpec(method="GET", template="/users/{user}", handler=get_user),
    RouteSpec(method="POST", template="/oauth2/token", handler=post_oauth2_token, auth=Auth.NONE),
    # The DM endpoints have their own module; they join here so that the server's list stays as it is.
    *routes_users.ROUTES,
)
