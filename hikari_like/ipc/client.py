"""The other process's side of IPC: one websocket to the bot, many requests in flight on it."""

from __future__ import annotations

__all__ = ["Client", "ClientSession"]

import asyncio
import itertools
import logging
import typing

import aiohttp

from hikari_like import undefined
from hikari_like.ipc import discovery
from hikari_like.ipc import errors
from hikari_like.ipc import handshake
from hikari_like.ipc import protocol
from hikari_like.ipc._link import Link

_LOGGER: typing.Final = logging.getLogger("hikari_like.ipc")
_DEFAULT_TIMEOUT: typing.Final = 10.0
_FIRST_RETRY_DELAY: typing.Final = 0.05
_MAX_RETRY_DELAY: typing.Final = 1.0
_HEARTBEAT: typing.Final = 30.0

_T = typing.TypeVar("_T")


class _ThrottledError(errors.IPCError):
    """The server asked us to wait (HTTP 429): too many failed handshakes from this address."""

    def __init__(self, message: str, *, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def _handshake_refusal(refused: aiohttp.WSServerHandshakeError, port: int) -> errors.IPCError | None:
    """What a refused websocket upgrade means, or `None` when it is none of ours (retry it)."""
    if refused.status == 429:
        retry_after = _seconds(None if refused.headers is None else refused.headers.get("Retry-After"))
        message = f"the IPC server on port {port} throttles this address after failed handshakes"
        return _ThrottledError(message, retry_after=retry_after)
    if refused.status == 403:
        return errors.IPCUnauthorizedError(
            f"the IPC server on port {port} refused this client's Origin header"
        )
    if refused.status == 401:  # a server of the first protocol, which wanted the secret in a header
        return errors.IPCUnauthorizedError(
            f"the IPC server on port {port} speaks the first IPC protocol, which sent the secret in clear: "
            "upgrade it to this version"
        )
    return None


def _seconds(value: str | None) -> float:
    try:
        return min(max(float(value or 1), 0.0), 60.0)
    except ValueError:
        return 1.0


def _raise_error(error: typing.Mapping[str, typing.Any], endpoint: str) -> typing.NoReturn:
    code, message = error.get("code"), str(error.get("message", ""))
    if code == protocol.ErrorCode.UNKNOWN_ENDPOINT:
        raise errors.IPCUnknownEndpointError(message, endpoint=endpoint)
    if code == protocol.ErrorCode.HANDLER_ERROR:
        error_type = error.get("type")
        raise errors.IPCHandlerError(
            message, endpoint=endpoint, error_type=error_type if isinstance(error_type, str) else None
        )
    if code in (protocol.ErrorCode.BAD_REQUEST, protocol.ErrorCode.TOO_LARGE):
        raise errors.IPCBadRequestError(message, endpoint=endpoint, code=str(code))
    raise errors.IPCError(f"{code}: {message}", endpoint=endpoint)


class ClientSession:
    """Asks an IPC `Server`'s routes for answers, over one websocket shared by every request.

    ```python
    async with ipc.ClientSession(secret_key="s3cret") as client:
        count = await client.request("guild_count")
        member = await client.request("member", guild=1234, user=5678, timeout=2.0)
    ```

    With `port=None` the port is asked from the server's discovery port (`multicast_port`). Each
    connection starts with a handshake in which both sides prove they hold the secret without
    sending it; the client sends no request to a server that did not prove it (within
    `handshake_timeout`). It connects on the first request, and again on the next request after
    the connection dropped (a server restart): until the server answers, connecting is retried
    inside the request's timeout. A request already sent when the connection drops raises
    `IPCDisconnectedError` and is not sent again, since its route may have run. `session=` lends
    an `aiohttp.ClientSession` that is used and never closed; otherwise one is made and closed by
    `close()`.
    """

    __slots__ = (
        "_closed",
        "_connect_lock",
        "_ids",
        "_last_connect_error",
        "_link",
        "_owns_session",
        "_port",
        "_resolved_port",
        "_session",
        "handshake_timeout",
        "host",
        "max_message_size",
        "multicast_port",
        "secret_key",
        "timeout",
    )

    def __init__(
        self,
        host: str = "localhost",
        port: int | None = None,
        multicast_port: int = 20000,
        secret_key: str | None = None,
        *,
        session: aiohttp.ClientSession | None = None,
        timeout: float | None = _DEFAULT_TIMEOUT,
        max_message_size: int = protocol.MAX_MESSAGE_SIZE,
        handshake_timeout: float = handshake.DEFAULT_TIMEOUT,
    ) -> None:
        self.host = host
        self.multicast_port = multicast_port
        self.secret_key = protocol.check_secret_key(secret_key)
        self.timeout = timeout
        """The default seconds to wait for a reply, connecting included (`None`: no limit)."""
        self.max_message_size = max_message_size
        """The largest reply frame accepted, in bytes (a larger one drops the connection)."""
        self.handshake_timeout = handshake_timeout
        """Seconds to wait for each handshake message of the server before trying again."""
        self._port = port
        self._resolved_port = port
        self._session = session
        self._owns_session = session is None
        self._link: Link | None = None
        self._connect_lock = asyncio.Lock()
        self._ids = itertools.count(1)
        self._closed = False
        self._last_connect_error: BaseException | None = None

    def __repr__(self) -> str:
        return f"ClientSession(host={self.host!r}, port={self.resolved_port}, connected={self.is_connected})"

    @property
    def resolved_port(self) -> int | None:
        """The given port, or the one the discovery server gave (`None` before it did)."""
        return self._resolved_port

    @property
    def is_connected(self) -> bool:
        """Whether a websocket to the server is open now."""
        return self._link is not None and self._link.is_open

    async def __aenter__(self) -> typing.Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def connect(self) -> None:
        """Connect now rather than on the first request (within `timeout`)."""
        await self._within(self.timeout, "connect", self._current_link())

    async def request(
        self,
        endpoint: str,
        /,
        *,
        timeout: undefined.UndefinedNoneOr[float] = undefined.UNDEFINED,  # noqa: ASYNC109 - per request, as asked.
        **data: typing.Any,
    ) -> typing.Any:
        """Run the server's route `endpoint` with `data` as its request, and return its result.

        `timeout` (seconds, `None` for none) overrides the session's for this request; the data
        cannot have a key named `timeout`. Raises a subclass of `IPCError` when there is no result.
        """
        limit = self.timeout if timeout is undefined.UNDEFINED else timeout
        request_id = next(self._ids)
        frame = protocol.encode_request(request_id, endpoint, data)
        reply = await self._within(limit, endpoint, self._exchange(request_id, frame))
        if reply is None:
            reason = "the client was closed" if self._closed else "the connection to the IPC server was lost"
            raise errors.IPCDisconnectedError(f"{reason} before the reply to {endpoint!r}", endpoint=endpoint)
        if reply.error is not None:
            _raise_error(reply.error, endpoint)
        return reply.result

    async def close(self) -> None:
        """Close the websocket (requests in flight raise `IPCDisconnectedError`) and our HTTP session."""
        self._closed = True
        link, self._link = self._link, None
        if link is not None:
            await link.close()
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None

    async def _within(
        self, limit: float | None, endpoint: str, work: typing.Coroutine[typing.Any, typing.Any, _T]
    ) -> _T:
        scope = asyncio.timeout(limit)
        try:
            async with scope:
                return await work
        except TimeoutError:
            if limit is None or not scope.expired():
                raise
            message = f"no reply to {endpoint!r} within {limit} s"
            if not self.is_connected and self._last_connect_error is not None:
                message += f" (not connected: {self._last_connect_error!r})"
            raise errors.IPCTimeoutError(message, endpoint=endpoint, timeout=limit) from None

    async def _exchange(self, request_id: int, frame: str) -> protocol.Reply | None:
        link = await self._current_link()
        try:
            future = await link.send(request_id, frame)
        except (ConnectionError, aiohttp.ClientError):
            # The frame was not written, so sending it on a fresh connection cannot run it twice.
            link = await self._current_link(replacing=link)
            future = await link.send(request_id, frame)
        try:
            return await future
        finally:
            link.forget(request_id)

    async def _current_link(self, *, replacing: Link | None = None) -> Link:
        async with self._connect_lock:
            link = self._link
            if link is not None and link is not replacing and link.is_open:
                return link
            self._link = None
            if link is not None:
                await link.close()
            link = await self._open_link()
            if self._closed:  # closed while we were connecting
                await link.close()
                raise errors.IPCDisconnectedError("the client was closed")
            self._link = link
            return link

    async def _open_link(self) -> Link:
        delay = _FIRST_RETRY_DELAY
        while True:
            if self._closed:
                raise errors.IPCDisconnectedError("the client was closed")
            try:
                return Link(await self._connect())
            except errors.IPCUnauthorizedError:
                raise
            except Exception as error:
                if self._closed:  # our session was closed under the handshake
                    raise errors.IPCDisconnectedError("the client was closed") from error
                if not isinstance(error, (aiohttp.ClientError, OSError, errors.IPCError)):
                    raise
                self._last_connect_error = error
                wait = max(delay, error.retry_after) if isinstance(error, _ThrottledError) else delay
                _LOGGER.debug("could not connect to the IPC server (%r); retrying in %s s", error, wait)
            await asyncio.sleep(wait)
            delay = min(delay * 2, _MAX_RETRY_DELAY)

    async def _connect(self) -> aiohttp.ClientWebSocketResponse:
        key = await asyncio.to_thread(handshake.derive_key, self.secret_key)
        if self._port is None:
            finder = await self._open_ws(self.multicast_port, discovery.MAX_FRAME_SIZE)
            async with finder:
                self._resolved_port = await self._prove(finder, key, handshake.Purpose.DISCOVERY)
        ws = await self._open_ws(typing.cast("int", self._resolved_port), self.max_message_size)
        try:
            await self._prove(ws, key, handshake.Purpose.IPC)
        except BaseException:
            await ws.close()
            raise
        self._last_connect_error = None
        return ws

    async def _open_ws(self, port: int, max_msg_size: int) -> aiohttp.ClientWebSocketResponse:
        try:
            return await self._http().ws_connect(
                discovery.format_url("http", self.host, port), max_msg_size=max_msg_size, heartbeat=_HEARTBEAT
            )
        except aiohttp.WSServerHandshakeError as refused:
            error = _handshake_refusal(refused, port)
            if error is None:
                raise
            raise error from None

    async def _prove(
        self, ws: aiohttp.ClientWebSocketResponse, key: bytes, purpose: handshake.Purpose
    ) -> int | None:
        # A peer that never sends its challenge must not hold a request without a timeout forever.
        try:
            async with asyncio.timeout(self.handshake_timeout):
                return await handshake.prove_to_server(ws, key, purpose)
        except TimeoutError:
            message = f"no IPC {purpose} handshake within {self.handshake_timeout} s"
            raise errors.IPCError(message) from None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession()
        return self._session


Client = ClientSession
"""discord-ext-ipc's name for `ClientSession`."""
