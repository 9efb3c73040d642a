"""Command interactions: slash commands, context menus and autocomplete."""

from __future__ import annotations

__all__ = [
    "COMMAND_RESPONSE_TYPES",
    "AutocompleteInteraction",
    "AutocompleteInteractionOption",
    "BaseCommandInteraction",
    "CommandInteraction",
    "CommandInteractionMetadata",
    "CommandInteractionOption",
    "CommandResponseTypesT",
]

import typing

import attrs

from hikari_like import commands
from hikari_like import permissions as permissions_
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import users
from hikari_like.interactions import _required
from hikari_like.interactions import base_interactions
from hikari_like.internal import lazy
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.impl import builders as special_endpoints
    from hikari_like.internal.json import JSONObject

CommandResponseTypesT = typing.Literal[
    base_interactions.ResponseType.MESSAGE_CREATE,
    4,
    base_interactions.ResponseType.DEFERRED_MESSAGE_CREATE,
    5,
]
"""The response types a command interaction accepts (besides a modal)."""

COMMAND_RESPONSE_TYPES: typing.Final[typing.AbstractSet[int]] = frozenset(
    [base_interactions.ResponseType.MESSAGE_CREATE, base_interactions.ResponseType.DEFERRED_MESSAGE_CREATE]
)

# Read once here: `build_response()` runs per interaction, and enum attribute reads are slow.
_MESSAGE_CREATE: typing.Final = base_interactions.ResponseType.MESSAGE_CREATE
_DEFERRED_MESSAGE_CREATE: typing.Final = base_interactions.ResponseType.DEFERRED_MESSAGE_CREATE

# Discord nests at most a group, then a sub-command, then options; anything deeper is malformed.
_MAX_OPTION_DEPTH: typing.Final = 4

OptionValueT = snowflakes.Snowflake | str | int | float | bool | None

_SNOWFLAKE_OPTIONS: typing.Final = frozenset(
    [
        commands.OptionType.USER,
        commands.OptionType.CHANNEL,
        commands.OptionType.ROLE,
        commands.OptionType.MENTIONABLE,
        commands.OptionType.ATTACHMENT,
    ]
)


