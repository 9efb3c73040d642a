"""The demo's bot (`python -m hikari_like demo`) against the real Discord.

    DISCORD_TOKEN=... DISCORD_PUBLIC_KEY=... python examples/tag_bot.py

Its command client syncs /tag, /report and a user command "Inspect" at start (writing only what
differs), and its handlers answer every interaction kind: a subcommand with autocomplete, buttons
whose custom_ids carry their state, a select menu, a form routed by pattern, and a slow command
that defers and delivers an attachment. They are declared in `hikari_like/demo/bot.py`.

`PORT` is the port it listens on (8080 when unset). Offline, against an emulated Discord
(`python -m hikari_like demo --serve` prints its URL and token; its own bot has port 8080):

    DISCORD_TOKEN=<token> DISCORD_REST_URL=<url> PORT=8081 python examples/tag_bot.py
"""

from __future__ import annotations

import os
import typing

import hikari_like as hikari
from hikari_like.demo.bot import create_bot


def build_bot(token: str, **options: typing.Any) -> hikari.RESTBot:
    return create_bot(token, **options)


if __name__ == "__main__":
    build_bot(
        os.environ["DISCORD_TOKEN"],
        public_key=os.environ.get("DISCORD_PUBLIC_KEY"),  # None: fetched from Discord at start
        rest_url=os.environ.get("DISCORD_REST_URL"),  # None: discord.com
    ).run(port=int(os.environ.get("PORT", "8080")))
