"""Sticker endpoints: standard stickers and packs, and a guild's own stickers (#19).

A mixin of `RESTClientImpl`.
"""

from __future__ import annotations

__all__ = ["StickerEndpoints"]

from hikari_like.api import rest as rest_api


class StickerEndpoints(rest_api.RESTClient):
    """Sticker endpoints."""

    __slots__ = ()
