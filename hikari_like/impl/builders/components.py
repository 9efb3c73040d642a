"""Builders for buttons, select menus, text inputs and text displays.

Action rows (which hold these) live in `rows`; labels and the modal fields that sit only in a
label (file uploads, radio groups, checkbox groups, checkboxes) in `modal_fields`. Every builder
has a `type` and a pure `build() -> (payload, files)`; setters return the builder so calls chain.
What Discord would refuse raises `errors.DiscordRuleError` where it is made.

```python
menu = TextSelectMenuBuilder(custom_id="colour").add_option("Red", "red").add_option("Blue", "blue")
button = InteractiveButtonBuilder(style=ButtonStyle.PRIMARY, custom_id="go", label="Go")
```
"""

from __future__ import annotations

__all__ = [
    "ComponentBuilder",
    "InteractiveButtonBuilder",
    "LinkButtonBuilder",
    "PremiumButtonBuilder",
    "SelectDefaultValue",
    "SelectMenuBuilder",
    "SelectOptionBuilder",
    "ChannelSelectMenuBuilder",
    "TextDisplayComponentBuilder",
    "TextInputBuilder",
    "TextSelectMenuBuilder",
]

import typing

import attrs

from hikari_like import channels
from hikari_like import components
from hikari_like import emojis
from hikari_like import undefined
from hikari_like.api.special_endpoints import ComponentBuilder
from hikari_like.impl.builders import checks as builder_checks
from hikari_like.impl.builders import component_rules
from hikari_like.impl.builders import value_counts
from hikari_like.impl.builders.fields import put_defined

if typing.TYPE_CHECKING:
    import typing_extensions

    from hikari_like import files
    from hikari_like.internal.json import JSONObject

    # A menu made on its own has no parent: the default lets `TextSelectMenuBuilder(custom_id=...)`
    # type-check without an annotation, as in hikari, and covariance lets such a menu stand where a
    # menu of some parent is expected. Only type checkers read this branch (and they ship
    # typing_extensions), so it adds no runtime dependency.
    _ParentT_co = typing_extensions.TypeVar("_ParentT_co", covariant=True, default=typing.NoReturn)
else:
    _ParentT_co = typing.TypeVar("_ParentT_co", covariant=True)

_UNDEFINED: typing.Final = undefined.UNDEFINED
MAX_SELECT_OPTIONS: typing.Final = 25
MAX_CHOICE_OPTIONS: typing.Final = component_rules.MAX_CHOICE_OPTIONS
_NOT_INTERACTIVE: typing.Final = frozenset({components.ButtonStyle.LINK, components.ButtonStyle.PREMIUM})


def _check_emoji(_: object, __: object, value: emojis.Emojiish | undefined.UndefinedType) -> None:
    # Serialising parses the emoji, so a malformed "<:name:id>" fails here, not at send time.
    emojis.serialize_component_emoji(value)


# -- buttons ---------------------------------------------------------------------------------------


@attrs.define(slots=True, kw_only=True)
class _ButtonBuilder:
    id: int | undefined.UndefinedType = _UNDEFINED
    """The component's numeric ID within the message (optional; Discord assigns one)."""
    emoji: emojis.Emojiish | undefined.UndefinedType = attrs.field(default=_UNDEFINED, validator=_check_emoji)
    label: str | undefined.UndefinedType = attrs.field(
        default=_UNDEFINED, validator=builder_checks.text_length(1, 80)
    )
    is_disabled: bool = False

    @property
    def type(self) -> typing.Literal[components.ComponentType.BUTTON]:
        """Always `ComponentType.BUTTON`."""
        return components.ComponentType.BUTTON

    def set_emoji(self, emoji: emojis.Emojiish | undefined.UndefinedType, /) -> typing.Self:
        """Set the emoji shown on the button: a custom emoji's ID, an emoji, or a string."""
        self.emoji = emoji
        return self

    def set_label(self, label: str | undefined.UndefinedType, /) -> typing.Self:
        """Set the text on the button (at most 80 characters)."""
        self.label = label
        return self

    def set_is_disabled(self, state: bool, /) -> typing.Self:
        """Grey the button out."""
        self.is_disabled = state
        return self

    def _payload(self, style: int) -> JSONObject:
        payload: JSONObject = {"type": int(components.ComponentType.BUTTON), "style": style}
        put_defined(payload, "id", self.id)
        put_defined(payload, "label", self.label)
        put_defined(payload, "emoji", emojis.serialize_component_emoji(self.emoji))
        payload["disabled"] = self.is_disabled
        return payload


