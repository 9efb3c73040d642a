"""Monetization endpoints: SKUs, entitlements and subscriptions (#23).

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: resources/sku.md "List SKUs",
resources/entitlement.md "List/Get/Consume Entitlement", "Create/Delete Test Entitlement"), and
the Subscription API (resources/subscription.md), which hikari 2.7 lacks, under Discord's names:
`fetch_sku_subscriptions` and `fetch_sku_subscription`.

```python
skus = await rest.fetch_skus(application_id)
test = await rest.create_test_entitlement(
    application_id, sku=skus[0], owner_id=user_id, owner_type=hikari.EntitlementOwnerType.USER
)
owned = await rest.fetch_entitlements(application_id, user=user_id, exclude_ended=True)
```
"""

from __future__ import annotations

__all__ = ["MonetizationEndpoints"]

import functools
import typing

from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import pagination
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import monetization
else:
    from hikari_like.internal import lazy_imports

    # Loaded when a call first needs its models: most bots sell nothing.
    monetization = lazy_imports.module("hikari_like.monetization")

_UNDEFINED: typing.Final = undefined.UNDEFINED
_Searchable: typing.TypeAlias = undefined.UndefinedOr[snowflakes.SearchableSnowflakeishOr]


# A moment becomes the smallest ID made at that moment, as for every other ID cursor.
_searchable: typing.Final = functools.partial(pagination.start_cursor, newest_first=False)


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _id_list(values: typing.Iterable[snowflakes.SnowflakeishOr]) -> str:
    return ",".join(str(snowflakes.snowflake_of(value)) for value in values)


def _page_query(
    before: _Searchable, after: _Searchable, limit: undefined.UndefinedOr[int]
) -> payloads.Payload:
    query = payloads.Payload()
    query.put("before", before, conversion=_searchable)
    query.put("after", after, conversion=_searchable)
    query.put("limit", limit, conversion=str)
    return query


def _entitlement_route(
    route: routes.Route, application: snowflakes.SnowflakeishOr, entitlement: snowflakes.SnowflakeishOr
) -> routes.CompiledRoute:
    return routes.compile_ids(route, application=application, entitlement=entitlement)


