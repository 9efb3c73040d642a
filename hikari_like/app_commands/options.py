"""Slash command options, read from a handler's parameters and their annotations.

```python
@client.slash("echo", "Repeat what you say")
async def echo(
    ctx: app_commands.SlashContext,
    text: str = app_commands.option("What to say", max_length=200),
    times: int = app_commands.option("How often", min_value=1, max_value=5, default=1),
    loud: bool = False,  # an optional BOOLEAN option, described by its name
    colour: typing.Literal["red", "green"] | None = None,  # choices, from the Literal
) -> None: ...
```

| annotation | Discord option | the handler gets |
|---|---|---|
| `str`, `int`, `float`, `bool` | STRING, INTEGER, NUMBER, BOOLEAN | the value |
| `Literal["a", "b"]`, `Literal[1, 2]`, a str or int `enum.Enum` | with those choices | the value (member) |
| `hikari_like.User` | USER | the resolved user |
| `hikari_like.InteractionMember` (or `Member`) | USER | the resolved member (`None` in DMs) |
| `hikari_like.Role` | ROLE | the resolved role |
| `hikari_like.InteractionChannel` (or `PartialChannel`) | CHANNEL (`channel_types=`) | the channel |
| `hikari_like.Attachment` | ATTACHMENT | the resolved attachment |
| `User \\| Role` (or `InteractionMember \\| Role`) | MENTIONABLE | the user (or member) or role |
| `X \\| None` | optional, default `None` | the value or `None` |

A parameter with a default (other than `option(...)` without `default=`) is optional. An
annotation with no Discord option type is a `DeclarationError` naming the parameter, and so is
anything else Discord would refuse (choices or autocomplete on a type that has neither, limits
on the wrong type or the wrong way round, a choice of the wrong type). `option(...)` may also go
in the annotation: `text: typing.Annotated[str, app_commands.option("What to say")] = "hi"`.

`option(...)` is typed to return the option's value type, so a type checker sees a `default`,
`choices` or `min_value` that does not fit the annotation (`count: int = option(default="1")`).
"""

from __future__ import annotations

__all__ = ["Choice", "OptionSpec", "option"]

import builtins
import enum
import inspect
import types
import typing

import attrs

from hikari_like import channels
from hikari_like import commands
from hikari_like import errors
from hikari_like import guilds
from hikari_like import messages
from hikari_like import snowflakes
from hikari_like import users
from hikari_like.app_commands.errors import DeclarationError
from hikari_like.impl.builders import commands as command_builders
from hikari_like.interactions import base_interactions

if typing.TYPE_CHECKING:
    from hikari_like.app_commands.handler_types import AutocompleteHandler
    from hikari_like.interactions.base_interactions import ResolvedOptionData

_T = typing.TypeVar("_T")
_OT = commands.OptionType
_MAX_CHOICES: typing.Final = 25
_MAX_LENGTH: typing.Final = 6000
_MAX_CHOICE_NAME: typing.Final = 100
CHOOSABLE_TYPES: typing.Final = frozenset(
    {commands.OptionType.STRING, commands.OptionType.INTEGER, commands.OptionType.FLOAT}
)
"""The option types Discord allows `choices` and `autocomplete` on."""
_Value = str | int | float
ResolveT = typing.Callable[[typing.Any, "ResolvedOptionData | None"], typing.Any]
"""Turns the value Discord sent (and the resolved objects) into what the handler receives."""


@attrs.frozen
class Choice(typing.Generic[_T]):
    """A fixed choice: `name` is shown, `value` is what the handler receives."""

    name: str
    value: _T
    name_localizations: typing.Mapping[str, str] = attrs.field(factory=dict)


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: typing.Final = _Required()
"""The default of `option(default=...)`: the option must be given."""


@attrs.frozen(kw_only=True)
class _OptionMarker:
    """What `option(...)` returns at run time: the settings, until the handler is read."""

    description: str
    name: str | None
    default: object
    choices: typing.Sequence[Choice[typing.Any]] | None
    min_value: int | float | None
    max_value: int | float | None
    min_length: int | None
    max_length: int | None
    channel_types: typing.Sequence[channels.ChannelType | int] | None
    autocomplete: AutocompleteHandler | bool
    name_localizations: typing.Mapping[str, str]
    description_localizations: typing.Mapping[str, str]


