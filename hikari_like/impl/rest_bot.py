"""hikari's `hikari.impl.rest_bot` path: the HTTP interactions bot.

The code lives in `hikari_like.impl.bots.rest_bot`;
this module keeps hikari's import path (`hikari.impl.rest_bot`) working.
"""

from __future__ import annotations

__all__ = [
    "RESTBot",
]

from hikari_like.impl.bots.rest_bot import RESTBot
