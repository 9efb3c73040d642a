"""Application commands: their types, option types, and the option and choice models.

```python
option = CommandOption(type=OptionType.STRING, name="city", description="Which city", is_required=True)
```
"""

from __future__ import annotations

__all__ = ["CommandChoice", "CommandOption", "CommandType", "OptionType"]

import typing

import attrs

from hikari_like.internal import enums

if typing.TYPE_CHECKING:
    from hikari_like import channels


class CommandType(enums.TolerantIntEnum):
    """What kind of application command."""

    SLASH = 1
    USER = 2
    """A context-menu command on a user."""
    MESSAGE = 3
    """A context-menu command on a message."""
    PRIMARY_ENTRY_POINT = 4
    """The command that launches an application's activity."""


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
