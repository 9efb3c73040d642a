"""SKUs, entitlements and subscriptions as Discord serves them (resources/sku.md, entitlement.md,
subscription.md) over `monetization_world` (#23).

Another application's ID is 404 10002 Unknown Application; 10027 Unknown SKU and 10029 Unknown
Entitlement otherwise. Listing entitlements: `limit` 1-100 (default 100), `before`/`after`
cursors, `user_id`, `guild_id`, comma-separated `sku_ids`, `exclude_ended` (default false) and
`exclude_deleted` (default true); a Bearer caller needs the `applications.entitlements` scope and
sees only its own user's. Consuming needs a consumable SKU, once (Discord documents no code for
the refusal: the emulator answers 400, code 0); only test entitlements can be deleted. Subscriptions:
`user_id` is required with a bot token (50035), `limit` 1-100 (default 50).
"""

from __future__ import annotations

__all__ = ["ROUTES"]

import datetime
import typing

from hikari_like.internal import partial_json as read
from hikari_like.testing.emulator import monetization_world as world
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.field_checks import query_bool
from hikari_like.testing.emulator.field_checks import query_int
from hikari_like.testing.emulator.field_checks import query_snowflake
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routes_oauth2 import bearer_grant
from hikari_like.testing.emulator.routing import RouteSpec
from hikari_like.testing.emulator.validation import require_object

if typing.TYPE_CHECKING:
    from aiohttp import web

    from hikari_like.internal import json
    from hikari_like.testing.emulator.routing import RequestContext

_GUILD, _USER = 1, 2
_OWNER_TYPES: typing.Final = (_GUILD, _USER)
_ENTITLEMENTS_SCOPE: typing.Final = "applications.entitlements"


def _store(ctx: RequestContext) -> world.MonetizationWorld:
    if ctx.params["application"] != ctx.state.application_id:
        raise DiscordError.unknown("Application", 10002)
    return ctx.state.monetization


def _entitlement(ctx: RequestContext) -> json.JSONObject:
    entitlement = _store(ctx).entitlements.get(ctx.params["entitlement"])
    if entitlement is None:
        raise DiscordError.unknown("Entitlement", 10029)
    return entitlement


def _page(items: list[json.JSONObject], ctx: RequestContext, *, default: int) -> list[json.JSONObject]:
    limit = query_int(ctx, "limit", default=default, low=1, high=100)
    before, after = query_snowflake(ctx, "before"), query_snowflake(ctx, "after")
    ordered = sorted(items, key=lambda item: int(item["id"]))
    if after is not None:
        return [item for item in ordered if int(item["id"]) > after][:limit]
    if before is not None:
        ordered = [item for item in ordered if int(item["id"]) < before]
    return ordered[-limit:]


def _has_ended(entitlement: json.JSONObject, now: datetime.datetime) -> bool:
    ends = read.timestamp(entitlement.get("ends_at"))
    return ends is not None and ends <= now


def _field_is(key: str, wanted: str) -> typing.Callable[[json.JSONObject], bool]:
    return lambda item: item.get(key) == wanted


def _entitlement_filters(ctx: RequestContext) -> list[typing.Callable[[json.JSONObject], bool]]:
    checks: list[typing.Callable[[json.JSONObject], bool]] = []
    for key in ("user_id", "guild_id"):
        wanted = query_snowflake(ctx, key)
        if wanted is not None:
            checks.append(_field_is(key, str(wanted)))
    if sku_ids := ctx.query.get("sku_ids"):
        skus = frozenset(sku_ids.split(","))
        checks.append(lambda item: item["sku_id"] in skus)
    if query_bool(ctx, "exclude_ended"):
        now = datetime.datetime.now(datetime.UTC)
        checks.append(lambda item: not _has_ended(item, now))
    if "exclude_deleted" not in ctx.query or query_bool(ctx, "exclude_deleted"):
        checks.append(lambda item: not item["deleted"])
    return checks


def _bearer_user_filter(ctx: RequestContext) -> typing.Callable[[json.JSONObject], bool] | None:
    grant = bearer_grant(ctx)
    if grant is None:
        return None
    if _ENTITLEMENTS_SCOPE not in grant.scopes:
        raise DiscordError(403, "Missing Access", 50001)
    user_id = grant.user_id or ctx.state.owner["id"]
    return _field_is("user_id", user_id)


async def get_skus(ctx: RequestContext) -> web.Response:
    """The application's SKUs, in creation order."""
    return json_response(list(_store(ctx).skus.values()))


