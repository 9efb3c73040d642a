"""Builders for application commands, as sent to `set_application_commands`.

```python
ping = SlashCommandBuilder("ping", "Check the bot is alive")
weather = SlashCommandBuilder("weather", "Today's weather").add_option(
    CommandOption(type=OptionType.STRING, name="city", description="Which city", is_required=True)
)
info = ContextMenuCommandBuilder(CommandType.USER, "User info")
payload = [command.build() for command in (ping, weather, info)]
```
"""

from __future__ import annotations

__all__ = ["CommandBuilder", "ContextMenuCommandBuilder", "SlashCommandBuilder", "serialize_command_option"]

import re
import typing

import attrs

from hikari_like import commands
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.impl.builders import checks as builder_checks

if typing.TYPE_CHECKING:
    from hikari_like import applications
    from hikari_like import permissions as permissions_
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED
MAX_OPTIONS: typing.Final = 25
# Discord's rule is ^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$; `\w` covers letters, digits and
# the underscore of every script, which is the same set in practice.
_SLASH_NAME: typing.Final = re.compile(r"^[-\w]{1,32}$")
_VALUED_TYPES: typing.Final = frozenset(
    {commands.OptionType.STRING, commands.OptionType.INTEGER, commands.OptionType.FLOAT}
)


def check_slash_name(name: str, what: str = "a slash command") -> str:
    """Refuse a name Discord would: 1-32 letters, digits, `-` or `_`, lower case."""
    if not _SLASH_NAME.match(name) or name != name.lower():
        msg = f"{what} name must be 1-32 lower-case letters, digits, '-' or '_', got {name!r}"
        raise ValueError(msg)
    return name


def _check_option(option: commands.CommandOption) -> None:
    check_slash_name(option.name, "an option")
    if not 1 <= len(option.description) <= 100:
        msg = f"option {option.name!r} needs a description of 1-100 characters"
        raise ValueError(msg)
    if option.choices and len(option.choices) > MAX_OPTIONS:
        msg = f"option {option.name!r} has {len(option.choices)} choices; at most {MAX_OPTIONS} allowed"
        raise ValueError(msg)
    if option.choices and option.autocomplete:
        msg = f"option {option.name!r} cannot have both choices and autocomplete"
        raise ValueError(msg)
    for sub_option in option.options or ():
        _check_option(sub_option)


def _localized(payload: JSONObject, key: str, value: typing.Mapping[str, str]) -> None:
    if value:
        payload[key] = {str(locale): text for locale, text in value.items()}


def _serialize_choice(choice: commands.CommandChoice) -> JSONObject:
    payload: JSONObject = {"name": choice.name, "value": choice.value}
    _localized(payload, "name_localizations", choice.name_localizations)
    return payload


def serialize_command_option(option: commands.CommandOption, /) -> JSONObject:
    """Discord's application command option object for `option` (sub-options included)."""
    payload: JSONObject = {"type": int(option.type), "name": option.name, "description": option.description}
    if option.is_required:
        payload["required"] = True
    if option.choices:
        payload["choices"] = [_serialize_choice(choice) for choice in option.choices]
    if option.options:
        payload["options"] = [serialize_command_option(sub_option) for sub_option in option.options]
    if option.channel_types:
        payload["channel_types"] = [int(channel_type) for channel_type in option.channel_types]
    if option.autocomplete:
        payload["autocomplete"] = True
    for key in ("min_value", "max_value", "min_length", "max_length"):
        if (value := getattr(option, key)) is not None:
            payload[key] = value
    _localized(payload, "name_localizations", option.name_localizations)
    _localized(payload, "description_localizations", option.description_localizations)
    return payload


def _snowflake_or_undefined(
    value: snowflakes.SnowflakeishOr | undefined.UndefinedType,
) -> snowflakes.Snowflake | undefined.UndefinedType:
    return _UNDEFINED if value is _UNDEFINED else snowflakes.snowflake_of(value)


