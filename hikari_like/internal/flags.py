"""hikari's flag helpers (`flags.any(...)`, `flags.split()`, `flags.union(...)`...) on Python's
`enum.IntFlag`: the base of every flag type of the package (`Permissions`, `MessageFlag`, ...).

```python
perms = Permissions.SEND_MESSAGES | Permissions.EMBED_LINKS
assert perms.any(Permissions.EMBED_LINKS, Permissions.ADMINISTRATOR)
assert perms.split() == [Permissions.EMBED_LINKS, Permissions.SEND_MESSAGES]  # by name
```

Bits a flag type does not name (new ones Discord adds) are kept by every operation, as
`enum.IntFlag` keeps them; `split` and `invert` speak of the named bits only.
"""

from __future__ import annotations

__all__ = ["Flag"]

import enum
import operator
import typing

_FlagT = typing.TypeVar("_FlagT", bound="Flag")


class Flag(enum.IntFlag):
    """An `enum.IntFlag` with hikari's set-like helpers. Subclass it to define flags."""

    def all(self, *flags: typing.Self) -> bool:
        """Whether every one of `flags` is set here."""
        value = int(self)
        return all(int(flag) & value == int(flag) for flag in flags)

    def any(self, *flags: typing.Self) -> bool:
        """Whether at least one of `flags` is set here (every bit of it)."""
        value = int(self)
        return any(int(flag) & value == int(flag) for flag in flags)

    def none(self, *flags: typing.Self) -> bool:
        """Whether none of `flags` is set here (the opposite of `any`)."""
        return not self.any(*flags)

    def difference(self, other: typing.Self | int) -> typing.Self:
        """The flags set here and not in `other` (`self & ~other`)."""
        return type(self)(int(self) & ~operator.index(other))

    def intersection(self, other: typing.Self | int) -> typing.Self:
        """The flags set both here and in `other` (`self & other`)."""
        return type(self)(int(self) & operator.index(other))

    def union(self, other: typing.Self | int) -> typing.Self:
        """The flags set here or in `other` (`self | other`)."""
        return type(self)(int(self) | operator.index(other))

    def symmetric_difference(self, other: typing.Self | int) -> typing.Self:
        """The flags set in exactly one of the two (`self ^ other`)."""
        return type(self)(int(self) ^ operator.index(other))

    def invert(self) -> typing.Self:
        """The named flags that are not set here."""
        return type(self)(_named_bits(type(self)) & ~int(self))

    def is_disjoint(self, other: typing.Self | int) -> bool:
        """Whether no flag is set both here and in `other`."""
        return not int(self) & operator.index(other)

    def is_subset(self, other: typing.Self | int) -> bool:
        """Whether every flag set here is set in `other` (as `set.issubset`).

        hikari 2.7's code answers the reverse (whether `other`'s flags are all set here), against
        its own description; this follows the description and Python's sets.
        """
        return int(self) & operator.index(other) == int(self)

    def is_superset(self, other: typing.Self | int) -> bool:
        """Whether every flag set in `other` is set here (as `set.issuperset`; see `is_subset`)."""
        other_value = operator.index(other)
        return int(self) & other_value == other_value

    def split(self) -> typing.Sequence[typing.Self]:
        """The named single-bit flags set here, sorted by name (unnamed bits are left out)."""
        value = int(self)
        members = [member for member in _single_bits(type(self)) if int(member) & value]
        return sorted(members, key=lambda member: member.name or "")

    isdisjoint = is_disjoint
    issubset = is_subset
    issuperset = is_superset
    symmetricdifference = symmetric_difference


def _single_bits(flag_type: type[_FlagT]) -> list[_FlagT]:
    # The members that name one bit (not NONE, nor combinations such as ALL), each once: an alias
    # (Intents.GUILD_BANS) is its canonical member again in `__members__`.
    members = dict.fromkeys(flag_type.__members__.values())
    return [member for member in members if int(member).bit_count() == 1]


def _named_bits(flag_type: type[Flag]) -> int:
    bits = 0
    for member in _single_bits(flag_type):
        bits |= int(member)
    return bits
