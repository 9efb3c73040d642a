"""Stage instances starting, changing and ending.

```python
@bot.listen()
async def on_stage(event: hikari_like.events.StageInstanceCreateEvent) -> None:
    print(f"stage {event.stage_instance.topic!r} is live in {event.stage_instance.channel_id}")
```

These need the `GUILDS` intent.
"""

from __future__ import annotations

__all__ = [
    "StageInstanceCreateEvent",
    "StageInstanceDeleteEvent",
    "StageInstanceEvent",
    "StageInstanceUpdateEvent",
]

import typing

import attrs

from hikari_like.events import base_events
from hikari_like.events import shard_events
from hikari_like.intents import Intents

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.stage_instances import StageInstance


@base_events.requires_intents(Intents.GUILDS)
class StageInstanceEvent(shard_events.ShardEvent):
    """An event about a stage instance (the live session of a stage channel)."""

    __slots__ = ()

    @property
    def stage_instance(self) -> StageInstance:
        """The stage instance the event is about."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.stage_instance.app


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class StageInstanceCreateEvent(StageInstanceEvent):
    """A stage went live (STAGE_INSTANCE_CREATE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    stage_instance: StageInstance


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class StageInstanceUpdateEvent(StageInstanceEvent):
    """A live stage's topic or privacy changed (STAGE_INSTANCE_UPDATE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    stage_instance: StageInstance


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class StageInstanceDeleteEvent(StageInstanceEvent):
    """A stage ended (STAGE_INSTANCE_DELETE); `stage_instance` is as it was."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    stage_instance: StageInstance
