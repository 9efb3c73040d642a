"""GatewayBot against the emulated Discord (REST) and the emulated gateway: shards, events, interactions."""

from __future__ import annotations

import asyncio
import logging
import math
import typing

import pytest

import hikari_like
from hikari_like import events
from hikari_like.impl.bots.gateway_bot import GatewayBot
from hikari_like.impl.gateway import GatewayError
from hikari_like.intents import Intents
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from tests.helpers import TOKEN
from tests.helpers import first_beat_after

MESSAGE = {
    "id": "300000000000000003",
    "channel_id": "400000000000000004",
    "guild_id": "500000000000000005",
    "author": {"id": "200000000000000002", "username": "someone", "discriminator": "0"},
    "content": "!ping",
    "timestamp": "2024-05-01T12:00:00.000000+00:00",
    "type": 0,
}


@pytest.fixture
async def gateway() -> typing.AsyncIterator[EmulatedGateway]:
    async with EmulatedGateway(token=TOKEN) as emulated:
        yield emulated


@pytest.fixture
def wired(discord: EmulatedDiscord, gateway: EmulatedGateway) -> EmulatedDiscord:
    """The emulated Discord's `/gateway/bot` pointing at the emulated gateway, recommending two shards.

    `max_concurrency=2` lets both identify at once, so no test waits out the 5 s identify window.
    """
    discord.gateway.attach(gateway, shards=2, max_concurrency=2)
    return discord


def make_bot(discord: EmulatedDiscord, **options: typing.Any) -> GatewayBot:
    return GatewayBot(discord.token, rest_url=discord.url, banner=None, logs=None, **options)


@pytest.fixture
async def running(wired: EmulatedDiscord) -> typing.AsyncIterator[GatewayBot]:
    # Every intent: the tests send it events of every kind, privileged ones too, and listening to
    # one the bot's intents rule out would warn (MissingIntentWarning).
    bot = make_bot(wired, intents=Intents.ALL)
    await bot.start()
    yield bot
    if bot.is_alive:
        await bot.close()


async def deliver(discord: EmulatedDiscord, gateway: EmulatedGateway, payload: dict[str, typing.Any]) -> str:
    """Issue the interaction in the REST emulator, then send it over shard 0; return its token."""
    payload = {**payload, "application_id": discord.application_id}
    discord.issue_interaction(
        type=payload["type"],
        interaction_id=payload["id"],
        token=payload["token"],
        channel_id=payload.get("channel_id"),
        guild_id=payload.get("guild_id"),
    )
    await gateway.dispatch("INTERACTION_CREATE", payload, shard_id=0)
    return str(payload["token"])


async def test_two_shards_start_and_lifetime_and_shard_events_fire_in_order(wired: EmulatedDiscord) -> None:
    bot = make_bot(wired)
    seen: list[tuple[str, int | None]] = []

    @bot.listen()
    async def record(event: events.Event) -> None:
        shard = getattr(event, "shard", None)
        seen.append((type(event).__name__, None if shard is None else shard.id))

    await bot.start()
    assert sorted(bot.shards) == [0, 1]
    assert bot.shard_count == 2
    await bot.close()

    assert seen[0] == ("StartingEvent", None)
    for shard_id in (0, 1):
        mine = [name for name, shard in seen if shard == shard_id]
        assert mine == [
            "ShardConnectedEvent",
            "ShardPayloadEvent",
            "ShardReadyEvent",
            "ShardDisconnectedEvent",
        ]
    lifetime = [name for name, shard in seen if shard is None]
    assert lifetime == ["StartingEvent", "StartedEvent", "StoppingEvent", "StoppedEvent"]
    names = [name for name, _ in seen]
    assert names.index("StartedEvent") > max(i for i, name in enumerate(names) if name == "ShardReadyEvent")
    assert names.index("StoppingEvent") < min(
        i for i, name in enumerate(names) if name == "ShardDisconnectedEvent"
    )
    assert not bot.is_alive


async def test_a_message_reaches_its_listener(running: GatewayBot, gateway: EmulatedGateway) -> None:
    received: asyncio.Queue[events.MessageCreateEvent] = asyncio.Queue()

    @running.listen()
    async def on_message(event: events.GuildMessageCreateEvent) -> None:
        await received.put(event)

    waiting = asyncio.create_task(running.wait_for(events.MessageCreateEvent, timeout=5))
    await gateway.dispatch("MESSAGE_CREATE", MESSAGE, shard_id=1)
    event = await asyncio.wait_for(received.get(), 5)

    assert await waiting is event
    assert event.content == "!ping"
    assert event.shard.id == 1
    assert event.app is running
    assert isinstance(event, events.GuildMessageCreateEvent)
    assert event.guild_id == 500000000000000005


