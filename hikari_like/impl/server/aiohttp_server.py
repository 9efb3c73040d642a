"""The built-in HTTP backend: an aiohttp server that translates requests for the interaction core.

It does HTTP and nothing else: the shared checks in `http_checks`, a size-limited body read, one
call to `on_interaction`, and writing the `Response` (JSON, or multipart when it has files).
Each connection's deadlines and the connection cap are `aiohttp_connections`'.
"""

from __future__ import annotations

__all__ = ["AiohttpBackend"]

import asyncio
import logging
import typing

from aiohttp import web
from aiohttp import web_protocol

from hikari_like.impl.server import aiohttp_connections
from hikari_like.impl.server import extras as extras_
from hikari_like.impl.server import http_checks
from hikari_like.impl.server import limits as limits_
from hikari_like.impl.server.http_response import text_response
from hikari_like.internal import multipart

if typing.TYPE_CHECKING:
    import concurrent.futures
    import ssl
    from socket import socket as Socket

    from hikari_like.api import interaction_server as interaction_server_api

_LOGGER: typing.Final = logging.getLogger("hikari_like.interaction_server")
_SURROGATE: typing.Final = "surrogateescape"  # how aiohttp decoded non-UTF-8 header bytes
_AIOHTTP_MAX_BODY_SIZE: typing.Final = 1024**2
_MALFORMED_BODY: typing.Final = text_response(400, "Malformed request body")
_CLIENT_GONE: typing.Final = text_response(400, "Incomplete request")
"""Written to nobody (the client hung up); the connection closes."""


async def _run_route(handler: extras_.RouteHandlerT, request: web.BaseRequest) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPException as exception:  # raised to answer, as aiohttp's handlers may
        # Rebuilt rather than returned: returning an exception as a response is deprecated.
        headers = {name: value for name, value in exception.headers.items() if name.lower() != "content-type"}
        return web.Response(status=exception.status, text=exception.text, headers=headers)
    except aiohttp_connections.BodyTimeoutError:  # the guard cut off a body arriving too slowly
        return AiohttpBackend._refusal(http_checks.REQUEST_TIMEOUT)
    except Exception:
        _LOGGER.exception("the route handler %r raised on %s %s", handler, request.method, request.path)
        return web.Response(status=500, text="Internal Server Error")


def _url_of(address: typing.Any, *, secure: bool) -> str:
    if isinstance(address, str):
        return f"unix:{address}"
    host, port = address[0], address[1]
    host = f"[{host}]" if ":" in host else host
    return f"{'https' if secure else 'http'}://{host}:{port}"


async def _send_continue(request: web.BaseRequest) -> None:
    # aiohttp answers `Expect: 100-continue` from an Application's router; the low-level server
    # leaves it to us. Without it, a client that asks (curl does for large bodies) waits about
    # a second before sending the body anyway.
    if request.version >= (1, 1):
        await request.writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        request.writer.output_size = 0


class _ReportingResponse(web.Response):
    """A response that calls `on_written` once aiohttp has written it (or failed to)."""

    on_written: typing.Callable[[], None] | None = None

    async def write_eof(self, data: bytes = b"") -> None:
        try:
            await super().write_eof(data)
        finally:
            if self.on_written is not None:
                self.on_written()


