"""A bot with declared commands that the sync tests start in several processes at once.

Each process builds the same bot and `app_commands.Client`; the Client syncs the commands at
start. The emulated Discord's URL and token come from `TEST_DISCORD_URL` / `TEST_DISCORD_TOKEN`;
`TEST_REDIS_URL`, when set, makes a `RedisStore` the bot's rate-limit store (so it is the shared
store the sync claim uses). Once its startup callbacks are done (the Client's sync among them),
a process writes a file named by its PID into `TEST_MARKER_DIR`, so a test can wait for all of
them without guessing at times. `TEST_EXTRA_COMMAND=1` declares one more command.

    uvicorn tests.programs.sync_workers_bot:build_asgi_bot --factory --workers 4
    run_workers(build_bot, workers=4, port=...)
    python -m hikari_like commands diff tests.programs.sync_workers_bot:build_bot
"""

from __future__ import annotations

import logging
import os
import pathlib
import sys
import typing

import hikari_like
from hikari_like import app_commands
from hikari_like.impl.rest.redis import RedisStore

BotT = typing.TypeVar("BotT", hikari_like.RESTBot, hikari_like.AsgiBot)


def _declare(client: app_commands.Client) -> None:
    @client.slash("ping", "Check the bot is alive")
    async def ping(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("Pong!")

    @client.slash("echo", "Repeat text", name_localizations={"fr": "echo-fr"})
    async def echo(
        ctx: app_commands.SlashContext, text: str = app_commands.option("What to say", max_length=200)
    ) -> None:
        await ctx.respond(text)

    @client.user_command("User info")
    async def user_info(ctx: app_commands.UserContext) -> None:
        await ctx.respond("A user.")

    if os.environ.get("TEST_EXTRA_COMMAND") == "1":

        @client.slash("extra", "Declared by a redeploy")
        async def extra(ctx: app_commands.SlashContext) -> None:
            await ctx.respond("Extra!")


def _finish(bot: BotT, store: RedisStore | None) -> BotT:
    # The store is not closed in a shutdown callback: those run before the REST client closes,
    # which still releases its rate-limit leases through the store. The process exit closes it.
    # The Client sets the listeners and the sync at start; its store is the bot's rate-limit store.
    _declare(app_commands.Client(bot))

    async def started(_: object) -> None:
        marker_dir = os.environ.get("TEST_MARKER_DIR")
        if marker_dir:
            (pathlib.Path(marker_dir) / str(os.getpid())).touch()

    bot.add_startup_callback(started)  # after the Client's: runs once the sync is done
    return bot


def _store() -> RedisStore | None:
    url = os.environ.get("TEST_REDIS_URL")
    return RedisStore.from_url(url) if url else None


def _log_sync_decisions() -> None:
    # Which process synced and why the others skipped, in the test's captured output.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(process)d %(name)s %(message)s"))
    logger = logging.getLogger("hikari_like.app_commands.sync")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def build_bot() -> hikari_like.RESTBot:
    """One `run_workers` worker (module level, so spawned workers can import it)."""
    _log_sync_decisions()
    store = _store()
    bot = hikari_like.RESTBot(
        os.environ["TEST_DISCORD_TOKEN"],
        rest_url=os.environ["TEST_DISCORD_URL"],
        rate_limit_store=store,
        banner=None,
        logs=None,
    )
    return _finish(bot, store)


def build_asgi_bot() -> hikari_like.AsgiBot:
    """One uvicorn worker (`--factory`)."""
    _log_sync_decisions()
    store = _store()
    bot = hikari_like.AsgiBot(
        os.environ["TEST_DISCORD_TOKEN"], rest_url=os.environ["TEST_DISCORD_URL"], rate_limit_store=store
    )
    return _finish(bot, store)
