"""Per-bucket rate limiting, learnt from Discord's `X-RateLimit-*` headers.

Discord groups routes into buckets and names a route's bucket only in its responses
(`X-RateLimit-Bucket`). A bucket is limited separately for each value of its major parameters
(channel, guild, webhook + token) and for each token, so our key is *bucket + major parameters
+ token digest*.

- A route whose bucket is not known yet sends **one request at a time**. The first response names
  the bucket; the queue then moves to that bucket and is released at its real limit.
- A route whose first response carries no rate-limit headers is not limited per route (only the
  global limiter applies).
- Requests leave a bucket in arrival order (FIFO). A request cancelled while queued leaves the
  queue; one cancelled after it was let through hands its slot back.
- A wait longer than `max_rate_limit` raises `RateLimitTooLongError` at once.

```python
manager = RESTBucketManager(max_rate_limit=300.0)
ticket = await manager.acquire(route, auth_key)
try:
    response = ...  # send the request
finally:
    manager.release(ticket, RateLimitInfo.from_headers(response.headers), responded=True)
```
"""

from __future__ import annotations

__all__ = ["RESTBucketManager", "RateLimitInfo", "Ticket"]

import asyncio
import collections
import logging
import math
import typing

import attrs

from hikari_like import errors

if typing.TYPE_CHECKING:
    from hikari_like.impl.rest import routes

_LOGGER: typing.Final = logging.getLogger("hikari_like.rest.buckets")

# Buckets idle for this long are forgotten (interaction tokens alone would otherwise grow the map).
_IDLE_EXPIRY: typing.Final = 60.0
_PURGE_EVERY: typing.Final = 30.0


@attrs.frozen(slots=True, kw_only=True)
class RateLimitInfo:
    """The rate-limit headers of one response."""

    bucket: str
    limit: int
    remaining: int
    reset_after: float

    @classmethod
    def from_headers(cls, headers: typing.Mapping[str, str]) -> RateLimitInfo | None:
        """Read the headers; `None` when the response names no bucket or the values are malformed."""
        bucket = headers.get("X-RateLimit-Bucket")
        if not bucket:
            return None
        try:
            return cls(
                bucket=bucket,
                limit=max(1, int(headers.get("X-RateLimit-Limit", "1"))),
                remaining=max(0, int(headers.get("X-RateLimit-Remaining", "0"))),
                reset_after=max(0.0, float(headers.get("X-RateLimit-Reset-After", "0"))),
            )
        except ValueError:
            return None


@attrs.define(slots=True, eq=False, kw_only=True)
class Ticket:
    """A slot in a bucket, held while one request is in flight."""

    route: routes.CompiledRoute
    auth_key: str
    bucket: _Bucket | None
    """`None` for routes Discord does not limit per route."""
    epoch: int = 0
    granted_at: float = 0.0
    """When the slot was granted (the buckets' clock): Discord cannot have counted it earlier."""
    released: bool = False


@attrs.define(slots=True, eq=False)
class _Waiter:
    route: str
    future: asyncio.Future[Ticket]
    ticket: Ticket
    bucket: _Bucket
    """The bucket whose queue holds it (it moves when an unknown bucket is resolved)."""


