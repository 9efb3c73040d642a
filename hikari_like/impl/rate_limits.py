"""The global rate limiter and the timing helpers the REST client shares.

Discord allows a bot 50 requests per second across all routes. Waiting for the 429 that says so
is what gets clients banned, so `GlobalRateLimiter` keeps the pace *proactively*: it remembers
when the last `limit` requests left and lets the next one go only once the oldest is a full
`period` old (a sliding log, so no window of `period` seconds ever holds more than `limit`).
When Discord still answers with a global 429 (another process shares the token), `throttle`
blocks everyone until it passes.

```python
limiter = GlobalRateLimiter(limit=50, period=1.0, max_rate_limit=300.0)
await limiter.acquire("POST /channels/{channel}/messages")   # may wait, never over the limit
```
"""

from __future__ import annotations

__all__ = ["ExponentialBackOff", "GlobalRateLimiter", "sleep_unless_closed"]

import asyncio
import collections
import contextlib
import random
import time

import attrs

from hikari_like import errors


async def sleep_unless_closed(seconds: float, closing: asyncio.Event, *, what: str) -> None:
    """Sleep `seconds`, but raise `ComponentStateConflictError` as soon as `closing` is set.

    Queued requests must not outlive their client: closing wakes every sleeper with a clear error.
    """
    if seconds > 0 and not closing.is_set():
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await closing.wait()
    if closing.is_set():
        raise errors.ComponentStateConflictError(f"the REST client was closed while {what} was waiting")


@attrs.frozen(slots=True, kw_only=True)
class ExponentialBackOff:
    """Delays for retries: `initial * factor ** attempt`, capped at `maximum`, plus random jitter.

    The jitter (up to `jitter` times the delay) spreads the retries of many requests that failed
    together, so they do not hit a recovering server in one burst.

    >>> ExponentialBackOff(initial=0.5, factor=2.0, maximum=8.0, jitter=0.0).delay(3)
    4.0
    """

    initial: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    factor: float = attrs.field(default=2.0, validator=attrs.validators.ge(1))
    maximum: float = attrs.field(default=16.0, validator=attrs.validators.ge(0))
    jitter: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))

    def delay(self, attempt: int) -> float:
        """The wait before retry number `attempt` (0 for the first retry)."""
        base = min(self.maximum, self.initial * self.factor**attempt)
        return base + random.uniform(0, base * self.jitter)


class GlobalRateLimiter:
    """At most `limit` requests per `period` seconds, in arrival order, plus Discord's global 429s.

    `acquire` raises `RateLimitTooLongError` at once when a global 429 asks for a wait longer than
    `max_rate_limit`, and `ComponentStateConflictError` when the limiter is closed while waiting.
    """

    __slots__ = ("_blocked_until", "_closing", "_lock", "_sent", "limit", "max_rate_limit", "period")

    def __init__(self, *, limit: int = 50, period: float = 1.0, max_rate_limit: float = 300.0) -> None:
        if limit < 1 or period <= 0:
            raise ValueError("a global rate limit needs limit >= 1 and period > 0")
        self.limit = limit
        self.period = period
        self.max_rate_limit = max_rate_limit
        self._sent: collections.deque[float] = collections.deque(maxlen=limit)
        self._blocked_until = 0.0
        self._lock = asyncio.Lock()  # asyncio.Lock wakes waiters in FIFO order.
        self._closing = asyncio.Event()

    def __repr__(self) -> str:
        return f"GlobalRateLimiter(limit={self.limit}, period={self.period})"

    @property
    def is_throttled(self) -> bool:
        """Whether a global 429 is still being waited out."""
        return self._blocked_until > time.monotonic()

    def throttle(self, retry_after: float) -> None:
        """Block every request for `retry_after` seconds (Discord sent a global 429)."""
        self._blocked_until = max(self._blocked_until, time.monotonic() + retry_after)

    async def acquire(self, route: str) -> None:
        """Wait for a slot; `route` (a template) only names the request in errors."""
        async with self._lock:
            while True:
                now = time.monotonic()
                blocked = self._blocked_until - now
                if blocked > self.max_rate_limit:
                    raise errors.RateLimitTooLongError(
                        route=route, retry_after=blocked, max_retry_after=self.max_rate_limit, is_global=True
                    )
                wait = max(blocked, self._time_until_slot(now))
                if wait <= 0:
                    self._sent.append(now)
                    return
                await sleep_unless_closed(wait, self._closing, what=f"{route} (global limit)")

    def _time_until_slot(self, now: float) -> float:
        if len(self._sent) < self.limit:
            return 0.0
        return self._sent[0] + self.period - now

    def close(self) -> None:
        """Fail every request still waiting here."""
        self._closing.set()
