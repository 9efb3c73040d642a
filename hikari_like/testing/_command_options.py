"""A declared slash command found by the path users type, and its options given by parameter name.

`find_command(client, "tag show")` walks the client's declarations; `options_of(command, given,
references)` checks the values as Discord's client would (types, choices, ranges, lengths, channel
types) and turns them into the options an interaction carries, nested under the subcommand and
group they belong to. Every mistake is an error before anything is sent: `TypeError` for a name or
a type that does not fit the declaration, `ValueError` for a value Discord would not let through.
"""

from __future__ import annotations

__all__ = ["declared_paths", "find_command", "nested", "options_of"]

import enum
import typing
from collections.abc import Mapping

from hikari_like.app_commands import declarations
from hikari_like.commands import OptionType
from hikari_like.testing import payloads

if typing.TYPE_CHECKING:
    from hikari_like.app_commands import Client
    from hikari_like.app_commands.options import OptionSpec
    from hikari_like.internal.json import JSONObject
    from hikari_like.testing._command_world import References

    Command: typing.TypeAlias = declarations.SlashCommand[typing.Any]

_SCALAR_TYPES: typing.Final[Mapping[int, tuple[type, ...]]] = {
    OptionType.STRING: (str,),
    OptionType.INTEGER: (int,),
    OptionType.FLOAT: (int, float),
    OptionType.BOOLEAN: (bool,),
}
_REFERENCE_READERS: typing.Final[Mapping[int, str]] = {
    OptionType.USER: "user",
    OptionType.ROLE: "role",
    OptionType.MENTIONABLE: "mentionable",
    OptionType.ATTACHMENT: "attachment",
}


def declared_paths(client: Client) -> list[str]:
    """Every slash command as users type it (`"ping"`, `"tag show"`), in declaration order."""
    found: list[str] = []
    for item in client.registry.slash.values():
        commands = item.walk() if isinstance(item, declarations.SlashGroup) else (item,)
        found.extend(command.path for command in commands)
    return found


def find_command(client: Client, path: str) -> Command:
    """The slash command (or subcommand) at `path`: `"ping"`, `"/tag show"`, `"tag admin wipe"`."""
    words = path.removeprefix("/").split()
    node: declarations.SlashCommand[typing.Any] | declarations.SlashGroup | None = None
    if words:
        node = client.registry.slash.get(words[0])
    for word in words[1:]:
        node = node.children.get(word) if isinstance(node, declarations.SlashGroup) else None
    if isinstance(node, declarations.SlashGroup):
        inside = ", ".join(f"/{command.path}" for command in node.walk())
        raise TypeError(f"/{node.path} is a group: invoke one of its subcommands ({inside})")
    if node is None:
        known = ", ".join(f"/{each}" for each in declared_paths(client)) or "none"
        raise TypeError(f"no slash command /{' '.join(words)} is declared (declared: {known})")
    return node


def options_of(
    command: Command, given: Mapping[str, object], references: References, *, partial: bool = False
) -> list[JSONObject]:
    """The options of an invocation of `command`, by the handler's parameter names.

    A value of `None` leaves an optional option out. With `partial` (autocomplete: the user is
    still typing) required options may be missing.
    """
    by_parameter = {spec.parameter: spec for spec in command.options}
    unknown = [name for name in given if name not in by_parameter]
    if unknown:
        raise TypeError(
            f"/{command.path} has no option {unknown[0]!r} (its parameters: "
            f"{', '.join(by_parameter) or 'none'})"
        )
    options: list[JSONObject] = []
    for spec in command.options:
        value = given.get(spec.parameter)
        if value is None:
            if spec.is_required and not partial:
                raise TypeError(
                    f"/{command.path} needs option {spec.parameter!r} ({spec.option.description})"
                )
            continue
        what = f"/{command.path}, option {spec.parameter!r}"
        options.append(payloads.option(spec.name, _sent_value(spec, value, references, what), type=spec.type))
    return options


def nested(command: Command, options: list[JSONObject]) -> tuple[str, list[JSONObject]]:
    """The top-level command's name and its options: `options` inside the subcommand and group."""
    parent = command.parent
    if parent is None:
        return command.name, options
    inner = [payloads.subcommand(command.name, options)]
    if parent.parent is None:
        return parent.name, inner
    return parent.parent.name, [payloads.subcommand_group(parent.name, inner)]


def _sent_value(spec: OptionSpec, value: object, references: References, what: str) -> typing.Any:
    option_type = int(spec.type)
    if option_type == OptionType.CHANNEL:
        kinds = spec.option.channel_types
        return references.channel(
            value, what, channel_types=None if kinds is None else [int(k) for k in kinds]
        )
    reader = _REFERENCE_READERS.get(option_type)
    if reader is not None:
        return getattr(references, reader)(value, what)
    plain = value.value if isinstance(value, enum.Enum) else value
    accepted = _SCALAR_TYPES.get(option_type, (str,))
    if isinstance(plain, bool) is not (option_type == OptionType.BOOLEAN) or not isinstance(plain, accepted):
        names = " or ".join(kind.__name__ for kind in accepted)
        raise TypeError(f"{what} is {spec.type.name}: expected {names}, got {value!r}")
    _check_limits(spec, plain, what)
    return plain


def _check_limits(spec: OptionSpec, value: typing.Any, what: str) -> None:
    option = spec.option
    if option.choices is not None and value not in [choice.value for choice in option.choices]:
        allowed = ", ".join(repr(choice.value) for choice in option.choices)
        raise ValueError(f"{what}: {value!r} is not one of its choices ({allowed})")
    if option.min_value is not None and value < option.min_value:
        raise ValueError(f"{what}: {value!r} is below its min_value {option.min_value}")
    if option.max_value is not None and value > option.max_value:
        raise ValueError(f"{what}: {value!r} is above its max_value {option.max_value}")
    if option.min_length is not None and len(value) < option.min_length:
        raise ValueError(f"{what}: {value!r} is shorter than its min_length {option.min_length}")
    if option.max_length is not None and len(value) > option.max_length:
        raise ValueError(f"{what}: {value!r} is longer than its max_length {option.max_length}")
