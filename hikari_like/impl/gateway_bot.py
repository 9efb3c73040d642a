"""hikari's `hikari.impl.gateway_bot` path: the gateway bot.

The code lives in `hikari_like.impl.bots.gateway_bot`;
this module keeps hikari's import path (`hikari.impl.gateway_bot`) working.
"""

from __future__ import annotations

__all__ = [
    "GatewayBot",
]

from hikari_like.impl.bots.gateway_bot import GatewayBot
