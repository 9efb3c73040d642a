"""What Discord answers to an interaction callback sent with `?with_response=true`.

The REST client's `create_interaction_response`, `create_modal_response` and
`create_autocomplete_response` return it, so a bot learns the ID of the message it just created
without a second request:

```python
response = await rest.create_interaction_response(interaction, token, ResponseType.MESSAGE_CREATE, "hi")
if response.resource and response.resource.message:
    print(response.resource.message.id)
```
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

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject


@attrs.define(slots=True, kw_only=True, unsafe_hash=True)
class InteractionCallback:
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
        message_id = get("response_message_id")
        activity_id = get("activity_instance_id")
        return cls(
            id=snowflakes.parse(payload["id"]),
            type=base_interactions.InteractionType(payload["type"]),
            activity_instance_id=undefined.UNDEFINED if activity_id is None else str(activity_id),
            response_message_id=undefined.UNDEFINED if message_id is None else snowflakes.parse(message_id),
            response_message_loading=bool(get("response_message_loading", False)),
            response_message_ephemeral=bool(get("response_message_ephemeral", False)),
        )


@attrs.define(slots=True, kw_only=True, unsafe_hash=True)
class InteractionCallbackActivityInstance:
    """The activity a `LAUNCH_ACTIVITY` response started."""

    id: str


@attrs.define(slots=True, kw_only=True)
class InteractionCallbackResource:
    """What the response created: a message (message responses), or an activity."""

    type: base_interactions.ResponseType
    activity_instance: InteractionCallbackActivityInstance | undefined.UndefinedType
    message: messages.Message | undefined.UndefinedType

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> InteractionCallbackResource:
        """Read the `resource` part of a callback response."""
        activity = payload.get("activity_instance")
        message = payload.get("message")
        return cls(
            type=base_interactions.ResponseType(payload["type"]),
            activity_instance=undefined.UNDEFINED
            if activity is None
            else InteractionCallbackActivityInstance(id=str(activity["id"])),
            message=undefined.UNDEFINED
            if message is None
            else messages.Message.from_payload(message, app=app),
        )


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
            interaction=InteractionCallback.from_payload(payload["interaction"]),
            resource=undefined.UNDEFINED
            if resource is None
            else InteractionCallbackResource.from_payload(resource, app=app),
        )
