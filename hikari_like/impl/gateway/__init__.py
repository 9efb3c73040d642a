"""The gateway: shards, and what their payloads become.

- `shard` (with `connection`, `heartbeat`, `compression`, `commands`, `ratelimit`, `backoff`,
  `close_codes`, `payloads`, `timings`): one websocket session to Discord, kept alive and resumed
  across reconnects;
- `sharding`: which shards a process runs, started within the session start limit;
- `event_factory` and `event_manager`: dispatches made into typed events, and their listeners;
- `interactions`: interactions that arrive over the gateway, answered by the same listeners as
  HTTP ones.

```python
from hikari_like.impl.gateway import GatewayShardImpl

shard = GatewayShardImpl(token=token, url=url, intents=intents, event_consumer=on_event)
await shard.start()
```
"""

from __future__ import annotations

__all__ = [
    "EventConsumerT",
    "GatewayConnectionError",
    "GatewayError",
    "GatewayOpcode",
    "GatewayPayload",
    "GatewayServerClosedConnectionError",
    "GatewayShardImpl",
    "GatewayTimings",
    "GatewayTransportError",
    "IdentifyLimiter",
    "ShardCloseCode",
]

from hikari_like.errors import GatewayConnectionError
from hikari_like.errors import GatewayError
from hikari_like.errors import GatewayServerClosedConnectionError
from hikari_like.errors import GatewayTransportError
from hikari_like.impl.gateway.close_codes import ShardCloseCode
from hikari_like.impl.gateway.payloads import GatewayOpcode
from hikari_like.impl.gateway.payloads import GatewayPayload
from hikari_like.impl.gateway.ratelimit import IdentifyLimiter
from hikari_like.impl.gateway.shard import EventConsumerT
from hikari_like.impl.gateway.shard import GatewayShardImpl
from hikari_like.impl.gateway.timings import GatewayTimings
