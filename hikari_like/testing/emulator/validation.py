"""Discord's checks on request bodies, answered with its codes (50006, 50035 `Invalid Form Body`)."""

from __future__ import annotations

__all__ = ["require_object", "validate_command", "validate_commands", "validate_message", "validate_nonce"]

import re
import typing

from hikari_like.internal import json
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import field_error

_MAX_CONTENT = 2000
_MAX_EMBEDS = 10
_MAX_NONCE = 25
_MAX_COMMANDS = 100
_CHAT_INPUT = 1
# Discord's rule for slash command names: 1-32 word characters or dashes, lower case where it exists.
_COMMAND_NAME = re.compile(r"^[-_'\w]{1,32}$")


def require_object(body: typing.Any) -> json.JSONObject:
    """The body as a JSON object, or Discord's 50035 when it is anything else."""
    if isinstance(body, dict):
        return body
    errors = {
        "_errors": [{"code": "DICT_TYPE_CONVERT", "message": "Only dictionaries may be used in a DictType"}]
    }
    raise DiscordError.invalid_form(errors)


def validate_message(body: json.JSONObject, *, has_files: bool, creating: bool) -> None:
    """Reject what Discord rejects: overlong content, too many embeds, an empty new message."""
    content = body.get("content")
    if content is not None and (not isinstance(content, str) or len(content) > _MAX_CONTENT):
        message = f"Must be {_MAX_CONTENT} or fewer in length."
        raise DiscordError.invalid_form(field_error("content", "BASE_TYPE_MAX_LENGTH", message))
    embeds = body.get("embeds")
    if embeds is not None and (not isinstance(embeds, list) or len(embeds) > _MAX_EMBEDS):
        message = f"Must be {_MAX_EMBEDS} or fewer in length."
        raise DiscordError.invalid_form(field_error("embeds", "BASE_TYPE_MAX_LENGTH", message))
    if creating and not has_files and _is_empty(body):
        raise DiscordError(400, "Cannot send an empty message", 50006)


def validate_nonce(body: json.JSONObject) -> str | int | None:
    """A create's `nonce` (an integer or a string of at most 25 characters), checked with its
    `enforce_nonce` (a boolean); `None` when there is none."""
    nonce = body.get("nonce")
    enforce = body.get("enforce_nonce")
    if enforce is not None and not isinstance(enforce, bool):
        message = "Must be either true or false."
        raise DiscordError.invalid_form(field_error("enforce_nonce", "BASE_TYPE_BOOLEAN", message))
    if nonce is None:
        return None
    if isinstance(nonce, bool) or not isinstance(nonce, int | str):
        message = "Must be an integer or a string."
        raise DiscordError.invalid_form(field_error("nonce", "NONCE_TYPE_INVALID", message))
    if len(str(nonce)) > _MAX_NONCE:
        message = f"Must be {_MAX_NONCE} or fewer in length."
        raise DiscordError.invalid_form(field_error("nonce", "BASE_TYPE_MAX_LENGTH", message))
    return nonce


def _is_empty(body: json.JSONObject) -> bool:
    visible = ("content", "embeds", "components", "sticker_ids", "poll", "attachments")
    return not any(body.get(name) for name in visible)


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
