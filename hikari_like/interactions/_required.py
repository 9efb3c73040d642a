"""The few fields of an interaction that are checked before a listener runs.

Interactions are parsed lazily (`internal/lazy.py`): `from_payload` reads the top level, and the
member, the options, the message... are parsed when a listener first reads them. Two rules keep
a listener from ever meeting a parsing error there:

- what an interaction cannot do without is checked here, by `from_payload`, and a payload
  without it is refused (`KeyError`, `TypeError` or `ValueError`: the interaction server answers
  400 before the listener runs): the IDs and token of the top level (`_read`), the fields that
  identify the kind's `data` (a command's ID and name; a component's custom ID, type and chosen
  values; a modal's custom ID), the invoking user's ID and name, the channel's ID, and for a
  component the identity of the message it is on;
- everything else is parsed totally (`internal.partial_json`'s readers): a field of the wrong type
  reads as absent, and an item of a list or map that cannot be read is left out.

Only a handful of `type(x) is ...` checks run here, so lazy parsing keeps its speed.
"""

from __future__ import annotations

__all__ = ["AUTOCOMPLETE", "COMMAND", "COMPONENT", "MODAL", "UpFront", "check_user", "invoker_of"]

import typing

from hikari_like import snowflakes
from hikari_like.internal import partial_json as read
from hikari_like.internal import time

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject


def check_user(user: object) -> None:
    """Refuse a user object without an ID and a username (all `User.from_payload` requires)."""
    if not isinstance(user, dict):
        raise TypeError(f"a user is an object, not {type(user).__name__}")
    snowflakes.parse_recurring(user["id"])
    if not isinstance(user["username"], str):
        raise TypeError("a user's username is a string")


def invoker_of(member: object, user: object) -> typing.Any:
    """The user object `interaction.user` is read from: the member's when there is one, else `user`.

    A member counts only as an object with a `user` (`interaction.member` is `None` otherwise).
    """
    if isinstance(member, dict) and "user" in member:
        return member["user"]
    if user is None:
        raise KeyError("user (an interaction has a member or a user)")
    return user


def _check_channel(channel_id: object, get: typing.Callable[[str], object]) -> None:
    # `interaction.channel` is read from `channel`, else from `channel_id` (payloads from before
    # mid-2022 carry only that): one of the two must hold an ID. Discord sends both, so the
    # channel object is looked at only without a `channel_id`.
    if snowflakes.is_id(channel_id):
        return
    found = get("channel")
    if not (isinstance(found, dict) and snowflakes.is_id(found.get("id"))):
        raise KeyError("channel (an interaction has a channel or a channel_id with an ID)")


def _check_message(message: object) -> None:
    # What `Message.from_payload` requires; the rest of the message reads totally.
    if not isinstance(message, dict):
        raise TypeError(f"a message is an object, not {type(message).__name__}")
    snowflakes.parse(message["id"])
    snowflakes.parse(message["channel_id"])
    check_user(message["author"])
    time.parse_iso8601(read.required_text(message, "timestamp"))


def _component_data(data: JSONObject) -> None:
    # Its custom ID `_read_data` reads, strictly.
    if read.integer(data["component_type"]) is None:
        raise TypeError("a component's type is an integer")
    values = data.get("values")
    # `values: "abc"` must not read as ['a', 'b', 'c'].
    if values is not None and not (
        isinstance(values, list) and all(isinstance(value, str) for value in values)
    ):
        raise TypeError("a select's values are an array of strings")


class UpFront:
    """What `from_payload` checks of one kind of interaction, beyond its top level."""

    __slots__ = ("_check_data", "_message_required")

    def __init__(
        self, check_data: typing.Callable[[JSONObject], None] | None = None, *, message_required: bool = False
    ) -> None:
        # No `check_data` when `_read_data` reads all that identifies the data (strictly).
        self._check_data = check_data
        self._message_required = message_required

    def check(
        self,
        data: object,
        *,
        member: object,
        user: object,
        channel_id: object,
        get: typing.Callable[[str], object],
    ) -> None:
        """Check the kind's `data`, the invoking user (the member's, else `user`), the channel, the message.

        `get` reads a part of the payload: only the parts needed are read (a channel without a
        `channel_id`, a component's message). Runs on every request, so the usual cases are tested
        inline rather than by calls.
        """
        if not isinstance(data, dict):
            raise TypeError(f"an interaction's data is an object, not {type(data).__name__}")
        if self._check_data is not None:
            self._check_data(data)
        check_user(invoker_of(member, user))
        if not (
            type(channel_id) is str
            and len(channel_id) <= _ALWAYS_AN_ID
            and channel_id.isdigit()
            and channel_id.isascii()
        ):
            _check_channel(channel_id, get)
        if self._message_required:
            _check_message(get("message"))


# Nineteen ASCII digits are always an ID (below 2**64); anything else is checked in full.
_ALWAYS_AN_ID: typing.Final = 19


COMMAND: typing.Final = UpFront()
"""A command's ID and name `_read_data` reads."""
AUTOCOMPLETE: typing.Final = COMMAND
COMPONENT: typing.Final = UpFront(_component_data, message_required=True)
MODAL: typing.Final = UpFront()
"""A modal's custom ID `_read_data` reads."""
