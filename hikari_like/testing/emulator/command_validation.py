"""Discord's checks on application command bodies (names, descriptions, bulk overwrites)."""

from __future__ import annotations

__all__ = ["validate_command", "validate_commands"]

import re
import typing

from hikari_like.internal import json
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import field_error
from hikari_like.testing.emulator.validation import require_object

_MAX_COMMANDS = 100
_CHAT_INPUT = 1
# Discord's rule for slash command names: 1-32 word characters or dashes, lower case where it exists.
_COMMAND_NAME = re.compile(r"^[-_'\w]{1,32}$")


def validate_command(body: json.JSONObject, *, prefix: str = "") -> None:
    """Check one application command body (name and description rules per command type)."""
    command_type = body.get("type", _CHAT_INPUT)
    name = body.get("name")
    if not isinstance(name, str) or not name:
        raise DiscordError.invalid_form(
            field_error(prefix + "name", "BASE_TYPE_REQUIRED", "This field is required")
        )
    if command_type == _CHAT_INPUT and (not _COMMAND_NAME.match(name) or name != name.lower()):
        raise DiscordError.invalid_form(
            field_error(prefix + "name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
        )
    description = body.get("description") or ""
    if command_type == _CHAT_INPUT and not 1 <= len(description) <= 100:
        raise DiscordError.invalid_form(
            field_error(
                prefix + "description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."
            )
        )
    if command_type != _CHAT_INPUT and description:
        raise DiscordError.invalid_form(
            field_error(
                prefix + "description",
                "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION",
                "Context menu commands cannot have description",
            )
        )


def validate_commands(body: typing.Any) -> list[json.JSONObject]:
    """Check a bulk-overwrite body: a list of command objects with unique (type, name) pairs."""
    if not isinstance(body, list):
        errors = {
            "_errors": [{"code": "LIST_TYPE_CONVERT", "message": "Only iterables may be used in a ListType"}]
        }
        raise DiscordError.invalid_form(errors)
    if len(body) > _MAX_COMMANDS:
        message = f"Must be {_MAX_COMMANDS} or fewer in length."
        raise DiscordError.invalid_form({"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": message}]})
    seen: set[tuple[typing.Any, typing.Any]] = set()
    for index, command in enumerate(body):
        validate_command(require_object(command), prefix=f"{index}.")
        key = (command.get("type", _CHAT_INPUT), command["name"])
        if key in seen:
            raise DiscordError.invalid_form(
                field_error(
                    f"{index}.name",
                    "APPLICATION_COMMANDS_DUPLICATE_NAME",
                    "Application command names must be unique",
                )
            )
        seen.add(key)
    return body
