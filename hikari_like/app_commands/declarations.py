"""Declared commands and routes: what a decorator makes, and what Discord is told about it.

```python
@client.slash("ping", "Check the bot answers")            # -> SlashCommand
tag = client.group("tag", "Community tags")               # -> SlashGroup
@tag.command("show", "Show a tag")                        # -> SlashCommand inside it
@client.user_command("Inspect")                           # -> ContextMenuCommand
@client.component("role:{role_id:int}")                   # -> ComponentRoute
@client.modal("suggest:{tag}")                            # -> ModalRoute
```

Each keeps its handler (`.handler`, callable as written), its checks and cooldown, and builds its
Discord payload (`to_builder()`); commands and groups carry the command-level settings: default
member permissions, contexts, integration types, NSFW, localizations, guilds.
"""

from __future__ import annotations

__all__ = [
    "CommandSettings",
    "ComponentRoute",
    "ContextMenuCommand",
    "ModalRoute",
    "SlashCommand",
    "SlashGroup",
]

import inspect
import typing

import attrs

from hikari_like import applications
from hikari_like import commands
from hikari_like import permissions as permissions_
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.app_commands import checks as checks_
from hikari_like.app_commands import cooldowns
from hikari_like.app_commands import options as options_
from hikari_like.app_commands.custom_ids import CustomIdPattern
from hikari_like.app_commands.errors import DeclarationError
from hikari_like.impl.builders import commands as command_builders

if typing.TYPE_CHECKING:
    from hikari_like.app_commands import handler_types as types_
    from hikari_like.app_commands.options import OptionSpec

_HandlerT = typing.TypeVar("_HandlerT", bound=typing.Callable[..., typing.Any])
_SlashHandlerT = typing.TypeVar("_SlashHandlerT", bound="types_.SlashHandler")
_MAX_SUBCOMMANDS: typing.Final = 25
_NO_ANNOTATION: typing.Final = object()


@attrs.frozen(kw_only=True)
class CommandSettings:
    """What Discord is told about a whole command (a top-level command or a group)."""

    default_member_permissions: permissions_.Permissions | int | undefined.UndefinedType = undefined.UNDEFINED
    """Who may use it unless a server says otherwise: members with all of these permissions
    (`Permissions.ADMINISTRATOR`: administrators only). As in hikari, `Permissions.NONE` (0) is
    not sent, which leaves the command open to everyone."""
    contexts: typing.Sequence[applications.ApplicationContextType] | undefined.UndefinedType = (
        undefined.UNDEFINED
    )
    """Where it can be used: guilds, the bot's DM, private channels."""
    integration_types: typing.Sequence[applications.ApplicationIntegrationType] | undefined.UndefinedType = (
        undefined.UNDEFINED
    )
    """Guild installs, user installs, or both."""
    nsfw: bool = False
    name_localizations: typing.Mapping[str, str] = attrs.field(factory=dict)
    description_localizations: typing.Mapping[str, str] = attrs.field(factory=dict)
    guilds: tuple[snowflakes.Snowflake, ...] = ()
    """Register it in these guilds only (instantly, for development); global when empty."""

    def apply(self, builder: command_builders.CommandBuilder) -> None:
        """Set these settings on a command builder."""
        if self.default_member_permissions is not undefined.UNDEFINED:
            builder.set_default_member_permissions(self.default_member_permissions)
        if self.contexts is not undefined.UNDEFINED:
            builder.set_context_types(self.contexts)
        if self.integration_types is not undefined.UNDEFINED:
            builder.set_integration_types(self.integration_types)
        if self.nsfw:
            builder.set_is_nsfw(True)
        if self.name_localizations:
            builder.set_name_localizations(self.name_localizations)


class MenuSettings(typing.TypedDict, total=False):
    """The keywords of `user_command` and `message_command`: a whole command's settings."""

    default_member_permissions: permissions_.Permissions | int | undefined.UndefinedType
    contexts: typing.Sequence[applications.ApplicationContextType] | undefined.UndefinedType
    integration_types: typing.Sequence[applications.ApplicationIntegrationType] | undefined.UndefinedType
    nsfw: bool
    guilds: typing.Iterable[snowflakes.SnowflakeishOr] | snowflakes.SnowflakeishOr | None
    name_localizations: typing.Mapping[str, str] | None


