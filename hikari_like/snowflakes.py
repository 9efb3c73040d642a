"""Discord's 64-bit IDs."""

from __future__ import annotations

__all__ = ["DISCORD_EPOCH", "Snowflake", "SnowflakeishOr", "Unique"]

import datetime
import typing

DISCORD_EPOCH: typing.Final = 1_420_070_400_000
"""Milliseconds between the Unix epoch and Discord's (2015-01-01T00:00:00Z)."""


class Snowflake(int):
    """A Discord ID: an `int` that also knows when it was created.

    Discord sends IDs as JSON strings (they exceed JavaScript's safe integers); `Snowflake("123")`
    accepts either form.
    """

    __slots__ = ()

    @property
    def created_at(self) -> datetime.datetime:
        """When the object with this ID was created, in UTC."""
        milliseconds = (self >> 22) + DISCORD_EPOCH
        return datetime.datetime.fromtimestamp(milliseconds / 1000, tz=datetime.UTC)

    @classmethod
    def from_datetime(cls, when: datetime.datetime, /) -> Snowflake:
        """The smallest ID that could have been created at `when` (useful for pagination)."""
        return cls((int(when.timestamp() * 1000) - DISCORD_EPOCH) << 22)


@typing.runtime_checkable
class Unique(typing.Protocol):
    """Anything with an `id`."""

    @property
    def id(self) -> Snowflake: ...


SnowflakeishOr = Snowflake | int | str | Unique
"""Anything an ID can be read from: a snowflake, an int, a numeric string or an object with an `id`."""


def snowflake_of(value: SnowflakeishOr, /) -> Snowflake:
    """Read an ID from any `SnowflakeishOr`."""
    if isinstance(value, Snowflake):
        return value
    if isinstance(value, int | str):
        return Snowflake(value)
    return value.id
