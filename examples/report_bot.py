"""Slow work done right, and guarded: a deferral, auto-defer, a cooldown, checks, an error handler.

    DISCORD_TOKEN=... DISCORD_PUBLIC_KEY=... python examples/report_bot.py

`/report` defers at once, builds a CSV, delivers it by editing the deferred answer and adds a
private followup; each user may ask once every 30 seconds. `/flaky how:` answers fast, slowly
(auto-defer answers Discord in time, the message follows) or not at all (the error handler tells
the user, privately). `/reset-stats` is for members who may manage the server.

`PORT` is the port it listens on (8080 when unset). Offline, against an emulated Discord
(`python -m hikari_like demo --serve` prints its URL and token; its own bot has port 8080):

    DISCORD_TOKEN=<token> DISCORD_REST_URL=<url> PORT=8081 python examples/report_bot.py
"""

from __future__ import annotations

import asyncio
import collections
import os
import typing

import hikari_like as hikari
from hikari_like import app_commands

MANAGE_GUILD: typing.Final = hikari.Permissions.MANAGE_GUILD
plugin = app_commands.Plugin("reports")
_reports_built: collections.Counter[hikari.Snowflake | None] = collections.Counter()
"""Reports built per server (kept in memory: each worker counts its own)."""


@plugin.slash("report", "This week's report, as a CSV")
@app_commands.cooldown(1, 30.0)  # per user; with a RedisStore, all workers count in one place
async def report(ctx: app_commands.SlashContext) -> None:
    await ctx.defer()  # the HTTP answer: Discord shows "thinking..." while the rest runs
    rows = await weekly_rows(ctx.guild_id)
    await ctx.respond("Here it is.", attachment=hikari.Bytes(rows.encode(), "report.csv"))  # edits it
    await ctx.followup("Only you can see this tip: ask again in 30 s for a fresh one.", ephemeral=True)


async def weekly_rows(guild_id: hikari.Snowflake | None) -> str:
    """The report as CSV: the slow part, that a database query or an API call would be."""
    await asyncio.sleep(0.1)
    _reports_built[guild_id] += 1
    return f"day,messages\nmon,120\ntue,98\nwed,143\nreports built,{_reports_built[guild_id]}\n"


@plugin.slash("flaky", "Answer fast, slowly or not at all")
async def flaky(
    ctx: app_commands.SlashContext, how: typing.Literal["fast", "slow", "broken"] = "fast"
) -> None:
    if how == "slow":
        await asyncio.sleep(2.0)  # past auto_defer_after: the bot has answered "thinking..." already
    if how == "broken":
        raise ConnectionError("the upstream service is down")
    await ctx.respond(f"Done ({how}).")


# default_member_permissions hides it from other members; the check holds wherever a server changes that.
@plugin.slash("reset-stats", "Start the report statistics again", default_member_permissions=MANAGE_GUILD)
@app_commands.guild_only
@app_commands.has_permissions(MANAGE_GUILD)
async def reset_stats(ctx: app_commands.SlashContext) -> None:
    _reports_built.pop(ctx.guild_id, None)
    await ctx.respond("This server's report statistics start again from zero.", ephemeral=True)


async def on_error(ctx: app_commands.Context[typing.Any], exception: Exception) -> None:
    """Tell the user what failed; what is not answered here goes on to the bot (a logged 500)."""
    if isinstance(ctx, app_commands.SlashContext):
        await ctx.respond(f"Sorry, that failed: {exception}", ephemeral=True)


def failure_message(ctx: app_commands.Context[typing.Any], refusal: app_commands.CommandRefused) -> str:
    """The text of a refused check or cooldown (answered ephemerally; the handler did not run)."""
    if isinstance(refusal, app_commands.OnCooldownError):
        return f"A report is on its way already; ask again in {refusal.retry_after:.0f} s."
    return refusal.message


def build_bot(token: str, **options: typing.Any) -> hikari.RESTBot:
    bot = hikari.RESTBot(token, auto_defer_after=1.5, **options)
    client = app_commands.Client(bot)
    client.add_plugin(plugin)
    client.set_error_handler(on_error)
    client.set_failure_messages(failure_message)
    return bot


if __name__ == "__main__":
    build_bot(
        os.environ["DISCORD_TOKEN"],
        public_key=os.environ.get("DISCORD_PUBLIC_KEY"),  # None: fetched from Discord at start
        rest_url=os.environ.get("DISCORD_REST_URL"),  # None: discord.com
    ).run(port=int(os.environ.get("PORT", "8080")))
