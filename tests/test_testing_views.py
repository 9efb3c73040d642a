"""Issue #21: waiting for the work after `yield`, the typed views of what the emulated Discord
received, and the gateway counterpart of `send_interaction`."""

from __future__ import annotations

import asyncio
import typing

import pytest

import hikari_like as hikari
from hikari_like import impl
from hikari_like import testing
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing import payloads
from hikari_like.testing import settling
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway

ResponseType = hikari.ResponseType


async def deferring(
    interaction: hikari.CommandInteraction,
) -> typing.AsyncGenerator[impl.InteractionDeferredBuilder, None]:
    yield interaction.build_deferred_response()
    await asyncio.sleep(0.05)  # the work a test must wait for
    await interaction.edit_initial_response("done")
    await interaction.execute("and one more")


@pytest.fixture
async def bot(discord: EmulatedDiscord) -> typing.AsyncIterator[hikari.RESTBot]:
    rest_bot = hikari.RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None)
    rest_bot.set_listener(hikari.CommandInteraction, deferring)
    await rest_bot.start(host="127.0.0.1", port=0, shutdown_timeout=1)
    yield rest_bot
    await rest_bot.close()


async def test_waiting_for_continuations_then_reading_the_views(
    discord: EmulatedDiscord, bot: hikari.RESTBot
) -> None:
    payload = payloads.slash_command("slow")
    await discord.send_interaction(bot.interaction_server.urls[0], payload)
    await testing.wait_for_continuations(bot)

    received = discord.received(payload)
    assert discord.last_received.token == payload["token"]
    assert received.response is not None
    assert received.response.type is ResponseType.DEFERRED_MESSAGE_CREATE
    assert [edit.body.get("content") for edit in received.edits] == ["done"]
    assert received.original is not None
    assert received.original.content == "done"
    assert [message.content for message in received.followups] == ["and one more"]
    assert [m.content for m in discord.channel_messages(payload["channel_id"])] == ["done", "and one more"]


async def test_a_continuation_outlasting_the_wait_is_named(
    discord: EmulatedDiscord, bot: hikari.RESTBot
) -> None:
    async def forever(
        interaction: hikari.CommandInteraction,
    ) -> typing.AsyncGenerator[impl.InteractionMessageBuilder, None]:
        yield interaction.build_response().set_content("started")
        await asyncio.Event().wait()  # cancelled when the bot closes

    bot.set_listener(hikari.CommandInteraction, forever, replace=True)
    payload = payloads.slash_command("forever")
    await discord.send_interaction(bot.interaction_server.urls[0], payload)
    with pytest.raises(settling.ContinuationTimeoutError) as caught:
        await testing.wait_for_continuations(bot, timeout=0.2)
    running = caught.value.running
    assert any("in forever" in entry and payload["id"] in entry for entry in running)


async def test_registered_commands_are_typed(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    await rest.create_slash_command(discord.application_id, "ping", "Answers pong")
    (command,) = discord.registered_commands()
    assert command.name == "ping"
    assert command.type is hikari.CommandType.SLASH
    assert command.guild_id is None
    assert discord.registered_commands(discord.guild_id) == []


async def test_a_gateway_bot_answers_an_interaction_sent_over_the_gateway(discord: EmulatedDiscord) -> None:
    async with EmulatedGateway(token=discord.token) as gateway:
        discord.gateway.attach(gateway)
        bot = hikari.GatewayBot(discord.token, rest_url=discord.url, banner=None, logs=None)
        bot.set_listener(hikari.CommandInteraction, deferring)
        await bot.start()
        try:
            reply = await gateway.send_interaction(discord, payloads.slash_command("slow"))
        finally:
            await bot.close()
    assert reply.status is None  # no HTTP answer over the gateway
    assert reply.type is ResponseType.DEFERRED_MESSAGE_CREATE
    assert reply.content == "done"
    assert [message.content for message in reply.followups] == ["and one more"]
