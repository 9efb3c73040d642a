"""`AsgiAdapter`: any `InteractionServer` as an ASGI 3 application (uvicorn, hypercorn, granian, mounts).

It is the aiohttp backend's twin: the same checks in the same order (`http_checks`) decide every
status, so a request gets the same answer from either. Only the translation differs: ASGI events in,
ASGI events out.

```python
import hikari_like as hikari

server = hikari.InteractionServer(public_key="...")
app = hikari.AsgiAdapter(server)  # uvicorn module:app
```

Mounted under a prefix (`starlette_app.mount("/discord", app)`) the interaction path is relative
to the mount (the scope's `root_path`).

Connections are the ASGI server's: its settings bound idle and slow-header clients (see
docs/deployment.md). What no server bounds is how long a body may take to arrive, so the adapter
does: a body still arriving `request_timeout` seconds after the app was called gets 408. A body
refused before it was read (404, 405, 415, 413) is read and dropped first, up to four times
`max_body_size`, so a client that sends it whole reads the answer instead of a reset connection.
"""

from __future__ import annotations

__all__ = ["AsgiAdapter", "LifespanCallbackT"]

import asyncio
import datetime
import logging
import typing

from hikari_like.impl.server import asgi_deadlines
from hikari_like.impl.server import extras as extras_
from hikari_like.impl.server import http_checks
from hikari_like.impl.server import limits
from hikari_like.internal import multipart

if typing.TYPE_CHECKING:
    import concurrent.futures

    from hikari_like.api import interaction_server as interaction_server_api
    from hikari_like.impl.server.asgi_types import Message
    from hikari_like.impl.server.asgi_types import Receive
    from hikari_like.impl.server.asgi_types import Scope
    from hikari_like.impl.server.asgi_types import Send

LifespanCallbackT = typing.Callable[[], typing.Coroutine[typing.Any, typing.Any, None]]
"""A startup or shutdown callback of the adapter: `async def callback() -> None`."""

_LOGGER: typing.Final = logging.getLogger("hikari_like.interaction_server")
_POLICY_VIOLATION: typing.Final = 1008  # closing before accepting makes the server answer 403


class _ClientGone(Exception):
    """The client disconnected before its body arrived: there is nobody to answer."""


class _Refused(Exception):
    """The body cannot be had (too large, too slow): answer `response`, maybe closing the connection."""

    def __init__(self, response: interaction_server_api.Response, *, closing: bool) -> None:
        super().__init__(response.status_code)
        self.response = response
        self.closing = closing


_CONNECTION_CLOSE: typing.Final = (b"connection", b"close")


def _route_path(scope: Scope) -> str:
    # Starlette's mounts and uvicorn's --root-path keep the prefix in `path` and name it in
    # `root_path`; older servers strip it. Either way the endpoint is what follows the prefix.
    path: str = scope["path"]
    root_path: str = scope.get("root_path", "")
    if root_path and path.startswith(root_path) and path[len(root_path) : len(root_path) + 1] in ("", "/"):
        return path[len(root_path) :]
    return path


def _first_headers(scope: Scope) -> dict[bytes, bytes]:
    # The first value wins, as in aiohttp's `headers.get`, so both backends read the same one.
    raw = scope["headers"]
    try:
        # Fast path, a third of the loop's cost: uvicorn (httptools and h11), hypercorn (h11, h2)
        # and granian all send a list of lowercase `bytes` names, so `dict` builds the map in C.
        # Reversed, so that of a repeated name the first value is the one kept.
        headers: dict[bytes, bytes] = dict(reversed(raw))
        if b"".join(headers).islower():
            return headers
    except TypeError:
        pass  # not reversible, or names that are not `bytes`: the loop below copes
    # Mixed-case names (hypercorn with `h11_pass_raw_headers`) or odd types: the careful way.
    headers = {}
    for name, value in raw:
        headers.setdefault(bytes(name).lower(), bytes(value))
    return headers


def _text_of(headers: dict[bytes, bytes], name: bytes = b"authorization") -> str | None:
    value = headers.get(name)
    return None if value is None else value.decode("latin-1")


def _content_length(value: bytes | None) -> int | None:
    if value is None or not value.strip().isdigit():
        return None
    return int(value)


def _body_follows(headers: dict[bytes, bytes]) -> bool:
    return b"transfer-encoding" in headers or headers.get(b"content-length", b"0").strip() not in (b"0", b"")


