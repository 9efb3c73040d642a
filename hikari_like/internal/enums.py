"""Enums that keep values Discord added after this release.

Discord adds interaction types, component types and option types without notice. A bot built
today must still parse tomorrow's payloads, so `from_value` on an unknown value returns a
pseudo-member named `UNKNOWN_<value>` instead of raising. Flags (`enum.IntFlag`) already keep
unknown bits.
"""

from __future__ import annotations

__all__ = ["TolerantIntEnum", "TolerantStrEnum"]

import enum
import typing

_EnumT = typing.TypeVar("_EnumT", bound=enum.Enum)


def _pseudo_member(cls: type[_EnumT], base: type[typing.Any], value: typing.Any) -> _EnumT:
    # Not cached in `_value2member_map_`: unknown values come from Discord, and an unbounded
    # cache keyed by them would be a slow leak.
    member: typing.Any = base.__new__(typing.cast("type[typing.Any]", cls), value)
    member._name_ = f"UNKNOWN_{value}"
    member._value_ = value
    return typing.cast("_EnumT", member)


class TolerantIntEnum(enum.IntEnum):
    """An `IntEnum` whose unknown values become `UNKNOWN_<n>` pseudo-members."""

    @classmethod
    def _missing_(cls, value: object) -> typing.Self | None:
        if isinstance(value, int) and not isinstance(value, bool):
            return _pseudo_member(cls, int, value)
        return None

    @property
    def is_known(self) -> bool:
        """Whether this release of the library knows this value."""
        return not self._name_.startswith("UNKNOWN_")


class TolerantStrEnum(enum.StrEnum):
    """A `StrEnum` whose unknown values become `UNKNOWN_<s>` pseudo-members."""

    @classmethod
    def _missing_(cls, value: object) -> typing.Self | None:
        if isinstance(value, str):
            return _pseudo_member(cls, str, value)
        return None

    @property
    def is_known(self) -> bool:
        """Whether this release of the library knows this value."""
        return not self._name_.startswith("UNKNOWN_")
