"""`EventRecorder`: an event consumer for shards under test that keeps everything it is given."""

from __future__ import annotations

__all__ = ["EventRecorder", "RecordedEvent"]

import typing

import attrs

if typing.TYPE_CHECKING:
    from hikari_like.impl.gateway.shard import GatewayShardImpl
    from hikari_like.internal.json import JSONObject


@attrs.define(slots=True, kw_only=True, frozen=True)
class RecordedEvent:
    """One event a recorder saw: from which shard, its name and its payload."""

    shard_id: int
    name: str
    data: JSONObject
    sequence: int | None
    """The shard's sequence number when the event arrived (the dispatch's own `s`)."""


@attrs.define(slots=True)
class EventRecorder:
    """Pass as `event_consumer=`; read `events`, `names()` and `sequences()` afterwards.

    ```python
    recorder = EventRecorder()
    shard = GatewayShardImpl(token=token, url=gateway.url, intents=intents, event_consumer=recorder)
    ```
    """

    events: list[RecordedEvent] = attrs.field(factory=list)

    def __call__(self, shard: GatewayShardImpl, name: str, data: JSONObject) -> None:
        self.events.append(RecordedEvent(shard_id=shard.id, name=name, data=data, sequence=shard.sequence))

    def names(self, *, shard_id: int | None = None) -> list[str]:
        """The event names received, in order (from one shard, or all)."""
        return [e.name for e in self.events if shard_id is None or e.shard_id == shard_id]

    def sequences(self, *, shard_id: int | None = None) -> list[int]:
        """The sequence numbers of the dispatches seen (CONNECTED/DISCONNECTED left out)."""
        return [
            e.sequence
            for e in self.events
            if e.sequence is not None
            and e.name not in ("CONNECTED", "DISCONNECTED")
            and (shard_id is None or e.shard_id == shard_id)
        ]

    def count(self, name: str) -> int:
        """How many events of this name were received."""
        return sum(1 for e in self.events if e.name == name)