async def _read_body(receive: Receive, limit: int, drain_limit: int) -> bytes | bool:
    """The body; past `limit`, whether the rest of it could be dropped (`drain_limit` in all)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _ClientGone
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        more_body = message.get("more_body", False)
        if size > limit:  # nothing more is kept: the rest is read only to be dropped
            return not more_body or await _drain(receive, drain_limit - size)
        if not more_body and not chunks:
            return chunk  # the usual request, one message: no list to fill and join
        chunks.append(chunk)
        if not more_body:
            return b"".join(chunks)


async def _drain(receive: Receive, budget: int) -> bool:
    """Read and drop the rest of a body, up to `budget` bytes; whether it all came."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _ClientGone
        budget -= len(message.get("body", b""))
        if budget < 0:
            return False
        if not message.get("more_body", False):
            return True


_JSON_CONTENT_TYPE: typing.Final = (b"content-type", b"application/json")


def _head(response: interaction_server_api.Response, content_type: str | None) -> list[tuple[bytes, bytes]]:
    headers = [
        (name.lower().encode("latin-1"), value.encode("latin-1"))
        for name, value in (response.headers or {}).items()
    ]
    if content_type is not None:
        headers.append((b"content-type", content_type.encode("latin-1")))
    return headers


def _content_type_of(response: interaction_server_api.Response) -> str | None:
    if response.content_type is None or response.charset is None:
        return response.content_type
    return f"{response.content_type}; charset={response.charset}"


def _whole(response: interaction_server_api.Response) -> tuple[Message, Message]:
    """The two ASGI messages of a response sent whole: its start and its one body message."""
    start = {"type": "http.response.start", "status": response.status_code, "headers": _head_of(response)}
    return start, {"type": "http.response.body", "body": response.payload or b""}


def _head_of(response: interaction_server_api.Response) -> list[tuple[bytes, bytes]]:
    """The headers of a response sent whole, in one body message."""
    payload = response.payload
    plain_json = response.content_type == "application/json" and response.charset is None
    if plain_json and payload is not None and not response.headers:  # nearly every answer
        return [_JSON_CONTENT_TYPE, (b"content-length", b"%d" % len(payload))]
    headers = _head(response, _content_type_of(response))
    if payload is not None:
        headers.append((b"content-length", b"%d" % len(payload)))
    return headers


