"""The ping bot as an ASGI app, for uvicorn, hypercorn or granian.

    DISCORD_TOKEN=... DISCORD_PUBLIC_KEY=... uvicorn examples.asgi_bot:bot --port 8080 --workers 2

The server's lifespan starts the bot (REST client, public key, command sync) and closes it. With
several workers one of them syncs the commands (a lock file on one host; a `RedisStore` as the
bot's rate-limit store shares the claim across hosts). `DISCORD_REST_URL`, when set, points the
REST client elsewhere (a rate-limit proxy, or the emulated Discord: `python -m hikari_like demo
--serve` prints its URL and token).
"""

from __future__ import annotations

import os
import typing

import hikari_like as hikari
from hikari_like import app_commands


def build_bot(token: str, **options: typing.Any) -> hikari.AsgiBot:
    bot = hikari.AsgiBot(token, **options)
    app_commands.Client(bot).load_module("examples.ping_bot")  # its `plugin`: the same /ping
    return bot


bot = build_bot(
    os.environ["DISCORD_TOKEN"],
    public_key=os.environ.get("DISCORD_PUBLIC_KEY"),
    rest_url=os.environ.get("DISCORD_REST_URL"),
)