def _interactive_style(_: object, __: object, value: components.ButtonStyle | int) -> None:
    if value in _NOT_INTERACTIVE:
        msg = "use add_link_button / add_premium_button for LINK and PREMIUM buttons"
        raise ValueError(msg)


@attrs.define(slots=True, kw_only=True)
class InteractiveButtonBuilder(_ButtonBuilder):
    """A button that sends a component interaction with its `custom_id` when pressed."""

    style: components.ButtonStyle | int = attrs.field(validator=_interactive_style)
    custom_id: str = attrs.field(validator=builder_checks.text_length(1, 100))

    def set_custom_id(self, custom_id: str, /) -> typing.Self:
        """Set the ID your listener receives (1-100 characters)."""
        self.custom_id = custom_id
        return self

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The button's payload (its `style` and `custom_id` included) and no attachments. Pure."""
        payload = self._payload(int(self.style))
        payload["custom_id"] = self.custom_id
        return payload, ()


@attrs.define(slots=True, kw_only=True)
class LinkButtonBuilder(_ButtonBuilder):
    """A button that opens `url`; it sends no interaction."""

    url: str = attrs.field(validator=builder_checks.text_length(1, 512))

    @property
    def style(self) -> typing.Literal[components.ButtonStyle.LINK]:
        """Always `ButtonStyle.LINK`: the grey button with an outward arrow."""
        return components.ButtonStyle.LINK

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The button's payload (its `url` included) and no attachments. Pure."""
        payload = self._payload(int(components.ButtonStyle.LINK))
        payload["url"] = self.url
        return payload, ()


@attrs.define(slots=True, kw_only=True)
class PremiumButtonBuilder(_ButtonBuilder):
    """A button that opens the store page of the SKU `sku_id` (no label or emoji allowed)."""

    sku_id: int

    @property
    def style(self) -> typing.Literal[components.ButtonStyle.PREMIUM]:
        """Always `ButtonStyle.PREMIUM`: the button Discord draws from the SKU's name and price."""
        return components.ButtonStyle.PREMIUM

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The button's payload (its `sku_id` included) and no attachments. Pure."""
        payload = self._payload(int(components.ButtonStyle.PREMIUM))
        payload["sku_id"] = str(self.sku_id)
        return payload, ()


# -- select menus ----------------------------------------------------------------------------------


@attrs.define(slots=True)
class BaseOptionBuilder:
    """A label, a value and an optional description: what select, radio group and checkbox group
    options share."""

    label: str = attrs.field(validator=builder_checks.text_length(1, 100))
    value: str = attrs.field(validator=builder_checks.text_length(1, 100))
    """What your listener receives when the option is chosen; unique among its siblings."""
    description: str | undefined.UndefinedType = attrs.field(
        default=_UNDEFINED, kw_only=True, validator=builder_checks.text_length(1, 100)
    )
    is_default: bool = attrs.field(default=False, kw_only=True)

    def set_label(self, label: str, /) -> typing.Self:
        """Set `label`: the text the user sees for the option (1 to 100 characters).

        Returns the builder, for chaining.
        """
        self.label = label
        return self

    def set_value(self, value: str, /) -> typing.Self:
        """Set `value`: what your listener receives when the option is chosen (1 to 100 characters).

        It must be unique among the options of one field. Returns the builder, for chaining.
        """
        self.value = value
        return self

    def set_description(self, value: str | undefined.UndefinedType, /) -> typing.Self:
        """Set `description`: a smaller line under the label (1 to 100 characters).

        `UNDEFINED` sends none. Returns the builder, for chaining.
        """
        self.description = value
        return self

    def set_is_default(self, state: bool, /) -> typing.Self:
        """Set `is_default`: whether the option starts chosen. Returns the builder, for chaining."""
        self.is_default = state
        return self

    def build(self) -> JSONObject:
        """The option object: `label`, `value`, `default` and any `description`. Pure."""
        payload: JSONObject = {"label": self.label, "value": self.value, "default": self.is_default}
        put_defined(payload, "description", self.description)
        return payload


