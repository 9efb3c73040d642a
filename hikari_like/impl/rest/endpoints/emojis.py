"""Guild emoji endpoints: fetch, create, edit and delete a guild's custom emojis (#19).

A mixin of `RESTClientImpl`.
"""

from __future__ import annotations

__all__ = ["EmojiEndpoints"]

from hikari_like.api import rest as rest_api


class EmojiEndpoints(rest_api.RESTClient):
    """Guild emoji endpoints."""

    __slots__ = ()
