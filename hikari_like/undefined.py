"""The `UNDEFINED` sentinel: "not given", as distinct from `None` ("given, and empty").

Discord treats a missing JSON field differently from a `null` one (an omitted `content` keeps a
message's text, `"content": null` clears it), so builders and REST methods need a third value.

    >>> from hikari_like import UNDEFINED
    >>> def edit(content: str | None | UndefinedType = UNDEFINED) -> None: ...
"""

from __future__ import annotations

__all__ = [
    "UNDEFINED",
    "UndefinedNoneOr",
    "UndefinedOr",
    "UndefinedType",
    "all_undefined",
    "any_undefined",
    "count",
]

import enum
import typing


class UndefinedType(enum.Enum):
    """The type of `UNDEFINED`; an enum so that type checkers can narrow on `is UNDEFINED`."""

    UNDEFINED = enum.auto()

    def __bool__(self) -> typing.Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNDEFINED"

    def __str__(self) -> str:
        return "UNDEFINED"


UNDEFINED: typing.Final = UndefinedType.UNDEFINED
"""A value that was not given."""

T = typing.TypeVar("T")
UndefinedOr: typing.TypeAlias = T | UndefinedType
"""`UndefinedOr[int]`: an int, or not given."""
UndefinedNoneOr: typing.TypeAlias = T | UndefinedType | None
"""`UndefinedNoneOr[str]`: a str, `None` (clear it), or not given (leave it)."""


def all_undefined(*items: object) -> bool:
    """Whether every item is `UNDEFINED` (`True` for none at all), as an edit with nothing to change.

    >>> all_undefined(UNDEFINED, UNDEFINED), all_undefined(UNDEFINED, None)
    (True, False)
    """
    return all(item is UNDEFINED for item in items)


def any_undefined(*items: object) -> bool:
    """Whether at least one item is `UNDEFINED`.

    >>> any_undefined("name", UNDEFINED), any_undefined()
    (True, False)
    """
    return any(item is UNDEFINED for item in items)


def count(*items: object) -> int:
    """How many of the items are `UNDEFINED` (`None` is a value, so it does not count).

    >>> count(UNDEFINED, None, 3, UNDEFINED)
    2
    """
    return sum(item is UNDEFINED for item in items)
