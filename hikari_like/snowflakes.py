"""Discord's 64-bit IDs."""

from __future__ import annotations

__all__ = [
    "DISCORD_EPOCH",
    "MAX_SNOWFLAKE",
    "SearchableSnowflakeish",
    "SearchableSnowflakeishOr",
    "Snowflake",
    "Snowflakeish",
    "SnowflakeishOr",
    "SnowflakeishIterable",
    "SnowflakeishSequence",
    "Unique",
    "UniqueEntity",
    "calculate_shard_id",
    "is_id",
    "parse",
    "parse_recurring",
    "parse_optional",
    "parse_or_none",
    "search_id_of",
]

import datetime
import functools
import typing

if typing.TYPE_CHECKING:
    from hikari_like import traits

DISCORD_EPOCH: typing.Final = 1_420_070_400_000
"""Milliseconds between the Unix epoch and Discord's (2015-01-01T00:00:00Z)."""

MAX_SNOWFLAKE: typing.Final = (1 << 64) - 1
"""The largest ID Discord can send: IDs are unsigned 64-bit integers."""

# Nineteen digits never reach 2**64, so only a twenty-digit string needs its value compared.
_ALWAYS_IN_RANGE_DIGITS: typing.Final = 19
_MAX_DIGITS: typing.Final = len(str(MAX_SNOWFLAKE))


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

    @property
    def internal_worker_id(self) -> int:
        """The ID of the Discord worker that made this ID (bits 17 to 21)."""
        return (self >> 17) & 0x1F

    @property
    def internal_process_id(self) -> int:
        """The ID of the Discord process that made this ID (bits 12 to 16)."""
        return (self >> 12) & 0x1F

    @property
    def increment(self) -> int:
        """The per-process counter of this ID (its low 12 bits)."""
        return self & 0xFFF

    @classmethod
    def from_datetime(cls, timestamp: datetime.datetime) -> Snowflake:
        """The smallest ID that could have been created at `timestamp` (useful for pagination)."""
        return cls.from_data(timestamp, 0, 0, 0)

    @classmethod
    def from_data(
        cls, timestamp: datetime.datetime, worker_id: int, process_id: int, increment: int
    ) -> Snowflake:
        """The ID made of these parts (the inverse of `created_at` and the `internal_*` properties).

        >>> Snowflake.from_data(Snowflake(175928847299117063).created_at, 1, 0, 7)
        175928847299117063
        """
        milliseconds = int(timestamp.timestamp() * 1000) - DISCORD_EPOCH
        return cls(
            milliseconds << 22 | (worker_id & 0x1F) << 17 | (process_id & 0x1F) << 12 | increment & 0xFFF
        )

    @classmethod
    def min(cls) -> Snowflake:
        """The smallest ID, 0 (an `after` cursor that starts at the beginning)."""
        return cls(0)

    @classmethod
    def max(cls) -> Snowflake:
        """The largest ID Discord takes as a cursor, 2**63 - 1 (its API reads IDs as signed 64-bit)."""
        return cls((1 << 63) - 1)


def parse(value: object, /) -> Snowflake:
    """Read an ID as Discord sends it: a string of ASCII digits (or an integer) from 0 to 2**64 - 1.

    Stricter than `Snowflake(value)`, which is `int(value)`: that also takes signs, spaces,
    underscores, non-ASCII digits and numbers of any size, none of which is an ID. Raises
    `ValueError` for such a value and `TypeError` for one that is neither a string nor an integer.

    >>> parse("80351110224678912")
    80351110224678912
    """
    # The usual case, on every request: nineteen ASCII digits or fewer are always below 2**64
    # (`isascii` too: "٣" is a digit to `isdigit`, and to `int`, but not to Discord).
    if type(value) is str and len(value) <= _ALWAYS_IN_RANGE_DIGITS and value.isdigit() and value.isascii():
        return Snowflake(value)
    return _parse_unusual(value)


# Most IDs an interaction carries recur from one request to the next: the application's always,
# and a bot's guilds, channels, commands and users mostly. Their parse is cached (a hit costs a
# dictionary lookup instead of the checks), bounded so that a flood of new IDs costs only misses.
_parse_cached: typing.Final = functools.lru_cache(maxsize=4096)(parse)


def parse_recurring(value: str | int, /) -> Snowflake:
    """`parse` for an ID that recurs across requests (an application's, a guild's, a user's...).

    The same result, cached: use `parse` for IDs seen once (an interaction's own).
    """
    if type(value) is str or type(value) is int:  # hashable, and no subclass that hashes alike
        return _parse_cached(value)
    return parse(value)


