"""Webhook events across transports and workers: one listener for the gateway's ENTITLEMENT_CREATE
and the webhook event's, and one dispatch per event when two workers share a Redis replay store."""

from __future__ import annotations

import asyncio
import typing

import pytest

import hikari_like
from hikari_like.impl.bots.gateway_bot import GatewayBot
from hikari_like.impl.rest.redis import RedisStore
from hikari_like.testing import webhook_events
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from tests import redis_server
from tests.helpers import TOKEN

EVENTS_PATH: typing.Final = "/events"


async def _bot_serving_events(discord: EmulatedDiscord, **options: typing.Any) -> hikari_like.RESTBot:
    bot = hikari_like.RESTBot(
        discord.token,
        rest_url=discord.url,
        banner=None,
        logs=None,
        webhook_events_path=EVENTS_PATH,
        **options,
    )
    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=10)
    return bot


async def test_the_gateways_entitlement_create_reaches_the_same_listener(discord: EmulatedDiscord) -> None:
    received: list[tuple[str, int, bool]] = []

    async def on_purchase(event: hikari_like.EntitlementCreateEvent) -> None:
        received.append((type(event).__name__, int(event.entitlement.sku_id), event.shard is None))

    entitlement = webhook_events.entitlement(sku_id="4242", user_id="77")
    async with EmulatedGateway(token=TOKEN) as gateway:
        discord.gateway.attach(gateway, shards=1, max_concurrency=1)
        gateway_bot = GatewayBot(discord.token, rest_url=discord.url, banner=None, logs=None)
        gateway_bot.subscribe(hikari_like.EntitlementCreateEvent, on_purchase)
        await gateway_bot.start()
        try:
            waiting = asyncio.ensure_future(
                gateway_bot.wait_for(hikari_like.EntitlementCreateEvent, timeout=20)
            )
            await gateway.dispatch("ENTITLEMENT_CREATE", entitlement, shard_id=0)
            await waiting
        finally:
            await gateway_bot.close()
    rest_bot = await _bot_serving_events(discord)
    rest_bot.subscribe(hikari_like.EntitlementCreateEvent, on_purchase)
    try:
        waiting = asyncio.ensure_future(rest_bot.wait_for(hikari_like.EntitlementCreateEvent, timeout=20))
        url = rest_bot.interaction_server.urls[0] + EVENTS_PATH
        delivery = await discord.send_webhook_event(url, webhook_events.entitlement_create(entitlement))
        await waiting
    finally:
        await rest_bot.close()  # drains the listener
    assert delivery.status == 204
    assert received == [("EntitlementCreateEvent", 4242, False), ("EntitlementCreateEvent", 4242, True)]


@pytest.fixture
def redis() -> typing.Iterator[redis_server.RedisServer]:
    with redis_server.running_redis() as server:
        yield server


async def test_a_redelivery_to_another_worker_is_not_dispatched_again(
    redis: redis_server.RedisServer, discord: EmulatedDiscord
) -> None:
    stores = [RedisStore.from_url(redis.url), RedisStore.from_url(redis.url)]
    workers = [await _bot_serving_events(discord, replay_store=store) for store in stores]
    seen: list[int] = []
    for index, worker in enumerate(workers):

        async def listener(event: hikari_like.ApplicationAuthorizedEvent, index: int = index) -> None:
            seen.append(index)

        worker.subscribe(hikari_like.ApplicationAuthorizedEvent, listener)
    try:
        urls = [worker.interaction_server.urls[0] + EVENTS_PATH for worker in workers]
        first = await discord.send_webhook_event(urls[0], webhook_events.application_authorized())
        # Discord retries at the same URL; behind a load balancer that is any worker.
        retry = await discord.send_webhook_event(urls[1], first.payload)
    finally:
        for worker in workers:
            await worker.close()
        for store in stores:
            await store.close()
    assert (first.status, retry.status) == (204, 204)
    assert seen == [0]
