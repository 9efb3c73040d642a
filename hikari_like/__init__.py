"""hikari_like: a fast, typed, testable library for Discord bots that live on interactions.

The names follow hikari's, so a hikari REST-bot program ports by changing its import::

    import hikari_like as hikari
"""

from __future__ import annotations

from hikari_like._about import __version__
from hikari_like.errors import *  # noqa: F403 - the error names are part of the top-level API.
from hikari_like.impl.interaction_server import InteractionServer

__all__ = [
    "__version__",
    "InteractionServer",
]
