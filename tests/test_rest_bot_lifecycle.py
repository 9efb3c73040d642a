"""RESTBot's lifecycle against the emulated Discord, over real loopback sockets."""

from __future__ import annotations

import asyncio
import socket
import typing

import pytest

import hikari_like
from hikari_like import errors
from hikari_like import traits
from hikari_like.impl.bots.rest_bot import RESTBot
from hikari_like.impl.rest import token_strategies
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

if typing.TYPE_CHECKING:
    from hikari_like.impl.builders import InteractionMessageBuilder

TOKEN = "lifecycle-token"


@pytest.fixture
async def discord(key_pair: KeyPair) -> typing.AsyncIterator[EmulatedDiscord]:
    # The application's key is the one our test client signs with, as on Discord.
    async with EmulatedDiscord(token=TOKEN, key_pair=key_pair) as emulator:
        yield emulator


def make_bot(discord: EmulatedDiscord, **options: typing.Any) -> RESTBot:
    options.setdefault("banner", None)
    options.setdefault("logs", None)
    options.setdefault("token", TOKEN)
    return RESTBot(rest_url=discord.url, **options)


async def start(bot: RESTBot) -> str:
    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    return bot.interaction_server.urls[0] + "/"


def alive(bot: RESTBot) -> tuple[bool, bool, bool]:
    """Whether the bot, its REST client and its server are running (in one value, so type
    checkers do not narrow a property across an `await`)."""
    return bot.is_alive, bot.rest.is_alive, bot.interaction_server.is_alive


async def pong(interaction: hikari_like.CommandInteraction) -> InteractionMessageBuilder:
    return interaction.build_response().set_content("pong")


async def test_start_serve_and_close(discord: EmulatedDiscord, key_pair: KeyPair) -> None:
    bot = make_bot(discord, public_key=key_pair.public_key_hex)
    bot.set_listener(hikari_like.CommandInteraction, pong)
    assert bot.get_listener(hikari_like.CommandInteraction) is pong
    assert repr(bot).endswith("stopped)")

    url = await start(bot)
    assert alive(bot) == (True, True, True)
    async with InteractionClient(url, key_pair) as client:
        response = await client.send(payloads.slash_command("ping"))
    assert response.status == 200
    assert response.json()["data"]["content"] == "pong"

    await bot.close()
    assert alive(bot) == (False, False, False)
    with pytest.raises(errors.ComponentStateConflictError):
        await bot.join()


async def test_the_public_key_is_fetched_at_start(discord: EmulatedDiscord, key_pair: KeyPair) -> None:
    bot = make_bot(discord)
    ping = InteractionClient("http://unused/", key_pair).sign(b'{"type":1}')
    signature, timestamp = ping.headers["X-Signature-Ed25519"], ping.headers["X-Signature-Timestamp"]

    before = await bot.on_interaction(ping.body, signature.encode(), timestamp.encode())
    assert before.status_code == 401  # nothing verifies until the real key is known

    url = await start(bot)
    try:
        assert [r.route for r in discord.requests] == ["GET /oauth2/applications/@me"]
        async with InteractionClient(url, key_pair) as client:
            response = await client.send(payloads.ping())
        assert response.status == 200
        assert response.json() == {"type": 1}
    finally:
        await bot.close()


async def test_callbacks_run_in_order_around_the_server(discord: EmulatedDiscord, key_pair: KeyPair) -> None:
    bot = make_bot(discord, public_key=key_pair.public_key)
    seen: list[tuple[str, bool, bool]] = []

    def callback(name: str) -> typing.Callable[[RESTBot], typing.Coroutine[typing.Any, typing.Any, None]]:
        async def record(received: RESTBot) -> None:
            assert received is bot
            seen.append((name, bot.interaction_server.is_alive, bot.rest.is_alive))

        return record

    first, second, removed = callback("start 1"), callback("start 2"), callback("removed")
    for startup in (first, second, removed):
        bot.add_startup_callback(startup)
    bot.remove_startup_callback(removed)
    bot.add_shutdown_callback(callback("stop 1"))
    bot.add_shutdown_callback(callback("stop 2"))
    assert bot.on_startup == (first, second)
    assert len(bot.on_shutdown) == 2

    await start(bot)
    await bot.close()

    # Startup callbacks: REST open, server not listening yet. Shutdown: server closed, REST still open.
    assert seen == [
        ("start 1", False, True),
        ("start 2", False, True),
        ("stop 1", False, True),
        ("stop 2", False, True),
    ]
    with pytest.raises(ValueError, match="not in list"):
        bot.remove_shutdown_callback(removed)


