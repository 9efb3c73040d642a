"""Every example bot starts against the emulated Discord, registers its commands and answers."""

from __future__ import annotations

import importlib

import pytest

import hikari_like
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

EXAMPLES = {
    "examples.ping_bot": ("ping", "Pong!"),
    "examples.tag_bot": ("tag", None),
    "examples.report_bot": ("report", "Here it is."),
}


@pytest.mark.parametrize(("module_name", "expected"), EXAMPLES.items(), ids=EXAMPLES.keys())
async def test_example_bot_runs(
    module_name: str, expected: tuple[str, str | None], discord: EmulatedDiscord
) -> None:
    command, reply = expected
    build_bot = importlib.import_module(module_name).build_bot
    bot: hikari_like.RESTBot = build_bot(discord.token, rest_url=discord.url, banner=None, logs=None)
    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        assert command in [registered["name"] for registered in discord.commands]
        options = (
            [payloads.subcommand("show", [payloads.option("name", "faq")])] if command == "tag" else None
        )
        payload = payloads.slash_command(command, options)
        response = await discord.send_interaction(bot.interaction_server.urls[0], payload)
        await bot.interaction_server.close_continuations(grace_period=5)
    finally:
        await bot.close()

    assert response.status == 200
    if reply is not None:
        original = discord.interactions[payload["token"]].original
        assert original is not None
        assert str(original["content"]).startswith(reply)


def test_asgi_example_is_an_asgi_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "token")
    module = importlib.import_module("examples.asgi_bot")

    assert isinstance(module.bot, hikari_like.AsgiBot)
    assert callable(module.bot)
