"""The IPC example: a bot on the emulated Discord serves its guild count to a dashboard."""

from __future__ import annotations

from examples import ipc_dashboard
from hikari_like.testing.emulator import EmulatedDiscord


async def test_the_dashboard_gets_the_guild_count_from_the_bot(discord: EmulatedDiscord) -> None:
    bot = ipc_dashboard.build_bot(discord.token, rest_url=discord.url, banner=None, logs=None)
    server = ipc_dashboard.serve_ipc(bot, host="127.0.0.1", port=0, multicast_port=0, secret_key="dash")
    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        shown = await ipc_dashboard.dashboard("dash", host="127.0.0.1", multicast_port=server.multicast_port)
    finally:
        await bot.close()

    assert shown == "The bot is in 1 guild."  # the emulator's application has one
    assert not server.is_alive
