"""The low level, without the command layer: one listener per interaction type, as in hikari.

    DISCORD_TOKEN=... DISCORD_PUBLIC_KEY=... python examples/raw_listeners_bot.py

`set_listener` takes a coroutine that returns a response builder (or an async generator that
yields one, then goes on after the answer is sent). The listener reads the interaction itself,
and a startup callback registers the commands, every start. `hikari_like.app_commands` (see
`ping_bot.py`) routes by declaration and syncs only what changed; this is what it is built on.

`PORT` is the port it listens on (8080 when unset). Offline, against an emulated Discord
(`python -m hikari_like demo --serve` prints its URL and token; its own bot has port 8080):

    DISCORD_TOKEN=<token> DISCORD_REST_URL=<url> PORT=8081 python examples/raw_listeners_bot.py
"""

from __future__ import annotations

import os
import time
import typing

import hikari_like as hikari


async def ping(interaction: hikari.CommandInteraction) -> hikari.impl.InteractionMessageBuilder:
    if interaction.command_name != "ping":
        return interaction.build_response().set_content("I only know /ping.")
    started = time.perf_counter()
    await interaction.app.rest.fetch_my_user()
    return interaction.build_response().set_content(
        f"Pong! REST took {(time.perf_counter() - started) * 1000:.0f} ms"
    )


async def register(bot: hikari.traits.RESTBotAware) -> None:
    application = await bot.rest.fetch_application()
    await bot.rest.set_application_commands(application.id, [bot.rest.slash_command_builder("ping", "Pong!")])


def build_bot(token: str, **options: typing.Any) -> hikari.RESTBot:
    bot = hikari.RESTBot(token, **options)
    bot.set_listener(hikari.CommandInteraction, ping)
    bot.add_startup_callback(register)
    return bot


if __name__ == "__main__":
    build_bot(
        os.environ["DISCORD_TOKEN"],
        public_key=os.environ.get("DISCORD_PUBLIC_KEY"),  # None: fetched from Discord at start
        rest_url=os.environ.get("DISCORD_REST_URL"),  # None: discord.com
    ).run(port=int(os.environ.get("PORT", "8080")))
