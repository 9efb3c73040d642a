"""Discord's checks on application command bodies (names, descriptions, bulk overwrites).

Where Discord documents a rule but not its exact answer (options on a context menu, `handler`
on a command that is not an entry point, an entry point on a guild, one type over its limit),
the emulator answers `400 Invalid Form Body` (50035) naming the field, or 30032 for a limit.
The refusal of a bulk overwrite that drops the entry point command is Discord's own 50240.
"""

from __future__ import annotations

__all__ = ["check_entry_point_kept", "stored_option", "validate_command", "validate_commands"]

import collections
import re
import typing

from hikari_like.internal import json
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import field_error
from hikari_like.testing.emulator.validation import require_object

_CHAT_INPUT = 1
_ENTRY_POINT = 4
# Discord's "Registering a Command": per scope, 100 slash, 15 user, 15 message, 1 (global) entry point.
_MAX_PER_TYPE: typing.Final = {1: 100, 2: 15, 3: 15, _ENTRY_POINT: 1}
# Discord's rule for slash command names: 1-32 word characters or dashes, lower case where it exists.
_COMMAND_NAME = re.compile(r"^[-_'\w]{1,32}$")
_ENTRY_POINT_DROPPED: typing.Final = (
    "You cannot remove this app's Entry Point command in a bulk update operation. "
    "Please include the Entry Point command in your update request or delete it separately."
)


_LEFT_OUT_WHEN_EMPTY: typing.Final = ("required", "autocomplete", "choices", "options", "channel_types")
"""Option fields Discord does not send back when false or empty ("to save on some bytes", as its
staff put it: `required` is there only when true)."""


def stored_option(option: typing.Any) -> typing.Any:
    """An application command option as Discord stores and answers it (sub-options too)."""
    if not isinstance(option, dict):
        return option
    stored = {
        key: value
        for key, value in option.items()
        if value is not None and not (key in _LEFT_OUT_WHEN_EMPTY and not value)
    }
    if "options" in stored:
        stored["options"] = [stored_option(sub_option) for sub_option in stored["options"]]
    return stored


def _refuse(path: str, code: str, message: str) -> typing.NoReturn:
    raise DiscordError.invalid_form(field_error(path, code, message))


def validate_command(body: json.JSONObject, *, prefix: str = "", guild: bool = False) -> None:
    """Check one application command body (name, description and fields per command type)."""
    command_type = body.get("type", _CHAT_INPUT)
    name = body.get("name")
    if not isinstance(name, str) or not name:
        _refuse(prefix + "name", "BASE_TYPE_REQUIRED", "This field is required")
    if command_type == _CHAT_INPUT:
        _validate_chat_input(body, name, prefix)
    elif body.get("options"):
        _refuse(prefix + "options", "BASE_TYPE_INVALID", "Only CHAT_INPUT commands can have options")
    if command_type not in (_CHAT_INPUT, _ENTRY_POINT) and body.get("description"):
        _refuse(
            prefix + "description",
            "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION",
            "Context menu commands cannot have description",
        )
    if command_type != _ENTRY_POINT and body.get("handler") is not None:
        _refuse(prefix + "handler", "BASE_TYPE_INVALID", "Only PRIMARY_ENTRY_POINT commands have a handler")
    if command_type == _ENTRY_POINT and guild:
        _refuse(prefix + "type", "BASE_TYPE_INVALID", "Entry Point commands can only be global")
    _validate_permissions(body.get("default_member_permissions"), prefix)
    if "options" in body and not isinstance(body["options"], list | None):
        _refuse(prefix + "options", "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType")


def _validate_permissions(value: object, prefix: str) -> None:
    """`default_member_permissions`: null, or a permission bit set (Discord stores it as a decimal string)."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
        return
    if not (isinstance(value, str) and value.isdecimal()):
        message = f"Value {value!r} is not a valid permission bit set."
        _refuse(prefix + "default_member_permissions", "NUMBER_TYPE_COERCE", message)


def _validate_chat_input(body: json.JSONObject, name: str, prefix: str) -> None:
    if not _COMMAND_NAME.match(name) or name != name.lower():
        _refuse(prefix + "name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
    description = body.get("description") or ""
    if not 1 <= len(description) <= 100:
        _refuse(prefix + "description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")


def validate_commands(body: typing.Any, *, guild: bool = False) -> list[json.JSONObject]:
    """Check a bulk-overwrite body: command objects with unique (type, name) pairs, per-type limits."""
    if not isinstance(body, list):
        errors = {
            "_errors": [{"code": "LIST_TYPE_CONVERT", "message": "Only iterables may be used in a ListType"}]
        }
        raise DiscordError.invalid_form(errors)
    seen: set[tuple[typing.Any, typing.Any]] = set()
    for index, command in enumerate(body):
        validate_command(require_object(command), prefix=f"{index}.", guild=guild)
        key = (command.get("type", _CHAT_INPUT), command["name"])
        if key in seen:
            _refuse(
                f"{index}.name",
                "APPLICATION_COMMANDS_DUPLICATE_NAME",
                "Application command names must be unique",
            )
        seen.add(key)
    _check_limits(body)
    return body


def _check_limits(bodies: list[json.JSONObject]) -> None:
    counts = collections.Counter(body.get("type", _CHAT_INPUT) for body in bodies)
    for command_type, count in counts.items():
        if count > _MAX_PER_TYPE.get(command_type, count):
            raise DiscordError(400, "Maximum number of application commands reached", 30032)


def check_entry_point_kept(
    registered: typing.Iterable[json.JSONObject], bodies: list[json.JSONObject]
) -> None:
    """Discord's 50240: a bulk overwrite may not drop the registered entry point command."""
    had_one = any(command.get("type") == _ENTRY_POINT for command in registered)
    if had_one and not any(body.get("type") == _ENTRY_POINT for body in bodies):
        raise DiscordError(400, _ENTRY_POINT_DROPPED, 50240)
