"""Builders for application commands, as sent to `set_application_commands`.

```python
ping = SlashCommandBuilder("ping", "Check the bot is alive")
weather = SlashCommandBuilder("weather", "Today's weather").add_option(
    CommandOption(type=OptionType.STRING, name="city", description="Which city", is_required=True)
)
info = ContextMenuCommandBuilder(CommandType.USER, "User info")
launch = EntryPointCommandBuilder("launch", "Start the game")  # Discord launches the Activity
payload = [command.build() for command in (ping, weather, info, launch)]
```

Discord's rules are checked where a value is set and raise `errors.DiscordRuleError` naming
the rule; `check_command_set` checks a whole list as `set_application_commands` sends it.
"""

from __future__ import annotations

__all__ = [
    "CommandBuilder",
    "ContextMenuCommandBuilder",
    "EntryPointCommandBuilder",
    "SlashCommandBuilder",
    "check_command_set",
    "serialize_command_option",
]

import re
import typing

import attrs

from hikari_like import commands
from hikari_like import errors
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.impl.builders import component_rules

if typing.TYPE_CHECKING:
    from hikari_like import applications
    from hikari_like import permissions as permissions_
    from hikari_like.api import rest as rest_api
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED
MAX_OPTIONS: typing.Final = 25
MAX_COMMANDS: typing.Final[typing.Mapping[commands.CommandType, int]] = {
    commands.CommandType.SLASH: 100,
    commands.CommandType.USER: 15,
    commands.CommandType.MESSAGE: 15,
    commands.CommandType.PRIMARY_ENTRY_POINT: 1,
}
"""How many commands of each type one scope may hold (Discord's "Registering a Command")."""
# Discord's rule is ^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$. `\w` covers letters, digits and
# the underscore of every script; the Devanagari and Thai blocks add those scripts' vowel signs,
# which are marks, not letters ("नमस्ते" has two).
_SLASH_NAME: typing.Final = re.compile(r"^[-'\w\u0900-\u097f\u0e00-\u0e7f]{1,32}$")
_TYPE_NAMES: typing.Final = {
    commands.CommandType.SLASH: "slash",
    commands.CommandType.USER: "user",
    commands.CommandType.MESSAGE: "message",
    commands.CommandType.PRIMARY_ENTRY_POINT: "entry point",
}


def _refuse(rule: str, message: str) -> typing.NoReturn:
    raise errors.DiscordRuleError(rule, message)


def check_slash_name(name: str, what: str = "a slash command") -> str:
    """Refuse a name Discord would: 1-32 letters, digits, `-`, `_` or `'`, lower case."""
    if not _SLASH_NAME.match(name) or name != name.lower():
        _refuse(
            "command.name",
            f"{what} name must be 1-32 lower-case letters, digits, '-', '_' or \"'\", got {name!r}",
        )
    return name


def _check_option(option: commands.CommandOption) -> None:
    check_slash_name(option.name, "an option")
    where = f"option {option.name!r}"
    if not 1 <= len(option.description) <= 100:
        _refuse("command_option.description", f"{where} needs a description of 1-100 characters")
    if option.choices and len(option.choices) > MAX_OPTIONS:
        _refuse("command_option.choices", f"{where} has {len(option.choices)} choices; at most {MAX_OPTIONS}")
    if option.choices and option.autocomplete:
        _refuse("command_option.autocomplete", f"{where} cannot have both choices and autocomplete")
    if option.file_types is not None:
        _check_file_types(option)
    _check_option_list(option.options or (), f"the options of {where}")


def _check_file_types(option: commands.CommandOption) -> None:
    if option.type != commands.OptionType.ATTACHMENT:
        _refuse("command_option.file_types", f"only ATTACHMENT options take file_types, not {option.name!r}")
    # The same rule as File Upload components: one check for both (Discord's File Type Filtering).
    component_rules.check_file_types(list(option.file_types or ()))


def _check_option_list(options: typing.Sequence[commands.CommandOption], where: str) -> None:
    """Discord's rules on one array of options: at most 25, unique names, required ones first."""
    if len(options) > MAX_OPTIONS:
        _refuse("command.options", f"{where}: {len(options)} options; at most {MAX_OPTIONS}")
    names = [option.name for option in options]
    if len(set(names)) != len(names):
        _refuse("command_option.name", f"{where}: option names must be unique, got {names}")
    required = [option.is_required for option in options]
    if required != sorted(required, reverse=True):
        _refuse("command.options.order", f"{where}: required options must come before optional ones")
    for option in options:
        _check_option(option)


