"""Webhooks: created, fetched, edited and deleted by the bot's token or the webhook's own (#19)."""

from __future__ import annotations

__all__ = ["ROUTES"]

from hikari_like.testing.emulator.routing import RouteSpec

ROUTES: tuple[RouteSpec, ...] = ()
