"""The built-in server's connections: their deadlines, their cap, and quiet refusals.

aiohttp's low-level server times nothing out but idle keep-alive connections (after an hour), and
logs every request its parser refuses at ERROR with a traceback. Here each connection is a
`GuardedRequestHandler` (aiohttp's protocol, subclassed) that knows which phase of a request it is
in, and one `ConnectionGuard` per server sweeps their deadlines (a callback a fraction of a
second apart, so a request costs no timer of its own):

| phase | what the connection is doing | its deadline |
|---|---|---|
| idle | waiting for a request (a new connection too) | `keep_alive_timeout` |
| headers | a request's first byte came; its headers are arriving | `header_timeout` from it |
| body | the headers passed the HTTP checks; the body is being read | `request_timeout` from it |
| answering | the whole request is in; the bot answers it | none (`shutdown_timeout` at close) |
| draining | answered before its body was read; the rest is dropped | `request_timeout` from it |
| lingering | refused and half-closed; what the client still sends is dropped | `LINGER` seconds |

A missed deadline closes the connection, except in the body phase, which answers 408 first. The
guard also caps the open connections: one more evicts the connection that has been idle or
receiving the longest, and `close()` closes every connection that is not answering at once.
"""

from __future__ import annotations

__all__ = ["BodyTimeoutError", "ClosingResponse", "ConnectionGuard", "GuardedRequestHandler", "GuardedServer"]

import asyncio
import enum
import logging
import math
import typing

from aiohttp import web
from aiohttp import web_protocol
from aiohttp.http_exceptions import HttpProcessingError

if typing.TYPE_CHECKING:
    from aiohttp.streams import StreamReader

    from hikari_like.impl.server.limits import ConnectionLimits
    from hikari_like.impl.server.limits import ServerStats

_LOGGER: typing.Final = logging.getLogger("hikari_like.interaction_server")
_MALFORMED_TEXT: typing.Final = "Malformed HTTP request"


class BodyTimeoutError(Exception):
    """Raised in a body read that was still waiting when the request's deadline passed."""


class _Phase(enum.Enum):
    IDLE = "idle"
    HEADERS = "headers"
    BODY = "body"
    ANSWERING = "answering"
    DRAINING = "draining"
    LINGERING = "lingering"


LINGER: typing.Final = 1.0
"""Seconds a refused connection stays open after its answer and end of stream, dropping what the
client still sends. Closing at once, with its bytes unread, makes the kernel send a reset that
can destroy the answer before the client reads it (a client trickling its body meets this)."""


class ClosingResponse(web.Response):
    """A response after which the connection ends: no more is read from it as a request, and it
    closes after a short lingering close (`LINGER`)."""


def _fault_of(error: BaseException) -> typing.Literal["client_disconnects", "malformed_requests"]:
    return "client_disconnects" if isinstance(error, ConnectionError) else "malformed_requests"


_CLIENT_FAULTS: typing.Final = (ConnectionError, HttpProcessingError, web_protocol.RequestPayloadError)