async def test_a_bad_token_leaves_the_bot_closed(discord: EmulatedDiscord) -> None:
    bot = make_bot(discord, token="not-the-token")
    started: list[RESTBot] = []

    async def on_start(received: RESTBot) -> None:
        started.append(received)

    bot.add_startup_callback(on_start)
    with pytest.raises(errors.UnauthorizedError):
        await start(bot)
    assert alive(bot) == (False, False, False)
    assert started == []
    with pytest.raises(errors.ComponentStateConflictError):
        await bot.close()


async def test_a_port_in_use_leaves_the_bot_closed_and_restartable(
    discord: EmulatedDiscord, key_pair: KeyPair
) -> None:
    bot = make_bot(discord, public_key=key_pair.public_key_hex)
    stopped: list[str] = []

    async def on_stop(_: RESTBot) -> None:
        stopped.append("stopped")

    bot.add_shutdown_callback(on_stop)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(OSError, match="ddress"):
            await bot.start(host="127.0.0.1", port=taken.getsockname()[1])
    assert alive(bot) == (False, False, False)
    assert stopped == ["stopped"]  # the startup callbacks had run, so their counterparts did too

    await start(bot)
    await bot.close()
    assert stopped == ["stopped", "stopped"]


async def test_a_failing_startup_callback_fails_the_start(
    discord: EmulatedDiscord, key_pair: KeyPair
) -> None:
    bot = make_bot(discord, public_key=key_pair.public_key_hex)
    stopped: list[str] = []

    async def broken(_: RESTBot) -> None:
        raise LookupError("no database")

    async def on_stop(_: RESTBot) -> None:
        stopped.append("stopped")

    bot.add_startup_callback(broken)
    bot.add_shutdown_callback(on_stop)
    with pytest.raises(LookupError, match="no database"):
        await start(bot)
    assert alive(bot) == (False, False, False)
    assert stopped == []


async def test_every_shutdown_callback_runs_and_the_first_error_is_raised(
    discord: EmulatedDiscord, key_pair: KeyPair, caplog: pytest.LogCaptureFixture
) -> None:
    bot = make_bot(discord, public_key=key_pair.public_key_hex)
    ran: list[str] = []

    async def broken(_: RESTBot) -> None:
        ran.append("broken")
        raise LookupError("first")

    async def later(_: RESTBot) -> None:
        ran.append("later")

    bot.add_shutdown_callback(broken)
    bot.add_shutdown_callback(later)
    await start(bot)
    with pytest.raises(LookupError, match="first"):
        await bot.close()
    assert ran == ["broken", "later"]
    assert alive(bot) == (False, False, False)
    assert "shutdown callback" in caplog.text


async def test_close_finishes_requests_in_flight(discord: EmulatedDiscord, key_pair: KeyPair) -> None:
    bot = make_bot(discord, public_key=key_pair.public_key_hex)
    entered = asyncio.Event()
    order: list[str] = []

    async def slow(interaction: hikari_like.CommandInteraction) -> InteractionMessageBuilder:
        entered.set()
        await asyncio.sleep(0.3)
        order.append("answered")
        return interaction.build_response().set_content("late but fine")

    async def on_stop(_: RESTBot) -> None:
        order.append("shutdown callback")

    bot.set_listener(hikari_like.CommandInteraction, slow)
    bot.add_shutdown_callback(on_stop)
    url = await start(bot)
    async with InteractionClient(url, key_pair) as client:
        request = asyncio.create_task(client.send(payloads.slash_command("slow")))
        await entered.wait()
        await asyncio.gather(bot.close(), bot.close())  # a second close waits for the same shutdown
        response = await request
    assert response.status == 200
    assert response.json()["data"]["content"] == "late but fine"
    assert order == ["answered", "shutdown callback"]


