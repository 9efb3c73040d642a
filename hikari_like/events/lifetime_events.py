"""The bot's own lifetime: starting, started, stopping, stopped (each once per `start()`/`close()`).

```python
@bot.listen()
async def open_database(event: hikari_like.StartingEvent) -> None:
    ...  # the shards connect only after every StartingEvent listener returned
```
"""

from __future__ import annotations

__all__ = ["StartedEvent", "StartingEvent", "StoppedEvent", "StoppingEvent"]

import typing

import attrs

from hikari_like.events import base_events

if typing.TYPE_CHECKING:
    from hikari_like import traits


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class StartingEvent(base_events.Event):
    """Fired before any shard connects; the bot waits for its listeners to finish."""

    app: traits.RESTAware = attrs.field(repr=False)


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class StartedEvent(base_events.Event):
    """Fired once every shard of this process is ready."""

    app: traits.RESTAware = attrs.field(repr=False)


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class StoppingEvent(base_events.Event):
    """Fired when `close()` begins, while shards are still connected; the bot waits for its listeners."""

    app: traits.RESTAware = attrs.field(repr=False)


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class StoppedEvent(base_events.Event):
    """Fired once the shards and the REST client are closed; the bot waits for its listeners."""

    app: traits.RESTAware = attrs.field(repr=False)
