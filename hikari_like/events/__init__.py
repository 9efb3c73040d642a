"""Events the bots dispatch to the listeners of `bot.listen()` / `bot.subscribe()`.

A `GatewayBot` dispatches what its shards receive; every bot dispatches webhook events when it
has a `webhook_events_path` (see `application_events`).

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
    "ApplicationAuthorizedEvent",
    "ApplicationDeauthorizedEvent",
    "AutocompleteInteractionCreateEvent",
    "CommandInteractionCreateEvent",
    "ComponentInteractionCreateEvent",
    "DMMessageCreateEvent",
    "EntitlementCreateEvent",
    "EntitlementDeleteEvent",
    "EntitlementEvent",
    "EntitlementUpdateEvent",
    "Event",
    "EventT",
    "GameDirectMessage",
    "GameDirectMessageCreateEvent",
    "GameDirectMessageDeleteEvent",
    "GameDirectMessageEvent",
    "GameDirectMessageUpdateEvent",
    "GatewayShard",
    "GuildMessageCreateEvent",
    "InteractionCreateEvent",
    "LobbyMessage",
    "LobbyMessageCreateEvent",
    "LobbyMessageDeleteEvent",
    "LobbyMessageEvent",
    "LobbyMessageUpdateEvent",
    "MessageCreateEvent",
    "MessageEvent",
    "ModalInteractionCreateEvent",
    "QuestUserEnrollmentEvent",
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
    "UnknownWebhookEvent",
    "WebhookEvent",
]

from hikari_like.events.application_events import ApplicationAuthorizedEvent
from hikari_like.events.application_events import ApplicationDeauthorizedEvent
from hikari_like.events.application_events import GameDirectMessageCreateEvent
from hikari_like.events.application_events import GameDirectMessageDeleteEvent
from hikari_like.events.application_events import GameDirectMessageEvent
from hikari_like.events.application_events import GameDirectMessageUpdateEvent
from hikari_like.events.application_events import LobbyMessageCreateEvent
from hikari_like.events.application_events import LobbyMessageDeleteEvent
from hikari_like.events.application_events import LobbyMessageEvent
from hikari_like.events.application_events import LobbyMessageUpdateEvent
from hikari_like.events.application_events import QuestUserEnrollmentEvent
from hikari_like.events.application_events import UnknownWebhookEvent
from hikari_like.events.application_events import WebhookEvent
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
from hikari_like.events.monetization_events import EntitlementCreateEvent
from hikari_like.events.monetization_events import EntitlementDeleteEvent
from hikari_like.events.monetization_events import EntitlementEvent
from hikari_like.events.monetization_events import EntitlementUpdateEvent
from hikari_like.events.shard_events import GatewayShard
from hikari_like.events.shard_events import ShardConnectedEvent
from hikari_like.events.shard_events import ShardDisconnectedEvent
from hikari_like.events.shard_events import ShardEvent
from hikari_like.events.shard_events import ShardPayloadEvent
from hikari_like.events.shard_events import ShardReadyEvent
from hikari_like.events.shard_events import ShardResumedEvent
from hikari_like.events.shard_events import ShardStateEvent
from hikari_like.events.social_messages import GameDirectMessage
from hikari_like.events.social_messages import LobbyMessage