class SlashSettings(MenuSettings, total=False):
    """The keywords of `slash` and `group`."""

    description_localizations: typing.Mapping[str, str] | None


def settings(
    *,
    default_member_permissions: permissions_.Permissions
    | int
    | undefined.UndefinedType = undefined.UNDEFINED,
    contexts: typing.Sequence[applications.ApplicationContextType]
    | undefined.UndefinedType = undefined.UNDEFINED,
    integration_types: typing.Sequence[applications.ApplicationIntegrationType]
    | undefined.UndefinedType = undefined.UNDEFINED,
    nsfw: bool = False,
    name_localizations: typing.Mapping[str, str] | None = None,
    description_localizations: typing.Mapping[str, str] | None = None,
    guilds: typing.Iterable[snowflakes.SnowflakeishOr] | snowflakes.SnowflakeishOr | None = None,
) -> CommandSettings:
    """`CommandSettings` from the keywords every command decorator takes."""
    return CommandSettings(
        default_member_permissions=default_member_permissions,
        contexts=contexts,
        integration_types=integration_types,
        nsfw=nsfw,
        name_localizations=dict(name_localizations or {}),
        description_localizations=dict(description_localizations or {}),
        guilds=_guild_ids(guilds),
    )


def _guild_ids(
    guilds: typing.Iterable[snowflakes.SnowflakeishOr] | snowflakes.SnowflakeishOr | None,
) -> tuple[snowflakes.Snowflake, ...]:
    if guilds is None:
        return ()
    if not isinstance(guilds, typing.Iterable) or isinstance(guilds, str):
        return (snowflakes.snowflake_of(guilds),)
    return tuple(snowflakes.snowflake_of(guild) for guild in guilds)


def check_name(name: str, what: str) -> str:
    """`name` if Discord accepts it for a slash command, group or option; else DeclarationError."""
    if not options_.is_discord_name(name):
        raise DeclarationError(
            f"{what}: {name!r} is not a Discord name (lowercase letters, digits, -, _ and ', 1-32)"
        )
    return name


def check_description(description: str, what: str) -> str:
    if not 1 <= len(description) <= 100:
        raise DeclarationError(f"{what}: the description must be 1-100 characters, got {len(description)}")
    return description


def _guards(handler: typing.Callable[..., typing.Any]) -> tuple[list[typing.Any], cooldowns.Cooldown | None]:
    return checks_.pending_checks(handler), cooldowns.pending_cooldown(handler)


def _is_handler(handler: object, where: str) -> None:
    if not (inspect.iscoroutinefunction(handler) or inspect.isasyncgenfunction(handler)):
        raise DeclarationError(
            f"{where}: the handler {_name_of(handler)} must be an async function (or async generator"
            " function)"
        )


def _name_of(handler: object) -> str:
    return str(getattr(handler, "__qualname__", None) or repr(handler))


@attrs.define(eq=False, kw_only=True)
class _Declared(typing.Generic[_HandlerT]):
    """What commands and routes share: the handler, its checks and its cooldown."""

    handler: _HandlerT
    checks: list[typing.Any] = attrs.field(factory=list)
    cooldown: cooldowns.Cooldown | None = None
    plugin: typing.Any = None
    """The plugin that declared it, if any (its checks run first)."""
    parent: SlashGroup | None = None
    """The group holding it (only subcommands have one; its checks run first)."""
    is_generator: bool = attrs.field(init=False)
    returns_nothing: bool = attrs.field(init=False)
    """The handler is annotated `-> None`: it answers through its context, never by returning."""
    key: str = attrs.field(init=False)
    """A stable name of what is routed (`"/tag show"`, `"component:role:{id:int}"`), for logs and
    cooldowns; worked out once, as it is on every interaction's path."""

    def __attrs_post_init__(self) -> None:
        self.is_generator = inspect.isasyncgenfunction(self.handler)
        self.returns_nothing = inspect.get_annotations(self.handler).get("return", _NO_ANNOTATION) in (
            None,
            "None",
        )
        self.key = self._key()

    def _key(self) -> str:
        raise NotImplementedError


