"""Channel message history, bulk delete, crossposts, typing, search, pins and follows (#19)."""

from __future__ import annotations

__all__ = ["ROUTES"]

from hikari_like.testing.emulator.routing import RouteSpec

ROUTES: tuple[RouteSpec, ...] = ()
