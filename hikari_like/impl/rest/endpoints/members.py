"""Member endpoints of the REST client: reading, searching, editing, adding and kicking members.

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: resources/guild.mdx,
"Get/List/Search/Add/Modify Guild Member", "Modify Current Member", "Remove Guild Member").

```python
member = await rest.fetch_member(guild_id, user_id)
await rest.edit_member(guild_id, member, nickname="Kat", reason="asked nicely")
async for member in rest.fetch_members(guild_id):
    ...
```
"""

from __future__ import annotations

__all__ = ["MemberEndpoints", "member_parser"]

import datetime
import typing

from hikari_like import files
from hikari_like import guilds
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import users
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import images

if typing.TYPE_CHECKING:
    from hikari_like import iterators
    from hikari_like import traits
    from hikari_like.impl.rest import pagination
    from hikari_like.internal.json import JSONObject
else:
    from hikari_like.internal import lazy_imports

    # The paginator (and hikari's LazyIterator behind it) load on the first paginated call.
    pagination = lazy_imports.module("hikari_like.impl.rest.pagination")

_UNDEFINED: typing.Final = undefined.UNDEFINED
_SEARCH_LIMIT: typing.Final = "1000"  # Discord's most; hikari asks for as many
_Snowflakes: typing.TypeAlias = typing.Sequence[snowflakes.SnowflakeishOr]


def member_parser(
    app: traits.RESTAware, guild: snowflakes.SnowflakeishOr
) -> typing.Callable[[JSONObject], guilds.Member]:
    """Reads a guild member object that carries its `user`, as member endpoints return it."""
    guild_id = snowflakes.snowflake_of(guild)

    def parse(payload: JSONObject) -> guilds.Member:
        user = users.User.from_payload(payload["user"], app=app)
        return guilds.Member.from_payload(payload, user=user, guild_id=guild_id)

    return parse


def _put_membership(
    body: payloads.Payload,
    *,
    nickname: undefined.UndefinedNoneOr[str],
    roles: undefined.UndefinedOr[_Snowflakes],
    mute: undefined.UndefinedOr[bool],
    deaf: undefined.UndefinedOr[bool],
) -> None:
    """The fields adding and editing a member share."""
    body.put("nick", nickname)
    body.put_snowflake_array("roles", roles)
    body.put("mute", mute)
    body.put("deaf", deaf)


