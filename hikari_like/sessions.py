"""What `GET /gateway/bot` says: where to connect, how many shards, and how many sessions are left.

```python
info = await rest.fetch_gateway_bot_info()
print(info.url, info.shard_count, info.session_start_limit.remaining)
```
"""

from __future__ import annotations

__all__ = ["GatewayBotInfo", "SessionStartLimit"]

import datetime
import typing

import attrs

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


@attrs.define(slots=True, kw_only=True)
class SessionStartLimit:
    """How many gateway sessions (IDENTIFYs) the bot may still start, and when that count resets."""

    total: int
    """Sessions allowed per window."""
    remaining: int
    """Sessions left in the current window."""
    reset_after: datetime.timedelta
    """Time until the window resets, counted from when Discord answered."""
    max_concurrency: int
    """How many shards may identify in the same 5-second slot."""
    received_at: datetime.datetime = attrs.field(factory=_now, eq=False, repr=False)
    """When this answer was read; `reset_at` counts from it."""

    @property
    def used(self) -> int:
        """Sessions started in the current window."""
        return self.total - self.remaining

    @property
    def reset_at(self) -> datetime.datetime:
        """Roughly when the window resets, in UTC."""
        return self.received_at + self.reset_after

    @classmethod
    def from_payload(cls, payload: JSONObject) -> SessionStartLimit:
        """Read a session start limit object as Discord sends it (`reset_after` in milliseconds)."""
        get = payload.get
        return cls(
            total=int(get("total", 0)),
            remaining=int(get("remaining", 0)),
            reset_after=datetime.timedelta(milliseconds=float(get("reset_after", 0))),
            max_concurrency=int(get("max_concurrency", 1)),
        )


@attrs.define(slots=True, kw_only=True)
class GatewayBotInfo:
    """The gateway URL for this bot, the recommended shard count and the session start limit."""

    url: str
    shard_count: int
    """The number of shards Discord recommends (its `shards`)."""
    session_start_limit: SessionStartLimit

    @classmethod
    def from_payload(cls, payload: JSONObject) -> GatewayBotInfo:
        """Read the `GET /gateway/bot` answer."""
        return cls(
            url=str(payload["url"]),
            shard_count=int(payload.get("shards", 1)),
            session_start_limit=SessionStartLimit.from_payload(payload.get("session_start_limit") or {}),
        )