class AsgiAdapter:
    """Serves an `InteractionServer` as an ASGI 3 app, with lifespan callbacks.

    Parameters
    ----------
    server
        Any interaction server; it answers through `on_interaction`.
    executor
        For blocking work such as reading attachment files (default: the server's, if it has one).
    max_body_size, interaction_path, health_check
        The HTTP endpoint's settings; `None` takes the server's own (`InteractionServer(...)`
        arguments), or the defaults (1 MiB, `/`, on) for another kind of server.
    shutdown_timeout
        Seconds the lifespan shutdown waits for generator listeners' code after `yield`.
    request_timeout
        Seconds a body may take to arrive once the server handed the request over (default 10):
        later, the answer is 408 and the connection is closed. Counted in `stats`.

    ```python
    app = AsgiAdapter(server).add_startup_callback(open_db).add_shutdown_callback(close_db)
    ```
    """

    __slots__ = (
        "_drain_limit",
        "_executor",
        "_extras",
        "_on_shutdown",
        "_on_startup",
        "_server",
        "_watch",
        "_webhook_events",
        "endpoint",
        "request_timeout",
        "shutdown_timeout",
        "stats",
    )

    def __init__(
        self,
        server: interaction_server_api.InteractionServer,
        /,
        *,
        executor: concurrent.futures.Executor | None = None,
        max_body_size: int | None = None,
        interaction_path: str | None = None,
        health_check: bool | None = None,
        shutdown_timeout: float = 60.0,
        request_timeout: float = limits.DEFAULT_REQUEST_TIMEOUT,
    ) -> None:
        if not request_timeout > 0:
            raise ValueError(f"request_timeout must be a positive number of seconds, got {request_timeout!r}")
        self._server = server
        self._executor = executor if executor is not None else getattr(server, "executor", None)
        base = getattr(server, "endpoint", None)
        base = base if isinstance(base, http_checks.EndpointConfig) else http_checks.EndpointConfig()
        self.endpoint = http_checks.EndpointConfig(
            path=base.path if interaction_path is None else interaction_path,
            max_body_size=base.max_body_size if max_body_size is None else max_body_size,
            health_check=base.health_check if health_check is None else health_check,
        )
        """The endpoint's path (relative to the mount), body limit and health check."""
        self.shutdown_timeout = shutdown_timeout
        self.request_timeout = request_timeout
        self._drain_limit = limits.DRAIN_FACTOR * self.endpoint.max_body_size
        self._watch: asgi_deadlines.BodyWatch | None = None
        stats = getattr(server, "stats", None)
        self.stats = stats if isinstance(stats, limits.ServerStats) else limits.ServerStats()
        """What was refused before reaching the bot (the server's own `stats`, when it has them)."""
        self._on_startup: list[LifespanCallbackT] = []
        self._on_shutdown: list[LifespanCallbackT] = []
        extras = getattr(server, "extras", None)
        self._extras = extras if isinstance(extras, extras_.ServerExtras) else None
        self._webhook_events = http_checks.webhook_events_endpoint_of(server)

    @property
    def server(self) -> interaction_server_api.InteractionServer:
        """The interaction server requests go to."""
        return self._server

    @property
    def executor(self) -> concurrent.futures.Executor | None:
        """The executor used to read attachment files, if any."""
        return self._executor

    @property
    def max_body_size(self) -> int:
        """Bodies larger than this many bytes get 413 before they are read in full."""
        return self.endpoint.max_body_size

    @property
    def uptime(self) -> datetime.timedelta:
        """How long the app has been serving, since its lifespan started (or the bot did); zero
        before, or for a server without `extras`."""
        return datetime.timedelta() if self._extras is None else self._extras.uptime

    @property
    def on_startup(self) -> typing.Sequence[LifespanCallbackT]:
        """The startup callbacks, in the order they run (a copy)."""
        return tuple(self._on_startup)

    @property
    def on_shutdown(self) -> typing.Sequence[LifespanCallbackT]:
        """The shutdown callbacks, in the order they run (a copy)."""
        return tuple(self._on_shutdown)

    def add_startup_callback(self, callback: LifespanCallbackT, /) -> typing.Self:
        """Run `await callback()` at the ASGI lifespan's startup, in the order added.

        If one raises, the server is told `lifespan.startup.failed` with the error's message
        (and the later ones do not run).
        """
        self._on_startup.append(callback)
        return self

    def remove_startup_callback(self, callback: LifespanCallbackT, /) -> typing.Self:
        """Remove a startup callback (`ValueError` if it was not added)."""
        self._on_startup.remove(callback)
        return self

    def add_shutdown_callback(self, callback: LifespanCallbackT, /) -> typing.Self:
        """Run `await callback()` at the ASGI lifespan's shutdown, in the order added.

        Every one runs even if an earlier one raised; the first error is reported as
        `lifespan.shutdown.failed`.
        """
        self._on_shutdown.append(callback)
        return self

    def remove_shutdown_callback(self, callback: LifespanCallbackT, /) -> typing.Self:
        """Remove a shutdown callback (`ValueError` if it was not added)."""
        self._on_shutdown.remove(callback)
        return self

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI 3 entry point."""
        if scope["type"] != "http":
            await self._serve_other(scope, receive, send)
            return
        # HTTP is served here rather than in a helper: one coroutine less on every request.
        headers = _first_headers(scope)
        content_type = headers.get(b"content-type")
        signature = headers.get(b"x-signature-ed25519", b"")
        timestamp = headers.get(b"x-signature-timestamp", b"")
        # The order every backend follows (see `http_checks`), spelled out rather than behind a
        # shared coroutine: that one await less is measurable on every request.
        closing = False
        path = _route_path(scope)
        config, answer = self._endpoint_for(path)
        try:
            response: interaction_server_api.Response | None = http_checks.check_request(
                config,
                method=scope["method"],
                path=path,
                content_type=None if content_type is None else content_type.decode("latin-1"),
                content_length=_content_length(headers.get(b"content-length")),
            )
            if response is None:
                body = await self._receive_body(receive)
                response = await answer(body, signature, timestamp)
            else:
                if _body_follows(headers):
                    closing = not await self._discard_body(receive, headers)
                if self._extras is not None:  # not an interaction: maybe `/metrics` or the health answer
                    response = await self._extras.answer(
                        response,
                        method=scope["method"],
                        path=_route_path(scope),
                        authorization=_text_of(headers),
                    )
        except _Refused as refused:
            response, closing = refused.response, refused.closing
        except _ClientGone:
            self.stats.record("client_disconnects", "a client hung up before its body arrived")
            return
        # Sent here, not in a helper coroutine: one await less for every answer.
        try:
            if response.files:
                await self._send_multipart(send, response)
            else:
                start, body_message = _whole(response)
                if closing:  # what is left of the body is not read: the server must close
                    start["headers"] = [*start["headers"], _CONNECTION_CLOSE]
                await send(start)
                await send(body_message)
        finally:
            # Now the code after a generator listener's `yield` may run.
            mark_sent = getattr(response, "mark_sent", None)
            if mark_sent is not None:
                mark_sent()

    # -- HTTP ---------------------------------------------------------------------------------------

    def _endpoint_for(self, path: str) -> tuple[http_checks.EndpointConfig, http_checks.AnswerT]:
        """The interaction endpoint, or the webhook events one when `path` is its."""
        events = self._webhook_events
        if events is not None and http_checks.is_on_path(events.config, path):
            return events.config, events.answer
        return self.endpoint, self._server.on_interaction

    def _deadline(self) -> asgi_deadlines.Deadline:
        watch = self._watch
        loop = asyncio.get_running_loop()
        if watch is None or watch.loop is not loop:
            watch = self._watch = asgi_deadlines.BodyWatch(loop, self.request_timeout)
        return watch.deadline()

    async def _receive_body(self, receive: Receive) -> bytes:
        """The body; `_Refused` when it is too large or too slow, `_ClientGone` when nobody sends it."""
        with self._deadline() as deadline:
            body = await _read_body(receive, self.endpoint.max_body_size, self._drain_limit)
        if deadline.late:
            self.stats.record("request_timeouts", "refused a request: body too slow")
            raise _Refused(http_checks.REQUEST_TIMEOUT, closing=True)
        if type(body) is bytes:
            return body
        raise _Refused(http_checks.PAYLOAD_TOO_LARGE, closing=not body)

    async def _discard_body(self, receive: Receive, headers: dict[bytes, bytes]) -> bool:
        """Read and drop the body of a request refused unread; whether it all came (in bounds).

        A client that sent it whole then reads the answer: closing with unread data makes the
        kernel reset the connection, and the answer may be lost with it.
        """
        if headers.get(b"expect", b"").lower() == b"100-continue":
            return False  # the client waits to be asked for its body, and is not asked
        length = _content_length(headers.get(b"content-length"))
        if length is not None and length > self._drain_limit:
            return False
        with self._deadline() as deadline:
            drained = await _drain(receive, self._drain_limit)
        return drained and not deadline.late

    async def _send_multipart(self, send: Send, response: interaction_server_api.Response) -> None:
        body = multipart.MultipartBody(response.payload or b"{}", response.files, executor=self._executor)
        # No content-length: the server sends it chunked while the files are read.
        headers = _head(response, body.content_type)
        await send({"type": "http.response.start", "status": response.status_code, "headers": headers})
        async for chunk in body.stream():
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b""})

    # -- lifespan and websocket ---------------------------------------------------------------------

    async def _serve_other(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope_type = scope["type"]
        if scope_type == "lifespan":
            await self._serve_lifespan(receive, send)
        elif scope_type == "websocket":
            await receive()  # websocket.connect
            await send({"type": "websocket.close", "code": _POLICY_VIOLATION})
        else:
            raise NotImplementedError(f"AsgiAdapter does not serve {scope_type!r} scopes")

    async def _serve_lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message: Message = await receive()
            if message["type"] == "lifespan.startup":
                failure = await self._start_up()
                if failure is not None:
                    await send({"type": "lifespan.startup.failed", "message": failure})
                    return
                if self._extras is not None:
                    self._extras.mark_started()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._extras is not None:
                    self._extras.mark_stopped()
                failure = await self._shut_down()
                if failure is not None:
                    await send({"type": "lifespan.shutdown.failed", "message": failure})
                else:
                    await send({"type": "lifespan.shutdown.complete"})
                return

    async def _start_up(self) -> str | None:
        for callback in self._on_startup:
            try:
                await callback()
            except Exception as error:
                _LOGGER.exception("ASGI startup callback %r raised", callback)
                return _describe(error)
        return None

    async def _shut_down(self) -> str | None:
        close_continuations = getattr(self._server, "close_continuations", None)
        if close_continuations is not None:
            await close_continuations(self.shutdown_timeout)
        first_failure: str | None = None
        for callback in self._on_shutdown:
            try:
                await callback()
            except Exception as error:
                _LOGGER.exception("ASGI shutdown callback %r raised", callback)
                first_failure = first_failure or _describe(error)
        return first_failure


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"
