"""Role endpoints of the REST client: a guild's roles, and giving them to members.

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: resources/guild.mdx,
"Get/Create/Modify/Delete Guild Role", "Modify Guild Role Positions", "Add/Remove Guild Member
Role", "Get Guild Role Member Counts"; the hierarchy rules: topics/permissions.mdx).

```python
mods = await rest.create_role(guild_id, name="mods", permissions=Permissions.KICK_MEMBERS, hoist=True)
await rest.add_role_to_member(guild_id, user_id, mods, reason="promoted")
```
"""

from __future__ import annotations

__all__ = ["RoleEndpoints"]

import typing

from hikari_like import colors
from hikari_like import files
from hikari_like import guilds
from hikari_like import permissions as permissions_
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import images

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED
_Colors: typing.TypeAlias = colors.Colorish | colors.ColorGradient


class _RoleLook(typing.NamedTuple):
    """What `create_role` and `edit_role` both send, in hikari's parameter names."""

    name: undefined.UndefinedOr[str]
    permissions: undefined.UndefinedOr[permissions_.Permissions]
    color: undefined.UndefinedOr[_Colors]
    colour: undefined.UndefinedOr[_Colors]
    hoist: undefined.UndefinedOr[bool]
    icon: undefined.UndefinedNoneOr[files.Resourceish]
    unicode_emoji: undefined.UndefinedNoneOr[str]
    mentionable: undefined.UndefinedOr[bool]

    async def payload(self) -> payloads.Payload:
        if self.color is not _UNDEFINED and self.colour is not _UNDEFINED:
            raise TypeError("Can not specify 'color' and 'colour' together.")
        if self.icon is not _UNDEFINED and self.unicode_emoji is not _UNDEFINED:
            raise TypeError("Can not specify 'icon' and 'unicode_emoji' together.")
        body = payloads.Payload()
        body.put("name", self.name)
        body.put_int_string("permissions", self.permissions)
        color = self.colour if self.color is _UNDEFINED else self.color
        if isinstance(color, colors.ColorGradient):
            body.put("colors", color, conversion=_gradient)
        else:
            body.put_color("color", color)
        body.put("hoist", self.hoist)
        body.put("unicode_emoji", self.unicode_emoji)
        body.put("mentionable", self.mentionable)
        await images.put_image(body, "icon", self.icon)
        return body


def _gradient(gradient: colors.ColorGradient) -> JSONObject:
    def rgb(color: colors.Color | None) -> int | None:
        return None if color is None else int(color)

    return {
        "primary_color": int(gradient.primary_color),
        "secondary_color": rgb(gradient.secondary_color),
        "tertiary_color": rgb(gradient.tertiary_color),
    }


