"""Gateway rate limits: commands per connection, and IDENTIFYs per bot.

- `SendLimiter`: Discord allows 120 commands per 60 s on one connection. Ordinary commands
  wait once `limit - reserve` are used; heartbeats never wait (a late heartbeat costs the
  session) but still count.
- `IdentifyLimiter`: shared by every shard of a bot. Shards identify in buckets
  (`shard_id % max_concurrency`), one IDENTIFY per bucket per 5 s, and no more sessions than the
  session start limit allows before it resets.
"""

from __future__ import annotations

__all__ = ["IdentifyLimiter", "SendLimiter"]

import asyncio
import collections
import contextlib
import logging
import time
import typing

_LOGGER = logging.getLogger("hikari_like.gateway")


class SendLimiter:
    """A sliding window of send times for one connection."""

    __slots__ = ("_limit", "_period", "_reserve", "_sent")

    def __init__(self, *, limit: int = 120, period: float = 60.0, reserve: int = 3) -> None:
        self._limit = limit
        self._period = period
        self._reserve = reserve
        self._sent: collections.deque[float] = collections.deque()

    def _in_window(self) -> int:
        horizon = time.monotonic() - self._period
        while self._sent and self._sent[0] <= horizon:
            self._sent.popleft()
        return len(self._sent)

    async def acquire(self, *, priority: bool = False) -> None:
        """Wait for a slot (never for `priority` sends) and take it."""
        while not priority and self._in_window() >= self._limit - self._reserve:  # noqa: ASYNC110
            # Sleep until the oldest send leaves the window (a time, not an event, frees the slot).
            await asyncio.sleep(max(self._sent[0] + self._period - time.monotonic(), 0.001))
        self._sent.append(time.monotonic())


class IdentifyLimiter:
    """Spaces IDENTIFYs as Discord requires; share one between all shards of a bot.

    ```python
    info = await rest.fetch_gateway_bot_info()
    limits = info.session_start_limit
    limiter = IdentifyLimiter(limits.max_concurrency, limits.remaining, limits.reset_after.total_seconds())
    async with limiter.acquire(shard_id):
        await send_identify()
    ```
    """

    __slots__ = (
        "_buckets",
        "_last_identify",
        "_max_concurrency",
        "_remaining",
        "_reset_at",
        "_total",
        "_window",
    )

    def __init__(
        self,
        max_concurrency: int,
        remaining: int,
        reset_after: float,
        *,
        total: int | None = None,
        window: float = 5.0,
    ) -> None:
        if max_concurrency < 1:
            raise ValueError(f"max_concurrency must be >= 1, got {max_concurrency!r}")
        self._max_concurrency = max_concurrency
        self._remaining = remaining
        self._total = total if total is not None else max(remaining, 1)
        self._reset_at = time.monotonic() + reset_after
        self._window = window
        self._buckets: dict[int, asyncio.Lock] = {}
        self._last_identify: dict[int, float] = {}

    @property
    def max_concurrency(self) -> int:
        """How many shards may IDENTIFY at once (`session_start_limit.max_concurrency`)."""
        return self._max_concurrency

    @property
    def remaining(self) -> int:
        """Sessions this bot may still start before the limit resets."""
        return self._remaining

    def bucket_of(self, shard_id: int) -> int:
        """The identify bucket of a shard: `shard_id % max_concurrency`."""
        return shard_id % self._max_concurrency

    @contextlib.asynccontextmanager
    async def acquire(self, shard_id: int) -> typing.AsyncIterator[None]:
        """Hold the shard's bucket while it identifies; returns when it may send IDENTIFY."""
        bucket = self.bucket_of(shard_id)
        lock = self._buckets.setdefault(bucket, asyncio.Lock())
        async with lock:
            await self._wait_for_window(bucket)
            await self._wait_for_session_start()
            self._remaining -= 1
            self._last_identify[bucket] = time.monotonic()
            yield

    async def _wait_for_window(self, bucket: int) -> None:
        last = self._last_identify.get(bucket)
        if last is not None:
            await asyncio.sleep(max(last + self._window - time.monotonic(), 0.0))

    async def _wait_for_session_start(self) -> None:
        if time.monotonic() >= self._reset_at:
            self._refill()
        if self._remaining > 0:
            return
        delay = self._reset_at - time.monotonic()
        _LOGGER.warning("session start limit used up; waiting %.0f s for it to reset", delay)
        await asyncio.sleep(delay)
        self._refill()

    def _refill(self) -> None:
        self._remaining = self._total
        self._reset_at = time.monotonic() + 86_400.0  # Discord's window is a day.
