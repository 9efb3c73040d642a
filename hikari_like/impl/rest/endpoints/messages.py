"""Channel message endpoints of the REST client: create, forward, fetch, edit and delete a message.

A mixin of `RESTClientImpl`; every method is one `request()`, the message ones shaped by
`serialize_message_fields` and sent by `message_requests.request_message`.

```python
message = await rest.create_message(channel_id, "hello", attachment=Path("report.txt"))
await rest.edit_message(channel_id, message, "hello again", attachments=None)
```
"""

from __future__ import annotations

__all__ = ["MessageEndpoints", "put_nonce", "put_reply"]

import typing

from hikari_like import messages
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.builders import messages as message_builders
from hikari_like.impl.rest import retries
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import message_requests

if typing.TYPE_CHECKING:
    from hikari_like import embeds as embeds_
    from hikari_like import files
    from hikari_like.impl.builders.components import ComponentBuilder
    from hikari_like.internal import mentions
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED


def _message_route(
    route: routes.Route, channel: snowflakes.SnowflakeishOr, message: snowflakes.SnowflakeishOr
) -> routes.CompiledRoute:
    return route.compile(channel=snowflakes.snowflake_of(channel), message=snowflakes.snowflake_of(message))


def put_reply(
    payload: JSONObject,
    reply: snowflakes.SnowflakeishOr | undefined.UndefinedType,
    reply_must_exist: bool | undefined.UndefinedType,
) -> None:
    """Make the message a reply to `reply` (`reply_must_exist=False`: sent even if it is gone)."""
    if reply is _UNDEFINED:
        return
    reference: JSONObject = {"message_id": str(snowflakes.snowflake_of(reply))}
    if reply_must_exist is not _UNDEFINED:
        reference["fail_if_not_exists"] = reply_must_exist
    payload["message_reference"] = reference


def put_nonce(payload: JSONObject, nonce: str | undefined.UndefinedType) -> None:
    """Send `nonce` (or a fresh one) with `enforce_nonce`, which makes a create safe to retry."""
    # A nonce Discord enforces makes a retried create return the first copy instead of a second
    # message, which is what lets the transport retry it after a reset or a 5xx. hikari enforces
    # a nonce it is given too; we also make one when none is given.
    payload["nonce"] = nonce if isinstance(nonce, str) and nonce else retries.new_nonce()
    payload["enforce_nonce"] = True


