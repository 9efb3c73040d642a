"""A gateway bot: `/ping` answered by the very command the HTTP example declares, and `!ping` messages.

    DISCORD_TOKEN=... python examples/gateway_bot.py

No public URL is needed: interactions arrive over the gateway, and the handler's answer is sent
over REST as the initial response. Reading message text needs the privileged MESSAGE_CONTENT
intent (enable it in the developer portal).
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
    app_commands.Client(bot).load_module("examples.ping_bot")  # its `plugin`: the same /ping
    bot.subscribe(hikari.GuildMessageCreateEvent, on_message)
    return bot


if __name__ == "__main__":
    build_bot(os.environ["DISCORD_TOKEN"]).run()
