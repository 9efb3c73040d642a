"""Webhook message endpoints of the REST client, which also carry interaction followups.

A mixin of `RESTClientImpl`. An interaction's followups are messages of the webhook whose ID is
the application's and whose token is the interaction's; no bot token is sent.

```python
followup = await rest.execute_webhook(interaction.application_id, interaction.token, "more", flags=64)
await rest.edit_webhook_message(interaction.application_id, interaction.token, followup, "edited")
```
"""

from __future__ import annotations

__all__ = ["WebhookEndpoints", "webhook_id_of"]

import typing

from hikari_like import messages
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.builders import messages as message_builders
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import message_requests

if typing.TYPE_CHECKING:
    from hikari_like import embeds as embeds_
    from hikari_like import files
    from hikari_like import webhooks
    from hikari_like.impl.builders.components import ComponentBuilder
    from hikari_like.internal import mentions

_UNDEFINED: typing.Final = undefined.UNDEFINED


_Webhookish: typing.TypeAlias = "webhooks.ExecutableWebhook | snowflakes.SnowflakeishOr"
"""An ID, or anything that posts as a webhook: an `IncomingWebhook`, an interaction (whose webhook
is its application's, so its own ID would be the wrong one)."""


def webhook_id_of(webhook: _Webhookish) -> snowflakes.Snowflake:
    """The ID to post as: an `ExecutableWebhook`'s (or interaction's) `webhook_id`, else the ID given."""
    webhook_id = getattr(webhook, "webhook_id", None)
    if isinstance(webhook_id, int):
        return snowflakes.Snowflake(webhook_id)
    return snowflakes.snowflake_of(typing.cast(snowflakes.SnowflakeishOr, webhook))


def _message_route(
    route: routes.Route,
    webhook: _Webhookish,
    token: str,
    message: snowflakes.SnowflakeishOr,
) -> routes.CompiledRoute:
    # "@original" names an interaction's initial response, as in Discord's own paths.
    message_id = message if message == "@original" else snowflakes.snowflake_of(message)
    return route.compile(webhook=webhook_id_of(webhook), token=token, message=message_id)


def _thread_query(thread: snowflakes.SnowflakeishOr | undefined.UndefinedType) -> dict[str, str]:
    return {} if thread is _UNDEFINED else {"thread_id": str(snowflakes.snowflake_of(thread))}


