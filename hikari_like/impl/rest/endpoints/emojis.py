"""Guild emoji endpoints: fetch, create, edit and delete a guild's custom emojis (#19).

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: resources/emoji.mdx, "List
Guild Emojis", "Get/Create/Modify/Delete Guild Emoji").

```python
party = await rest.create_emoji(guild_id, "party", "party.gif", roles=[vip_role], reason="event")
await rest.edit_emoji(guild_id, party, name="party_time")
await rest.delete_emoji(guild_id, party)
```
"""

from __future__ import annotations

__all__ = ["EmojiEndpoints"]

import typing

from hikari_like import emojis
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import images

if typing.TYPE_CHECKING:
    from hikari_like import files
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED
_Roles: typing.TypeAlias = "typing.Sequence[snowflakes.SnowflakeishOr] | undefined.UndefinedType"


class EmojiEndpoints(rest_api.RESTClient):
    """`fetch_emoji`, `fetch_guild_emojis`, `create_emoji`, `edit_emoji`, `delete_emoji`."""

    __slots__ = ()

    def _known_emoji(self, payload: JSONObject, guild: snowflakes.SnowflakeishOr) -> emojis.KnownCustomEmoji:
        guild_id = snowflakes.snowflake_of(guild)
        return emojis.KnownCustomEmoji.from_payload(payload, app=self, guild_id=guild_id)

    async def fetch_emoji(
        self, guild: snowflakes.SnowflakeishOr, emoji: snowflakes.SnowflakeishOr
    ) -> emojis.KnownCustomEmoji:
        """One of the guild's emojis (an ID or a `CustomEmoji`); `NotFoundError` (10014) for an
        unknown one. Its `user` is there when the bot has MANAGE_GUILD_EXPRESSIONS.

        ```python
        emoji = await rest.fetch_emoji(guild_id, 41771983429993937)
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_EMOJI, guild=guild, emoji=emoji)
        return self._known_emoji(await self.request(route), guild)

    async def fetch_guild_emojis(
        self, guild: snowflakes.SnowflakeishOr
    ) -> typing.Sequence[emojis.KnownCustomEmoji]:
        """Every custom emoji of the guild.

        ```python
        names = [emoji.name for emoji in await rest.fetch_guild_emojis(guild_id)]
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_EMOJIS, guild=guild)
        return [self._known_emoji(payload, guild) for payload in await self.request(route)]

    async def create_emoji(
        self,
        guild: snowflakes.SnowflakeishOr,
        name: str,
        image: files.Resourceish,
        *,
        roles: _Roles = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> emojis.KnownCustomEmoji:
        """A new emoji from `image` (a path, bytes, a URL or any resource: PNG, JPEG, GIF, WebP or
        AVIF of at most 256 KiB), named 2 to 32 of `[A-Za-z0-9_]`; `roles` limits who may use it.
        Needs CREATE_GUILD_EXPRESSIONS; a guild has 50 slots (more with boosts).

        ```python
        emoji = await rest.create_emoji(guild_id, "wave", pathlib.Path("wave.png"))
        ```
        """
        body = payloads.Payload(name=name)
        await images.put_image(body, "image", image)
        body.put_snowflake_array("roles", roles)
        route = routes.compile_ids(routes.POST_GUILD_EMOJIS, guild=guild)
        return self._known_emoji(await self.request(route, json=body, reason=reason), guild)

    async def edit_emoji(
        self,
        guild: snowflakes.SnowflakeishOr,
        emoji: snowflakes.SnowflakeishOr,
        *,
        name: undefined.UndefinedOr[str] = _UNDEFINED,
        roles: _Roles = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> emojis.KnownCustomEmoji:
        """Rename an emoji or change the roles that may use it (an empty sequence: everyone).
        Needs MANAGE_GUILD_EXPRESSIONS, or CREATE_GUILD_EXPRESSIONS for an emoji the bot made.

        ```python
        await rest.edit_emoji(guild_id, emoji, name="wave_hello", roles=[])
        ```
        """
        body = payloads.Payload()
        body.put("name", name)
        body.put_snowflake_array("roles", roles)
        route = routes.compile_ids(routes.PATCH_GUILD_EMOJI, guild=guild, emoji=emoji)
        return self._known_emoji(await self.request(route, json=body, reason=reason), guild)

    async def delete_emoji(
        self,
        guild: snowflakes.SnowflakeishOr,
        emoji: snowflakes.SnowflakeishOr,
        *,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> None:
        """Delete an emoji (permissions as `edit_emoji`).

        ```python
        await rest.delete_emoji(guild_id, emoji, reason="unused")
        ```
        """
        route = routes.compile_ids(routes.DELETE_GUILD_EMOJI, guild=guild, emoji=emoji)
        await self.request(route, reason=reason)