@attrs.define(eq=False, kw_only=True)
class SlashCommand(_Declared[_HandlerT]):
    """A slash command, or a subcommand of a `SlashGroup`."""

    name: str
    description: str
    options: list[OptionSpec]
    settings: CommandSettings = CommandSettings()
    name_localizations: typing.Mapping[str, str] = attrs.field(factory=dict)
    description_localizations: typing.Mapping[str, str] = attrs.field(factory=dict)
    autocompleters: dict[str, typing.Callable[..., typing.Any]] = attrs.field(factory=dict)
    """Option name -> its autocomplete handler."""
    defaults: dict[str, object] = attrs.field(factory=dict)
    """Parameter -> default, for the options left out (filled in once, copied per call)."""
    by_option: dict[str, OptionSpec] = attrs.field(factory=dict)
    readers: dict[str, tuple[str, int, tuple[type, ...], typing.Any]] = attrs.field(factory=dict)
    """Option name -> (parameter, option type, JSON types accepted, resolver or None): what
    reading an invocation's options needs, in one lookup."""

    @classmethod
    def declare(
        cls,
        handler: _HandlerT,
        name: str,
        description: str,
        *,
        settings: CommandSettings = CommandSettings(),
        parent: SlashGroup | None = None,
        name_localizations: typing.Mapping[str, str] | None = None,
        description_localizations: typing.Mapping[str, str] | None = None,
    ) -> SlashCommand[_HandlerT]:
        """Check `handler`, `name` and `description` against Discord's rules and declare the command.

        The handler's parameters after the context become the command's options; the name is 1-32
        lowercase characters, the description 1-100. Raises `DeclarationError` naming the command
        when a rule is broken, so a mistake shows when the module is imported, not when a user
        runs the command.
        """
        where = f"/{name}" if parent is None else f"/{parent.path} {name}"
        _is_handler(handler, where)
        specs = options_.read_options(handler)
        checks, cooldown = _guards(handler)
        command = cls(
            handler=handler,
            name=check_name(name, where),
            description=check_description(description, where),
            options=specs,
            settings=settings,
            parent=parent,
            name_localizations=dict(name_localizations or {}),
            description_localizations=dict(description_localizations or {}),
            checks=checks,
            cooldown=cooldown,
        )
        command.defaults = {spec.parameter: spec.default for spec in specs if not spec.is_required}
        command.by_option = {spec.name: spec for spec in specs}
        command._index_readers()
        command.autocompleters = {spec.name: spec.autocomplete for spec in specs if spec.autocomplete}
        return command

    @property
    def path(self) -> str:
        """The name as users type it: `"tag show"`, `"admin role add"`."""
        return self.name if self.parent is None else f"{self.parent.path} {self.name}"

    def _key(self) -> str:
        return f"/{self.path}"

    def autocomplete(self, parameter: str) -> typing.Callable[[_AutocompleteT], _AutocompleteT]:
        """Decorate the autocomplete handler of the option behind `parameter` (or its name).

        ```python
        @show.autocomplete("name")
        async def tag_names(ctx: app_commands.AutocompleteContext) -> list[str]:
            return [tag for tag in TAGS if tag.startswith(ctx.value)]
        ```
        """
        spec = next((s for s in self.options if parameter in (s.parameter, s.name)), None)
        if spec is None:
            raise DeclarationError(f"{self.key} has no option {parameter!r}")
        if spec.option.choices:
            raise DeclarationError(f"{self.key}, option {spec.name!r}: an option has choices or autocomplete")
        if spec.type not in options_.CHOOSABLE_TYPES:
            raise DeclarationError(
                f"{self.key}, option {spec.name!r}: autocomplete is for str, int and float options"
            )

        def decorate(handler: _AutocompleteT) -> _AutocompleteT:
            function: object = handler  # checked as an object: the guard would narrow `handler`
            if not inspect.iscoroutinefunction(function):
                raise DeclarationError(
                    f"{self.key}: the autocomplete handler {_name_of(handler)} must be an async function"
                )
            self.autocompleters[spec.name] = handler
            self._mark_autocomplete(spec)
            return handler

        return decorate

    def _mark_autocomplete(self, spec: OptionSpec) -> None:
        updated = attrs.evolve(spec, option=attrs.evolve(spec.option, autocomplete=True))
        self.options[self.options.index(spec)] = updated
        self.by_option[spec.name] = updated
        self._index_readers()

    def _index_readers(self) -> None:
        self.readers = {
            spec.name: (spec.parameter, int(spec.option.type), spec.accepts, spec.resolve)
            for spec in self.options
        }

    def to_option(self) -> commands.CommandOption:
        """This command as a subcommand option of its group."""
        return commands.CommandOption(
            type=commands.OptionType.SUB_COMMAND,
            name=self.name,
            description=self.description,
            options=[spec.option for spec in self.options],
            name_localizations=self.name_localizations,
            description_localizations=self.description_localizations,
        )

    def to_builder(self) -> command_builders.SlashCommandBuilder:
        """What Discord is told about this (top-level) command."""
        builder = command_builders.SlashCommandBuilder(self.name, self.description)
        for spec in self.options:
            builder.add_option(spec.option)
        return _with_settings(builder, self.settings)


