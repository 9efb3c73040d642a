"""OAuth2 models: scopes, the tokens `/oauth2/token` hands out, and `/oauth2/@me`'s answer.

`hikari_like.applications` exports them, as hikari does; they live here to keep that module
short and to load guilds and webhooks only when a token carries one.

```python
token = await rest.authorize_access_token(client_id, secret, code, "https://example.com/cb")
print(token.scopes, token.expires_in, str(token))  # str() is the access token itself
```
"""

from __future__ import annotations

__all__ = [
    "AuthorizationApplication",
    "AuthorizationInformation",
    "OAuth2AuthorizationToken",
    "OAuth2ImplicitToken",
    "OAuth2Scope",
    "PartialOAuth2Token",
]

import datetime
import typing

import attrs

from hikari_like import snowflakes
from hikari_like import users
from hikari_like._guild_integrations import PartialApplication
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import guilds
    from hikari_like import traits
    from hikari_like import webhooks
    from hikari_like.internal.json import JSONObject


class OAuth2Scope(enums.TolerantStrEnum):
    """The OAuth2 scopes Discord knows (hikari's names); unknown ones become `UNKNOWN_<scope>`."""

    ACTIVITIES_READ = "activities.read"
    ACTIVITIES_WRITE = "activities.write"
    APPLICATIONS_BUILDS_READ = "applications.builds.read"
    APPLICATIONS_BUILDS_UPLOAD = "applications.builds.upload"
    APPLICATIONS_COMMANDS = "applications.commands"
    APPLICATIONS_COMMANDS_UPDATE = "applications.commands.update"
    """Lets a client credentials token edit the application's own commands."""
    APPLICATIONS_COMMANDS_PERMISSION_UPDATE = "applications.commands.permissions.update"
    APPLICATIONS_ENTITLEMENTS = "applications.entitlements"
    APPLICATIONS_STORE_UPDATE = "applications.store.update"
    BOT = "bot"
    CONNECTIONS = "connections"
    EMAIL = "email"
    GROUP_DM_JOIN = "gdm.join"
    GUILDS = "guilds"
    GUILDS_JOIN = "guilds.join"
    IDENTIFY = "identify"
    """`/users/@me` without the email; `fetch_authorization` then includes the user."""
    RELATIONSHIPS_READ = "relationships.read"
    RPC = "rpc"
    RPC_MESSAGES_READ = "messages.read"
    RPC_NOTIFICATIONS_READ = "rpc.notifications.read"
    WEBHOOK_INCOMING = "webhook.incoming"
    GUILDS_MEMBERS_READ = "guilds.members.read"
    ROLE_CONNECTIONS_WRITE = "role_connections.write"


def _scopes(value: object) -> list[OAuth2Scope | str]:
    """Discord's space-separated `scope` string (or a list of scopes), each as a known scope."""
    names = value.split() if isinstance(value, str) else [s for s in read.array(value) if isinstance(s, str)]
    return [OAuth2Scope(name) for name in names]


def _seconds(value: object) -> datetime.timedelta:
    return datetime.timedelta(seconds=read.number(value) or 0)


@attrs.define(kw_only=True, unsafe_hash=True)
class PartialOAuth2Token:
    """An access token with its type, lifetime and scopes (the client credentials grant's answer).

    `str(token)` is the access token; it never appears in `repr`.
    """

    access_token: str = attrs.field(hash=True, repr=False)
    token_type: str = attrs.field(eq=False)
    """`"Bearer"`, as Discord sends it."""
    expires_in: datetime.timedelta = attrs.field(eq=False)
    scopes: typing.Sequence[OAuth2Scope | str] = attrs.field(eq=False)

    def __str__(self) -> str:
        return self.access_token

    @classmethod
    def from_payload(cls, payload: JSONObject) -> PartialOAuth2Token:
        """Read `/oauth2/token`'s answer to a client credentials grant (`access_token` is required)."""
        return PartialOAuth2Token(**_token_fields(payload))


def _token_fields(payload: JSONObject) -> dict[str, typing.Any]:
    get = payload.get
    return {
        "access_token": read.required_text(payload, "access_token"),
        "token_type": str(read.text(get("token_type")) or "Bearer").title(),
        "expires_in": _seconds(get("expires_in")),
        "scopes": _scopes(get("scope")),
    }


