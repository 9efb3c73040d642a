"""Application command endpoints of the REST client: builders, bulk overwrite, create, list, delete.

A mixin of `RESTClientImpl`. Pass `guild=` to work on one guild's commands (they update at once)
instead of the global ones.

```python
ping = rest.slash_command_builder("ping", "Check the bot is alive")
info = rest.context_menu_command_builder(CommandType.USER, "User info")
await rest.set_application_commands(application_id, [ping, info], guild=guild_id)
```

Entry point commands (`PRIMARY_ENTRY_POINT`, an Activity's App Launcher command) are global
only, one per application, and Discord refuses (50240) a global bulk overwrite that drops the
registered one; `set_application_commands` keeps it for you (see there).
"""

from __future__ import annotations

__all__ = ["CommandEndpoints"]

import typing

from hikari_like import commands as commands_
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.builders import commands as command_builders
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes

if typing.TYPE_CHECKING:
    from hikari_like import permissions as permissions_

_UNDEFINED: typing.Final = undefined.UNDEFINED


_CommandRoutes = tuple[routes.Route, routes.Route]
"""An endpoint's route for the global commands, and its route for one guild's commands."""

_LIST: typing.Final[_CommandRoutes] = (routes.GET_APPLICATION_COMMANDS, routes.GET_APPLICATION_GUILD_COMMANDS)
_OVERWRITE: typing.Final[_CommandRoutes] = (
    routes.PUT_APPLICATION_COMMANDS,
    routes.PUT_APPLICATION_GUILD_COMMANDS,
)
_CREATE: typing.Final[_CommandRoutes] = (
    routes.POST_APPLICATION_COMMAND,
    routes.POST_APPLICATION_GUILD_COMMAND,
)
_FETCH: typing.Final[_CommandRoutes] = (routes.GET_APPLICATION_COMMAND, routes.GET_APPLICATION_GUILD_COMMAND)
_EDIT: typing.Final[_CommandRoutes] = (
    routes.PATCH_APPLICATION_COMMAND,
    routes.PATCH_APPLICATION_GUILD_COMMAND,
)
_DELETE: typing.Final[_CommandRoutes] = (
    routes.DELETE_APPLICATION_COMMAND,
    routes.DELETE_APPLICATION_GUILD_COMMAND,
)


def _commands_route(
    endpoint: _CommandRoutes,
    application: snowflakes.SnowflakeishOr,
    guild: snowflakes.SnowflakeishOr | undefined.UndefinedType,
    **values: object,
) -> routes.CompiledRoute:
    global_route, guild_route = endpoint
    application_id = snowflakes.snowflake_of(application)
    if guild is _UNDEFINED:
        return global_route.compile(application=application_id, **values)
    return guild_route.compile(application=application_id, guild=snowflakes.snowflake_of(guild), **values)


def _is_entry_point(command: command_builders.CommandBuilder) -> bool:
    return command.type is commands_.CommandType.PRIMARY_ENTRY_POINT


def _member_permissions(value: int | permissions_.Permissions) -> str | None:
    # hikari's reading of 0: everyone (Discord's null), where Discord's "0" means administrators only.
    return str(int(value)) if value else None


def _localizations(value: typing.Mapping[str, str] | undefined.UndefinedType) -> dict[str, str]:
    return {} if value is _UNDEFINED else dict(value)


