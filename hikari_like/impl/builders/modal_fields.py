"""Labels, and the modal fields that sit only in a label: file uploads, radio groups, checkbox
groups and checkboxes.

What Discord would refuse raises `errors.DiscordRuleError` where it is made, or at `build()` when
it needs the whole component (a radio group's single default, a checkbox group's counts against
its options).

```python
size = RadioGroupComponentBuilder(custom_id="size").add_option("Small", "s").add_option("Large", "l")
label = LabelComponentBuilder(label="Size", component=size)
```
"""

from __future__ import annotations

__all__ = [
    "CheckboxComponentBuilder",
    "CheckboxGroupComponentBuilder",
    "CheckboxGroupOptionBuilder",
    "FileUploadComponentBuilder",
    "LabelComponentBuilder",
    "RadioGroupComponentBuilder",
    "RadioGroupOptionBuilder",
]

import typing

import attrs

from hikari_like import components
from hikari_like import errors
from hikari_like import undefined
from hikari_like.api.special_endpoints import ComponentBuilder
from hikari_like.impl.builders import checks as builder_checks
from hikari_like.impl.builders import component_rules
from hikari_like.impl.builders import components as components_builders
from hikari_like.impl.builders import value_counts
from hikari_like.impl.builders.components import TextInputBuilder
from hikari_like.impl.builders.fields import put_defined

if typing.TYPE_CHECKING:
    from hikari_like import files
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED
MAX_CHOICE_OPTIONS: typing.Final = component_rules.MAX_CHOICE_OPTIONS


