"""Webhook management endpoints of the REST client: create, fetch, edit and delete webhooks, with
the bot's token or the webhook's own (#19).

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: resources/webhook.mdx,
"Create Webhook", "Get Channel/Guild Webhooks", "Get/Modify/Delete Webhook" and their "with
Token" forms). With `token=`, no bot token is sent: the webhook's token is the credential.

```python
hook = await rest.create_webhook(channel_id, "Deploys", avatar="logo.png", reason="CI")
same = await rest.fetch_webhook(hook.id, token=hook.token)   # no bot token needed
await rest.edit_webhook(hook, token=hook.token, name="Releases")
await rest.delete_webhook(hook, reason="project archived")
```
"""

from __future__ import annotations

__all__ = ["WebhookManagementEndpoints"]

import functools
import typing

from hikari_like import errors
from hikari_like import files
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import images
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import webhooks
else:
    from hikari_like.internal import lazy_imports

    # Loaded by the first webhook call: most bots never manage webhooks.
    webhooks = lazy_imports.module("hikari_like.webhooks")

_UNDEFINED: typing.Final = undefined.UNDEFINED
_Token: typing.TypeAlias = str | undefined.UndefinedType


def _webhook_route(
    webhook: snowflakes.SnowflakeishOr, token: _Token, *, by_bot: routes.Route, by_token: routes.Route
) -> tuple[routes.CompiledRoute, str | undefined.UndefinedType | None]:
    """The route and the authorization: the bot's (`UNDEFINED`), or none when the token is in the path."""
    webhook_id = snowflakes.snowflake_of(webhook)
    if token is _UNDEFINED:
        return by_bot.compile(webhook=webhook_id), _UNDEFINED
    return by_token.compile(webhook=webhook_id, token=token), None


class WebhookManagementEndpoints(rest_api.RESTClient):
    """`create_webhook`, `fetch_webhook`, `edit_webhook`, `delete_webhook`, `fetch_channel_webhooks`,
    `fetch_guild_webhooks`."""

    __slots__ = ()

    async def create_webhook(
        self,
        channel: snowflakes.SnowflakeishOr,
        name: str,
        *,
        avatar: files.Resourceish | undefined.UndefinedType = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> webhooks.IncomingWebhook:
        """An incoming webhook in a text or announcement channel, with its token. Needs
        MANAGE_WEBHOOKS; Discord refuses names containing "clyde" or "discord", names outside 1 to 80
        characters, and a 16th webhook in a channel (30007).

        ```python
        hook = await rest.create_webhook(channel_id, "Alerts", avatar=hikari.URL("https://..."))
        ```
        """
        body = payloads.Payload()
        body.put("name", name)
        await images.put_image(body, "avatar", avatar)
        route = routes.POST_CHANNEL_WEBHOOKS.compile(channel=snowflakes.snowflake_of(channel))
        response = await self.request(route, json=body, reason=reason)
        return webhooks.IncomingWebhook.from_payload(response, app=self)

    async def fetch_webhook(
        self, webhook: snowflakes.SnowflakeishOr, *, token: _Token = _UNDEFINED
    ) -> webhooks.PartialWebhook:
        """A webhook, as the class of its type. With the bot's token this needs MANAGE_WEBHOOKS
        (unless the application owns the webhook); with `token=`, nothing, and Discord leaves
        out who made it (`author` is `None`).

        ```python
        hook = await rest.fetch_webhook(webhook_id, token=webhook_token)
        ```
        """
        route, authorization = _webhook_route(
            webhook, token, by_bot=routes.GET_WEBHOOK, by_token=routes.GET_WEBHOOK_WITH_TOKEN
        )
        response = await self.request(route, authorization=authorization)
        return webhooks.webhook_from_payload(response, app=self)

    async def fetch_channel_webhooks(
        self, channel: snowflakes.SnowflakeishOr
    ) -> typing.Sequence[webhooks.PartialWebhook]:
        """Every webhook of a channel, with the incoming ones' tokens. Needs MANAGE_WEBHOOKS.

        ```python
        names = [hook.name for hook in await rest.fetch_channel_webhooks(channel_id)]
        ```
        """
        route = routes.GET_CHANNEL_WEBHOOKS.compile(channel=snowflakes.snowflake_of(channel))
        return self._read_webhooks(await self.request(route))

    async def fetch_guild_webhooks(
        self, guild: snowflakes.SnowflakeishOr
    ) -> typing.Sequence[webhooks.PartialWebhook]:
        """Every webhook of every channel of a guild. Needs MANAGE_WEBHOOKS.

        ```python
        hooks = await rest.fetch_guild_webhooks(guild_id)
        ```
        """
        route = routes.GET_GUILD_WEBHOOKS.compile(guild=snowflakes.snowflake_of(guild))
        return self._read_webhooks(await self.request(route))

    async def edit_webhook(
        self,
        webhook: snowflakes.SnowflakeishOr,
        *,
        token: _Token = _UNDEFINED,
        name: str | undefined.UndefinedType = _UNDEFINED,
        avatar: files.Resourceish | undefined.UndefinedType | None = _UNDEFINED,
        channel: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> webhooks.PartialWebhook:
        """Rename a webhook, change its avatar (`None` removes it) or move it to another channel of
        its guild. `channel` needs the bot's token (Discord's token form cannot move a webhook:
        `DiscordRuleError` before sending); with the bot's token, MANAGE_WEBHOOKS is needed, in
        the new channel too.

        ```python
        hook = await rest.edit_webhook(hook_id, name="Releases", channel=other_channel_id)
        ```
        """
        if token is not _UNDEFINED and channel is not _UNDEFINED:
            message = "only the bot's token can move a webhook: leave out token= to pass channel="
            raise errors.DiscordRuleError("webhook.channel", message)
        body = payloads.Payload()
        body.put("name", name)
        body.put_snowflake("channel_id", channel)
        await images.put_image(body, "avatar", avatar)
        route, authorization = _webhook_route(
            webhook, token, by_bot=routes.PATCH_WEBHOOK, by_token=routes.PATCH_WEBHOOK_WITH_TOKEN
        )
        response = await self.request(route, json=body, reason=reason, authorization=authorization)
        return webhooks.webhook_from_payload(response, app=self)

    async def delete_webhook(
        self,
        webhook: snowflakes.SnowflakeishOr,
        *,
        token: _Token = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        """Delete a webhook for good (with the bot's token, MANAGE_WEBHOOKS is needed).

        ```python
        await rest.delete_webhook(hook_id, token=hook_token)
        ```
        """
        route, authorization = _webhook_route(
            webhook, token, by_bot=routes.DELETE_WEBHOOK, by_token=routes.DELETE_WEBHOOK_WITH_TOKEN
        )
        await self.request(route, reason=reason, authorization=authorization)

    def _read_webhooks(self, payload: object) -> list[webhooks.PartialWebhook]:
        # A webhook that cannot be read (no ID) is left out, as hikari skips one it cannot read.
        return read.each(read.objects(payload), functools.partial(webhooks.webhook_from_payload, app=self))
