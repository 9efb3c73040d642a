"""Application emoji endpoints: the emojis an application owns, usable by its bot anywhere (#23).

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: resources/emoji.mdx, "List/
Get/Create/Modify/Delete Application Emoji"). An application has up to 2000 emojis; their
`guild_id` is `None`; their `user` is the team member who uploaded one in the app's settings, or
the bot user for one uploaded through the API.

```python
party = await rest.create_application_emoji(application_id, "party", "party.gif")
await rest.edit_application_emoji(application_id, party, "party_time")
await rest.delete_application_emoji(application_id, party)
```
"""

from __future__ import annotations

__all__ = ["ApplicationEmojiEndpoints"]

import typing

from hikari_like import emojis
from hikari_like import snowflakes
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import images

if typing.TYPE_CHECKING:
    from hikari_like import files


class ApplicationEmojiEndpoints(rest_api.RESTClient):
    """`fetch_application_emoji(s)`, `create_application_emoji`, `edit_…`, `delete_…`."""

    __slots__ = ()

    def _application_emoji(self, payload: typing.Any) -> emojis.KnownCustomEmoji:
        return emojis.KnownCustomEmoji.from_payload(payload, app=self, guild_id=None)

    async def fetch_application_emoji(
        self, application: snowflakes.SnowflakeishOr, emoji: snowflakes.SnowflakeishOr
    ) -> emojis.KnownCustomEmoji:
        """One of the application's emojis; `NotFoundError` (10014) for an unknown one.

        ```python
        emoji = await rest.fetch_application_emoji(application_id, emoji_id)
        ```
        """
        route = routes.compile_ids(routes.GET_APPLICATION_EMOJI, application=application, emoji=emoji)
        return self._application_emoji(await self.request(route))

    async def fetch_application_emojis(
        self, application: snowflakes.SnowflakeishOr
    ) -> typing.Sequence[emojis.KnownCustomEmoji]:
        """Every emoji of the application (Discord wraps them in `{"items": [...]}`).

        ```python
        names = [emoji.name for emoji in await rest.fetch_application_emojis(application_id)]
        ```
        """
        route = routes.compile_ids(routes.GET_APPLICATION_EMOJIS, application=application)
        answer = await self.request(route)
        return [self._application_emoji(payload) for payload in answer.get("items", ())]

    async def create_application_emoji(
        self, application: snowflakes.SnowflakeishOr, name: str, image: files.Resourceish
    ) -> emojis.KnownCustomEmoji:
        """A new application emoji from `image` (PNG, JPEG, GIF, WebP or AVIF of at most 256 KiB),
        named 2 to 32 of `[A-Za-z0-9_]`, unique in the application.

        ```python
        emoji = await rest.create_application_emoji(application_id, "wave", pathlib.Path("wave.png"))
        ```
        """
        body = payloads.Payload(name=name)
        await images.put_image(body, "image", image)
        route = routes.compile_ids(routes.POST_APPLICATION_EMOJIS, application=application)
        return self._application_emoji(await self.request(route, json=body))

    async def edit_application_emoji(
        self, application: snowflakes.SnowflakeishOr, emoji: snowflakes.SnowflakeishOr, name: str
    ) -> emojis.KnownCustomEmoji:
        """Rename an application emoji.

        ```python
        await rest.edit_application_emoji(application_id, emoji, "wave_hello")
        ```
        """
        route = routes.compile_ids(routes.PATCH_APPLICATION_EMOJI, application=application, emoji=emoji)
        return self._application_emoji(await self.request(route, json=payloads.Payload(name=name)))

    async def delete_application_emoji(
        self, application: snowflakes.SnowflakeishOr, emoji: snowflakes.SnowflakeishOr
    ) -> None:
        """Delete an application emoji.

        ```python
        await rest.delete_application_emoji(application_id, emoji)
        ```
        """
        route = routes.compile_ids(routes.DELETE_APPLICATION_EMOJI, application=application, emoji=emoji)
        await self.request(route)
