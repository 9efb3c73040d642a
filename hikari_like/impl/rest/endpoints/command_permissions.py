"""Application command permission endpoints: who may use a command in a guild (#23).

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: interactions/application-
commands.mdx, "Get Guild/Get/Edit Application Command Permissions"). Reading takes the bot
token; `set_application_command_permissions` needs a Bearer token of a guild admin with the
`applications.commands.permissions.update` scope (Discord refuses bot tokens there, 20001).

```python
async with app.acquire(admin_access_token, "Bearer") as admin_rest:
    await admin_rest.set_application_command_permissions(
        application_id, guild_id, command_id,
        [CommandPermission(id=mod_role_id, type=CommandPermissionType.ROLE, has_access=True)],
    )
```
"""

from __future__ import annotations

__all__ = ["CommandPermissionEndpoints"]

import typing

from hikari_like import commands
from hikari_like import snowflakes
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes


class CommandPermissionEndpoints(rest_api.RESTClient):
    """`fetch_application_command_permissions`, `fetch_application_guild_commands_permissions`,
    `set_application_command_permissions`."""

    __slots__ = ()

    async def fetch_application_command_permissions(
        self,
        application: snowflakes.SnowflakeishOr,
        guild: snowflakes.SnowflakeishOr,
        command: snowflakes.SnowflakeishOr,
    ) -> commands.GuildCommandPermissions:
        """The guild's overwrites for one command; `NotFoundError` (10066) when it has none.

        ```python
        permissions = await rest.fetch_application_command_permissions(app_id, guild_id, command_id)
        ```
        """
        route = routes.compile_ids(
            routes.GET_APPLICATION_COMMAND_PERMISSIONS, application=application, guild=guild, command=command
        )
        return commands.GuildCommandPermissions.from_payload(await self.request(route))

    async def fetch_application_guild_commands_permissions(
        self, application: snowflakes.SnowflakeishOr, guild: snowflakes.SnowflakeishOr
    ) -> typing.Sequence[commands.GuildCommandPermissions]:
        """The guild's overwrites for each of the application's commands that has some.

        ```python
        for entry in await rest.fetch_application_guild_commands_permissions(app_id, guild_id):
            print(entry.command_id, len(entry.permissions))
        ```
        """
        route = routes.compile_ids(
            routes.GET_APPLICATION_GUILD_COMMANDS_PERMISSIONS, application=application, guild=guild
        )
        return [commands.GuildCommandPermissions.from_payload(item) for item in await self.request(route)]

    async def set_application_command_permissions(
        self,
        application: snowflakes.SnowflakeishOr,
        guild: snowflakes.SnowflakeishOr,
        command: snowflakes.SnowflakeishOr,
        permissions: typing.Sequence[commands.CommandPermission],
    ) -> commands.GuildCommandPermissions:
        """Replace the guild's overwrites for one command (at most 100) with a Bearer token.

        ```python
        deny = CommandPermission(id=guild_id, type=CommandPermissionType.ROLE, has_access=False)
        await admin_rest.set_application_command_permissions(app_id, guild_id, command_id, [deny])
        ```
        """
        body = payloads.Payload(permissions=[permission.to_payload() for permission in permissions])
        route = routes.compile_ids(
            routes.PUT_APPLICATION_COMMAND_PERMISSIONS, application=application, guild=guild, command=command
        )
        return commands.GuildCommandPermissions.from_payload(await self.request(route, json=body))
