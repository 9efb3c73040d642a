"""The built-in HTTP backend: an aiohttp server that translates requests for the interaction core.

It does HTTP and nothing else: the shared checks in `http_checks`, a size-limited body read, one
call to `on_interaction`, and writing the `Response` (JSON, or multipart when it has files).
"""

from __future__ import annotations

__all__ = ["AiohttpBackend"]

import asyncio
import logging
import typing

from aiohttp import web

from hikari_like.impl.server import http_checks
from hikari_like.internal import multipart

if typing.TYPE_CHECKING:
    import concurrent.futures
    import ssl
    from socket import socket as Socket

    from hikari_like.api import interaction_server as interaction_server_api

_LOGGER: typing.Final = logging.getLogger("hikari_like.interaction_server")
_SURROGATE: typing.Final = "surrogateescape"  # how aiohttp decoded non-UTF-8 header bytes
_AIOHTTP_MAX_BODY_SIZE: typing.Final = 1024**2


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


async def _read_body(request: web.BaseRequest) -> bytes | None:
    """The body, or `None` once it passes the request's `client_max_size` (our `max_body_size`)."""
    if request.headers.get("Expect", "").lower() == "100-continue":
        await _send_continue(request)  # the checks passed: the client may send its body
    try:
        return await request.read()
    except web.HTTPRequestEntityTooLarge:
        return None


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
    """Serves one `InteractionServer` over HTTP with aiohttp."""

    __slots__ = ("_config", "_executor", "_runner", "_secure", "_server", "shutdown_timeout")

    def __init__(
        self,
        server: interaction_server_api.InteractionServer,
        config: http_checks.EndpointConfig,
        *,
        executor: concurrent.futures.Executor | None = None,
        shutdown_timeout: float = 60.0,
    ) -> None:
        self._server = server
        self._config = config
        self._executor = executor
        self._runner: web.ServerRunner | None = None
        self._secure = False
        self.shutdown_timeout = shutdown_timeout

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
        server = web.Server(self._handle, request_factory=factory, access_log=None)
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
        """Stop accepting; wait up to `shutdown_timeout` for requests in flight; release the sockets."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

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
        response: interaction_server_api.Response | None = http_checks.check_request(
            self._config,
            method=request.method,
            path=request.path,
            content_type=headers.get("Content-Type"),
            content_length=request.content_length,
        )
        if response is None:
            body = await _read_body(request)
            if body is None:
                response = http_checks.PAYLOAD_TOO_LARGE
            else:
                response = await self._server.on_interaction(
                    body,
                    headers.get("X-Signature-Ed25519", "").encode("utf-8", _SURROGATE),
                    headers.get("X-Signature-Timestamp", "").encode("utf-8", _SURROGATE),
                )
        # Only a response a continuation waits on carries a `sent` event; the rest need no report.
        mark_sent = getattr(response, "mark_sent", None) if getattr(response, "sent", None) else None
        if response.files:
            try:
                return await self._send_multipart(request, response)
            finally:
                if mark_sent is not None:
                    mark_sent()
        return self._unwritten(response, mark_sent)

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
