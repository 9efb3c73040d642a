"""Application command endpoints of the REST client: builders, bulk overwrite, create, list, delete.

A mixin of `RESTClientImpl`. Pass `guild=` to work on one guild's commands (they update at once)
instead of the global ones.

```python
ping = rest.slash_command_builder("ping", "Check the bot is alive")
info = rest.context_menu_command_builder(CommandType.USER, "User info")
await rest.set_application_commands(application_id, [ping, info], guild=guild_id)
```
"""

from __future__ import annotations

__all__ = ["CommandEndpoints"]

import typing

from hikari_like import commands as commands_
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.builders import commands as command_builders
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

    async def fetch_application_commands(
        self,
        application: snowflakes.SnowflakeishOr,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Sequence[commands_.PartialCommand]:
        """The application's global commands, or one guild's with `guild`."""
        route = _commands_route(_LIST, application, guild)
        response = await self.request(route)
        return [commands_.command_from_payload(payload, app=self) for payload in response]

    async def set_application_commands(
        self,
        application: snowflakes.SnowflakeishOr,
        commands: typing.Sequence[command_builders.CommandBuilder],
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Sequence[commands_.PartialCommand]:
        """Replace all of the application's global (or one guild's) commands with `commands`.

        Commands kept by name and type keep their IDs. Returns the commands as Discord stored them.

        ```python
        await rest.set_application_commands(application_id, [ping, info], guild=guild_id)
        ```
        """
        route = _commands_route(_OVERWRITE, application, guild)
        response = await self.request(route, json=[command.build() for command in commands])
        return [commands_.command_from_payload(payload, app=self) for payload in response]

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