_AutocompleteT = typing.TypeVar("_AutocompleteT", bound="types_.AutocompleteHandler")


@attrs.define(eq=False, kw_only=True)
class SlashGroup:
    """A slash command made of subcommands (`/tag show`, `/tag add`), maybe in subgroups."""

    name: str
    description: str
    settings: CommandSettings = CommandSettings()
    parent: SlashGroup | None = None
    checks: list[typing.Any] = attrs.field(factory=list)
    """Checks every subcommand runs first."""
    children: dict[str, SlashCommand[typing.Any] | SlashGroup] = attrs.field(factory=dict)
    name_localizations: typing.Mapping[str, str] = attrs.field(factory=dict)
    description_localizations: typing.Mapping[str, str] = attrs.field(factory=dict)
    plugin: typing.Any = None

    @property
    def path(self) -> str:
        """The group's name as users type it, parents first (`"admin roles"`)."""
        return self.name if self.parent is None else f"{self.parent.path} {self.name}"

    def command(
        self,
        name: str,
        description: str,
        *,
        name_localizations: typing.Mapping[str, str] | None = None,
        description_localizations: typing.Mapping[str, str] | None = None,
    ) -> typing.Callable[[_SlashHandlerT], SlashCommand[_SlashHandlerT]]:
        """Declare a subcommand: `@group.command("show", "Show a tag")`."""

        def decorate(handler: _SlashHandlerT) -> SlashCommand[_SlashHandlerT]:
            command = SlashCommand.declare(
                handler,
                name,
                description,
                parent=self,
                name_localizations=name_localizations,
                description_localizations=description_localizations,
            )
            command.plugin = self.plugin
            self._adopt(command)
            return command

        return decorate

    def group(
        self,
        name: str,
        description: str,
        *,
        name_localizations: typing.Mapping[str, str] | None = None,
        description_localizations: typing.Mapping[str, str] | None = None,
    ) -> SlashGroup:
        """A subgroup (`/admin role add`); Discord allows one level of them."""
        if self.parent is not None:
            raise DeclarationError(f"/{self.path}: a subgroup cannot hold another group (Discord's rule)")
        where = f"/{self.path} {name}"
        subgroup = SlashGroup(
            name=check_name(name, where),
            description=check_description(description, where),
            parent=self,
            name_localizations=dict(name_localizations or {}),
            description_localizations=dict(description_localizations or {}),
            plugin=self.plugin,
        )
        self._adopt(subgroup)
        return subgroup

    def _adopt(self, child: SlashCommand[typing.Any] | SlashGroup) -> None:
        if child.name in self.children:
            raise DeclarationError(f"/{self.path} already has a {child.name!r}")
        if len(self.children) >= _MAX_SUBCOMMANDS:
            raise DeclarationError(f"/{self.path} has 25 subcommands and groups already (Discord's limit)")
        self.children[child.name] = child

    def _check_not_empty(self) -> None:
        if not self.children:
            raise DeclarationError(f"/{self.path} has no subcommands; Discord refuses an empty group")

    def walk(self) -> typing.Iterator[SlashCommand[typing.Any]]:
        """Every subcommand, depth first."""
        for child in self.children.values():
            if isinstance(child, SlashGroup):
                yield from child.walk()
            else:
                yield child

    def to_option(self) -> commands.CommandOption:
        """This subgroup as an option of its parent group."""
        self._check_not_empty()
        return commands.CommandOption(
            type=commands.OptionType.SUB_COMMAND_GROUP,
            name=self.name,
            description=self.description,
            options=[child.to_option() for child in self.children.values()],
            name_localizations=self.name_localizations,
            description_localizations=self.description_localizations,
        )

    def to_builder(self) -> command_builders.SlashCommandBuilder:
        """The group as a slash command builder, its subcommands and subgroups as options.

        Raises `DeclarationError` when the group has no subcommands (Discord refuses an empty one).
        """
        self._check_not_empty()
        builder = command_builders.SlashCommandBuilder(self.name, self.description)
        for child in self.children.values():
            builder.add_option(child.to_option())
        return _with_settings(builder, self.settings)