class MonetizationEndpoints(rest_api.RESTClient):
    """`fetch_skus`, entitlements (list, fetch, consume, test ones) and an SKU's subscriptions."""

    __slots__ = ()

    async def fetch_skus(self, application: snowflakes.SnowflakeishOr) -> typing.Sequence[monetization.SKU]:
        """Every SKU of the application (a subscription SKU comes with its `SUBSCRIPTION_GROUP`).

        ```python
        premium = [sku for sku in await rest.fetch_skus(app_id) if sku.type is hikari.SKUType.SUBSCRIPTION]
        ```
        """
        answer = await self.request(routes.compile_ids(routes.GET_APPLICATION_SKUS, application=application))
        return read.each(read.objects(answer), monetization.SKU.from_payload)

    async def fetch_entitlements(
        self,
        application: snowflakes.SnowflakeishOr,
        /,
        *,
        user: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = _UNDEFINED,
        guild: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = _UNDEFINED,
        skus: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]] = _UNDEFINED,
        before: _Searchable = _UNDEFINED,
        after: _Searchable = _UNDEFINED,
        limit: undefined.UndefinedOr[int] = _UNDEFINED,
        exclude_ended: undefined.UndefinedOr[bool] = _UNDEFINED,
        exclude_deleted: undefined.UndefinedOr[bool] = _UNDEFINED,
    ) -> typing.Sequence[monetization.Entitlement]:
        """One page (Discord: up to `limit`, 1-100, default 100) of the application's entitlements,
        of one user or guild, for some SKUs, before or after an ID or moment. Discord leaves out
        deleted ones unless `exclude_deleted=False`, and keeps ended ones unless `exclude_ended`.

        ```python
        owned = await rest.fetch_entitlements(app_id, user=user_id, skus=[sku_id], exclude_ended=True)
        ```
        """
        query = _page_query(before, after, limit)
        query.put_snowflake("user_id", user)
        query.put_snowflake("guild_id", guild)
        query.put("sku_ids", skus, conversion=_id_list)
        query.put("exclude_ended", exclude_ended, conversion=_flag)
        query.put("exclude_deleted", exclude_deleted, conversion=_flag)
        route = routes.compile_ids(routes.GET_APPLICATION_ENTITLEMENTS, application=application)
        answer = await self.request(route, query=query)
        return read.each(read.objects(answer), monetization.Entitlement.from_payload)

    async def fetch_entitlement(
        self, application: snowflakes.SnowflakeishOr, entitlement: snowflakes.SnowflakeishOr
    ) -> monetization.Entitlement:
        """One entitlement; `NotFoundError` (10029 Unknown Entitlement) for an unknown one.

        ```python
        entitlement = await rest.fetch_entitlement(app_id, entitlement_id)
        ```
        """
        route = _entitlement_route(routes.GET_APPLICATION_ENTITLEMENT, application, entitlement)
        return monetization.Entitlement.from_payload(await self.request(route))

    async def consume_entitlement(
        self, application: snowflakes.SnowflakeishOr, entitlement: snowflakes.SnowflakeishOr
    ) -> None:
        """Mark a consumable SKU's entitlement used (its `is_consumed` becomes `True`).

        ```python
        await rest.consume_entitlement(app_id, entitlement_id)
        ```
        """
        route = _entitlement_route(routes.POST_APPLICATION_ENTITLEMENT_CONSUME, application, entitlement)
        await self.request(route)

    async def create_test_entitlement(
        self,
        application: snowflakes.SnowflakeishOr,
        /,
        *,
        sku: snowflakes.SnowflakeishOr,
        owner_id: snowflakes.SnowflakeishOr,
        owner_type: int | monetization.EntitlementOwnerType,
    ) -> monetization.Entitlement:
        """Give a user or guild an SKU for free, to test premium features (no start or end date).

        ```python
        entitlement = await rest.create_test_entitlement(
            app_id, sku=sku_id, owner_id=guild_id, owner_type=hikari.EntitlementOwnerType.GUILD
        )
        ```
        """
        body = payloads.Payload()
        body.put_snowflake("sku_id", sku)
        body.put_snowflake("owner_id", owner_id)
        body.put("owner_type", int(owner_type))
        route = routes.compile_ids(routes.POST_APPLICATION_ENTITLEMENTS, application=application)
        return monetization.Entitlement.from_payload(await self.request(route, json=body))

    async def delete_test_entitlement(
        self, application: snowflakes.SnowflakeishOr, entitlement: snowflakes.SnowflakeishOr, /
    ) -> None:
        """Take back a test entitlement (only test ones can be deleted).

        ```python
        await rest.delete_test_entitlement(app_id, entitlement)
        ```
        """
        await self.request(
            _entitlement_route(routes.DELETE_APPLICATION_ENTITLEMENT, application, entitlement)
        )

    async def fetch_sku_subscriptions(
        self,
        sku: snowflakes.SnowflakeishOr,
        /,
        *,
        user: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = _UNDEFINED,
        before: _Searchable = _UNDEFINED,
        after: _Searchable = _UNDEFINED,
        limit: undefined.UndefinedOr[int] = _UNDEFINED,
    ) -> typing.Sequence[monetization.Subscription]:
        """One page (up to `limit`, 1-100, default 50) of a subscription SKU's subscriptions of
        `user` (which a bot token must give). Not in hikari 2.7: Discord's "List SKU Subscriptions".

        ```python
        current = await rest.fetch_sku_subscriptions(sku_id, user=user_id)
        ```
        """
        query = _page_query(before, after, limit)
        query.put_snowflake("user_id", user)
        route = routes.compile_ids(routes.GET_SKU_SUBSCRIPTIONS, sku=sku)
        answer = await self.request(route, query=query)
        return read.each(read.objects(answer), monetization.Subscription.from_payload)

    async def fetch_sku_subscription(
        self, sku: snowflakes.SnowflakeishOr, subscription: snowflakes.SnowflakeishOr, /
    ) -> monetization.Subscription:
        """One subscription of an SKU. Not in hikari 2.7: Discord's "Get SKU Subscription".

        ```python
        subscription = await rest.fetch_sku_subscription(sku_id, subscription_id)
        ```
        """
        route = routes.compile_ids(routes.GET_SKU_SUBSCRIPTION, sku=sku, subscription=subscription)
        return monetization.Subscription.from_payload(await self.request(route))
