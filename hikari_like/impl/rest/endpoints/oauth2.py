"""OAuth2 endpoints: the token grants, revoking a token, and what a Bearer token is (#23).

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: topics/oauth2.md,
"Authorization Code Grant", "Client Credentials Grant", "Refreshing an access token",
"Token Revocation", "Get Current Authorization Information"). The grants authenticate with the
application's ID and secret (HTTP Basic), never with the client's own token.

```python
token = await rest.authorize_access_token(client_id, secret, code, "https://example.com/callback")
async with rest_app.acquire(token.access_token, "Bearer") as user_rest:
    information = await user_rest.fetch_authorization()
token = await rest.refresh_access_token(client_id, secret, token.refresh_token)
await rest.revoke_access_token(client_id, secret, token)
```
"""

from __future__ import annotations

__all__ = ["OAuth2Endpoints"]

import base64
import typing

from hikari_like import applications
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import routes

_UNDEFINED: typing.Final = undefined.UNDEFINED
_Scopes: typing.TypeAlias = typing.Sequence[applications.OAuth2Scope | str]


def _basic(client: snowflakes.SnowflakeishOr, client_secret: str) -> str:
    credentials = f"{int(snowflakes.snowflake_of(client))}:{client_secret}".encode()
    return f"Basic {base64.b64encode(credentials).decode()}"


class OAuth2Endpoints(rest_api.RESTClient):
    """`authorize_access_token`, `authorize_client_credentials_token`, `refresh_access_token`,
    `revoke_access_token` and `fetch_authorization`."""

    __slots__ = ()

    async def _grant(
        self, client: snowflakes.SnowflakeishOr, client_secret: str, form: dict[str, str]
    ) -> typing.Any:
        route = routes.POST_TOKEN.compile()
        return await self.request(route, urlencoded=form, authorization=_basic(client, client_secret))

    async def authorize_access_token(
        self,
        client: snowflakes.SnowflakeishOr,
        client_secret: str,
        code: str,
        redirect_uri: str,
        *,
        code_verifier: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> applications.OAuth2AuthorizationToken:
        """Exchange the `code` Discord sent to `redirect_uri` for an access and a refresh token
        (`code_verifier` for a PKCE flow). `BadRequestError` for a used, expired or unknown code.

        ```python
        token = await rest.authorize_access_token(client_id, secret, code, "https://example.com/cb")
        ```
        """
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri}
        if not isinstance(code_verifier, undefined.UndefinedType):
            form["code_verifier"] = code_verifier
        payload = await self._grant(client, client_secret, form)
        return applications.OAuth2AuthorizationToken.from_grant(payload, app=self)

    async def authorize_client_credentials_token(
        self, client: snowflakes.SnowflakeishOr, client_secret: str, scopes: _Scopes
    ) -> applications.PartialOAuth2Token:
        """A Bearer token for the application's owner itself, with `scopes` (no refresh token).

        ```python
        token = await rest.authorize_client_credentials_token(client_id, secret, ["identify"])
        ```
        """
        form = {"grant_type": "client_credentials", "scope": " ".join(scopes)}
        payload = await self._grant(client, client_secret, form)
        return applications.PartialOAuth2Token.from_payload(payload)

    async def refresh_access_token(
        self,
        client: snowflakes.SnowflakeishOr,
        client_secret: str,
        refresh_token: str,
        *,
        scopes: undefined.UndefinedOr[_Scopes] = _UNDEFINED,
    ) -> applications.OAuth2AuthorizationToken:
        """A new access token (and refresh token) for a grant; the old access token stops working.

        ```python
        token = await rest.refresh_access_token(client_id, secret, token.refresh_token)
        ```
        """
        form = {"grant_type": "refresh_token", "refresh_token": refresh_token}
        if not isinstance(scopes, undefined.UndefinedType):
            form["scope"] = " ".join(scopes)
        payload = await self._grant(client, client_secret, form)
        return applications.OAuth2AuthorizationToken.from_grant(payload, app=self)

    async def revoke_access_token(
        self,
        client: snowflakes.SnowflakeishOr,
        client_secret: str,
        token: str | applications.PartialOAuth2Token,
    ) -> None:
        """Revoke an access token (or a refresh token, which revokes its grant's tokens too).

        ```python
        await rest.revoke_access_token(client_id, secret, token)
        ```
        """
        route = routes.POST_TOKEN_REVOKE.compile()
        await self.request(
            route, urlencoded={"token": str(token)}, authorization=_basic(client, client_secret)
        )

    async def fetch_authorization(self) -> applications.AuthorizationInformation:
        """What this client's Bearer token is: application, expiry, scopes, and the user (with
        `identify`). A bot token gets `UnauthorizedError`.

        ```python
        async with rest_app.acquire(access_token, "Bearer") as user_rest:
            information = await user_rest.fetch_authorization()
        ```
        """
        payload = await self.request(routes.GET_MY_AUTHORIZATION.compile())
        return applications.AuthorizationInformation.from_payload(payload, app=self)