class CommandEndpoints(rest_api.RESTClient):
    """Command builders and the application command endpoints."""

    __slots__ = ()

    def slash_command_builder(self, name: str, description: str) -> command_builders.SlashCommandBuilder:
        """A new `SlashCommandBuilder` (no request is made).

        ```python
        ping = rest.slash_command_builder("ping", "Check the bot is alive")
        ```
        """
        return command_builders.SlashCommandBuilder(name, description)

    def context_menu_command_builder(
        self, type: commands_.CommandType | int, name: str
    ) -> command_builders.ContextMenuCommandBuilder:
        """A new `ContextMenuCommandBuilder` for a `USER` or `MESSAGE` command (no request is made)."""
        return command_builders.ContextMenuCommandBuilder(commands_.CommandType(type), name)

    def entry_point_command_builder(
        self,
        name: str,
        description: str = "",
        *,
        handler: commands_.EntryPointCommandHandlerType
        | int = commands_.EntryPointCommandHandlerType.DISCORD_LAUNCH_ACTIVITY,
    ) -> command_builders.EntryPointCommandBuilder:
        """A new `EntryPointCommandBuilder`, the command that opens the app's Activity (no request).

        ```python
        launch = rest.entry_point_command_builder("launch", "Start the game", handler=2)
        ```
        """
        return command_builders.EntryPointCommandBuilder(name, description, handler=handler)

    async def fetch_application_commands(
        self,
        application: snowflakes.SnowflakeishOr,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Sequence[commands_.PartialCommand]:
        """The application's global commands, or one guild's with `guild`, with their localizations.

        Asked `with_localizations=true`, as hikari does: without it Discord leaves out the
        `*_localizations` maps, and a program that compares its commands sees a change every start.
        """
        route = _commands_route(_LIST, application, guild)
        response = await self.request(route, query={"with_localizations": "true"})
        return [commands_.command_from_payload(payload, app=self) for payload in response]

    async def set_application_commands(
        self,
        application: snowflakes.SnowflakeishOr,
        commands: typing.Sequence[command_builders.CommandBuilder],
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Sequence[commands_.PartialCommand]:
        """Replace all of the application's global (or one guild's) commands with `commands`.

        Commands kept by name and type keep their IDs. Returns the commands as Discord stored them.
        The list is checked first (`check_command_set`: unique names, Discord's per-type limits,
        no entry point on a guild), raising `DiscordRuleError` before anything is sent.

        Discord refuses a global overwrite that drops the app's entry point command (the App
        Launcher's, made when Activities are enabled). So when `commands` is global and has no
        entry point builder, one extra GET fetches the registered commands and the entry point
        among them is sent back unchanged; it is in the returned list. Include your own
        `EntryPointCommandBuilder` to replace it (no extra GET), or `delete_application_command`
        it first to remove it.

        ```python
        await rest.set_application_commands(application_id, [ping, info], guild=guild_id)
        ```
        """
        is_global = guild is _UNDEFINED
        command_builders.check_command_set(commands, for_guild=not is_global)
        payload = [command.build() for command in commands]
        if is_global and not any(_is_entry_point(command) for command in commands):
            payload += [kept.build() for kept in await self._registered_entry_points(application)]
        route = _commands_route(_OVERWRITE, application, guild)
        response = await self.request(route, json=payload)
        return [commands_.command_from_payload(payload, app=self) for payload in response]

    async def _registered_entry_points(
        self, application: snowflakes.SnowflakeishOr
    ) -> list[command_builders.EntryPointCommandBuilder]:
        registered = await self.fetch_application_commands(application)
        return [
            command_builders.EntryPointCommandBuilder.from_command(command)
            for command in registered
            if isinstance(command, commands_.EntryPointCommand)
        ]

    async def create_application_command(
        self,
        application: snowflakes.SnowflakeishOr,
        command: command_builders.CommandBuilder,
        *,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> commands_.PartialCommand:
        """Create one command from its builder (any type); Discord replaces one of the same name and type.

        Returns the model for its type (`SlashCommand`, `ContextMenuCommand`, `EntryPointCommand`).
        An entry point for a guild is refused (`DiscordRuleError`) before anything is sent.

        ```python
        launch = rest.entry_point_command_builder("launch", "Start the game")
        command = await rest.create_application_command(application_id, launch)  # an EntryPointCommand
        ```
        """
        command_builders.check_command_set([command], for_guild=guild is not _UNDEFINED)
        response = await self._create_command(application, guild, command)
        return commands_.command_from_payload(response, app=self)

    async def _create_command(
        self,
        application: snowflakes.SnowflakeishOr,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType,
        builder: command_builders.CommandBuilder,
    ) -> typing.Any:
        route = _commands_route(_CREATE, application, guild)
        return await self.request(route, json=builder.build())

    async def create_slash_command(
        self,
        application: snowflakes.SnowflakeishOr,
        name: str,
        description: str,
        *,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        options: typing.Sequence[commands_.CommandOption] | undefined.UndefinedType = _UNDEFINED,
        name_localizations: typing.Mapping[str, str] | undefined.UndefinedType = _UNDEFINED,
        description_localizations: typing.Mapping[str, str] | undefined.UndefinedType = _UNDEFINED,
        default_member_permissions: int | permissions_.Permissions | undefined.UndefinedType = _UNDEFINED,
        nsfw: bool | undefined.UndefinedType = _UNDEFINED,
    ) -> commands_.SlashCommand:
        """Create (or replace, when one of that name exists) a slash command."""
        builder = command_builders.SlashCommandBuilder(
            name,
            description,
            options=[] if options is _UNDEFINED else list(options),
            name_localizations=_localizations(name_localizations),
            description_localizations=_localizations(description_localizations),
            default_member_permissions=default_member_permissions,
            is_nsfw=nsfw,
        )
        response = await self._create_command(application, guild, builder)
        return commands_.SlashCommand.from_payload(response, app=self)

    async def create_context_menu_command(
        self,
        application: snowflakes.SnowflakeishOr,
        type: commands_.CommandType | int,
        name: str,
        *,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        name_localizations: typing.Mapping[str, str] | undefined.UndefinedType = _UNDEFINED,
        default_member_permissions: int | permissions_.Permissions | undefined.UndefinedType = _UNDEFINED,
        nsfw: bool | undefined.UndefinedType = _UNDEFINED,
    ) -> commands_.ContextMenuCommand:
        """Create (or replace, when one of that name exists) a user or message command."""
        builder = command_builders.ContextMenuCommandBuilder(
            commands_.CommandType(type),
            name,
            name_localizations=_localizations(name_localizations),
            default_member_permissions=default_member_permissions,
            is_nsfw=nsfw,
        )
        response = await self._create_command(application, guild, builder)
        return commands_.ContextMenuCommand.from_payload(response, app=self)

    async def delete_application_command(
        self,
        application: snowflakes.SnowflakeishOr,
        command: snowflakes.SnowflakeishOr,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        """Delete a global command, or a guild's with `guild`."""
        route = _commands_route(_DELETE, application, guild, command=snowflakes.snowflake_of(command))
        await self.request(route)

    async def fetch_application_command(
        self,
        application: snowflakes.SnowflakeishOr,
        command: snowflakes.SnowflakeishOr,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> commands_.PartialCommand:
        """One global command, or a guild's with `guild`; `NotFoundError` (10063) for an unknown one.

        ```python
        command = await rest.fetch_application_command(application_id, command_id, guild_id)
        ```
        """
        route = _commands_route(_FETCH, application, guild, command=snowflakes.snowflake_of(command))
        return commands_.command_from_payload(await self.request(route), app=self)

    async def edit_application_command(
        self,
        application: snowflakes.SnowflakeishOr,
        command: snowflakes.SnowflakeishOr,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        *,
        name: undefined.UndefinedOr[str] = _UNDEFINED,
        description: undefined.UndefinedOr[str] = _UNDEFINED,
        options: undefined.UndefinedOr[typing.Sequence[commands_.CommandOption]] = _UNDEFINED,
        default_member_permissions: undefined.UndefinedType | int | permissions_.Permissions = _UNDEFINED,
    ) -> commands_.PartialCommand:
        """Change a command; what is left out stays. `options` replaces all of them;
        `default_member_permissions=0` lets everyone use it again.

        ```python
        await rest.edit_application_command(application_id, command, description="Pong!")
        ```
        """
        body = payloads.Payload()
        body.put("name", name)
        body.put("description", description)
        body.put_array("options", options, conversion=command_builders.serialize_command_option)
        body.put("default_member_permissions", default_member_permissions, conversion=_member_permissions)
        route = _commands_route(_EDIT, application, guild, command=snowflakes.snowflake_of(command))
        return commands_.command_from_payload(await self.request(route, json=body), app=self)
