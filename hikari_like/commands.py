"""Application commands: their types, the option and choice models, and the registered commands.

```python
option = CommandOption(type=OptionType.STRING, name="city", description="Which city", is_required=True)
commands = await rest.fetch_application_commands(application_id)
slash = [command for command in commands if isinstance(command, SlashCommand)]
launcher = next(command for command in commands if isinstance(command, EntryPointCommand))
```
"""

from __future__ import annotations

__all__ = [
    "CommandChoice",
    "CommandOption",
    "CommandPermission",
    "CommandPermissionType",
    "CommandType",
    "ContextMenuCommand",
    "EntryPointCommand",
    "EntryPointCommandHandlerType",
    "GuildCommandPermissions",
    "OptionType",
    "PartialCommand",
    "SlashCommand",
    "command_from_payload",
]

import typing

import attrs

from hikari_like import applications
from hikari_like import channels
from hikari_like import locales
from hikari_like import permissions as permissions_
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject


class CommandType(enums.TolerantIntEnum):
    """What kind of application command."""

    SLASH = 1
    USER = 2
    """A context-menu command on a user."""
    MESSAGE = 3
    """A context-menu command on a message."""
    PRIMARY_ENTRY_POINT = 4
    """The command that launches an application's Activity from the App Launcher (global, one per app)."""


class EntryPointCommandHandlerType(enums.TolerantIntEnum):
    """Who answers a `PRIMARY_ENTRY_POINT` command (its `handler`).

    ```python
    builder = rest.entry_point_command_builder("launch", handler=EntryPointCommandHandlerType.APP_HANDLER)
    ```
    """

    APP_HANDLER = 1
    """The app gets the interaction and answers it (for example with `LAUNCH_ACTIVITY`)."""
    DISCORD_LAUNCH_ACTIVITY = 2
    """Discord launches the Activity and posts a message itself; the app is not asked."""


class OptionType(enums.TolerantIntEnum):
    """The type of a command option (Discord calls FLOAT "NUMBER")."""

    SUB_COMMAND = 1
    SUB_COMMAND_GROUP = 2
    STRING = 3
    INTEGER = 4
    BOOLEAN = 5
    USER = 6
    CHANNEL = 7
    ROLE = 8
    MENTIONABLE = 9
    FLOAT = 10
    ATTACHMENT = 11


@attrs.define(slots=True, kw_only=True)
class CommandChoice:
    """A fixed choice of a string, integer or float option."""

    name: str
    """What the user sees."""
    value: str | int | float
    """What the option receives."""
    name_localizations: typing.Mapping[str, str] = attrs.field(factory=dict, eq=False)
    """`name` by locale (e.g. `"fr"`)."""

    @classmethod
    def from_payload(cls, payload: JSONObject) -> CommandChoice:
        """Read a command option choice as Discord sends it."""
        return cls(
            name=str(payload["name"]),
            value=payload["value"],
            name_localizations=_localizations(payload.get("name_localizations")),
        )


