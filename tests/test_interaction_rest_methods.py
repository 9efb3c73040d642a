"""The interaction methods that go over REST, end to end: a RESTBot, the emulated Discord, and
real signed interactions delivered by it."""

from __future__ import annotations

import typing

import pytest

import hikari_like
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord


def url_of(bot: hikari_like.RESTBot) -> str:
    return bot.interaction_server.urls[0]


async def test_defer_then_edit_with_attachment_and_followups(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    async def on_command(
        interaction: hikari_like.CommandInteraction,
    ) -> typing.AsyncGenerator[hikari_like.impl.InteractionDeferredBuilder, None]:
        yield interaction.build_deferred_response()
        await interaction.edit_initial_response(
            "report ready", attachment=hikari_like.Bytes(b"a,b\n", "r.csv")
        )
        followup = await interaction.execute("and a private note", flags=hikari_like.MessageFlag.EPHEMERAL)
        await interaction.edit_message(followup, "an edited private note")
        fetched = await interaction.fetch_message(followup)
        assert fetched.content == "an edited private note"
        original = await interaction.fetch_initial_response()
        assert original.content == "report ready"
        temporary = await interaction.execute("soon gone")
        await interaction.delete_message(temporary)

    bot.set_listener(hikari_like.CommandInteraction, on_command)
    payload = payloads.slash_command("report")

    response = await discord.send_interaction(url_of(bot), payload)
    await bot.interaction_server.close_continuations(grace_period=5)

    assert response.json()["type"] == 5
    (followup,) = discord.followups[payload["token"]]
    assert followup["content"] == "an edited private note"
    assert followup["flags"] & 64
    interaction = discord.interactions[payload["token"]]
    assert interaction.response is not None


async def test_answering_over_rest_instead_of_returning_a_builder(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    async def on_command(interaction: hikari_like.CommandInteraction) -> None:
        await interaction.create_initial_response(hikari_like.ResponseType.MESSAGE_CREATE, "over REST")

    bot.set_listener(hikari_like.CommandInteraction, on_command)
    payload = payloads.slash_command("rest")

    response = await discord.send_interaction(url_of(bot), payload)

    assert response.status == 204
    recorded = discord.interaction_responses[payload["token"]]
    assert recorded.type == 4
    assert recorded.data == {"content": "over REST", "allowed_mentions": {"parse": []}}


async def test_modal_and_autocomplete_over_rest(bot: hikari_like.RESTBot, discord: EmulatedDiscord) -> None:
    async def on_component(interaction: hikari_like.ComponentInteraction) -> None:
        row = hikari_like.impl.ModalActionRowBuilder().add_text_input("why", "Why?")
        await interaction.create_modal_response("Tell us", "form", component=row)

    async def on_autocomplete(interaction: hikari_like.AutocompleteInteraction) -> None:
        await interaction.create_response([hikari_like.impl.AutocompleteChoiceBuilder(name="a", value="a")])

    bot.set_listener(hikari_like.ComponentInteraction, on_component)
    bot.set_listener(hikari_like.AutocompleteInteraction, on_autocomplete)
    button = payloads.button_press("open")
    typed = payloads.autocomplete("fruit", [payloads.option("name", "a", focused=True)])

    await discord.send_interaction(url_of(bot), button)
    await discord.send_interaction(url_of(bot), typed)

    assert discord.interaction_responses[button["token"]].type == 9
    assert discord.interaction_responses[typed["token"]].data == {"choices": [{"name": "a", "value": "a"}]}


async def test_delete_initial_response(bot: hikari_like.RESTBot, discord: EmulatedDiscord) -> None:
    async def on_command(
        interaction: hikari_like.CommandInteraction,
    ) -> typing.AsyncGenerator[hikari_like.impl.InteractionMessageBuilder, None]:
        yield interaction.build_response().set_content("short-lived")
        await interaction.delete_initial_response()
        with pytest.raises(hikari_like.NotFoundError):
            await interaction.fetch_initial_response()

    bot.set_listener(hikari_like.CommandInteraction, on_command)

    await discord.send_interaction(url_of(bot), payloads.slash_command("gone"))
    await bot.interaction_server.close_continuations(grace_period=5)
