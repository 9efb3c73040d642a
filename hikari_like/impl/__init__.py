"""Implementations: the interaction server, backends, builders and the REST client."""

from __future__ import annotations

from hikari_like.impl.interaction_server import InteractionServer

__all__ = ["InteractionServer"]