_Choices = typing.Sequence[_T] | typing.Sequence[Choice[_T]] | typing.Mapping[str, _T]


# Two overloads, as mypy cannot tell `_T` from `Choice[_T]` in one union: `choices=[Choice(...)]`
# would make `_T` both the value and the choice. A default is `_T` too, so a default, choices or a
# bound that does not fit the annotation is a type error.
@typing.overload
def option(
    description: str = "",
    *,
    default: _T | _Required = REQUIRED,
    name: str | None = None,
    choices: typing.Sequence[Choice[_T]],
    min_value: _T | None = None,
    max_value: _T | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
    channel_types: typing.Sequence[channels.ChannelType | int] | None = None,
    autocomplete: AutocompleteHandler | bool = False,
    name_localizations: typing.Mapping[str, str] | None = None,
    description_localizations: typing.Mapping[str, str] | None = None,
) -> _T: ...


@typing.overload
def option(
    description: str = "",
    *,
    default: _T | _Required = REQUIRED,
    name: str | None = None,
    choices: typing.Sequence[_T] | typing.Mapping[str, _T] | None = None,
    min_value: _T | None = None,
    max_value: _T | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
    channel_types: typing.Sequence[channels.ChannelType | int] | None = None,
    autocomplete: AutocompleteHandler | bool = False,
    name_localizations: typing.Mapping[str, str] | None = None,
    description_localizations: typing.Mapping[str, str] | None = None,
) -> _T: ...


def option(
    description: str = "",
    *,
    default: object = REQUIRED,
    name: str | None = None,
    choices: _Choices[typing.Any] | None = None,
    min_value: object = None,
    max_value: object = None,
    min_length: int | None = None,
    max_length: int | None = None,
    channel_types: typing.Sequence[channels.ChannelType | int] | None = None,
    autocomplete: AutocompleteHandler | bool = False,
    name_localizations: typing.Mapping[str, str] | None = None,
    description_localizations: typing.Mapping[str, str] | None = None,
) -> typing.Any:
    """Describe the option behind a handler parameter; use it as the parameter's default.

    Parameters
    ----------
    description
        What Discord shows under the option (1-100 characters; the parameter name if empty).
    default
        The value when the user leaves the option out; without one the option is required.
    name
        The option's name in Discord (default: the parameter's name).
    choices
        Fixed values: a sequence of values, of `Choice`s, or a mapping of shown name to value.
    min_value, max_value, min_length, max_length, channel_types
        Discord's limits for number, string and channel options.
    autocomplete
        An autocomplete handler (`async def suggest(ctx) -> choices`), or `True` to set one later
        with `@command.autocomplete("param")`.
    name_localizations, description_localizations
        The name and description by locale, e.g. `{"fr": "texte"}`.
    """
    return _OptionMarker(
        description=description,
        name=name,
        default=default,
        choices=_choices(choices),
        min_value=typing.cast("int | float | None", min_value),
        max_value=typing.cast("int | float | None", max_value),
        min_length=min_length,
        max_length=max_length,
        channel_types=channel_types,
        autocomplete=autocomplete,
        name_localizations=dict(name_localizations or {}),
        description_localizations=dict(description_localizations or {}),
    )


def _choices(choices: _Choices[typing.Any] | None) -> list[Choice[typing.Any]] | None:
    if choices is None:
        return None
    if isinstance(choices, typing.Mapping):
        return [Choice(str(name), value) for name, value in choices.items()]
    return [item if isinstance(item, Choice) else Choice(_choice_name(item), item) for item in choices]


def _choice_name(value: object) -> str:
    # An enum member shows as its name, as the choices inferred from an enum annotation do.
    return value.name.replace("_", " ").title() if isinstance(value, enum.Enum) else str(value)


