"""Setup mistakes that used to fail silently: a public key of another application, a token pasted
with its prefix or a line break, a token Discord refuses at start."""

from __future__ import annotations

import logging
import typing

import pytest

import hikari_like
from hikari_like import errors
from hikari_like.impl.bots.gateway_bot import GatewayBot
from hikari_like.impl.rest import RESTApp
from hikari_like.impl.server.asgi import AsgiAdapter
from hikari_like.impl.server.interaction_server import InteractionServer
from hikari_like.impl.server.key_mismatch import KeyMismatchWatch
from hikari_like.testing import InteractionClient
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.signing import KeyPair
from tests.helpers import FakeClock

_SERVER_LOG = "hikari_like.interaction_server"


def _mismatch_warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [
        record
        for record in caplog.records
        if record.name == _SERVER_LOG
        and record.levelno == logging.WARNING
        and "failed signature verification" in record.getMessage()
    ]


def _watch(server: InteractionServer, clock: FakeClock) -> None:
    # The minute is the watch's; a clock moved by the test makes it pass at once.
    server._key_watch = KeyMismatchWatch(clock=clock)


async def _send_pings(client: InteractionClient, count: int, clock: FakeClock, *, status: int) -> None:
    for _ in range(count):
        response = await client.send(payloads.ping())
        assert response.status == status
        clock.now += 30.0


async def test_a_minute_of_only_failures_warns_once(
    server: InteractionServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    _watch(server, clock)
    caplog.set_level(logging.WARNING, _SERVER_LOG)
    async with InteractionClient(server.urls[0], KeyPair.generate()) as stranger:
        await _send_pings(stranger, 8, clock, status=401)
    (warning,) = _mismatch_warnings(caplog)
    message = warning.getMessage()
    assert "DISCORD_PUBLIC_KEY" in message
    assert "Developer Portal" in message
    assert message.startswith("3 requests over the last 60s")


async def test_a_request_that_verifies_resets_the_streak(
    server: InteractionServer, key_pair: KeyPair, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    _watch(server, clock)
    caplog.set_level(logging.WARNING, _SERVER_LOG)
    async with (
        InteractionClient(server.urls[0], KeyPair.generate()) as stranger,
        InteractionClient(server.urls[0], key_pair) as discord,
    ):
        for _ in range(4):  # a scanner's probes among real traffic: never a warning
            await _send_pings(stranger, 2, clock, status=401)
            await _send_pings(discord, 1, clock, status=200)
        assert _mismatch_warnings(caplog) == []
        await _send_pings(stranger, 4, clock, status=401)
        await _send_pings(discord, 1, clock, status=200)
        await _send_pings(stranger, 4, clock, status=401)
    assert len(_mismatch_warnings(caplog)) == 2  # once per bad streak


async def test_a_few_failures_or_a_short_burst_do_not_warn(
    server: InteractionServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    _watch(server, clock)
    caplog.set_level(logging.WARNING, _SERVER_LOG)
    async with InteractionClient(server.urls[0], KeyPair.generate()) as stranger:
        for _ in range(10):  # ten failures within a second
            assert (await stranger.send(payloads.ping())).status == 401
        clock.now += 120.0
        await _send_pings(stranger, 1, clock, status=401)
    assert len(_mismatch_warnings(caplog)) == 1  # only once a minute has passed
    server._key_watch = KeyMismatchWatch(clock=clock)
    caplog.clear()
    async with InteractionClient(server.urls[0], KeyPair.generate()) as stranger:
        await _send_pings(stranger, 2, clock, status=401)  # two probes, minutes apart
        clock.now += 600.0
    assert _mismatch_warnings(caplog) == []


async def test_the_asgi_backend_shares_the_warning(
    key_pair: KeyPair, caplog: pytest.LogCaptureFixture
) -> None:
    server = InteractionServer(public_key=key_pair.public_key_hex)
    clock = FakeClock()
    _watch(server, clock)
    caplog.set_level(logging.WARNING, _SERVER_LOG)
    async with InteractionClient("http://bot/", KeyPair.generate(), app=AsgiAdapter(server)) as stranger:
        await _send_pings(stranger, 5, clock, status=401)
    assert len(_mismatch_warnings(caplog)) == 1


@pytest.mark.parametrize("prefix", ["Bot ", "bot ", "BEARER ", "  Bearer  "])
async def test_a_token_with_its_prefix_is_refused_with_an_explanation(prefix: str) -> None:
    token = prefix + "secret-token-value"
    async with RESTApp() as app:
        makers: list[typing.Callable[[], object]] = [
            lambda: hikari_like.RESTBot(token, banner=None, logs=None),
            lambda: hikari_like.AsgiBot(token, public_key=KeyPair.generate().public_key_hex),
            lambda: GatewayBot(token, banner=None, logs=None),
            lambda: app.acquire(token, "Bot"),
        ]
        _assert_each_refuses(makers)


def _assert_each_refuses(makers: list[typing.Callable[[], object]]) -> None:
    for make in makers:
        with pytest.raises(ValueError, match="pass the token alone") as caught:
            make()
        assert "secret-token-value" not in str(caught.value)
        assert "token_type" in str(caught.value)


def test_whitespace_around_a_token_is_removed_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, "hikari_like.rest")
    bot = hikari_like.RESTBot("secret-token-value\n", banner=None, logs=None)
    assert bot.rest.token_type == "Bot"
    (warning,) = [r for r in caplog.records if "whitespace or a line break" in r.getMessage()]
    assert "secret-token-value" not in warning.getMessage()
    with pytest.raises(ValueError, match="the token is empty"):
        hikari_like.RESTBot(" \n", banner=None, logs=None)


def _assert_explains_token(error: errors.UnauthorizedError) -> None:
    message = str(error)
    assert "Reset Token" in message
    assert "Developer Portal" in message
    assert "wrong-token" not in message
    assert error.status == 401
    assert error.route  # Discord's answer is kept on the one error, not chained
    assert error.__cause__ is None


async def test_a_refused_token_at_start_says_to_check_it(discord: EmulatedDiscord) -> None:
    bot = hikari_like.RESTBot("wrong-token", rest_url=discord.url, banner=None, logs=None)
    with pytest.raises(errors.UnauthorizedError) as caught:
        await bot.start(host="127.0.0.1", port=0)
    _assert_explains_token(caught.value)
    assert "public key" in str(caught.value)
    assert not bot.is_alive


async def test_a_refused_token_at_gateway_bot_start_says_to_check_it(discord: EmulatedDiscord) -> None:
    bot = GatewayBot("wrong-token", rest_url=discord.url, banner=None, logs=None)
    with pytest.raises(errors.UnauthorizedError) as caught:
        await bot.start()
    _assert_explains_token(caught.value)
    assert "/gateway/bot" in str(caught.value)
