"""Application commands: their types and option types."""

from __future__ import annotations

__all__ = ["CommandType", "OptionType"]

from hikari_like.internal import enums


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
