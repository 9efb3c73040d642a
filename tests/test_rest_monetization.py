"""Monetization endpoints against the emulated Discord over loopback: SKUs, entitlements with
Discord's filters, consuming, test entitlements, and an SKU's subscriptions."""

from __future__ import annotations

import datetime

import pytest

import hikari_like
from hikari_like import monetization
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import monetization_world as world

USER, OTHER = 5100, 5200


def _seed(discord: EmulatedDiscord) -> tuple[dict[str, object], dict[str, object], dict[str, object]]:
    store = discord.state.monetization
    return (
        store.add_sku("Gold Badge"),
        store.add_sku("Coin Pack", sku_type=world.CONSUMABLE),
        store.add_sku("Premium", sku_type=world.SUBSCRIPTION),
    )


async def test_skus_are_the_applications(rest: RESTClientImpl, discord: EmulatedDiscord) -> None:
    _seed(discord)
    skus = await rest.fetch_skus(discord.application_id)

    assert [(sku.name, sku.type) for sku in skus] == [
        ("Gold Badge", monetization.SKUType.DURABLE),
        ("Coin Pack", monetization.SKUType.CONSUMABLE),
        ("Premium", monetization.SKUType.SUBSCRIPTION),
        ("Premium", monetization.SKUType.SUBSCRIPTION_GROUP),
    ]
    assert skus[0].slug == "gold-badge"
    assert skus[0].application_id == int(discord.application_id)
    assert skus[2].flags == monetization.SKUFlags.AVAILABLE | monetization.SKUFlags.USER_SUBSCRIPTION
    with pytest.raises(hikari_like.NotFoundError) as caught:
        await rest.fetch_skus(1234)
    assert caught.value.code == 10002


async def test_entitlements_filtered_as_discord_does(rest: RESTClientImpl, discord: EmulatedDiscord) -> None:
    badge, coins, _ = _seed(discord)
    store = discord.state.monetization
    past = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    mine = store.grant(str(badge["id"]), user_id=str(USER))
    ended = store.grant(str(coins["id"]), user_id=str(USER), ends_at=past)
    theirs = store.grant(str(badge["id"]), user_id=str(OTHER))
    guild_owned = store.grant(str(coins["id"]), guild_id=discord.guild_id)
    app = discord.application_id

    def ids(entitlements: object) -> list[str]:
        return [str(entitlement.id) for entitlement in entitlements]  # type: ignore[attr-defined]

    assert ids(await rest.fetch_entitlements(app)) == [
        mine["id"],
        ended["id"],
        theirs["id"],
        guild_owned["id"],
    ]
    assert ids(await rest.fetch_entitlements(app, user=USER)) == [mine["id"], ended["id"]]
    assert ids(await rest.fetch_entitlements(app, user=USER, exclude_ended=True)) == [mine["id"]]
    assert ids(await rest.fetch_entitlements(app, guild=int(discord.guild_id))) == [guild_owned["id"]]
    assert ids(await rest.fetch_entitlements(app, skus=[int(str(badge["id"]))])) == [mine["id"], theirs["id"]]
    assert ids(await rest.fetch_entitlements(app, after=int(ended["id"]), limit=1)) == [theirs["id"]]
    assert ids(await rest.fetch_entitlements(app, before=int(theirs["id"]), limit=1)) == [ended["id"]]
    query = discord.requests_to("GET /applications/{application}/entitlements")[2].query
    assert query == {"user_id": str(USER), "exclude_ended": "true"}

    fetched = await rest.fetch_entitlement(app, int(ended["id"]))
    assert (fetched.user_id, fetched.guild_id, fetched.ends_at) == (USER, None, past)
    assert fetched.type is hikari_like.EntitlementType.PURCHASE
    with pytest.raises(hikari_like.BadRequestError):
        await rest.fetch_entitlements(app, limit=101)


async def test_consuming_a_consumable_once(rest: RESTClientImpl, discord: EmulatedDiscord) -> None:
    badge, coins, _ = _seed(discord)
    store = discord.state.monetization
    purse = store.grant(str(coins["id"]), user_id=str(USER))
    durable = store.grant(str(badge["id"]), user_id=str(USER))
    app = discord.application_id

    await rest.consume_entitlement(app, int(purse["id"]))

    assert (await rest.fetch_entitlement(app, int(purse["id"]))).is_consumed
    with pytest.raises(hikari_like.BadRequestError):
        await rest.consume_entitlement(app, int(purse["id"]))
    with pytest.raises(hikari_like.BadRequestError):
        await rest.consume_entitlement(app, int(durable["id"]))
    with pytest.raises(hikari_like.NotFoundError) as caught:
        await rest.consume_entitlement(app, 42)
    assert caught.value.code == 10029


