"""A bot that serves its guild count over IPC, and a dashboard process that asks for it.

    IPC_SECRET=... DISCORD_TOKEN=... DISCORD_PUBLIC_KEY=... python examples/ipc_dashboard.py bot
    IPC_SECRET=... python examples/ipc_dashboard.py dashboard

The IPC server starts and stops with the bot. The dashboard knows only the discovery port
(`IPC_PORT`, 20000 when unset; the same for both halves), and learns the IPC port from it; on
both ports each side proves it holds the secret without sending it, so make it long and random:

    python -c "import secrets; print(secrets.token_urlsafe(32))"

`PORT` is the port the bot listens on for interactions (8080 when unset). Offline, against an
emulated Discord (`python -m hikari_like demo --serve` prints its URL and token; its own bot
has port 8080), the bot half is:

    IPC_SECRET=... DISCORD_TOKEN=<token> DISCORD_REST_URL=<url> PORT=8081 python examples/ipc_dashboard.py bot
"""

from __future__ import annotations

import asyncio
import os
import sys
import typing

import hikari_like as hikari
from hikari_like import ipc


def build_bot(token: str, **options: typing.Any) -> hikari.RESTBot:
    return hikari.RESTBot(token, **options)


def serve_ipc(bot: hikari.RESTBot, **options: typing.Any) -> ipc.Server[hikari.RESTBot]:
    """An IPC server for `bot`, started and closed with it."""
    server = ipc.Server(bot, **options)

    @server.route()
    async def guild_count(request: ipc.Request) -> int:
        application = await bot.rest.fetch_application()
        return application.approximate_guild_count

    async def start(_: hikari.traits.RESTBotAware) -> None:
        await server.start()

    async def close(_: hikari.traits.RESTBotAware) -> None:
        await server.close()

    bot.add_startup_callback(start)
    bot.add_shutdown_callback(close)
    return server


async def dashboard(secret_key: str, **options: typing.Any) -> str:
    """What the dashboard shows: one question to the bot, over IPC."""
    async with ipc.ClientSession(secret_key=secret_key, **options) as client:
        count = await client.request("guild_count", timeout=5)
    return f"The bot is in {count} guild{'' if count == 1 else 's'}."


if __name__ == "__main__":
    secret = os.environ["IPC_SECRET"]
    discovery_port = int(os.environ.get("IPC_PORT", "20000"))
    if sys.argv[1:] == ["dashboard"]:
        print(asyncio.run(dashboard(secret, multicast_port=discovery_port)))
    else:
        rest_bot = build_bot(
            os.environ["DISCORD_TOKEN"],
            public_key=os.environ.get("DISCORD_PUBLIC_KEY"),  # None: fetched from Discord at start
            rest_url=os.environ.get("DISCORD_REST_URL"),  # None: discord.com
        )
        # port 0: any free port, as the dashboard asks the discovery port which one it is
        serve_ipc(rest_bot, secret_key=secret, port=0, multicast_port=discovery_port)
        rest_bot.run(port=int(os.environ.get("PORT", "8080")))
