"""One client connection to the emulated gateway: how it sends (compressed, split) and what it sent."""

from __future__ import annotations

__all__ = ["EmulatedConnection", "PayloadRewrite", "PendingRewrites", "ReceivedCommand"]

import asyncio
import collections
import time
import typing

import aiohttp
import attrs
from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.gateway.encoding import make_encoder

if typing.TYPE_CHECKING:
    from hikari_like.testing.gateway.session import EmulatedSession

PayloadRewrite = typing.Callable[[json.JSONObject], typing.Any]
"""Given a payload about to be sent, what to send instead: any JSON value, or `bytes` sent as they are."""


@attrs.define(slots=True, kw_only=True, frozen=True)
class ReceivedCommand:
    """A command a client sent: on which connection, from which shard (once known), the op and data."""

    connection: int
    shard_id: int | None
    op: int
    d: typing.Any
    time: float = attrs.field(factory=time.monotonic)


@attrs.define(slots=True, kw_only=True, frozen=True)
class _Rewrite:
    op: int
    t: str | None
    rewrite: PayloadRewrite


class PendingRewrites:
    """Rewrites waiting for the next payload of their opcode (and event name), whichever connection
    sends it; each applies once. Shared by the gateway and all its connections."""

    __slots__ = ("_pending",)

    def __init__(self) -> None:
        self._pending: list[_Rewrite] = []

    def add(self, op: int, rewrite: PayloadRewrite, *, t: str | None = None) -> None:
        """Rewrite the next payload of opcode `op` (and event name `t`) once, with `rewrite`."""
        self._pending.append(_Rewrite(op=op, t=t, rewrite=rewrite))

    def apply(self, payload: json.JSONObject) -> bytes:
        """The bytes to send for `payload`: its JSON, or what the first matching rewrite makes of it."""
        for pending in self._pending:
            if pending.op == payload.get("op") and pending.t in (None, payload.get("t")):
                self._pending.remove(pending)
                replaced = pending.rewrite(payload)
                return replaced if isinstance(replaced, bytes) else json.dumps(replaced)
        return json.dumps(payload)


class EmulatedConnection:
    """The server side of one websocket: a compression context of its own (see `encoding`)."""

    def __init__(
        self,
        *,
        number: int,
        ws: web.WebSocketResponse,
        request: web.Request,
        compress: str | None,
        rewrites: PendingRewrites | None = None,
    ) -> None:
        self.number = number
        self.ws = ws
        self.compress = compress
        self.session: EmulatedSession | None = None
        self.identified = False
        self.closed_by_server = False
        self._request = request
        self._encoder = make_encoder(compress)
        self._rewrites = rewrites or PendingRewrites()
        self._lock = asyncio.Lock()
        self._command_times: collections.deque[float] = collections.deque()

    @property
    def shard_id(self) -> int | None:
        """The shard this connection identified or resumed as (`None` before that)."""
        return self.session.shard[0] if self.session is not None else None

    @property
    def is_open(self) -> bool:
        """Whether the websocket is still open."""
        return not self.ws.closed

    async def send(self, payload: json.JSONObject, *, split: int = 1) -> bool:
        """Send one payload (in `split` binary frames under zlib-stream); `False` if the socket is gone.

        A pending rewrite for its opcode (`EmulatedGateway.rewrite_next`) changes what goes out.
        """
        return await self.send_raw(self._rewrites.apply(payload), split=split)

    async def send_raw(self, data: bytes | typing.Iterable[bytes], *, split: int = 1) -> bool:
        """Send bytes the way a payload's JSON goes, whatever they hold; `False` if the socket is gone.

        Compressed with the connection's running context (in `split` frames under zlib-stream), or
        as one text frame without compression, its bytes unchecked (they may not be UTF-8). Pass
        an iterable of pieces for a payload too large to hold whole: they are compressed one by one.
        Compression happens under the lock, so frames leave in the order the context made them.
        """
        pieces = (data,) if isinstance(data, bytes) else data
        async with self._lock:
            try:
                if self._encoder is None:
                    await self._send_text(b"".join(pieces))
                    return True
                for frame in self._encoder.encode(pieces, split=split):
                    await self.ws.send_bytes(frame)
            except (ConnectionError, RuntimeError):
                return False
        return True

    async def send_frame(self, data: bytes, *, text: bool = False) -> bool:
        """Send one websocket frame exactly as given, outside any compression (to corrupt a stream)."""
        async with self._lock:
            try:
                if text:
                    await self._send_text(data)
                else:
                    await self.ws.send_bytes(data)
            except (ConnectionError, RuntimeError):
                return False
        return True

    async def _send_text(self, data: bytes) -> None:
        try:
            await self.ws.send_str(data.decode())
        except UnicodeDecodeError:
            # A text frame that is not UTF-8, as a broken server would send (aiohttp >= 3.11).
            await self.ws.send_frame(data, aiohttp.WSMsgType.TEXT)

    def note_command(self, period: float) -> int:
        """Record a command's arrival; returns how many arrived within the last `period` seconds."""
        now = time.monotonic()
        times = self._command_times
        times.append(now)
        while times and times[0] <= now - period:
            times.popleft()
        return len(times)

    async def close(self, code: int, reason: str = "") -> None:
        """Close with `code` and `reason`, as the server (Discord) would."""
        self.closed_by_server = True
        async with self._lock:
            await self.ws.close(code=code, message=reason.encode())

    def drop(self) -> None:
        """End the TCP connection without a close frame, as a network failure would."""
        transport = self._request.transport
        if transport is not None:
            transport.abort()
