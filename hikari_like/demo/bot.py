"""The demo's bot: hikari-style listeners for every interaction kind, and its commands.

Everything here is what a user writes in their own bot: `RESTBot`, `set_listener`,
`build_response()`, builders from `hikari_like.impl`, REST followups. `examples/tag_bot.py` runs
the same bot against Discord; `python -m hikari_like demo` runs it against the emulated Discord.
"""

from __future__ import annotations

__all__ = ["COMMANDS", "TAGS", "create_bot", "register"]

import asyncio
import typing

import hikari_like
from hikari_like import impl

if typing.TYPE_CHECKING:
    from hikari_like.api import interaction_server

TAGS: typing.Final = {
    "faq": "Read the pinned messages first, then ask away.",
    "fanart": "Post it in #gallery and tag the artist.",
    "rules": "Be kind. No spam. Have fun.",
}
_COLOURS: typing.Final = ("red", "green", "blue")


def _commands() -> list[impl.CommandBuilder]:
    name_option = hikari_like.CommandOption(
        type=hikari_like.OptionType.STRING,
        name="name",
        description="Which tag",
        is_required=True,
        autocomplete=True,
    )
    show = hikari_like.CommandOption(
        type=hikari_like.OptionType.SUB_COMMAND, name="show", description="Show a tag", options=[name_option]
    )
    return [
        impl.SlashCommandBuilder("tag", "Community tags").add_option(show),
        impl.SlashCommandBuilder("report", "Build this week's activity report (slow)"),
        impl.ContextMenuCommandBuilder(hikari_like.CommandType.USER, "Inspect"),
    ]


COMMANDS: typing.Final = _commands()
"""The commands the bot registers with `set_application_commands` at start."""


async def on_command(
    interaction: hikari_like.CommandInteraction,
) -> typing.AsyncGenerator[impl.InteractionMessageBuilder | impl.InteractionDeferredBuilder, None]:
    """`/tag show` answers at once; `Inspect` privately; `/report` defers, works, then delivers."""
    if interaction.command_name == "report":
        yield interaction.build_deferred_response()
        await _deliver_report(interaction)
        return
    if interaction.command_type == hikari_like.CommandType.USER:
        yield (
            interaction.build_response()
            .set_content(f"<@{interaction.target_id}> joined Discord on {_joined(interaction)}.")
            .set_flags(hikari_like.MessageFlag.EPHEMERAL)
        )
        return
    (subcommand,) = interaction.options or ()
    (option,) = subcommand.options or ()
    name = str(option.value)
    embed = hikari_like.Embed(title=name, description=TAGS.get(name, "No such tag."), color=0x5865F2)
    buttons = (
        impl.MessageActionRowBuilder()
        .add_interactive_button(hikari_like.ButtonStyle.SUCCESS, "helpful:0", label="Helpful")
        .add_interactive_button(hikari_like.ButtonStyle.SECONDARY, "suggest", label="Suggest an edit")
    )
    colours = impl.MessageActionRowBuilder().add_text_menu("colour", placeholder="Pick a colour")
    for colour in _COLOURS:
        colours = colours.add_option(colour.title(), colour)
    yield interaction.build_response().add_embed(embed).add_component(buttons).add_component(colours.parent)


def _joined(interaction: hikari_like.CommandInteraction) -> str:
    target = hikari_like.Snowflake(interaction.target_id or 0)
    return f"{target.created_at:%Y-%m-%d}"


async def _deliver_report(interaction: hikari_like.CommandInteraction) -> None:
    await asyncio.sleep(0.2)  # the slow part: a database query, an API call...
    report = b"day,messages\nmon,120\ntue,98\nwed,143\n"
    await interaction.edit_initial_response(
        "This week's report is ready.", attachment=hikari_like.Bytes(report, "report.csv")
    )
    await interaction.execute("Tip: /report works any day.", flags=hikari_like.MessageFlag.EPHEMERAL)


async def on_autocomplete(
    interaction: hikari_like.AutocompleteInteraction,
) -> impl.InteractionAutocompleteBuilder:
    """Suggest the tags that start with what the user typed."""
    typed = str(interaction.focused_option.value) if interaction.focused_option else ""
    return interaction.build_response(
        [impl.AutocompleteChoiceBuilder(name=tag, value=tag) for tag in TAGS if tag.startswith(typed)]
    )


async def on_component(
    interaction: hikari_like.ComponentInteraction,
) -> impl.InteractionMessageBuilder | impl.InteractionModalBuilder:
    """Count "helpful" presses on the message, open a modal for edits, echo a colour choice."""
    if interaction.custom_id.startswith("helpful:"):
        count = int(interaction.custom_id.partition(":")[2]) + 1
        row = impl.MessageActionRowBuilder().add_interactive_button(
            hikari_like.ButtonStyle.SUCCESS, f"helpful:{count}", label=f"Helpful ({count})"
        )
        return interaction.build_response(hikari_like.ResponseType.MESSAGE_UPDATE).add_component(row)
    if interaction.custom_id == "suggest":
        return interaction.build_modal_response("Suggest an edit", "suggestion").add_component(
            impl.ModalActionRowBuilder().add_text_input(
                "text", "New text", style=hikari_like.TextInputStyle.PARAGRAPH, max_length=500
            )
        )
    return (
        interaction.build_response(hikari_like.ResponseType.MESSAGE_CREATE)
        .set_content(f"You picked {', '.join(interaction.values)}.")
        .set_flags(hikari_like.MessageFlag.EPHEMERAL)
    )


async def on_modal(interaction: hikari_like.ModalInteraction) -> impl.InteractionMessageBuilder:
    """Thank the user for a suggestion, privately."""
    suggestion = interaction.get_value("text") or ""
    return (
        interaction.build_response()
        .set_content(f"Thanks! A moderator will review: {suggestion!r}")
        .set_flags(hikari_like.MessageFlag.EPHEMERAL)
    )


def register(server: interaction_server.InteractionServer) -> None:
    """Set the demo's listeners on a server or bot."""
    server.set_listener(hikari_like.CommandInteraction, on_command)
    server.set_listener(hikari_like.AutocompleteInteraction, on_autocomplete)
    server.set_listener(hikari_like.ComponentInteraction, on_component)
    server.set_listener(hikari_like.ModalInteraction, on_modal)


async def _register_commands(bot: hikari_like.RESTBot) -> None:
    application = await bot.rest.fetch_application()
    await bot.rest.set_application_commands(application.id, COMMANDS)


def create_bot(token: str, **options: typing.Any) -> hikari_like.RESTBot:
    """The demo bot: listeners set, commands registered at start. `options` go to `RESTBot`."""
    bot = hikari_like.RESTBot(token, **options)
    register(bot)
    bot.add_startup_callback(_register_commands)
    return bot