class RoleEndpoints(rest_api.RESTClient):
    """A guild's roles (`fetch_roles`, `create_role`, `edit_role`, ...) and members' roles."""

    __slots__ = ()

    def _role(self, payload: JSONObject, guild: snowflakes.SnowflakeishOr) -> guilds.Role:
        return guilds.Role.from_payload(payload, app=self, guild_id=snowflakes.snowflake_of(guild))

    async def fetch_roles(self, guild: snowflakes.SnowflakeishOr) -> typing.Sequence[guilds.Role]:
        """Every role of the guild, @everyone (whose ID is the guild's) included.

        ```python
        roles = await rest.fetch_roles(guild_id)
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_ROLES, guild=guild)
        found = await self.request(route)
        return [self._role(payload, guild) for payload in found]

    async def fetch_role(
        self, guild: snowflakes.SnowflakeishOr, role: snowflakes.SnowflakeishOr
    ) -> guilds.Role:
        """One role. Raises `NotFoundError` (10011) for an unknown role.

        ```python
        mods = await rest.fetch_role(guild_id, role_id)
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_ROLE, guild=guild, role=role)
        return self._role(await self.request(route), guild)

    async def create_role(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        name: undefined.UndefinedOr[str] = _UNDEFINED,
        permissions: undefined.UndefinedOr[permissions_.Permissions] = permissions_.Permissions.NONE,
        color: undefined.UndefinedOr[_Colors] = _UNDEFINED,
        colour: undefined.UndefinedOr[_Colors] = _UNDEFINED,
        hoist: undefined.UndefinedOr[bool] = _UNDEFINED,
        icon: undefined.UndefinedOr[files.Resourceish] = _UNDEFINED,
        unicode_emoji: undefined.UndefinedOr[str] = _UNDEFINED,
        mentionable: undefined.UndefinedOr[bool] = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> guilds.Role:
        """A new role, just above @everyone. Needs MANAGE_ROLES; a bot can grant only permissions
        it has. `color` may be a `ColorGradient` (guilds with ENHANCED_ROLE_COLORS); `icon` or
        `unicode_emoji`, not both (guilds with ROLE_ICONS).

        ```python
        role = await rest.create_role(guild_id, name="red team", color=0xFF0000, mentionable=True)
        ```
        """
        look = _RoleLook(name, permissions, color, colour, hoist, icon, unicode_emoji, mentionable)
        route = routes.compile_ids(routes.POST_GUILD_ROLES, guild=guild)
        return self._role(await self.request(route, json=await look.payload(), reason=reason), guild)

    async def edit_role(
        self,
        guild: snowflakes.SnowflakeishOr,
        role: snowflakes.SnowflakeishOr,
        *,
        name: undefined.UndefinedOr[str] = _UNDEFINED,
        permissions: undefined.UndefinedOr[permissions_.Permissions] = _UNDEFINED,
        color: undefined.UndefinedOr[_Colors] = _UNDEFINED,
        colour: undefined.UndefinedOr[_Colors] = _UNDEFINED,
        hoist: undefined.UndefinedOr[bool] = _UNDEFINED,
        icon: undefined.UndefinedNoneOr[files.Resourceish] = _UNDEFINED,
        unicode_emoji: undefined.UndefinedNoneOr[str] = _UNDEFINED,
        mentionable: undefined.UndefinedOr[bool] = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> guilds.Role:
        """Change a role below the bot's highest one (`None` removes the icon or emoji).

        ```python
        await rest.edit_role(guild_id, role_id, name="moderators", hoist=True)
        ```
        """
        look = _RoleLook(name, permissions, color, colour, hoist, icon, unicode_emoji, mentionable)
        route = routes.compile_ids(routes.PATCH_GUILD_ROLE, guild=guild, role=role)
        return self._role(await self.request(route, json=await look.payload(), reason=reason), guild)

    async def delete_role(
        self,
        guild: snowflakes.SnowflakeishOr,
        role: snowflakes.SnowflakeishOr,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> None:
        """Delete a role below the bot's highest one (not @everyone, not a managed role).

        ```python
        await rest.delete_role(guild_id, role_id, reason="unused")
        ```
        """
        route = routes.compile_ids(routes.DELETE_GUILD_ROLE, guild=guild, role=role)
        await self.request(route, reason=reason)

    async def reposition_roles(
        self,
        guild: snowflakes.SnowflakeishOr,
        positions: typing.Mapping[int, snowflakes.SnowflakeishOr],
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> None:
        """Move roles: `positions` maps a new position to a role (all below the bot's highest).

        ```python
        await rest.reposition_roles(guild_id, {1: helpers, 2: mods})
        ```
        """
        body = [{"id": str(snowflakes.snowflake_of(role)), "position": at} for at, role in positions.items()]
        route = routes.compile_ids(routes.PATCH_GUILD_ROLES, guild=guild)
        await self.request(route, json=body, reason=reason)

    async def add_role_to_member(
        self,
        guild: snowflakes.SnowflakeishOr,
        user: snowflakes.SnowflakeishOr,
        role: snowflakes.SnowflakeishOr,
        *,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> None:
        """Give a member a role below the bot's highest one (not a managed role).

        ```python
        await rest.add_role_to_member(guild_id, user_id, role_id, reason="verified")
        ```
        """
        route = routes.compile_ids(routes.PUT_GUILD_MEMBER_ROLE, guild=guild, user=user, role=role)
        await self.request(route, reason=reason)

    async def remove_role_from_member(
        self,
        guild: snowflakes.SnowflakeishOr,
        user: snowflakes.SnowflakeishOr,
        role: snowflakes.SnowflakeishOr,
        *,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> None:
        """Take a role (below the bot's highest one) away from a member.

        ```python
        await rest.remove_role_from_member(guild_id, user_id, role_id)
        ```
        """
        route = routes.compile_ids(routes.DELETE_GUILD_MEMBER_ROLE, guild=guild, user=user, role=role)
        await self.request(route, reason=reason)

    async def fetch_role_member_counts(
        self, guild: snowflakes.SnowflakeishOr
    ) -> typing.Mapping[snowflakes.Snowflake, int]:
        """How many members hold each role (@everyone left out, as Discord does).

        ```python
        counts = await rest.fetch_role_member_counts(guild_id)
        print(counts.get(mods.id, 0))
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_ROLE_MEMBER_COUNTS, guild=guild)
        counts = await self.request(route)
        return {snowflakes.Snowflake(role_id): int(count) for role_id, count in counts.items()}
