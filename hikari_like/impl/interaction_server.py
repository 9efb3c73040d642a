"""hikari's `hikari.impl.interaction_server` path: the interaction server.

The code lives in `hikari_like.impl.server.interaction_server`;
this module keeps hikari's import path (`hikari.impl.interaction_server`) working.
"""

from __future__ import annotations

__all__ = [
    "InteractionServer",
]

from hikari_like.impl.server.interaction_server import InteractionServer
