"""hikari's `hikari.impl.buckets` path: the REST client's per-route rate-limit buckets.

The code lives in `hikari_like.impl.rest.buckets`;
this module keeps hikari's import path (`hikari.impl.buckets`) working.
"""

from __future__ import annotations

__all__ = [
    "RESTBucketManager",
    "RateLimitInfo",
    "Ticket",
]

from hikari_like.impl.rest.buckets import RateLimitInfo
from hikari_like.impl.rest.buckets import RESTBucketManager
from hikari_like.impl.rest.buckets import Ticket
