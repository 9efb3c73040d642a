# A hikari REST-bot program, written against hikari 2.7's public API. The test runs this exact
# source twice: with `import hikari` (the reference) and with `import hikari_like as hikari`.
from __future__ import annotations

import asyncio
import typing

import hikari  # the test rewrites this line for hikari_like

ANSWERS: list[str] = []


async def register_commands(bot: hikari.RESTBot) -> None:
    application = await bot.rest.fetch_application()
    await bot.rest.set_application_commands(
        application.id,
        [
            bot.rest.slash_command_builder("ping", "Check the bot").add_option(
                hikari.CommandOption(type=hikari.OptionType.STRING, name="note", description="A note")
            ),
            bot.rest.slash_command_builder("report", "A slow report"),
            bot.rest.slash_command_builder("later", "Answer over REST"),
        ],
    )


async def on_command(interaction: hikari.CommandInteraction) -> typing.Any:
    if interaction.command_name == "later":
        await interaction.create_initial_response(hikari.ResponseType.MESSAGE_CREATE, "answered over REST")
        return None
    embed = hikari.Embed(title="Pong", description="still here", color=hikari.Color(0x57F287))
    embed.add_field("latency", "fast", inline=True).set_footer("hikari-style")
    row = hikari.impl.MessageActionRowBuilder().add_interactive_button(
        hikari.ButtonStyle.PRIMARY, "again", label="Again"
    )
    return interaction.build_response().set_content("pong").add_embed(embed).add_component(row)


async def on_report(interaction: hikari.CommandInteraction) -> typing.AsyncGenerator[typing.Any, None]:
    yield interaction.build_deferred_response().set_flags(hikari.MessageFlag.EPHEMERAL)
    await asyncio.sleep(0.05)
    await interaction.edit_initial_response(
        "report ready", attachment=hikari.Bytes(b"a,b\n1,2\n", "report.csv")
    )
    await interaction.execute("a followup")
    ANSWERS.append("report delivered")


async def on_component(interaction: hikari.ComponentInteraction) -> typing.Any:
    return interaction.build_modal_response("Feedback", "feedback").add_component(
        hikari.impl.ModalActionRowBuilder().add_text_input("text", "Your feedback")
    )


async def route(interaction: hikari.CommandInteraction) -> typing.AsyncGenerator[typing.Any, None]:
    if interaction.command_name == "report":
        async for step in on_report(interaction):
            yield step
        return
    yield await on_command(interaction)


def build_bot(token: str, public_key: str, rest_url: str) -> hikari.RESTBot:
    bot = hikari.RESTBot(token, "Bot", public_key=public_key, rest_url=rest_url, banner=None, logs=None)
    bot.set_listener(hikari.CommandInteraction, route)
    bot.set_listener(hikari.ComponentInteraction, on_component)
    bot.add_startup_callback(register_commands)
    return bot
