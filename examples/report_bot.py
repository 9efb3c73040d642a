"""Slow work done right: a generator listener, auto-defer for the unexpected, an error handler.

    DISCORD_TOKEN=... DISCORD_PUBLIC_KEY=... python examples/report_bot.py

`/report` defers at once, builds a CSV, delivers it by editing the original response and adds a
private followup. `/flaky` sometimes takes too long (auto-defer answers in time for it) and
sometimes fails (the error handler tells the user, privately).
"""

from __future__ import annotations

import asyncio
import os
import random
import typing

import hikari_like as hikari


async def on_command(
    interaction: hikari.CommandInteraction,
) -> typing.AsyncGenerator[
    hikari.impl.InteractionMessageBuilder | hikari.impl.InteractionDeferredBuilder, None
]:
    if interaction.command_name == "report":
        yield interaction.build_deferred_response()  # Discord shows "thinking..." now
        rows = "\n".join(f"{day},{random.randint(50, 150)}" for day in ("mon", "tue", "wed"))
        await interaction.edit_initial_response(
            "Here it is.", attachment=hikari.Bytes(f"day,n\n{rows}\n".encode(), "report.csv")
        )
        await interaction.execute("Only you can see this tip.", flags=hikari.MessageFlag.EPHEMERAL)
        return
    await asyncio.sleep(random.choice([0.0, 2.0]))
    if random.random() < 0.3:
        raise ConnectionError("the upstream service is down")
    yield interaction.build_response().set_content("Done.")


async def on_error(
    interaction: hikari.PartialInteraction, exception: Exception
) -> hikari.impl.InteractionMessageBuilder | None:
    if isinstance(interaction, hikari.CommandInteraction):
        message = f"Sorry, that failed: {exception}"
        return interaction.build_response().set_content(message).set_flags(hikari.MessageFlag.EPHEMERAL)
    return None


async def register(bot: hikari.RESTBot) -> None:
    application = await bot.rest.fetch_application()
    commands = [
        bot.rest.slash_command_builder("report", "This week's report, as a CSV"),
        bot.rest.slash_command_builder("flaky", "Sometimes slow, sometimes broken"),
    ]
    await bot.rest.set_application_commands(application.id, commands)


def build_bot(token: str, **options: typing.Any) -> hikari.RESTBot:
    bot = hikari.RESTBot(token, auto_defer_after=1.5, **options)
    bot.set_listener(hikari.CommandInteraction, on_command)
    bot.set_error_handler(on_error)
    bot.add_startup_callback(register)
    return bot


if __name__ == "__main__":
    build_bot(os.environ["DISCORD_TOKEN"], public_key=os.environ.get("DISCORD_PUBLIC_KEY")).run(port=8080)
