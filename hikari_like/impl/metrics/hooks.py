"""The process's collector, where the library's code paths find it.

A module attribute rather than a reference threaded through every client: the REST transport,
the gateway shards and the dispatcher each test `hooks.current is not None`, which is all that
metrics cost while they are off.
"""

from __future__ import annotations

__all__ = ["current", "install", "measured_dispatch", "uninstall"]

import time
import typing

from hikari_like.impl.metrics.registry import Metrics

if typing.TYPE_CHECKING:
    _Dispatch = typing.Callable[[typing.Any, typing.Any], typing.Awaitable[typing.Any]]

current: Metrics | None = None
"""The installed collector, or `None` while metrics are off."""


def install() -> Metrics:
    """Turn recording on for the process; the collector already installed, if any, is kept."""
    global current  # noqa: PLW0603 - a module attribute is what the hot paths read cheapest
    if current is None:
        current = Metrics()
    return current


def uninstall() -> None:
    """Turn recording off (what was counted is dropped)."""
    global current  # noqa: PLW0603 - see install()
    current = None


def measured_dispatch(dispatch: _Dispatch, metrics: Metrics) -> _Dispatch:
    """`dispatch` (the dispatcher's), also counting each answer and timing its listener."""
    clock = time.perf_counter
    answered = metrics.interaction_answered

    async def measured(listener: typing.Any, interaction: typing.Any) -> typing.Any:
        started = clock()
        response = await dispatch(listener, interaction)
        answered(type(interaction), response.status_code, clock() - started)
        return response

    return measured
