"""Issue #21: a "thinking..." deferral never completed while its token lasts is logged once,
naming the listener; one completed by an edit, a followup or a deletion (through the interaction
or `bot.rest`), or still open at shutdown, is not."""

from __future__ import annotations

import asyncio
import logging
import typing

import pytest

import hikari_like
from hikari_like import app_commands
from hikari_like import impl
from hikari_like import testing
from hikari_like.impl.server.deferral_watch import DeferralWatch
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

_LIFETIME: typing.Final = 0.2  # seconds: the token lifetime the tests give the watch
_Deferring = typing.AsyncGenerator[impl.InteractionDeferredBuilder, None]


def _watch(bot: hikari_like.RESTBot) -> DeferralWatch:
    watch = bot.interaction_server.deferral_watch
    assert watch is not None
    return watch


@pytest.fixture
def short_tokens(bot: hikari_like.RESTBot) -> DeferralWatch:
    watch = _watch(bot)
    watch.token_lifetime = _LIFETIME
    return watch


def _never_completed(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.levelno == logging.WARNING and "never completed" in record.getMessage()
    ]


async def _warnings_after_expiry(caplog: pytest.LogCaptureFixture, expected: int = 1) -> list[str]:
    # The timer fires _LIFETIME after the deferral; a busy machine may take longer.
    for _ in range(200):
        found = _never_completed(caplog)
        if len(found) >= expected:
            return found
        await asyncio.sleep(0.05)
    return _never_completed(caplog)


async def _send(discord: EmulatedDiscord, bot: hikari_like.RESTBot, name: str = "report") -> str:
    payload = payloads.slash_command(name)
    await discord.send_interaction(bot.interaction_server.urls[0], payload)
    await testing.wait_for_continuations(bot)
    return str(payload["token"])


async def forgets_to_answer(interaction: hikari_like.CommandInteraction) -> _Deferring:
    yield interaction.build_deferred_response()


async def test_a_deferral_never_completed_is_logged_once_naming_the_listener(
    bot: hikari_like.RESTBot,
    discord: EmulatedDiscord,
    short_tokens: DeferralWatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, "hikari_like.interaction_server")
    bot.set_listener(hikari_like.CommandInteraction, forgets_to_answer)
    await _send(discord, bot)
    (warning,) = await _warnings_after_expiry(caplog)
    assert "forgets_to_answer" in warning
    assert "command 'report'" in warning
    assert "edit_initial_response" in warning  # says how to complete one
    await asyncio.sleep(_LIFETIME * 2)
    assert len(_never_completed(caplog)) == 1  # once, not again
    assert short_tokens.pending == 0


async def answers_late(interaction: hikari_like.CommandInteraction) -> _Deferring:
    yield interaction.build_deferred_response()
    await interaction.edit_initial_response("done")


async def follows_up(interaction: hikari_like.CommandInteraction) -> _Deferring:
    yield interaction.build_deferred_response()
    await interaction.execute("done, as a followup")


async def withdraws(interaction: hikari_like.CommandInteraction) -> _Deferring:
    yield interaction.build_deferred_response()
    await interaction.delete_initial_response()


async def edits_over_bot_rest(interaction: hikari_like.CommandInteraction) -> _Deferring:
    yield interaction.build_deferred_response()
    await interaction.app.rest.edit_interaction_response(interaction.application_id, interaction.token, "ok")


@pytest.mark.parametrize("listener", [answers_late, follows_up, withdraws, edits_over_bot_rest])
async def test_a_completed_deferral_is_not_reported(
    bot: hikari_like.RESTBot,
    discord: EmulatedDiscord,
    short_tokens: DeferralWatch,
    caplog: pytest.LogCaptureFixture,
    listener: typing.Callable[[hikari_like.CommandInteraction], _Deferring],
) -> None:
    bot.set_listener(hikari_like.CommandInteraction, listener)
    await _send(discord, bot)
    assert short_tokens.pending == 0  # completed: its timer is cancelled, no warning can come
    await asyncio.sleep(_LIFETIME * 2)
    assert not _never_completed(caplog)


async def defers_over_rest(interaction: hikari_like.CommandInteraction) -> None:
    await interaction.create_initial_response(hikari_like.ResponseType.DEFERRED_MESSAGE_CREATE)


async def test_a_deferral_sent_over_rest_is_watched_too(
    bot: hikari_like.RESTBot,
    discord: EmulatedDiscord,
    short_tokens: DeferralWatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot.set_listener(hikari_like.CommandInteraction, defers_over_rest)
    await _send(discord, bot)
    (warning,) = await _warnings_after_expiry(caplog)
    assert "defers_over_rest" in warning


async def test_an_update_deferral_of_a_component_is_not_watched(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord, short_tokens: DeferralWatch
) -> None:
    # DEFERRED_MESSAGE_UPDATE shows nothing to the user: there is no "thinking..." left behind.
    async def on_button(interaction: hikari_like.ComponentInteraction) -> impl.InteractionDeferredBuilder:
        return interaction.build_deferred_response(hikari_like.ResponseType.DEFERRED_MESSAGE_UPDATE)

    bot.set_listener(hikari_like.ComponentInteraction, on_button)
    await discord.send_interaction(bot.interaction_server.urls[0], payloads.button_press("vote"))
    assert short_tokens.pending == 0


async def test_deferrals_open_at_shutdown_are_dropped_without_a_warning(
    discord: EmulatedDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    bot = hikari_like.RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None)
    await bot.start(host="127.0.0.1", port=0)
    watch = _watch(bot)
    watch.token_lifetime = 1.0
    bot.set_listener(hikari_like.CommandInteraction, forgets_to_answer)
    await _send(discord, bot)
    assert watch.pending == 1
    await bot.close()
    assert watch.pending == 0
    await asyncio.sleep(1.5)
    assert not _never_completed(caplog)


async def test_auto_defer_completed_by_the_late_answer_is_not_reported(
    discord: EmulatedDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    async def slow(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        await asyncio.sleep(0.3)
        return interaction.build_response().set_content("late but there")

    bot = hikari_like.RESTBot(
        discord.token, rest_url=discord.url, banner=None, logs=None, auto_defer_after=0.05
    )
    bot.set_listener(hikari_like.CommandInteraction, slow)
    await bot.start(host="127.0.0.1", port=0)
    try:
        watch = _watch(bot)
        watch.token_lifetime = _LIFETIME
        token = await _send(discord, bot)
        original = discord.received(token).original
        assert original is not None
        assert original.content == "late but there"
        assert watch.pending == 0
    finally:
        await bot.close()
    assert not _never_completed(caplog)


async def test_the_command_layer_names_the_handler_not_its_router(
    bot: hikari_like.RESTBot,
    discord: EmulatedDiscord,
    short_tokens: DeferralWatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = app_commands.Client(bot, sync_on_start=False)

    @client.slash("export", "Exports, slowly")
    async def export_everything(ctx: app_commands.SlashContext) -> None:
        await ctx.defer()

    user = testing.CommandSession(client, discord)
    async with user:
        await user.invoke("export")
        (warning,) = await _warnings_after_expiry(caplog)
    assert "export_everything" in warning
    assert "_on_command" not in warning
