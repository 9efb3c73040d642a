"""Ban endpoints of the REST client: ban and unban users, read a guild's bans, ban many at once.

A mixin of `RESTClientImpl`; hikari's names and signatures (docs: `resources/guild.mdx`, "Get
Guild Bans" to "Bulk Guild Ban"). Every change takes `reason=`, the audit log's reason.

```python
await rest.ban_user(guild, user, delete_message_seconds=3600, reason="spam")
ban = await rest.fetch_ban(guild, user)
async for ban in rest.fetch_bans(guild, newest_first=True):
    print(ban.user, ban.reason)
await rest.unban_user(guild, user)
```
"""

from __future__ import annotations

__all__ = ["BanEndpoints"]

import functools
import typing

from hikari_like import guilds
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.internal.time import Intervalish
from hikari_like.internal.time import timespan_to_int

if typing.TYPE_CHECKING:
    from hikari_like import iterators
    from hikari_like.impl.rest import pagination
else:
    from hikari_like.internal import lazy_imports

    # The paginator (and hikari's LazyIterator behind it) load on the first paginated call.
    pagination = lazy_imports.module("hikari_like.impl.rest.pagination")

_UNDEFINED: typing.Final = undefined.UNDEFINED


def _ban_route(
    route: routes.Route, guild: snowflakes.SnowflakeishOr, user: snowflakes.SnowflakeishOr
) -> routes.CompiledRoute:
    return route.compile(guild=snowflakes.snowflake_of(guild), user=snowflakes.snowflake_of(user))


def _deleting(delete_message_seconds: Intervalish | undefined.UndefinedType) -> payloads.Payload:
    body = payloads.Payload()
    body.put("delete_message_seconds", delete_message_seconds, conversion=timespan_to_int)
    return body


class BanEndpoints(rest_api.RESTClient):
    """`ban_user`, `unban_user`, `fetch_ban`, `fetch_bans` and `bulk_ban_users`."""

    __slots__ = ()

    async def ban_user(
        self,
        guild: snowflakes.SnowflakeishOr,
        user: snowflakes.SnowflakeishOr,
        *,
        delete_message_seconds: Intervalish | undefined.UndefinedType = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        """Ban a user (a member or not), deleting their messages of the last `delete_message_seconds`
        (0 to 604800, a week). Needs BAN_MEMBERS, and a member must rank below the bot.

        ```python
        await rest.ban_user(guild_id, user_id, delete_message_seconds=datetime.timedelta(days=1))
        ```
        """
        route = _ban_route(routes.PUT_GUILD_BAN, guild, user)
        await self.request(route, json=_deleting(delete_message_seconds), reason=reason)

    ban_member = ban_user
    """Alias of `ban_user`, as in hikari."""

    async def unban_user(
        self,
        guild: snowflakes.SnowflakeishOr,
        user: snowflakes.SnowflakeishOr,
        *,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        """Lift a ban; `NotFoundError` (10026) if the user is not banned. Needs BAN_MEMBERS.

        ```python
        await rest.unban_user(guild_id, user_id, reason="appeal accepted")
        ```
        """
        await self.request(_ban_route(routes.DELETE_GUILD_BAN, guild, user), reason=reason)

    unban_member = unban_user
    """Alias of `unban_user`, as in hikari."""

    async def fetch_ban(
        self, guild: snowflakes.SnowflakeishOr, user: snowflakes.SnowflakeishOr
    ) -> guilds.GuildBan:
        """One user's ban; `NotFoundError` (10026) if they are not banned. Needs BAN_MEMBERS.

        ```python
        ban = await rest.fetch_ban(guild_id, user_id)
        ```
        """
        payload = await self.request(_ban_route(routes.GET_GUILD_BAN, guild, user))
        return guilds.GuildBan.from_payload(payload, app=self)

    def fetch_bans(
        self,
        guild: snowflakes.SnowflakeishOr,
        /,
        *,
        newest_first: bool = False,
        start_at: undefined.UndefinedType | snowflakes.SearchableSnowflakeishOr = _UNDEFINED,
    ) -> iterators.LazyIterator[guilds.GuildBan]:
        """The guild's bans by banned user ID (oldest account first, or newest), 1000 a request,
        from `start_at` (a user, an ID or a moment). Needs BAN_MEMBERS.

        ```python
        recent = await rest.fetch_bans(guild_id, newest_first=True).limit(10)
        ```
        """
        route = routes.GET_GUILD_BANS.compile(guild=snowflakes.snowflake_of(guild))
        return pagination.paginate_route(
            self,
            route,
            functools.partial(guilds.GuildBan.from_payload, app=self),
            direction="before" if newest_first else "after",
            page_size=1000,
            start=pagination.start_cursor(start_at, newest_first=newest_first),
            cursor_of=pagination.user_id_cursor,
            # Discord pages bans in ascending order whichever way the cursor points.
            reverse_pages=newest_first,
        )

    async def bulk_ban_users(
        self,
        guild: snowflakes.SnowflakeishOr,
        users: typing.Sequence[snowflakes.SnowflakeishOr],
        *,
        delete_message_seconds: Intervalish | undefined.UndefinedType = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> guilds.BulkBanResponse:
        """Ban up to 200 users in one request. Needs BAN_MEMBERS and MANAGE_GUILD. Users already
        banned, or ranked above the bot, come back in `failed_users`; if none could be banned,
        Discord answers 500000 (`BadRequestError`).

        ```python
        result = await rest.bulk_ban_users(guild_id, [user_1, user_2], reason="raid")
        ```
        """
        body = _deleting(delete_message_seconds)
        body.put_snowflake_array("user_ids", users)
        route = routes.POST_GUILD_BULK_BAN.compile(guild=snowflakes.snowflake_of(guild))
        return guilds.BulkBanResponse.from_payload(await self.request(route, json=body, reason=reason))
