"""Action rows: the containers that hold a message's buttons and menus, or a modal's text input.

A row refuses, with `errors.DiscordRuleError`, what Discord refuses in it: a sixth button, a
select menu next to anything, and components that live elsewhere (a checkbox or a file upload
belongs in a `LabelComponentBuilder`, a text display at a message's top level).

```python
row = (
    MessageActionRowBuilder()
    .add_interactive_button(ButtonStyle.PRIMARY, "yes", label="Yes")
    .add_link_button("https://example.com", label="Docs")
)
```
"""

from __future__ import annotations

__all__ = ["MessageActionRowBuilder", "ModalActionRowBuilder"]

import typing

import attrs

from hikari_like import components as component_models
from hikari_like import errors
from hikari_like import undefined
from hikari_like.impl.builders import component_rules
from hikari_like.impl.builders import components as component_builders

if typing.TYPE_CHECKING:
    from hikari_like import channels
    from hikari_like import emojis
    from hikari_like import files
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED
MAX_BUTTONS_PER_ROW: typing.Final = component_rules.MAX_BUTTONS_PER_ROW
_BUTTON: typing.Final = component_models.ComponentType.BUTTON


def _component_list(
    value: typing.Iterable[component_builders.ComponentBuilder],
) -> list[component_builders.ComponentBuilder]:
    return list(value)


