"""Where declarations are kept and found: the decorators clients and plugins share.

`Declarations` gives `slash`, `group`, `user_command`, `message_command`, `component` and `modal`
to both `Client` and `Plugin`; each keeps what it declared in a `Registry`. A client routes from
its own registry, into which every added plugin's declarations are merged.
"""

from __future__ import annotations

__all__ = ["Declarations", "Registry"]

import typing

from hikari_like import commands
from hikari_like.app_commands import declarations as declared
from hikari_like.app_commands.errors import DeclarationError
from hikari_like.app_commands.route_table import RouteTable

if typing.TYPE_CHECKING:
    from hikari_like.app_commands import handler_types as types_

Item = (
    declared.SlashCommand[typing.Any]
    | declared.SlashGroup
    | declared.ContextMenuCommand[typing.Any]
    | declared.ComponentRoute[typing.Any]
    | declared.ModalRoute[typing.Any]
)
"""Anything a registry holds at its top level."""

_SlashHandlerT = typing.TypeVar("_SlashHandlerT", bound="types_.SlashHandler")
_UserHandlerT = typing.TypeVar("_UserHandlerT", bound="types_.UserCommandHandler")
_MessageHandlerT = typing.TypeVar("_MessageHandlerT", bound="types_.MessageCommandHandler")
_ComponentHandlerT = typing.TypeVar("_ComponentHandlerT", bound="types_.ComponentHandler")
_ModalHandlerT = typing.TypeVar("_ModalHandlerT", bound="types_.ModalHandler")


class Registry:
    """Top-level slash commands by name, context menus by type and name, routes by pattern."""

    __slots__ = ("components", "menus", "modals", "slash")

    def __init__(self) -> None:
        self.slash: dict[str, declared.SlashCommand[typing.Any] | declared.SlashGroup] = {}
        self.menus: dict[tuple[int, str], declared.ContextMenuCommand[typing.Any]] = {}
        self.components: RouteTable[declared.ComponentRoute[typing.Any]] = RouteTable()
        self.modals: RouteTable[declared.ModalRoute[typing.Any]] = RouteTable()

    def __iter__(self) -> typing.Iterator[Item]:
        yield from self.slash.values()
        yield from self.menus.values()
        yield from self.components
        yield from self.modals

    def add(self, item: Item) -> None:
        """Hold `item`; a second item under the same name or pattern is a `DeclarationError`."""
        if isinstance(item, (declared.SlashCommand, declared.SlashGroup)):
            _add_once(self.slash, item.name, item, f"/{item.name}")
        elif isinstance(item, declared.ContextMenuCommand):
            _add_once(self.menus, (int(item.type), item.name), item, item.key)
        elif isinstance(item, declared.ComponentRoute):
            self.components.add(item.pattern, item)
        else:
            self.modals.add(item.pattern, item)

    def remove(self, item: Item) -> None:
        """Drop `item` (nothing happens if it is not held)."""
        if isinstance(item, (declared.SlashCommand, declared.SlashGroup)):
            if self.slash.get(item.name) is item:
                del self.slash[item.name]
        elif isinstance(item, declared.ContextMenuCommand):
            if self.menus.get((int(item.type), item.name)) is item:
                del self.menus[int(item.type), item.name]
        else:
            table: RouteTable[typing.Any] = (
                self.components if isinstance(item, declared.ComponentRoute) else self.modals
            )
            # This very route: another one under the same pattern text (the client's own, say,
            # which a plugin's clashed with) stays.
            if any(route is item for route in table):
                table.remove(item.pattern)


def _add_once(table: dict[typing.Any, typing.Any], key: object, item: object, shown: str) -> None:
    existing = table.get(key)
    if existing is not None:
        raise DeclarationError(
            f"{shown} is declared twice: by {_declarer(existing)}, then by {_declarer(item)}"
        )
    table[key] = item


def _declarer(item: object) -> str:
    """The handler that declared `item` (or, for a group, the group)."""
    handler = getattr(item, "handler", None)
    if handler is None:
        return f"the group /{getattr(item, 'name', '?')}"
    return str(getattr(handler, "__qualname__", None) or repr(handler))


