"""Voice message endpoints: a voice message in a channel or through a webhook (#19).

A mixin of `RESTClientImpl`. A voice message (docs: `resources/message.mdx`, "Voice Messages") is
a message flagged IS_VOICE_MESSAGE with one audio attachment and nothing else: no content, no
embeds, no stickers, and it can never be edited. Its attachment carries `duration_secs` and a
`waveform` (base64, one byte per sample, at most 256 samples), which Discord reads only when the
file's content type is `audio/...` (an `.ogg` file is sent as `audio/ogg`).

```python
await rest.create_voice_message(channel_id, Path("hello.ogg"), waveform="AAAA//8AAA==", duration=2.5)
```
"""

from __future__ import annotations

__all__ = ["VoiceMessageEndpoints"]

import typing

from hikari_like import messages
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.builders import messages as message_builders
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import message_requests
from hikari_like.impl.rest.endpoints import messages as message_endpoints
from hikari_like.impl.rest.endpoints import webhooks as webhook_endpoints
from hikari_like.interactions import base_interactions
from hikari_like.interactions import callback_responses

if typing.TYPE_CHECKING:
    from hikari_like import files
    from hikari_like import webhooks
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED
_Flags: typing.TypeAlias = "undefined.UndefinedType | int | messages.MessageFlag"


def _voice_message(
    attachment: message_builders.Attachmentish,
    waveform: str,
    duration: float,
    flags: _Flags,
    mentions_reply: undefined.UndefinedOr[bool] = _UNDEFINED,
    *,
    editing: bool = False,
) -> tuple[JSONObject, list[files.Resource]]:
    """The body and the one upload of a voice message: the attachment's entry gains Discord's
    voice fields, the flags IS_VOICE_MESSAGE (an edit keeps an existing `Attachment` by ID)."""
    voice_flags = messages.MessageFlag.IS_VOICE_MESSAGE | (
        0 if isinstance(flags, undefined.UndefinedType) else flags
    )
    payload, uploads = message_builders.serialize_message_fields(
        attachment=attachment, flags=voice_flags, mentions_reply=mentions_reply, editing=editing
    )
    payload["attachments"][0].update(duration_secs=duration, waveform=waveform)
    return payload, uploads


class VoiceMessageEndpoints(rest_api.RESTClient):
    """`create_voice_message`, `execute_webhook_voice_message`, and an interaction's response as
    a voice message (`create_/edit_interaction_voice_message_response`)."""

    __slots__ = ()

    async def create_voice_message(
        self,
        channel: snowflakes.SnowflakeishOr,
        attachment: files.Resourceish,
        waveform: str,
        duration: float,
        *,
        reply: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = _UNDEFINED,
        reply_must_exist: undefined.UndefinedOr[bool] = _UNDEFINED,
        mentions_reply: undefined.UndefinedOr[bool] = _UNDEFINED,
        flags: _Flags = _UNDEFINED,
    ) -> messages.Message:
        """Send a voice message: `attachment` the audio file, `duration` its length in seconds,
        `waveform` its preview (base64). Needs SEND_MESSAGES and SEND_VOICE_MESSAGES in a guild.

        Sent with a nonce Discord enforces, as `create_message` is, so a retry after a reset or a
        5xx returns the first copy instead of sending a second one.

        ```python
        await rest.create_voice_message(channel_id, Path("note.ogg"), waveform, 3.2, reply=message)
        ```
        """
        payload, uploads = _voice_message(attachment, waveform, duration, flags, mentions_reply)
        message_endpoints.put_reply(payload, reply, reply_must_exist)
        message_endpoints.put_nonce(payload, _UNDEFINED)
        route = routes.compile_ids(routes.POST_CHANNEL_MESSAGES, channel=channel)
        return await message_requests.request_message(self, route, (payload, uploads))

    async def execute_webhook_voice_message(
        self,
        webhook: webhooks.ExecutableWebhook | snowflakes.SnowflakeishOr,
        token: str,
        attachment: files.Resourceish,
        waveform: str,
        duration: float,
        *,
        thread: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = _UNDEFINED,
        username: undefined.UndefinedOr[str] = _UNDEFINED,
        avatar_url: undefined.UndefinedOr[str | files.URL] = _UNDEFINED,
        flags: _Flags = _UNDEFINED,
    ) -> messages.Message:
        """Send a voice message through a webhook (its token, no bot token), into `thread` when
        given; `username` and `avatar_url` override the webhook's for this message.

        ```python
        await rest.execute_webhook_voice_message(webhook, webhook.token, Path("note.ogg"), waveform, 3.2)
        ```
        """
        payload, uploads = _voice_message(attachment, waveform, duration, flags)
        if not isinstance(username, undefined.UndefinedType):
            payload["username"] = username
        if not isinstance(avatar_url, undefined.UndefinedType):
            payload["avatar_url"] = str(avatar_url)
        query = {"wait": "true"}  # answered with the message rather than 204
        if not isinstance(thread, undefined.UndefinedType):
            query["thread_id"] = str(snowflakes.snowflake_of(thread))
        route = routes.POST_WEBHOOK_WITH_TOKEN.compile(
            webhook=webhook_endpoints.webhook_id_of(webhook), token=token
        )
        return await message_requests.request_message(
            self, route, (payload, uploads), query=query, authorization=None
        )

    async def create_interaction_voice_message_response(
        self,
        interaction: snowflakes.SnowflakeishOr,
        token: str,
        attachment: files.Resourceish,
        waveform: str,
        duration: float,
        *,
        flags: _Flags = _UNDEFINED,
    ) -> callback_responses.InteractionCallbackResponse:
        """Answer an interaction with a voice message (`flags` may add EPHEMERAL). Uses the
        interaction token, no bot token, and returns what Discord created.

        ```python
        await rest.create_interaction_voice_message_response(
            interaction.id, interaction.token, Path("note.ogg"), waveform, 3.2
        )
        ```
        """
        data, uploads = _voice_message(attachment, waveform, duration, flags)
        body = {"type": int(base_interactions.ResponseType.MESSAGE_CREATE), "data": data}
        route = routes.POST_INTERACTION_RESPONSE.compile(
            interaction=snowflakes.snowflake_of(interaction), token=token
        )
        response = await self.request(
            route, json=body, files=uploads, query={"with_response": "true"}, authorization=None
        )
        return callback_responses.InteractionCallbackResponse.from_payload(response, app=self)

    async def edit_interaction_voice_message_response(
        self,
        application: snowflakes.SnowflakeishOr,
        token: str,
        attachment: files.Resourceish | messages.Attachment,
        waveform: str,
        duration: float,
    ) -> messages.Message:
        """Make an interaction's initial response a voice message: how a deferred response becomes
        one (Discord refuses to turn a message with content into a voice message).

        ```python
        await rest.edit_interaction_voice_message_response(app_id, token, Path("note.ogg"), waveform, 3.2)
        ```
        """
        fields = _voice_message(attachment, waveform, duration, _UNDEFINED, editing=True)
        route = routes.PATCH_INTERACTION_RESPONSE.compile(
            webhook=snowflakes.snowflake_of(application), token=token
        )
        message = await message_requests.request_message(self, route, fields, authorization=None)
        message_requests.observe_interaction_answer(self, token)
        return message
