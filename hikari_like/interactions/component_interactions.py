"""Component interactions: a button pressed or a select menu chosen from on a message."""

from __future__ import annotations

__all__ = [
    "COMPONENT_RESPONSE_TYPES",
    "ComponentInteraction",
    "ComponentInteractionMetadata",
    "ComponentResponseTypesT",
]

import typing

import attrs

from hikari_like import components as components_
from hikari_like import messages
from hikari_like import snowflakes
from hikari_like.interactions import _required
from hikari_like.interactions import base_interactions
from hikari_like.internal import lazy
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.impl import builders as special_endpoints
    from hikari_like.internal.json import JSONObject

ComponentResponseTypesT = base_interactions.MessageResponseTypesT | base_interactions.DeferredResponseTypesT
"""The response types a component interaction accepts (besides a modal)."""

COMPONENT_RESPONSE_TYPES: typing.Final[typing.AbstractSet[int]] = (
    base_interactions.MESSAGE_RESPONSE_TYPES | base_interactions.DEFERRED_RESPONSE_TYPES
)


class ComponentInteraction(base_interactions.MessageResponseMixin, base_interactions.ModalResponseMixin):
    """A button press or a select-menu choice.

    ```python
    async def on_component(interaction: ComponentInteraction) -> InteractionMessageBuilder:
        return interaction.build_response(ResponseType.MESSAGE_UPDATE).set_content("Clicked!")
    ```
    """

    __slots__ = ("_component_type", "_message", "_resolved", "_values", "custom_id")

    custom_id: str

    _repr_fields = ("guild_id", "user", "component_type", "custom_id", "values")
    _checked_up_front = _required.COMPONENT

    def _read_data(self, data: JSONObject) -> None:
        self.custom_id = read.required_text(data, "custom_id")

    @lazy.lazy
    def component_type(self) -> components_.ComponentType:
        """A button or one of the select menus."""
        return components_.ComponentType(self._data["component_type"])

    @lazy.lazy
    def values(self) -> typing.Sequence[str]:
        """What was chosen in a select menu (IDs for user/role/channel selects); empty for buttons."""
        return list(self._data.get("values") or ())  # checked up front: strings

    @lazy.lazy
    def resolved(self) -> base_interactions.ResolvedOptionData | None:
        """The objects behind the IDs chosen in a user, role, mentionable or channel select."""
        return base_interactions.resolved_of(self._data, self.app, self.guild_id)

    @lazy.lazy
    def message(self) -> messages.Message:
        """The message the component is on."""
        return messages.Message.from_payload(self._payload["message"], app=self.app)  # checked up front

    def build_response(
        self, type_: base_interactions.MessageResponseTypesT, /
    ) -> special_endpoints.InteractionMessageBuilder:
        """A message response builder: `MESSAGE_UPDATE` edits the message, `MESSAGE_CREATE` sends one.

        Raises `ValueError` for any other type.
        """
        if type_ not in base_interactions.MESSAGE_RESPONSE_TYPES:
            raise ValueError(f"{type_!r} is not MESSAGE_CREATE or MESSAGE_UPDATE")
        return base_interactions.message_builder_class()(type_)

    def build_deferred_response(
        self, type_: base_interactions.DeferredResponseTypesT, /
    ) -> special_endpoints.InteractionDeferredBuilder:
        """A deferred response builder: `DEFERRED_MESSAGE_UPDATE` or `DEFERRED_MESSAGE_CREATE`.

        Raises `ValueError` for any other type.
        """
        if type_ not in base_interactions.DEFERRED_RESPONSE_TYPES:
            raise ValueError(f"{type_!r} is not DEFERRED_MESSAGE_CREATE or DEFERRED_MESSAGE_UPDATE")
        return base_interactions.deferred_builder_class()(type_)


@attrs.define(kw_only=True, unsafe_hash=True)
class ComponentInteractionMetadata(base_interactions.PartialInteractionMetadata):
    """A message's interaction metadata when a component interaction created the message."""

    interacted_message_id: snowflakes.Snowflake = attrs.field(eq=False)
    """The message that held the component."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read component interaction metadata."""
        return cls(
            **base_interactions.metadata_fields(payload, app),
            interacted_message_id=snowflakes.parse(payload["interacted_message_id"]),
        )
