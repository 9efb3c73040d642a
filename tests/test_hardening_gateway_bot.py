"""A GatewayBot outlives whatever its gateway sends: malformed frames, bad events, oversized payloads (#16).

Each test runs a real `GatewayBot` against the emulated Discord (REST) and the emulated gateway
(a websocket on loopback, zlib-stream as the bot uses by default), sends something broken, then a
real message, and checks that the bot is still running and its listener got the message.
"""

from __future__ import annotations

import asyncio
import logging
import typing

import pytest

from hikari_like import events
from hikari_like.impl.bots.gateway_bot import GatewayBot
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from hikari_like.testing.gateway import padded_heartbeat_ack
from tests.helpers import TOKEN
from tests.test_gateway_bot import MESSAGE as GUILD_MESSAGE

WITHIN = 15.0  # the bot reconnects after a protocol error with its real backoff (0.5-1 s first)
MESSAGE = {**GUILD_MESSAGE, "content": "still here"}


@pytest.fixture
async def gateway(discord: EmulatedDiscord) -> typing.AsyncIterator[EmulatedGateway]:
    async with EmulatedGateway(token=TOKEN, heartbeat_interval=0.5) as emulated:
        discord.gateway.attach(emulated, shards=1)
        yield emulated


class Messages:
    """The bot's GuildMessageCreateEvent listener, and a way to wait for the next one."""

    def __init__(self, bot: GatewayBot) -> None:
        self.received: asyncio.Queue[events.GuildMessageCreateEvent] = asyncio.Queue()
        bot.subscribe(events.GuildMessageCreateEvent, self._on_message)

    async def _on_message(self, event: events.GuildMessageCreateEvent) -> None:
        await self.received.put(event)

    async def next(self) -> events.GuildMessageCreateEvent:
        return await asyncio.wait_for(self.received.get(), WITHIN)


async def still_delivers(bot: GatewayBot, gateway: EmulatedGateway, messages: Messages) -> None:
    await gateway.dispatch("MESSAGE_CREATE", MESSAGE)
    event = await messages.next()
    assert event.content == "still here"
    assert bot.is_alive


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.startswith("hikari_like") and r.levelno >= logging.WARNING]


def make_bot(discord: EmulatedDiscord, **options: typing.Any) -> GatewayBot:
    return GatewayBot(discord.token, rest_url=discord.url, banner=None, logs=None, **options)


async def test_malformed_frames_one_after_another_never_stop_the_bot(
    discord: EmulatedDiscord, gateway: EmulatedGateway, caplog: pytest.LogCaptureFixture
) -> None:
    bot = make_bot(discord)
    messages = Messages(bot)
    # The first READY has a user that is not an object (the bot used to stop on it at once).
    gateway.rewrite_next(0, lambda p: {**p, "d": {**p["d"], "user": "nobody", "guilds": 3}}, t="READY")
    with caplog.at_level(logging.WARNING):
        await asyncio.wait_for(bot.start(), WITHIN)
        try:
            await still_delivers(bot, gateway, messages)
            await gateway.send_raw(b'{"op":0,"s":"12","t":"MESSAGE_CREATE","d":{}}')  # a string `s`
            await gateway.wait_until(lambda: gateway.resumes == 2, within=WITHIN)
            await still_delivers(bot, gateway, messages)
            gateway.rewrite_next(10, lambda p: {"op": 10, "d": {"heartbeat_interval": "soon"}})
            await gateway.reconnect()  # the next connection's HELLO has no numeric interval
            await gateway.wait_until(lambda: gateway.resumes == 3, within=WITHIN)
            await still_delivers(bot, gateway, messages)
        finally:
            await bot.close()
    assert gateway.identifies == 1  # one session all along
    logged = [r.getMessage() for r in warnings_of(caplog)]
    assert len(logged) == 3, logged
    assert all(r.exc_info is None for r in warnings_of(caplog))


async def test_an_event_the_factory_cannot_build_is_skipped_with_one_warning_for_many(
    discord: EmulatedDiscord, gateway: EmulatedGateway, caplog: pytest.LogCaptureFixture
) -> None:
    bot = make_bot(discord)
    messages = Messages(bot)
    raw: list[events.ShardPayloadEvent] = []

    async def on_raw(event: events.ShardPayloadEvent) -> None:
        raw.append(event)

    bot.subscribe(events.ShardPayloadEvent, on_raw)
    await asyncio.wait_for(bot.start(), WITHIN)
    try:
        with caplog.at_level(logging.WARNING):
            for index in range(20):
                # A well-formed dispatch whose message has no author: the model cannot be built.
                await gateway.dispatch("MESSAGE_CREATE", {"id": str(index), "channel_id": "4"})
            await still_delivers(bot, gateway, messages)
        await gateway.wait_until(lambda: sum(e.name == "MESSAGE_CREATE" for e in raw) == 21, within=WITHIN)
        assert messages.received.empty()  # the 20 broken ones never reached the typed listener
        assert gateway.connections == 1  # a model error is not a protocol error: no reconnect
    finally:
        await bot.close()
    (warning,) = warnings_of(caplog)
    assert warning.name == "hikari_like.event_factory"
    assert warning.exc_info is None
    assert "could not parse a MESSAGE_CREATE dispatch (KeyError" in warning.getMessage()


async def test_a_payload_over_the_bots_cap_is_refused_and_the_bot_resumes(
    discord: EmulatedDiscord, gateway: EmulatedGateway, caplog: pytest.LogCaptureFixture
) -> None:
    bot = make_bot(discord, max_gateway_payload_size=2 * 1024 * 1024)
    messages = Messages(bot)
    await asyncio.wait_for(bot.start(), WITHIN)
    try:
        with caplog.at_level(logging.WARNING):
            await gateway.send_raw(padded_heartbeat_ack(16 * 1024 * 1024))  # ~16 KB compressed
            await gateway.wait_until(lambda: gateway.resumes == 1, within=WITHIN)
            await still_delivers(bot, gateway, messages)
    finally:
        await bot.close()
    (warning,) = warnings_of(caplog)
    assert "larger than max_payload_size (2097152 bytes)" in warning.getMessage()
