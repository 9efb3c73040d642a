"""Discord's rate limits, enforced: per-route buckets per major parameter, and a global limit per token.

Both use fixed windows that open on the first request and close `period` seconds later, which is
what Discord's `X-RateLimit-Reset-After` describes. Every request that reaches the limiter counts as
an attempt, including the ones answered with 429, so the statistics show what a client really sent.
The latest checks of every bucket are kept (`RateLimiter.checks_of`), so a test that finds a 429 can
show which window went over; `clock` is the limiter's time source (a fake one makes windows exact).
"""

from __future__ import annotations

__all__ = ["BucketCheck", "RateLimitStats", "RateLimiter", "RouteLimit", "Verdict"]

import collections
import hashlib
import math
import time
import typing

import attrs

from hikari_like.internal import json


@attrs.define(slots=True, kw_only=True, frozen=True)
class RouteLimit:
    """How many requests a route's bucket allows per `period` seconds."""

    limit: int = attrs.field(validator=attrs.validators.gt(0))
    period: float = attrs.field(validator=attrs.validators.gt(0))
    bucket: str | None = None
    """The bucket hash; routes given the same hash share one bucket. `None`: derived from the route."""


@attrs.define(slots=True, kw_only=True)
class _Window:
    opened: float
    period: float
    accepted: int = 0
    attempts: int = 0

    def reset_after(self, now: float) -> float:
        return max(0.0, self.opened + self.period - now)


@attrs.frozen(slots=True, kw_only=True)
class BucketCheck:
    """One request as a bucket counted it: when, in which window, and whether it got through."""

    at: float
    """The limiter's clock when the request was counted."""
    window_opened: float
    """When the window that counted it opened (same clock)."""
    attempt: int
    """Its place in that window: 1 for the request that opened it."""
    allowed: bool

    def describe(self, origin: float) -> str:
        """One line for an assertion message, times in milliseconds after `origin`."""
        verdict = "ok " if self.allowed else "429"
        return (
            f"{(self.at - origin) * 1e3:9.1f} ms  {verdict}  #{self.attempt} of the window opened at "
            f"{(self.window_opened - origin) * 1e3:.1f} ms"
        )


@attrs.define(slots=True, kw_only=True)
class RateLimitStats:
    """Counters to assert on: how often the emulator said 429, and how busy the busiest window was."""

    route_429s: int = 0
    """429s from per-route buckets."""
    global_429s: int = 0
    """429s from the global limit."""
    max_in_bucket_window: dict[str, int] = attrs.field(factory=dict)
    """Bucket key -> most requests (accepted or not) seen in one of its windows."""
    max_in_global_window: dict[str, int] = attrs.field(factory=dict)
    """Global key -> most requests seen in one fixed global window (the one that is enforced)."""
    max_in_sliding_global_window: dict[str, int] = attrs.field(factory=dict)
    """Global key -> most requests seen in any `global_period`-long interval (a stricter measure)."""

    @property
    def rate_limited(self) -> int:
        """All 429s the limiter sent (faults excluded)."""
        return self.route_429s + self.global_429s

    def max_requests_in_window(self) -> int:
        """The most requests any bucket saw in one window."""
        return max(self.max_in_bucket_window.values(), default=0)


@attrs.define(slots=True, kw_only=True, frozen=True)
class Verdict:
    """The limiter's decision: headers for the answer, and a 429 body when the request is refused."""

    headers: dict[str, str]
    status: int = 200
    body: json.JSONObject | None = None

    @property
    def allowed(self) -> bool:
        """Whether the request may go on (no 429 body was made for it)."""
        return self.body is None


def bucket_hash_for(route: str) -> str:
    """A stable 32-hex-digit bucket hash for a route template, shaped like Discord's."""
    return hashlib.blake2b(route.encode(), digest_size=16).hexdigest()


def _too_many(retry_after: float, *, is_global: bool) -> json.JSONObject:
    return {
        "message": "You are being rate limited.",
        "retry_after": round(retry_after, 3),
        "global": is_global,
        "code": 0,
    }


