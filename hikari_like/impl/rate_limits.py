"""hikari's `hikari.impl.rate_limits` path: the global rate limiter and the retry back-off.

The code lives in `hikari_like.impl.rest.rate_limits`;
this module keeps hikari's import path (`hikari.impl.rate_limits`) working.
"""

from __future__ import annotations

__all__ = [
    "ExponentialBackOff",
    "GlobalRateLimiter",
    "wait_unless_closed",
]

from hikari_like.impl.rest.rate_limits import ExponentialBackOff
from hikari_like.impl.rest.rate_limits import GlobalRateLimiter
from hikari_like.impl.rest.rate_limits import wait_unless_closed
