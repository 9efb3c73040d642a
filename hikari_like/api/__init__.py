"""Interfaces: what the implementations in `hikari_like.impl` promise.

As in hikari, the builder interfaces (`hikari_like.api.InteractionMessageBuilder`, ...) are here
too, for annotations and `isinstance` (see `special_endpoints`).
"""

from __future__ import annotations

__all__ = ["EntityFactory", "InteractionServer", "ListenerT", "RESTClient", "Response", "TokenStrategy"]

from hikari_like.api import special_endpoints
from hikari_like.api.entity_factory import EntityFactory
from hikari_like.api.interaction_server import InteractionServer
from hikari_like.api.interaction_server import ListenerT
from hikari_like.api.interaction_server import Response
from hikari_like.api.rest import RESTClient
from hikari_like.api.rest import TokenStrategy
from hikari_like.api.special_endpoints import *  # noqa: F403  (hikari's `hikari.api` does the same)

__all__ += special_endpoints.__all__
