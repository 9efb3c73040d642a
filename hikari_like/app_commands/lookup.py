"""Which declaration of a `Client` an interaction invokes, and the name of its handler.

The client routes by these lookups; the interaction server's log lines use `handler_name_for`,
because the bot's listeners are the client's four routers and a message about "listener
Client._on_command" would point at the command layer rather than at the user's code.
"""

from __future__ import annotations

__all__ = ["find_slash", "find_subcommand", "handler_name_for"]

import typing

from hikari_like.app_commands import declarations as declared
from hikari_like.interactions.command_interactions import CommandInteraction
from hikari_like.interactions.component_interactions import ComponentInteraction
from hikari_like.interactions.modal_interactions import ModalInteraction

if typing.TYPE_CHECKING:
    from hikari_like.app_commands.registry import Registry

_SLASH: typing.Final = 1
_SUBCOMMANDS: typing.Final = frozenset({1, 2})


def find_slash(
    registry: Registry, name: str, options: object
) -> tuple[declared.SlashCommand[typing.Any] | None, object]:
    """The (sub)command invoked, and the raw options given to it."""
    found = registry.slash.get(name)
    if type(found) is declared.SlashGroup:
        return find_subcommand(found, options)
    return typing.cast("declared.SlashCommand[typing.Any] | None", found), options


def find_subcommand(
    group: declared.SlashGroup, options: object
) -> tuple[declared.SlashCommand[typing.Any] | None, object]:
    """The subcommand of `group` its raw `options` invoke (down nested groups), and its options."""
    node: declared.SlashCommand[typing.Any] | declared.SlashGroup | None = group
    while type(node) is declared.SlashGroup:
        if type(options) is not list or len(options) != 1 or type(options[0]) is not dict:
            return None, None
        chosen = options[0]
        if chosen.get("type") not in _SUBCOMMANDS:
            return None, None
        node = node.children.get(chosen.get("name"))  # type: ignore[arg-type]
        options = chosen.get("options")
    return typing.cast("declared.SlashCommand[typing.Any] | None", node), options


def handler_name_for(registry: Registry, interaction: object) -> str | None:
    """The qualified name of the handler `registry` routes `interaction` to, if it has one."""
    handler = getattr(_route_for(registry, interaction), "handler", None)
    return None if handler is None else getattr(handler, "__qualname__", repr(handler))


def _route_for(registry: Registry, interaction: object) -> object | None:
    if isinstance(interaction, CommandInteraction):
        data = interaction._raw_data
        if data.get("type", _SLASH) != _SLASH:
            return registry.menus.get((data["type"], interaction.command_name))
        return find_slash(registry, interaction.command_name, data.get("options"))[0]
    if isinstance(interaction, ComponentInteraction | ModalInteraction):
        table = registry.components if isinstance(interaction, ComponentInteraction) else registry.modals
        found = table.find(interaction.custom_id)
        return None if found is None else found[0]
    return None
