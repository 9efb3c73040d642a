"""The route table's vocabulary: a route spec, the context a handler receives, and major parameters."""

from __future__ import annotations

__all__ = ["Auth", "EmulatorOptions", "Handler", "RequestContext", "RouteSpec", "major_parameters"]

import enum
import hashlib
import typing

import attrs
from aiohttp import web

from hikari_like.testing.emulator.auth import Credentials
from hikari_like.testing.emulator.body import ParsedBody
from hikari_like.testing.emulator.state import EmulatorState

Handler = typing.Callable[["RequestContext"], typing.Awaitable[web.Response]]


class Auth(enum.Enum):
    """Who may call a route."""

    TOKEN = "token"
    """`Authorization: Bot <token>` or a Bearer token from `/oauth2/token`."""
    NONE = "none"
    """Webhook and interaction-token routes, `/gateway`, `/oauth2/token`: the URL is the credential."""


@attrs.define(slots=True, kw_only=True, frozen=True)
class EmulatorOptions:
    """Behaviour switches the handlers consult."""

    permissive: bool = False
    """Accept unknown channels and interaction tokens, creating them on first use."""
    response_deadline: float | None = 3.0
    """Seconds after issue within which an interaction must be answered (Discord: 3)."""
    token_lifetime: float = 900.0
    """Seconds an interaction token stays valid for followups and edits (Discord: 15 minutes)."""
    client_secret: str = ""


@attrs.define(slots=True, kw_only=True, frozen=True)
class RouteSpec:
    """One endpoint: method, template (Discord's placeholder names), handler and policies."""

    method: str
    template: str
    handler: Handler
    auth: Auth = Auth.TOKEN
    global_exempt: bool = False
    """Interaction callbacks are not bound by the global limit (Discord documents this)."""

    @property
    def key(self) -> str:
        """`"POST /channels/{channel}/messages"`: how faults, limits and records name the route."""
        return f"{self.method} {self.template}"


@attrs.define(slots=True, kw_only=True, frozen=True)
class RequestContext:
    """What a handler gets: the request, its decoded body, path parameters and the shared state."""

    request: web.Request
    params: dict[str, str]
    body: ParsedBody
    state: EmulatorState
    options: EmulatorOptions
    credentials: Credentials

    @property
    def query(self) -> typing.Mapping[str, str]:
        """The request's query parameters."""
        return self.request.query


# Discord keys buckets by these path parameters (a webhook or interaction by its id and token together).
_MAJOR_PARAMETERS: typing.Final = (("channel",), ("guild",), ("webhook", "token"), ("interaction", "token"))


def major_parameters(params: typing.Mapping[str, str]) -> str:
    """The part of a bucket key that comes from the path: `"channel=123"`, or `"-"` when there is none."""
    for names in _MAJOR_PARAMETERS:
        if all(name in params for name in names):
            return "&".join(f"{name}={_shorten(name, params[name])}" for name in names)
    return "-"


def _shorten(name: str, value: str) -> str:
    # Interaction tokens are ~200 characters; a digest keeps bucket keys readable in statistics.
    if name != "token":
        return value
    return hashlib.blake2b(value.encode(), digest_size=6).hexdigest()
