"""One client websocket to the IPC server: its reader task and the requests in flight on it."""

from __future__ import annotations

__all__ = ["Link"]

import asyncio
import logging
import typing

from hikari_like.ipc import protocol

if typing.TYPE_CHECKING:
    import aiohttp

_LOGGER: typing.Final = logging.getLogger("hikari_like.ipc")


class Link:
    """Sends request frames and resolves each waiting future with the reply carrying its id.

    A future resolves to `None` when the connection ends before its reply: its request may or
    may not have run, which only the caller can judge.
    """

    __slots__ = ("_pending", "_reader", "_ws")

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self._ws = ws
        self._pending: dict[int, asyncio.Future[protocol.Reply | None]] = {}
        self._reader = asyncio.create_task(self._read(), name="hikari_like.ipc reader")

    @property
    def is_open(self) -> bool:
        """Whether requests can still be sent on this link."""
        return not self._ws.closed and not self._reader.done()

    async def send(self, request_id: int, frame: str) -> asyncio.Future[protocol.Reply | None]:
        """Send `frame` and return the future of its reply.

        Raises `ConnectionError` when the frame could not be written (then it was not sent).
        """
        future: asyncio.Future[protocol.Reply | None] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        try:
            await self._ws.send_str(frame)
        except BaseException:
            self._pending.pop(request_id, None)
            raise
        return future

    def forget(self, request_id: int) -> None:
        """Stop waiting for a request's reply (it timed out); a late reply is dropped."""
        self._pending.pop(request_id, None)

    async def close(self) -> None:
        """Close the websocket and wait for the reader; waiting requests resolve to `None`."""
        await self._ws.close()
        await self._reader

    async def _read(self) -> None:
        try:
            async for message in self._ws:
                if isinstance(message.data, (str, bytes)):
                    self._deliver(protocol.frame_bytes(message.data))
        finally:
            pending, self._pending = self._pending, {}
            for future in pending.values():
                if not future.done():
                    future.set_result(None)

    def _deliver(self, frame: bytes) -> None:
        try:
            reply = protocol.decode_reply(frame)
        except ValueError:
            _LOGGER.warning("ignored a frame from the IPC server that is not a reply")
            return
        if reply.request_id is None:
            _LOGGER.warning("the IPC server refused a frame: %s", reply.error)
            return
        future = self._pending.pop(reply.request_id, None)
        if future is None:
            _LOGGER.debug("dropped the late reply to IPC request %s", reply.request_id)  # it timed out
        elif not future.done():
            future.set_result(reply)
