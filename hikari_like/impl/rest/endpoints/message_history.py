"""Channel message endpoints beyond create, edit and delete: history, bulk delete, crossposts,
typing, search, pins and channel follows (#19).

A mixin of `RESTClientImpl`.
"""

from __future__ import annotations

__all__ = ["MessageHistoryEndpoints"]

from hikari_like.api import rest as rest_api


class MessageHistoryEndpoints(rest_api.RESTClient):
    """Channel message endpoints beyond create/edit/delete."""

    __slots__ = ()