class RateLimiter:
    """Per-bucket and global fixed windows, with statistics."""

    CHECKS_KEPT: typing.ClassVar[int] = 1000
    """How many of its latest checks each bucket keeps for `checks_of`."""

    def __init__(
        self,
        *,
        default: RouteLimit,
        routes: dict[str, RouteLimit] | None = None,
        global_limit: int = 50,
        global_period: float = 1.0,
        clock: typing.Callable[[], float] = time.monotonic,
    ) -> None:
        self.default = default
        self.routes: dict[str, RouteLimit] = dict(routes or {})
        self.global_limit = global_limit
        self.global_period = global_period
        self.enabled = True
        self.clock = clock
        """Seconds on any steady clock; replace it (even on a running emulator) to drive windows by hand."""
        self.stats = RateLimitStats()
        self._buckets: dict[str, _Window] = {}
        self._globals: dict[str, _Window] = {}
        self._recent: dict[str, collections.deque[float]] = {}
        self._checks: dict[str, collections.deque[BucketCheck]] = {}

    def set(self, route: str, *, limit: int, period: float, bucket: str | None = None) -> None:
        """Give `route` (e.g. `"POST /channels/{channel}/messages"`) its own limit."""
        self.routes[route] = RouteLimit(limit=limit, period=period, bucket=bucket)

    def limit_for(self, route: str) -> RouteLimit:
        """The limit that applies to `route` (its own, or the default)."""
        return self.routes.get(route, self.default)

    def bucket_for(self, route: str) -> str:
        """The bucket hash Discord would name for `route` (`X-RateLimit-Bucket`)."""
        return self.limit_for(route).bucket or bucket_hash_for(route)

    def reset(self) -> None:
        """Forget every open window, the checks kept and the statistics."""
        self._buckets.clear()
        self._globals.clear()
        self._recent.clear()
        self._checks.clear()
        self.stats = RateLimitStats()

    def checks_of(self, key: str) -> list[BucketCheck]:
        """The latest checks of one bucket (a key of `stats.max_in_bucket_window`), oldest first."""
        return list(self._checks.get(key, ()))

    def check(self, *, route: str, major: str, global_key: str | None) -> Verdict:
        """Count one request and decide; `global_key=None` exempts it from the global limit."""
        now = self.clock()
        if not self.enabled:
            return Verdict(headers={})
        if global_key is not None:
            refused = self._check_global(global_key, now)
            if refused is not None:
                return refused
        return self._check_bucket(route, major, now)

    def _check_global(self, key: str, now: float) -> Verdict | None:
        self._note_sliding(key, now)
        window = self._window(self._globals, key, now, self.global_period)
        window.attempts += 1
        stats = self.stats.max_in_global_window
        stats[key] = max(stats.get(key, 0), window.attempts)
        if window.accepted < self.global_limit:
            window.accepted += 1
            return None
        self.stats.global_429s += 1
        retry_after = window.reset_after(now)
        headers = {
            "Retry-After": str(math.ceil(retry_after)),
            "X-RateLimit-Global": "true",
            "X-RateLimit-Scope": "global",
        }
        return Verdict(headers=headers, status=429, body=_too_many(retry_after, is_global=True))

    def _note_sliding(self, key: str, now: float) -> None:
        recent = self._recent.setdefault(key, collections.deque())
        while recent and recent[0] <= now - self.global_period:
            recent.popleft()
        recent.append(now)
        stats = self.stats.max_in_sliding_global_window
        stats[key] = max(stats.get(key, 0), len(recent))

    def _check_bucket(self, route: str, major: str, now: float) -> Verdict:
        limit = self.limit_for(route)
        bucket = limit.bucket or bucket_hash_for(route)
        key = f"{bucket}:{major}"
        window = self._window(self._buckets, key, now, limit.period)
        window.attempts += 1
        stats = self.stats.max_in_bucket_window
        stats[key] = max(stats.get(key, 0), window.attempts)
        allowed = window.accepted < limit.limit
        if allowed:
            window.accepted += 1
        checks = self._checks.get(key)
        if checks is None:
            checks = self._checks[key] = collections.deque(maxlen=self.CHECKS_KEPT)
        checks.append(
            BucketCheck(at=now, window_opened=window.opened, attempt=window.attempts, allowed=allowed)
        )
        reset_after = window.reset_after(now)
        headers = {
            "X-RateLimit-Limit": str(limit.limit),
            "X-RateLimit-Remaining": str(limit.limit - window.accepted),
            "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
            "X-RateLimit-Reset-After": f"{reset_after:.3f}",
            "X-RateLimit-Bucket": bucket,
        }
        if allowed:
            return Verdict(headers=headers)
        self.stats.route_429s += 1
        headers["Retry-After"] = str(math.ceil(reset_after))
        headers["X-RateLimit-Scope"] = "user"
        return Verdict(headers=headers, status=429, body=_too_many(reset_after, is_global=False))

    @staticmethod
    def _window(windows: dict[str, _Window], key: str, now: float, period: float) -> _Window:
        window = windows.get(key)
        if window is None or window.reset_after(now) <= 0:
            window = windows[key] = _Window(opened=now, period=period)
        return window
