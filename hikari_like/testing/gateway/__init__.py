"""An emulated Discord gateway on loopback, for testing shards and gateway bots without Discord.

```python
from hikari_like.testing.gateway import EmulatedGateway

async with EmulatedGateway(heartbeat_interval=0.1) as gateway:
    ...  # connect a shard to gateway.url, then script: dispatch, reconnect, close_connections, ...
```
"""

from __future__ import annotations

__all__ = [
    "EmulatedConnection",
    "EmulatedGateway",
    "EmulatedSession",
    "EventRecorder",
    "PayloadRewrite",
    "ReceivedCommand",
    "RecordedEvent",
    "padded_heartbeat_ack",
]

from hikari_like.testing.gateway.connection import EmulatedConnection
from hikari_like.testing.gateway.connection import PayloadRewrite
from hikari_like.testing.gateway.connection import ReceivedCommand
from hikari_like.testing.gateway.encoding import padded_heartbeat_ack
from hikari_like.testing.gateway.recorder import EventRecorder
from hikari_like.testing.gateway.recorder import RecordedEvent
from hikari_like.testing.gateway.server import EmulatedGateway
from hikari_like.testing.gateway.session import EmulatedSession