@attrs.define(slots=True)
class SelectOptionBuilder(BaseOptionBuilder):
    """One choice in a text select menu."""

    emoji: emojis.Emojiish | undefined.UndefinedType = attrs.field(
        default=_UNDEFINED, kw_only=True, validator=_check_emoji
    )

    def set_emoji(self, emoji: emojis.Emojiish | undefined.UndefinedType, /) -> typing.Self:
        """Set `emoji`: shown before the label; a custom emoji, its ID, or a Unicode emoji string.

        A malformed custom emoji raises here; `UNDEFINED` shows none. Returns the builder, for chaining.
        """
        self.emoji = emoji
        return self

    def build(self) -> JSONObject:
        """The option object, with `emoji` when one is set. Pure."""
        payload = BaseOptionBuilder.build(self)
        put_defined(payload, "emoji", emojis.serialize_component_emoji(self.emoji))
        return payload


@attrs.define(slots=True, kw_only=True, frozen=True)
class SelectDefaultValue:
    """A user, role or channel pre-selected in an auto-populated select menu."""

    id: int
    type: typing.Literal["user", "role", "channel"]


@attrs.define(slots=True, kw_only=True)
class SelectMenuBuilder(value_counts.ValueCountSetters):
    """A select menu; `type` says which kind (user, role, mentionable, channel, text).

    For text menus use `TextSelectMenuBuilder`, which holds the options.
    """

    type: components.ComponentType | int
    custom_id: str = attrs.field(validator=builder_checks.text_length(1, 100))
    id: int | undefined.UndefinedType = _UNDEFINED
    placeholder: str | undefined.UndefinedType = attrs.field(
        default=_UNDEFINED, validator=builder_checks.text_length(1, 150)
    )
    min_values: int = attrs.field(default=0, validator=builder_checks.in_range(0, 25))
    max_values: int = attrs.field(default=1, validator=builder_checks.in_range(1, 25))
    is_disabled: bool = False
    is_required: bool | undefined.UndefinedType = _UNDEFINED
    """Modals only: whether the user must choose (Discord's default is `True`)."""
    default_values: typing.Sequence[SelectDefaultValue] = ()
    """User, role, mentionable and channel menus only: what starts selected."""

    def set_custom_id(self, custom_id: str, /) -> typing.Self:
        """Set `custom_id`: the ID your listener receives with the chosen values (1 to 100 characters).

        Returns the builder, for chaining.
        """
        self.custom_id = custom_id
        return self

    def set_is_disabled(self, state: bool, /) -> typing.Self:
        """Set `is_disabled`: grey the menu out so nothing can be chosen (messages only).

        Returns the builder, for chaining.
        """
        self.is_disabled = state
        return self

    def set_placeholder(self, value: str | undefined.UndefinedType, /) -> typing.Self:
        """Set `placeholder`: the text shown while nothing is chosen (up to 150 characters).

        `UNDEFINED` shows Discord's default. Returns the builder, for chaining.
        """
        self.placeholder = value
        return self

    def set_is_required(self, state: bool | undefined.UndefinedType, /) -> typing.Self:
        """Set `is_required`, for a menu in a modal: whether the user must choose before submitting.

        `UNDEFINED` leaves Discord's default, `True`. Returns the builder, for chaining.
        """
        self.is_required = state
        return self

    def add_default_value(self, id: int, type: typing.Literal["user", "role", "channel"], /) -> typing.Self:
        """Pre-select a user, role or channel (auto-populated menus)."""
        self.default_values = (*self.default_values, SelectDefaultValue(id=id, type=type))
        return self

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The select menu payload (`min_values`, `max_values`, defaults...) and no attachments. Pure."""
        payload: JSONObject = {"type": int(self.type), "custom_id": self.custom_id}
        put_defined(payload, "id", self.id)
        put_defined(payload, "placeholder", self.placeholder)
        payload["min_values"] = self.min_values
        payload["max_values"] = self.max_values
        payload["disabled"] = self.is_disabled
        put_defined(payload, "required", self.is_required)
        if self.default_values:
            payload["default_values"] = [
                {"id": str(value.id), "type": value.type} for value in self.default_values
            ]
        return payload, ()


def _option_list(options: typing.Iterable[SelectOptionBuilder]) -> list[SelectOptionBuilder]:
    return list(options)


def _text_menu_type() -> components.ComponentType:
    return components.ComponentType.TEXT_SELECT_MENU


@attrs.define(slots=True, kw_only=True)
class TextSelectMenuBuilder(SelectMenuBuilder, typing.Generic[_ParentT_co]):
    """A select menu of your own options (up to 25). `parent` is the row it was added to.

    >>> row = MessageActionRowBuilder()
    >>> row.add_text_menu("pick").add_option("A", "a").add_option("B", "b").parent is row
    True
    """

    type: components.ComponentType | int = attrs.field(factory=_text_menu_type, init=False)
    options: typing.Sequence[SelectOptionBuilder] = attrs.field(factory=list, converter=_option_list)
    _parent: _ParentT_co | None = attrs.field(default=None, alias="parent", repr=False)

    @property
    def parent(self) -> _ParentT_co:
        """The row this menu belongs to, to carry on chaining."""
        if self._parent is None:
            msg = "this menu was not created by a row, so it has no parent"
            raise RuntimeError(msg)
        return self._parent

    def add_option(
        self,
        label: str,
        value: str,
        /,
        *,
        description: str | undefined.UndefinedType = _UNDEFINED,
        emoji: emojis.Emojiish | undefined.UndefinedType = _UNDEFINED,
        is_default: bool = False,
    ) -> typing.Self:
        """Add an option (label and value 1-100 characters)."""
        option = SelectOptionBuilder(
            label, value, description=description, emoji=emoji, is_default=is_default
        )
        return self.add_raw_option(option)

    def add_raw_option(self, option: SelectOptionBuilder, /) -> typing.Self:
        """Add an option you built."""
        builder_checks.check_count("options in a select menu", len(self.options), MAX_SELECT_OPTIONS)
        self.options = [*self.options, option]
        return self

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The menu's payload with its options and no attachments. Pure.

        Raises `ValueError` if the menu has no options (Discord needs at least one).
        """
        if not self.options:
            msg = f"text select menu {self.custom_id!r} has no options"
            raise ValueError(msg)
        payload, attachments = super().build()
        payload["options"] = [option.build() for option in self.options]
        return payload, attachments


