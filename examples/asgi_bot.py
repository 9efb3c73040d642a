"""The ping bot as an ASGI app, for uvicorn, hypercorn or granian.

    DISCORD_TOKEN=... DISCORD_PUBLIC_KEY=... uvicorn examples.asgi_bot:bot --port 8080 --workers 2

The server's lifespan starts the bot (REST client, public key, startup callbacks) and closes it.
`DISCORD_REST_URL`, when set, points the REST client elsewhere (a rate-limit proxy, or the
emulated Discord: `python -m hikari_like demo --serve` prints its URL and token).
"""

from __future__ import annotations

import os
import typing

import hikari_like as hikari
from examples.ping_bot import ping
from examples.ping_bot import register


def build_bot(token: str, **options: typing.Any) -> hikari.AsgiBot:
    bot = hikari.AsgiBot(token, **options)
    bot.set_listener(hikari.CommandInteraction, ping)
    bot.add_startup_callback(register)
    return bot


bot = build_bot(
    os.environ["DISCORD_TOKEN"],
    public_key=os.environ.get("DISCORD_PUBLIC_KEY"),
    rest_url=os.environ.get("DISCORD_REST_URL"),
)
