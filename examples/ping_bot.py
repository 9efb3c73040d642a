"""The smallest useful bot: `/ping` answers with the latency of its own REST call.

    DISCORD_TOKEN=... DISCORD_PUBLIC_KEY=... python examples/ping_bot.py

Then set the application's Interactions Endpoint URL to this machine (port 8080, through HTTPS).
At start the command client syncs `/ping` to Discord, writing only if Discord's copy differs;
`python -m hikari_like commands diff examples.ping_bot:from_environment` shows what it would write.
The command is declared on a plugin, so `asgi_bot.py` and `gateway_bot.py` serve the very same one.

`PORT` is the port it listens on (8080 when unset). Offline, against an emulated Discord
(`python -m hikari_like demo --serve` prints its URL and token; its own bot has port 8080):

    DISCORD_TOKEN=<token> DISCORD_REST_URL=<url> PORT=8081 python examples/ping_bot.py
"""

from __future__ import annotations

import os
import time
import typing

import hikari_like as hikari
from hikari_like import app_commands

plugin = app_commands.Plugin("ping")


@plugin.slash("ping", "Check the bot answers")
async def ping(ctx: app_commands.SlashContext) -> None:
    started = time.perf_counter()
    await ctx.client.rest.fetch_my_user()
    await ctx.respond(f"Pong! REST took {(time.perf_counter() - started) * 1000:.0f} ms")


def build_bot(token: str, **options: typing.Any) -> hikari.RESTBot:
    bot = hikari.RESTBot(token, **options)
    app_commands.Client(bot).add_plugin(plugin)
    return bot


def from_environment() -> hikari.RESTBot:
    """The bot as deployed: DISCORD_TOKEN, DISCORD_PUBLIC_KEY and DISCORD_REST_URL from the environment."""
    return build_bot(
        os.environ["DISCORD_TOKEN"],
        public_key=os.environ.get("DISCORD_PUBLIC_KEY"),  # None: fetched from Discord at start
        rest_url=os.environ.get("DISCORD_REST_URL"),  # None: discord.com
    )


if __name__ == "__main__":
    from_environment().run(port=int(os.environ.get("PORT", "8080")))