def _channel_menu_type() -> components.ComponentType:
    return components.ComponentType.CHANNEL_SELECT_MENU


@attrs.define(slots=True, kw_only=True)
class ChannelSelectMenuBuilder(SelectMenuBuilder):
    """A menu of channels, optionally only of some types."""

    type: components.ComponentType | int = attrs.field(factory=_channel_menu_type, init=False)
    channel_types: typing.Sequence[channels.ChannelType | int] = ()

    def set_channel_types(self, value: typing.Sequence[channels.ChannelType | int], /) -> typing.Self:
        """Set `channel_types`: only channels of these types are offered; empty offers every type.

        Returns the builder, for chaining.
        """
        self.channel_types = value
        return self

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The menu's payload, with `channel_types` when some are set, and no attachments. Pure."""
        payload, attachments = super().build()
        if self.channel_types:
            payload["channel_types"] = [int(channel_type) for channel_type in self.channel_types]
        return payload, attachments


# -- modal parts -----------------------------------------------------------------------------------


def _text_input_style(value: components.TextInputStyle | int) -> components.TextInputStyle:
    return components.TextInputStyle(value)


@attrs.define(slots=True, kw_only=True)
class TextInputBuilder:
    """A text box in a modal. Inside a `LabelComponentBuilder` leave `label` unset: the label gives it."""

    custom_id: str = attrs.field(validator=builder_checks.text_length(1, 100))
    label: str | undefined.UndefinedType = attrs.field(
        default=_UNDEFINED, validator=builder_checks.text_length(1, 45)
    )
    style: components.TextInputStyle = attrs.field(
        default=components.TextInputStyle.SHORT, converter=_text_input_style
    )
    id: int | undefined.UndefinedType = _UNDEFINED
    placeholder: str | undefined.UndefinedType = attrs.field(
        default=_UNDEFINED, validator=builder_checks.text_length(0, 100)
    )
    value: str | undefined.UndefinedType = attrs.field(
        default=_UNDEFINED, validator=builder_checks.text_length(0, 4000)
    )
    is_required: bool = attrs.field(default=True, alias="required")
    min_length: int = attrs.field(default=0, validator=builder_checks.in_range(0, 4000))
    max_length: int = attrs.field(default=4000, validator=builder_checks.in_range(1, 4000))

    @property
    def type(self) -> typing.Literal[components.ComponentType.TEXT_INPUT]:
        """Always `ComponentType.TEXT_INPUT`."""
        return components.ComponentType.TEXT_INPUT

    def set_style(self, style: components.TextInputStyle | int, /) -> typing.Self:
        """Set `style`: `SHORT` for one line (the default) or `PARAGRAPH` for a multi-line box.

        A plain `int` is converted to `TextInputStyle`. Returns the builder, for chaining.
        """
        self.style = components.TextInputStyle(style)
        return self

    def set_custom_id(self, custom_id: str, /) -> typing.Self:
        """Set `custom_id`: the key of the typed text in the modal submission (1 to 100 characters).

        Returns the builder, for chaining.
        """
        self.custom_id = custom_id
        return self

    def set_label(self, label: str | undefined.UndefinedType, /) -> typing.Self:
        """Set `label`: the legacy title above the box (1 to 45 characters).

        Leave it `UNDEFINED` inside a `LabelComponentBuilder`, whose label replaces it.

        Returns the builder, for chaining.
        """
        self.label = label
        return self

    def set_placeholder(self, placeholder: str | undefined.UndefinedType, /) -> typing.Self:
        """Set `placeholder`: grey text shown while the box is empty (up to 100 characters).

        Returns the builder, for chaining.
        """
        self.placeholder = placeholder
        return self

    def set_value(self, value: str | undefined.UndefinedType, /) -> typing.Self:
        """Set `value`: text the box starts filled with (up to 4000 characters).

        Returns the builder, for chaining.
        """
        self.value = value
        return self

    def set_required(self, required: bool, /) -> typing.Self:
        """Set `is_required`: whether the modal can be submitted with the box empty (default `True`).

        Returns the builder, for chaining.
        """
        self.is_required = required
        return self

    def set_min_length(self, min_length: int, /) -> typing.Self:
        """Set `min_length`: the fewest characters the user may submit (0 to 4000, default 0).

        Returns the builder, for chaining.
        """
        self.min_length = min_length
        return self

    def set_max_length(self, max_length: int, /) -> typing.Self:
        """Set `max_length`: the most characters the user may type (1 to 4000, default 4000).

        Returns the builder, for chaining.
        """
        self.max_length = max_length
        return self

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The text input payload and no attachments. Pure."""
        payload: JSONObject = {"type": int(self.type), "custom_id": self.custom_id, "style": int(self.style)}
        put_defined(payload, "id", self.id)
        put_defined(payload, "label", self.label)
        put_defined(payload, "placeholder", self.placeholder)
        put_defined(payload, "value", self.value)
        payload["required"] = self.is_required
        payload["min_length"] = self.min_length
        payload["max_length"] = self.max_length
        return payload, ()


@attrs.define(slots=True, kw_only=True)
class TextDisplayComponentBuilder:
    """Markdown text: in a modal, or in a components-v2 message."""

    content: str = attrs.field(validator=builder_checks.text_length(1, 4000))
    id: int | undefined.UndefinedType = _UNDEFINED

    @property
    def type(self) -> typing.Literal[components.ComponentType.TEXT_DISPLAY]:
        """Always `ComponentType.TEXT_DISPLAY`."""
        return components.ComponentType.TEXT_DISPLAY

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The text display payload (its markdown `content`) and no attachments. Pure."""
        payload: JSONObject = {"type": int(self.type), "content": self.content}
        put_defined(payload, "id", self.id)
        return payload, ()