async def test_a_gateway_interaction_is_answered_over_rest_by_the_http_listener(
    running: GatewayBot, wired: EmulatedDiscord, gateway: EmulatedGateway
) -> None:
    from examples.raw_listeners_bot import ping  # the listener the low-level HTTP example uses

    running.set_listener(hikari_like.CommandInteraction, ping)
    seen = asyncio.create_task(running.wait_for(events.CommandInteractionCreateEvent, timeout=5))
    token = await deliver(wired, gateway, payloads.slash_command("ping"))
    event = await seen
    await gateway.wait_until(lambda: wired.interactions[token].response is not None)

    response = wired.interactions[token].response
    assert response is not None
    assert response.type == 4
    original = wired.interactions[token].original
    assert original is not None
    assert str(original["content"]).startswith("Pong!")
    assert event.interaction.app is running


async def test_a_generator_listener_continues_after_the_callback_and_files_go_as_multipart(
    running: GatewayBot, wired: EmulatedDiscord, gateway: EmulatedGateway
) -> None:
    followed_up = asyncio.Event()

    async def with_file(
        interaction: hikari_like.CommandInteraction,
    ) -> typing.AsyncGenerator[hikari_like.impl.InteractionMessageBuilder, None]:
        yield (
            interaction.build_response()
            .set_content("here")
            .add_attachment(hikari_like.Bytes(b"data", "a.txt"))
        )
        await interaction.execute("and a followup")
        followed_up.set()

    running.set_listener(hikari_like.CommandInteraction, with_file)
    token = await deliver(wired, gateway, payloads.slash_command("file"))
    await asyncio.wait_for(followed_up.wait(), 5)

    response = wired.interactions[token].response
    assert response is not None
    assert [recorded.data for recorded in response.files] == [b"data"]
    assert [message["content"] for message in wired.followups[token]] == ["and a followup"]


async def test_no_listener_and_a_none_answer_send_nothing(
    running: GatewayBot, wired: EmulatedDiscord, gateway: EmulatedGateway, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="hikari_like.gateway_interactions"):
        unanswered = await deliver(wired, gateway, payloads.slash_command("nobody"))
        await gateway.wait_until(lambda: "has no listener" in caplog.text)

    answered_itself = asyncio.Event()

    async def answer_itself(interaction: hikari_like.CommandInteraction) -> None:
        await interaction.create_initial_response(hikari_like.ResponseType.MESSAGE_CREATE, "by hand")
        answered_itself.set()

    running.set_listener(hikari_like.CommandInteraction, answer_itself)
    by_hand = await deliver(wired, gateway, payloads.slash_command("manual"))
    await asyncio.wait_for(answered_itself.wait(), 5)
    await asyncio.sleep(0.05)

    assert wired.interactions[unanswered].response is None
    assert [r.path.endswith("/callback") for r in wired.requests].count(True) == 1
    original = wired.interactions[by_hand].original
    assert original is not None
    assert original["content"] == "by hand"


async def test_a_failed_callback_is_logged_with_the_rest_error(
    running: GatewayBot, gateway: EmulatedGateway, caplog: pytest.LogCaptureFixture
) -> None:
    async def pong(interaction: hikari_like.CommandInteraction) -> hikari_like.impl.InteractionMessageBuilder:
        return interaction.build_response().set_content("pong")

    running.set_listener(hikari_like.CommandInteraction, pong)
    payload = payloads.slash_command("ping")  # never issued: Discord answers 404 Unknown interaction
    with caplog.at_level(logging.ERROR, logger="hikari_like.gateway_interactions"):
        await gateway.dispatch("INTERACTION_CREATE", payload, shard_id=0)
        await gateway.wait_until(lambda: "could not send the initial response" in caplog.text)

    assert "NotFoundError" in caplog.text
    assert payload["token"] not in caplog.text


async def test_presence_goes_to_every_shard_and_member_requests_to_the_guilds_shard(
    running: GatewayBot, gateway: EmulatedGateway
) -> None:
    await running.update_presence(status=hikari_like.presences.Status.IDLE)
    await running.request_guild_members(1 << 22, query="a")  # (id >> 22) % 2 == 1

    await gateway.wait_until(lambda: 8 in gateway.ops_sent(1))
    assert 3 in gateway.ops_sent(0)
    assert 3 in gateway.ops_sent(1)
    assert 8 not in gateway.ops_sent(0)


async def test_a_process_can_run_a_subset_of_the_shards(
    wired: EmulatedDiscord, gateway: EmulatedGateway
) -> None:
    bot = make_bot(wired)
    await bot.start(shard_ids=[1])
    try:
        assert list(bot.shards) == [1]
        assert bot.shard_count == 2
        assert [session.shard for session in gateway.sessions.values()] == [(1, 2)]
        with pytest.raises(RuntimeError, match="shard 0"):
            await bot.request_guild_members(2 << 22, query="a")
    finally:
        await bot.close()


