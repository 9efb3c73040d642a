"""OAuth2 as Discord serves it (topics/oauth2.md): the token grants, revocation and `/oauth2/@me` (#23).

`POST /oauth2/token` authenticates the application by HTTP Basic (or `client_id` and
`client_secret` form fields), else 401 `invalid_client`; then, by `grant_type`:

- `authorization_code`: a code from `EmulatedDiscord.authorize_user`, used once, for the same
  `redirect_uri`, with the PKCE `code_verifier` when the code was issued with a challenge;
- `refresh_token`: a refresh token, used once; `scope` may narrow, never widen, the grant;
- `client_credentials`: a token for the application's owner (no refresh token).

Failures are OAuth2's `{"error": ...[, "error_description": ...]}`: 400 `invalid_grant`,
`invalid_scope`, `invalid_request` or `unsupported_grant_type`. `POST /oauth2/token/revoke` revokes
an access or refresh token (a refresh token takes its access token with it) and answers 200 for
an unknown one, as RFC 7009 says. `GET /oauth2/@me` takes a Bearer token only (a bot token is 401).
"""

from __future__ import annotations

__all__ = ["KNOWN_SCOPES", "ROUTES", "bearer_grant"]

import datetime
import typing

from hikari_like.testing.emulator.oauth2_grants import Grant
from hikari_like.testing.emulator.oauth2_grants import pkce_challenge
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import Auth
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from aiohttp import web

    from hikari_like.internal import json
    from hikari_like.testing.emulator.routing import RequestContext

KNOWN_SCOPES: typing.Final = frozenset(
    [
        "activities.read",
        "activities.write",
        "applications.builds.read",
        "applications.builds.upload",
        "applications.commands",
        "applications.commands.update",
        "applications.commands.permissions.update",
        "applications.entitlements",
        "applications.store.update",
        "bot",
        "connections",
        "dm_channels.read",
        "email",
        "gdm.join",
        "guilds",
        "guilds.join",
        "guilds.members.read",
        "identify",
        "messages.read",
        "relationships.read",
        "role_connections.write",
        "rpc",
        "rpc.notifications.read",
        "webhook.incoming",
    ]
)
_CLIENT_CREDENTIALS_DEFAULT: typing.Final = ("identify", "applications.commands.update")


class _OAuth2Error(Exception):
    def __init__(self, error: str, description: str | None = None, status: int = 400) -> None:
        super().__init__(error)
        self.error, self.description, self.status = error, description, status

    def response(self) -> web.Response:
        body = {"error": self.error}
        if self.description is not None:
            body["error_description"] = self.description
        return json_response(body, status=self.status)


def _scopes(text: str) -> tuple[str, ...]:
    scopes = tuple(text.split())
    unknown = [scope for scope in scopes if scope not in KNOWN_SCOPES]
    if unknown:
        raise _OAuth2Error(
            "invalid_scope", f"The requested scope is invalid, unknown, or malformed: {unknown[0]}"
        )
    return scopes


def bearer_grant(ctx: RequestContext) -> Grant | None:
    """The grant behind the request's valid Bearer token; `None` for a bot token or none."""
    scheme, _, token = ctx.request.headers.get("Authorization", "").partition(" ")
    if scheme != "Bearer" or ctx.credentials.identify(f"Bearer {token}") is None:
        return None
    return ctx.state.oauth2.by_access.get(token)


def _from_code(ctx: RequestContext, form: typing.Mapping[str, str]) -> Grant:
    grant = ctx.state.oauth2.redeem_code(form.get("code", ""))
    if grant is None:
        raise _OAuth2Error("invalid_grant", 'Invalid "code" in request.')
    if form.get("redirect_uri") != grant.redirect_uri:
        raise _OAuth2Error("invalid_grant", 'Invalid "redirect_uri" in request.')
    verifier = form.get("code_verifier")
    if grant.code_challenge is not None and (
        verifier is None or pkce_challenge(verifier) != grant.code_challenge
    ):
        raise _OAuth2Error("invalid_grant", 'Invalid "code_verifier" in request.')
    return grant


