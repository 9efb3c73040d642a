"""What the emulated Discord sells and who owns what: SKUs, entitlements and subscriptions (#23).

Tests seed it (`add_sku`, `grant`, `subscribe`) and `routes_monetization` serves it. Records are
Discord's JSON objects (resources/sku.md, entitlement.md, subscription.md).

```python
sku = discord.state.monetization.add_sku("Premium", sku_type=SUBSCRIPTION)
discord.state.monetization.grant(sku["id"], user_id=user_id)
```
"""

from __future__ import annotations

__all__ = ["CONSUMABLE", "DURABLE", "SUBSCRIPTION", "TEST_MODE_PURCHASE", "MonetizationWorld"]

import datetime
import typing

from hikari_like.internal import json

if typing.TYPE_CHECKING:
    from hikari_like.testing.emulator import payloads

DURABLE, CONSUMABLE, SUBSCRIPTION, SUBSCRIPTION_GROUP = 2, 3, 5, 6
PURCHASE, TEST_MODE_PURCHASE, APPLICATION_SUBSCRIPTION = 1, 4, 8
_AVAILABLE, _USER_SUBSCRIPTION = 1 << 2, 1 << 8
_PERIOD: typing.Final = datetime.timedelta(days=30)


def _iso(moment: datetime.datetime) -> str:
    return moment.isoformat()


class MonetizationWorld:
    """SKUs by ID, entitlements by ID (deleted ones kept, flagged) and subscriptions by SKU."""

    def __init__(self, *, ids: payloads.SnowflakeFactory, application_id: str) -> None:
        self._ids = ids
        self.application_id = application_id
        self.skus: dict[str, json.JSONObject] = {}
        self.entitlements: dict[str, json.JSONObject] = {}
        self.subscriptions: dict[str, dict[str, json.JSONObject]] = {}
        """SKU ID -> subscription ID -> subscription object."""

    def add_sku(self, name: str, *, sku_type: int = DURABLE, flags: int = _AVAILABLE) -> json.JSONObject:
        """A new SKU on sale; a subscription SKU brings its `SUBSCRIPTION_GROUP`, as on Discord."""
        sku = self._sku(name, sku_type, flags | (_USER_SUBSCRIPTION if sku_type == SUBSCRIPTION else 0))
        if sku_type == SUBSCRIPTION:
            self._sku(name, SUBSCRIPTION_GROUP, 0)
        return sku

    def _sku(self, name: str, sku_type: int, flags: int) -> json.JSONObject:
        sku_id = self._ids()
        slug = "-".join(name.lower().split())
        sku = {
            "id": sku_id,
            "type": sku_type,
            "application_id": self.application_id,
            "name": name,
            "slug": slug,
            "flags": flags,
        }
        self.skus[sku_id] = sku
        return sku

    def grant(
        self,
        sku_id: str,
        *,
        user_id: str | None = None,
        guild_id: str | None = None,
        kind: int = PURCHASE,
        ends_at: datetime.datetime | None = None,
        subscription_id: str | None = None,
    ) -> json.JSONObject:
        """An entitlement to `sku_id` for a user or a guild; a test one (`TEST_MODE_PURCHASE`) has
        no dates."""
        entitlement: json.JSONObject = {
            "id": self._ids(),
            "sku_id": sku_id,
            "application_id": self.application_id,
            "type": kind,
            "deleted": False,
            "consumed": False,
        }
        # Discord leaves the owner it has not out (`user_id?`, `guild_id?`), rather than null.
        owners = {"user_id": user_id, "guild_id": guild_id}
        entitlement.update({key: value for key, value in owners.items() if value is not None})
        if kind != TEST_MODE_PURCHASE:
            now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
            entitlement["starts_at"] = _iso(now)
            entitlement["ends_at"] = None if ends_at is None else _iso(ends_at)
        if subscription_id is not None:
            entitlement["subscription_id"] = subscription_id
        self.entitlements[entitlement["id"]] = entitlement
        return entitlement

    def subscribe(self, sku_id: str, user_id: str, *, status: int = 0) -> json.JSONObject:
        """A user's subscription to a subscription SKU, with the entitlement it grants."""
        subscription_id = self._ids()
        entitlement = self.grant(
            sku_id, user_id=user_id, kind=APPLICATION_SUBSCRIPTION, subscription_id=subscription_id
        )
        start = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        subscription = {
            "id": subscription_id,
            "user_id": user_id,
            "sku_ids": [sku_id],
            "entitlement_ids": [entitlement["id"]],
            "renewal_sku_ids": None,
            "current_period_start": _iso(start),
            "current_period_end": _iso(start + _PERIOD),
            "status": status,
            "canceled_at": None,
        }
        self.subscriptions.setdefault(sku_id, {})[subscription_id] = subscription
        return subscription
