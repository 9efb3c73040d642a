"""User endpoints of the REST client: the token's own account, other users, and DM channels.

A mixin of `RESTClientImpl`; hikari's names and signatures.

```python
me = await rest.fetch_my_user()
user = await rest.fetch_user(115590097100865541)
dm = await rest.create_dm_channel(user)
await rest.create_message(dm, "hello")
```
"""

from __future__ import annotations

__all__ = ["UserEndpoints"]

import typing

from hikari_like import applications
from hikari_like import channels
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import users
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import images

if typing.TYPE_CHECKING:
    from hikari_like import files

_UNDEFINED: typing.Final = undefined.UNDEFINED


def _recipient_route(
    route: routes.Route, channel: snowflakes.SnowflakeishOr, user: snowflakes.SnowflakeishOr
) -> routes.CompiledRoute:
    return route.compile(channel=snowflakes.snowflake_of(channel), user=snowflakes.snowflake_of(user))


class UserEndpoints(rest_api.RESTClient):
    """`fetch_my_user`, `edit_my_user`, `fetch_my_connections`, `fetch_user`, and the DM and group DM
    channels."""

    __slots__ = ()

    async def fetch_my_user(self) -> users.OwnUser:
        """The account the token belongs to, with its private fields (locale, MFA, email...).

        ```python
        me = await rest.fetch_my_user()
        ```
        """
        payload = await self.request(routes.GET_MY_USER.compile())
        return users.OwnUser.from_payload(payload, app=self)

    async def edit_my_user(
        self,
        *,
        username: undefined.UndefinedOr[str] = _UNDEFINED,
        avatar: undefined.UndefinedNoneOr[files.Resourceish] = _UNDEFINED,
        banner: undefined.UndefinedNoneOr[files.Resourceish] = _UNDEFINED,
    ) -> users.OwnUser:
        """Change the bot's username, avatar or banner (any resource; `None` removes it).
        Discord limits username changes (50035 `USERNAME_RATE_LIMIT` when they come too often).

        ```python
        me = await rest.edit_my_user(username="Kitty", avatar=pathlib.Path("kitty.png"))
        ```
        """
        body = payloads.Payload()
        body.put("username", username)
        await images.put_image(body, "avatar", avatar)
        await images.put_image(body, "banner", banner)
        payload = await self.request(routes.PATCH_MY_USER.compile(), json=body)
        return users.OwnUser.from_payload(payload, app=self)

    async def fetch_my_connections(self) -> typing.Sequence[applications.OwnConnection]:
        """The accounts the token's user connected (a Bearer token with the `connections` scope).

        ```python
        github = [c.name for c in await user_rest.fetch_my_connections() if c.type == "github"]
        ```
        """
        answer = await self.request(routes.GET_MY_CONNECTIONS.compile())
        return [applications.OwnConnection.from_payload(item) for item in answer]

    async def fetch_user(self, user: snowflakes.SnowflakeishOr) -> users.User:
        """A user by ID. Raises `NotFoundError` (code 10013) for an unknown user.

        ```python
        user = await rest.fetch_user(115590097100865541)
        ```
        """
        payload = await self.request(routes.GET_USER.compile(user=snowflakes.snowflake_of(user)))
        return users.User.from_payload(payload, app=self)

    async def create_dm_channel(self, user: snowflakes.SnowflakeishOr, /) -> channels.DMChannel:
        """The DM channel with `user`, opened if there was none (Discord returns the same one again).

        ```python
        dm = await rest.create_dm_channel(user_id)
        ```
        """
        body = payloads.Payload()
        body.put_snowflake("recipient_id", user)
        payload = await self.request(routes.POST_MY_CHANNELS.compile(), json=body)
        return channels.DMChannel.from_payload(payload, app=self)

    async def create_group_dm_channel(
        self,
        access_tokens: typing.Sequence[str],
        /,
        *,
        nicknames: typing.Mapping[snowflakes.SnowflakeishOr, str] | undefined.UndefinedType = _UNDEFINED,
    ) -> channels.GroupDMChannel:
        """A group DM with the users whose OAuth2 tokens (scope `gdm.join`) are given.

        Discord allows an application 10 active group DMs. `nicknames` maps users to their
        nickname in it.

        ```python
        group = await rest.create_group_dm_channel([token_1, token_2], nicknames={user_1: "Ann"})
        ```
        """
        body = payloads.Payload()
        body.put("access_tokens", list(access_tokens))
        body.put("nicks", nicknames, conversion=_nicks)
        payload = await self.request(routes.POST_MY_CHANNELS.compile(), json=body)
        return channels.GroupDMChannel.from_payload(payload, app=self)

    async def add_recipient_to_group_dm(
        self,
        channel: snowflakes.SnowflakeishOr,
        user: snowflakes.SnowflakeishOr,
        *,
        access_token: str,
        nickname: str | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        """Add `user` (who granted `gdm.join` with `access_token`) to a group DM.

        ```python
        await rest.add_recipient_to_group_dm(group, user, access_token=token, nickname="Ann")
        ```
        """
        body = payloads.Payload(access_token=access_token)
        body.put("nick", nickname)
        await self.request(_recipient_route(routes.PUT_CHANNEL_RECIPIENT, channel, user), json=body)

    async def remove_recipient_from_group_dm(
        self, channel: snowflakes.SnowflakeishOr, user: snowflakes.SnowflakeishOr
    ) -> None:
        """Remove `user` from a group DM.

        ```python
        await rest.remove_recipient_from_group_dm(group, user)
        ```
        """
        await self.request(_recipient_route(routes.DELETE_CHANNEL_RECIPIENT, channel, user))


def _nicks(nicknames: typing.Mapping[snowflakes.SnowflakeishOr, str]) -> dict[str, str]:
    return {str(snowflakes.snowflake_of(user)): nickname for user, nickname in nicknames.items()}
