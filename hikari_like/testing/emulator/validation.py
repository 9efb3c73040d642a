"""Discord's checks on request bodies, answered with its codes (50006, 50035 `Invalid Form Body`)."""

from __future__ import annotations

__all__ = ["optional_object", "require_object", "validate_message", "validate_modal", "validate_nonce"]

import typing

from hikari_like.internal import json
from hikari_like.testing.emulator import component_validation
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.field_checks import too_long
from hikari_like.testing.emulator.poll_validation import validate_poll
from hikari_like.testing.emulator.responses import DiscordError

_MAX_CONTENT = 2000
_MAX_EMBEDS = 10
_MAX_NONCE = 25


def require_object(body: typing.Any) -> json.JSONObject:
    """The body as a JSON object, or Discord's 50035 when it is anything else."""
    if isinstance(body, dict):
        return body
    errors = {
        "_errors": [{"code": "DICT_TYPE_CONVERT", "message": "Only dictionaries may be used in a DictType"}]
    }
    raise DiscordError.invalid_form(errors)


def optional_object(body: typing.Any) -> json.JSONObject:
    """Like `require_object`, but no body at all reads as `{}` (routes whose every field is optional)."""
    return {} if body is None else require_object(body)


def validate_message(body: json.JSONObject, *, has_files: bool, creating: bool, prefix: str = "") -> None:
    """Reject what Discord rejects: overlong content, too many embeds, an empty new message, and
    component trees Discord refuses (`component_validation`). `prefix` is where the message sits
    in the request body (`"data"` in an interaction callback), for the error's path."""
    at = f"{prefix}." if prefix else ""
    content = body.get("content")
    if content is not None and (not isinstance(content, str) or len(content) > _MAX_CONTENT):
        raise too_long(f"{at}content", _MAX_CONTENT)
    embeds = body.get("embeds")
    if embeds is not None and (not isinstance(embeds, list) or len(embeds) > _MAX_EMBEDS):
        raise too_long(f"{at}embeds", _MAX_EMBEDS)
    validate_poll(body.get("poll"))
    component_validation.check_message_components(body, prefix=prefix)
    if creating and not has_files and _is_empty(body):
        raise DiscordError(400, "Cannot send an empty message", 50006)


def validate_nonce(body: json.JSONObject) -> str | int | None:
    """A create's `nonce` (an integer or a string of at most 25 characters), checked with its
    `enforce_nonce` (a boolean); `None` when there is none."""
    nonce = body.get("nonce")
    enforce = body.get("enforce_nonce")
    if enforce is not None and not isinstance(enforce, bool):
        raise invalid("enforce_nonce", "BASE_TYPE_BOOLEAN", "Must be either true or false.")
    if nonce is None:
        return None
    if isinstance(nonce, bool) or not isinstance(nonce, int | str):
        raise invalid("nonce", "NONCE_TYPE_INVALID", "Must be an integer or a string.")
    if len(str(nonce)) > _MAX_NONCE:
        raise too_long("nonce", _MAX_NONCE)
    return nonce


def _is_empty(body: json.JSONObject) -> bool:
    visible = ("content", "embeds", "components", "sticker_ids", "poll", "attachments")
    return not any(body.get(name) for name in visible)


def validate_modal(data: json.JSONObject) -> None:
    """Check a MODAL callback's data: its custom ID, title and components are required, and its
    component tree is one Discord accepts (`component_validation`)."""
    for name in ("custom_id", "title", "components"):
        if not data.get(name):
            raise invalid(f"data.{name}", "BASE_TYPE_REQUIRED", "This field is required")
    component_validation.check_modal_components(data)