@attrs.define(kw_only=True, unsafe_hash=True)
class OAuth2AuthorizationToken(PartialOAuth2Token):
    """The authorization code grant's answer: an access token, its refresh token, and what was made.

    `webhook` is there for the `webhook.incoming` scope, `guild` for the `bot` scope.
    """

    refresh_token: str = attrs.field(eq=False, repr=False)
    webhook: webhooks.IncomingWebhook | None = attrs.field(eq=False)
    guild: guilds.RESTGuild | None = attrs.field(eq=False)

    @classmethod
    def from_grant(cls, payload: JSONObject, *, app: traits.RESTAware) -> OAuth2AuthorizationToken:
        """Read the answer to a code or refresh grant; the webhook and guild in it keep `app`."""
        # Imported here: most programs never authorize a user, and these modules are large.
        from hikari_like import guilds as guilds_
        from hikari_like import webhooks as webhooks_

        webhook, guild = read.mapping(payload.get("webhook")), read.mapping(payload.get("guild"))
        return cls(
            **_token_fields(payload),
            refresh_token=read.text(payload.get("refresh_token")) or "",
            webhook=webhooks_.IncomingWebhook.from_payload(webhook, app=app) if webhook else None,
            guild=guilds_.RESTGuild.from_payload(guild, app=app) if guild else None,
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class OAuth2ImplicitToken(PartialOAuth2Token):
    """The implicit grant's token (read from the redirect URL's fragment), with its `state`."""

    state: str | None = attrs.field(eq=False, repr=False)

    @classmethod
    def from_query(cls, query: typing.Mapping[str, str]) -> OAuth2ImplicitToken:
        """Read the redirect URL's fragment (`access_token=...&expires_in=604800&state=...`), where
        every value is a string (`access_token` is required)."""
        expires_in = query.get("expires_in", "")
        seconds = int(expires_in) if expires_in.isdigit() else 0
        return cls(**_token_fields({**query, "expires_in": seconds}), state=query.get("state"))


@attrs.define(kw_only=True, unsafe_hash=True)
class AuthorizationApplication(PartialApplication):
    """The application as `fetch_authorization` describes it."""

    public_key: bytes = attrs.field(eq=False, repr=False)
    is_bot_public: bool | None = attrs.field(eq=False)
    """`None` for an application without a bot."""
    is_bot_code_grant_required: bool | None = attrs.field(eq=False, repr=False)
    terms_of_service_url: str | None = attrs.field(eq=False, repr=False)
    privacy_policy_url: str | None = attrs.field(eq=False, repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject) -> AuthorizationApplication:
        """Read the partial application object (`id` and `name` are required)."""
        get = payload.get
        return cls(
            id=snowflakes.parse(payload["id"]),
            name=read.required_text(payload, "name"),
            description=read.text(get("description")) or None,
            icon_hash=read.text(get("icon")),
            public_key=bytes.fromhex(read.text(get("verify_key")) or ""),
            is_bot_public=read.flag(get("bot_public")),
            is_bot_code_grant_required=read.flag(get("bot_require_code_grant")),
            terms_of_service_url=read.text(get("terms_of_service_url")),
            privacy_policy_url=read.text(get("privacy_policy_url")),
        )


@attrs.define(kw_only=True)
class AuthorizationInformation:
    """What a Bearer token is: for which application, until when, with which scopes, for whom."""

    application: AuthorizationApplication
    expires_at: datetime.datetime
    scopes: typing.Sequence[OAuth2Scope | str]
    user: users.User | None
    """The user who authorized the token; only with the `identify` scope."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> AuthorizationInformation:
        """Read `/oauth2/@me`'s answer (`application` and `expires` are required)."""
        expires = read.timestamp(payload.get("expires"))
        if expires is None:
            raise ValueError("an authorization's 'expires' is an ISO 8601 timestamp")
        user = read.mapping(payload.get("user"))
        return cls(
            application=AuthorizationApplication.from_payload(read.required_object(payload, "application")),
            expires_at=expires,
            scopes=_scopes(payload.get("scopes")),
            user=users.User.from_payload(user, app=app) if user else None,
        )
