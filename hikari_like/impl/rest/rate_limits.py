"""The global rate limiter and the timing helpers the REST client shares.

Discord allows a bot 50 requests per second across all routes. Waiting for the 429 that says so
is what gets clients banned, so `GlobalRateLimiter` keeps the pace *proactively*: a request takes
one of `limit` permits, and its permit comes back a full `period` after the request finished, so
no `period`-long stretch ever sees more than `limit` requests arrive at Discord. When Discord still
answers with a global 429 (another process shares the token), `throttle` blocks everyone until it
passes.

```python
limiter = GlobalRateLimiter(limit=50, period=1.0, max_rate_limit=300.0)
await limiter.acquire("POST /channels/{channel}/messages")   # may wait, never over the limit
try:
    ...  # send the request
finally:
    limiter.release()
```
"""

from __future__ import annotations

__all__ = ["ExponentialBackOff", "GlobalRateLimiter", "wait_unless_closed"]

import asyncio
import collections
import random
import time

import attrs

from hikari_like import errors


async def wait_unless_closed(
    closing: asyncio.Event, *, delay: float | None, wake: asyncio.Event | None = None, what: str
) -> None:
    """Wait `delay` seconds (`None`: no limit), or less if `wake` is set meanwhile.

    Raise `ComponentStateConflictError` as soon as `closing` is set: queued requests must not outlive
    their client, so closing wakes every sleeper with a clear error.
    """
    if not closing.is_set() and (delay is None or delay > 0):
        events = (closing,) if wake is None else (closing, wake)
        waiters = {asyncio.ensure_future(event.wait()) for event in events}
        try:
            await asyncio.wait(waiters, timeout=delay, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                waiter.cancel()
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
    """At most `limit` requests per `period` seconds, counted as Discord counts them, plus global 429s.

    Discord counts a request when it *arrives*, and a client cannot see that moment: only that it lies
    between sending and the response. So a request holds a permit while in flight, and the permit
    comes back `period` seconds after the request finished (`release`). Then no `period`-long stretch
    can hold more than `limit` arrivals, however the network delayed them. The price, paid only when
    the global limit is what binds, is a rate of `limit / (period + latency)` instead of
    `limit / period`. Waiters are served in arrival order.

    `acquire` raises `RateLimitTooLongError` at once when a global 429 asks for a wait longer than
    `max_rate_limit`, and `ComponentStateConflictError` when the limiter is closed while waiting.
    """

    __slots__ = (
        "_blocked_until",
        "_closing",
        "_free",
        "_lock",
        "_released",
        "_returns",
        "limit",
        "max_rate_limit",
        "period",
    )

    def __init__(self, *, limit: int = 50, period: float = 1.0, max_rate_limit: float = 300.0) -> None:
        if limit < 1 or period <= 0:
            raise ValueError("a global rate limit needs limit >= 1 and period > 0")
        self.limit = limit
        self.period = period
        self.max_rate_limit = max_rate_limit
        self._free = limit
        self._returns: collections.deque[float] = collections.deque()
        """When released permits become free again, in ascending order (`period` is constant)."""
        self._blocked_until = 0.0
        self._lock = asyncio.Lock()  # asyncio.Lock wakes waiters in FIFO order.
        self._released = asyncio.Event()
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
        """Wait for a permit; hand it back with `release()` once the request is over.

        `route` (a template) only names the request in errors.
        """
        async with self._lock:
            while True:
                now = time.monotonic()
                self._collect(now)
                blocked = self._blocked_until - now
                if blocked > self.max_rate_limit:
                    raise errors.RateLimitTooLongError(
                        route=route,
                        retry_after=blocked,
                        max_retry_after=self.max_rate_limit,
                        is_global=True,
                        limit=self.limit,
                        period=self.period,
                    )
                if blocked <= 0 and self._free > 0:
                    self._free -= 1
                    return
                await self._wait(blocked, now, what=f"{route} (global limit)")

    def release(self) -> None:
        """The request holding a permit is over (answered, failed or cancelled): free it in `period`."""
        self._returns.append(time.monotonic() + self.period)
        self._released.set()

    def _collect(self, now: float) -> None:
        while self._returns and self._returns[0] <= now:
            self._returns.popleft()
            self._free += 1

    async def _wait(self, blocked: float, now: float, *, what: str) -> None:
        if blocked > 0:
            delay: float | None = blocked
        elif self._returns:
            delay = self._returns[0] - now
        else:
            delay = None  # every permit is in flight: the next `release` wakes us
        self._released.clear()
        await wait_unless_closed(self._closing, delay=delay, wake=self._released, what=what)

    def close(self) -> None:
        """Fail every request still waiting here."""
        self._closing.set()
