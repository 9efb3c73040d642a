"""The bot's side of IPC: a websocket server that runs named routes for authenticated clients.

A client first proves it holds the secret (`hikari_like.ipc.handshake`, which never sends it),
within `handshake_timeout`; peers that fail are throttled and summed up in the log. Each client
then holds one websocket and may have many requests in flight on it; every request runs in its own
task and its reply carries the request's id. Nothing a client sends can stop the server: bad
frames get error replies, a route that raises gets an error reply, and the server goes on.
"""

from __future__ import annotations

__all__ = ["CompletionHook", "Handler", "RawRequestHook", "Server"]

import asyncio
import collections.abc
import inspect
import ipaddress
import logging
import types
import typing

import aiohttp
import multidict
from aiohttp import web

from hikari_like import errors as base_errors
from hikari_like.ipc import _gate
from hikari_like.ipc import discovery
from hikari_like.ipc import errors
from hikari_like.ipc import handshake
from hikari_like.ipc import protocol
from hikari_like.ipc.request import Request

_LOGGER: typing.Final = logging.getLogger("hikari_like.ipc")
_HARD_LIMIT_FACTOR: typing.Final = 4  # frames beyond this many times the limit close the socket (1009)
_HEARTBEAT: typing.Final = 30.0  # seconds between pings, so a vanished client is noticed
_CLOSE_TIMEOUT: typing.Final = 5.0

Handler: typing.TypeAlias = typing.Callable[[Request], typing.Awaitable[typing.Any]]
"""A route: `async def route(request: Request) -> <JSON-able value>`."""
RawRequestHook: typing.TypeAlias = typing.Callable[[Request], typing.Awaitable[None]]
"""Runs for every well-formed request before its route (also for unknown endpoints)."""
CompletionHook: typing.TypeAlias = typing.Callable[
    [Request, typing.Any, Exception | None], typing.Awaitable[None]
]
"""Runs after each reply was sent, with the route's result, or the error that was sent instead."""

BotT = typing.TypeVar("BotT")
HandlerT = typing.TypeVar("HandlerT", bound=Handler)
RawRequestHookT = typing.TypeVar("RawRequestHookT", bound=RawRequestHook)
CompletionHookT = typing.TypeVar("CompletionHookT", bound=CompletionHook)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: it may resolve to anything
        return False


def _visible_headers(headers: typing.Mapping[str, str]) -> typing.Mapping[str, str]:
    # The secret never travels in a header any more, but a client of the first protocol put it
    # in `Authorization`: routes never see one.
    kept = multidict.CIMultiDict(
        (name, value) for name, value in headers.items() if name.lower() != "authorization"
    )
    return multidict.CIMultiDictProxy(kept)


class _Connection:
    """One client's websocket and the tasks answering its requests."""

    __slots__ = ("headers", "tasks", "ws")

    def __init__(self, ws: web.WebSocketResponse, headers: typing.Mapping[str, str]) -> None:
        self.ws = ws
        self.headers = headers
        self.tasks: set[asyncio.Task[None]] = set()

    def spawn(self, work: typing.Coroutine[typing.Any, typing.Any, None]) -> None:
        task = asyncio.create_task(work)
        self.tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self.tasks.discard(task)
        # Answering a frame handles its own errors; anything left is a bug, said here rather than
        # as asyncio's "exception was never retrieved" at some later collection.
        if not task.cancelled() and (error := task.exception()) is not None:
            _LOGGER.error("answering an IPC frame failed", exc_info=error)

    async def send(self, frame: str) -> None:
        try:
            await self.ws.send_str(frame)
        except ConnectionError:  # the client left; nobody is waiting for this reply any more
            _LOGGER.debug("an IPC reply was dropped: the client disconnected")

    async def stop_tasks(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)


