"""The `UNDEFINED` sentinel: "not given", as distinct from `None` ("given, and empty").

Discord treats a missing JSON field differently from a `null` one (an omitted `content` keeps a
message's text, `"content": null` clears it), so builders and REST methods need a third value.

    >>> from hikari_like import UNDEFINED
    >>> def edit(content: str | None | UndefinedType = UNDEFINED) -> None: ...
"""

from __future__ import annotations

__all__ = ["UNDEFINED", "UndefinedNoneOr", "UndefinedOr", "UndefinedType"]

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