@attrs.define(slots=True, kw_only=True)
class CommandOption:
    """A slash command's option, or a subcommand (group) holding options of its own."""

    type: OptionType | int
    name: str
    description: str
    is_required: bool = False
    choices: typing.Sequence[CommandChoice] | None = None
    """Fixed choices (string, integer and float options; at most 25)."""
    options: typing.Sequence[CommandOption] | None = None
    """A subcommand's own options, or a group's subcommands."""
    channel_types: typing.Sequence[channels.ChannelType | int] | None = None
    """Channel options only: the channel types offered."""
    autocomplete: bool = False
    """Whether Discord asks the bot for suggestions as the user types."""
    min_value: int | float | None = None
    max_value: int | float | None = None
    name_localizations: typing.Mapping[str, str] = attrs.field(factory=dict, eq=False)
    description_localizations: typing.Mapping[str, str] = attrs.field(factory=dict, eq=False)
    min_length: int | None = None
    """String options only: the shortest input accepted (0-6000)."""
    max_length: int | None = None
    """String options only: the longest input accepted (1-6000)."""
    file_types: typing.Sequence[str] | None = None
    """Attachment options only: the files offered, by group (`"image"`, `"video"`, `"audio"`) or
    dot-prefixed extension (`".pdf"`); at most 10. Discord matches the file name's extension only."""

    @classmethod
    def from_payload(cls, payload: JSONObject) -> CommandOption:
        """Read a command option (and its sub-options) as Discord sends it."""
        get = payload.get
        choices, options, channel_types = get("choices"), get("options"), get("channel_types")
        return cls(
            type=OptionType(payload["type"]),
            name=str(payload["name"]),
            description=str(get("description", "")),
            is_required=bool(get("required", False)),
            choices=None if choices is None else [CommandChoice.from_payload(item) for item in choices],
            options=None if options is None else [CommandOption.from_payload(item) for item in options],
            channel_types=None if channel_types is None else [channels.ChannelType(t) for t in channel_types],
            autocomplete=bool(get("autocomplete", False)),
            min_value=get("min_value"),
            max_value=get("max_value"),
            name_localizations=_localizations(get("name_localizations")),
            description_localizations=_localizations(get("description_localizations")),
            min_length=get("min_length"),
            max_length=get("max_length"),
            file_types=_file_types(get("file_types")),
        )


def _file_types(value: object) -> list[str] | None:
    # Absent stays `None` (no filter); anything not a string inside is dropped, not an error.
    if value is None:
        return None
    return [item for item in read.array(value) if isinstance(item, str)]


def _localizations(payload: typing.Mapping[str, str] | None) -> dict[str, str]:
    return {locales.Locale(locale): str(text) for locale, text in (payload or {}).items()}