async def get_entitlements(ctx: RequestContext) -> web.Response:
    """One page of the entitlements that pass every filter of the query."""
    checks = _entitlement_filters(ctx)
    if (own := _bearer_user_filter(ctx)) is not None:
        checks.append(own)
    kept = [item for item in _store(ctx).entitlements.values() if all(check(item) for check in checks)]
    return json_response(_page(kept, ctx, default=100))


async def get_entitlement(ctx: RequestContext) -> web.Response:
    """One entitlement, deleted or not."""
    return json_response(_entitlement(ctx))


async def post_consume(ctx: RequestContext) -> web.Response:
    """Mark a consumable SKU's entitlement consumed; anything else is refused."""
    entitlement = _entitlement(ctx)
    sku = ctx.state.monetization.skus.get(entitlement["sku_id"])
    if sku is None or sku["type"] != world.CONSUMABLE:
        raise DiscordError(400, "Only consumable SKUs can be consumed", 0)
    if entitlement["consumed"]:
        raise DiscordError(400, "Entitlement already consumed", 0)
    entitlement["consumed"] = True
    return empty_response()


async def post_test_entitlement(ctx: RequestContext) -> web.Response:
    """A test entitlement for a user or a guild (`owner_type` 2 or 1)."""
    body = require_object(ctx.body.json)
    store = _store(ctx)
    owner_type = body.get("owner_type")
    if owner_type not in _OWNER_TYPES:
        raise invalid("owner_type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2}.")
    owner_id = body.get("owner_id")
    if not isinstance(owner_id, str) or not owner_id.isdigit():
        raise invalid("owner_id", "BASE_TYPE_REQUIRED", "This field is required")
    sku_id = str(body.get("sku_id"))
    if sku_id not in store.skus:
        raise DiscordError.unknown("SKU", 10027)
    user_id, guild_id = (owner_id, None) if owner_type == _USER else (None, owner_id)
    entitlement = store.grant(sku_id, kind=world.TEST_MODE_PURCHASE, user_id=user_id, guild_id=guild_id)
    return json_response(entitlement)


async def delete_test_entitlement(ctx: RequestContext) -> web.Response:
    """Delete a test entitlement; it stays readable, `deleted`."""
    entitlement = _entitlement(ctx)
    if entitlement["type"] != world.TEST_MODE_PURCHASE or entitlement["deleted"]:
        raise DiscordError.unknown("Entitlement", 10029)
    entitlement["deleted"] = True
    return empty_response()


def _sku_subscriptions(ctx: RequestContext) -> dict[str, json.JSONObject]:
    if ctx.params["sku"] not in ctx.state.monetization.skus:
        raise DiscordError.unknown("SKU", 10027)
    return ctx.state.monetization.subscriptions.get(ctx.params["sku"], {})


async def get_sku_subscriptions(ctx: RequestContext) -> web.Response:
    """One page of the SKU's subscriptions of `user_id` (required with a bot token)."""
    subscriptions = _sku_subscriptions(ctx)
    user = query_snowflake(ctx, "user_id")
    grant = bearer_grant(ctx)
    if user is None and grant is None:
        raise invalid("user_id", "BASE_TYPE_REQUIRED", "This field is required")
    wanted = str(user) if user is not None else (grant.user_id if grant else None) or ctx.state.owner["id"]
    kept = [item for item in subscriptions.values() if item["user_id"] == wanted]
    return json_response(_page(kept, ctx, default=50))


async def get_sku_subscription(ctx: RequestContext) -> web.Response:
    """One subscription of the SKU."""
    subscription = _sku_subscriptions(ctx).get(ctx.params["subscription"])
    if subscription is None:
        raise DiscordError.unknown("Subscription", 0)
    return json_response(subscription)


_ENTITLEMENT: typing.Final = "/applications/{application}/entitlements/{entitlement}"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template="/applications/{application}/skus", handler=get_skus),
    RouteSpec(method="GET", template="/applications/{application}/entitlements", handler=get_entitlements),
    RouteSpec(
        method="POST", template="/applications/{application}/entitlements", handler=post_test_entitlement
    ),
    RouteSpec(method="GET", template=_ENTITLEMENT, handler=get_entitlement),
    RouteSpec(method="DELETE", template=_ENTITLEMENT, handler=delete_test_entitlement),
    RouteSpec(method="POST", template=f"{_ENTITLEMENT}/consume", handler=post_consume),
    RouteSpec(method="GET", template="/skus/{sku}/subscriptions", handler=get_sku_subscriptions),
    RouteSpec(
        method="GET", template="/skus/{sku}/subscriptions/{subscription}", handler=get_sku_subscription
    ),
)