@attrs.define(kw_only=True)
class CommandInteractionOption:
    """One option the user filled in; a sub-command or group carries `options` instead of `value`.

    IDs (user, channel, role, mentionable, attachment) come as `Snowflake`; look the objects up
    in the interaction's `resolved`.
    """

    name: str
    type: commands.OptionType
    value: OptionValueT
    options: typing.Sequence[typing.Self] | None
    """The nested options of a sub-command or group; `None` for a plain option."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, depth: int = 0) -> typing.Self:
        """Read an application command interaction data option (and its nested options).

        The name and type are required (`KeyError` or `TypeError` without them); a value of the
        wrong type for the option's type reads as `None`, and a nested option that cannot be
        read (or is nested deeper than Discord allows) is left out.
        """
        option_type = _option_type(payload, depth)
        return cls(
            name=read.required_text(payload, "name"),
            type=option_type,
            value=_option_value(option_type, payload.get("value")),
            options=_nested(cls, payload, depth),
        )


@attrs.define(kw_only=True)
class AutocompleteInteractionOption(CommandInteractionOption):
    """An option of an autocomplete interaction.

    The focused option's `value` is what the user has typed so far, kept as Discord sent it (a
    string, even for number options), because it is not a finished value.
    """

    is_focused: bool = False

    @classmethod
    def from_payload(cls, payload: JSONObject, *, depth: int = 0) -> typing.Self:
        """Read an autocomplete option; only non-focused values are converted to their type."""
        option_type = _option_type(payload, depth)
        is_focused = payload.get("focused") is True
        value = payload.get("value")
        return cls(
            name=read.required_text(payload, "name"),
            type=option_type,
            value=_scalar(value) if is_focused else _option_value(option_type, value),
            options=_nested(cls, payload, depth),
            is_focused=is_focused,
        )


_OptionT = typing.TypeVar("_OptionT", bound=CommandInteractionOption)


def _option_type(payload: JSONObject, depth: int) -> commands.OptionType:
    if depth > _MAX_OPTION_DEPTH:
        raise ValueError("command options are nested deeper than Discord allows")
    option_type = read.integer(payload["type"])
    if option_type is None:
        raise TypeError("an option's type is an integer")
    return commands.OptionType(option_type)


def _nested(cls: type[_OptionT], payload: JSONObject, depth: int) -> list[_OptionT] | None:
    nested = read.each(
        read.objects(payload.get("options")), lambda item: cls.from_payload(item, depth=depth + 1)
    )
    return nested or None


def _scalar(value: object) -> OptionValueT:
    if isinstance(value, str | bool):
        return value
    integer = read.integer(value)
    return integer if integer is not None else read.number(value)


# How a finished value is read, by option type; other types keep any JSON scalar.
_VALUE_READERS: typing.Final[typing.Mapping[int, typing.Callable[[object], OptionValueT]]] = {
    commands.OptionType.STRING: read.text,
    commands.OptionType.INTEGER: read.integer,
    commands.OptionType.BOOLEAN: read.flag,
    # JSON has one number type; Discord may send `3` for a NUMBER option.
    commands.OptionType.FLOAT: read.number,
    **dict.fromkeys(_SNOWFLAKE_OPTIONS, snowflakes.parse_or_none),
}


def _option_value(option_type: commands.OptionType, value: object) -> OptionValueT:
    return _VALUE_READERS.get(option_type, _scalar)(value)


class BaseCommandInteraction(base_interactions.PartialInteraction):
    """What command and autocomplete interactions share."""

    __slots__ = ("_command_type", "_raw_data", "_registered_guild_id", "command_id", "command_name")

    command_id: snowflakes.Snowflake
    command_name: str

    _repr_fields = ("guild_id", "user", "command_name", "options")
    _checked_up_front = _required.COMMAND

    @property
    def _data(self) -> JSONObject:
        # Kept from parsing: options, resolved objects and the command layer all read it.
        return self._raw_data

    def _read_data(self, data: JSONObject) -> None:
        self._raw_data = data
        self.command_id = snowflakes.parse_recurring(data["id"])
        self.command_name = name = data["name"]
        if not isinstance(name, str):
            raise TypeError("a command's name is a string")

    @lazy.lazy
    def command_type(self) -> commands.CommandType:
        """Slash, user or message command."""
        return commands.CommandType(read.integer(self._data.get("type")) or commands.CommandType.SLASH)

    async def fetch_command(self) -> commands.PartialCommand:
        """Fetch the command that was invoked over REST (from its guild's commands if it has one).

        ```python
        command = await interaction.fetch_command()
        ```
        """
        return await self.app.rest.fetch_application_command(
            self.application_id, self.command_id, self.registered_guild_id or undefined.UNDEFINED
        )

    @lazy.lazy
    def registered_guild_id(self) -> snowflakes.Snowflake | None:
        """The guild the command is registered in; `None` for a global command."""
        return snowflakes.parse_or_none(self._data.get("guild_id"))


class CommandInteraction(
    BaseCommandInteraction, base_interactions.MessageResponseMixin, base_interactions.ModalResponseMixin
):
    """A slash command or a user/message context-menu command.

    ```python
    async def on_command(interaction: CommandInteraction) -> InteractionMessageBuilder:
        return interaction.build_response().set_content(f"Hi {interaction.user.mention}")
    ```
    """

    __slots__ = ("_options", "_resolved", "_target_id")

    @lazy.lazy
    def app_permissions(self) -> permissions_.Permissions:
        """The bot's permissions in the channel (`NONE` in payloads that predate the field)."""
        return base_interactions.permissions_from(self._payload.get("app_permissions"))

    @lazy.lazy
    def options(self) -> typing.Sequence[CommandInteractionOption]:
        """The options the user filled in (a sub-command or group holds its own `options`)."""
        return read.each(read.objects(self._data.get("options")), CommandInteractionOption.from_payload)

    @lazy.lazy
    def resolved(self) -> base_interactions.ResolvedOptionData | None:
        """The users, members, roles, channels, messages and attachments the options name."""
        return base_interactions.resolved_of(self._data, self.app, self.guild_id)

    @lazy.lazy
    def target_id(self) -> snowflakes.Snowflake | None:
        """The user or message a context-menu command was used on."""
        return snowflakes.parse_or_none(self._data.get("target_id"))

    def build_response(self) -> special_endpoints.InteractionMessageBuilder:
        """A builder for a message response (type `MESSAGE_CREATE`); fill it and return it."""
        return base_interactions.message_builder_class()(_MESSAGE_CREATE)

    def build_deferred_response(self) -> special_endpoints.InteractionDeferredBuilder:
        """A builder for a deferred response ("thinking..."); edit the original response later.

        ```python
        async def on_command(interaction):
            yield interaction.build_deferred_response()
            await interaction.app.rest.edit_interaction_response(...)
        ```
        """
        return base_interactions.deferred_builder_class()(_DEFERRED_MESSAGE_CREATE)


class AutocompleteInteraction(BaseCommandInteraction):
    """The user is typing in a command option that offers autocomplete choices."""

    __slots__ = ("_options",)

    _checked_up_front = _required.AUTOCOMPLETE

    @lazy.lazy
    def options(self) -> typing.Sequence[AutocompleteInteractionOption]:
        """The options filled in so far, the focused one included."""
        return read.each(read.objects(self._data.get("options")), AutocompleteInteractionOption.from_payload)

    @property
    def focused_option(self) -> AutocompleteInteractionOption | None:
        """The option the user is typing in (searched through sub-commands), if any."""
        pending = list(self.options)
        while pending:
            option = pending.pop()
            if option.is_focused:
                return option
            pending.extend(option.options or ())
        return None

    def build_response(
        self, choices: typing.Sequence[special_endpoints.AutocompleteChoiceBuilder]
    ) -> special_endpoints.InteractionAutocompleteBuilder:
        """A builder that offers `choices` (at most 25)."""
        return base_interactions.autocomplete_builder_class()().set_choices(choices)

    async def create_response(
        self, choices: typing.Sequence[special_endpoints.AutocompleteChoiceBuilder]
    ) -> None:
        """Offer `choices` over REST instead of returning a builder from the listener."""
        await self.app.rest.create_autocomplete_response(self.id, self.token, choices)


@attrs.define(kw_only=True, unsafe_hash=True)
class CommandInteractionMetadata(base_interactions.PartialInteractionMetadata):
    """A message's interaction metadata when a command created the message."""

    target_user: users.User | None = attrs.field(eq=False)
    """The user a user command was used on."""
    target_message_id: snowflakes.Snowflake | None = attrs.field(eq=False)
    """The message a message command was used on."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read command interaction metadata."""
        target_user = payload.get("target_user")
        target_message_id = payload.get("target_message_id")
        return cls(
            **base_interactions.metadata_fields(payload, app),
            target_user=None if target_user is None else users.User.from_payload(target_user, app=app),
            target_message_id=None if target_message_id is None else snowflakes.parse(target_message_id),
        )
