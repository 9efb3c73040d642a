"""`python -m hikari_like demo --serve`: the emulated Discord and the demo bot, kept running.

It prints the `send` commands to try and how to run the repository's examples against the same
emulated Discord, with this interpreter's path so they work outside an activated virtual
environment, and logs one line per interaction the emulated Discord delivers.
"""

from __future__ import annotations

__all__ = ["serve"]

import asyncio
import logging
import shlex
import signal
import sys
import typing

from hikari_like.demo.send import DEFAULT_DISCORD_URL
from hikari_like.demo.session import running
from hikari_like.testing.emulator.routes_playground import LOGGER_NAME

if typing.TYPE_CHECKING:
    from hikari_like.demo.session import Session

_TRIES: typing.Final = (
    "/tag show name:faq",
    '/tag show name:"no such tag"',
    "/report",
    "--button helpful:0:faq",
)


async def serve(port: int, *, discord_port: int = 8090) -> None:
    """Keep the emulated Discord and the bot running until SIGINT or SIGTERM; print how to use them."""
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger(LOGGER_NAME).setLevel(logging.INFO)
    async with running(port=port, discord_port=discord_port, permissive=True) as session:
        print("\n".join(_instructions(session)), flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await stop.wait()


def _instructions(session: Session) -> list[str]:
    python = shlex.quote(sys.executable)
    discord = session.discord
    # Only a non-default emulator needs naming: `send` looks on the default port by itself.
    where = "" if discord.url == DEFAULT_DISCORD_URL else f" --discord {discord.url}"
    token = "" if discord.token == "emulated-bot-token" else f" --token {shlex.quote(discord.token)}"
    send = f"{python} -m hikari_like send{where}{token}"
    return [
        f"emulated Discord: {discord.url} (bot token {discord.token!r})",
        f"bot:              {session.url}",
        "",
        "Send the bot interactions from another shell:",
        *(f"  {send} {session.url} {words}" for words in _TRIES),
        "",
        "Run the repository's examples offline against this emulated Discord (one port each):",
        f"  DISCORD_TOKEN={shlex.quote(discord.token)} DISCORD_REST_URL={discord.url} PORT=8081"
        f" {python} examples/ping_bot.py",
        f"  {send} http://127.0.0.1:8081 /ping",
        "",
        "Ctrl+C stops both.",
    ]