@attrs.frozen(kw_only=True)
class OptionSpec:
    """One option of a command, and how its value reaches the handler."""

    parameter: str
    """The handler's parameter."""
    option: commands.CommandOption
    """What Discord is told (the payload of the option)."""
    default: object
    """The value when the option is left out (`REQUIRED` if it is required)."""
    resolve: ResolveT | None = attrs.field(repr=False)
    """Turns Discord's value into the handler's; `None` when it is passed as it comes."""
    accepts: tuple[builtins.type[typing.Any], ...] = attrs.field(repr=False)
    """The JSON types Discord's value may have (anything else: the command is out of date)."""
    autocomplete: typing.Callable[..., typing.Any] | None = attrs.field(default=None, repr=False)

    @property
    def name(self) -> str:
        """The option's name as Discord shows it (and as it arrives in the payload)."""
        return self.option.name

    @property
    def type(self) -> commands.OptionType:
        """The option's Discord type (string, integer, user, channel and so on)."""
        return commands.OptionType(self.option.type)

    @property
    def is_required(self) -> bool:
        """Whether Discord makes the user fill the option in (it has no default)."""
        return self.default is REQUIRED


def is_discord_name(name: str) -> bool:
    """Whether Discord takes `name` for a slash command, group or option (lowercase, 1-32).

    The builders' rule is the one source of truth: what is declared here is what they build.
    """
    try:
        command_builders.check_slash_name(name)
    except errors.DiscordRuleError:
        return False
    return True


# -- reading annotations ------------------------------------------------------------------------


@attrs.frozen
class _Kind:
    """What an annotation means to Discord: the option type, fixed choices, how to resolve it."""

    type: commands.OptionType
    resolve: ResolveT | None
    choices: list[Choice[typing.Any]] | None = None
    optional: bool = False

    @property
    def accepts(self) -> tuple[builtins.type[typing.Any], ...]:
        return _ACCEPTS.get(self.type, (str,))


def _as_float(value: object, resolved: ResolvedOptionData | None) -> object:
    # Discord sends a NUMBER that happens to be whole as a JSON integer.
    return float(typing.cast("float", value))


def _from(table: str) -> ResolveT:
    def resolve(value: object, resolved: ResolvedOptionData | None) -> object:
        if resolved is None:
            return None
        return getattr(resolved, table).get(snowflakes.Snowflake(typing.cast("int", value)))

    resolve.__qualname__ = f"resolved.{table}"
    return resolve


def _mentionable(users_table: str) -> ResolveT:
    def resolve(value: object, resolved: ResolvedOptionData | None) -> object:
        if resolved is None:
            return None
        key = snowflakes.Snowflake(typing.cast("int", value))
        found = getattr(resolved, users_table).get(key)
        return found if found is not None else resolved.roles.get(key)

    return resolve


def _enum_member(cls: type[enum.Enum]) -> ResolveT:
    def resolve(value: object, resolved: ResolvedOptionData | None) -> object:
        return cls(value)

    return resolve


_ACCEPTS: typing.Final[dict[commands.OptionType, tuple[type, ...]]] = {
    _OT.STRING: (str,),
    _OT.INTEGER: (int,),
    _OT.FLOAT: (int, float),
    _OT.BOOLEAN: (bool,),
}
"""The JSON types of each option type's value; the others are IDs, sent as strings."""
_SCALARS: typing.Final[dict[object, _Kind]] = {
    str: _Kind(_OT.STRING, None),
    int: _Kind(_OT.INTEGER, None),
    float: _Kind(_OT.FLOAT, _as_float),
    bool: _Kind(_OT.BOOLEAN, None),
    users.User: _Kind(_OT.USER, _from("users")),
    users.PartialUser: _Kind(_OT.USER, _from("users")),
    base_interactions.InteractionMember: _Kind(_OT.USER, _from("members")),
    guilds.Member: _Kind(_OT.USER, _from("members")),
    guilds.Role: _Kind(_OT.ROLE, _from("roles")),
    base_interactions.InteractionChannel: _Kind(_OT.CHANNEL, _from("channels")),
    channels.PartialChannel: _Kind(_OT.CHANNEL, _from("channels")),
    messages.Attachment: _Kind(_OT.ATTACHMENT, _from("attachments")),
}
_USERS: typing.Final = {users.User: "users", users.PartialUser: "users"}
_MEMBERS: typing.Final = {base_interactions.InteractionMember: "members", guilds.Member: "members"}


