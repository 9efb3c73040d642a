"""Discord's checks on a poll create request object, answered with its `50035 Invalid Form Body`.

`validation.validate_message` calls `validate_poll` for every message body with a `poll`, so the
emulated Discord refuses what Discord refuses: a question over 300 characters, an answer over
55 or without text, no answers or more than 10, a duration outside 1 to 768 hours, a layout
type other than 1, a non-boolean `allow_multiselect`.
"""

from __future__ import annotations

__all__ = ["validate_poll"]

import typing

from hikari_like.internal import json
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import field_error

_MAX_QUESTION: typing.Final = 300
_MAX_ANSWER: typing.Final = 55
_MAX_ANSWERS: typing.Final = 10
_MAX_HOURS: typing.Final = 32 * 24


def _refuse(path: str, code: str, message: str) -> typing.NoReturn:
    raise DiscordError.invalid_form(field_error(f"poll.{path}", code, message))


def _check_media(path: str, media: object, maximum: int) -> None:
    if not isinstance(media, dict):
        _refuse(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")
    text = media.get("text")
    if not isinstance(text, str) or not text:
        _refuse(f"{path}.text", "BASE_TYPE_REQUIRED", "This field is required")
    if len(text) > maximum:
        _refuse(f"{path}.text", "BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {maximum} in length.")


def _check_answers(answers: object) -> None:
    if not isinstance(answers, list) or not 1 <= len(answers) <= _MAX_ANSWERS:
        _refuse("answers", "BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {_MAX_ANSWERS} in length.")
    for index, answer in enumerate(answers):
        media = answer.get("poll_media") if isinstance(answer, dict) else None
        _check_media(f"answers.{index}.poll_media", media, _MAX_ANSWER)


def _check_options(poll: json.JSONObject) -> None:
    duration = poll.get("duration", 24)
    if isinstance(duration, bool) or not isinstance(duration, int) or not 1 <= duration <= _MAX_HOURS:
        _refuse("duration", "NUMBER_TYPE_MAX", f"int value should be between 1 and {_MAX_HOURS}.")
    if not isinstance(poll.get("allow_multiselect", False), bool):
        _refuse("allow_multiselect", "BASE_TYPE_BOOLEAN", "Must be either true or false.")
    if poll.get("layout_type", 1) != 1:
        _refuse("layout_type", "BASE_TYPE_CHOICES", "Value must be one of {1}.")


def validate_poll(poll: object) -> None:
    """Refuse a poll request object Discord would refuse (`DiscordError` 50035); `None` is no poll."""
    if poll is None:
        return
    if not isinstance(poll, dict):
        raise DiscordError.invalid_form(
            field_error("poll", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")
        )
    _check_media("question", poll.get("question"), _MAX_QUESTION)
    _check_answers(poll.get("answers"))
    _check_options(poll)
