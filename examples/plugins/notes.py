"""Private notes, as a command group: `/note add text:` and `/note list`.

Notes are kept in memory for the example's sake (a restart, or a reload of this module, forgets
them); a real bot keeps them in a database.
"""

from __future__ import annotations

import collections

import hikari_like as hikari
from hikari_like import app_commands

plugin = app_commands.Plugin("notes")
note = plugin.group("note", "Your private notes")
_notes: collections.defaultdict[hikari.Snowflake, list[str]] = collections.defaultdict(list)


@note.command("add", "Keep a note")
async def add(
    ctx: app_commands.SlashContext, text: str = app_commands.option("The note", max_length=200)
) -> None:
    _notes[ctx.user.id].append(text)
    await ctx.respond(f"Noted, as note {len(_notes[ctx.user.id])}.", ephemeral=True)


@note.command("list", "Show your notes")
async def show(ctx: app_commands.SlashContext) -> None:
    lines = [f"{number}. {text}" for number, text in enumerate(_notes.get(ctx.user.id, ()), 1)]
    await ctx.respond("\n".join(lines) or "No notes yet: /note add keeps one.", ephemeral=True)
