"""What Discord answers to an interaction callback sent with `?with_response=true`.

The REST client's `create_interaction_response`, `create_modal_response` and
`create_autocomplete_response` return it, so a bot learns the ID of the message it just created
without a second request:

```python
response = await rest.create_interaction_response(interaction, token, ResponseType.MESSAGE_CREATE, "hi")
if response.resource and response.resource.message:
    print(response.resource.message.id)
```

The interaction's ID and type are required; any other field that is missing or of the wrong
type reads as absent (`UNDEFINED`, `False`), and a message that cannot be read is left out.
"""

from __future__ import annotations

__all__ = [
    "InteractionCallback",
    "InteractionCallbackActivityInstance",
    "InteractionCallbackResource",
    "InteractionCallbackResponse",
]

import typing

import attrs

from hikari_like import messages
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.interactions import base_interactions
from hikari_like.interactions.base_interactions import InteractionCallbackActivityInstance
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject


@attrs.define(slots=True, kw_only=True, unsafe_hash=True)
class InteractionCallback(snowflakes.UniqueEntity):
    """The interaction that was answered, and what happened to its response message."""

    id: snowflakes.Snowflake = attrs.field(hash=True)
    type: base_interactions.InteractionType = attrs.field(eq=False)
    activity_instance_id: str | undefined.UndefinedType = attrs.field(eq=False, repr=False)
    response_message_id: snowflakes.Snowflake | undefined.UndefinedType = attrs.field(eq=False)
    """The message the response created, when it created one."""
    response_message_loading: bool = attrs.field(eq=False, repr=False)
    """Whether that message shows "thinking..." (a deferred response)."""
    response_message_ephemeral: bool = attrs.field(eq=False, repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject) -> InteractionCallback:
        """Read the `interaction` part of a callback response."""
        get = payload.get
        message_id = snowflakes.parse_or_none(get("response_message_id"))
        return cls(
            id=snowflakes.parse(payload["id"]),
            type=base_interactions.InteractionType(_required_integer(payload, "type")),
            activity_instance_id=_text_or_undefined(get("activity_instance_id")),
            response_message_id=undefined.UNDEFINED if message_id is None else message_id,
            response_message_loading=read.flag(get("response_message_loading")) is True,
            response_message_ephemeral=read.flag(get("response_message_ephemeral")) is True,
        )


def _required_integer(payload: JSONObject, key: str) -> int:
    value = read.integer(payload[key])
    if value is None:
        raise TypeError(f"{key} is an integer")
    return value


def _text_or_undefined(value: object) -> str | undefined.UndefinedType:
    text = read.text(value)
    return undefined.UNDEFINED if text is None else text


@attrs.define(slots=True, kw_only=True)
class InteractionCallbackResource:
    """What the response created: a message (message responses), or an activity."""

    type: base_interactions.ResponseType
    activity_instance: InteractionCallbackActivityInstance | undefined.UndefinedType
    message: messages.Message | undefined.UndefinedType

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> InteractionCallbackResource:
        """Read the `resource` part of a callback response."""
        activity_id = read.text(read.mapping(payload.get("activity_instance")).get("id"))
        return cls(
            type=base_interactions.ResponseType(_required_integer(payload, "type")),
            activity_instance=undefined.UNDEFINED
            if activity_id is None
            else InteractionCallbackActivityInstance(id=activity_id),
            message=_message_or_undefined(payload.get("message"), app),
        )


def _message_or_undefined(
    payload: object, app: traits.RESTAware
) -> messages.Message | undefined.UndefinedType:
    if not isinstance(payload, dict):
        return undefined.UNDEFINED
    try:
        return messages.Message.from_payload(payload, app=app)
    except (KeyError, TypeError, ValueError):
        return undefined.UNDEFINED


@attrs.define(slots=True, kw_only=True)
class InteractionCallbackResponse:
    """Discord's answer to an interaction callback: the interaction, and what was created."""

    interaction: InteractionCallback
    resource: InteractionCallbackResource | undefined.UndefinedType
    """`UNDEFINED` when the response created nothing Discord reports (a modal, autocomplete)."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> InteractionCallbackResponse:
        """Read an interaction callback response object."""
        resource = payload.get("resource")
        return cls(
            interaction=InteractionCallback.from_payload(read.required_object(payload, "interaction")),
            resource=_resource_or_undefined(resource, app),
        )


def _resource_or_undefined(
    payload: object, app: traits.RESTAware
) -> InteractionCallbackResource | undefined.UndefinedType:
    if not isinstance(payload, dict):
        return undefined.UNDEFINED
    try:
        return InteractionCallbackResource.from_payload(payload, app=app)
    except (KeyError, TypeError, ValueError):
        return undefined.UNDEFINED
