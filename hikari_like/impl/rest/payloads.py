"""The one place REST endpoints build request bodies: `UNDEFINED` is left out, and snowflakes,
colours, datetimes, enums and permissions become what Discord expects.

An endpoint lists its fields; it never spells out `if x is not UNDEFINED`:

```python
body = Payload()
body.put("nick", nickname)                         # UNDEFINED: left out; None: sent as null
body.put_snowflake("channel_id", voice_channel)    # an object with `.id`, or an int/str ID
body.put_snowflake_array("roles", roles)           # ["123", "456"]
body.put_datetime("communication_disabled_until", until)
await self.request(route, json=body, reason=reason)
```

`Payload` is a `dict`, so it is sent as it is.
"""

from __future__ import annotations

__all__ = ["Payload"]

import datetime
import enum
import typing

from hikari_like import colors
from hikari_like import snowflakes
from hikari_like import undefined

_UNDEFINED: typing.Final = undefined.UNDEFINED
_T = typing.TypeVar("_T")


class Payload(dict[str, typing.Any]):
    """A JSON object under construction; every `put*` skips `UNDEFINED` and sends `None` as `null`."""

    __slots__ = ()

    def put(
        self,
        key: str,
        value: typing.Any,
        /,
        *,
        conversion: typing.Callable[[typing.Any], typing.Any] | None = None,
    ) -> None:
        """Put `value` (an enum as its value, after `conversion` if given)."""
        if value is _UNDEFINED:
            return
        if value is not None:
            if conversion is not None:
                value = conversion(value)
            elif isinstance(value, enum.Enum):
                value = value.value
        self[key] = value

    def put_snowflake(
        self, key: str, value: snowflakes.SnowflakeishOr | undefined.UndefinedType | None, /
    ) -> None:
        """Put an ID (from an object with `.id`, an int or a string) as Discord's decimal string."""
        self.put(key, value, conversion=_snowflake_string)

    def put_snowflake_array(
        self,
        key: str,
        values: typing.Iterable[snowflakes.SnowflakeishOr] | undefined.UndefinedType | None,
        /,
    ) -> None:
        """Put IDs as a list of decimal strings."""
        self.put(key, values, conversion=lambda items: [_snowflake_string(item) for item in items])

    def put_array(
        self,
        key: str,
        values: typing.Iterable[_T] | undefined.UndefinedType | None,
        /,
        *,
        conversion: typing.Callable[[_T], typing.Any] | None = None,
    ) -> None:
        """Put a list, each item through `conversion` (enums become their values)."""
        convert = conversion or _plain

        def listed(items: typing.Iterable[_T]) -> list[typing.Any]:
            return [convert(item) for item in items]

        self.put(key, values, conversion=listed)

    def put_color(self, key: str, value: colors.Colorish | undefined.UndefinedType | None, /) -> None:
        """Put a colour as its integer RGB value."""
        self.put(key, value, conversion=lambda color: int(colors.Color.of(color)))

    def put_datetime(self, key: str, value: datetime.datetime | undefined.UndefinedType | None, /) -> None:
        """Put a moment as ISO 8601 (naive datetimes are taken as UTC)."""
        self.put(key, value, conversion=_iso8601)

    def put_int_string(self, key: str, value: int | undefined.UndefinedType | None, /) -> None:
        """Put a bit field Discord sends as a decimal string (permissions exceed 53 bits)."""
        self.put(key, value, conversion=lambda bits: str(int(bits)))


def _snowflake_string(value: snowflakes.SnowflakeishOr) -> str:
    return str(snowflakes.snowflake_of(value))


def _plain(value: object) -> object:
    return value.value if isinstance(value, enum.Enum) else value


def _iso8601(moment: datetime.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.isoformat()
