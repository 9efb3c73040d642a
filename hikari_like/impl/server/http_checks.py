"""The HTTP-level checks every backend shares, so the same request gets the same status anywhere.

Every backend answers a request in the same order:

1. `check_request` with what is known before the body (method, path, content type, declared
   length): if it returns a response, that is the answer;
2. read the body, giving up as soon as it passes `max_body_size` (the answer is then
   `PAYLOAD_TOO_LARGE`);
3. hand the body and the two signature headers to `InteractionServer.on_interaction`, which does
   the rest of the status table.

A server with webhook events on (`webhook_events_path=`) has a second endpoint: a request on its
path takes the same three steps with that endpoint's config (POST only, no health check) and
`on_webhook_event` (see `signed_endpoint_of`).

The backends spell these three steps out rather than call a shared coroutine (one await less per
request); `tests/test_status_table.py` sends every row of the table to every backend and checks
that the answers are byte-identical.
"""

from __future__ import annotations

__all__ = [
    "HEALTH",
    "PAYLOAD_TOO_LARGE",
    "REQUEST_TIMEOUT",
    "AnswerT",
    "EndpointConfig",
    "SignedEndpoint",
    "check_request",
    "is_on_path",
    "normalize_path",
    "webhook_events_endpoint_of",
]

import typing

import attrs

from hikari_like.impl.server.http_response import Response
from hikari_like.impl.server.http_response import json_response
from hikari_like.impl.server.http_response import text_response

if typing.TYPE_CHECKING:
    from hikari_like.api import interaction_server as interaction_server_api

DEFAULT_MAX_BODY_SIZE: typing.Final = 1024**2

AnswerT = typing.Callable[[bytes, bytes, bytes], typing.Awaitable["interaction_server_api.Response"]]
"""What answers a signed request: `(body, signature, timestamp) -> Response` (`on_interaction`)."""

HEALTH: typing.Final = json_response(200, {"status": "ok"})
PAYLOAD_TOO_LARGE: typing.Final = text_response(413, "Payload too large")
REQUEST_TIMEOUT: typing.Final = text_response(408, "Request body too slow")
"""The body was still arriving `request_timeout` seconds after the request began."""
_NOT_FOUND: typing.Final = text_response(404, "Not found")
_POST_ONLY: typing.Final = text_response(405, "Method not allowed", headers={"Allow": "POST"})
_GET_OR_POST: typing.Final = text_response(405, "Method not allowed", headers={"Allow": "GET, HEAD, POST"})
_UNSUPPORTED_MEDIA_TYPE: typing.Final = text_response(415, "Content-Type must be application/json")


def normalize_path(path: str) -> str:
    """`/discord/` and `/discord` are the same endpoint; `""` and `/` are the root."""
    return "/" + path.strip("/")


def _validate_path(_: object, __: attrs.Attribute[str], value: str) -> None:
    if not value.startswith("/"):
        raise ValueError(f"interaction_path must start with '/', got {value!r}")


def _validate_body_size(_: object, __: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise ValueError(f"max_body_size must be a positive number of bytes, got {value!r}")


@attrs.frozen(slots=True, kw_only=True)
class EndpointConfig:
    """Where the interaction endpoint lives and what it accepts."""

    path: str = attrs.field(default="/", validator=_validate_path, converter=normalize_path)
    """The path Discord posts to, relative to the backend's root (an ASGI mount's `root_path`)."""
    max_body_size: int = attrs.field(default=DEFAULT_MAX_BODY_SIZE, validator=_validate_body_size)
    """Bodies larger than this are refused with 413 before they are read in full."""
    health_check: bool = True
    """Answer GET on the path with a small JSON health body (405 when off)."""


@attrs.frozen(slots=True)
class SignedEndpoint:
    """A second signed endpoint of a server (its webhook events): where it is, and who answers."""

    config: EndpointConfig
    answer: AnswerT


def webhook_events_endpoint_of(server: object) -> SignedEndpoint | None:
    """The webhook events endpoint of an `InteractionServer` that has one on, else `None`."""
    config = getattr(server, "webhook_events_endpoint", None)
    answer = getattr(server, "on_webhook_event", None)
    if not isinstance(config, EndpointConfig) or answer is None:
        return None
    return SignedEndpoint(config, answer)


def is_on_path(config: EndpointConfig, path: str) -> bool:
    """Whether `path` is the endpoint's (with or without a trailing slash)."""
    return path == config.path or normalize_path(path) == config.path


def _is_json(content_type: str | None) -> bool:
    if content_type == "application/json":
        return True  # what Discord sends, without the parsing below
    if content_type is None:
        return False
    media_type = content_type.partition(";")[0].strip().lower()
    return media_type == "application/json"


def check_request(
    config: EndpointConfig,
    *,
    method: str,
    path: str,
    content_type: str | None,
    content_length: int | None,
) -> Response | None:
    """Answer the request if the HTTP layer alone decides it, else return `None` to go on.

    Order: path, method, content type, declared size. `content_length` is `None` when the
    request did not declare one (chunked); the backend then enforces the size while reading.
    """
    if not is_on_path(config, path):
        return _NOT_FOUND
    if method != "POST":
        if method in ("GET", "HEAD"):
            return HEALTH if config.health_check else _POST_ONLY
        return _GET_OR_POST if config.health_check else _POST_ONLY
    if not _is_json(content_type):
        return _UNSUPPORTED_MEDIA_TYPE
    if content_length is not None and content_length > config.max_body_size:
        return PAYLOAD_TOO_LARGE
    return None
