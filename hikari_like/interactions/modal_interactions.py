"""Modal interactions: a user submitted a modal, and what they entered in it.

A modal's components arrive either as action rows holding text inputs (the original layout) or
as labels (type 18) that wrap one text input, select menu, file upload, radio group, checkbox
group or checkbox, next to text displays (type 10). Both rows and labels iterate over the
interactive components they hold, so hikari-style loops work for either layout:

```python
for row in interaction.components:
    for component in row:
        if isinstance(component, TextInputComponent):
            print(component.custom_id, component.value)
```

`interaction.get_value(custom_id)` gives one answer, typed by its component. The component models
are those of `hikari_like.components`: rows are `ActionRowComponent`s (`ModalActionRowComponent`),
text inputs are `TextInputComponent`s, and text displays and components this release does not
know are plain `ModalComponent`s (`PartialComponent`: type and id), kept in place next to the
known ones.
"""

from __future__ import annotations

__all__ = [
    "MODAL_RESPONSE_TYPES",
    "ActionRowComponent",
    "CheckboxComponent",
    "CheckboxGroupComponent",
    "FileUploadComponent",
    "LabelComponent",
    "ModalActionRowComponent",
    "ModalComponent",
    "ModalInteraction",
    "ModalInteractionMetadata",
    "ModalResponseTypesT",
    "ModalSelectMenuComponent",
    "ModalValueT",
    "RadioGroupComponent",
    "TextInputComponent",
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

ModalResponseTypesT = typing.Literal[
    base_interactions.ResponseType.MESSAGE_CREATE,
    4,
    base_interactions.ResponseType.DEFERRED_MESSAGE_CREATE,
    5,
    base_interactions.ResponseType.MESSAGE_UPDATE,
    7,
    base_interactions.ResponseType.DEFERRED_MESSAGE_UPDATE,
    6,
]
"""The response types a modal interaction accepts (never another modal)."""

MODAL_RESPONSE_TYPES: typing.Final[typing.AbstractSet[int]] = frozenset([4, 5, 6, 7])

# Read once here: `build_response()` runs per interaction, and enum attribute reads are slow.
_MESSAGE_CREATE: typing.Final = base_interactions.ResponseType.MESSAGE_CREATE
_DEFERRED_MESSAGE_CREATE: typing.Final = base_interactions.ResponseType.DEFERRED_MESSAGE_CREATE

ModalComponent = components_.PartialComponent
"""Any submitted modal component (type and id); text displays and unknown types are just this."""

# The row and text input models are shared with messages; re-exported under their old home.
TextInputComponent = components_.TextInputComponent
ActionRowComponent = components_.ActionRowComponent
ModalActionRowComponent = components_.ModalActionRowComponent


@attrs.define(kw_only=True)
class ModalSelectMenuComponent(components_.PartialComponent):
    """A select menu in a modal and what was chosen (IDs for user, role, channel selects)."""

    custom_id: str
    values: typing.Sequence[str]


@attrs.define(kw_only=True)
class FileUploadComponent(components_.PartialComponent):
    """A file upload; the files are in the interaction's `resolved.attachments`."""

    custom_id: str
    values: typing.Sequence[snowflakes.Snowflake]
    """The uploaded attachments' IDs."""


@attrs.define(kw_only=True)
class RadioGroupComponent(components_.PartialComponent):
    """A radio group and the value of the chosen option; `None` when it was optional and left empty."""

    custom_id: str
    value: str | None


@attrs.define(kw_only=True)
class CheckboxGroupComponent(components_.PartialComponent):
    """A checkbox group and the values of the ticked boxes (empty when none were ticked)."""

    custom_id: str
    values: typing.Sequence[str]


@attrs.define(kw_only=True)
class CheckboxComponent(components_.PartialComponent):
    """A single checkbox and whether it was ticked."""

    custom_id: str
    value: bool


ModalValueT = str | bool | typing.Sequence[str] | typing.Sequence[snowflakes.Snowflake] | None
"""What `ModalInteraction.get_value` returns: a text input's text, a radio group's choice (or
`None`), a checkbox's state, or the values of a select, checkbox group or file upload."""


@attrs.define(kw_only=True)
class LabelComponent(components_.PartialComponent):
    """A label wrapping one interactive component; iterating it yields that component."""

    component: ModalComponent

    @property
    def components(self) -> typing.Sequence[ModalComponent]:
        """The wrapped component, as a one-item sequence (so labels read like rows)."""
        return (self.component,)

    def __iter__(self) -> typing.Iterator[ModalComponent]:
        yield self.component

    def __getitem__(self, index: int) -> ModalComponent:
        return self.components[index]

    def __len__(self) -> int:
        return 1


# Each parser gets the fields every interactive component has (type, id, custom_id) and its payload.
_Fields: typing.TypeAlias = dict[str, typing.Any]


def _strings(payload: JSONObject) -> list[str]:
    return [value for value in read.array(payload.get("values")) if isinstance(value, str)]


def _text_input(fields: _Fields, payload: JSONObject) -> ModalComponent:
    return TextInputComponent(**fields, value=read.text(payload.get("value")) or "")


def _select(fields: _Fields, payload: JSONObject) -> ModalComponent:
    return ModalSelectMenuComponent(**fields, values=_strings(payload))


def _file_upload(fields: _Fields, payload: JSONObject) -> ModalComponent:
    ids = read.each(read.array(payload.get("values")), snowflakes.parse)
    return FileUploadComponent(**fields, values=ids)


def _radio_group(fields: _Fields, payload: JSONObject) -> ModalComponent:
    # `null` when an optional group was left empty; a value of another type reads the same way.
    return RadioGroupComponent(**fields, value=read.text(payload.get("value")))


def _checkbox_group(fields: _Fields, payload: JSONObject) -> ModalComponent:
    return CheckboxGroupComponent(**fields, values=_strings(payload))


def _checkbox(fields: _Fields, payload: JSONObject) -> ModalComponent:
    return CheckboxComponent(**fields, value=payload.get("value") is True)


_INTERACTIVE: typing.Final[typing.Mapping[int, typing.Callable[[_Fields, JSONObject], ModalComponent]]] = {
    components_.ComponentType.TEXT_INPUT: _text_input,
    **dict.fromkeys(components_.SelectMenuTypes, _select),
    components_.ComponentType.FILE_UPLOAD: _file_upload,
    components_.ComponentType.RADIO_GROUP: _radio_group,
    components_.ComponentType.CHECKBOX_GROUP: _checkbox_group,
    components_.ComponentType.CHECKBOX: _checkbox,
}


def _parse_interactive(payload: JSONObject) -> ModalComponent:
    component_type = components_.ComponentType(payload["type"])
    parse = _INTERACTIVE.get(component_type)
    if parse is None:
        return ModalComponent(type=component_type, id=_id(payload))
    fields = {
        "type": component_type,
        "id": _id(payload),
        "custom_id": read.required_text(payload, "custom_id"),
    }
    return parse(fields, payload)


def _parse_top_level(payload: JSONObject) -> ModalComponent:
    component_type = components_.ComponentType(payload["type"])
    component_id = _id(payload)
    if component_type == components_.ComponentType.ACTION_ROW:
        row = _readable(_parse_interactive, payload.get("components"))
        return ModalActionRowComponent(type=component_type, id=component_id, components=row)
    if component_type == components_.ComponentType.LABEL:
        inner = _readable(_parse_interactive, [payload.get("component")])
        if inner:
            return LabelComponent(type=component_type, id=component_id, component=inner[0])
    return ModalComponent(type=component_type, id=component_id)


def _readable(parse: typing.Callable[[JSONObject], ModalComponent], payloads: object) -> list[ModalComponent]:
    # As a message's components are read: one that cannot be read is kept as its type and id,
    # and one without an integer type is left out.
    readable = []
    for payload in read.objects(payloads):
        if read.integer(payload.get("type")) is None:
            continue
        try:
            readable.append(parse(payload))
        except (KeyError, TypeError, ValueError):
            readable.append(ModalComponent(type=components_.ComponentType(payload["type"]), id=_id(payload)))
    return readable


def _id(payload: JSONObject) -> int:
    return read.integer(payload.get("id")) or 0


class ModalInteraction(base_interactions.MessageResponseMixin):
    """A submitted modal.

    ```python
    async def on_modal(interaction: ModalInteraction) -> InteractionMessageBuilder:
        answer = interaction.get_value("feedback")
        return interaction.build_response().set_content(f"Thanks: {answer}")
    ```
    """

    __slots__ = ("_components", "_message", "_resolved", "custom_id")

    custom_id: str
    """The modal's custom ID."""

    _repr_fields = ("guild_id", "user", "custom_id", "components")
    _checked_up_front = _required.MODAL

    def _read_data(self, data: JSONObject) -> None:
        self.custom_id = read.required_text(data, "custom_id")

    @lazy.lazy
    def components(self) -> typing.Sequence[ModalComponent]:
        """The modal's top-level components: action rows, labels, text displays."""
        return _readable(_parse_top_level, self._data.get("components"))

    @lazy.lazy
    def message(self) -> messages.Message | None:
        """The message whose component opened the modal; `None` when a command opened it."""
        return base_interactions.optional_message(self._payload, self.app)

    @lazy.lazy
    def resolved(self) -> base_interactions.ResolvedOptionData | None:
        """The objects behind IDs chosen in selects and file uploads."""
        return base_interactions.resolved_of(self._data, self.app, self.guild_id)

    def iter_components(self) -> typing.Iterator[ModalComponent]:
        """Every interactive component, out of its row or label, in order."""
        for top_level in self.components:
            if isinstance(top_level, ActionRowComponent | LabelComponent):
                yield from top_level
            else:
                yield top_level

    def get_component(self, custom_id: str) -> ModalComponent | None:
        """The interactive component with `custom_id` (out of its row or label), or `None`.

        Use it to tell an optional radio group left empty (`RadioGroupComponent` with `value`
        `None`) from a modal without that group (`None`):

        ```python
        size = interaction.get_component("size")
        if isinstance(size, RadioGroupComponent) and size.value is None:
            ...  # shown, but nothing chosen
        ```
        """
        for component in self.iter_components():
            if getattr(component, "custom_id", None) == custom_id:
                return component
        return None

    def get_value(self, custom_id: str) -> ModalValueT:
        """What was entered in the component with `custom_id`, typed by its kind.

        A text input gives its `str`; a select menu, checkbox group or file upload the
        `Sequence` of its values (`str`, or the attachments' `Snowflake`s for an upload); a
        radio group the chosen value, or `None` if it was optional and left empty; a checkbox
        `True` or `False`. `None` also when there is no such component (or one this release
        cannot read): `get_component` tells those apart.

        ```python
        agreed = interaction.get_value("terms") is True
        ```
        """
        component = self.get_component(custom_id)
        if isinstance(component, TextInputComponent | RadioGroupComponent | CheckboxComponent):
            return component.value
        if isinstance(component, ModalSelectMenuComponent | FileUploadComponent | CheckboxGroupComponent):
            return component.values
        return None

    def build_response(self) -> special_endpoints.InteractionMessageBuilder:
        """A builder for a message response (type `MESSAGE_CREATE`)."""
        return base_interactions.message_builder_class()(_MESSAGE_CREATE)

    def build_deferred_response(self) -> special_endpoints.InteractionDeferredBuilder:
        """A builder for a deferred response (type `DEFERRED_MESSAGE_CREATE`)."""
        return base_interactions.deferred_builder_class()(_DEFERRED_MESSAGE_CREATE)


@attrs.define(kw_only=True, unsafe_hash=True)
class ModalInteractionMetadata(base_interactions.PartialInteractionMetadata):
    """A message's interaction metadata when a modal submit created the message."""

    triggering_interaction_metadata: base_interactions.PartialInteractionMetadata | None = attrs.field(
        eq=False
    )
    """The metadata of the interaction that opened the modal."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read modal submit interaction metadata."""
        triggering = read.each(
            read.objects([payload.get("triggering_interaction_metadata")]),
            lambda item: base_interactions.deserialize_interaction_metadata(item, app=app),
        )
        return cls(
            **base_interactions.metadata_fields(payload, app),
            triggering_interaction_metadata=triggering[0] if triggering else None,
        )
