"""The shard's waits and limits, in one settings object so tests can shrink them."""

from __future__ import annotations

__all__ = ["GatewayTimings"]

import attrs


def _positive(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if value <= 0:
        raise ValueError(f"{attribute.name} must be > 0, got {value!r}")


@attrs.define(slots=True, kw_only=True, frozen=True)
class GatewayTimings:
    """Delays and limits of a gateway shard. The defaults are Discord's; tests pass smaller ones.

    ```python
    fast = GatewayTimings(reconnect_base=0.01, invalid_session_wait=(0.01, 0.02))
    ```
    """

    reconnect_base: float = attrs.field(default=1.0, validator=_positive)
    """First delay after a failed connection attempt; it doubles per failure."""
    reconnect_cap: float = attrs.field(default=60.0, validator=_positive)
    """The longest delay between connection attempts."""
    invalid_session_wait: tuple[float, float] = (1.0, 5.0)
    """Discord asks for a random 1-5 s wait after a non-resumable INVALID_SESSION."""
    hello_timeout: float = attrs.field(default=20.0, validator=_positive)
    """How long to wait for HELLO after the websocket opens."""
    close_timeout: float = attrs.field(default=5.0, validator=_positive)
    """How long to wait for the gateway to answer our close frame."""
    send_limit: int = 120
    """Commands per `send_period` per connection (Discord: 120 per 60 s)."""
    send_period: float = attrs.field(default=60.0, validator=_positive)
    heartbeat_reserve: int = 3
    """Slots of `send_limit` kept free for heartbeats, which are never delayed."""
