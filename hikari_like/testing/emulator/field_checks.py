"""Discord's checks on one field of a request body or query string, answered as Discord answers
them: 400 `Invalid Form Body` (50035) with the field's dotted path and an error code such as
`NUMBER_TYPE_MAX`.

```python
days = query_int(ctx, "days", default=7, low=1, high=30)
check_length(body, "name", 1, 100)
max_age = bounded_int(body, "max_age", low=0, high=604800, default=86400)
```

Where Discord documents a limit but not its error body, the codes and messages are the emulator's
best match in Discord's style.
"""

from __future__ import annotations

__all__ = [
    "image_hash",
    "bounded_int",
    "check_length",
    "check_range",
    "int_in_range",
    "invalid",
    "query_bool",
    "query_int",
    "query_snowflake",
    "query_timestamp",
    "too_long",
]

import datetime
import hashlib
import typing

from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import field_error

if typing.TYPE_CHECKING:
    from hikari_like.internal import json
    from hikari_like.testing.emulator.routing import RequestContext

_TRUE: typing.Final = frozenset({"True", "true", "1"})
_FALSE: typing.Final = frozenset({"False", "false", "0"})


def invalid(path: str, code: str, message: str) -> DiscordError:
    """Discord's 50035 for the field at `path` (dotted: `"permission_overwrites.0.type"`)."""
    return DiscordError.invalid_form(field_error(path, code, message))


def too_long(path: str, limit: int) -> DiscordError:
    """A string or list over Discord's length limit (`BASE_TYPE_MAX_LENGTH`)."""
    return invalid(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")


def int_in_range(path: str, value: object, *, low: int, high: int) -> int:
    """`value`, an integer (never a boolean) from `low` to `high`, else Discord's 50035 at `path`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid(path, "NUMBER_TYPE_COERCE", f'Value "{value}" is not int.')
    if value < low:
        raise invalid(path, "NUMBER_TYPE_MIN", f"int value should be greater than or equal to {low}.")
    if value > high:
        raise invalid(path, "NUMBER_TYPE_MAX", f"int value should be less than or equal to {high}.")
    return value


def check_range(body: json.JSONObject, name: str, low: int, high: int) -> None:
    """The integer field `name`, when given (and not null), is from `low` to `high`."""
    value = body.get(name)
    if value is not None:
        int_in_range(name, value, low=low, high=high)


def bounded_int(body: json.JSONObject, name: str, *, low: int, high: int, default: int) -> int:
    """The integer field `name` from `low` to `high`, or `default` when absent or null."""
    value = body.get(name)
    if value is None:
        return default
    # A whole float (hikari sends a timedelta's `total_seconds()`, 86400.0) reads as its int.
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return int_in_range(name, value, low=low, high=high)


def check_length(body: json.JSONObject, name: str, low: int, high: int) -> None:
    """The string field `name`, when given (and not null), is `low` to `high` characters long."""
    value = body.get(name)
    if value is None:
        return
    if not isinstance(value, str) or not low <= len(value) <= high:
        raise invalid(name, "BASE_TYPE_BAD_LENGTH", f"Must be between {low} and {high} in length.")


def query_int(ctx: RequestContext, name: str, *, default: int, low: int, high: int) -> int:
    """The query parameter `name` as an integer from `low` to `high`, or `default` when absent."""
    value = ctx.query.get(name)
    if value is None:
        return default
    # Not digits: `int_in_range` answers `Value "..." is not int.`, as Discord does.
    return int_in_range(name, int(value) if value.lstrip("-").isdigit() else value, low=low, high=high)


def query_bool(ctx: RequestContext, name: str) -> bool:
    """Discord's boolean query strings: `True`/`true`/`1` and `False`/`false`/`0` (absent: false)."""
    value = ctx.query.get(name)
    if value is None or value in _FALSE:
        return False
    if value in _TRUE:
        return True
    raise invalid(name, "BOOLEAN_TYPE_CONVERT", f'Value "{value}" is not a valid boolean.')


def query_snowflake(ctx: RequestContext, name: str) -> int | None:
    """The query parameter `name` as an ID, or `None` when absent."""
    value = ctx.query.get(name)
    if value is None:
        return None
    if not value.isdigit():
        raise invalid(name, "NUMBER_TYPE_COERCE", f'Value "{value}" is not snowflake.')
    return int(value)


def image_hash(path: str, value: object) -> str | None:
    """What Discord keeps of an uploaded image (a data URI): a hash naming it on its CDN, `a_`-prefixed
    for a GIF as Discord marks animated ones; `None` (the field set to null) removes the image.
    Anything but a base64 image data URI is Discord's 50035 IMAGE_INVALID at `path`."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.startswith("data:image/") or ";base64," not in value:
        raise invalid(path, "IMAGE_INVALID", "Invalid image data")
    digest = hashlib.md5(value.encode(), usedforsecurity=False).hexdigest()
    return ("a_" if value.startswith("data:image/gif") else "") + digest


def query_timestamp(ctx: RequestContext, name: str) -> datetime.datetime | None:
    """The query parameter `name` as an aware ISO 8601 moment (UTC when it names no zone), `None`
    when absent; Discord's 50035 DATE_TIME_TYPE_PARSE for anything else."""
    value = ctx.query.get(name)
    if value is None:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        message = f'Could not parse "{value}". Should be ISO8601.'
        raise invalid(name, "DATE_TIME_TYPE_PARSE", message) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)
