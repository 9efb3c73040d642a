"""Reaction endpoints: add, remove and list the reactions on a message (#19).

A mixin of `RESTClientImpl`.
"""

from __future__ import annotations

__all__ = ["ReactionEndpoints"]

from hikari_like.api import rest as rest_api


class ReactionEndpoints(rest_api.RESTClient):
    """Reaction endpoints."""

    __slots__ = ()
