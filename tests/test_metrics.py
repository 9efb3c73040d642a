"""The Prometheus `/metrics` endpoint, scraped over loopback and read with prometheus-client's parser."""

from __future__ import annotations

import asyncio
import sys
import typing

import aiohttp
import pytest
from prometheus_client import parser

import hikari_like
from hikari_like import impl
from hikari_like.impl.metrics import MetricsSettings
from hikari_like.impl.metrics import hooks
from hikari_like.impl.server.interaction_server import InteractionServer
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import FaultKind

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


@pytest.fixture(autouse=True)
def fresh_collector() -> typing.Iterator[None]:
    """Each test counts from zero: the collector is the process's."""
    hooks.uninstall()
    yield
    hooks.uninstall()


def parse(text: str) -> Samples:
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in parser.text_string_to_metric_families(text)
        for sample in family.samples
    }


async def scrape(session: aiohttp.ClientSession, url: str, token: str | None = None) -> Samples:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with session.get(url, headers=headers) as response:
        assert response.status == 200, await response.text()
        assert response.content_type == "text/plain"
        return parse(await response.text())


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


async def answer(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
    return interaction.build_response().set_content("hi")


@pytest.fixture
async def bot(discord: EmulatedDiscord) -> typing.AsyncIterator[hikari_like.RESTBot]:
    rest_bot = hikari_like.RESTBot(
        discord.token,
        rest_url=discord.url,
        banner=None,
        logs=None,
        auto_defer_after=0.05,
        metrics=MetricsSettings(token="s3cret"),
    )
    await rest_bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    yield rest_bot
    await rest_bot.close()


def metrics_url(bot: hikari_like.RESTBot) -> str:
    return bot.interaction_server.urls[0] + "/metrics"


async def test_interactions_are_counted_by_type_and_status(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    bot.set_listener(hikari_like.CommandInteraction, answer)
    for _ in range(3):
        await discord.send_interaction(bot.interaction_server.urls[0], payloads.slash_command("hi"))

    samples = await scrape(session, metrics_url(bot), "s3cret")

    kind = {"type": "CommandInteraction"}
    assert value(samples, "hikari_like_interactions_total", status="200", **kind) == 3
    assert value(samples, "hikari_like_listener_latency_seconds_count", **kind) == 3
    assert value(samples, "hikari_like_listener_latency_seconds_bucket", le="+Inf", **kind) == 3


async def test_rest_requests_are_counted_by_route_and_status(
    bot: hikari_like.RESTBot, session: aiohttp.ClientSession
) -> None:
    await bot.rest.fetch_application()

    samples = await scrape(session, metrics_url(bot), "s3cret")

    assert (
        value(samples, "hikari_like_rest_requests_total", route="GET /oauth2/applications/@me", status="200")
        >= 1
    )


async def test_an_auto_defer_is_counted(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    async def slow(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        await asyncio.sleep(0.25)
        return interaction.build_response().set_content("late")

    bot.set_listener(hikari_like.CommandInteraction, slow)
    await discord.send_interaction(bot.interaction_server.urls[0], payloads.slash_command("slow"))
    await bot.interaction_server.close_continuations(grace_period=5)

    samples = await scrape(session, metrics_url(bot), "s3cret")

    assert value(samples, "hikari_like_auto_defers_total", type="CommandInteraction") == 1
    # The late answer went over REST: that request is counted too.
    routes = {
        dict(labels).get("route") for name, labels in samples if name == "hikari_like_rest_requests_total"
    }
    assert "PATCH /webhooks/{webhook}/{token}/messages/@original" in routes


async def test_a_deadline_miss_is_counted(key_pair: KeyPair, session: aiohttp.ClientSession) -> None:
    server = InteractionServer(public_key=key_pair.public_key_hex, metrics=MetricsSettings())

    async def too_slow(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        await asyncio.sleep(3.1)  # past Discord's 3 seconds
        return interaction.build_response().set_content("too late")

    server.set_listener(hikari_like.CommandInteraction, too_slow)
    await server.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        async with InteractionClient(server.urls[0], key_pair, timeout=30) as client:
            assert (await client.send(payloads.slash_command("slow"))).status == 200
        samples = await scrape(session, server.urls[0] + "/metrics")
    finally:
        await server.close()

    assert value(samples, "hikari_like_deadline_misses_total", type="CommandInteraction") == 1


async def test_a_scrape_needs_the_token(bot: hikari_like.RESTBot, session: aiohttp.ClientSession) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic s3cret"}):
        async with session.get(metrics_url(bot), headers=headers) as response:
            assert response.status == 401
            assert response.headers["WWW-Authenticate"].startswith("Bearer")
    async with session.post(metrics_url(bot), headers={"Authorization": "Bearer s3cret"}) as response:
        assert response.status == 405


async def test_metrics_are_off_by_default(server: InteractionServer, session: aiohttp.ClientSession) -> None:
    async with session.get(server.urls[0] + "/metrics") as response:
        assert response.status == 404
    assert hooks.current is None


def test_turning_metrics_on_without_prometheus_client_names_the_extra(
    key_pair: KeyPair, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "prometheus_client", None)  # what an uninstalled one does

    with pytest.raises(ImportError, match=r"hikari_like\[metrics\]"):
        InteractionServer(public_key=key_pair.public_key_hex, metrics=MetricsSettings())
    assert hooks.current is None


def test_the_metrics_path_cannot_be_the_interaction_path(key_pair: KeyPair) -> None:
    with pytest.raises(ValueError, match="interaction path"):
        InteractionServer(public_key=key_pair.public_key_hex, metrics=MetricsSettings(path="/"))


CREATE: typing.Final = "POST /channels/{channel}/messages"


async def test_429s_and_rate_limit_waits_are_counted(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    discord.faults.add(route=CREATE, kind=FaultKind.SHARED_429, retry_after=0.2)
    discord.faults.add(route=CREATE, kind=FaultKind.GLOBAL_429, retry_after=0.2)

    await bot.rest.create_message(discord.channel_id, "through")  # two 429s, waited out

    samples = await scrape(session, metrics_url(bot), "s3cret")

    assert value(samples, "hikari_like_rest_rate_limited_total", route=CREATE, scope="shared") == 1
    assert value(samples, "hikari_like_rest_rate_limited_total", route=CREATE, scope="global") == 1
    assert value(samples, "hikari_like_rest_requests_total", route=CREATE, status="429") == 2
    assert value(samples, "hikari_like_rest_requests_total", route=CREATE, status="200") == 1
    assert value(samples, "hikari_like_rest_rate_limit_wait_seconds_count", route=CREATE) >= 1


async def test_gateway_reconnects_are_counted_by_shard() -> None:
    from hikari_like.impl.gateway import GatewayShardImpl
    from hikari_like.impl.gateway import GatewayTimings
    from hikari_like.impl.gateway import IdentifyLimiter
    from hikari_like.impl.metrics import exposition
    from hikari_like.intents import Intents
    from hikari_like.testing.gateway import EmulatedGateway
    from hikari_like.testing.gateway import EventRecorder

    metrics = hooks.install()
    async with EmulatedGateway(token="gateway-token", heartbeat_interval=5.0) as gateway:
        shard = GatewayShardImpl(
            token="gateway-token",
            url=gateway.url,
            intents=Intents.GUILDS,
            event_consumer=EventRecorder(),
            identify_limiter=IdentifyLimiter(1, 1000, 86_400.0, window=0.01),
            timings=GatewayTimings(reconnect_base=0.01, reconnect_cap=0.05),
        )
        await shard.start()
        try:
            assert metrics.gateway_reconnects == {}  # the first connection is not a reconnect
            await gateway.reconnect()
            await gateway.wait_until(lambda: gateway.resumes == 1 and shard.is_connected)
            await gateway.reconnect()
            await gateway.wait_until(lambda: gateway.resumes == 2 and shard.is_connected)
        finally:
            await shard.close()

    samples = parse(exposition.render(metrics).decode())
    assert value(samples, "hikari_like_gateway_reconnects_total", shard="0") == 2
