"""Interaction endpoints of the REST client: the initial response, and the original response after it.

A mixin of `RESTClientImpl`. Interaction callbacks (`POST /interactions/{id}/{token}/callback`) are
exempt from Discord's global rate limit and use no bot token: the interaction token in the path is
the credential. The callbacks ask for `?with_response=true`, so they return what was created.

```python
await rest.create_interaction_response(
    interaction.id, interaction.token, ResponseType.DEFERRED_MESSAGE_CREATE
)
await rest.edit_interaction_response(interaction.application_id, interaction.token, "done")
```
"""

from __future__ import annotations

__all__ = ["InteractionEndpoints"]

import typing

from hikari_like import messages
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.builders import messages as message_builders
from hikari_like.impl.builders import responses as response_builders
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import message_requests
from hikari_like.interactions import base_interactions
from hikari_like.interactions import callback_responses

if typing.TYPE_CHECKING:
    from hikari_like import embeds as embeds_
    from hikari_like import files
    from hikari_like.impl.builders.components import ComponentBuilder
    from hikari_like.internal import mentions
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED
_WITH_RESPONSE: typing.Final = {"with_response": "true"}
_DEFERRED_TYPES: typing.Final = frozenset(
    {
        base_interactions.ResponseType.DEFERRED_MESSAGE_CREATE,
        base_interactions.ResponseType.DEFERRED_MESSAGE_UPDATE,
    }
)


def _callback_route(interaction: snowflakes.SnowflakeishOr, token: str) -> routes.CompiledRoute:
    return routes.POST_INTERACTION_RESPONSE.compile(
        interaction=snowflakes.snowflake_of(interaction), token=token
    )


def _original_route(
    route: routes.Route, application: snowflakes.SnowflakeishOr, token: str
) -> routes.CompiledRoute:
    return route.compile(webhook=snowflakes.snowflake_of(application), token=token)


def _one_or_many(
    one: ComponentBuilder | undefined.UndefinedType,
    many: typing.Sequence[ComponentBuilder] | undefined.UndefinedType,
) -> typing.Sequence[ComponentBuilder]:
    if (one is _UNDEFINED) == (many is _UNDEFINED):
        raise ValueError("give exactly one of component or components")
    return [one] if one is not _UNDEFINED else typing.cast("typing.Sequence[ComponentBuilder]", many)


