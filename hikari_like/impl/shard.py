"""hikari's `hikari.impl.shard` path: the gateway shard.

The code lives in `hikari_like.impl.gateway.shard`;
this module keeps hikari's import path (`hikari.impl.shard`) working.
"""

from __future__ import annotations

__all__ = [
    "GatewayShardImpl",
]

from hikari_like.impl.gateway.shard import GatewayShardImpl
