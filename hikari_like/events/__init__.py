"""Events a `GatewayBot` dispatches to the listeners of `bot.listen()` / `bot.subscribe()`.

```python
@bot.listen()
async def on_message(event: hikari_like.events.MessageCreateEvent) -> None:
    ...
```

A listener for a class also receives its subclasses: `MessageCreateEvent` gets guild and DM
messages, `Event` gets everything.
"""

from __future__ import annotations

__all__ = [
    "AutocompleteInteractionCreateEvent",
    "CommandInteractionCreateEvent",
    "ComponentInteractionCreateEvent",
    "DMMessageCreateEvent",
    "Event",
    "EventT",
    "GatewayShard",
    "GuildMessageCreateEvent",
    "InteractionCreateEvent",
    "MessageCreateEvent",
    "MessageEvent",
    "ModalInteractionCreateEvent",
    "ShardConnectedEvent",
    "ShardDisconnectedEvent",
    "ShardEvent",
    "ShardPayloadEvent",
    "ShardReadyEvent",
    "ShardResumedEvent",
    "ShardStateEvent",
    "StartedEvent",
    "StartingEvent",
    "StoppedEvent",
    "StoppingEvent",
]

from hikari_like.events.base_events import Event
from hikari_like.events.base_events import EventT
from hikari_like.events.interaction_events import AutocompleteInteractionCreateEvent
from hikari_like.events.interaction_events import CommandInteractionCreateEvent
from hikari_like.events.interaction_events import ComponentInteractionCreateEvent
from hikari_like.events.interaction_events import InteractionCreateEvent
from hikari_like.events.interaction_events import ModalInteractionCreateEvent
from hikari_like.events.lifetime_events import StartedEvent
from hikari_like.events.lifetime_events import StartingEvent
from hikari_like.events.lifetime_events import StoppedEvent
from hikari_like.events.lifetime_events import StoppingEvent
from hikari_like.events.message_events import DMMessageCreateEvent
from hikari_like.events.message_events import GuildMessageCreateEvent
from hikari_like.events.message_events import MessageCreateEvent
from hikari_like.events.message_events import MessageEvent
from hikari_like.events.shard_events import GatewayShard
from hikari_like.events.shard_events import ShardConnectedEvent
from hikari_like.events.shard_events import ShardDisconnectedEvent
from hikari_like.events.shard_events import ShardEvent
from hikari_like.events.shard_events import ShardPayloadEvent
from hikari_like.events.shard_events import ShardReadyEvent
from hikari_like.events.shard_events import ShardResumedEvent
from hikari_like.events.shard_events import ShardStateEvent