def kind_of(annotation: object) -> _Kind | None:
    """What Discord option `annotation` stands for, or `None` if it has none."""
    known = _SCALARS.get(annotation)
    if known is not None:
        return known
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:  # metadata other than option(...) means nothing to Discord
        return kind_of(typing.get_args(annotation)[0])
    if origin is typing.Literal:
        return _literal(typing.get_args(annotation))
    if origin in (typing.Union, types.UnionType):
        return _union(typing.get_args(annotation))
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return _enum(annotation)
    return None


def _literal(values: tuple[object, ...]) -> _Kind | None:
    kinds = {type(value) for value in values}
    if len(kinds) != 1 or not kinds <= {str, int, float}:
        return None
    (kind,) = kinds
    choices: list[Choice[typing.Any]] = [Choice(str(value), value) for value in values]
    return attrs.evolve(_SCALARS[kind], choices=choices)


def _enum(cls: type[enum.Enum]) -> _Kind | None:
    values = [member.value for member in cls]
    kinds = {type(value) for value in values} - {bool}
    if len(kinds) != 1 or not kinds <= {str, int, float}:
        return None
    (kind,) = kinds
    choices: list[Choice[typing.Any]] = [Choice(_choice_name(member), member.value) for member in cls]
    return _Kind(_SCALARS[kind].type, _enum_member(cls), choices)


def _union(members: tuple[object, ...]) -> _Kind | None:
    optional = type(None) in members
    rest = tuple(member for member in members if member is not type(None))
    if len(rest) == 1:
        inner = kind_of(rest[0])
        return None if inner is None else attrs.evolve(inner, optional=optional or inner.optional)
    if len(rest) == 2 and guilds.Role in rest:
        (person,) = (member for member in rest if member is not guilds.Role)
        table = _USERS.get(person) or _MEMBERS.get(person)  # type: ignore[call-overload]
        if table is not None:
            return _Kind(_OT.MENTIONABLE, _mentionable(table), optional=optional)
    return None


# -- reading a handler --------------------------------------------------------------------------


def read_options(handler: typing.Callable[..., typing.Any], *, skip: int = 1) -> list[OptionSpec]:
    """The options a handler declares: every parameter after the first `skip` (the context).

    Raises `DeclarationError` naming the handler and parameter for anything Discord could not
    offer: an annotation with no option type, `*args`, a positional-only option, a bad name,
    more than 25 options. Required options come first (Discord's rule); otherwise the
    parameters' order is kept.
    """
    where = getattr(handler, "__qualname__", repr(handler))
    parameters = list(inspect.signature(handler).parameters.values())
    if len(parameters) < skip:
        raise DeclarationError(f"{where} must take the context as its first parameter")
    hints = _hints(handler, where, [parameter.name for parameter in parameters[skip:]])
    specs = [_spec(where, parameter, hints) for parameter in parameters[skip:]]
    if len(specs) > _MAX_CHOICES:
        raise DeclarationError(f"{where} declares {len(specs)} options; Discord allows 25")
    _check_unique(where, specs)
    return sorted(specs, key=lambda spec: not spec.is_required)


def _hints(handler: typing.Callable[..., typing.Any], where: str, names: list[str]) -> dict[str, typing.Any]:
    """The annotations of the parameters `names`, evaluated (they are strings under
    `from __future__ import annotations`). The context's annotation is never needed."""
    raw = inspect.get_annotations(handler)
    namespace = getattr(inspect.unwrap(handler), "__globals__", {})
    hints: dict[str, typing.Any] = {}
    for name in names:
        if name not in raw:
            continue
        try:
            hints[name] = _evaluated(raw[name], namespace)
        except Exception as exc:
            raise DeclarationError(
                f"{where}, parameter {name!r}: the annotation {raw[name]!r} cannot be read ({exc}); "
                "names in annotations must be importable from the handler's module"
            ) from exc
    return hints


def _evaluated(annotation: object, namespace: dict[str, typing.Any]) -> object:
    if not isinstance(annotation, str):
        return annotation
    holder = _Holder(annotation, namespace)
    return typing.get_type_hints(holder, globalns=namespace, include_extras=True)["value"]


