"""Prometheus metrics for a bot: a small collector, its text exposition, and the hooks that feed it.

Off by default. `InteractionServer(metrics=MetricsSettings(...))` (or a bot's `metrics=` option)
turns it on: the collector is installed for the process (as prometheus-client's default registry
is), the library's hot paths record into it, and the server answers `GET /metrics`. Only the
exposition needs prometheus-client (`pip install hikari_like[metrics]`); the rest has no
dependency, so the library imports without it.
"""

from __future__ import annotations

__all__ = ["Metrics", "MetricsSettings", "hooks"]

from hikari_like.impl.metrics import hooks
from hikari_like.impl.metrics.registry import Metrics
from hikari_like.impl.metrics.settings import MetricsSettings
