"""Monetization: the application's SKUs, what users and guilds own (entitlements), and subscriptions.

hikari's module of the same name (`SKU`, `Entitlement` and their enums), plus `Subscription`,
which Discord's Subscription API returns and hikari 2.7 has no model for.

```python
for sku in await rest.fetch_skus(application_id):
    print(sku.name, sku.type, sku.flags)
owned = await rest.fetch_entitlements(application_id, user=user_id, exclude_ended=True)
```

`Entitlement` is the same class as `applications.Entitlement` (interactions carry the invoking
user's entitlements, so it was there first).
"""

from __future__ import annotations

__all__ = [
    "SKU",
    "Entitlement",
    "EntitlementOwnerType",
    "EntitlementType",
    "SKUFlags",
    "SKUType",
    "Subscription",
    "SubscriptionStatus",
]

import datetime
import typing

import attrs

from hikari_like import snowflakes
from hikari_like.applications import Entitlement
from hikari_like.applications import EntitlementType
from hikari_like.internal import enums
from hikari_like.internal import flags
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject


class SKUType(enums.TolerantIntEnum):
    """What an SKU sells."""

    DURABLE = 2
    """A one-time purchase that stays owned."""
    CONSUMABLE = 3
    """A one-time purchase the application marks used (`consume_entitlement`)."""
    SUBSCRIPTION = 5
    """A recurring subscription."""
    SUBSCRIPTION_GROUP = 6
    """The group Discord makes for each subscription SKU."""


class SKUFlags(flags.Flag):
    """An SKU's flags; unknown bits are kept."""

    NONE = 0
    AVAILABLE = 1 << 2
    """On sale."""
    GUILD_SUBSCRIPTION = 1 << 7
    """A subscription a user buys for one guild; everyone there gets access."""
    USER_SUBSCRIPTION = 1 << 8
    """A subscription a user buys for themselves, valid in every guild."""


class EntitlementOwnerType(enums.TolerantIntEnum):
    """Who a test entitlement is for (`create_test_entitlement`)."""

    GUILD = 1
    USER = 2


class SubscriptionStatus(enums.TolerantIntEnum):
    """Where a subscription stands in its billing period."""

    ACTIVE = 0
    """Renews at the end of the current period."""
    ENDING = 1
    """Cancelled: runs to the end of the current period, then stops."""
    INACTIVE = 2
    """Not running."""


def _required_int(payload: JSONObject, key: str) -> int:
    value = read.integer(payload[key])
    if value is None:
        raise TypeError(f"{key!r} is an integer")
    return value


def _ids(value: object) -> list[snowflakes.Snowflake]:
    return read.each(read.array(value), snowflakes.parse)


@attrs.define(kw_only=True, unsafe_hash=True)
class SKU(snowflakes.UniqueEntity):
    """Something the application sells: a durable or consumable item, or a subscription."""

    id: snowflakes.Snowflake = attrs.field(hash=True)
    type: SKUType = attrs.field(eq=False)
    application_id: snowflakes.Snowflake = attrs.field(eq=False)
    name: str = attrs.field(eq=False)
    """The name customers see."""
    slug: str = attrs.field(eq=False)
    """The URL slug Discord made from the name."""
    flags: SKUFlags = attrs.field(eq=False)

    @classmethod
    def from_payload(cls, payload: JSONObject) -> SKU:
        """Read an SKU object; the IDs and type are required, a missing name or slug reads as `""`."""
        get = payload.get
        return cls(
            id=snowflakes.parse(payload["id"]),
            type=SKUType(_required_int(payload, "type")),
            application_id=snowflakes.parse(payload["application_id"]),
            name=read.text(get("name")) or "",
            slug=read.text(get("slug")) or "",
            flags=SKUFlags(read.integer(get("flags")) or 0),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class Subscription(snowflakes.UniqueEntity):
    """A user's recurring payment for subscription SKUs (Discord's Subscription API)."""

    id: snowflakes.Snowflake = attrs.field(hash=True)
    user_id: snowflakes.Snowflake = attrs.field(eq=False)
    sku_ids: typing.Sequence[snowflakes.Snowflake] = attrs.field(eq=False)
    entitlement_ids: typing.Sequence[snowflakes.Snowflake] = attrs.field(eq=False)
    renewal_sku_ids: typing.Sequence[snowflakes.Snowflake] | None = attrs.field(eq=False)
    """The SKUs the next period renews to; `None` when nothing changes."""
    current_period_start: datetime.datetime | None = attrs.field(eq=False)
    current_period_end: datetime.datetime | None = attrs.field(eq=False)
    status: SubscriptionStatus = attrs.field(eq=False)
    canceled_at: datetime.datetime | None = attrs.field(eq=False)
    country: str | None = attrs.field(eq=False, repr=False)
    """ISO 3166-1 alpha-2 code of the payment country; only with an OAuth2 `applications.commands` query."""

    @classmethod
    def from_payload(cls, payload: JSONObject) -> Subscription:
        """Read a subscription object; its ID, user and status are required."""
        get = payload.get
        renewal = get("renewal_sku_ids")
        return cls(
            id=snowflakes.parse(payload["id"]),
            user_id=snowflakes.parse(payload["user_id"]),
            sku_ids=_ids(get("sku_ids")),
            entitlement_ids=_ids(get("entitlement_ids")),
            renewal_sku_ids=None if renewal is None else _ids(renewal),
            current_period_start=read.timestamp(get("current_period_start")),
            current_period_end=read.timestamp(get("current_period_end")),
            status=SubscriptionStatus(_required_int(payload, "status")),
            canceled_at=read.timestamp(get("canceled_at")),
            country=read.text(get("country")),
        )