async def test_declared_capabilities_go_in_every_shards_identify(
    wired: EmulatedDiscord, gateway: EmulatedGateway
) -> None:
    obfuscation = hikari_like.GatewayCapabilities.CHANNEL_OBFUSCATION
    bot = make_bot(wired, capabilities=obfuscation)
    assert bot.capabilities is obfuscation
    await bot.start()
    try:
        assert {shard.capabilities for shard in bot.shards.values()} == {obfuscation}
        assert [session.capabilities for session in gateway.sessions.values()] == [1 << 15, 1 << 15]
    finally:
        await bot.close()


async def test_a_bot_declaring_no_capabilities_sends_no_capabilities_field(
    wired: EmulatedDiscord, gateway: EmulatedGateway
) -> None:
    bot = make_bot(wired)
    assert bot.capabilities is hikari_like.GatewayCapabilities.NONE
    await bot.start()
    try:
        identifies = [command.d for command in gateway.commands if command.op == 2]
        assert len(identifies) == 2
        assert all("capabilities" not in identify for identify in identifies)
    finally:
        await bot.close()


async def test_get_me_is_the_bots_user_from_ready_and_user_update(
    wired: EmulatedDiscord, gateway: EmulatedGateway
) -> None:
    bot = make_bot(wired, intents=Intents.ALL)
    assert bot.get_me() is None  # nothing heard yet
    await bot.start()
    try:
        me = bot.get_me()
        assert isinstance(me, hikari_like.OwnUser)
        assert (me.id, me.username) == (int(gateway.user["id"]), gateway.user["username"])

        renamed = {**gateway.user, "username": "renamed-bot"}
        updated = asyncio.create_task(bot.wait_for(hikari_like.OwnUserUpdateEvent, timeout=5))
        await asyncio.sleep(0)  # the waiter is registered before the dispatch can arrive
        await gateway.dispatch("USER_UPDATE", renamed, shard_id=0)
        event = await updated
        assert bot.get_me() is event.user
        assert event.user.username == "renamed-bot"
    finally:
        await bot.close()


async def test_shard_ids_outside_the_shard_count_are_refused(wired: EmulatedDiscord) -> None:
    bot = make_bot(wired)
    with pytest.raises(ValueError, match="subset of range"):
        await bot.start(shard_ids=[2])
    assert not bot.is_alive


async def test_a_fatal_close_fails_the_start_and_releases_everything(
    wired: EmulatedDiscord, gateway: EmulatedGateway
) -> None:
    gateway.allowed_intents = int(Intents.GUILDS)
    bot = make_bot(wired, intents=Intents.ALL_UNPRIVILEGED)
    calls: list[str] = []

    async def on_startup(bot: GatewayBot) -> None:
        calls.append("startup")

    async def on_shutdown(bot: GatewayBot) -> None:
        calls.append("shutdown")

    bot.add_startup_callback(on_startup)
    bot.add_shutdown_callback(on_shutdown)
    with pytest.raises(GatewayError, match="4014"):
        await bot.start()

    assert calls == ["startup", "shutdown"]
    assert not bot.is_alive
    assert not bot.rest.is_alive
    assert bot.shards == {}


async def test_a_shard_that_dies_later_closes_the_bot_and_join_raises(
    running: GatewayBot, gateway: EmulatedGateway
) -> None:
    stopped = asyncio.create_task(running.wait_for(events.StoppedEvent, timeout=5))
    await gateway.close_connections(4004, "Authentication failed", shard_id=0)

    with pytest.raises(GatewayError):
        await asyncio.wait_for(running.join(), 5)
    await stopped
    assert not running.is_alive


async def test_lifecycle_misuse_is_refused(running: GatewayBot, wired: EmulatedDiscord) -> None:
    with pytest.raises(hikari_like.errors.ComponentStateConflictError):
        await running.start()
    idle = make_bot(wired)
    with pytest.raises(hikari_like.errors.ComponentStateConflictError):
        await idle.close()
    with pytest.raises(hikari_like.errors.ComponentStateConflictError):
        await idle.update_presence(afk=True)
    assert repr(running) == "GatewayBot(shards=[0, 1], running)"
    assert TOKEN not in repr(running)
    assert math.isnan(running.heartbeat_latency)  # no heartbeat acknowledged yet


async def test_heartbeat_latency_is_the_mean_of_the_shards(
    wired: EmulatedDiscord, gateway: EmulatedGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_beat_after(monkeypatch, 0.0)  # each shard beats right after HELLO, then every 41 s
    bot = make_bot(wired)
    await bot.start()
    try:
        await gateway.wait_until(lambda: not any(map(math.isnan, bot.heartbeat_latencies.values())))
        latencies = bot.heartbeat_latencies
        assert sorted(latencies) == [0, 1]
        assert bot.heartbeat_latency == pytest.approx(sum(latencies.values()) / 2)
    finally:
        await bot.close()
