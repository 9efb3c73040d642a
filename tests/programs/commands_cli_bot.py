"""A bot module as users write one, for `python -m hikari_like commands sync|diff` in the CLI tests.

Importing it builds the bot (nothing runs: `bot.run()` stays under `__main__`). The emulated
Discord's URL and token come from `TEST_DISCORD_URL` / `TEST_DISCORD_TOKEN`.

    python -m hikari_like commands diff tests.programs.commands_cli_bot:bot
"""

from __future__ import annotations

import os

import hikari_like
from hikari_like import app_commands

bot = hikari_like.RESTBot(
    os.environ["TEST_DISCORD_TOKEN"], rest_url=os.environ["TEST_DISCORD_URL"], banner=None, logs=None
)
client = app_commands.Client(bot)
plain_bot = hikari_like.RESTBot(
    os.environ["TEST_DISCORD_TOKEN"], rest_url=os.environ["TEST_DISCORD_URL"], banner=None, logs=None
)
"""A bot without a Client: the command line says so."""


@client.slash("ping", "Check the bot is alive")
async def ping(ctx: app_commands.SlashContext) -> None:
    await ctx.respond("Pong!")


@client.slash("echo", "Repeat text")
async def echo(
    ctx: app_commands.SlashContext, text: str = app_commands.option("What to say", max_length=200)
) -> None:
    await ctx.respond(text)


def make_client() -> app_commands.Client:
    """A factory returning the Client, as `module:make_client` on the command line."""
    return client


if __name__ == "__main__":
    bot.run()
