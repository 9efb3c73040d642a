"""One websocket connection to the gateway: open, read whole payloads, send, close.

Each connection owns its decompressor (see `compression`), so a reconnect starts a fresh zlib
stream and two shards never share one. Raw aiohttp errors are translated here into gateway errors:
a message the gateway should never have sent (over `max_payload_size`, a text frame that is not
UTF-8, a broken websocket frame, a payload that does not decode) is a `GatewayTransportError`, the
shard's protocol error; a connection that breaks is a `GatewayConnectionError`.
"""

from __future__ import annotations

__all__ = ["GatewayConnection"]

import logging
import typing
import urllib.parse

import aiohttp

from hikari_like.errors import GatewayConnectionError
from hikari_like.errors import GatewayServerClosedConnectionError
from hikari_like.errors import GatewayTransportError
from hikari_like.impl.gateway import close_codes
from hikari_like.impl.gateway.compression import DEFAULT_MAX_PAYLOAD_SIZE
from hikari_like.impl.gateway.compression import PayloadTooLargeError
from hikari_like.impl.gateway.compression import StreamDecompressor
from hikari_like.impl.gateway.compression import make_decompressor
from hikari_like.impl.gateway.payloads import GatewayPayload

if typing.TYPE_CHECKING:
    from hikari_like.impl import config

_LOGGER = logging.getLogger("hikari_like.gateway")
API_VERSION: typing.Final = 10
# What aiohttp's reader refuses with these codes is a frame the gateway should never have sent.
_REFUSED_FRAMES: typing.Final = frozenset(
    {
        aiohttp.WSCloseCode.PROTOCOL_ERROR,
        aiohttp.WSCloseCode.INVALID_TEXT,
        aiohttp.WSCloseCode.UNSUPPORTED_DATA,
    }
)


def gateway_url(base: str, compression: str | None) -> str:
    """`base` with `v=10&encoding=json` (and `compress=`) as its query, replacing any query it had."""
    parts = urllib.parse.urlsplit(base)
    query = {"v": str(API_VERSION), "encoding": "json"}
    if compression is not None:
        query["compress"] = compression
    path = parts.path or "/"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, urllib.parse.urlencode(query), ""))


class GatewayConnection:
    """An open websocket; `receive()` returns decoded payloads, raising when the connection ends."""

    __slots__ = ("_decompressor", "_max_payload_size", "_ws")

    def __init__(
        self,
        ws: aiohttp.ClientWebSocketResponse,
        decompressor: StreamDecompressor | None,
        *,
        max_payload_size: int = DEFAULT_MAX_PAYLOAD_SIZE,
    ) -> None:
        self._ws = ws
        self._decompressor = decompressor
        self._max_payload_size = max_payload_size

    @classmethod
    async def open(
        cls,
        session: aiohttp.ClientSession,
        url: str,
        *,
        compression: str | None,
        close_timeout: float,
        proxy_settings: config.ProxySettings | None = None,
        max_payload_size: int = DEFAULT_MAX_PAYLOAD_SIZE,
    ) -> GatewayConnection:
        """Connect to `url` (a gateway base URL); raises `GatewayConnectionError` on failure.

        No websocket message (compressed or not) nor inflated payload may exceed
        `max_payload_size` bytes; aiohttp refuses a bigger message from its header, before
        reading it.
        """
        decompressor = make_decompressor(compression, max_size=max_payload_size)
        proxy = proxy_settings.url if proxy_settings is not None else None
        proxy_headers = proxy_settings.all_headers if proxy_settings is not None else None
        try:
            ws = await session.ws_connect(
                gateway_url(url, compression),
                autoping=True,
                # aiohttp refuses a message of `max_msg_size` bytes or more; ours may have exactly the cap.
                max_msg_size=max_payload_size + 1,
                timeout=aiohttp.ClientWSTimeout(ws_receive=None, ws_close=close_timeout),
                proxy=proxy,
                proxy_headers=proxy_headers,
            )
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            raise GatewayConnectionError(f"could not connect to the gateway: {exc!r}") from exc
        return cls(ws, decompressor, max_payload_size=max_payload_size)

    @property
    def is_closed(self) -> bool:
        """Whether the websocket is closed (by either side)."""
        return self._ws.closed

    async def receive(self) -> GatewayPayload:
        """The next whole, well-formed payload.

        Raises
        ------
        hikari_like.errors.GatewayTransportError
            For a payload that is malformed or too large (`MalformedPayloadError`,
            `PayloadTooLargeError`), or a frame the websocket protocol refuses.
        hikari_like.errors.GatewayError
            When the connection ends (`GatewayServerClosedConnectionError` for a close code).
        """
        while True:
            raw = await self._receive_frame()
            if raw is not None:
                return GatewayPayload.decode(raw)

    async def _receive_frame(self) -> bytes | str | None:
        try:
            message = await self._ws.receive()
        except (aiohttp.ClientError, OSError) as exc:
            raise GatewayConnectionError(f"the gateway connection failed: {exc!r}") from exc
        if message.type is aiohttp.WSMsgType.BINARY:
            if self._decompressor is None:
                return bytes(message.data)
            return self._decompressor.feed(message.data)
        if message.type is aiohttp.WSMsgType.TEXT:
            return str(message.data)
        raise self._closed_error(message)

    def _closed_error(self, message: aiohttp.WSMessage) -> Exception:
        if message.type is aiohttp.WSMsgType.CLOSE:
            code = int(message.data)
            reason = close_codes.describe(code)
            if message.extra:
                reason = f"{reason}: {message.extra}"
            can_reconnect = close_codes.action_for(code) is not close_codes.CloseAction.FATAL
            return GatewayServerClosedConnectionError(reason, code=code, can_reconnect=can_reconnect)
        if message.type is aiohttp.WSMsgType.ERROR:
            return self._error_frame(message.data)
        # CLOSING/CLOSED: we closed it ourselves, or the TCP connection ended without a close frame.
        return GatewayConnectionError(f"the gateway connection closed (code {self._ws.close_code})")

    def _error_frame(self, error: object) -> Exception:
        code = error.code if isinstance(error, aiohttp.WebSocketError) else None
        if code == aiohttp.WSCloseCode.MESSAGE_TOO_BIG:
            return PayloadTooLargeError(self._max_payload_size)
        if code in _REFUSED_FRAMES:
            return GatewayTransportError(f"the gateway sent a frame the websocket protocol refuses: {error}")
        return GatewayConnectionError(f"the gateway connection failed: {error!r}")

    async def send(self, payload: GatewayPayload) -> None:
        """Send one command as a text frame."""
        try:
            await self._ws.send_str(payload.encode().decode())
        except (aiohttp.ClientError, OSError, RuntimeError) as exc:
            # aiohttp raises ClientConnectionResetError (or RuntimeError, older) once closing.
            raise GatewayConnectionError(f"could not send to the gateway: {exc!r}") from exc

    async def close(self, code: int, reason: str = "") -> None:
        """Close with `code` (1000 ends the session on Discord's side; anything else keeps it)."""
        if self._ws.closed:
            return
        _LOGGER.debug("closing the gateway connection with code %s (%s)", code, reason)
        try:
            await self._ws.close(code=code, message=reason.encode())
        except (aiohttp.ClientError, OSError) as exc:
            _LOGGER.debug("closing the gateway connection failed: %r", exc)
