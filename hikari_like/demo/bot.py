"""The demo's bot, declared on the command layer: one handler per command, button, menu and form.

Everything here is what a user writes in their own bot: a `RESTBot`, an `app_commands.Client`,
and handlers declared on a plugin: options read from annotations, autocomplete, buttons whose
custom_id carries their state (`"helpful:{count:int}:{name}"`), a form routed by pattern, a user
command, and a slow command that defers. The client syncs the commands when the bot starts.
`examples/tag_bot.py` runs this bot against Discord; `python -m hikari_like demo` runs it against
the emulated Discord.

```python
bot = create_bot(token, public_key=public_key)
bot.run(port=8080)
```
"""

from __future__ import annotations

__all__ = ["TAGS", "create_bot", "plugin"]

import asyncio
import typing

import hikari_like
from hikari_like import app_commands
from hikari_like import impl

TAGS: typing.Final = {
    "faq": "Read the pinned messages first, then ask away.",
    "fanart": "Post it in #gallery and tag the artist.",
    "rules": "Be kind. No spam. Have fun.",
}
_COLOURS: typing.Final = ("red", "green", "blue")
_BLURPLE: typing.Final = 0x5865F2

plugin = app_commands.Plugin("demo")
"""The demo's commands and routes (`client.load_module("hikari_like.demo.bot")` adds them too)."""

tag = plugin.group("tag", "Community tags")


@tag.command("show", "Show a tag")
async def show(
    ctx: app_commands.SlashContext, name: str = app_commands.option("Which tag", autocomplete=True)
) -> None:
    """`/tag show name:faq`: the tag, a "Helpful" counter, an edit button and a colour menu."""
    if name not in TAGS:
        await ctx.respond(f"There is no tag {name!r}; try {', '.join(TAGS)}.", ephemeral=True)
        return
    embed = hikari_like.Embed(title=name, description=TAGS[name], color=_BLURPLE)
    await ctx.respond(embed=embed, components=_tag_components(name, helpful=0))


@show.autocomplete("name")
async def tag_names(ctx: app_commands.AutocompleteContext) -> list[str]:
    """Suggest the tags that start with what the user typed so far."""
    return [name for name in TAGS if name.startswith(ctx.value)]


def _tag_components(name: str, *, helpful: int) -> list[impl.MessageActionRowBuilder]:
    label = "Helpful" if helpful == 0 else f"Helpful ({helpful})"
    buttons = (
        impl.MessageActionRowBuilder()
        .add_interactive_button(
            hikari_like.ButtonStyle.SUCCESS, helpful_pressed.custom_id(count=helpful, name=name), label=label
        )
        .add_interactive_button(
            hikari_like.ButtonStyle.SECONDARY, suggest_edit.custom_id(name=name), label="Suggest an edit"
        )
    )
    menu = impl.MessageActionRowBuilder().add_text_menu(
        colour_picked.custom_id(), placeholder="Pick a colour"
    )
    for colour in _COLOURS:
        menu = menu.add_option(colour.title(), colour)
    return [buttons, menu.parent]


# The count lives in the button's custom_id: no storage, and it survives restarts and workers.
@plugin.component("helpful:{count:int}:{name}")
async def helpful_pressed(ctx: app_commands.ComponentContext, count: int, name: str) -> None:
    """Count one more press, on the message itself (a MESSAGE_UPDATE)."""
    await ctx.update(components=_tag_components(name, helpful=count + 1))


@plugin.component("colour")
async def colour_picked(ctx: app_commands.ComponentContext) -> None:
    """Echo the colour chosen in the menu, to the user alone."""
    await ctx.respond(f"You picked {', '.join(ctx.values)}.", ephemeral=True)


@plugin.component("suggest:{name}")
async def suggest_edit(ctx: app_commands.ComponentContext, name: str) -> None:
    """Open a form for a new text; the tag's name travels in the form's custom_id."""
    text = impl.ModalActionRowBuilder().add_text_input(
        "text", "New text", style=hikari_like.TextInputStyle.PARAGRAPH, max_length=500
    )
    await ctx.modal(f"Suggest an edit to {name!r}", suggestion_sent.custom_id(name=name), text)


@plugin.modal("suggestion:{name}")
async def suggestion_sent(ctx: app_commands.ModalContext, name: str) -> None:
    """Thank the user for the suggestion, privately."""
    await ctx.respond(
        f"Thanks! A moderator will review your edit of {name!r}: {ctx.value('text')!r}", ephemeral=True
    )


@plugin.user_command("Inspect")
async def inspect_user(ctx: app_commands.UserContext) -> None:
    """Right-click a user > Apps > Inspect: when they joined Discord, shown to the invoker alone."""
    joined = ctx.target.created_at
    await ctx.respond(f"{ctx.target.mention} joined Discord on {joined:%Y-%m-%d}.", ephemeral=True)


@plugin.slash("report", "Build this week's activity report (slow)")
async def report(ctx: app_commands.SlashContext) -> None:
    """Defer at once (the HTTP answer), do the slow part, then deliver a file and a private tip."""
    await ctx.defer()
    await asyncio.sleep(0.2)  # the slow part: a database query, an API call...
    csv = hikari_like.Bytes(b"day,messages\nmon,120\ntue,98\nwed,143\n", "report.csv")
    await ctx.respond("This week's report is ready.", attachment=csv)  # edits the deferred answer
    await ctx.followup("Tip: /report works any day.", ephemeral=True)


def create_bot(token: str, **options: typing.Any) -> hikari_like.RESTBot:
    """The demo bot: a `RESTBot` (given `options`) whose command client routes `plugin`.

    The client syncs the commands at start, writing to Discord only what differs.
    """
    bot = hikari_like.RESTBot(token, **options)
    client = app_commands.Client(bot)
    client.add_plugin(plugin)
    return bot