class InteractionEndpoints(rest_api.RESTClient):
    """Initial responses (message, deferral, modal, autocomplete) and the original response."""

    __slots__ = ()

    async def _send_callback(
        self,
        interaction: snowflakes.SnowflakeishOr,
        token: str,
        body: JSONObject,
        uploads: typing.Sequence[files.Resource] = (),
    ) -> callback_responses.InteractionCallbackResponse:
        route = _callback_route(interaction, token)
        response = await self.request(
            route, json=body, files=uploads, query=_WITH_RESPONSE, authorization=None
        )
        return callback_responses.InteractionCallbackResponse.from_payload(response, app=self)

    async def create_interaction_response(
        self,
        interaction: snowflakes.SnowflakeishOr,
        token: str,
        response_type: int | base_interactions.ResponseType,
        content: typing.Any = _UNDEFINED,
        *,
        flags: int | messages.MessageFlag | undefined.UndefinedType = _UNDEFINED,
        tts: bool | undefined.UndefinedType = _UNDEFINED,
        attachment: files.Resourceish | undefined.UndefinedType | None = _UNDEFINED,
        attachments: typing.Sequence[files.Resourceish] | undefined.UndefinedType | None = _UNDEFINED,
        component: ComponentBuilder | undefined.UndefinedType | None = _UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType | None = _UNDEFINED,
        embed: embeds_.Embed | undefined.UndefinedType | None = _UNDEFINED,
        embeds: typing.Sequence[embeds_.Embed] | undefined.UndefinedType | None = _UNDEFINED,
        poll: message_builders.PollBuildable | undefined.UndefinedType = _UNDEFINED,
        mentions_everyone: bool | undefined.UndefinedType = _UNDEFINED,
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
    ) -> callback_responses.InteractionCallbackResponse:
        """Send an interaction's initial response (within 3 seconds of receiving it).

        `response_type` is a `ResponseType`: `MESSAGE_CREATE` and `MESSAGE_UPDATE` take the message
        fields (and a `poll`); the deferred types take only `flags` (`MessageFlag.EPHEMERAL` for a
        private "thinking..."; `IS_COMPONENTS_V2` is left out of a deferral, as Discord refuses it
        there, with a warning logged once); `LAUNCH_ACTIVITY` takes nothing. Exempt from the global
        rate limit; uses no bot token. Returns what Discord created.

        ```python
        await rest.create_interaction_response(
            interaction.id, interaction.token, ResponseType.MESSAGE_CREATE, "pong"
        )
        ```
        """
        response_type = base_interactions.ResponseType(response_type)
        if response_type in _DEFERRED_TYPES:
            flags = response_builders.deferral_flags(flags)
        data, uploads = message_requests.serialize_clearable_fields(
            content=content,
            attachment=attachment,
            attachments=attachments,
            component=component,
            components=components,
            embed=embed,
            embeds=embeds,
            poll=poll,
            flags=flags,
            tts=tts,
            mentions_everyone=mentions_everyone,
            user_mentions=user_mentions,
            role_mentions=role_mentions,
            # A new message pings nobody unless asked; updates and deferrals keep what is there.
            # Only a new message gets the default allowed_mentions; updates keep the message's own,
            # and deferrals carry no message yet.
            editing=response_type != base_interactions.ResponseType.MESSAGE_CREATE,
        )
        body: JSONObject = {"type": int(response_type)}
        if data:
            body["data"] = data
        return await self._send_callback(interaction, token, body, uploads)

    async def create_modal_response(
        self,
        interaction: snowflakes.SnowflakeishOr,
        token: str,
        *,
        title: str,
        custom_id: str,
        component: ComponentBuilder | undefined.UndefinedType = _UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType = _UNDEFINED,
    ) -> callback_responses.InteractionCallbackResponse:
        """Answer an interaction with a modal: a title, your `custom_id`, and `component` or `components`."""
        rows = [row.build()[0] for row in _one_or_many(component, components)]
        data = {"title": title, "custom_id": custom_id, "components": rows}
        body: JSONObject = {"type": int(base_interactions.ResponseType.MODAL), "data": data}
        return await self._send_callback(interaction, token, body)

    async def create_autocomplete_response(
        self,
        interaction: snowflakes.SnowflakeishOr,
        token: str,
        choices: typing.Sequence[response_builders.AutocompleteChoiceBuilder],
    ) -> callback_responses.InteractionCallbackResponse:
        """Answer an autocomplete interaction with up to 25 choices."""
        data = {"choices": [choice.build() for choice in choices]}
        body: JSONObject = {"type": int(base_interactions.ResponseType.AUTOCOMPLETE), "data": data}
        return await self._send_callback(interaction, token, body)

    async def fetch_interaction_response(
        self, application: snowflakes.SnowflakeishOr, token: str
    ) -> messages.Message:
        """The initial response of an interaction (`application` is the application's ID)."""
        route = _original_route(routes.GET_INTERACTION_RESPONSE, application, token)
        return messages.Message.from_payload(await self.request(route, authorization=None), app=self)

    async def edit_interaction_response(
        self,
        application: snowflakes.SnowflakeishOr,
        token: str,
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
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        poll: message_builders.PollBuildable | undefined.UndefinedType = _UNDEFINED,
        flags: int | messages.MessageFlag | undefined.UndefinedType = _UNDEFINED,
    ) -> messages.Message:
        """Edit an interaction's initial response (this is how a deferred response is completed).

        Same rules as `edit_message`: `UNDEFINED` keeps a field, `None` clears it. Beyond hikari's
        parameters: `poll` (Discord takes one only on the edit completing a deferred response)
        and `flags` (Discord takes `SUPPRESS_EMBEDS` and `IS_COMPONENTS_V2` on an edit).
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
            flags=flags,
            editing=True,
        )
        route = _original_route(routes.PATCH_INTERACTION_RESPONSE, application, token)
        message = await message_requests.request_message(self, route, fields, authorization=None)
        message_requests.observe_interaction_answer(self, token)
        return message

    async def delete_interaction_response(self, application: snowflakes.SnowflakeishOr, token: str) -> None:
        """Delete an interaction's initial response."""
        route = _original_route(routes.DELETE_INTERACTION_RESPONSE, application, token)
        await self.request(route, authorization=None)
        message_requests.observe_interaction_answer(self, token)
