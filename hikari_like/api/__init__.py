"""Interfaces: what the implementations in `hikari_like.impl` promise."""

from __future__ import annotations

__all__ = ["ComponentBuilder", "InteractionResponseBuilder", "InteractionServer", "ListenerT", "Response"]

from hikari_like.api.interaction_server import InteractionServer
from hikari_like.api.interaction_server import ListenerT
from hikari_like.api.interaction_server import Response
from hikari_like.api.special_endpoints import ComponentBuilder
from hikari_like.api.special_endpoints import InteractionResponseBuilder
