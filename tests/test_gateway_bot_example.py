"""examples/gateway_bot.py runs against the emulators: `/ping` over the gateway, and `!ping` messages."""

from __future__ import annotations

import typing

import pytest

from examples import gateway_bot as example
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from tests.test_examples import imports_as_in_a_script  # noqa: F401 - a fixture
from tests.test_gateway_bot import deliver
from tests.test_gateway_bot import gateway  # noqa: F401 - a fixture
from tests.test_gateway_bot import wired  # noqa: F401 - a fixture


@pytest.mark.usefixtures("imports_as_in_a_script")
async def test_the_example_answers_the_command_and_the_message(
    wired: EmulatedDiscord,  # noqa: F811 - the fixture
    gateway: EmulatedGateway,  # noqa: F811 - the fixture
) -> None:
    bot = example.build_bot(wired.token, rest_url=wired.url, banner=None, logs=None)
    await bot.start()
    try:
        assert "ping" in [registered["name"] for registered in wired.commands]
        token = await deliver(wired, gateway, payloads.slash_command("ping"))
        message: dict[str, typing.Any] = {
            "id": "300000000000000003",
            "channel_id": wired.channel_id,
            "guild_id": wired.guild_id,
            "author": {"id": "200000000000000002", "username": "someone"},
            "content": "!ping",
            "timestamp": "2024-05-01T12:00:00.000000+00:00",
        }
        await gateway.dispatch("MESSAGE_CREATE", message, shard_id=0)
        await gateway.wait_until(lambda: bool(wired.messages[wired.channel_id]))
        await gateway.wait_until(lambda: wired.interactions[token].original is not None)
    finally:
        await bot.close()

    original = wired.interactions[token].original
    assert original is not None
    assert str(original["content"]).startswith("Pong!")
    assert wired.messages[wired.channel_id][-1]["content"] == "Pong! (from shard 0)"
