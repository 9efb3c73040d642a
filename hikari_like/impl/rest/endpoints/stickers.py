"""Sticker endpoints: standard stickers and packs, and a guild's own stickers (#19).

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: resources/sticker.mdx, "Get
Sticker", "List Sticker Packs", "Get Sticker Pack", "List/Get/Create/Modify/Delete Guild Sticker").

```python
sticker = await rest.create_sticker(guild_id, "wave", "wave", "wave.png", description="Hello!")
await rest.edit_sticker(guild_id, sticker, tag="smile")
packs = await rest.fetch_available_sticker_packs()
```
"""

from __future__ import annotations

__all__ = ["StickerEndpoints"]

import typing

from hikari_like import files
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import stickers
    from hikari_like.internal.json import JSONObject
else:
    from hikari_like.internal import lazy_imports

    # Loaded when a call first needs its models: most bots never touch stickers.
    stickers = lazy_imports.module("hikari_like.stickers")

_UNDEFINED: typing.Final = undefined.UNDEFINED


class StickerEndpoints(rest_api.RESTClient):
    """`fetch_sticker`, packs, and a guild's stickers (`fetch_guild_sticker(s)`, create, edit, delete)."""

    __slots__ = ()

    def _guild_sticker(self, payload: JSONObject, guild: snowflakes.SnowflakeishOr) -> stickers.GuildSticker:
        return stickers.GuildSticker.from_payload(payload, app=self, guild_id=snowflakes.snowflake_of(guild))

    async def fetch_sticker(
        self, sticker: snowflakes.SnowflakeishOr
    ) -> stickers.GuildSticker | stickers.StandardSticker:
        """Any sticker by ID: one of Discord's own (`StandardSticker`) or a guild's (`GuildSticker`).

        ```python
        sticker = await rest.fetch_sticker(749054660769218631)
        ```
        """
        payload = await self.request(routes.compile_ids(routes.GET_STICKER, sticker=sticker))
        if read.integer(payload.get("type")) == stickers.StickerType.GUILD or "guild_id" in payload:
            return stickers.GuildSticker.from_payload(payload, app=self)
        return stickers.StandardSticker.from_payload(payload)

    async def fetch_available_sticker_packs(self) -> typing.Sequence[stickers.StickerPack]:
        """Discord's packs of standard stickers.

        ```python
        for pack in await rest.fetch_available_sticker_packs():
            print(pack.name, len(pack.stickers))
        ```
        """
        answer = await self.request(routes.GET_STICKER_PACKS.compile())
        return read.each(read.objects(answer.get("sticker_packs")), stickers.StickerPack.from_payload)

    async def fetch_sticker_pack(self, sticker_pack: snowflakes.SnowflakeishOr) -> stickers.StickerPack:
        """One pack of standard stickers; `NotFoundError` (10061) for an unknown one.

        ```python
        pack = await rest.fetch_sticker_pack(847199849233514549)
        ```
        """
        route = routes.compile_ids(routes.GET_STICKER_PACK, pack=sticker_pack)
        return stickers.StickerPack.from_payload(await self.request(route))

    async def fetch_guild_sticker(
        self, guild: snowflakes.SnowflakeishOr, sticker: snowflakes.SnowflakeishOr
    ) -> stickers.GuildSticker:
        """One of the guild's stickers; `NotFoundError` (10060) for an unknown one.

        ```python
        sticker = await rest.fetch_guild_sticker(guild_id, sticker_id)
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_STICKER, guild=guild, sticker=sticker)
        return self._guild_sticker(await self.request(route), guild)

    async def fetch_guild_stickers(
        self, guild: snowflakes.SnowflakeishOr
    ) -> typing.Sequence[stickers.GuildSticker]:
        """Every sticker of the guild; their `user` is there with CREATE or MANAGE_GUILD_EXPRESSIONS.

        ```python
        stickers = await rest.fetch_guild_stickers(guild_id)
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_STICKERS, guild=guild)
        return [self._guild_sticker(payload, guild) for payload in await self.request(route)]

    async def create_sticker(
        self,
        guild: snowflakes.SnowflakeishOr,
        name: str,
        tag: str,
        image: files.Resourceish,
        *,
        description: undefined.UndefinedOr[str] = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> stickers.GuildSticker:
        """A new sticker from `image` (a PNG, APNG, GIF or Lottie JSON of at most 512 KiB, 320x320),
        named 2 to 30 characters; `tag` is the name of the Unicode emoji it suggests. Needs
        CREATE_GUILD_EXPRESSIONS; a guild has 5 slots (more with boosts). Sent as a form upload.

        ```python
        sticker = await rest.create_sticker(guild_id, "wave", "wave", "wave.png", description="Hi!")
        ```
        """
        form: dict[str, str | files.Resource] = {
            "name": name,
            "tags": tag,
            "description": description or "",
            "file": files.ensure_resource(image),
        }
        route = routes.compile_ids(routes.POST_GUILD_STICKERS, guild=guild)
        return self._guild_sticker(await self.request(route, form=form, reason=reason), guild)

    async def edit_sticker(
        self,
        guild: snowflakes.SnowflakeishOr,
        sticker: snowflakes.SnowflakeishOr,
        *,
        name: undefined.UndefinedOr[str] = _UNDEFINED,
        description: undefined.UndefinedOr[str] = _UNDEFINED,
        tag: undefined.UndefinedOr[str] = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> stickers.GuildSticker:
        """Change a sticker's name, description or tag. Needs MANAGE_GUILD_EXPRESSIONS, or
        CREATE_GUILD_EXPRESSIONS for a sticker the bot made.

        ```python
        await rest.edit_sticker(guild_id, sticker, name="big_wave")
        ```
        """
        body = payloads.Payload()
        body.put("name", name)
        body.put("description", description)
        body.put("tags", tag)
        route = routes.compile_ids(routes.PATCH_GUILD_STICKER, guild=guild, sticker=sticker)
        return self._guild_sticker(await self.request(route, json=body, reason=reason), guild)

    async def delete_sticker(
        self,
        guild: snowflakes.SnowflakeishOr,
        sticker: snowflakes.SnowflakeishOr,
        *,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> None:
        """Delete a sticker (permissions as `edit_sticker`).

        ```python
        await rest.delete_sticker(guild_id, sticker, reason="unused")
        ```
        """
        route = routes.compile_ids(routes.DELETE_GUILD_STICKER, guild=guild, sticker=sticker)
        await self.request(route, reason=reason)
