"""One bot, its commands split over modules: each module a plugin, loaded by name, reloadable.

    DISCORD_TOKEN=... DISCORD_PUBLIC_KEY=... python examples/plugins_bot.py

`examples/plugins/roles.py` posts buttons that give roles; `examples/plugins/notes.py` keeps
notes (a command group). `/reload module:`, for the application's owner and team only, unloads
a module, loads its current code and syncs the commands (writing only what changed).

`PORT` is the port it listens on (8080 when unset). Offline, against an emulated Discord
(`python -m hikari_like demo --serve` prints its URL and token; its own bot has port 8080):

    DISCORD_TOKEN=<token> DISCORD_REST_URL=<url> PORT=8081 python examples/plugins_bot.py
"""

from __future__ import annotations

import os
import typing

import hikari_like as hikari
from hikari_like import app_commands

# Top-level names: run as a script, the script's folder (examples/) is where imports start.
MODULES: typing.Final = ("plugins.roles", "plugins.notes")
admin = app_commands.Plugin("admin")


@admin.slash("reload", "Reload a plugin module", default_member_permissions=hikari.Permissions.NONE)
@app_commands.owner_only
async def reload(
    ctx: app_commands.SlashContext,
    module: str = app_commands.option("Which", choices={name.rpartition(".")[2]: name for name in MODULES}),
) -> None:
    await ctx.defer(ephemeral=True)
    ctx.client.unload_module(module)
    ctx.client.load_module(module)
    report = await ctx.client.sync()
    await ctx.respond(f"Reloaded {module}; {'commands updated' if report.written else 'commands unchanged'}.")


def build_bot(token: str, **options: typing.Any) -> hikari.RESTBot:
    bot = hikari.RESTBot(token, **options)
    client = app_commands.Client(bot)
    client.add_plugin(admin)
    for module in MODULES:
        client.load_module(module)
    return bot


if __name__ == "__main__":
    build_bot(
        os.environ["DISCORD_TOKEN"],
        public_key=os.environ.get("DISCORD_PUBLIC_KEY"),  # None: fetched from Discord at start
        rest_url=os.environ.get("DISCORD_REST_URL"),  # None: discord.com
    ).run(port=int(os.environ.get("PORT", "8080")))
