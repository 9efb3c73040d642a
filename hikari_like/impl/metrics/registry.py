"""`Metrics`: the counters and histograms the library records into, in plain dicts.

No dependency: recording is a dict update or two (it runs on every interaction), and the values
are read only when `/metrics` is scraped (see `exposition`). Labels are kept as the hot path has
them (an interaction's class, a status code) and turned into strings at scrape time.
"""

from __future__ import annotations

__all__ = ["LATENCY_BUCKETS", "WAIT_BUCKETS", "Answers", "Histogram", "Metrics"]

import bisect
import typing

LATENCY_BUCKETS: typing.Final = (0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0)
"""Seconds; 3.0 is Discord's deadline for the first answer."""
WAIT_BUCKETS: typing.Final = (0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0, 30.0, 60.0)
"""Seconds a REST request waited for its rate limit."""

_Key = typing.Hashable
_bucket_of: typing.Final = bisect.bisect_left


class Histogram:
    """Observations counted per bucket (not cumulative; the exposition sums them) and summed."""

    __slots__ = ("bounds", "counts", "sums")

    def __init__(self, bounds: typing.Sequence[float]) -> None:
        self.bounds = tuple(bounds)
        self.counts: dict[_Key, list[int]] = {}
        """Per label key: one count per bound, and one past the last (`+Inf`)."""
        self.sums: dict[_Key, float] = {}

    def observe(self, key: _Key, value: float) -> None:
        """Count `value` in its bucket under `key`."""
        counts = self.counts.get(key)
        if counts is None:
            counts = self.counts[key] = [0] * (len(self.bounds) + 1)
            self.sums[key] = 0.0
        counts[_bucket_of(self.bounds, value)] += 1
        self.sums[key] += value


class Answers:
    """The interactions of one class: answers by HTTP status, and the listener latency histogram.

    One record per class, so that counting an answer is two dict lookups and a list update: this
    runs on every interaction.
    """

    __slots__ = ("buckets", "seconds", "statuses")

    def __init__(self) -> None:
        self.statuses: dict[int, int] = {}
        self.buckets = [0] * (len(LATENCY_BUCKETS) + 1)
        """Per bucket of `LATENCY_BUCKETS` (not cumulative), and one past the last (`+Inf`)."""
        self.seconds = 0.0
        """The sum of the latencies."""


def _add(counter: dict[_Key, int], key: _Key) -> None:
    counter[key] = counter.get(key, 0) + 1


class Metrics:
    """Everything the library counts; one per process (see `hooks.install`).

    Read by the exposition; each field is also fine to read in tests.
    """

    __slots__ = (
        "answers",
        "auto_defers",
        "deadline_misses",
        "gateway_reconnects",
        "rate_limit_waits",
        "rate_limited",
        "rest_requests",
    )

    def __init__(self) -> None:
        self.answers: dict[type, Answers] = {}
        """By interaction class: the answers' statuses, and seconds from the listener's call to
        its first answer."""
        self.deadline_misses: dict[_Key, int] = {}
        """First answers later than Discord's 3 seconds, by interaction class."""
        self.auto_defers: dict[_Key, int] = {}
        """Deferrals auto-defer sent for a slow listener, by interaction class."""
        self.rest_requests: dict[_Key, int] = {}
        """REST attempts by (route template, HTTP status)."""
        self.rate_limit_waits = Histogram(WAIT_BUCKETS)
        """Seconds REST requests waited for a rate-limit permit, by route template."""
        self.rate_limited: dict[_Key, int] = {}
        """429 answers by (route template, scope: user, global or shared)."""
        self.gateway_reconnects: dict[_Key, int] = {}
        """Reconnects by shard id."""

    def interaction_answered(self, interaction_class: type, status: int, seconds: float) -> None:
        """One interaction answered with `status`, its listener having taken `seconds`."""
        answers = self.answers.get(interaction_class)
        if answers is None:
            answers = self.answers[interaction_class] = Answers()
        statuses = answers.statuses
        statuses[status] = statuses.get(status, 0) + 1
        answers.buckets[_bucket_of(LATENCY_BUCKETS, seconds)] += 1
        answers.seconds += seconds

    def deadline_missed(self, interaction_class: type) -> None:
        """A first answer came after Discord's deadline."""
        _add(self.deadline_misses, interaction_class)

    def auto_deferred(self, interaction_class: type) -> None:
        """Auto-defer answered for a slow listener."""
        _add(self.auto_defers, interaction_class)

    def rest_requested(self, route: str, status: int) -> None:
        """Discord answered one REST attempt on `route` (a template) with `status`."""
        _add(self.rest_requests, (route, status))

    def rate_limit_waited(self, route: str, seconds: float) -> None:
        """A REST request waited `seconds` for its permit."""
        self.rate_limit_waits.observe(route, seconds)

    def rate_limited_by(self, route: str, scope: str) -> None:
        """Discord answered 429 on `route`."""
        _add(self.rate_limited, (route, scope))

    def gateway_reconnected(self, shard_id: int) -> None:
        """A shard is connecting again after its connection ended."""
        _add(self.gateway_reconnects, shard_id)
