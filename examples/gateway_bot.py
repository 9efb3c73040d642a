"""A gateway bot: `/ping` answered by the very listener the HTTP example uses, and `!ping` messages.

    DISCORD_TOKEN=... python examples/gateway_bot.py

No public URL is needed: interactions arrive over the gateway, and the listener's answer is sent
over REST as the initial response. Reading message text needs the privileged MESSAGE_CONTENT
intent (enable it in the developer portal).
"""

from __future__ import annotations

import os
import typing

import hikari_like as hikari
from examples.ping_bot import ping
from examples.ping_bot import register

INTENTS: typing.Final = hikari.Intents.ALL_UNPRIVILEGED | hikari.Intents.MESSAGE_CONTENT


async def on_message(event: hikari.GuildMessageCreateEvent) -> None:
    if event.is_human and event.content == "!ping":
        await event.app.rest.create_message(event.channel_id, f"Pong! (from shard {event.shard.id})")


def build_bot(token: str, **options: typing.Any) -> hikari.GatewayBot:
    bot = hikari.GatewayBot(token, intents=INTENTS, **options)
    bot.set_listener(hikari.CommandInteraction, ping)
    bot.add_startup_callback(register)
    bot.subscribe(hikari.GuildMessageCreateEvent, on_message)
    return bot


if __name__ == "__main__":
    build_bot(os.environ["DISCORD_TOKEN"]).run()
