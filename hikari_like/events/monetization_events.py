"""Entitlement events: a user or guild gained, changed or lost access to one of the app's SKUs.

They arrive over the gateway (`ENTITLEMENT_*` dispatches) and as webhook events, as the same
classes, so one listener serves a bot on either transport:

```python
@bot.listen()
async def on_purchase(event: hikari_like.EntitlementCreateEvent) -> None:
    print(event.entitlement.sku_id, event.entitlement.user_id)
```

`event.shard` is the shard that received a gateway dispatch, and `None` for a webhook event.
"""

from __future__ import annotations

__all__ = [
    "ENTITLEMENT_EVENTS",
    "EntitlementCreateEvent",
    "EntitlementDeleteEvent",
    "EntitlementEvent",
    "EntitlementUpdateEvent",
]

import typing

import attrs

from hikari_like import applications
from hikari_like.events import base_events

if typing.TYPE_CHECKING:
    from hikari_like import snowflakes
    from hikari_like import traits
    from hikari_like.events import shard_events
    from hikari_like.internal.json import JSONObject


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class EntitlementEvent(base_events.Event):
    """Base of the entitlement events (listen to it for all three)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard | None = attrs.field(repr=False)
    """The shard that received the dispatch; `None` when it came as a webhook event."""
    entitlement: applications.Entitlement

    @property
    def entitlement_id(self) -> snowflakes.Snowflake:
        """The entitlement's ID."""
        return self.entitlement.id

    @classmethod
    def from_payload(
        cls, payload: JSONObject, *, app: traits.RESTAware, shard: shard_events.GatewayShard | None
    ) -> typing.Self:
        """Read an entitlement object (the dispatch's `d`, or the webhook event's `data`).

        Raises `KeyError`, `TypeError` or `ValueError` as `Entitlement.from_payload` does.
        """
        return cls(app=app, shard=shard, entitlement=applications.Entitlement.from_payload(payload))


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class EntitlementCreateEvent(EntitlementEvent):
    """A user or guild was granted an SKU (a purchase, a gift, a test entitlement)."""


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class EntitlementUpdateEvent(EntitlementEvent):
    """An entitlement changed, e.g. a subscription was renewed or cancelled (`ends_at`)."""


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class EntitlementDeleteEvent(EntitlementEvent):
    """An entitlement was removed (refunded, or deleted by the developer)."""


ENTITLEMENT_EVENTS: typing.Final[typing.Mapping[str, type[EntitlementEvent]]] = {
    "ENTITLEMENT_CREATE": EntitlementCreateEvent,
    "ENTITLEMENT_UPDATE": EntitlementUpdateEvent,
    "ENTITLEMENT_DELETE": EntitlementDeleteEvent,
}
"""The event class for each entitlement event name, the gateway's and the webhook events' alike."""
