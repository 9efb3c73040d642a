"""Invite endpoints of the REST client: create, read and delete invites to guild channels.

A mixin of `RESTClientImpl`; hikari's names and signatures (docs: `resources/channel.mdx` "Create
Channel Invite", "Get Channel Invites"; `resources/invite.mdx`; `resources/guild.mdx` "Get Guild
Invites").

```python
invite = await rest.create_invite(channel, max_age=3600, max_uses=1, unique=True)
print(f"https://discord.gg/{invite.code}")
await rest.delete_invite(invite, reason="leaked")
```
"""

from __future__ import annotations

__all__ = ["InviteEndpoints"]

import functools
import typing

from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.internal import partial_json as read
from hikari_like.internal.time import Intervalish
from hikari_like.internal.time import timespan_to_int

if typing.TYPE_CHECKING:
    from hikari_like import invites
else:
    from hikari_like.internal import lazy_imports

    # Loaded when a call first needs its models: most bots never make these calls.
    invites = lazy_imports.module("hikari_like.invites")

_UNDEFINED: typing.Final = undefined.UNDEFINED


def _invite_route(route: routes.Route, invite: invites.InviteCode | str) -> routes.CompiledRoute:
    return route.compile(invite=invite if isinstance(invite, str) else invite.code)


class InviteEndpoints(rest_api.RESTClient):
    """`create_invite`, `fetch_invite`, `delete_invite`, `fetch_channel_invites`, `fetch_guild_invites`."""

    __slots__ = ()

    async def create_invite(
        self,
        channel: snowflakes.SnowflakeishOr,
        *,
        max_age: Intervalish | undefined.UndefinedType = _UNDEFINED,
        max_uses: int | undefined.UndefinedType = _UNDEFINED,
        temporary: bool | undefined.UndefinedType = _UNDEFINED,
        unique: bool | undefined.UndefinedType = _UNDEFINED,
        target_type: invites.TargetType | undefined.UndefinedType = _UNDEFINED,
        target_user: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        target_application: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        role_ids: typing.Sequence[snowflakes.SnowflakeishOr] | undefined.UndefinedType = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> invites.InviteWithMetadata:
        """An invite to a guild channel. Discord's defaults: a day long (`max_age` 0 to 604800
        seconds, 0 never expires), unlimited uses (`max_uses` 0 to 100), and a similar invite is
        reused unless `unique`. Needs CREATE_INSTANT_INVITE in the channel.

        ```python
        invite = await rest.create_invite(channel_id, max_age=datetime.timedelta(hours=1), max_uses=5)
        ```
        """
        body = payloads.Payload()
        body.put("max_age", max_age, conversion=timespan_to_int)
        body.put("max_uses", max_uses)
        body.put("temporary", temporary)
        body.put("unique", unique)
        body.put("target_type", target_type)
        body.put_snowflake("target_user_id", target_user)
        body.put_snowflake("target_application_id", target_application)
        body.put_snowflake_array("role_ids", role_ids)
        route = routes.POST_CHANNEL_INVITES.compile(channel=snowflakes.snowflake_of(channel))
        payload = await self.request(route, json=body, reason=reason)
        return invites.InviteWithMetadata.from_payload(payload, app=self)

    async def fetch_invite(
        self,
        invite: invites.InviteCode | str,
        *,
        with_counts: bool = True,
        scheduled_event: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> invites.Invite:
        """An invite by code (no permission needed), with approximate member counts unless
        `with_counts=False`. `NotFoundError` (10006) for an unknown or expired code.

        ```python
        invite = await rest.fetch_invite("hikari")
        ```
        """
        query = {"with_counts": "true" if with_counts else "false"}
        if not isinstance(scheduled_event, undefined.UndefinedType):
            query["guild_scheduled_event_id"] = str(snowflakes.snowflake_of(scheduled_event))
        payload = await self.request(_invite_route(routes.GET_INVITE, invite), query=query)
        return invites.Invite.from_payload(payload, app=self)

    async def delete_invite(
        self, invite: invites.InviteCode | str, reason: str | undefined.UndefinedType = _UNDEFINED
    ) -> invites.Invite:
        """Delete an invite and return it. Needs MANAGE_CHANNELS in its channel, or MANAGE_GUILD.

        ```python
        deleted = await rest.delete_invite("0vCdhLbwjZZTWZLD", reason="leaked")
        ```
        """
        payload = await self.request(_invite_route(routes.DELETE_INVITE, invite), reason=reason)
        return invites.Invite.from_payload(payload, app=self)

    async def fetch_channel_invites(
        self, channel: snowflakes.SnowflakeishOr
    ) -> typing.Sequence[invites.InviteWithMetadata]:
        """A guild channel's invites with their use counts. Needs MANAGE_CHANNELS in the channel.

        ```python
        codes = [invite.code for invite in await rest.fetch_channel_invites(channel_id)]
        ```
        """
        route = routes.GET_CHANNEL_INVITES.compile(channel=snowflakes.snowflake_of(channel))
        return self._read_invites(await self.request(route), invites.InviteWithMetadata)

    async def fetch_guild_invites(
        self, guild: snowflakes.SnowflakeishOr
    ) -> typing.Sequence[invites.InviteWithMetadata] | typing.Sequence[invites.Invite]:
        """Every invite to the guild. Needs MANAGE_GUILD (invites with metadata) or
        VIEW_AUDIT_LOG (plain `Invite`s: Discord leaves the metadata out).

        ```python
        invites = await rest.fetch_guild_invites(guild_id)
        ```
        """
        payload = await self.request(routes.GET_GUILD_INVITES.compile(guild=snowflakes.snowflake_of(guild)))
        # As hikari decides: Discord sends the metadata for every invite or for none.
        first = read.mapping(next(iter(read.array(payload)), None))
        if "created_at" in first:
            return self._read_invites(payload, invites.InviteWithMetadata)
        return self._read_invites(payload, invites.Invite)

    def _read_invites(self, payload: object, kind: type[_InviteT]) -> list[_InviteT]:
        # An invite that cannot be read (no code) is left out, as a paginated walk skips one.
        return read.each(read.objects(payload), functools.partial(kind.from_payload, app=self.rest))


_InviteT = typing.TypeVar("_InviteT", bound="invites.Invite")