class MessageEndpoints(rest_api.RESTClient):
    """`create_message`, `forward_message`, `fetch_message`, `edit_message`, `delete_message`."""

    __slots__ = ()

    async def create_message(
        self,
        channel: snowflakes.SnowflakeishOr,
        content: typing.Any = _UNDEFINED,
        *,
        attachment: files.Resourceish | undefined.UndefinedType = _UNDEFINED,
        attachments: typing.Sequence[files.Resourceish] | undefined.UndefinedType = _UNDEFINED,
        component: ComponentBuilder | undefined.UndefinedType = _UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType = _UNDEFINED,
        embed: embeds_.Embed | undefined.UndefinedType = _UNDEFINED,
        embeds: typing.Sequence[embeds_.Embed] | undefined.UndefinedType = _UNDEFINED,
        poll: message_builders.PollBuildable | undefined.UndefinedType = _UNDEFINED,
        sticker: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        stickers: typing.Sequence[snowflakes.SnowflakeishOr] | undefined.UndefinedType = _UNDEFINED,
        tts: bool | undefined.UndefinedType = _UNDEFINED,
        nonce: str | undefined.UndefinedType = _UNDEFINED,
        reply: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        reply_must_exist: bool | undefined.UndefinedType = _UNDEFINED,
        mentions_everyone: bool | undefined.UndefinedType = _UNDEFINED,
        mentions_reply: bool | undefined.UndefinedType = _UNDEFINED,
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        flags: int | messages.MessageFlag | undefined.UndefinedType = _UNDEFINED,
    ) -> messages.Message:
        """Send a message to a channel.

        `content` may also be an `Embed` or a file, as in hikari. Use `embed`/`embeds`,
        `attachment`/`attachments`, `component`/`components` (one or the other of each pair). A new message
        pings nobody unless a mention argument allows it; `reply` makes it a reply (`reply_must_exist=False`
        sends it even if that message is gone). Files are uploaded as multipart. `poll` is a
        `PollBuilder` (its limits are checked before anything is sent; a poll cannot be edited later).

        Every call sends a `nonce` (yours, at most 25 characters, or a fresh snowflake-like one)
        with `enforce_nonce`, so that a retry after a reset, a timeout or a 5xx gets back the
        message the first attempt made instead of sending it twice. Discord also returns that
        message, without sending a new one, when you pass a nonce you used in the past few minutes.

        ```python
        await rest.create_message(channel_id, "report attached", attachment=Path("report.txt"), reply=message)
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
            mentions_reply=mentions_reply,
            user_mentions=user_mentions,
            role_mentions=role_mentions,
        )
        put_reply(payload, reply, reply_must_exist)
        message_requests.put_stickers(payload, sticker, stickers)
        put_nonce(payload, nonce)
        route = routes.POST_CHANNEL_MESSAGES.compile(channel=snowflakes.snowflake_of(channel))
        return await message_requests.request_message(self, route, (payload, uploads))

    async def forward_message(
        self,
        channel_to: snowflakes.SnowflakeishOr,
        message: snowflakes.SnowflakeishOr,
        channel_from: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> messages.Message:
        """Forward `message` into `channel_to`; the answer's `message_snapshots` hold the copy.

        `channel_from` is the forwarded message's channel, taken from `message` when it is a
        `Message` (`ValueError` when it is an ID and `channel_from` is not given). Discord forwards
        only plain messages (no polls, no system messages) the bot can read.

        ```python
        forward = await rest.forward_message(log_channel_id, interaction.target_message)
        ```
        """
        if isinstance(message, messages.Message):
            channel_from = message.channel_id
        if channel_from is _UNDEFINED:
            raise ValueError("give channel_from: the forwarded message's channel is not known from an ID")
        reference: JSONObject = {
            "type": int(messages.MessageReferenceType.FORWARD),
            "message_id": str(snowflakes.snowflake_of(message)),
            "channel_id": str(snowflakes.snowflake_of(channel_from)),
        }
        payload: JSONObject = {"message_reference": reference}
        put_nonce(payload, _UNDEFINED)
        route = routes.POST_CHANNEL_MESSAGES.compile(channel=snowflakes.snowflake_of(channel_to))
        return await message_requests.request_message(self, route, (payload, ()))

    async def fetch_message(
        self, channel: snowflakes.SnowflakeishOr, message: snowflakes.SnowflakeishOr
    ) -> messages.Message:
        """A message by channel and ID. Raises `NotFoundError` (code 10008) if unknown."""
        route = _message_route(routes.GET_CHANNEL_MESSAGE, channel, message)
        return messages.Message.from_payload(await self.request(route), app=self)

    async def edit_message(
        self,
        channel: snowflakes.SnowflakeishOr,
        message: snowflakes.SnowflakeishOr,
        content: typing.Any = _UNDEFINED,
        *,
        attachment: message_builders.Attachmentish | undefined.UndefinedType | None = _UNDEFINED,
        attachments: typing.Sequence[message_builders.Attachmentish]
        | undefined.UndefinedType
        | None = _UNDEFINED,
        component: ComponentBuilder | undefined.UndefinedType | None = _UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType | None = _UNDEFINED,
        embed: embeds_.Embed | undefined.UndefinedType | None = _UNDEFINED,
        embeds: typing.Sequence[embeds_.Embed] | undefined.UndefinedType | None = _UNDEFINED,
        mentions_everyone: bool | undefined.UndefinedType = _UNDEFINED,
        mentions_reply: bool | undefined.UndefinedType = _UNDEFINED,
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        flags: int | messages.MessageFlag | undefined.UndefinedType = _UNDEFINED,
    ) -> messages.Message:
        """Edit a message: `UNDEFINED` keeps a field, `None` clears it.

        `attachments=None` (or `attachment=None`) removes every attachment; existing `Attachment`
        objects in `attachments` are kept. Mentions are left as they were unless a mention argument is given.
        """
        fields = message_requests.serialize_clearable_fields(
            content=content,
            attachment=attachment,
            attachments=attachments,
            component=component,
            components=components,
            embed=embed,
            embeds=embeds,
            flags=flags,
            mentions_everyone=mentions_everyone,
            mentions_reply=mentions_reply,
            user_mentions=user_mentions,
            role_mentions=role_mentions,
            editing=True,
        )
        route = _message_route(routes.PATCH_CHANNEL_MESSAGE, channel, message)
        return await message_requests.request_message(self, route, fields)

    async def delete_message(
        self,
        channel: snowflakes.SnowflakeishOr,
        message: snowflakes.SnowflakeishOr,
        *,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        """Delete a message; `reason` goes to the audit log."""
        route = _message_route(routes.DELETE_CHANNEL_MESSAGE, channel, message)
        await self.request(route, reason=reason)