@attrs.define(eq=False, kw_only=True)
class ContextMenuCommand(_Declared[_HandlerT]):
    """A user or message command (right-click > Apps)."""

    type: commands.CommandType
    name: str
    settings: CommandSettings = CommandSettings()

    @classmethod
    def declare(
        cls, handler: _HandlerT, command_type: commands.CommandType, name: str, settings: CommandSettings
    ) -> ContextMenuCommand[_HandlerT]:
        """Check `handler` and `name` against Discord's rules and make the declaration.

        A context menu handler takes the context only (the clicked user or message is
        `ctx.target`); the name is 1-32 characters, any case and spaces allowed. Raises
        `DeclarationError` naming the handler when a rule is broken.
        """
        where = f"{command_type.name.lower()} command {name!r}"
        _is_handler(handler, where)
        if not 1 <= len(name) <= 32:
            raise DeclarationError(f"{where}: the name must be 1-32 characters")
        extra = list(inspect.signature(handler).parameters)[1:]
        if extra or not inspect.signature(handler).parameters:
            raise DeclarationError(
                f"{where}: the handler {_name_of(handler)} takes the context only (the target is"
                f" ctx.target), not {', '.join(extra) or 'nothing'}"
            )
        checks, cooldown = _guards(handler)
        return cls(
            handler=handler, type=command_type, name=name, settings=settings, checks=checks, cooldown=cooldown
        )

    def _key(self) -> str:
        return f"{self.type.name.lower()}:{self.name}"

    def to_builder(self) -> command_builders.ContextMenuCommandBuilder:
        """The command as the builder `set_application_commands` sends to Discord."""
        return _with_settings(command_builders.ContextMenuCommandBuilder(self.type, self.name), self.settings)


@attrs.define(eq=False, kw_only=True)
class _CustomIdRoute(_Declared[_HandlerT]):
    pattern: CustomIdPattern
    _prefix: typing.ClassVar[str]

    def _key(self) -> str:
        return f"{self._prefix}:{self.pattern.pattern}"

    def custom_id(self, **values: typing.Any) -> str:
        """The custom_id for these captures: `give_role.custom_id(role_id=42)` -> `"role:42"`."""
        return self.pattern.format(**values)

    @classmethod
    def declare(cls, handler: _HandlerT, pattern: str) -> typing.Self:
        parsed = CustomIdPattern.parse(pattern)
        where = f"{cls._prefix} route {pattern!r}"
        _is_handler(handler, where)
        parsed.check_handler(handler)
        checks, cooldown = _guards(handler)
        return cls(handler=handler, pattern=parsed, checks=checks, cooldown=cooldown)


@attrs.define(eq=False, kw_only=True)
class ComponentRoute(_CustomIdRoute[_HandlerT]):
    """Buttons and select menus whose custom_id matches a pattern."""

    _prefix: typing.ClassVar[str] = "component"


@attrs.define(eq=False, kw_only=True)
class ModalRoute(_CustomIdRoute[_HandlerT]):
    """Submitted forms whose custom_id matches a pattern."""

    _prefix: typing.ClassVar[str] = "modal"


_BuilderT = typing.TypeVar("_BuilderT", bound=command_builders.CommandBuilder)


def _with_settings(builder: _BuilderT, settings: CommandSettings) -> _BuilderT:
    settings.apply(builder)
    if settings.description_localizations and isinstance(builder, command_builders.SlashCommandBuilder):
        builder.set_description_localizations(settings.description_localizations)
    return builder