async def test_test_entitlements_come_and_go(rest: RESTClientImpl, discord: EmulatedDiscord) -> None:
    badge, _, _ = _seed(discord)
    app = discord.application_id
    owner = monetization.EntitlementOwnerType

    for_user = await rest.create_test_entitlement(
        app, sku=int(str(badge["id"])), owner_id=USER, owner_type=owner.USER
    )
    for_guild = await rest.create_test_entitlement(
        app, sku=int(str(badge["id"])), owner_id=int(discord.guild_id), owner_type=owner.GUILD
    )
    await rest.delete_test_entitlement(app, for_user)

    assert (for_user.user_id, for_user.starts_at, for_user.ends_at) == (USER, None, None)
    assert for_user.type is hikari_like.EntitlementType.TEST_MODE_PURCHASE
    assert for_guild.guild_id == int(discord.guild_id)
    assert discord.requests_to("POST /applications/{application}/entitlements")[0].json == {
        "sku_id": str(badge["id"]),
        "owner_id": str(USER),
        "owner_type": 2,
    }
    assert [e.id for e in await rest.fetch_entitlements(app)] == [for_guild.id]
    deleted = await rest.fetch_entitlements(app, exclude_deleted=False)
    assert [(e.id, e.is_deleted) for e in deleted] == [(for_user.id, True), (for_guild.id, False)]
    with pytest.raises(hikari_like.NotFoundError) as unknown_sku:
        await rest.create_test_entitlement(app, sku=7, owner_id=USER, owner_type=owner.USER)
    assert unknown_sku.value.code == 10027
    with pytest.raises(hikari_like.BadRequestError):
        await rest.create_test_entitlement(app, sku=int(str(badge["id"])), owner_id=USER, owner_type=3)


async def test_subscriptions_of_an_sku(rest: RESTClientImpl, discord: EmulatedDiscord) -> None:
    _, _, premium = _seed(discord)
    store = discord.state.monetization
    sku = int(str(premium["id"]))
    subscription = store.subscribe(str(premium["id"]), str(USER))
    store.subscribe(str(premium["id"]), str(OTHER), status=1)

    listed = await rest.fetch_sku_subscriptions(sku, user=USER)
    one = await rest.fetch_sku_subscription(sku, int(subscription["id"]))

    assert listed == [one]
    assert (one.user_id, one.sku_ids, one.status) == (USER, [sku], monetization.SubscriptionStatus.ACTIVE)
    assert one.entitlement_ids == [int(subscription["entitlement_ids"][0])]
    assert one.current_period_end is not None
    assert one.current_period_start is not None
    assert one.current_period_end - one.current_period_start == datetime.timedelta(days=30)
    assert one.renewal_sku_ids is None
    assert one.canceled_at is None
    granted = await rest.fetch_entitlement(discord.application_id, one.entitlement_ids[0])
    assert granted.subscription_id == one.id
    with pytest.raises(hikari_like.BadRequestError):
        await rest.fetch_sku_subscriptions(sku)  # a bot token must name the user
    with pytest.raises(hikari_like.NotFoundError):
        await rest.fetch_sku_subscription(sku, 99)
    with pytest.raises(hikari_like.NotFoundError) as caught:
        await rest.fetch_sku_subscriptions(12, user=USER)
    assert caught.value.code == 10027


def test_models_read_discord_payloads_tolerantly() -> None:
    sku = monetization.SKU.from_payload(
        {"id": "1", "type": 99, "application_id": "2", "name": None, "flags": "x"}
    )
    assert (sku.type.is_known, sku.name, sku.slug, sku.flags) == (False, "", "", monetization.SKUFlags.NONE)
    subscription = monetization.Subscription.from_payload(
        {"id": "3", "user_id": "4", "status": 2, "sku_ids": ["5", "bad"], "country": "FR"}
    )
    assert (subscription.sku_ids, subscription.entitlement_ids, subscription.country) == ([5], [], "FR")
    assert subscription.status is monetization.SubscriptionStatus.INACTIVE
    with pytest.raises(TypeError):
        monetization.SKU.from_payload({"id": "1", "type": "2", "application_id": "2"})
    assert monetization.Entitlement is hikari_like.Entitlement


async def test_a_moment_is_a_cursor(rest: RESTClientImpl, discord: EmulatedDiscord) -> None:
    badge, _, _ = _seed(discord)
    entitlement = discord.state.monetization.grant(str(badge["id"]), user_id=str(USER))
    made = hikari_like.Snowflake(entitlement["id"]).created_at

    later = await rest.fetch_entitlements(discord.application_id, after=made + datetime.timedelta(seconds=1))
    earlier = await rest.fetch_entitlements(
        discord.application_id, after=made - datetime.timedelta(seconds=1)
    )

    assert (later, [e.id for e in earlier]) == ([], [int(entitlement["id"])])