class MemberEndpoints(rest_api.RESTClient):
    """`fetch_member(s)`, `search_members`, `edit_member`, `edit_my_member`, `add_user_to_guild`, kicks."""

    __slots__ = ()

    async def fetch_member(
        self, guild: snowflakes.SnowflakeishOr, user: snowflakes.SnowflakeishOr
    ) -> guilds.Member:
        """One member of a guild. Raises `NotFoundError` (10007) when the user is not a member.

        ```python
        member = await rest.fetch_member(guild_id, user_id)
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_MEMBER, guild=guild, user=user)
        payload = await self.request(route)
        return member_parser(self, guild)(payload)

    def fetch_members(
        self,
        guild: snowflakes.SnowflakeishOr,
        /,
        *,
        start_at: undefined.UndefinedOr[snowflakes.SearchableSnowflakeishOr] = _UNDEFINED,
    ) -> iterators.LazyIterator[guilds.Member]:
        """Every member, by ascending user ID, fetched 1000 at a time as they are read (needs the
        GUILD_MEMBERS privileged intent); `start_at` starts after that user ID (or moment).

        ```python
        humans = await rest.fetch_members(guild_id).filter(lambda m: not m.is_bot)
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_MEMBERS, guild=guild)
        return pagination.paginate_route(
            self,
            route,
            member_parser(self, guild),
            direction="after",
            page_size=1000,
            # Without `start_at` the first request names no cursor, as hikari's: Discord starts at 0.
            start=None if start_at is _UNDEFINED else pagination.start_cursor(start_at, newest_first=False),
            cursor_of=pagination.user_id_cursor,
        )

    async def search_members(
        self, guild: snowflakes.SnowflakeishOr, name: str
    ) -> typing.Sequence[guilds.Member]:
        """Members whose username or nickname starts with `name` (up to 1000 of them).

        ```python
        kats = await rest.search_members(guild_id, "kat")
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_MEMBERS_SEARCH, guild=guild)
        found = await self.request(route, query={"query": name, "limit": _SEARCH_LIMIT})
        return [member_parser(self, guild)(payload) for payload in found]

    async def edit_member(
        self,
        guild: snowflakes.SnowflakeishOr,
        user: snowflakes.SnowflakeishOr,
        *,
        nickname: undefined.UndefinedNoneOr[str] = _UNDEFINED,
        roles: undefined.UndefinedOr[_Snowflakes] = _UNDEFINED,
        mute: undefined.UndefinedOr[bool] = _UNDEFINED,
        deaf: undefined.UndefinedOr[bool] = _UNDEFINED,
        voice_channel: undefined.UndefinedNoneOr[snowflakes.SnowflakeishOr] = _UNDEFINED,
        communication_disabled_until: undefined.UndefinedNoneOr[datetime.datetime] = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> guilds.Member:
        """Change a member: nickname, roles (the whole list), voice state, timeout.

        `None` clears a nickname, disconnects from voice (`voice_channel`) or ends a timeout
        (`communication_disabled_until`, at most 28 days ahead).

        ```python
        until = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)
        await rest.edit_member(guild_id, user_id, communication_disabled_until=until, reason="spam")
        ```
        """
        body = payloads.Payload()
        _put_membership(body, nickname=nickname, roles=roles, mute=mute, deaf=deaf)
        body.put_snowflake("channel_id", voice_channel)
        body.put_datetime("communication_disabled_until", communication_disabled_until)
        route = routes.compile_ids(routes.PATCH_GUILD_MEMBER, guild=guild, user=user)
        return member_parser(self, guild)(await self.request(route, json=body, reason=reason))

    async def fetch_my_member(self, guild: snowflakes.SnowflakeishOr) -> guilds.Member:
        """The token's own membership of a guild.

        ```python
        me = await rest.fetch_my_member(guild_id)
        ```
        """
        route = routes.compile_ids(routes.GET_MY_GUILD_MEMBER, guild=guild)
        return member_parser(self, guild)(await self.request(route))

    async def edit_my_member(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        nickname: undefined.UndefinedNoneOr[str] = _UNDEFINED,
        avatar: undefined.UndefinedNoneOr[files.Resourceish] = _UNDEFINED,
        banner: undefined.UndefinedNoneOr[files.Resourceish] = _UNDEFINED,
        bio: undefined.UndefinedNoneOr[str] = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> guilds.Member:
        """Change the bot's own nickname, guild avatar, banner or bio (`None` clears one).

        ```python
        await rest.edit_my_member(guild_id, nickname="Helper", avatar="helper.png")
        ```
        """
        body = payloads.Payload()
        body.put("nick", nickname)
        body.put("bio", bio)
        await images.put_image(body, "avatar", avatar)
        await images.put_image(body, "banner", banner)
        route = routes.compile_ids(routes.PATCH_MY_GUILD_MEMBER, guild=guild)
        return member_parser(self, guild)(await self.request(route, json=body, reason=reason))

    async def add_user_to_guild(
        self,
        access_token: str,
        guild: snowflakes.SnowflakeishOr,
        user: snowflakes.SnowflakeishOr,
        *,
        nickname: undefined.UndefinedOr[str] = _UNDEFINED,
        roles: undefined.UndefinedOr[_Snowflakes] = _UNDEFINED,
        mute: undefined.UndefinedOr[bool] = _UNDEFINED,
        deaf: undefined.UndefinedOr[bool] = _UNDEFINED,
    ) -> guilds.Member | None:
        """Add a user who granted the `guilds.join` scope (with `access_token`) to a guild.

        Returns the new member, or `None` when the user already was one.

        ```python
        member = await rest.add_user_to_guild(token.access_token, guild_id, user_id, nickname="Kat")
        ```
        """
        body = payloads.Payload(access_token=str(access_token))
        _put_membership(body, nickname=nickname, roles=roles, mute=mute, deaf=deaf)
        route = routes.compile_ids(routes.PUT_GUILD_MEMBER, guild=guild, user=user)
        payload = await self.request(route, json=body)
        return None if payload is None else member_parser(self, guild)(payload)

    async def kick_user(
        self,
        guild: snowflakes.SnowflakeishOr,
        user: snowflakes.SnowflakeishOr,
        *,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> None:
        """Remove a member from a guild (they may join again). Needs KICK_MEMBERS and a higher role.

        ```python
        await rest.kick_user(guild_id, user_id, reason="raid")
        ```
        """
        route = routes.compile_ids(routes.DELETE_GUILD_MEMBER, guild=guild, user=user)
        await self.request(route, reason=reason)

    def kick_member(
        self,
        guild: snowflakes.SnowflakeishOr,
        user: snowflakes.SnowflakeishOr,
        *,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> typing.Coroutine[typing.Any, typing.Any, None]:
        """Alias of `kick_user`.

        ```python
        await rest.kick_member(guild_id, user_id)
        ```
        """
        return self.kick_user(guild, user, reason=reason)
