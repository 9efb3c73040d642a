"""A gateway bot: `/ping` answered by the very command the HTTP example declares, and `!ping` messages.

    DISCORD_TOKEN=... python examples/gateway_bot.py

No public URL is needed: interactions arrive over the gateway, and the handler's answer is sent
over REST as the initial response. Reading message text needs the privileged MESSAGE_CONTENT
intent (enable it in the developer portal).

Offline, `DISCORD_REST_URL` points it at an emulated Discord whose `GET /gateway/bot` names an
emulated gateway (`discord.gateway.attach(EmulatedGateway(token=discord.token))`, from
`hikari_like.testing`; tests/test_examples_run.py runs it so):

    DISCORD_TOKEN=<token> DISCORD_REST_URL=<url> python examples/gateway_bot.py
"""

from __future__ import annotations

import os
import typing

import hikari_like as hikari
from hikari_like import app_commands

INTENTS: typing.Final = hikari.Intents.ALL_UNPRIVILEGED | hikari.Intents.MESSAGE_CONTENT


async def on_message(event: hikari.GuildMessageCreateEvent) -> None:
    if event.is_human and event.content == "!ping":
        await event.app.rest.create_message(event.channel_id, f"Pong! (from shard {event.shard.id})")


def build_bot(token: str, **options: typing.Any) -> hikari.GatewayBot:
    bot = hikari.GatewayBot(token, intents=INTENTS, **options)
    # ping_bot.py's `plugin`, the same /ping. A top-level name: run as a script, the script's
    # folder (examples/) is where imports start, as it is for a bot copied next to ping_bot.py.
    app_commands.Client(bot).load_module("ping_bot")
    bot.subscribe(hikari.GuildMessageCreateEvent, on_message)
    return bot


if __name__ == "__main__":
    build_bot(os.environ["DISCORD_TOKEN"], rest_url=os.environ.get("DISCORD_REST_URL")).run()
