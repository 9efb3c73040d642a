"""Faults injected on request: 5xx runs, connection resets, slow answers and unusual 429s.

By default faults sit in front of the API, as a load balancer or Cloudflare would: a faulted
request does not reach the rate limiter or the handler (except `SLOW`, which only delays it).
With `after_applying=True` a 5xx, a reset or a delay hits the *answer* instead: the request was
applied (the message exists) and only the client never learns it, or learns it too late. Such a
fault fires only on requests the handler applied (answered with a 2xx).

```python
discord.faults.add(route="POST /channels/{channel}/messages", kind="connection_reset", after_applying=True)
discord.faults.add(route="POST /webhooks/{webhook}/{token}", kind="slow", delay=5.0, after_applying=True)
```
"""

from __future__ import annotations

__all__ = ["Fault", "FaultKind", "Faults", "fault_response"]

import enum
import math
import socket
import struct
import typing

import attrs
from aiohttp import web

from hikari_like.internal import json


class FaultKind(enum.StrEnum):
    """What a fault does to the request it hits."""

    SERVER_ERROR = "server_error"
    """Answer with `status` (500, 502, 503 or 504) and Discord's error JSON."""
    CONNECTION_RESET = "connection_reset"
    """Close the connection with a TCP reset, without answering."""
    SLOW = "slow"
    """Wait `delay` seconds, then serve the request normally."""
    CLOUDFLARE_429 = "cloudflare_429"
    """A 429 with an HTML body and no JSON, as Cloudflare sends when it bans an IP."""
    SHARED_429 = "shared_429"
    """A JSON 429 with `X-RateLimit-Scope: shared` (a resource's limit, not the client's)."""
    GLOBAL_429 = "global_429"
    """A JSON 429 with `"global": true` and `X-RateLimit-Global`."""


_SERVER_ERROR_STATUSES = frozenset({500, 502, 503, 504})
# A 429 means Discord did not act: it has no "after applying" form.
_AFTER_APPLYING_KINDS = frozenset({FaultKind.SERVER_ERROR, FaultKind.CONNECTION_RESET, FaultKind.SLOW})


@attrs.define(slots=True, kw_only=True)
class Fault:
    """One registered fault; `fired` counts the requests it has hit so far."""

    route: str | None
    """A route template such as `"POST /channels/{channel}/messages"`; `None` matches every route."""
    kind: FaultKind
    times: int
    status: int = 500
    delay: float = 1.0
    retry_after: float = 1.0
    after_applying: bool = False
    """Whether the fault hits the answer of a request that was applied, rather than the request."""
    fired: int = 0

    @property
    def remaining(self) -> int:
        """How many more requests this fault will hit."""
        return self.times - self.fired

    def matches(self, route: str, *, after_applying: bool) -> bool:
        """Whether the fault is armed for a request to `route` at this stage (before or after applying)."""
        armed = self.remaining > 0 and self.after_applying is after_applying
        return armed and (self.route is None or self.route == route)


class Faults:
    """The fault plan of an emulator, consulted in registration order.

    Example:
        >>> route = "POST /channels/{channel}/messages"
        >>> discord.faults.add(route=route, kind="server_error", status=503, times=2)
    """

    __slots__ = ("_faults",)

    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(
        self,
        *,
        route: str | None = None,
        kind: FaultKind | str,
        times: int = 1,
        status: int = 500,
        delay: float = 1.0,
        retry_after: float = 1.0,
        after_applying: bool = False,
    ) -> Fault:
        """Make the next `times` requests to `route` fail with `kind`; returns the fault to inspect.

        `after_applying=True` applies each request first and then fails its answer (5xx, reset,
        or `delay` seconds of silence before it).
        """
        fault_kind = FaultKind(kind)
        if fault_kind is FaultKind.SERVER_ERROR and status not in _SERVER_ERROR_STATUSES:
            raise ValueError(f"a server error fault needs status 500, 502, 503 or 504, not {status}")
        if times < 1:
            raise ValueError("times must be at least 1")
        if after_applying and fault_kind not in _AFTER_APPLYING_KINDS:
            raise ValueError(f"a {fault_kind} fault cannot come after the request is applied")
        fault = Fault(
            route=route,
            kind=fault_kind,
            times=times,
            status=status,
            delay=delay,
            retry_after=retry_after,
            after_applying=after_applying,
        )
        self._faults.append(fault)
        return fault

    def take(self, route: str, *, after_applying: bool = False) -> Fault | None:
        """The first fault still armed for `route` (of that phase), counted as fired; else `None`."""
        for fault in self._faults:
            if fault.matches(route, after_applying=after_applying):
                fault.fired += 1
                return fault
        return None

    def clear(self) -> None:
        """Disarm every fault."""
        self._faults.clear()

    def __iter__(self) -> typing.Iterator[Fault]:
        return iter(tuple(self._faults))

    def __len__(self) -> int:
        return len(self._faults)


_REASONS = {
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}

_CLOUDFLARE_PAGE = (
    "<!DOCTYPE html><html><head><title>Access denied | discord.com used Cloudflare to restrict access"
    "</title></head><body><h1>Error 1015</h1><p>You are being rate limited.</p></body></html>"
)


def _rate_limited_json(fault: Fault, *, is_global: bool) -> bytes:
    body = {"message": "You are being rate limited.", "retry_after": fault.retry_after, "global": is_global}
    return json.dumps({**body, "code": 0})


def fault_response(fault: Fault, request: web.Request) -> web.Response:
    """The answer `fault` gives (never called for `SLOW`); a reset answers nothing at all."""
    retry_after = {"Retry-After": str(math.ceil(fault.retry_after))}
    if fault.kind is FaultKind.CONNECTION_RESET:
        _reset_connection(request)
        return web.Response(status=500)  # Never sent: the transport is gone.
    if fault.kind is FaultKind.CLOUDFLARE_429:
        return web.Response(status=429, text=_CLOUDFLARE_PAGE, content_type="text/html", headers=retry_after)
    if fault.kind is FaultKind.SHARED_429:
        headers = {**retry_after, "X-RateLimit-Scope": "shared"}
        body = _rate_limited_json(fault, is_global=False)
        return web.Response(status=429, body=body, content_type="application/json", headers=headers)
    if fault.kind is FaultKind.GLOBAL_429:
        headers = {**retry_after, "X-RateLimit-Global": "true", "X-RateLimit-Scope": "global"}
        body = _rate_limited_json(fault, is_global=True)
        return web.Response(status=429, body=body, content_type="application/json", headers=headers)
    return _server_error(fault.status)


def _server_error(status: int) -> web.Response:
    reason = _REASONS[status]
    if status == 500:
        body = json.dumps({"message": f"500: {reason}", "code": 0})
        return web.Response(status=status, body=body, content_type="application/json")
    # 502-504 come from the edge in front of Discord's API, which answers in HTML.
    page = (
        f"<html><head><title>{status} {reason}</title></head><body><h1>{status} {reason}</h1></body></html>"
    )
    return web.Response(status=status, text=page, content_type="text/html")


def _reset_connection(request: web.Request) -> None:
    transport = request.transport
    if transport is None:
        return
    sock = transport.get_extra_info("socket")
    if sock is not None:
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN: a real "reset by peer".
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