class _Holder:
    """Something `typing.get_type_hints` can read one annotation from (it resolves nested strings)."""

    def __init__(self, annotation: str, namespace: dict[str, typing.Any]) -> None:
        self.__annotations__ = {"value": annotation}
        self.__module__ = namespace.get("__name__", "__main__")


def _spec(where: str, parameter: inspect.Parameter, hints: dict[str, typing.Any]) -> OptionSpec:
    label = f"{where}, parameter {parameter.name!r}"
    if parameter.kind not in (parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY):
        raise DeclarationError(f"{label}: options are passed by keyword; *args, **kwargs and / cannot be")
    if parameter.name not in hints:
        raise DeclarationError(f"{label} needs an annotation (str, int, hikari_like.User, ...)")
    annotation, marker = _marker_of(label, parameter, hints[parameter.name])
    kind = kind_of(annotation)
    if kind is None:
        raise DeclarationError(f"{label}: {annotation!r} has no Discord option type")
    default = _default(parameter, marker, kind)
    built = _command_option(label, parameter.name, kind, marker, default is REQUIRED)
    autocomplete = marker.autocomplete if marker is not None and callable(marker.autocomplete) else None
    return OptionSpec(
        parameter=parameter.name,
        option=built,
        default=default,
        resolve=kind.resolve,
        accepts=kind.accepts,
        autocomplete=autocomplete,
    )


def _marker_of(
    label: str, parameter: inspect.Parameter, annotation: object
) -> tuple[object, _OptionMarker | None]:
    """The annotation without `Annotated[...]`, and the `option(...)` given as the default or in
    the annotation (`text: Annotated[str, option("What to say")]`)."""
    in_default = parameter.default if isinstance(parameter.default, _OptionMarker) else None
    in_annotation = None
    if typing.get_origin(annotation) is typing.Annotated:
        annotation, *extras = typing.get_args(annotation)
        in_annotation = next((extra for extra in extras if isinstance(extra, _OptionMarker)), None)
    if in_default is not None and in_annotation is not None:
        raise DeclarationError(f"{label}: option(...) is given twice, in the annotation and as the default")
    return annotation, in_default or in_annotation


def _default(parameter: inspect.Parameter, marker: _OptionMarker | None, kind: _Kind) -> object:
    if marker is not None and marker.default is not REQUIRED:
        return marker.default
    if parameter.default is not parameter.empty and not isinstance(parameter.default, _OptionMarker):
        return parameter.default
    return None if kind.optional else REQUIRED


def _command_option(
    label: str, parameter: str, kind: _Kind, marker: _OptionMarker | None, required: bool
) -> commands.CommandOption:
    name = (marker.name if marker is not None else None) or parameter
    if not is_discord_name(name):
        raise DeclarationError(
            f"{label}: {name!r} is not a Discord option name (lowercase, 1-32); pass name="
        )
    description = (marker.description if marker is not None else "") or parameter
    if len(description) > 100:
        raise DeclarationError(
            f"{label}: the description is {len(description)} characters; Discord allows 100"
        )
    choices = (marker.choices if marker is not None else None) or kind.choices
    if choices is not None:
        _check_choices(label, kind.type, choices)
    settings = _marker_settings(label, kind, marker)
    return commands.CommandOption(
        type=kind.type,
        name=name,
        description=description,
        is_required=required,
        choices=None if choices is None else [_discord_choice(choice) for choice in choices],
        **settings,
    )


_JSON_VALUES: typing.Final[dict[commands.OptionType, tuple[type, ...]]] = {
    _OT.STRING: (str,),
    _OT.INTEGER: (int,),
    _OT.FLOAT: (int, float),
}
"""What a choice or a bound of each option type may be (never a bool, though it is an int)."""
_JSON_NAMES: typing.Final = {_OT.STRING: "a str", _OT.INTEGER: "an int", _OT.FLOAT: "an int or a float"}


def _fits(value: object, option_type: commands.OptionType) -> bool:
    return not isinstance(value, bool) and isinstance(value, _JSON_VALUES.get(option_type, ()))


