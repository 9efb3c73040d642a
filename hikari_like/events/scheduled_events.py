"""Guild scheduled events created, changed and deleted, and users subscribing to them.

```python
@bot.listen()
async def on_scheduled(event: hikari_like.ScheduledEventCreateEvent) -> None:
    print(f"{event.event.name} starts at {event.event.start_time}")
```

These need the `GUILD_SCHEDULED_EVENTS` intent.
"""

from __future__ import annotations

__all__ = [
    "ScheduledEventCreateEvent",
    "ScheduledEventDeleteEvent",
    "ScheduledEventEvent",
    "ScheduledEventUpdateEvent",
    "ScheduledEventUserAddEvent",
    "ScheduledEventUserRemoveEvent",
]

import typing

import attrs

from hikari_like.events import base_events
from hikari_like.events import shard_events
from hikari_like.intents import Intents

if typing.TYPE_CHECKING:
    from hikari_like import scheduled_events
    from hikari_like import snowflakes
    from hikari_like import traits


@base_events.requires_intents(Intents.GUILD_SCHEDULED_EVENTS)
class ScheduledEventEvent(shard_events.ShardEvent):
    """An event about a guild's scheduled event."""

    __slots__ = ()

    @property
    def event_id(self) -> snowflakes.Snowflake:
        """The scheduled event's ID."""
        raise NotImplementedError  # every concrete event provides it


class _WithScheduledEvent(ScheduledEventEvent):
    """The events that carry the scheduled event."""

    __slots__ = ()

    @property
    def event(self) -> scheduled_events.ScheduledEvent:
        """The scheduled event."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.event.app

    @property
    def event_id(self) -> snowflakes.Snowflake:
        """The scheduled event's ID."""
        return self.event.id


@base_events.requires_intents(Intents.GUILD_SCHEDULED_EVENTS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ScheduledEventCreateEvent(_WithScheduledEvent):
    """A scheduled event was created (GUILD_SCHEDULED_EVENT_CREATE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    event: scheduled_events.ScheduledEvent


@base_events.requires_intents(Intents.GUILD_SCHEDULED_EVENTS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ScheduledEventUpdateEvent(_WithScheduledEvent):
    """A scheduled event changed, or started or ended (GUILD_SCHEDULED_EVENT_UPDATE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    event: scheduled_events.ScheduledEvent


@base_events.requires_intents(Intents.GUILD_SCHEDULED_EVENTS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ScheduledEventDeleteEvent(_WithScheduledEvent):
    """A scheduled event was deleted (GUILD_SCHEDULED_EVENT_DELETE); `event` is as it was."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    event: scheduled_events.ScheduledEvent


@base_events.requires_intents(Intents.GUILD_SCHEDULED_EVENTS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ScheduledEventUserAddEvent(ScheduledEventEvent):
    """A user subscribed to a scheduled event (GUILD_SCHEDULED_EVENT_USER_ADD)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    event_id: snowflakes.Snowflake
    user_id: snowflakes.Snowflake
    guild_id: snowflakes.Snowflake


@base_events.requires_intents(Intents.GUILD_SCHEDULED_EVENTS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ScheduledEventUserRemoveEvent(ScheduledEventEvent):
    """A user unsubscribed from a scheduled event (GUILD_SCHEDULED_EVENT_USER_REMOVE)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    event_id: snowflakes.Snowflake
    user_id: snowflakes.Snowflake
    guild_id: snowflakes.Snowflake