@attrs.define(slots=True, kw_only=True)
class CommandBuilder:
    """What slash and context-menu command builders share."""

    name: str
    id: snowflakes.Snowflake | undefined.UndefinedType = attrs.field(
        default=_UNDEFINED, converter=_snowflake_or_undefined
    )
    default_member_permissions: permissions_.Permissions | int | undefined.UndefinedType = _UNDEFINED
    """Who can use the command by default.

    `0` is not sent (Discord would read it as "administrators only"), so it means "everyone".
    """
    is_nsfw: bool | undefined.UndefinedType = _UNDEFINED
    name_localizations: typing.Mapping[str, str] = attrs.field(factory=dict)
    integration_types: (
        typing.Sequence[applications.ApplicationIntegrationType | int] | undefined.UndefinedType
    ) = _UNDEFINED
    context_types: typing.Sequence[applications.ApplicationContextType | int] | undefined.UndefinedType = (
        _UNDEFINED
    )

    @property
    def type(self) -> commands.CommandType:
        raise NotImplementedError

    def set_name(self, name: str, /) -> typing.Self:
        self.name = name
        return self

    def set_id(self, id_: snowflakes.SnowflakeishOr | undefined.UndefinedType, /) -> typing.Self:
        self.id = _snowflake_or_undefined(id_)
        return self

    def set_default_member_permissions(
        self, default_member_permissions: permissions_.Permissions | int | undefined.UndefinedType, /
    ) -> typing.Self:
        self.default_member_permissions = default_member_permissions
        return self

    def set_is_nsfw(self, state: bool | undefined.UndefinedType, /) -> typing.Self:
        self.is_nsfw = state
        return self

    def set_name_localizations(self, name_localizations: typing.Mapping[str, str], /) -> typing.Self:
        self.name_localizations = name_localizations
        return self

    def set_integration_types(
        self,
        integration_types: typing.Sequence[applications.ApplicationIntegrationType | int]
        | undefined.UndefinedType,
    ) -> typing.Self:
        self.integration_types = integration_types
        return self

    def set_context_types(
        self,
        context_types: typing.Sequence[applications.ApplicationContextType | int] | undefined.UndefinedType,
    ) -> typing.Self:
        self.context_types = context_types
        return self

    def build(self) -> JSONObject:
        """The application command object. Pure."""
        payload: JSONObject = {"type": int(self.type), "name": self.name}
        if self.id is not _UNDEFINED:
            payload["id"] = str(self.id)
        _localized(payload, "name_localizations", self.name_localizations)
        if self.is_nsfw is not _UNDEFINED:
            payload["nsfw"] = self.is_nsfw
        if self.integration_types is not _UNDEFINED:
            payload["integration_types"] = [int(value) for value in self.integration_types]
        if self.context_types is not _UNDEFINED:
            payload["contexts"] = [int(value) for value in self.context_types]
        permissions = self.default_member_permissions
        if permissions is not _UNDEFINED and permissions != 0:
            # Discord sends permissions as a decimal string (they exceed 53 bits).
            payload["default_member_permissions"] = str(int(permissions))
        return payload


def _check_slash_command_name(_: object, __: object, value: str) -> None:
    check_slash_name(value)


@attrs.define(slots=True, kw_only=False)
class SlashCommandBuilder(CommandBuilder):
    """A slash command: lower-case `name` (1-32), `description` (1-100), up to 25 options."""

    name: str = attrs.field(validator=_check_slash_command_name)
    description: str = attrs.field(validator=builder_checks.text_length(1, 100))
    _options: list[commands.CommandOption] = attrs.field(factory=list, kw_only=True, alias="options")
    description_localizations: typing.Mapping[str, str] = attrs.field(factory=dict, kw_only=True)

    def __attrs_post_init__(self) -> None:
        for option in self._options:
            _check_option(option)

    @property
    def type(self) -> commands.CommandType:
        return commands.CommandType.SLASH

    @property
    def options(self) -> typing.Sequence[commands.CommandOption]:
        return list(self._options)

    def set_description(self, description: str, /) -> typing.Self:
        self.description = description
        return self

    def set_description_localizations(
        self, description_localizations: typing.Mapping[str, str], /
    ) -> typing.Self:
        self.description_localizations = description_localizations
        return self

    def add_option(self, option: commands.CommandOption) -> typing.Self:
        """Add an option (at most 25), checking Discord's naming rules."""
        builder_checks.check_count("options on a command", len(self._options), MAX_OPTIONS)
        _check_option(option)
        self._options = [*self._options, option]
        return self

    def build(self) -> JSONObject:
        payload = CommandBuilder.build(self)
        payload["description"] = self.description
        if self._options:
            payload["options"] = [serialize_command_option(option) for option in self._options]
        _localized(payload, "description_localizations", self.description_localizations)
        return payload


def _check_menu_type(_: object, __: object, value: commands.CommandType) -> None:
    if value not in (commands.CommandType.USER, commands.CommandType.MESSAGE):
        msg = f"a context menu command is USER or MESSAGE, not {value!r}"
        raise ValueError(msg)


@attrs.define(slots=True, kw_only=False)
class ContextMenuCommandBuilder(CommandBuilder):
    """A user or message context-menu command; its name (1-32 characters) may have capitals and spaces."""

    _type: commands.CommandType = attrs.field(
        alias="type", converter=commands.CommandType, validator=_check_menu_type
    )
    name: str = attrs.field(validator=builder_checks.text_length(1, 32))

    @property
    def type(self) -> commands.CommandType:
        return self._type