def _from_refresh(ctx: RequestContext, form: typing.Mapping[str, str]) -> Grant:
    old = ctx.state.oauth2.by_refresh.get(form.get("refresh_token", ""))
    if old is None:
        raise _OAuth2Error("invalid_grant", 'Invalid "refresh_token" in request.')
    scopes = _scopes(form["scope"]) if "scope" in form else old.scopes
    if not set(scopes) <= set(old.scopes):
        raise _OAuth2Error("invalid_scope", "The requested scope exceeds the scope granted.")
    _revoke(ctx, old)
    return Grant(user_id=old.user_id, scopes=scopes, redirect_uri=old.redirect_uri, guild_id=old.guild_id)


def _from_client(ctx: RequestContext, form: typing.Mapping[str, str]) -> Grant:
    scopes = _scopes(form["scope"]) if "scope" in form else _CLIENT_CREDENTIALS_DEFAULT
    return Grant(user_id=None, scopes=scopes)


_GRANTS: typing.Final = {
    "authorization_code": _from_code,
    "refresh_token": _from_refresh,
    "client_credentials": _from_client,
}


def _token_answer(ctx: RequestContext, grant: Grant, *, refreshable: bool) -> json.JSONObject:
    credentials = ctx.credentials
    token = credentials.issue_bearer()
    ctx.state.oauth2.record(grant, token, credentials.bearer_lifetime, refreshable=refreshable)
    answer: json.JSONObject = {
        "access_token": token,
        "token_type": "Bearer",
        "expires_in": int(credentials.bearer_lifetime),
        "scope": " ".join(grant.scopes),
    }
    if grant.refresh_token is not None:
        answer["refresh_token"] = grant.refresh_token
    if "bot" in grant.scopes and grant.guild_id is not None:
        answer["guild"] = ctx.state.world.guild(grant.guild_id).payload()
    return answer


async def post_token(ctx: RequestContext) -> web.Response:
    """Every grant: the application's credentials first, then the grant type's own checks."""
    form = ctx.body.form
    if not ctx.credentials.client_matches(ctx.request.headers.get("Authorization"), form):
        return _OAuth2Error("invalid_client", status=401).response()
    kind = form.get("grant_type", "")
    try:
        if kind not in _GRANTS:
            raise _OAuth2Error("unsupported_grant_type", f'Unsupported grant type "{kind}"')
        grant = _GRANTS[kind](ctx, form)
    except _OAuth2Error as error:
        return error.response()
    return json_response(_token_answer(ctx, grant, refreshable=kind != "client_credentials"))


def _revoke(ctx: RequestContext, grant: Grant) -> None:
    access = ctx.state.oauth2.forget(grant)
    if access is not None:
        ctx.credentials.bearer_tokens.pop(access, None)


async def post_token_revoke(ctx: RequestContext) -> web.Response:
    """Revoke an access or a refresh token (either ends the grant); unknown tokens are no error."""
    form = ctx.body.form
    if not ctx.credentials.client_matches(ctx.request.headers.get("Authorization"), form):
        return _OAuth2Error("invalid_client", status=401).response()
    token = form.get("token")
    if not token:
        return _OAuth2Error("invalid_request", 'Missing "token" in request.').response()
    grants = ctx.state.oauth2
    grant = grants.by_access.get(token) or grants.by_refresh.get(token)
    if grant is not None:
        _revoke(ctx, grant)
    return json_response({})


async def get_my_authorization(ctx: RequestContext) -> web.Response:
    """The Bearer token's application, expiry, scopes, and (with `identify`) user."""
    grant = bearer_grant(ctx)
    if grant is None:
        raise DiscordError.unauthorized()
    state = ctx.state
    user_id = grant.user_id or state.owner["id"]
    answer: json.JSONObject = {
        "application": _partial_application(state.application),
        "scopes": list(grant.scopes),
        "expires": datetime.datetime.fromtimestamp(grant.expires_at, datetime.UTC).isoformat(),
    }
    if "identify" in grant.scopes:
        answer["user"] = state.users[user_id]
    return json_response(answer)


def _partial_application(application: json.JSONObject) -> json.JSONObject:
    keys = (
        "id",
        "name",
        "icon",
        "description",
        "summary",
        "hook",
        "bot_public",
        "bot_require_code_grant",
        "verify_key",
    )
    return {key: application.get(key) for key in keys if key in application or key in ("icon", "description")}


ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="POST", template="/oauth2/token", handler=post_token, auth=Auth.NONE),
    RouteSpec(method="POST", template="/oauth2/token/revoke", handler=post_token_revoke, auth=Auth.NONE),
    RouteSpec(method="GET", template="/oauth2/@me", handler=get_my_authorization),
)
