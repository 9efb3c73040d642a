"""A gateway session on the emulated side: its shard, its numbered dispatches, its live connection."""

from __future__ import annotations

__all__ = ["EmulatedSession"]

import typing

import attrs

if typing.TYPE_CHECKING:
    from hikari_like.internal import json
    from hikari_like.testing.gateway.connection import EmulatedConnection


@attrs.define(slots=True, kw_only=True, eq=False)
class EmulatedSession:
    """What Discord keeps for a session so it can be resumed: every dispatch with its sequence number."""

    session_id: str
    shard: tuple[int, int]
    intents: int
    capabilities: int = 0
    """The gateway capability bits the IDENTIFY declared (0 when it declared none)."""
    events: list[json.JSONObject] = attrs.field(factory=list)
    """Every dispatch sent in this session, in order (`s` is its index + 1)."""
    connection: EmulatedConnection | None = None

    @property
    def sequence(self) -> int:
        """The last sequence number used."""
        return len(self.events)

    def next_dispatch(self, event_name: str, data: typing.Any) -> json.JSONObject:
        """Number and keep a dispatch; the caller sends it if a connection is attached."""
        payload = {"op": 0, "t": event_name, "s": len(self.events) + 1, "d": data}
        self.events.append(payload)
        return payload

    def events_after(self, sequence: int) -> list[json.JSONObject]:
        """The dispatches numbered after `sequence`, in order (what a RESUME replays)."""
        return self.events[sequence:]