class WebhookEndpoints(rest_api.RESTClient):
    """`execute_webhook` and `fetch_` / `edit_` / `delete_webhook_message`."""

    __slots__ = ()

    async def execute_webhook(
        self,
        webhook: _Webhookish,
        token: str,
        content: typing.Any = _UNDEFINED,
        *,
        thread: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        username: str | undefined.UndefinedType = _UNDEFINED,
        avatar_url: str | files.URL | undefined.UndefinedType = _UNDEFINED,
        attachment: files.Resourceish | undefined.UndefinedType = _UNDEFINED,
        attachments: typing.Sequence[files.Resourceish] | undefined.UndefinedType = _UNDEFINED,
        component: ComponentBuilder | undefined.UndefinedType = _UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType = _UNDEFINED,
        embed: embeds_.Embed | undefined.UndefinedType = _UNDEFINED,
        embeds: typing.Sequence[embeds_.Embed] | undefined.UndefinedType = _UNDEFINED,
        poll: message_builders.PollBuildable | undefined.UndefinedType = _UNDEFINED,
        tts: bool | undefined.UndefinedType = _UNDEFINED,
        mentions_everyone: bool | undefined.UndefinedType = _UNDEFINED,
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        flags: int | messages.MessageFlag | undefined.UndefinedType = _UNDEFINED,
    ) -> messages.Message:
        """Send a message through a webhook; for an interaction followup, `webhook` is the application ID
        and `token` the interaction token.

        Returns the message (the request asks Discord to wait for it). `flags=MessageFlag.EPHEMERAL`
        makes a followup visible to the invoking user only; `poll` sends a `PollBuilder`'s poll.
        No bot token is sent.

        ```python
        await rest.execute_webhook(
            interaction.application_id, interaction.token, "done", flags=MessageFlag.EPHEMERAL
        )
        ```
        """
        payload, uploads = message_builders.serialize_message_fields(
            content=content,
            attachment=attachment,
            attachments=attachments,
            component=component,
            components=components,
            embed=embed,
            embeds=embeds,
            poll=poll,
            tts=tts,
            flags=flags,
            mentions_everyone=mentions_everyone,
            user_mentions=user_mentions,
            role_mentions=role_mentions,
        )
        if username is not _UNDEFINED:
            payload["username"] = username
        if avatar_url is not _UNDEFINED:
            payload["avatar_url"] = str(avatar_url)
        # wait=true: Discord answers with the message instead of 204; with_components lets a
        # webhook the application does not own send components too.
        query = {"wait": "true", "with_components": "true", **_thread_query(thread)}
        route = routes.POST_WEBHOOK_WITH_TOKEN.compile(webhook=webhook_id_of(webhook), token=token)
        message = await message_requests.request_message(
            self, route, (payload, uploads), query=query, authorization=None
        )
        message_requests.observe_interaction_answer(
            self, token
        )  # a followup replaces a deferral's "thinking..."
        return message

    async def fetch_webhook_message(
        self,
        webhook: _Webhookish,
        token: str,
        message: snowflakes.SnowflakeishOr,
        *,
        thread: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> messages.Message:
        """A message the webhook (or interaction) sent."""
        route = _message_route(routes.GET_WEBHOOK_MESSAGE, webhook, token, message)
        response = await self.request(route, query=_thread_query(thread) or None, authorization=None)
        return messages.Message.from_payload(response, app=self)

    async def edit_webhook_message(
        self,
        webhook: _Webhookish,
        token: str,
        message: snowflakes.SnowflakeishOr,
        content: typing.Any = _UNDEFINED,
        *,
        thread: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        attachment: message_builders.Attachmentish | undefined.UndefinedType | None = _UNDEFINED,
        attachments: typing.Sequence[message_builders.Attachmentish]
        | undefined.UndefinedType
        | None = _UNDEFINED,
        component: ComponentBuilder | undefined.UndefinedType | None = _UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType | None = _UNDEFINED,
        embed: embeds_.Embed | undefined.UndefinedType | None = _UNDEFINED,
        embeds: typing.Sequence[embeds_.Embed] | undefined.UndefinedType | None = _UNDEFINED,
        mentions_everyone: bool | undefined.UndefinedType = _UNDEFINED,
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        poll: message_builders.PollBuildable | undefined.UndefinedType = _UNDEFINED,
    ) -> messages.Message:
        """Edit a message the webhook (or interaction) sent; `UNDEFINED` keeps a field, `None` clears it.

        `poll` (a hikari_like addition) is accepted by Discord only on the edit that replaces an
        interaction's deferred response ("is thinking..."), `message="@original"`: a poll cannot be
        added to, or changed on, a message that was already sent.
        """
        fields = message_requests.serialize_clearable_fields(
            content=content,
            attachment=attachment,
            attachments=attachments,
            component=component,
            components=components,
            embed=embed,
            embeds=embeds,
            mentions_everyone=mentions_everyone,
            user_mentions=user_mentions,
            role_mentions=role_mentions,
            poll=poll,
            editing=True,
        )
        route = _message_route(routes.PATCH_WEBHOOK_MESSAGE, webhook, token, message)
        query = {"with_components": "true", **_thread_query(thread)}
        return await message_requests.request_message(self, route, fields, query=query, authorization=None)

    async def delete_webhook_message(
        self,
        webhook: _Webhookish,
        token: str,
        message: snowflakes.SnowflakeishOr,
        *,
        thread: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        """Delete a message the webhook (or interaction) sent."""
        route = _message_route(routes.DELETE_WEBHOOK_MESSAGE, webhook, token, message)
        await self.request(route, query=_thread_query(thread) or None, authorization=None)