def is_id(value: object, /) -> bool:
    """Whether `parse(value)` would read an ID (no exception is made for a value that is not one)."""
    if type(value) is str and len(value) <= _ALWAYS_IN_RANGE_DIGITS and value.isdigit() and value.isascii():
        return True
    return parse_or_none(value) is not None


def _parse_unusual(value: object) -> Snowflake:
    if isinstance(value, str):
        if value.isdigit() and value.isascii() and len(value) <= _MAX_DIGITS and int(value) <= MAX_SNOWFLAKE:
            return Snowflake(value)
        raise ValueError(f"{value[:30]!r} is not an ID (at most {_MAX_DIGITS} digits, below 2**64)")
    if isinstance(value, int) and type(value) is not bool:
        if 0 <= value <= MAX_SNOWFLAKE:
            return value if type(value) is Snowflake else Snowflake(value)
        raise ValueError(f"{value} is not an ID (IDs are from 0 to 2**64 - 1)")
    raise TypeError(f"an ID is a string of digits, not {type(value).__name__}")


def parse_optional(value: object, /) -> Snowflake | None:
    """Like `parse`, but a JSON `null` (or a missing field's `None`) stays `None`."""
    return None if value is None else parse(value)


def parse_or_none(value: object, /) -> Snowflake | None:
    """Like `parse`, but anything that is not an ID (`None` included) reads as `None`."""
    try:
        return parse(value)
    except (TypeError, ValueError):
        return None


@typing.runtime_checkable
class Unique(typing.Protocol):
    """Anything with an `id`."""

    @property
    def id(self) -> Snowflake:
        """The object's snowflake ID, unique across Discord."""
        ...


class UniqueEntity:
    """A base of every model with a snowflake `id`: gives it `created_at`, as hikari's `Unique` does."""

    __slots__ = ()

    if typing.TYPE_CHECKING:
        id: Snowflake

    @property
    def created_at(self) -> datetime.datetime:
        """When this object was created, in UTC (read from its ID)."""
        return self.id.created_at


Snowflakeish = Snowflake | int
"""An ID as a number: a `Snowflake` or a plain `int`."""

SnowflakeishOr = Snowflake | int | str | Unique
"""Anything an ID can be read from: a snowflake, an int, a numeric string or an object with an `id`.

Unlike hikari's it is not generic: any object with an `id` fits, so `SnowflakeishOr[PartialGuild]`
is written `SnowflakeishOr`.
"""

SearchableSnowflakeish = Snowflakeish | datetime.datetime
"""An ID, or a moment that stands for the smallest ID made then (`Snowflake.from_datetime`), as the
`before`/`after` cursors of paginated endpoints take."""

SearchableSnowflakeishOr = SnowflakeishOr | datetime.datetime
"""A `SnowflakeishOr`, or a moment that stands for the smallest ID made then (a pagination cursor)."""

SnowflakeishSequence = typing.Sequence[SnowflakeishOr]
"""A sequence of things IDs can be read from (`SnowflakeishOr` items), as bulk endpoints take."""

SnowflakeishIterable = typing.Iterable[SnowflakeishOr]
"""Any iterable of things IDs can be read from (`SnowflakeishOr` items)."""


def snowflake_of(value: SnowflakeishOr, /) -> Snowflake:
    """Read an ID from any `SnowflakeishOr`."""
    if isinstance(value, Snowflake):
        return value
    if isinstance(value, int | str):
        return Snowflake(value)
    return value.id


def search_id_of(value: SearchableSnowflakeishOr, /) -> Snowflake:
    """The ID a pagination cursor stands for: a moment is the smallest ID made then, as in hikari.

    >>> search_id_of(datetime.datetime(2015, 1, 1, tzinfo=datetime.UTC))
    0
    """
    if isinstance(value, datetime.datetime):
        return Snowflake.from_datetime(value)
    return snowflake_of(value)


def calculate_shard_id(app_or_count: traits.ShardAware | int, guild: SnowflakeishOr) -> int:
    """The shard Discord sends a guild's events to: `(guild_id >> 22) % shard_count`.

    `app_or_count` is the shard count, or a bot whose `shard_count` to use (a `GatewayBot`).

    >>> calculate_shard_id(4, 81384788765712384)
    2

    Raises
    ------
    ValueError
        If the shard count is below 1.
    """
    shard_count = app_or_count if isinstance(app_or_count, int) else app_or_count.shard_count
    if shard_count < 1:
        raise ValueError(f"a shard count is at least 1, got {shard_count}")
    return (snowflake_of(guild) >> 22) % shard_count
