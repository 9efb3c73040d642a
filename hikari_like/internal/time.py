"""Discord's timestamps, parsed fast, and hikari's spans of time (`Intervalish`).

Discord sends ISO 8601 strings such as `2021-03-04T09:30:48.123000+00:00`. Since Python 3.11,
`datetime.fromisoformat` reads every form Discord uses (a `Z` suffix, any number of fractional
digits), and it is implemented in C, so no regular expression is needed on the hot path.
"""

from __future__ import annotations

__all__ = ["Intervalish", "parse_iso8601", "parse_optional_iso8601", "timespan_to_int"]

import datetime

Intervalish = int | float | datetime.timedelta
"""A span of time as hikari takes one (`hikari.internal.time.Intervalish`): a number of seconds
(int or float) or a `timedelta`."""


def parse_iso8601(value: str) -> datetime.datetime:
    """Parse an ISO 8601 timestamp into an aware `datetime` (naive input is taken as UTC).

    Raises `ValueError` for a malformed string and `TypeError` for a non-string.

        >>> parse_iso8601("2021-03-04T09:30:48Z").year
        2021
    """
    parsed = datetime.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=datetime.UTC)
    return parsed


def parse_optional_iso8601(value: str | None) -> datetime.datetime | None:
    """Like `parse_iso8601`, but `None` (a JSON `null` or a missing field) stays `None`."""
    if value is None:
        return None
    return parse_iso8601(value)


def timespan_to_int(value: Intervalish, /) -> int:
    """Whole seconds of a span, as Discord takes them: fractions dropped, a negative span is 0.

    >>> timespan_to_int(datetime.timedelta(minutes=1, microseconds=5))
    60
    """
    if isinstance(value, datetime.timedelta):
        value = value.total_seconds()
    return max(0, int(value))