async def test_cancelling_a_close_does_not_cut_the_shutdown_short(
    discord: EmulatedDiscord, key_pair: KeyPair
) -> None:
    bot = make_bot(discord, public_key=key_pair.public_key_hex)
    stopped = asyncio.Event()

    async def slow_stop(_: RESTBot) -> None:
        await asyncio.sleep(0.1)
        stopped.set()

    bot.add_shutdown_callback(slow_stop)
    await start(bot)
    closing = asyncio.create_task(bot.close())
    await asyncio.sleep(0.02)
    closing.cancel()
    await bot.join()
    assert stopped.is_set()
    assert alive(bot) == (False, False, False)
    assert closing.cancelled()


async def test_interactions_reach_the_bot_and_its_rest_client(
    discord: EmulatedDiscord, key_pair: KeyPair
) -> None:
    bot = make_bot(discord, public_key=key_pair.public_key_hex)
    apps: list[traits.RESTAware] = []

    async def remember_app(interaction: hikari_like.CommandInteraction) -> InteractionMessageBuilder:
        if interaction.command_name == "boom":
            raise LookupError("boom")
        apps.append(interaction.app)
        me = await interaction.app.rest.fetch_my_user()
        return interaction.build_response().set_content(me.username)

    async def on_error(
        interaction: hikari_like.PartialInteraction, exception: Exception
    ) -> InteractionMessageBuilder:
        assert isinstance(interaction, hikari_like.CommandInteraction)
        return interaction.build_response().set_content(f"sorry: {exception}")

    bot.set_listener(hikari_like.CommandInteraction, remember_app)
    bot.set_error_handler(on_error)
    url = await start(bot)
    try:
        async with InteractionClient(url, key_pair) as client:
            response = await client.send(payloads.slash_command("me"))
            failed = await client.send(payloads.slash_command("boom"))
    finally:
        await bot.close()
    assert apps[0] is bot
    assert response.json()["data"]["content"] == discord.state.bot_user["username"]
    assert failed.json()["data"]["content"] == "sorry: boom"


async def test_state_errors_are_clear(discord: EmulatedDiscord, key_pair: KeyPair) -> None:
    bot = make_bot(discord, public_key=key_pair.public_key_hex)
    with pytest.raises(errors.ComponentStateConflictError, match="not running"):
        await bot.close()
    await start(bot)
    try:
        with pytest.raises(errors.ComponentStateConflictError, match="already running"):
            await bot.start()
        with pytest.raises(errors.ComponentStateConflictError, match="already running"):
            bot.run()
    finally:
        await bot.close()
    with pytest.raises(errors.ComponentStateConflictError, match="running loop"):
        bot.run()


def test_tokens_and_options(key_pair: KeyPair) -> None:
    bot = RESTBot("  a-token ", public_key=key_pair.public_key, banner=None, logs=None)
    assert bot.rest.token_type == "Bot"
    assert RESTBot("a-token", "Bearer", key_pair.public_key, logs=None).rest.token_type == "Bearer"

    strategy = token_strategies.StaticTokenStrategy("a-token", "Bot")
    assert RESTBot(strategy, public_key=key_pair.public_key, logs=None).rest.token_type == "Bot"
    with pytest.raises(ValueError, match="token_type"):
        RESTBot(strategy, "Bot", key_pair.public_key, logs=None)  # type: ignore[call-overload]

    as_trait: traits.RESTBotAware = bot  # checked by mypy, too
    assert isinstance(as_trait, traits.RESTBotAware)
    assert bot.auto_defer_after is None
    assert RESTBot("t", public_key=key_pair.public_key, auto_defer_after=2.5).auto_defer_after == 2.5
    with pytest.raises(ValueError, match="auto_defer_after"):
        RESTBot("t", public_key=key_pair.public_key, auto_defer_after=3.0)
    with pytest.raises(ValueError, match="public_key"):
        RESTBot("t", public_key="not hex")
    with pytest.raises(ValueError, match="VERBOSE"):
        RESTBot("t", public_key=key_pair.public_key, logs="VERBOSE")