class _Bucket:
    """One rate-limit window and its FIFO queue."""

    __slots__ = (
        "epoch",
        "in_flight",
        "is_unknown",
        "key",
        "last_used",
        "limit",
        "manager",
        "period",
        "remaining",
        "reset_at",
        "timer",
        "waiters",
        "window_opened_at",
    )

    def __init__(self, manager: RESTBucketManager, key: tuple[str, ...], *, limit: int | None) -> None:
        self.manager = manager
        self.key = key
        self.is_unknown = limit is None
        self.limit = 1 if limit is None else limit
        self.remaining = self.limit
        self.reset_at = math.inf  # inf: no response has told us this window's reset yet.
        self.period = 0.0
        self.epoch = 0
        self.window_opened_at = 0.0
        self.in_flight = 0
        self.last_used = manager.now()
        self.waiters: collections.deque[_Waiter] = collections.deque()
        self.timer: asyncio.TimerHandle | None = None

    def __repr__(self) -> str:
        kind = "unknown" if self.is_unknown else "bucket"
        return f"<{kind} limit={self.limit} remaining={self.remaining} in_flight={self.in_flight}>"

    # -- letting requests through -------------------------------------------------------------

    def drain(self) -> None:
        """Let queued requests through while the window allows, then arm a timer if needed."""
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        now = self.manager.now()
        while self.waiters:
            head = self.waiters[0]
            if head.future.done():  # cancelled while queued
                self.waiters.popleft()
                continue
            if self.is_unknown:
                if self.in_flight:
                    return
                if not math.isinf(self.reset_at) and now < self.reset_at:
                    self._wait_for_reset(now)  # a 429 without bucket headers
                    return
                self._grant(self.waiters.popleft(), now)
                continue
            self._roll_if_due(now)
            if self.remaining > 0:
                self._grant(self.waiters.popleft(), now)
                continue
            self._wait_for_reset(now)
            return

    def _grant(self, waiter: _Waiter, now: float) -> None:
        self.remaining -= 0 if self.is_unknown else 1
        self.in_flight += 1
        self.last_used = now
        waiter.ticket.bucket = self
        waiter.ticket.epoch = self.epoch
        waiter.ticket.granted_at = now
        waiter.future.set_result(waiter.ticket)

    def _wait_for_reset(self, now: float) -> None:
        if math.isinf(self.reset_at) and self.in_flight == 0:
            # Nothing in flight will tell us the reset: assume the last window's length.
            self.reset_at = now + self.period
        if math.isinf(self.reset_at):
            return  # a response in flight will call drain()
        delay = self.reset_at - now
        if delay > self.manager.max_rate_limit:
            self._fail_all_too_long(delay)
            return
        self.timer = asyncio.get_running_loop().call_later(max(0.0, delay), self.drain)

    def _fail_all_too_long(self, delay: float) -> None:
        while self.waiters:
            waiter = self.waiters.popleft()
            if not waiter.future.done():
                waiter.future.set_exception(
                    errors.RateLimitTooLongError(
                        route=waiter.route,
                        retry_after=delay,
                        max_retry_after=self.manager.max_rate_limit,
                        limit=self.limit,
                        period=self.period or None,
                    )
                )

    def _roll_if_due(self, now: float, *, answered: int = 0) -> None:
        if now < self.reset_at:
            return
        # A new window. Requests still in flight may land in it, so they are counted against it
        # until their responses show otherwise (see `update`). So is the request whose answer is
        # being read (`answered`), just out of `in_flight`: when its answer shows the old window,
        # `update` gives its slot back, and a slot never taken must not be given twice.
        self.epoch += 1
        self.window_opened_at = now
        self.remaining = max(0, self.limit - self.in_flight - answered)
        self.reset_at = math.inf

    # -- learning from responses --------------------------------------------------------------

    def update(self, ticket: Ticket, info: RateLimitInfo, now: float) -> None:
        """Fold one response's headers into the window."""
        self.limit = info.limit
        self.period = max(self.period, info.reset_after)
        # Discord counted the request between its grant and now, so its window ends between
        # `earliest_reset` and `implied_reset`. A response handled late (a busy loop) pushes
        # `implied_reset` out by the delay: a reason to wait longer, never proof of a newer window.
        implied_reset = now + info.reset_after
        earliest_reset = ticket.granted_at + info.reset_after
        tolerance = self.period / 2
        self._roll_if_due(now, answered=1)
        if ticket.epoch < self.epoch and implied_reset <= self.window_opened_at + tolerance:
            self.refund()  # it landed in the old window after all
            return
        if math.isinf(self.reset_at):
            self.reset_at = implied_reset
            self.remaining = min(self.remaining, info.remaining)
        elif earliest_reset > self.reset_at + tolerance:
            # Discord opened a window we did not foresee, even if it counted the request at once:
            # trust its count.
            self.epoch += 1
            self.window_opened_at = now
            self.reset_at = implied_reset
            self.remaining = max(0, info.remaining - self.in_flight)
        else:
            discords_count = info.remaining
            if implied_reset > self.reset_at + tolerance:
                # Either a late response from this window or an early one from a newer window:
                # in the second case the requests in flight land in that window too.
                discords_count = max(0, info.remaining - self.in_flight)
            self.remaining = min(self.remaining, discords_count)
            self.reset_at = max(self.reset_at, implied_reset)

    def refund(self) -> None:
        """Give back a slot that was counted but not used in this window."""
        self.remaining = min(self.limit, self.remaining + 1)

    def penalise(self, retry_after: float, now: float) -> None:
        """A 429 on this bucket: nothing more goes until `retry_after` has passed."""
        self.remaining = 0
        until = now + retry_after
        self.reset_at = until if math.isinf(self.reset_at) else max(self.reset_at, until)

    def close(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
        while self.waiters:
            waiter = self.waiters.popleft()
            if not waiter.future.done():
                waiter.future.set_exception(
                    errors.ComponentStateConflictError(
                        f"the REST client was closed while {waiter.route} was queued"
                    )
                )

    def is_idle(self, now: float) -> bool:
        reset_passed = math.isinf(self.reset_at) or self.reset_at < now
        return (
            not self.waiters and not self.in_flight and reset_passed and now - self.last_used > _IDLE_EXPIRY
        )


class RESTBucketManager:
    """Every bucket of one REST client (or of a `RESTApp` shared by several clients)."""

    __slots__ = ("_buckets", "_closed", "_last_purge", "_route_buckets", "max_rate_limit")

    def __init__(self, *, max_rate_limit: float = 300.0) -> None:
        self.max_rate_limit = max_rate_limit
        self._route_buckets: dict[str, str | None] = {}
        """Route key -> Discord's bucket name, or `None` for routes without per-route limits."""
        self._buckets: dict[tuple[str, ...], _Bucket] = {}
        self._closed = False
        self._last_purge = 0.0

    def __repr__(self) -> str:
        return f"RESTBucketManager(buckets={len(self._buckets)}, max_rate_limit={self.max_rate_limit})"

    @staticmethod
    def now() -> float:
        """The clock buckets use (the event loop's)."""
        return asyncio.get_running_loop().time()

    @property
    def is_closed(self) -> bool:
        """Whether `close()` was called."""
        return self._closed

    async def acquire(self, route: routes.CompiledRoute, auth_key: str) -> Ticket:
        """Wait for a slot on `route`'s bucket, in arrival order."""
        if self._closed:
            raise errors.ComponentStateConflictError(f"the REST client is closed; cannot send {route}")
        self._purge_if_due()
        ticket = Ticket(route=route, auth_key=auth_key, bucket=None)
        bucket = self._bucket_for(route, auth_key)
        if bucket is None:
            return ticket
        waiter = _Waiter(str(route), asyncio.get_running_loop().create_future(), ticket, bucket)
        bucket.waiters.append(waiter)
        bucket.drain()
        try:
            return await waiter.future
        except asyncio.CancelledError:
            self._forget_waiter(waiter)
            raise

    def _forget_waiter(self, waiter: _Waiter) -> None:
        future = waiter.future
        if future.done() and not future.cancelled() and future.exception() is None:
            # Let through, but cancelled before the request left: hand the slot back.
            self.release(future.result(), None, responded=False, sent=False)
        elif waiter in waiter.bucket.waiters:
            waiter.bucket.waiters.remove(waiter)
            waiter.bucket.drain()

    def _bucket_for(self, route: routes.CompiledRoute, auth_key: str) -> _Bucket | None:
        unknown_key = ("?", route.route_key, route.major_key, auth_key)
        if unknown_key in self._buckets:
            return self._buckets[unknown_key]
        if route.route_key not in self._route_buckets:
            return self._buckets.setdefault(unknown_key, _Bucket(self, unknown_key, limit=None))
        name = self._route_buckets[route.route_key]
        if name is None:
            return None
        return self._known_bucket(name, route.major_key, auth_key, limit=None)

    def _known_bucket(self, name: str, major_key: str, auth_key: str, *, limit: int | None) -> _Bucket:
        key = (name, major_key, auth_key)
        bucket = self._buckets.get(key)
        if bucket is None:
            sibling_limit = limit or self._sibling_limit(name)
            bucket = self._buckets[key] = _Bucket(self, key, limit=sibling_limit)
        return bucket

    def _sibling_limit(self, name: str) -> int:
        # Buckets with the same name share Discord's limit whatever their major parameters are.
        for key, bucket in self._buckets.items():
            if key[0] == name:
                return bucket.limit
        return 1

    def release(
        self, ticket: Ticket, info: RateLimitInfo | None, *, responded: bool, sent: bool = True
    ) -> None:
        """Free `ticket`'s slot and learn from the response's headers (`info`).

        `responded` says Discord answered (so missing headers mean "not limited per route");
        `sent=False` hands the slot back because the request never left.
        """
        if ticket.released:
            return
        ticket.released = True
        bucket = ticket.bucket
        if bucket is None:
            return
        bucket.in_flight -= 1
        now = self.now()
        if not sent or (info is None and ticket.epoch < bucket.epoch):
            bucket.refund()
        if bucket.is_unknown and responded:
            self._resolve(bucket, ticket, info, now)
        elif info is not None:
            bucket.update(ticket, info, now)
        bucket.last_used = now
        bucket.drain()

    def _resolve(self, unknown: _Bucket, ticket: Ticket, info: RateLimitInfo | None, now: float) -> None:
        route = ticket.route
        self._route_buckets[route.route_key] = None if info is None else info.bucket
        del self._buckets[unknown.key]
        if info is None:
            _LOGGER.debug("%s has no per-route rate limit", route)
            for waiter in unknown.waiters:
                if not waiter.future.done():
                    waiter.future.set_result(waiter.ticket)
            unknown.waiters.clear()
            return
        real = self._known_bucket(info.bucket, route.major_key, ticket.auth_key, limit=info.limit)
        ticket.epoch = real.epoch
        real.update(ticket, info, now)
        _LOGGER.debug("%s is in bucket %s (%s/%s)", route, info.bucket, info.remaining, info.limit)
        for waiter in unknown.waiters:
            waiter.bucket = real
            real.waiters.append(waiter)
        unknown.waiters.clear()
        if not math.isinf(unknown.reset_at) and unknown.reset_at > now:
            real.penalise(unknown.reset_at - now, now)
        real.drain()

    def penalise(self, route: routes.CompiledRoute, auth_key: str, retry_after: float) -> None:
        """A 429 on `route`: hold its bucket for `retry_after` seconds."""
        bucket = self._bucket_for(route, auth_key)
        if bucket is not None:
            bucket.penalise(retry_after, self.now())

    def close(self) -> None:
        """Fail every queued request with `ComponentStateConflictError`; later acquires fail too."""
        self._closed = True
        for bucket in self._buckets.values():
            bucket.close()
        self._buckets.clear()

    def _purge_if_due(self) -> None:
        now = self.now()
        if now - self._last_purge < _PURGE_EVERY:
            return
        self._last_purge = now
        for key in [key for key, bucket in self._buckets.items() if bucket.is_idle(now)]:
            del self._buckets[key]
