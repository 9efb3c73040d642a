"""One client connection to the emulated gateway: how it sends (compressed, split) and what it sent."""

from __future__ import annotations

__all__ = ["EmulatedConnection", "ReceivedCommand"]

import asyncio
import collections
import time
import typing

import attrs
from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.gateway.encoding import make_encoder

if typing.TYPE_CHECKING:
    from hikari_like.testing.gateway.session import EmulatedSession


@attrs.define(slots=True, kw_only=True, frozen=True)
class ReceivedCommand:
    """A command a client sent: on which connection, from which shard (once known), the op and data."""

    connection: int
    shard_id: int | None
    op: int
    d: typing.Any
    time: float = attrs.field(factory=time.monotonic)


class EmulatedConnection:
    """The server side of one websocket: a compression context of its own (see `encoding`)."""

    def __init__(
        self, *, number: int, ws: web.WebSocketResponse, request: web.Request, compress: str | None
    ) -> None:
        self.number = number
        self.ws = ws
        self.compress = compress
        self.session: EmulatedSession | None = None
        self.identified = False
        self.closed_by_server = False
        self._request = request
        self._encoder = make_encoder(compress)
        self._lock = asyncio.Lock()
        self._command_times: collections.deque[float] = collections.deque()

    @property
    def shard_id(self) -> int | None:
        return self.session.shard[0] if self.session is not None else None

    @property
    def is_open(self) -> bool:
        return not self.ws.closed

    async def send(self, payload: json.JSONObject, *, split: int = 1) -> bool:
        """Send one payload (in `split` binary frames under zlib-stream); `False` if the socket is gone.

        Compression happens under the lock, so frames leave in the order the context made them.
        """
        raw = json.dumps(payload)
        async with self._lock:
            try:
                if self._encoder is None:
                    await self.ws.send_str(raw.decode())
                    return True
                for frame in self._encoder.encode(raw, split=split):
                    await self.ws.send_bytes(frame)
            except (ConnectionError, RuntimeError):
                return False
        return True

    def note_command(self, period: float) -> int:
        """Record a command's arrival; returns how many arrived within the last `period` seconds."""
        now = time.monotonic()
        times = self._command_times
        times.append(now)
        while times and times[0] <= now - period:
            times.popleft()
        return len(times)

    async def close(self, code: int, reason: str = "") -> None:
        self.closed_by_server = True
        async with self._lock:
            await self.ws.close(code=code, message=reason.encode())

    def drop(self) -> None:
        """End the TCP connection without a close frame, as a network failure would."""
        transport = self._request.transport
        if transport is not None:
            transport.abort()
