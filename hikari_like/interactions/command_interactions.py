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
from hikari_like import users
from hikari_like.interactions import _shapes
from hikari_like.interactions import base_interactions
from hikari_like.internal import lazy

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
_MAX_OPTION_DEPTH: typing.Final = _shapes.MAX_OPTION_DEPTH

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
        """Read an application command interaction data option (and its nested options)."""
        if depth > _MAX_OPTION_DEPTH:
            raise ValueError("command options are nested deeper than Discord allows")
        raw_options = payload.get("options")
        option_type = commands.OptionType(payload["type"])
        return cls(
            name=str(payload["name"]),
            type=option_type,
            value=_option_value(option_type, payload.get("value")),
            options=[cls.from_payload(item, depth=depth + 1) for item in raw_options]
            if raw_options
            else None,
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
        if depth > _MAX_OPTION_DEPTH:
            raise ValueError("command options are nested deeper than Discord allows")
        raw_options = payload.get("options")
        option_type = commands.OptionType(payload["type"])
        is_focused = bool(payload.get("focused", False))
        value = payload.get("value")
        return cls(
            name=str(payload["name"]),
            type=option_type,
            value=value if is_focused else _option_value(option_type, value),
            options=[cls.from_payload(item, depth=depth + 1) for item in raw_options]
            if raw_options
            else None,
            is_focused=is_focused,
        )


def _option_value(option_type: commands.OptionType, value: typing.Any) -> OptionValueT:
    if value is None:
        return None
    if option_type in _SNOWFLAKE_OPTIONS:
        return snowflakes.parse(value)
    if option_type == commands.OptionType.FLOAT:
        # JSON has one number type; Discord may send `3` for a NUMBER option.
        return float(value)
    if isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"option value of type {type(value).__name__} is not a JSON scalar")


class BaseCommandInteraction(base_interactions.PartialInteraction):
    """What command and autocomplete interactions share."""

    __slots__ = ("_command_type", "_registered_guild_id", "command_id", "command_name")

    command_id: snowflakes.Snowflake
    command_name: str

    _repr_fields = ("guild_id", "user", "command_name", "options")
    _shape = _shapes.COMMAND

    def _read_data(self, data: JSONObject) -> None:
        self.command_id = snowflakes.parse(data["id"])
        self.command_name = data["name"]

    @lazy.lazy
    def command_type(self) -> commands.CommandType:
        """Slash, user or message command."""
        return commands.CommandType(self._data.get("type", commands.CommandType.SLASH))

    @lazy.lazy
    def registered_guild_id(self) -> snowflakes.Snowflake | None:
        """The guild the command is registered in; `None` for a global command."""
        registered_guild_id = self._data.get("guild_id")
        return None if registered_guild_id is None else snowflakes.parse(registered_guild_id)


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
        return [CommandInteractionOption.from_payload(item) for item in self._data.get("options") or ()]

    @lazy.lazy
    def resolved(self) -> base_interactions.ResolvedOptionData | None:
        """The users, members, roles, channels, messages and attachments the options name."""
        raw_resolved = self._data.get("resolved")
        if not raw_resolved:
            return None
        return base_interactions.ResolvedOptionData.from_payload(
            raw_resolved, app=self.app, guild_id=self.guild_id
        )

    @lazy.lazy
    def target_id(self) -> snowflakes.Snowflake | None:
        """The user or message a context-menu command was used on."""
        target_id = self._data.get("target_id")
        return None if target_id is None else snowflakes.parse(target_id)

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

    _shape = _shapes.AUTOCOMPLETE

    @lazy.lazy
    def options(self) -> typing.Sequence[AutocompleteInteractionOption]:
        """The options filled in so far, the focused one included."""
        raw_options = self._data.get("options") or ()
        return [AutocompleteInteractionOption.from_payload(item) for item in raw_options]

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
