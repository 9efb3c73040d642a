"""Where the REST client's `Authorization` header comes from.

A `TokenStrategy` hands out the full header value (`"Bot abc..."`, `"Bearer xyz..."`) for each
request, and is told when Discord refused it (401) so it can fetch a fresh one.

```python
strategy = ClientCredentialsStrategy(1234, "client secret", scopes=["applications.commands.update"])
async with rest_app.acquire(strategy) as client:
    await client.fetch_application_commands(1234)
```

Tokens never appear in `repr`, `str` or error messages of these objects.
"""

from __future__ import annotations

__all__ = [
    "ClientCredentialsStrategy",
    "StaticTokenStrategy",
    "TokenStrategy",
    "checked_token",
    "normalise_token_type",
]

import asyncio
import base64
import logging
import time
import typing

from hikari_like import snowflakes
from hikari_like.api.rest import TokenStrategy
from hikari_like.impl.rest import routes

if typing.TYPE_CHECKING:
    from hikari_like.api import rest as rest_api

_LOGGER: typing.Final = logging.getLogger("hikari_like.rest")
_TOKEN_TYPES: typing.Final = {"bot": "Bot", "bearer": "Bearer"}

# Renew this long before Discord says the token expires, so a request never carries a dead one.
_EXPIRY_MARGIN: typing.Final = 0.01


def normalise_token_type(token_type: str) -> str:
    """`"bot"`, `"BOT"` -> `"Bot"`; `"bearer"` -> `"Bearer"`; anything else is a `ValueError`."""
    try:
        return _TOKEN_TYPES[str(token_type).lower()]
    except KeyError:
        raise ValueError(f"token_type must be 'Bot' or 'Bearer', not {token_type!r}") from None


def checked_token(token: str) -> str:
    """`token` ready for the `Authorization` header, or a `ValueError` saying what is wrong with it.

    Two mistakes are common when a token is copied into a program, and both would end in a 401
    that does not say why:

    - a `"Bot "` or `"Bearer "` prefix (any case) is refused: `token_type` adds the prefix, so
      it would be sent twice. Refused rather than removed, so the code says what is sent;
    - whitespace or a line break around the token (read from a file or a `.env` line) is removed,
      with one WARNING, since no token contains either.

    The token itself never appears in the message or the log.

    Raises
    ------
    ValueError
        If the token is empty, or starts with a token type.
    """
    stripped = token.strip()
    if not stripped:
        raise ValueError("the token is empty")
    prefix, space, _ = stripped.partition(" ")
    if space and prefix.lower() in _TOKEN_TYPES:
        kind = _TOKEN_TYPES[prefix.lower()]
        raise ValueError(
            f"the token starts with {prefix!r}: pass the token alone, as the Developer Portal shows it; "
            f"token_type ({kind!r}) adds the {kind!r} prefix to the Authorization header"
        )
    if stripped != token:
        _LOGGER.warning(
            "the token had whitespace or a line break around it (read from a file?); it was removed"
        )
    return stripped


class StaticTokenStrategy:
    """A fixed token, as given to `RESTApp.acquire(token, "Bot")`."""

    __slots__ = ("_header", "_token_type")

    def __init__(self, token: str, token_type: str) -> None:
        self._token_type = normalise_token_type(token_type)
        self._header = f"{self._token_type} {checked_token(token)}"

    def __repr__(self) -> str:
        return f"StaticTokenStrategy(token_type={self._token_type!r})"

    @property
    def token_type(self) -> str:
        """`"Bot"` or `"Bearer"`."""
        return self._token_type

    async def acquire(self, client: rest_api.RESTClient) -> str:
        """The header value; `client` is not needed."""
        return self._header

    def invalidate(self, token: str | None) -> None:
        """Nothing to renew: a static token stays what it is."""


class ClientCredentialsStrategy:
    """OAuth2 client credentials: a Bearer token for the application itself, cached until near expiry.

    The token is fetched on first use, kept until just before Discord says it expires, and fetched
    again after a 401 (the REST client retries such a request once).
    """

    __slots__ = ("_client_id", "_client_secret", "_expires_at", "_lock", "_scopes", "_token")

    def __init__(
        self,
        client: snowflakes.SnowflakeishOr,
        client_secret: str,
        *,
        scopes: typing.Sequence[str] = ("applications.commands.update", "identify"),
    ) -> None:
        self._client_id = snowflakes.snowflake_of(client)
        self._client_secret = client_secret
        self._scopes = tuple(str(scope) for scope in scopes)
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"ClientCredentialsStrategy(client_id={int(self._client_id)}, scopes={self._scopes!r})"

    @property
    def client_id(self) -> snowflakes.Snowflake:
        """The application's ID."""
        return self._client_id

    @property
    def scopes(self) -> typing.Sequence[str]:
        """The scopes asked for."""
        return self._scopes

    @property
    def token_type(self) -> str:
        """Always `"Bearer"`."""
        return "Bearer"

    def _cached(self) -> str | None:
        return self._token if self._token and time.monotonic() < self._expires_at else None

    async def acquire(self, client: rest_api.RESTClient) -> str:
        """The cached token, or a new one from Discord's `/oauth2/token`."""
        if cached := self._cached():
            return cached
        async with self._lock:  # one fetch, however many requests are waiting
            if cached := self._cached():
                return cached
            credentials = base64.b64encode(f"{int(self._client_id)}:{self._client_secret}".encode()).decode()
            body = await client.request(
                routes.POST_TOKEN.compile(),
                urlencoded={"grant_type": "client_credentials", "scope": " ".join(self._scopes)},
                authorization=f"Basic {credentials}",
            )
            lifetime = float(body["expires_in"])
            self._expires_at = time.monotonic() + lifetime * (1 - _EXPIRY_MARGIN)
            self._token = f"{body.get('token_type', 'Bearer').title()} {body['access_token']}"
            return self._token

    def invalidate(self, token: str | None) -> None:
        """Drop the cached token if it is `token` (or whatever it is, for `None`)."""
        if token is None or token == self._token:
            self._token = None
            self._expires_at = 0.0
