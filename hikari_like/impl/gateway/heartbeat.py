"""The heartbeat of one connection: its own task, so a slow event consumer never delays it.

The first beat waits `interval * random()` (Discord's jitter, so shards reconnecting together do
not beat together), then one beat per interval. Before each beat the loop checks that an ACK
arrived since its previous beat; if none did, the connection is a zombie (it looks open but
nothing comes back), which is detected at most two intervals after the last ACK.
"""

from __future__ import annotations

__all__ = ["Heartbeat"]

import asyncio
import logging
import math
import random
import time
import typing

from hikari_like.errors import GatewayError

_LOGGER = logging.getLogger("hikari_like.gateway")


class Heartbeat:
    """Beats every `interval` seconds through `send`; calls `on_zombie` once if ACKs stop.

    ```python
    heartbeat = Heartbeat(interval=41.25, send=send_heartbeat, on_zombie=reconnect)
    heartbeat.start()
    heartbeat.ack()  # for every HEARTBEAT_ACK
    ```
    """

    __slots__ = (
        "_interval",
        "_last_ack_at",
        "_latency",
        "_loop_beat_at",
        "_on_zombie",
        "_send",
        "_sent_at",
        "_task",
        "_zombie",
    )

    def __init__(
        self,
        *,
        interval: float,
        send: typing.Callable[[], typing.Awaitable[None]],
        on_zombie: typing.Callable[[], typing.Awaitable[None]],
    ) -> None:
        self._interval = interval
        self._send = send
        self._on_zombie = on_zombie
        self._sent_at: float | None = None
        """When the latest beat (of the loop or requested by opcode 1) went out, until its ACK."""
        self._loop_beat_at = 0.0
        self._last_ack_at = 0.0
        self._latency = math.nan
        self._task: asyncio.Task[None] | None = None
        self._zombie = False

    @property
    def interval(self) -> float:
        """Seconds between beats, as HELLO's `heartbeat_interval` set them."""
        return self._interval

    @property
    def latency(self) -> float:
        """Seconds between the latest acknowledged beat and its ACK; `nan` before the first ACK."""
        return self._latency

    def start(self) -> None:
        """Start beating in a background task (the first beat after a random part of the interval)."""
        self._task = asyncio.create_task(self._run(), name="gateway heartbeat")

    async def stop(self) -> None:
        """Stop beating (idempotent). A zombie close in progress is let finish, not cancelled."""
        task, self._task = self._task, None
        if task is None or task is asyncio.current_task():
            return
        if not self._zombie:
            task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    @property
    def is_zombie(self) -> bool:
        """Whether this heartbeat found its connection dead."""
        return self._zombie

    def ack(self) -> None:
        """Record Discord's HEARTBEAT_ACK: the connection is alive, and the latency is measured."""
        now = time.monotonic()
        self._last_ack_at = now
        if self._sent_at is not None:
            self._latency = now - self._sent_at
            self._sent_at = None

    async def beat_now(self) -> None:
        """Opcode 1: beat at once; the loop keeps its own schedule."""
        await self._beat()

    async def _beat(self) -> None:
        self._sent_at = time.monotonic()
        await self._send()

    async def _run(self) -> None:
        try:
            await asyncio.sleep(self._interval * random.random())
            while True:
                if self._loop_beat_at and self._last_ack_at < self._loop_beat_at:
                    _LOGGER.warning(
                        "no heartbeat ACK within %.2f s: the connection is a zombie", self._interval
                    )
                    self._zombie = True
                    await self._on_zombie()
                    return
                self._loop_beat_at = time.monotonic()
                await self._beat()
                await asyncio.sleep(self._interval)
        except GatewayError as exc:
            # The connection ended under us; the receive loop sees that too and decides what next.
            _LOGGER.debug("heartbeat stopped: %s", exc)