def _check_choices(
    label: str, option_type: commands.OptionType, choices: typing.Sequence[Choice[typing.Any]]
) -> None:
    if option_type not in CHOOSABLE_TYPES:
        raise DeclarationError(f"{label}: choices are for str, int and float options")
    if len(choices) > _MAX_CHOICES:
        raise DeclarationError(f"{label}: {len(choices)} choices; Discord allows 25")
    for choice in choices:
        value = choice.value.value if isinstance(choice.value, enum.Enum) else choice.value
        if not _fits(value, option_type):
            raise DeclarationError(
                f"{label}: the choice {choice.name!r} has the value {value!r}, not {_JSON_NAMES[option_type]}"
            )
        too_long = isinstance(value, str) and len(value) > _MAX_CHOICE_NAME
        if too_long or not 1 <= len(choice.name) <= _MAX_CHOICE_NAME:
            raise DeclarationError(
                f"{label}: the choice {choice.name!r}: names and str values are 1-100 characters"
            )


def _check_lengths(label: str, kind: _Kind, low: int | None, high: int | None) -> None:
    if (low, high) == (None, None):
        return
    if kind.type != _OT.STRING:
        raise DeclarationError(f"{label}: min_length/max_length are for str options")
    if (low is not None and not 0 <= low <= _MAX_LENGTH) or (
        high is not None and not 1 <= high <= _MAX_LENGTH
    ):
        raise DeclarationError(f"{label}: min_length is 0-6000 and max_length 1-6000 (Discord's limits)")
    if low is not None and high is not None and low > high:
        raise DeclarationError(f"{label}: min_length {low} is above max_length {high}")


def _check_bounds(label: str, kind: _Kind, low: float | None, high: float | None) -> None:
    if (low, high) == (None, None):
        return
    if kind.type not in (_OT.INTEGER, _OT.FLOAT):
        raise DeclarationError(f"{label}: min_value/max_value are for int and float options")
    for bound in (low, high):
        if bound is not None and not _fits(bound, kind.type):
            raise DeclarationError(f"{label}: the bound {bound!r} is not {_JSON_NAMES[kind.type]}")
    if low is not None and high is not None and low > high:
        raise DeclarationError(f"{label}: min_value {low!r} is above max_value {high!r}")


def _marker_settings(label: str, kind: _Kind, marker: _OptionMarker | None) -> dict[str, typing.Any]:
    if marker is None:
        return {}
    _check_lengths(label, kind, marker.min_length, marker.max_length)
    _check_bounds(label, kind, marker.min_value, marker.max_value)
    if marker.channel_types is not None and kind.type != _OT.CHANNEL:
        raise DeclarationError(f"{label}: channel_types is for channel options")
    if marker.autocomplete and (kind.choices or marker.choices):
        raise DeclarationError(f"{label}: an option has choices or autocomplete, not both")
    if marker.autocomplete and kind.type not in CHOOSABLE_TYPES:
        raise DeclarationError(f"{label}: autocomplete is for str, int and float options")
    handler: object = marker.autocomplete
    if callable(handler) and not inspect.iscoroutinefunction(handler):
        raise DeclarationError(f"{label}: the autocomplete handler {handler!r} must be an async function")
    return {
        "min_value": marker.min_value,
        "max_value": marker.max_value,
        "min_length": marker.min_length,
        "max_length": marker.max_length,
        "channel_types": marker.channel_types,
        "autocomplete": bool(marker.autocomplete),
        "name_localizations": marker.name_localizations,
        "description_localizations": marker.description_localizations,
    }


def _discord_choice(choice: Choice[typing.Any]) -> commands.CommandChoice:
    value = choice.value.value if isinstance(choice.value, enum.Enum) else choice.value
    return commands.CommandChoice(name=choice.name, value=value, name_localizations=choice.name_localizations)


def _check_unique(where: str, specs: list[OptionSpec]) -> None:
    seen: set[str] = set()
    for spec in specs:
        if spec.name in seen:
            raise DeclarationError(f"{where}: two options are named {spec.name!r}")
        seen.add(spec.name)
