"""Auto-defer: a slow listener is answered in time, and its message arrives over REST afterwards."""

from __future__ import annotations

import asyncio
import typing

import pytest

import hikari_like
from hikari_like import impl
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

LOADING = 1 << 7
SLOW = 0.25


@pytest.fixture
async def bot(discord: EmulatedDiscord) -> typing.AsyncIterator[hikari_like.RESTBot]:
    rest_bot = hikari_like.RESTBot(
        discord.token, rest_url=discord.url, banner=None, logs=None, auto_defer_after=0.05
    )
    await rest_bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    yield rest_bot
    await rest_bot.close()


async def send(bot: hikari_like.RESTBot, discord: EmulatedDiscord, payload: dict[str, typing.Any]) -> int:
    """Deliver `payload`, wait for the bot's late work, and return the HTTP response's type."""
    response = await discord.send_interaction(bot.interaction_server.urls[0], payload)
    await bot.interaction_server.close_continuations(grace_period=5)
    return int(response.json()["type"])


async def test_a_fast_listener_is_answered_directly(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    async def fast(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        return interaction.build_response().set_content("quick")

    bot.set_listener(hikari_like.CommandInteraction, fast)

    assert await send(bot, discord, payloads.slash_command("quick")) == 4


async def test_a_slow_command_is_deferred_then_its_message_replaces_the_placeholder(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    async def slow(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        await asyncio.sleep(SLOW)
        return (
            interaction.build_response().set_content("worth the wait").add_embed(hikari_like.Embed(title="T"))
        )

    bot.set_listener(hikari_like.CommandInteraction, slow)
    payload = payloads.slash_command("slow")

    assert await send(bot, discord, payload) == 5
    original = discord.interactions[payload["token"]].original
    assert original is not None
    assert original["content"] == "worth the wait"
    assert original["embeds"][0]["title"] == "T"
    assert not original["flags"] & LOADING


async def test_a_late_ephemeral_answer_stays_private(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    async def slow(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        await asyncio.sleep(SLOW)
        return interaction.build_response().set_content("secret").set_flags(hikari_like.MessageFlag.EPHEMERAL)

    bot.set_listener(hikari_like.CommandInteraction, slow)
    payload = payloads.slash_command("secret")

    assert await send(bot, discord, payload) == 5
    assert discord.interactions[payload["token"]].original is None, "the public placeholder is gone"
    (followup,) = discord.followups[payload["token"]]
    assert followup["content"] == "secret"
    assert followup["flags"] & hikari_like.MessageFlag.EPHEMERAL


async def test_a_slow_component_is_deferred_as_an_update(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    async def slow(interaction: hikari_like.ComponentInteraction) -> impl.InteractionMessageBuilder:
        await asyncio.sleep(SLOW)
        return interaction.build_response(hikari_like.ResponseType.MESSAGE_CREATE).set_content("new message")

    bot.set_listener(hikari_like.ComponentInteraction, slow)
    payload = payloads.button_press("slow")

    assert await send(bot, discord, payload) == 6
    (followup,) = discord.followups[payload["token"]]
    assert followup["content"] == "new message"


async def test_a_modal_cannot_follow_a_deferral(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    async def slow(interaction: hikari_like.CommandInteraction) -> impl.InteractionModalBuilder:
        await asyncio.sleep(SLOW)
        return interaction.build_modal_response("Too late", "late")

    bot.set_listener(hikari_like.CommandInteraction, slow)
    payload = payloads.slash_command("form")

    assert await send(bot, discord, payload) == 5
    assert "only a message can follow a deferral" in caplog.text
    assert discord.interactions[payload["token"]].original is None


async def test_a_late_error_is_answered_by_the_error_handler(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    async def slow(interaction: hikari_like.CommandInteraction) -> None:
        await asyncio.sleep(SLOW)
        raise LookupError("no such report")

    async def on_error(
        interaction: hikari_like.PartialInteraction, exception: Exception
    ) -> impl.InteractionMessageBuilder:
        assert isinstance(interaction, hikari_like.CommandInteraction)
        return interaction.build_response().set_content(f"Sorry: {exception}")

    bot.set_listener(hikari_like.CommandInteraction, slow)
    bot.set_error_handler(on_error)
    payload = payloads.slash_command("report")

    assert await send(bot, discord, payload) == 5
    original = discord.interactions[payload["token"]].original
    assert original is not None
    assert original["content"] == "Sorry: no such report"


async def test_a_late_error_without_handler_removes_the_placeholder(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    async def slow(interaction: hikari_like.CommandInteraction) -> None:
        await asyncio.sleep(SLOW)
        raise LookupError("no such report")

    bot.set_listener(hikari_like.CommandInteraction, slow)
    payload = payloads.slash_command("report")

    assert await send(bot, discord, payload) == 5
    assert "no such report" in caplog.text
    assert discord.interactions[payload["token"]].original is None


async def test_a_slow_generator_continues_after_its_late_answer(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    async def slow(
        interaction: hikari_like.CommandInteraction,
    ) -> typing.AsyncGenerator[impl.InteractionMessageBuilder, None]:
        await asyncio.sleep(SLOW)
        yield interaction.build_response().set_content("first")
        await interaction.execute("and then")

    bot.set_listener(hikari_like.CommandInteraction, slow)
    payload = payloads.slash_command("chain")

    assert await send(bot, discord, payload) == 5
    original = discord.interactions[payload["token"]].original
    assert original is not None
    assert original["content"] == "first"
    assert [message["content"] for message in discord.followups[payload["token"]]] == ["and then"]


async def test_autocomplete_is_never_deferred(bot: hikari_like.RESTBot, discord: EmulatedDiscord) -> None:
    async def slow(interaction: hikari_like.AutocompleteInteraction) -> impl.InteractionAutocompleteBuilder:
        await asyncio.sleep(SLOW)
        return interaction.build_response([])

    bot.set_listener(hikari_like.AutocompleteInteraction, slow)
    payload = payloads.autocomplete("x", [payloads.option("q", "", focused=True)])

    assert await send(bot, discord, payload) == 8


@pytest.mark.parametrize("after", [0, -1, 3, 5])
def test_auto_defer_must_beat_the_deadline(after: float) -> None:
    with pytest.raises(ValueError, match="auto_defer_after"):
        hikari_like.RESTBot("token", auto_defer_after=after)
