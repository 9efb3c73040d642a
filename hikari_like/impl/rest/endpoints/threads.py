"""Thread endpoints: threads, forum posts, thread members and archived threads (#19).

A mixin of `RESTClientImpl`.
"""

from __future__ import annotations

__all__ = ["ThreadEndpoints"]

from hikari_like.api import rest as rest_api


class ThreadEndpoints(rest_api.RESTClient):
    """Thread endpoints."""

    __slots__ = ()