class Server(typing.Generic[BotT]):
    """Serves named routes to IPC clients (`ClientSession`), next to a bot.

    ```python
    server = ipc.Server(bot, secret_key="s3cret")

    @server.route()
    async def guild_count(request: ipc.Request) -> int:
        return (await bot.rest.fetch_application()).approximate_guild_count

    await server.start()  # ... await server.close()
    ```

    With `multicast=True` (discord-ext-ipc's `do_multicast=` is accepted too) a discovery server
    on `multicast_port` tells clients holding the secret which port the IPC server uses. Port 0
    picks free ports; `port` / `multicast_port` then give the bound ones. A peer has
    `handshake_timeout` seconds to prove it holds the secret; a request carrying an `Origin`
    header (every browser sends one) is refused unless `allowed_origins` lists it. Set the hooks
    `on_raw_ipc_request` / `on_ipc_request_completion` by assignment or with the
    `raw_request_hook` / `completion_hook` decorators.
    """

    __slots__ = (
        "_connections",
        "_discovery",
        "_gate",
        "_multicast_port",
        "_port",
        "_routes",
        "_runner",
        "_secret_key",
        "allowed_origins",
        "bot",
        "handshake_timeout",
        "host",
        "max_message_size",
        "multicast",
        "on_ipc_request_completion",
        "on_raw_ipc_request",
    )

    def __init__(  # noqa: PLR0917 - discord-ext-ipc's positional signature, which users know.
        self,
        bot: BotT,
        host: str = "localhost",
        port: int = 8000,
        secret_key: str | None = None,
        multicast: bool = True,
        multicast_port: int = 20000,
        *,
        max_message_size: int = protocol.MAX_MESSAGE_SIZE,
        handshake_timeout: float = handshake.DEFAULT_TIMEOUT,
        allowed_origins: collections.abc.Iterable[str] = (),
        do_multicast: bool | None = None,
    ) -> None:
        if not handshake_timeout > 0:
            raise ValueError("handshake_timeout must be a positive number of seconds")
        self.bot = bot
        """Whatever object the routes serve (a RESTBot, a GatewayBot, ...); the server never uses it."""
        self.host = host
        self.multicast = multicast if do_multicast is None else do_multicast
        self.max_message_size = max_message_size
        """The largest request frame answered normally, in bytes; larger ones get `too_large`."""
        self.handshake_timeout = handshake_timeout
        """Seconds a connection has to send its request and then prove it holds the secret."""
        self.allowed_origins = tuple(allowed_origins)
        """The `Origin`s (`"https://dashboard.example"`) whose pages may connect; others are refused."""
        self.on_raw_ipc_request: RawRequestHook | None = None
        """Awaited with each well-formed request before its route runs; raising fails the request."""
        self.on_ipc_request_completion: CompletionHook | None = None
        """Awaited with `(request, result, error)` after each reply was sent; errors are logged."""
        self._port = port
        self._multicast_port = multicast_port
        self._secret_key = protocol.check_secret_key(secret_key)
        self._routes: dict[str, Handler] = {}
        self._runner: web.AppRunner | None = None
        self._discovery: discovery.DiscoveryServer | None = None
        self._gate: _gate.Gate | None = None
        self._connections: set[_Connection] = set()

    def __repr__(self) -> str:
        return f"Server(host={self.host!r}, port={self.port}, routes={sorted(self._routes)})"

    @property
    def secret_key(self) -> str | None:
        """The secret clients must present (`None`: anyone who can connect is admitted)."""
        return self._secret_key

    @property
    def port(self) -> int:
        """The bound port while running (useful with port 0), else the configured one."""
        return _gate.bound_port(self._runner, self._port)

    @property
    def multicast_port(self) -> int:
        """The discovery server's bound port while running, else the configured one."""
        return self._multicast_port if self._discovery is None else self._discovery.port

    @property
    def is_alive(self) -> bool:
        """Whether the server is started and not closed."""
        return self._runner is not None

    @property
    def connection_count(self) -> int:
        """How many clients are connected now."""
        return len(self._connections)

    @property
    def endpoints(self) -> typing.Mapping[str, Handler]:
        """The routes by name (read-only)."""
        return types.MappingProxyType(self._routes)

    def route(self, name: str | None = None) -> typing.Callable[[HandlerT], HandlerT]:
        """Register the decorated coroutine function as the route `name` (default: its name)."""

        def register(handler: HandlerT) -> HandlerT:
            self.add_route(handler.__name__ if name is None else name, handler)
            return handler

        return register

    def add_route(self, name: str, handler: Handler) -> None:
        """Register `handler` as the route `name`; a name can be registered once."""
        if not inspect.iscoroutinefunction(handler):
            raise TypeError(f"the route {name!r} must be a coroutine function (async def)")
        if not 0 < len(name) <= protocol.MAX_ENDPOINT_LENGTH:
            raise ValueError(f"a route name has 1 to {protocol.MAX_ENDPOINT_LENGTH} characters")
        if name in self._routes:
            raise ValueError(f"a route named {name!r} is already registered")
        self._routes[name] = handler

    def raw_request_hook(self, hook: RawRequestHookT) -> RawRequestHookT:
        """Decorator form of setting `on_raw_ipc_request`."""
        self.on_raw_ipc_request = hook
        return hook

    def completion_hook(self, hook: CompletionHookT) -> CompletionHookT:
        """Decorator form of setting `on_ipc_request_completion`."""
        self.on_ipc_request_completion = hook
        return hook

    async def start(self) -> None:
        """Bind the IPC port (and the discovery port with `multicast=True`) and start serving."""
        if self._runner is not None:
            raise base_errors.ComponentStateConflictError("the IPC server is already running")
        self._warn_without_secret()
        key = await asyncio.to_thread(handshake.derive_key, self._secret_key)
        self._gate = gate = _gate.Gate(
            key=key,
            admit_all=self._secret_key is None,
            allowed_origins=self.allowed_origins,
            handshake_timeout=self.handshake_timeout,
        )
        self._runner = await _gate.bind(
            self._accept,
            host=self.host,
            port=self._port,
            handshake_timeout=self.handshake_timeout,
            shutdown_timeout=_CLOSE_TIMEOUT,
        )
        try:
            await self._start_discovery(gate)
        except BaseException:
            await self.close()
            raise
        _LOGGER.info("IPC server listening on %s", discovery.format_url("ws", self.host, self.port))

    async def close(self) -> None:
        """Stop serving: close every connection (requests in flight are cancelled), free the ports."""
        runner, self._runner = self._runner, None
        finder, self._discovery = self._discovery, None
        gate, self._gate = self._gate, None
        if finder is not None:
            await finder.close()
        await asyncio.gather(*(self._disconnect(connection) for connection in list(self._connections)))
        if runner is not None:
            await runner.cleanup()
        if gate is not None:
            gate.close()

    async def terminate_server(self) -> None:
        """discord-ext-ipc's name for `close()`."""
        await self.close()

    async def __aenter__(self) -> typing.Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def _warn_without_secret(self) -> None:
        if self._secret_key is not None:
            return
        who = "every local process" if _is_loopback(self.host) else "anyone who can reach it"
        _LOGGER.warning(
            "the IPC server binds %r without a secret_key: %s can run its routes; give it a secret",
            self.host,
            who,
        )

    async def _start_discovery(self, gate: _gate.Gate) -> None:
        if not self.multicast:
            return
        finder = discovery.DiscoveryServer(
            host=self.host, port=self._multicast_port, ipc_port=self.port, gate=gate
        )
        await finder.start()
        self._discovery = finder

    @staticmethod
    async def _disconnect(connection: _Connection) -> None:
        await connection.stop_tasks()
        await connection.ws.close(code=aiohttp.WSCloseCode.GOING_AWAY, message=b"server shutting down")

    async def _accept(self, request: web.Request) -> web.StreamResponse:
        gate = self._gate
        if self._runner is None or gate is None:  # closing: the connections are being closed
            raise _gate.refusal(web.HTTPServiceUnavailable, "unavailable", "the IPC server is closing")
        ws = web.WebSocketResponse(
            max_msg_size=self.max_message_size * _HARD_LIMIT_FACTOR,
            heartbeat=_HEARTBEAT,
            timeout=_CLOSE_TIMEOUT,
        )
        if not await gate.open(request, ws, handshake.Purpose.IPC):
            return ws
        if not self.is_alive:  # closed during the handshake
            await ws.close(code=aiohttp.WSCloseCode.GOING_AWAY, message=b"server shutting down")
            return ws
        connection = _Connection(ws, _visible_headers(request.headers))
        self._connections.add(connection)
        try:
            async for message in ws:
                if isinstance(message.data, (str, bytes)):  # text and binary frames: requests
                    connection.spawn(self._answer(connection, protocol.frame_bytes(message.data)))
        finally:
            self._connections.discard(connection)
            await connection.stop_tasks()
        return ws

    async def _answer(self, connection: _Connection, frame: bytes) -> None:
        try:
            decoded = protocol.decode_request(frame, max_size=self.max_message_size)
        except protocol.FrameError as refused:
            _LOGGER.debug("refused an IPC frame: %s", refused.message)
            await connection.send(protocol.encode_error(refused.request_id, refused.code, refused.message))
            return
        request = Request(
            endpoint=decoded.endpoint,
            headers=connection.headers,
            request_id=decoded.request_id,
            data=decoded.data,
        )
        result, error = await self._run(request)
        reply, error = self._encode_outcome(request, result, error)
        await connection.send(reply)
        await self._complete(request, result, error)

    async def _run(self, request: Request) -> tuple[typing.Any, Exception | None]:
        try:
            if self.on_raw_ipc_request is not None:
                await self.on_raw_ipc_request(request)
            handler = self._routes.get(request.endpoint)
            if handler is None:
                return None, errors.IPCUnknownEndpointError(
                    f"no route named {request.endpoint!r}", endpoint=request.endpoint
                )
            return await handler(request), None
        except Exception as error:
            _LOGGER.exception("the IPC request %r (id %s) failed", request.endpoint, request.request_id)
            return None, error

    def _encode_outcome(
        self, request: Request, result: typing.Any, error: Exception | None
    ) -> tuple[str, Exception | None]:
        if error is None:
            try:
                reply = protocol.encode_result(request.request_id, result)
            except TypeError as not_json:
                error = TypeError(f"the route's result is not JSON: {not_json}")
            else:
                size = len(reply.encode())
                if size <= self.max_message_size:
                    return reply, None
                error = ValueError(
                    f"the route's result is {size} bytes, over the {self.max_message_size} limit"
                )
        return self._error_frame(request, error), error

    @staticmethod
    def _error_frame(request: Request, error: Exception) -> str:
        if isinstance(error, errors.IPCUnknownEndpointError):
            return protocol.encode_error(
                request.request_id, protocol.ErrorCode.UNKNOWN_ENDPOINT, error.message
            )
        return protocol.encode_error(
            request.request_id, protocol.ErrorCode.HANDLER_ERROR, str(error), error_type=type(error).__name__
        )

    async def _complete(self, request: Request, result: typing.Any, error: Exception | None) -> None:
        hook = self.on_ipc_request_completion
        if hook is None:
            return
        try:
            await hook(request, result, error)
        except Exception:
            _LOGGER.exception("the on_ipc_request_completion hook raised")