def check_command_set(builders: typing.Sequence[CommandBuilder], *, for_guild: bool = False) -> None:
    """Refuse a list Discord would refuse as a whole: duplicate names, too many of a type, and an
    entry point command on a guild (entry points are global only, one per application).

    ```python
    check_command_set([ping, launch])  # fine
    check_command_set([launch], for_guild=True)  # DiscordRuleError: command.entry_point.global
    ```
    """
    seen: set[tuple[int, str]] = set()
    counts: dict[commands.CommandType, int] = {}
    for builder in builders:
        if (int(builder.type), builder.name) in seen:
            _refuse(
                "command.name.unique",
                f"two {_TYPE_NAMES.get(builder.type, 'such')} commands named {builder.name!r}",
            )
        seen.add((int(builder.type), builder.name))
        counts[builder.type] = counts.get(builder.type, 0) + 1
    if for_guild and counts.get(commands.CommandType.PRIMARY_ENTRY_POINT):
        _refuse("command.entry_point.global", "an entry point command can only be global, not a guild's")
    for command_type, count in counts.items():
        limit = MAX_COMMANDS.get(command_type)
        if limit is not None and count > limit:
            _refuse("command.count", f"{count} {_TYPE_NAMES[command_type]} commands; at most {limit}")


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
    if option.file_types is not None:
        payload["file_types"] = list(option.file_types)
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
        """The command's type: `SLASH`, `USER`, `MESSAGE` or `PRIMARY_ENTRY_POINT`.

        Each concrete builder answers its own; this base class has none.
        """
        raise NotImplementedError

    def set_name(self, name: str, /) -> typing.Self:
        """Set `name`: what users type or see in the menu (1 to 32 characters).

        Slash command names must be lower case; a name Discord would refuse raises
        `DiscordRuleError` here. Returns the builder, for chaining.
        """
        self.name = name
        return self

    def set_id(self, id_: snowflakes.SnowflakeishOr | undefined.UndefinedType, /) -> typing.Self:
        """Set `id`: the ID of the registered command this builder stands for.

        A bulk overwrite that sends the ID updates that command in place instead of creating a
        new one; `UNDEFINED` sends no ID. Returns the builder, for chaining.
        """
        self.id = _snowflake_or_undefined(id_)
        return self

    def set_default_member_permissions(
        self, default_member_permissions: permissions_.Permissions | int | undefined.UndefinedType, /
    ) -> typing.Self:
        """Set `default_member_permissions`: the permissions a member needs to use the command.

        Guild admins can change it afterwards; `0` or `UNDEFINED` sends nothing (everyone may use it).
        Returns the builder, for chaining.
        """
        self.default_member_permissions = default_member_permissions
        return self

    def set_is_nsfw(self, state: bool | undefined.UndefinedType, /) -> typing.Self:
        """Set `is_nsfw`: whether the command is age-restricted (only usable in NSFW channels).

        `UNDEFINED` leaves Discord's default, `False`. Returns the builder, for chaining.
        """
        self.is_nsfw = state
        return self

    def set_name_localizations(self, name_localizations: typing.Mapping[str, str], /) -> typing.Self:
        """Set `name_localizations`: the name shown per locale, as in `{"fr": "météo"}`.

        An empty mapping sends none. Returns the builder, for chaining.
        """
        self.name_localizations = name_localizations
        return self

    def set_integration_types(
        self,
        integration_types: typing.Sequence[applications.ApplicationIntegrationType | int]
        | undefined.UndefinedType,
    ) -> typing.Self:
        """Set `integration_types`: where the app must be installed for the command to exist.

        `GUILD_INSTALL`, `USER_INSTALL` or both; `UNDEFINED` leaves the application's default.
        Returns the builder, for chaining.
        """
        self.integration_types = integration_types
        return self

    def set_context_types(
        self,
        context_types: typing.Sequence[applications.ApplicationContextType | int] | undefined.UndefinedType,
    ) -> typing.Self:
        """Set `context_types`: where the command can be used (`GUILD`, `BOT_DM`, `PRIVATE_CHANNEL`).

        Sent as Discord's `contexts`; `UNDEFINED` leaves Discord's default (every context the
        install allows). Returns the builder, for chaining.
        """
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

    async def create(
        self,
        rest: rest_api.RESTClient,
        application: snowflakes.SnowflakeishOr,
        /,
        *,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> commands.PartialCommand:
        """Create this command (Discord replaces one of the same name and type) with one request.

        ```python
        command = await rest.slash_command_builder("ping", "Check the bot").create(rest, application_id)
        ```
        """
        return await rest.rest.create_application_command(application, self, guild=guild)


_CommandT = typing.TypeVar("_CommandT", bound=commands.PartialCommand)


def _created_as(kind: type[_CommandT], command: commands.PartialCommand) -> _CommandT:
    if not isinstance(command, kind):
        msg = f"Discord answered a {command.type!r} command, not a {kind.__name__}"
        raise TypeError(msg)
    return command


def _length_rule(
    rule: str, minimum: int, maximum: int
) -> typing.Callable[[typing.Any, attrs.Attribute[typing.Any], str], None]:
    """An attrs validator refusing a string outside `minimum`-`maximum` characters, naming `rule`."""

    def check(_: typing.Any, attribute: attrs.Attribute[typing.Any], value: str) -> None:
        if not minimum <= len(value) <= maximum:
            name = attribute.alias or attribute.name
            _refuse(rule, f"{name} must be {minimum} to {maximum} characters long, got {len(value)}")

    return check


class _Described(typing.Protocol):
    description: str
    description_localizations: typing.Mapping[str, str]


_DescribedT = typing.TypeVar("_DescribedT", bound=_Described)


class _DescriptionSetters:
    """The setters of the commands that have a description (slash and entry point)."""

    __slots__ = ()

    def set_description(self: _DescribedT, description: str, /) -> _DescribedT:
        """Set `description`: the text under the command's name (1 to 100 characters for slash commands).

        Returns the builder, for chaining.
        """
        self.description = description
        return self

    def set_description_localizations(
        self: _DescribedT, description_localizations: typing.Mapping[str, str], /
    ) -> _DescribedT:
        """Set `description_localizations`: the description per locale; an empty mapping sends none.

        Returns the builder, for chaining.
        """
        self.description_localizations = description_localizations
        return self


def _check_slash_command_name(_: object, __: object, value: str) -> None:
    check_slash_name(value)


@attrs.define(slots=True, kw_only=False)
class SlashCommandBuilder(_DescriptionSetters, CommandBuilder):
    """A slash command: lower-case `name` (1-32), `description` (1-100), up to 25 options."""

    name: str = attrs.field(validator=_check_slash_command_name)
    description: str = attrs.field(validator=_length_rule("command.description", 1, 100))
    _options: list[commands.CommandOption] = attrs.field(factory=list, kw_only=True, alias="options")
    description_localizations: typing.Mapping[str, str] = attrs.field(factory=dict, kw_only=True)

    def __attrs_post_init__(self) -> None:
        _check_option_list(self._options, f"command {self.name!r}")

    @property
    def type(self) -> commands.CommandType:
        """Always `CommandType.SLASH`."""
        return commands.CommandType.SLASH

    @property
    def options(self) -> typing.Sequence[commands.CommandOption]:
        """A copy of the command's options, in the order they are sent (add them with `add_option`)."""
        return list(self._options)

    def add_option(self, option: commands.CommandOption) -> typing.Self:
        """Add an option (at most 25, unique names, required before optional), checking Discord's rules."""
        options = [*self._options, option]
        _check_option_list(options, f"command {self.name!r}")
        self._options = options
        return self

    def build(self) -> JSONObject:
        """The application command object: the shared fields plus `description` and `options`. Pure."""
        payload = CommandBuilder.build(self)
        payload["description"] = self.description
        if self._options:
            payload["options"] = [serialize_command_option(option) for option in self._options]
        _localized(payload, "description_localizations", self.description_localizations)
        return payload

    async def create(
        self,
        rest: rest_api.RESTClient,
        application: snowflakes.SnowflakeishOr,
        /,
        *,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> commands.SlashCommand:
        """Create this slash command with one request and return it as a `SlashCommand`.

        `guild` makes it a guild command; otherwise it is global. Raises `TypeError` if Discord
        answers a command of another type.
        """
        created = await CommandBuilder.create(self, rest, application, guild=guild)
        return _created_as(commands.SlashCommand, created)


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
    name: str = attrs.field(validator=_length_rule("command.name", 1, 32))

    @property
    def type(self) -> commands.CommandType:
        """`CommandType.USER` or `CommandType.MESSAGE`, as given to the constructor."""
        return self._type

    async def create(
        self,
        rest: rest_api.RESTClient,
        application: snowflakes.SnowflakeishOr,
        /,
        *,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> commands.ContextMenuCommand:
        """Create this context-menu command with one request and return it as a `ContextMenuCommand`.

        `guild` makes it a guild command; otherwise it is global. Raises `TypeError` if Discord
        answers a command of another type.
        """
        created = await CommandBuilder.create(self, rest, application, guild=guild)
        return _created_as(commands.ContextMenuCommand, created)


_Handler = commands.EntryPointCommandHandlerType


def _handler_or_undefined(
    value: _Handler | int | undefined.UndefinedType,
) -> _Handler | undefined.UndefinedType:
    return _UNDEFINED if value is _UNDEFINED else _Handler(value)


@attrs.define(slots=True, kw_only=False)
class EntryPointCommandBuilder(_DescriptionSetters, CommandBuilder):
    """The `PRIMARY_ENTRY_POINT` command that opens the app's Activity from the App Launcher.

    Its name (1-32 characters) may have capitals and spaces, as Discord's default "Launch" does;
    it has no options. `handler` says who answers: `DISCORD_LAUNCH_ACTIVITY` (the default, as for
    the command Discord creates) or `APP_HANDLER`, where the bot answers, for example with
    `interaction.build_launch_activity_response()`. Global only; one per application.

    ```python
    launch = EntryPointCommandBuilder("launch", "Start the game").set_handler(
        EntryPointCommandHandlerType.APP_HANDLER
    )
    await rest.set_application_commands(application_id, [ping, launch])
    ```
    """

    name: str = attrs.field(validator=_length_rule("command.name", 1, 32))
    description: str = attrs.field(default="", validator=_length_rule("command.description", 0, 100))
    """Shown in the App Launcher; empty is not sent."""
    handler: _Handler | undefined.UndefinedType = attrs.field(
        default=_Handler.DISCORD_LAUNCH_ACTIVITY, kw_only=True, converter=_handler_or_undefined
    )
    description_localizations: typing.Mapping[str, str] = attrs.field(factory=dict, kw_only=True)

    @classmethod
    def from_command(cls, command: commands.EntryPointCommand) -> EntryPointCommandBuilder:
        """A builder that sends `command` back unchanged (same ID, handler, contexts, permissions).

        `set_application_commands` uses it to keep the registered entry point in a bulk overwrite.
        """
        return cls(
            command.name,
            command.description,
            id=command.id,
            handler=_UNDEFINED if command.handler is None else command.handler,
            description_localizations=dict(command.description_localizations),
            default_member_permissions=command.default_member_permissions,
            is_nsfw=command.is_nsfw,
            name_localizations=dict(command.name_localizations),
            # Empty is how the model reads Discord's `null` (its default), so it is not sent as `[]`.
            integration_types=list(command.integration_types) or _UNDEFINED,
            context_types=list(command.context_types) or _UNDEFINED,
        )

    @property
    def type(self) -> commands.CommandType:
        """Always `CommandType.PRIMARY_ENTRY_POINT`."""
        return commands.CommandType.PRIMARY_ENTRY_POINT

    def set_handler(self, handler: _Handler | int | undefined.UndefinedType, /) -> typing.Self:
        """Who answers the command: `APP_HANDLER` (the bot) or `DISCORD_LAUNCH_ACTIVITY` (Discord)."""
        self.handler = _handler_or_undefined(handler)
        return self

    def build(self) -> JSONObject:
        """The application command object: the shared fields, `handler` and any `description`. Pure."""
        payload = CommandBuilder.build(self)
        if self.description:
            payload["description"] = self.description
        _localized(payload, "description_localizations", self.description_localizations)
        if self.handler is not _UNDEFINED:
            payload["handler"] = int(self.handler)
        return payload

    async def create(
        self,
        rest: rest_api.RESTClient,
        application: snowflakes.SnowflakeishOr,
        /,
        *,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> commands.EntryPointCommand:
        """Create this entry point command with one request and return it as an `EntryPointCommand`.

        Entry points are global only, so pass no `guild` (Discord refuses one). Raises `TypeError`
        if Discord answers a command of another type.
        """
        created = await CommandBuilder.create(self, rest, application, guild=guild)
        return _created_as(commands.EntryPointCommand, created)