@attrs.define(slots=True, kw_only=True)
class _ActionRowBuilder:
    """What message and modal rows share: an optional ID, the components, and the row's JSON."""

    id: int | undefined.UndefinedType = _UNDEFINED
    _components: list[component_builders.ComponentBuilder] = attrs.field(
        factory=list, alias="components", converter=_component_list
    )

    @property
    def type(self) -> typing.Literal[component_models.ComponentType.ACTION_ROW]:
        """Always `ComponentType.ACTION_ROW`."""
        return component_models.ComponentType.ACTION_ROW

    @property
    def components(self) -> typing.Sequence[component_builders.ComponentBuilder]:
        """The row's components (a copy)."""
        return list(self._components)

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The action row object with its components, and their files."""
        payload: JSONObject = {"type": int(component_models.ComponentType.ACTION_ROW), "components": []}
        if self.id is not _UNDEFINED:
            payload["id"] = self.id
        attachments: list[files.Resource] = []
        for part in self._components:
            part_payload, part_attachments = part.build()
            payload["components"].append(part_payload)
            attachments.extend(part_attachments)
        return payload, attachments


@attrs.define(slots=True, kw_only=True)
class MessageActionRowBuilder(_ActionRowBuilder):
    """A row of up to five buttons, or exactly one select menu."""

    def add_component(self, component: component_builders.ComponentBuilder, /) -> typing.Self:
        """Add a button or a select menu, refusing what Discord would (a 6th button, a menu plus more)."""
        rules = component_rules
        rules.check_child(
            int(component.type),
            rules.ACTION_ROW_CHILDREN,
            rule="action_row.components",
            where="an action row",
        )
        if self._components and (component.type != _BUTTON or self._components[0].type != _BUTTON):
            msg = "an action row holds up to 5 buttons or a single select menu, never both"
            raise errors.DiscordRuleError("action_row.select", msg)
        if len(self._components) >= MAX_BUTTONS_PER_ROW:
            msg = f"at most {MAX_BUTTONS_PER_ROW} buttons in an action row allowed"
            raise errors.DiscordRuleError("action_row.buttons", msg)
        self._components.append(component)
        return self

    def add_interactive_button(
        self,
        style: component_models.ButtonStyle | int,
        custom_id: str,
        /,
        *,
        emoji: emojis.Emojiish | undefined.UndefinedType = _UNDEFINED,
        label: str | undefined.UndefinedType = _UNDEFINED,
        is_disabled: bool = False,
        id: int | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Self:
        """Add a button that sends an interaction with `custom_id`."""
        button = component_builders.InteractiveButtonBuilder(
            id=id, style=style, custom_id=custom_id, emoji=emoji, label=label, is_disabled=is_disabled
        )
        return self.add_component(button)

    def add_link_button(
        self,
        url: str,
        /,
        *,
        emoji: emojis.Emojiish | undefined.UndefinedType = _UNDEFINED,
        label: str | undefined.UndefinedType = _UNDEFINED,
        is_disabled: bool = False,
        id: int | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Self:
        """Add a button that opens `url`."""
        button = component_builders.LinkButtonBuilder(
            id=id, url=url, emoji=emoji, label=label, is_disabled=is_disabled
        )
        return self.add_component(button)

    def add_premium_button(
        self, sku_id: int, /, *, id: int | undefined.UndefinedType = _UNDEFINED
    ) -> typing.Self:
        """Add a button that opens the store page of an SKU."""
        return self.add_component(component_builders.PremiumButtonBuilder(id=id, sku_id=sku_id))

    def add_select_menu(
        self,
        type_: component_models.ComponentType | int,
        custom_id: str,
        /,
        *,
        placeholder: str | undefined.UndefinedType = _UNDEFINED,
        min_values: int = 0,
        max_values: int = 1,
        is_disabled: bool = False,
        id: int | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Self:
        """Add an auto-populated menu (user, role, mentionable or channel)."""
        if type_ == component_models.ComponentType.TEXT_SELECT_MENU:
            msg = "use add_text_menu for a text select menu (it needs options)"
            raise ValueError(msg)
        menu = component_builders.SelectMenuBuilder(
            type=type_,
            custom_id=custom_id,
            id=id,
            placeholder=placeholder,
            min_values=min_values,
            max_values=max_values,
            is_disabled=is_disabled,
        )
        return self.add_component(menu)

    def add_user_menu(self, custom_id: str, /, **options: typing.Any) -> typing.Self:
        """Add a menu of users (keyword options as `add_select_menu`)."""
        return self.add_select_menu(component_models.ComponentType.USER_SELECT_MENU, custom_id, **options)

    def add_role_menu(self, custom_id: str, /, **options: typing.Any) -> typing.Self:
        """Add a menu of roles (keyword options as `add_select_menu`)."""
        return self.add_select_menu(component_models.ComponentType.ROLE_SELECT_MENU, custom_id, **options)

    def add_mentionable_menu(self, custom_id: str, /, **options: typing.Any) -> typing.Self:
        """Add a menu of users and roles (keyword options as `add_select_menu`)."""
        return self.add_select_menu(
            component_models.ComponentType.MENTIONABLE_SELECT_MENU, custom_id, **options
        )

    def add_channel_menu(
        self,
        custom_id: str,
        /,
        *,
        channel_types: typing.Sequence[channels.ChannelType | int] = (),
        placeholder: str | undefined.UndefinedType = _UNDEFINED,
        min_values: int = 0,
        max_values: int = 1,
        is_disabled: bool = False,
        id: int | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Self:
        """Add a menu of channels, optionally only of `channel_types`."""
        menu = component_builders.ChannelSelectMenuBuilder(
            custom_id=custom_id,
            id=id,
            channel_types=channel_types,
            placeholder=placeholder,
            min_values=min_values,
            max_values=max_values,
            is_disabled=is_disabled,
        )
        return self.add_component(menu)

    def add_text_menu(
        self,
        custom_id: str,
        /,
        *,
        placeholder: str | undefined.UndefinedType = _UNDEFINED,
        min_values: int = 0,
        max_values: int = 1,
        is_disabled: bool = False,
        id: int | undefined.UndefinedType = _UNDEFINED,
    ) -> component_builders.TextSelectMenuBuilder[typing.Self]:
        """Add a menu of your own options; returns the menu (`.parent` leads back to this row)."""
        menu = component_builders.TextSelectMenuBuilder(
            custom_id=custom_id,
            parent=self,
            id=id,
            placeholder=placeholder,
            min_values=min_values,
            max_values=max_values,
            is_disabled=is_disabled,
        )
        self.add_component(menu)
        return menu


@attrs.define(slots=True, kw_only=True)
class ModalActionRowBuilder(_ActionRowBuilder):
    """A modal row holding one text input (Discord now prefers `LabelComponentBuilder`)."""

    def add_component(self, component: component_builders.ComponentBuilder, /) -> typing.Self:
        """Add the row's text input; a second one is refused."""
        rules = component_rules
        where = "a modal's action row"
        rules.check_child(
            int(component.type), rules.MODAL_ACTION_ROW_CHILDREN, rule="modal.action_row", where=where
        )
        if self._components:
            raise errors.DiscordRuleError(
                "modal.action_row", "at most 1 text inputs in a modal action row allowed"
            )
        if isinstance(component, component_builders.TextInputBuilder) and component.label is _UNDEFINED:
            msg = "a text input in an action row needs a label"
            raise ValueError(msg)
        self._components.append(component)
        return self

    def add_text_input(
        self,
        custom_id: str,
        label: str,
        /,
        *,
        style: component_models.TextInputStyle | int = component_models.TextInputStyle.SHORT,
        placeholder: str | undefined.UndefinedType = _UNDEFINED,
        value: str | undefined.UndefinedType = _UNDEFINED,
        required: bool = True,
        min_length: int = 0,
        max_length: int = 4000,
    ) -> typing.Self:
        """Add a text input."""
        text_input = component_builders.TextInputBuilder(
            custom_id=custom_id,
            label=label,
            style=style,
            placeholder=placeholder,
            value=value,
            required=required,
            min_length=min_length,
            max_length=max_length,
        )
        return self.add_component(text_input)
