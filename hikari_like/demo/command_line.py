"""`/tag show name:foo`, typed into a shell, turned into the interaction Discord would send.

The words are resolved against the commands the bot registered (Discord's JSON definitions):
subcommand groups and subcommands are words, options are `name:value` with the value converted
to the option's type. A context-menu command is named as it is (`Inspect`). Every mistake is a
`CommandLineError` naming what would have fit.

```python
payload = interaction_for(["/tag", "show", "name:faq"], commands)
```
"""

from __future__ import annotations

__all__ = ["CommandLineError", "interaction_for"]

import typing

from hikari_like.commands import CommandType
from hikari_like.commands import OptionType
from hikari_like.testing import payloads

if typing.TYPE_CHECKING:
    from collections.abc import Sequence

    from hikari_like.internal.json import JSONObject

_NESTING: typing.Final = frozenset({OptionType.SUB_COMMAND, OptionType.SUB_COMMAND_GROUP})
_BOOLEANS: typing.Final = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


class CommandLineError(Exception):
    """A command line that names no command, or gives options its definition does not have."""


def interaction_for(words: Sequence[str], commands: Sequence[JSONObject]) -> JSONObject:
    """The interaction payload for `words` (`["/tag", "show", "name:faq"]`), from `commands`."""
    if not words:
        raise CommandLineError(f"name a command; known: {_known(commands)}")
    command = _find(words[0], commands)
    ids = {"command_id": command["id"]}
    if int(command.get("type", CommandType.SLASH)) == CommandType.USER:
        return payloads.user_command(command["name"], **ids)
    if int(command.get("type", CommandType.SLASH)) == CommandType.MESSAGE:
        return payloads.message_command(command["name"], **ids)
    options = _options(f"/{command['name']}", command.get("options") or [], list(words[1:]))
    return payloads.slash_command(command["name"], options, command_guild_id=command.get("guild_id"), **ids)


def _known(commands: Sequence[JSONObject]) -> str:
    names = [
        f"/{c['name']}" if int(c.get("type", CommandType.SLASH)) == CommandType.SLASH else repr(c["name"])
        for c in commands
    ]
    return ", ".join(names) or "none (has the bot synced its commands?)"


def _find(word: str, commands: Sequence[JSONObject]) -> JSONObject:
    slash = word.startswith("/")
    for command in commands:
        is_slash = int(command.get("type", CommandType.SLASH)) == CommandType.SLASH
        if is_slash == slash and command["name"] == word.removeprefix("/"):
            return command
    raise CommandLineError(f"unknown command {word!r}; known: {_known(commands)}")


def _options(path: str, declared: list[JSONObject], words: list[str]) -> list[JSONObject]:
    nesting = [option for option in declared if int(option["type"]) in _NESTING]
    if not nesting:
        return [_typed(path, declared, word) for word in words] + _missing(path, declared, words)
    names = ", ".join(option["name"] for option in nesting)
    if not words:
        raise CommandLineError(f"{path} needs one of: {names}")
    chosen = next((option for option in nesting if option["name"] == words[0]), None)
    if chosen is None:
        raise CommandLineError(f"{path} has no {words[0]!r}; it has: {names}")
    inner = _options(f"{path} {chosen['name']}", chosen.get("options") or [], words[1:])
    return [{"name": chosen["name"], "type": int(chosen["type"]), "options": inner}]


def _missing(path: str, declared: list[JSONObject], words: list[str]) -> list[JSONObject]:
    given = {word.partition(":")[0] for word in words}
    missing = [
        option["name"] for option in declared if option.get("required") and option["name"] not in given
    ]
    if missing:
        raise CommandLineError(f"{path} needs {', '.join(f'{name}:...' for name in missing)}")
    return []


def _typed(path: str, declared: list[JSONObject], word: str) -> JSONObject:
    name, colon, text = word.partition(":")
    spec = next((option for option in declared if option["name"] == name), None)
    if spec is None or not colon:
        names = ", ".join(f"{option['name']}:" for option in declared) or "no options"
        raise CommandLineError(f"{path} has no option {word!r}; its options: {names}")
    option_type = OptionType(int(spec["type"]))
    try:
        value = _converted(option_type, text)
    except ValueError:
        raise CommandLineError(f"{path} {name}: {text!r} is not a {option_type.name.lower()}") from None
    return payloads.option(name, value, type=option_type)


def _converted(option_type: OptionType, text: str) -> payloads.OptionValue:
    if option_type is OptionType.INTEGER:
        return int(text)
    if option_type is OptionType.FLOAT:
        return float(text)
    if option_type is OptionType.BOOLEAN:
        if text.lower() not in _BOOLEANS:
            raise ValueError(text)
        return _BOOLEANS[text.lower()]
    if option_type is OptionType.STRING:
        return text
    return int(text)  # users, channels, roles, mentionables and attachments are given by ID