class GuardedRequestHandler(web_protocol.RequestHandler):
    """aiohttp's HTTP/1 protocol, with the phase deadlines of this module and quiet refusals."""

    __slots__ = ("_body", "_deadline", "_drained", "_guard", "_phase", "_request_started")

    def __init__(self, manager: web.Server, *, guard: ConnectionGuard, **options: typing.Any) -> None:
        super().__init__(manager, **options)
        self._guard = guard
        self._phase = _Phase.IDLE
        self._deadline = math.inf
        self._request_started = 0.0
        self._drained = 0
        self._body: StreamReader | None = None

    @property
    def evictable(self) -> bool:
        """Whether the connection may be closed to make room: anything but answering a request."""
        return self._phase is not _Phase.ANSWERING

    @property
    def phase(self) -> str:
        """What the connection is doing: idle, headers, body, answering, draining or lingering."""
        return self._phase.value

    # -- the phases -------------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Admit the connection under the guard's limit (else close it) and start its idle timer."""
        super().connection_made(transport)
        if self._guard.admit(self):
            self._wait_for_request()
        else:
            self.force_close()

    def connection_lost(self, exc: BaseException | None) -> None:
        """Release the connection's place in the guard and stop its timers."""
        self._guard.forget(self)
        self._deadline = math.inf
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        """Advance the request's phase (and its deadline) with the bytes read, draining refused bodies."""
        phase = self._phase
        if phase is _Phase.IDLE and data:
            self._begin_request()
        elif phase is _Phase.DRAINING or phase is _Phase.LINGERING:
            self._drained += len(data)
            if self._drained > self._guard.drain_limit:
                _LOGGER.debug("closed a connection still sending a refused body past the drain limit")
                self.force_close()
                return
        super().data_received(data)
        if phase is _Phase.BODY and self._messages and self._body is not None and not self._body.is_eof():
            # The parser gave up on the body (bad chunk framing) and queued its refusal as the
            # next message; the read of this body would otherwise wait for its deadline.
            self._body.set_exception(web_protocol.RequestPayloadError("malformed body"))

    def _wait_for_request(self) -> None:
        self._phase = _Phase.IDLE
        self._deadline = self._loop.time() + self._guard.limits.keep_alive_timeout
        self._guard.touch(self)

    def _begin_request(self) -> None:
        now = self._loop.time()
        limits = self._guard.limits
        self._phase = _Phase.HEADERS
        self._request_started = now
        self._deadline = now + min(limits.header_timeout, limits.request_timeout)
        self._guard.touch(self)

    def reading_body(self, request: web.BaseRequest) -> None:
        """The request passed the HTTP checks and its body is read next: time it."""
        if self._phase is _Phase.IDLE:  # pipelined: it arrived while the one before was answered
            self._request_started = self._loop.time()
        body = request.content
        if body.is_eof():  # the usual request: the body came with the headers
            self.answering()
            return
        self._phase = _Phase.BODY
        self._body = body
        self._deadline = self._request_started + self._guard.limits.request_timeout

    def answering(self) -> None:
        """The whole request is in: the bot's time to answer is not the client's to cut."""
        self._phase = _Phase.ANSWERING
        self._deadline = math.inf
        self._body = None

    async def finish_response(
        self, request: web.BaseRequest, resp: web.StreamResponse, start_time: float | None
    ) -> tuple[web.StreamResponse, bool]:
        closing = isinstance(resp, ClosingResponse)
        unread = not request.content.is_eof()
        if closing or unread:
            resp.force_close()  # `Connection: close`: nothing more is read from this client
        result = await super().finish_response(request, resp, start_time)
        if closing:
            self._linger()  # nothing more is read as a request; the answer goes out, then the end
        elif unread:
            self._drain()
        else:
            self._wait_for_request()
        return result

    def _drain(self) -> None:
        # aiohttp reads the rest of the body and drops it before closing, so a client still
        # sending gets the answer instead of a reset; bounded by the request's own deadline
        # and by the drain limit (`data_received`).
        if self._phase is _Phase.IDLE:
            self._request_started = self._loop.time()
        self._phase = _Phase.DRAINING
        self._drained = 0
        self._deadline = self._request_started + self._guard.limits.request_timeout

    def _linger(self) -> None:
        # A lingering close (as web servers do it): end our side of the stream after the answer,
        # drop what still arrives, close when the client does or `LINGER` has passed.
        transport = self.transport
        if transport is None or transport.is_closing() or not transport.can_write_eof():
            self.force_close()
            return
        transport.write_eof()  # sent once the answer has been flushed
        # aiohttp's request loop ends and parses nothing more, but leaves the transport open:
        # `expire` (or the client's own close) ends it.
        self._force_close = True
        self._phase = _Phase.LINGERING
        self._drained = 0
        self._deadline = self._loop.time() + LINGER

    def expire(self, now: float) -> None:
        """Act on a deadline that passed (the guard's sweep calls this for every connection)."""
        if now < self._deadline:
            return
        self._deadline = math.inf
        phase = self._phase
        if phase is _Phase.BODY and self._body is not None:
            self._body.set_exception(BodyTimeoutError())  # the body read answers 408
        elif phase is _Phase.HEADERS:
            self._guard.stats.record(
                "header_timeouts", "closed a connection: headers too slow from %s", self.peername
            )
            self.force_close()
        else:
            # Idle past keep-alive, a refused body drained too slowly, or a lingering close done
            # (`force_close` closes the transport `_linger` left open).
            self.force_close()

    # -- quiet refusals ---------------------------------------------------------------------------

    def handle_error(
        self,
        request: web.BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        if not isinstance(exc, HttpProcessingError):
            return super().handle_error(request, status, exc, message)
        # The parser refused the request: anyone can send that, so it is counted, not reported.
        self._guard.stats.record(
            "malformed_requests",
            "refused a malformed request from %s (%s)",
            request.remote,
            type(exc).__name__,
        )
        response = ClosingResponse(status=status, text=_MALFORMED_TEXT)
        response.force_close()
        return response

    def log_exception(self, *args: typing.Any, **kwargs: typing.Any) -> None:
        """Log a server error; a client that hung up or broke the framing is logged at DEBUG only."""
        error = kwargs.get("exc_info")
        if isinstance(error, _CLIENT_FAULTS):
            # A client that hung up or broke the framing mid-request (a lingering read, a write
            # to a closed socket): aiohttp would log it at ERROR with a traceback.
            self._guard.stats.record(
                _fault_of(error), "a client broke off a request: %s", type(error).__name__
            )
            return
        super().log_exception(*args, **kwargs)


class GuardedServer(web.Server):
    """aiohttp's low-level server, making `GuardedRequestHandler`s that report to one guard."""

    def __init__(
        self,
        handler: typing.Callable[[web.BaseRequest], typing.Awaitable[web.StreamResponse]],
        *,
        guard: ConnectionGuard,
        request_factory: typing.Any = None,
        **handler_options: typing.Any,
    ) -> None:
        super().__init__(handler, request_factory=request_factory, **handler_options)
        self._guard = guard
        self._handler_options = handler_options
        self._handler_loop = asyncio.get_running_loop()

    def __call__(self) -> GuardedRequestHandler:
        return GuardedRequestHandler(
            self, guard=self._guard, loop=self._handler_loop, **self._handler_options
        )


class ConnectionGuard:
    """The open connections of one server: their cap, and one sweep of their deadlines."""

    __slots__ = ("_open", "_sweeper", "drain_limit", "limits", "stats")

    def __init__(self, limits: ConnectionLimits, stats: ServerStats, *, drain_limit: int) -> None:
        self.limits = limits
        self.stats = stats
        self.drain_limit = drain_limit
        # Ordered by when each entered its phase (idle or a request's first byte): the first
        # evictable one is the longest idle or the longest receiving.
        self._open: dict[GuardedRequestHandler, None] = {}
        self._sweeper: asyncio.TimerHandle | None = None

    def __len__(self) -> int:
        return len(self._open)

    def admit(self, handler: GuardedRequestHandler) -> bool:
        """Make room for a new connection if needed; `False` when none can be made."""
        if len(self._open) >= self.limits.max_connections and not self._evict_one():
            self.stats.record(
                "connections_refused",
                "refused a connection: all %d are answering requests",
                self.limits.max_connections,
            )
            return False
        self._open[handler] = None
        return True

    def _evict_one(self) -> bool:
        for handler in self._open:
            if handler.evictable:
                del self._open[handler]
                self.stats.record(
                    "connections_evicted",
                    "evicted a connection (%s) to stay within max_connections=%d",
                    handler.phase,
                    self.limits.max_connections,
                )
                handler.force_close()
                return True
        return False

    def touch(self, handler: GuardedRequestHandler) -> None:
        """Move `handler` to the back of the eviction order (it just became idle or began a request)."""
        if self._open.pop(handler, False) is None:
            self._open[handler] = None

    def forget(self, handler: GuardedRequestHandler) -> None:
        """The connection closed."""
        self._open.pop(handler, None)

    def start(self) -> None:
        """Start sweeping deadlines (in the running loop)."""
        self._sweeper = asyncio.get_running_loop().call_later(self.limits.sweep_interval, self._sweep)

    def stop(self) -> None:
        """Stop sweeping."""
        if self._sweeper is not None:
            self._sweeper.cancel()
            self._sweeper = None

    def _sweep(self) -> None:
        loop = asyncio.get_running_loop()
        now = loop.time()
        for handler in list(self._open):
            handler.expire(now)
        self._sweeper = loop.call_later(self.limits.sweep_interval, self._sweep)

    def close_unanswered(self) -> int:
        """Close every connection that is not answering a request, at once; return how many."""
        unanswered = [handler for handler in self._open if handler.evictable]
        for handler in unanswered:
            handler.force_close()
        return len(unanswered)