class Declarations:
    """The decorators that declare commands and routes (on a `Client` or a `Plugin`)."""

    __slots__ = ()

    checks: list[typing.Any]

    def _declare(self, item: Item) -> None:
        raise NotImplementedError

    def slash(
        self, name: str, description: str, **settings: typing.Unpack[declared.SlashSettings]
    ) -> typing.Callable[[_SlashHandlerT], declared.SlashCommand[_SlashHandlerT]]:
        """Declare a slash command; its options are the handler's parameters after the context.

        `settings` are the command's: `default_member_permissions`, `contexts`,
        `integration_types`, `nsfw`, `guilds`, `name_localizations`, `description_localizations`.

        ```python
        @client.slash("echo", "Repeat text", default_member_permissions=hikari.Permissions.MANAGE_MESSAGES)
        async def echo(ctx: app_commands.SlashContext, text: str = app_commands.option("Say what")) -> None:
            await ctx.respond(text)
        ```
        """
        command_settings = declared.settings(**settings)

        def decorate(handler: _SlashHandlerT) -> declared.SlashCommand[_SlashHandlerT]:
            command = declared.SlashCommand.declare(
                handler,
                name,
                description,
                settings=command_settings,
                name_localizations=settings.get("name_localizations"),
                description_localizations=settings.get("description_localizations"),
            )
            self._declare(command)
            return command

        return decorate

    def group(
        self, name: str, description: str, **settings: typing.Unpack[declared.SlashSettings]
    ) -> declared.SlashGroup:
        """Declare a slash command made of subcommands: `tag = client.group("tag", "Tags")`.

        `settings` are `slash`'s; they apply to the whole command.
        """
        where = f"/{name}"
        group = declared.SlashGroup(
            name=declared.check_name(name, where),
            description=declared.check_description(description, where),
            settings=declared.settings(**settings),
            name_localizations=dict(settings.get("name_localizations") or {}),
            description_localizations=dict(settings.get("description_localizations") or {}),
        )
        self._declare(group)
        return group

    def user_command(
        self, name: str, **settings: typing.Unpack[declared.MenuSettings]
    ) -> typing.Callable[[_UserHandlerT], declared.ContextMenuCommand[_UserHandlerT]]:
        """Declare a user command (right-click a user > Apps); the user is `ctx.target`.

        `settings` are `slash`'s, but for `description_localizations` (a menu has no description).
        """
        return self._menu(commands.CommandType.USER, name, declared.settings(**settings))

    def message_command(
        self, name: str, **settings: typing.Unpack[declared.MenuSettings]
    ) -> typing.Callable[[_MessageHandlerT], declared.ContextMenuCommand[_MessageHandlerT]]:
        """Declare a message command (right-click a message > Apps); the message is `ctx.target`."""
        return self._menu(commands.CommandType.MESSAGE, name, declared.settings(**settings))

    def _menu(
        self, command_type: commands.CommandType, name: str, settings: declared.CommandSettings
    ) -> typing.Callable[[_HandlerT], declared.ContextMenuCommand[_HandlerT]]:
        def decorate(handler: _HandlerT) -> declared.ContextMenuCommand[_HandlerT]:
            command = declared.ContextMenuCommand.declare(handler, command_type, name, settings)
            self._declare(command)
            return command

        return decorate

    def component(
        self, pattern: str, /
    ) -> typing.Callable[[_ComponentHandlerT], declared.ComponentRoute[_ComponentHandlerT]]:
        """Route buttons and select menus whose custom_id matches `pattern` to the handler.

        ```python
        @client.component("role:{role_id:int}")
        async def give_role(ctx: app_commands.ComponentContext, role_id: int) -> None: ...

        button_id = give_role.custom_id(role_id=42)  # "role:42"
        ```
        """

        def decorate(handler: _ComponentHandlerT) -> declared.ComponentRoute[_ComponentHandlerT]:
            route = declared.ComponentRoute.declare(handler, pattern)
            self._declare(route)
            return route

        return decorate

    def modal(
        self, pattern: str, /
    ) -> typing.Callable[[_ModalHandlerT], declared.ModalRoute[_ModalHandlerT]]:
        """Route submitted forms whose custom_id matches `pattern` to the handler."""

        def decorate(handler: _ModalHandlerT) -> declared.ModalRoute[_ModalHandlerT]:
            route = declared.ModalRoute.declare(handler, pattern)
            self._declare(route)
            return route

        return decorate


_HandlerT = typing.TypeVar("_HandlerT", bound=typing.Callable[..., typing.Any])
