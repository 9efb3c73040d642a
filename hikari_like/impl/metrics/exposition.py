"""The Prometheus text exposition of a `Metrics`, through prometheus-client (the `metrics` extra).

Each scrape builds the families from the collector's dicts: nothing is kept in prometheus-client
between scrapes, so recording stays a dict update.
"""

from __future__ import annotations

__all__ = ["CONTENT_TYPE", "MetricsCollector", "render", "require_prometheus_client"]

import typing

from hikari_like.impl.metrics import registry as registry_

if typing.TYPE_CHECKING:
    from prometheus_client import metrics_core

    from hikari_like.impl.metrics.registry import Answers
    from hikari_like.impl.metrics.registry import Histogram
    from hikari_like.impl.metrics.registry import Metrics

CONTENT_TYPE: typing.Final = "text/plain; version=0.0.4; charset=utf-8"
"""What a scrape is answered with (Prometheus' text format 0.0.4)."""
_PREFIX: typing.Final = "hikari_like_"


def require_prometheus_client() -> None:
    """Import prometheus-client now, or say which extra brings it."""
    try:
        import prometheus_client  # noqa: F401
    except ImportError:
        raise ImportError("metrics need prometheus-client: pip install 'hikari_like[metrics]'") from None


def _label(value: object) -> str:
    return value.__name__ if isinstance(value, type) else str(value)


def _counter(
    name: str, documentation: str, labels: typing.Sequence[str], values: dict[typing.Hashable, int]
) -> metrics_core.CounterMetricFamily:
    from prometheus_client import metrics_core

    family = metrics_core.CounterMetricFamily(_PREFIX + name, documentation, labels=labels)
    for key, count in list(values.items()):
        parts = key if isinstance(key, tuple) else (key,)
        family.add_metric([_label(part) for part in parts], count)
    return family


def _histogram(
    name: str,
    documentation: str,
    label: str,
    bounds: typing.Sequence[float],
    series: typing.Iterable[tuple[typing.Hashable, typing.Sequence[int], float]],
) -> metrics_core.HistogramMetricFamily:
    """A histogram family from per-label (key, per-bucket counts, sum) series."""
    from prometheus_client import metrics_core

    family = metrics_core.HistogramMetricFamily(_PREFIX + name, documentation, labels=[label])
    for key, counts, total in series:
        cumulative, buckets = 0, []
        for bound, count in zip((*bounds, float("inf")), counts, strict=True):
            cumulative += count
            buckets.append(("+Inf" if bound == float("inf") else repr(bound), cumulative))
        family.add_metric([_label(key)], buckets, total)
    return family


def _series_of(histogram: Histogram) -> list[tuple[typing.Hashable, list[int], float]]:
    return [(key, counts, histogram.sums[key]) for key, counts in list(histogram.counts.items())]


def _statuses_of(answers: dict[type, Answers]) -> dict[typing.Hashable, int]:
    return {
        (kind, status): count
        for kind, record in list(answers.items())
        for status, count in list(record.statuses.items())
    }


class MetricsCollector:
    """A prometheus-client collector over a `Metrics` (register it in a registry of your own too)."""

    __slots__ = ("metrics",)

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def collect(self) -> typing.Iterator[metrics_core.Metric]:
        """The families, as prometheus-client asks for them."""
        m = self.metrics
        answers = list(m.answers.items())
        yield _counter("interactions", "Interactions answered.", ["type", "status"], _statuses_of(m.answers))
        yield _histogram(
            "listener_latency_seconds",
            "Seconds to a listener's first answer.",
            "type",
            registry_.LATENCY_BUCKETS,
            [(kind, list(record.buckets), record.seconds) for kind, record in answers],
        )
        yield _counter(
            "deadline_misses", "First answers past Discord's deadline.", ["type"], m.deadline_misses
        )
        yield _counter("auto_defers", "Deferrals sent for slow listeners.", ["type"], m.auto_defers)
        yield _counter("rest_requests", "REST attempts answered.", ["route", "status"], m.rest_requests)
        yield _histogram(
            "rest_rate_limit_wait_seconds",
            "Seconds waited for a rate limit.",
            "route",
            m.rate_limit_waits.bounds,
            _series_of(m.rate_limit_waits),
        )
        yield _counter("rest_rate_limited", "429 answers from Discord.", ["route", "scope"], m.rate_limited)
        yield _counter("gateway_reconnects", "Gateway shard reconnects.", ["shard"], m.gateway_reconnects)


def render(metrics: Metrics) -> bytes:
    """The text exposition of `metrics`."""
    from prometheus_client import exposition
    from prometheus_client import registry

    target = registry.CollectorRegistry(auto_describe=False)
    target.register(MetricsCollector(metrics))
    return exposition.generate_latest(target)