class AiohttpBackend:
    """Serves one `InteractionServer` over HTTP with aiohttp.

    `limits` are the connections' timeouts and cap; what they cut off is counted in `stats`.
    """

    __slots__ = (
        "_config",
        "_executor",
        "_extras",
        "_guard",
        "_runner",
        "_secure",
        "_server",
        "shutdown_timeout",
        "webhook_events",
    )

    def __init__(
        self,
        server: interaction_server_api.InteractionServer,
        config: http_checks.EndpointConfig,
        *,
        executor: concurrent.futures.Executor | None = None,
        shutdown_timeout: float = 60.0,
        limits: limits_.ConnectionLimits | None = None,
        stats: limits_.ServerStats | None = None,
        extras: extras_.ServerExtras | None = None,
    ) -> None:
        self._server = server
        self._extras = extras
        self.webhook_events: http_checks.SignedEndpoint | None = None
        """The webhook events endpoint, when the server has it on (set before `start()`)."""
        self._config = config
        self._executor = executor
        self._runner: web.ServerRunner | None = None
        self._secure = False
        self.shutdown_timeout = shutdown_timeout
        self._guard = aiohttp_connections.ConnectionGuard(
            limits or limits_.ConnectionLimits(),
            stats or limits_.ServerStats(),
            drain_limit=limits_.DRAIN_FACTOR * config.max_body_size,
        )

    @property
    def open_connections(self) -> int:
        """How many connections are open now."""
        return len(self._guard)

    @property
    def urls(self) -> list[str]:
        """Where the server listens."""
        if self._runner is None:
            return []
        return [_url_of(address, secure=self._secure) for address in self._runner.addresses]

    async def start(
        self,
        *,
        backlog: int = 128,
        host: str | typing.Sequence[str] | None = None,
        path: str | None = None,
        port: int | None = None,
        reuse_address: bool | None = None,
        reuse_port: bool | None = None,
        socket: Socket | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """Bind and start serving; on failure nothing is left open."""
        # aiohttp's low-level server: the shared checks do the routing, so an Application with its
        # router, middlewares and signals would be work per request that buys nothing.
        # aiohttp's requests already refuse bodies over 1 MiB, our default; another limit needs
        # requests made with it.
        factory = None if self._config.max_body_size == _AIOHTTP_MAX_BODY_SIZE else self._make_request
        server = aiohttp_connections.GuardedServer(
            self._handle,
            guard=self._guard,
            request_factory=factory,
            access_log=None,
            # The guard times requests and drains refused bodies; aiohttp's own lingering read of
            # a refused body must not outlast a request's deadline.
            lingering_time=self._guard.limits.request_timeout,
        )
        runner = web.ServerRunner(server, handle_signals=False, shutdown_timeout=self.shutdown_timeout)
        await runner.setup()
        try:
            sites = self._sites(
                runner,
                backlog=backlog,
                host=host,
                path=path,
                port=port,
                reuse_address=reuse_address,
                reuse_port=reuse_port,
                socket=socket,
                ssl_context=ssl_context,
            )
            for site in sites:
                await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._secure = ssl_context is not None
        self._guard.start()
        _LOGGER.info("listening for interactions on %s", ", ".join(self.urls))

    @staticmethod
    def _sites(
        runner: web.BaseRunner,
        *,
        backlog: int,
        host: str | typing.Sequence[str] | None,
        path: str | None,
        port: int | None,
        reuse_address: bool | None,
        reuse_port: bool | None,
        socket: Socket | None,
        ssl_context: ssl.SSLContext | None,
    ) -> list[web.BaseSite]:
        sites: list[web.BaseSite] = []
        if host is not None or port is not None or (path is None and socket is None):
            hosts: list[str | None] = [host] if isinstance(host, str) or host is None else list(host)
            sites.extend(
                web.TCPSite(
                    runner,
                    name,
                    port if port is not None else 8080,
                    backlog=backlog,
                    ssl_context=ssl_context,
                    reuse_address=reuse_address,
                    reuse_port=reuse_port,
                )
                for name in hosts
            )
        if path is not None:
            sites.append(web.UnixSite(runner, path, backlog=backlog, ssl_context=ssl_context))
        if socket is not None:
            sites.append(web.SockSite(runner, socket, backlog=backlog, ssl_context=ssl_context))
        return sites

    async def close(self) -> None:
        """Stop accepting, close every connection not answering a request at once (idle ones,
        and requests still arriving), wait up to `shutdown_timeout` for the requests being
        answered, and release the sockets."""
        runner, self._runner = self._runner, None
        if runner is None:
            return
        try:
            for site in list(runner.sites):
                await site.stop()
            closed = self._guard.close_unanswered()
            _LOGGER.debug("closed %d connections that were not answering a request", closed)
            await runner.cleanup()
        finally:
            self._guard.stop()
            self._guard.stats.summarise()

    def _make_request(
        self,
        message: typing.Any,
        payload: typing.Any,
        protocol: typing.Any,
        writer: typing.Any,
        task: asyncio.Task[None],
    ) -> web.BaseRequest:
        return web.BaseRequest(
            message,
            payload,
            protocol,
            writer,
            task,
            task.get_loop(),
            client_max_size=self._config.max_body_size,
        )

    async def _handle(self, request: web.BaseRequest) -> web.StreamResponse:
        headers = request.headers
        # The order every backend follows (see `http_checks`), spelled out rather than behind a
        # shared coroutine: that one await less is measurable on every request.
        config = self._config
        answer: http_checks.AnswerT = self._server.on_interaction
        webhook_events = self.webhook_events
        if webhook_events is not None and http_checks.is_on_path(webhook_events.config, request.path):
            config, answer = webhook_events.config, webhook_events.answer
        response: interaction_server_api.Response | None = http_checks.check_request(
            config,
            method=request.method,
            path=request.path,
            content_type=headers.get("Content-Type"),
            content_length=request.content_length,
        )
        if response is None:
            body = await self._read_body(request)
            if type(body) is not bytes:
                return self._refusal(typing.cast("interaction_server_api.Response", body))
            response = await answer(
                body,
                headers.get("X-Signature-Ed25519", "").encode("utf-8", _SURROGATE),
                headers.get("X-Signature-Timestamp", "").encode("utf-8", _SURROGATE),
            )
        elif self._extras is not None:  # not an interaction: maybe one of the other endpoints
            return await self._serve_other(request, self._extras, response)
        # Only a response a continuation waits on carries a `sent` event; the rest need no report.
        mark_sent = getattr(response, "mark_sent", None) if getattr(response, "sent", None) else None
        if response.files:
            try:
                return await self._send_multipart(request, response)
            finally:
                if mark_sent is not None:
                    mark_sent()
        return self._unwritten(response, mark_sent)

    async def _serve_other(
        self, request: web.BaseRequest, extras: extras_.ServerExtras, refusal: interaction_server_api.Response
    ) -> web.StreamResponse:
        """Your route, `/metrics` or the health answer; else the interaction checks' refusal."""
        handler = extras.route_for(request.method, request.path)
        if handler is not None:
            typing.cast("aiohttp_connections.GuardedRequestHandler", request.protocol).reading_body(request)
            return await _run_route(handler, request)
        response = await extras.answer(
            refusal,
            method=request.method,
            path=request.path,
            authorization=request.headers.get("Authorization"),
        )
        return self._unwritten(response, None)

    async def _read_body(self, request: web.BaseRequest) -> bytes | interaction_server_api.Response:
        """The body, or the answer when it cannot be had: too large, too slow, broken off."""
        protocol = typing.cast("aiohttp_connections.GuardedRequestHandler", request.protocol)
        protocol.reading_body(request)
        if request.headers.get("Expect", "").lower() == "100-continue":
            await _send_continue(request)  # the checks passed: the client may send its body
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:  # past `client_max_size`, our `max_body_size`
            return http_checks.PAYLOAD_TOO_LARGE
        except aiohttp_connections.BodyTimeoutError:
            self._guard.stats.record(
                "request_timeouts", "refused a request: body too slow from %s", request.remote
            )
            return http_checks.REQUEST_TIMEOUT
        except web_protocol.RequestPayloadError as error:
            self._guard.stats.record(
                "malformed_requests", "refused a malformed body (%s)", type(error).__name__
            )
            return _MALFORMED_BODY
        except ConnectionError:
            self._guard.stats.record("client_disconnects", "a client hung up before its body arrived")
            return _CLIENT_GONE
        protocol.answering()
        return body

    @staticmethod
    def _refusal(response: interaction_server_api.Response) -> web.Response:
        # A body too large is drained (the client, still sending, then reads the 413); after the
        # others nothing more is read from the client.
        closing = response is not http_checks.PAYLOAD_TOO_LARGE
        out_class = aiohttp_connections.ClosingResponse if closing else web.Response
        return out_class(
            status=response.status_code,
            body=response.payload,
            headers=response.headers,
            content_type=response.content_type,
            charset=response.charset,
        )

    @staticmethod
    def _unwritten(
        response: interaction_server_api.Response, mark_sent: typing.Callable[[], None] | None
    ) -> web.Response:
        # Returned unwritten: aiohttp writes it (and handles a client that hung up quietly); the
        # subclass reports when the bytes are out, which is when a continuation may start.
        out_class = web.Response if mark_sent is None else _ReportingResponse
        out = out_class(
            status=response.status_code,
            body=response.payload,
            headers=response.headers,
            content_type=response.content_type,
            charset=response.charset,
        )
        if mark_sent is not None:
            typing.cast("_ReportingResponse", out).on_written = mark_sent
        return out

    async def _send_multipart(
        self, request: web.BaseRequest, response: interaction_server_api.Response
    ) -> web.StreamResponse:
        body = multipart.MultipartBody(response.payload or b"{}", response.files, executor=self._executor)
        out = web.StreamResponse(status=response.status_code, headers=response.headers)
        out.headers["Content-Type"] = body.content_type
        out.enable_chunked_encoding()
        await out.prepare(request)
        async for chunk in body.stream():
            await out.write(chunk)
        await out.write_eof()
        return out