def _file_type_list(value: typing.Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        msg = f"file_types is a list of file types, such as [{value!r}]"
        raise TypeError(msg)
    return tuple(value)


def _check_file_types(_: object, __: object, value: tuple[str, ...]) -> None:
    component_rules.check_file_types(value)


@attrs.define(slots=True, kw_only=True)
class FileUploadComponentBuilder(value_counts.RequiredCountSetters):
    """A modal field for uploading files; it must sit in a `LabelComponentBuilder`.

    `file_types` limits what may be picked: `"image"`, `"video"`, `"audio"` or extensions such as
    `".pdf"` (up to 10; Discord checks only the file name's extension).

    >>> upload = FileUploadComponentBuilder(custom_id="shots", max_values=3, file_types=["image"])
    >>> label = LabelComponentBuilder(label="Screenshots", component=upload)
    """

    custom_id: str = attrs.field(validator=builder_checks.text_length(1, 100))
    id: int | undefined.UndefinedType = _UNDEFINED
    min_values: int = attrs.field(default=1, validator=builder_checks.in_range(0, 10))
    max_values: int = attrs.field(default=1, validator=builder_checks.in_range(1, 10))
    is_required: bool = True
    file_types: typing.Sequence[str] = attrs.field(
        default=(), converter=_file_type_list, validator=_check_file_types
    )

    @property
    def type(self) -> typing.Literal[components.ComponentType.FILE_UPLOAD]:
        """Always `ComponentType.FILE_UPLOAD`."""
        return components.ComponentType.FILE_UPLOAD

    def set_custom_id(self, custom_id: str, /) -> typing.Self:
        """Set `custom_id`: the key of the uploaded files in the modal submission (1 to 100 characters).

        Returns the builder, for chaining.
        """
        self.custom_id = custom_id
        return self

    def set_file_types(self, file_types: typing.Iterable[str], /) -> typing.Self:
        """Accept only these file types (`"image"`, `"video"`, `"audio"`, `".pdf"`, ...); empty for any."""
        self.file_types = _file_type_list(file_types)
        return self

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The file upload payload (counts, `required`, any `file_types`) and no attachments. Pure."""
        payload: JSONObject = {"type": int(self.type), "custom_id": self.custom_id}
        put_defined(payload, "id", self.id)
        payload["min_values"] = self.min_values
        payload["max_values"] = self.max_values
        payload["required"] = self.is_required
        if self.file_types:
            payload["file_types"] = list(self.file_types)
        return payload, ()


# -- radio groups, checkbox groups, checkboxes -----------------------------------------------------


_ChoiceOptionBuilder = components_builders.BaseOptionBuilder


@attrs.define(slots=True)
class RadioGroupOptionBuilder(_ChoiceOptionBuilder):
    """One choice of a radio group: a label (1-100 characters), a value, an optional description.

    >>> RadioGroupOptionBuilder("Large", "l", description="16 inches", is_default=True)
    """


@attrs.define(slots=True)
class CheckboxGroupOptionBuilder(_ChoiceOptionBuilder):
    """One box of a checkbox group: a label (1-100 characters), a value, an optional description.

    >>> CheckboxGroupOptionBuilder("Monday", "mon", is_default=True)
    """


_ChoiceOptionT = typing.TypeVar("_ChoiceOptionT", bound=_ChoiceOptionBuilder)


def _choice_option_list(options: typing.Iterable[_ChoiceOptionBuilder]) -> list[_ChoiceOptionBuilder]:
    return list(options)


def _check_choice_count(_: object, __: object, options: list[_ChoiceOptionBuilder]) -> None:
    if len(options) > MAX_CHOICE_OPTIONS:
        msg = f"a group holds at most {MAX_CHOICE_OPTIONS} options, got {len(options)}"
        raise errors.DiscordRuleError("component.options", msg)


@attrs.define(slots=True, kw_only=True)
class _ChoiceGroupBuilder(typing.Generic[_ChoiceOptionT]):
    """What radio and checkbox groups share: a custom ID, up to 10 options, and their JSON."""

    _OPTION: typing.ClassVar[type[_ChoiceOptionBuilder]]
    """The option builder `add_option` makes."""

    custom_id: str = attrs.field(validator=builder_checks.text_length(1, 100))
    id: int | undefined.UndefinedType = _UNDEFINED
    _options: list[_ChoiceOptionBuilder] = attrs.field(
        factory=list, alias="options", converter=_choice_option_list, validator=_check_choice_count
    )

    @property
    def options(self) -> typing.Sequence[_ChoiceOptionT]:
        """The options (a copy)."""
        return typing.cast("list[_ChoiceOptionT]", list(self._options))

    def set_custom_id(self, custom_id: str, /) -> typing.Self:
        """Set `custom_id`: the key of this group's answer in the modal submission (1 to 100 characters).

        Returns the builder, for chaining.
        """
        self.custom_id = custom_id
        return self

    def add_option(
        self,
        label: str,
        value: str,
        /,
        *,
        description: str | undefined.UndefinedType = _UNDEFINED,
        is_default: bool = False,
    ) -> typing.Self:
        """Add an option (label, value, description: 1-100 characters), chosen at first if `is_default`."""
        option = self._OPTION(label, value, description=description, is_default=is_default)
        return self.add_raw_option(typing.cast("_ChoiceOptionT", option))

    def add_raw_option(self, option: _ChoiceOptionT, /) -> typing.Self:
        """Add an option you built."""
        _check_choice_count(self, None, [*self._options, option])
        self._options.append(option)
        return self

    def _payload(self, kind: components.ComponentType) -> JSONObject:
        payload: JSONObject = {"type": int(kind), "custom_id": self.custom_id}
        put_defined(payload, "id", self.id)
        payload["options"] = [option.build() for option in self._options]
        return payload


@attrs.define(slots=True, kw_only=True)
class RadioGroupComponentBuilder(_ChoiceGroupBuilder[RadioGroupOptionBuilder]):
    """A modal field for choosing exactly one of 2 to 10 options; it must sit in a `LabelComponentBuilder`.

    Its answer is the chosen option's value, or `None` when it is not required and nothing was chosen.

    >>> size = RadioGroupComponentBuilder(custom_id="size").add_option("Small", "s").add_option("Large", "l")
    >>> label = LabelComponentBuilder(label="Pizza size", component=size)
    """

    _OPTION = RadioGroupOptionBuilder
    is_required: bool = True
    """Whether a choice is needed to submit (Discord's default is `True`)."""

    @property
    def type(self) -> typing.Literal[components.ComponentType.RADIO_GROUP]:
        """Always `ComponentType.RADIO_GROUP`."""
        return components.ComponentType.RADIO_GROUP

    def set_is_required(self, state: bool, /) -> typing.Self:
        """Set `is_required`: whether a choice is needed to submit the modal (default `True`).

        Returns the builder, for chaining.
        """
        self.is_required = state
        return self

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The radio group payload and no attachments. Pure.

        Raises `DiscordRuleError` unless it has 2 to 10 options with at most one default.
        """
        payload = self._payload(self.type)
        payload["required"] = self.is_required
        component_rules.check_radio_group(payload)
        return payload, ()


@attrs.define(slots=True, kw_only=True)
class CheckboxGroupComponentBuilder(
    _ChoiceGroupBuilder[CheckboxGroupOptionBuilder], value_counts.RequiredCountSetters
):
    """A modal field of 1 to 10 checkboxes, of which `min_values` to `max_values` may be ticked.

    It must sit in a `LabelComponentBuilder`. `max_values` is sent as at most the number of
    options (Discord's own default), so the default of 10 means "any number".

    >>> days = CheckboxGroupComponentBuilder(custom_id="days", min_values=0, is_required=False)
    >>> days.add_option("Monday", "mon").add_option("Tuesday", "tue", is_default=True)
    """

    min_values: int = attrs.field(default=1, validator=builder_checks.in_range(0, MAX_CHOICE_OPTIONS))
    max_values: int = attrs.field(
        default=MAX_CHOICE_OPTIONS, validator=builder_checks.in_range(1, MAX_CHOICE_OPTIONS)
    )
    _OPTION = CheckboxGroupOptionBuilder
    is_required: bool = True

    @property
    def type(self) -> typing.Literal[components.ComponentType.CHECKBOX_GROUP]:
        """Always `ComponentType.CHECKBOX_GROUP`."""
        return components.ComponentType.CHECKBOX_GROUP

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The checkbox group payload and no attachments. Pure.

        `max_values` is capped at the number of options. Raises `DiscordRuleError` when the
        options and counts break Discord's rules (1 to 10 options, `min_values` within them).
        """
        payload = self._payload(self.type)
        payload["min_values"] = self.min_values
        # More than the options cannot be ticked anyway; Discord refuses the larger number.
        payload["max_values"] = min(self.max_values, len(self._options))
        payload["required"] = self.is_required
        component_rules.check_checkbox_group(payload)
        return payload, ()


@attrs.define(slots=True, kw_only=True)
class CheckboxComponentBuilder:
    """A single yes/no checkbox in a modal; it must sit in a `LabelComponentBuilder`.

    Its answer is `True` when ticked. Discord has no required checkbox: for "you must agree", use a
    required `CheckboxGroupComponentBuilder` with one option.

    >>> LabelComponentBuilder(label="Subscribe?", component=CheckboxComponentBuilder(custom_id="subscribe"))
    """

    custom_id: str = attrs.field(validator=builder_checks.text_length(1, 100))
    id: int | undefined.UndefinedType = _UNDEFINED
    is_default: bool = False
    """Whether it starts ticked."""

    @property
    def type(self) -> typing.Literal[components.ComponentType.CHECKBOX]:
        """Always `ComponentType.CHECKBOX`."""
        return components.ComponentType.CHECKBOX

    def set_custom_id(self, custom_id: str, /) -> typing.Self:
        """Set `custom_id`: the key of the checkbox's answer in the modal submission (1 to 100 characters).

        Returns the builder, for chaining.
        """
        self.custom_id = custom_id
        return self

    def set_is_default(self, state: bool, /) -> typing.Self:
        """Set `is_default`: whether the checkbox starts ticked (default `False`).

        Returns the builder, for chaining.
        """
        self.is_default = state
        return self

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The checkbox payload (`custom_id` and `default`) and no attachments. Pure."""
        payload: JSONObject = {"type": int(self.type), "custom_id": self.custom_id}
        put_defined(payload, "id", self.id)
        payload["default"] = self.is_default
        return payload, ()


# -- labels ----------------------------------------------------------------------------------------


def _check_labelled(_: object, __: object, value: ComponentBuilder) -> None:
    # Types this release knows but Discord refuses in a Label fail here; newer types pass, so a
    # user-written builder for a component added after this release still works.
    where = "a Label"
    component_rules.check_child(
        int(value.type), component_rules.LABEL_CHILDREN, rule="label.component", where=where
    )
    if isinstance(value, TextInputBuilder) and value.label is not _UNDEFINED:
        msg = "a text input inside a Label takes its label from the Label; leave the input's label unset"
        raise ValueError(msg)


@attrs.define(slots=True, kw_only=True)
class LabelComponentBuilder:
    """A modal's label with a description, around one text input, select menu, file upload, radio
    group, checkbox group or checkbox.

    >>> LabelComponentBuilder(label="Name", component=TextInputBuilder(custom_id="name"))
    """

    label: str = attrs.field(validator=builder_checks.text_length(1, 45))
    component: ComponentBuilder = attrs.field(validator=_check_labelled)
    description: str | undefined.UndefinedType = attrs.field(
        default=_UNDEFINED, validator=builder_checks.text_length(1, 100)
    )
    id: int | undefined.UndefinedType = _UNDEFINED

    @property
    def type(self) -> typing.Literal[components.ComponentType.LABEL]:
        """Always `ComponentType.LABEL`."""
        return components.ComponentType.LABEL

    def set_description(self, description: str | undefined.UndefinedType, /) -> typing.Self:
        """Set `description`: smaller text under the label (1 to 100 characters).

        `UNDEFINED` sends none. Returns the builder, for chaining.
        """
        self.description = description
        return self

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The label payload with its wrapped component, and that component's attachments. Pure."""
        inner, attachments = self.component.build()
        payload: JSONObject = {"type": int(self.type), "label": self.label}
        put_defined(payload, "id", self.id)
        put_defined(payload, "description", self.description)
        payload["component"] = inner
        return payload, attachments
