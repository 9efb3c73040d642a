"""Standard stickers and packs, and a guild's own stickers (#19)."""

from __future__ import annotations

__all__ = ["ROUTES"]

from hikari_like.testing.emulator.routing import RouteSpec

ROUTES: tuple[RouteSpec, ...] = ()