@attrs.define(kw_only=True, unsafe_hash=True)
class PartialCommand(snowflakes.UniqueEntity):
    """An application command as Discord stores it: what every command type has."""

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    id: snowflakes.Snowflake = attrs.field(hash=True)
    type: CommandType = attrs.field(eq=False)
    application_id: snowflakes.Snowflake = attrs.field(eq=False, repr=False)
    name: str = attrs.field(eq=False)
    default_member_permissions: permissions_.Permissions = attrs.field(eq=False, repr=False)
    """Who may use the command by default; `Permissions.NONE` means everyone (Discord's `null`)."""
    is_nsfw: bool = attrs.field(eq=False, repr=False)
    guild_id: snowflakes.Snowflake | None = attrs.field(eq=False)
    """The guild the command belongs to; `None` for a global command."""
    version: snowflakes.Snowflake = attrs.field(eq=False, repr=False)
    """Changes each time the command is updated."""
    name_localizations: typing.Mapping[str, str] = attrs.field(eq=False, repr=False)
    integration_types: typing.Sequence[applications.ApplicationIntegrationType] = attrs.field(
        eq=False, repr=False
    )
    context_types: typing.Sequence[applications.ApplicationContextType] = attrs.field(eq=False, repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> PartialCommand:
        """Read an application command of any type (see `command_from_payload` for the right class)."""
        return cls(**_common_fields(payload, app))

    @property
    def _where(self) -> snowflakes.Snowflake | undefined.UndefinedType:
        """The guild to name in this command's routes; `UNDEFINED` for a global command."""
        return undefined.UNDEFINED if self.guild_id is None else self.guild_id

    async def fetch_self(self) -> PartialCommand:
        """This command as Discord has it now (`rest.fetch_application_command`)."""
        return await self.app.rest.fetch_application_command(self.application_id, self.id, self._where)

    async def edit(
        self,
        *,
        name: undefined.UndefinedOr[str] = undefined.UNDEFINED,
        description: undefined.UndefinedOr[str] = undefined.UNDEFINED,
        options: undefined.UndefinedOr[typing.Sequence[CommandOption]] = undefined.UNDEFINED,
    ) -> PartialCommand:
        """Change this command's name, description or options; the command as it is now.

        Only what is given changes (`rest.edit_application_command`).
        """
        return await self.app.rest.edit_application_command(
            self.application_id, self.id, self._where, name=name, description=description, options=options
        )

    async def delete(self) -> None:
        """Delete this command (`rest.delete_application_command`)."""
        await self.app.rest.delete_application_command(self.application_id, self.id, self._where)

    async def fetch_guild_permissions(self, guild: snowflakes.SnowflakeishOr, /) -> GuildCommandPermissions:
        """Who may use this command in `guild` (`rest.fetch_application_command_permissions`)."""
        return await self.app.rest.fetch_application_command_permissions(self.application_id, guild, self.id)

    async def set_guild_permissions(
        self, guild: snowflakes.SnowflakeishOr, permissions: typing.Sequence[CommandPermission]
    ) -> GuildCommandPermissions:
        """Replace who may use this command in `guild`; Discord wants a user's Bearer token for it
        (`rest.set_application_command_permissions`)."""
        return await self.app.rest.set_application_command_permissions(
            self.application_id, guild, self.id, permissions
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class SlashCommand(PartialCommand):
    """A slash command: a description and options on top of the common fields."""

    description: str = attrs.field(eq=False, repr=False)
    description_localizations: typing.Mapping[str, str] = attrs.field(eq=False, repr=False)
    options: typing.Sequence[CommandOption] | None = attrs.field(eq=False, repr=False)
    """The options, or `None` when the command has none."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> SlashCommand:
        """Read a slash (`CHAT_INPUT`) command as Discord sends it."""
        options = payload.get("options")
        return cls(
            **_common_fields(payload, app),
            description=str(payload.get("description") or ""),
            description_localizations=_localizations(payload.get("description_localizations")),
            options=None if options is None else [CommandOption.from_payload(item) for item in options],
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class EntryPointCommand(PartialCommand):
    """A `PRIMARY_ENTRY_POINT` command: how users open the app's Activity from the App Launcher.

    Discord allows one, global only, and refuses a bulk overwrite that would drop it
    (`set_application_commands` carries it along for you).

    ```python
    launcher = next(c for c in await rest.fetch_application_commands(app) if isinstance(c, EntryPointCommand))
    print(launcher.handler)  # EntryPointCommandHandlerType.DISCORD_LAUNCH_ACTIVITY
    ```
    """

    description: str = attrs.field(eq=False, repr=False)
    description_localizations: typing.Mapping[str, str] = attrs.field(eq=False, repr=False)
    handler: EntryPointCommandHandlerType | None = attrs.field(eq=False)
    """Who answers it; `None` when Discord did not say."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> EntryPointCommand:
        """Read a `PRIMARY_ENTRY_POINT` command as Discord sends it."""
        handler = read.integer(payload.get("handler"))
        return cls(
            **_common_fields(payload, app),
            description=read.text(payload.get("description")) or "",
            description_localizations=_localizations(payload.get("description_localizations")),
            handler=None if handler is None else EntryPointCommandHandlerType(handler),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class ContextMenuCommand(PartialCommand):
    """A user or message context-menu command."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> ContextMenuCommand:
        """Read a user or message command as Discord sends it."""
        return cls(**_common_fields(payload, app))


def _common_fields(payload: JSONObject, app: traits.RESTAware) -> dict[str, typing.Any]:
    get = payload.get
    return {
        "app": app,
        "id": snowflakes.parse(payload["id"]),
        "type": CommandType(get("type", CommandType.SLASH)),
        "application_id": snowflakes.parse(payload["application_id"]),
        "name": str(payload["name"]),
        "default_member_permissions": _default_member_permissions(get("default_member_permissions")),
        "is_nsfw": bool(get("nsfw", False)),
        "guild_id": snowflakes.parse_optional(get("guild_id")),
        "version": snowflakes.parse(get("version") or 0),
        "name_localizations": _localizations(get("name_localizations")),
        "integration_types": [
            applications.ApplicationIntegrationType(value) for value in get("integration_types") or ()
        ],
        "context_types": [applications.ApplicationContextType(value) for value in get("contexts") or ()],
    }


def _default_member_permissions(value: object) -> permissions_.Permissions:
    # Discord's `null` is "everyone" (NONE); its `"0"` is "administrators only", read as
    # ADMINISTRATOR so that sending the model back (a kept entry point) never widens access.
    bits = int(value) if isinstance(value, str) and value.isdecimal() else read.natural(value)
    if bits is None:
        return permissions_.Permissions.NONE
    return permissions_.Permissions(bits) if bits else permissions_.Permissions.ADMINISTRATOR


def command_from_payload(payload: JSONObject, *, app: traits.RESTAware) -> PartialCommand:
    """The command model for a payload's type: `SlashCommand`, `ContextMenuCommand`, `EntryPointCommand`,
    else `PartialCommand`.

    ```python
    command = command_from_payload(await rest.request("GET", path), app=rest)
    ```
    """
    command_type = CommandType(read.integer(payload.get("type")) or CommandType.SLASH)
    return _MODELS.get(command_type, PartialCommand).from_payload(payload, app=app)


_MODELS: typing.Final[typing.Mapping[CommandType, type[PartialCommand]]] = {
    CommandType.SLASH: SlashCommand,
    CommandType.USER: ContextMenuCommand,
    CommandType.MESSAGE: ContextMenuCommand,
    CommandType.PRIMARY_ENTRY_POINT: EntryPointCommand,
}


class CommandPermissionType(enums.TolerantIntEnum):
    """What a command permission overwrite targets."""

    ROLE = 1
    """A role; the guild's ID as a role ID means @everyone."""
    USER = 2
    CHANNEL = 3
    """A channel; the guild's ID minus 1 means every channel."""


@attrs.define(kw_only=True, unsafe_hash=True)
class CommandPermission:
    """One overwrite of who may use a command: a role, user or channel allowed or denied.

    ```python
    deny_everyone = CommandPermission(id=guild_id, type=CommandPermissionType.ROLE, has_access=False)
    ```
    """

    id: snowflakes.Snowflake = attrs.field(converter=snowflakes.Snowflake)
    type: CommandPermissionType | int = attrs.field(converter=CommandPermissionType)
    has_access: bool

    @classmethod
    def from_payload(cls, payload: JSONObject) -> CommandPermission:
        """Read an application command permissions object (`KeyError` without ID or type)."""
        return cls(
            id=snowflakes.parse(payload["id"]),
            type=CommandPermissionType(read.integer(payload["type"]) or 0),
            has_access=payload.get("permission") is True,
        )

    def to_payload(self) -> JSONObject:
        """The object Discord expects in `PUT .../commands/{command}/permissions`."""
        return {"id": str(self.id), "type": int(self.type), "permission": self.has_access}


@attrs.define(kw_only=True)
class GuildCommandPermissions:
    """The overwrites a guild set for one command, or for all of the application's commands
    (then `id` is the application's ID)."""

    id: snowflakes.Snowflake
    """The command's ID, or the application's for the overwrites of every command."""
    application_id: snowflakes.Snowflake
    command_id: snowflakes.Snowflake
    guild_id: snowflakes.Snowflake
    permissions: typing.Sequence[CommandPermission]
    """At most 100 overwrites."""

    @classmethod
    def from_payload(cls, payload: JSONObject) -> GuildCommandPermissions:
        """Read a guild application command permissions object (`KeyError` without its IDs)."""
        return cls(
            id=snowflakes.parse(payload["id"]),
            application_id=snowflakes.parse(payload["application_id"]),
            command_id=snowflakes.parse(payload["id"]),
            guild_id=snowflakes.parse(payload["guild_id"]),
            permissions=read.each(read.objects(payload.get("permissions")), CommandPermission.from_payload),
        )
