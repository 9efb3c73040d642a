"""One client connection to the emulated gateway: how it sends (compressed, split) and what it sent."""

from __future__ import annotations

__all__ = ["EmulatedConnection", "ReceivedCommand"]

import asyncio
import collections
import time
import typing
import zlib

import attrs
from aiohttp import web

from hikari_like.internal import json

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
    """The server side of one websocket: a zlib stream of its own, frames split on request."""

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
        self._deflater = zlib.compressobj() if compress == "zlib-stream" else None
        self._lock = asyncio.Lock()
        self._command_times: collections.deque[float] = collections.deque()

    @property
    def shard_id(self) -> int | None:
        return self.session.shard[0] if self.session is not None else None

    @property
    def is_open(self) -> bool:
        return not self.ws.closed

    async def send(self, payload: json.JSONObject, *, split: int = 1) -> bool:
        """Send one payload (in `split` binary frames under zlib-stream); `False` if the socket is gone."""
        raw = json.dumps(payload)
        async with self._lock:
            try:
                if self._deflater is None:
                    await self.ws.send_str(raw.decode())
                    return True
                data = self._deflater.compress(raw) + self._deflater.flush(zlib.Z_SYNC_FLUSH)
                for piece in _pieces(data, split):
                    await self.ws.send_bytes(piece)
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


def _pieces(data: bytes, count: int) -> list[bytes]:
    count = max(1, min(count, len(data)))
    size = -(-len(data) // count)
    return [data[i : i + size] for i in range(0, len(data), size)]
