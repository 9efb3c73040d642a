"""Decoding an interaction body's top level now and each nested part when it is first read.

A slash command's body is about 1.7 KB, and most of it is parts a listener seldom reads: the
member and user, the guild, the channel, entitlements. Decoding all of it into dicts and strings
(what `json.loads` does) was the largest single cost of an interaction after its signature. With
msgspec installed (the `speedups` extra), `decode_interaction` checks the whole body's syntax but
builds only the top-level fields an interaction is made from; each nested part stays bytes until
it is read (`payload["member"]`), then is decoded once and kept.

The fast path never decides an answer on its own: whenever the body is not the usual shape (not
UTF-8, not JSON, a field missing or of an unexpected type), `decode_interaction` returns `None`
and the caller decodes the body in full, which gives the same answer it always did.

msgspec is imported by the first `decode_interaction` call (or `available()`), not by `import
hikari_like`: most programs that import the package are not serving interactions yet. Until
then no `PartialPayload` can exist, so the placeholder class below is never compared wrongly.

`HIKARI_LIKE_JSON=stdlib` turns this off along with orjson (the tests use it to cover both paths).

The readers at the end (`text`, `integer`, `objects`...) read a decoded JSON value that nothing
has checked yet, totally: a value of the wrong type (or out of range) reads as absent. The models
parse an interaction's nested parts with them when first read, so a listener never meets a
parsing error there (see `interactions/_required.py` for the few fields checked up front instead).
"""

from __future__ import annotations

__all__ = [
    "AnyPayload",
    "PartialPayload",
    "array",
    "available",
    "decode_interaction",
    "each",
    "flag",
    "integer",
    "mapping",
    "natural",
    "number",
    "objects",
    "required_natural",
    "required_object",
    "required_text",
    "text",
    "timestamp",
]

import datetime
import math
import os
import typing

from hikari_like.internal import time

if typing.TYPE_CHECKING:
    from hikari_like.internal._partial_payload import PartialPayload
else:

    class PartialPayload:
        """Stands in until msgspec is loaded (or when it is not installed); never instantiated."""


AnyPayload: typing.TypeAlias = "dict[str, typing.Any] | PartialPayload"
"""An interaction payload as `from_payload` takes it: decoded in full (a dict) or in part."""

_loaded: bool | None = None
"""Whether partial decoding is in use; `None` until `available()` decided."""


def _decode_nothing(body: bytes) -> PartialPayload | None:
    return None


def available() -> bool:
    """Whether bodies are decoded in part (msgspec is installed and not turned off).

    The first call installs msgspec's decoder as this module's `decode_interaction`.
    """
    global PartialPayload, decode_interaction, _loaded  # noqa: PLW0603 - set once, on first use.
    if _loaded is None:
        _loaded = False
        decode_interaction = _decode_nothing
        if os.environ.get("HIKARI_LIKE_JSON") != "stdlib":
            try:
                from hikari_like.internal import _partial_payload
            except ImportError:
                pass
            else:
                PartialPayload = _partial_payload.PartialPayload  # type: ignore[misc]
                decode_interaction = _partial_payload.decode
                _loaded = True
    return _loaded


def _first_decode(body: bytes) -> PartialPayload | None:
    # Replaced by the real decoder (or `_decode_nothing`) on the first call: callers look up
    # `partial_json.decode_interaction` each time, so they get the replacement from then on.
    available()
    return decode_interaction(body)


decode_interaction: typing.Callable[[bytes], PartialPayload | None] = _first_decode
"""`decode_interaction(body)`: the body as a `PartialPayload`, or `None` to decode it in full."""


# -- reading decoded JSON that nothing has checked ---------------------------------------------------

# Integers are bounded so that every decoder reads them alike: orjson reads an integer beyond
# 64 bits as a float, msgspec and the standard library keep it exact. Discord's own integers
# stay within 53 bits (JavaScript's), far inside these.
INT_MIN: typing.Final = -(1 << 63)
INT_MAX: typing.Final = (1 << 63) - 1

_T = typing.TypeVar("_T")


def text(value: object) -> str | None:
    """`value` if it is a string, else `None`."""
    return value if isinstance(value, str) else None


def required_text(payload: typing.Mapping[str, typing.Any], key: str) -> str:
    """The string `payload[key]`: `KeyError` if it is missing, `TypeError` if it is not a string."""
    value = payload[key]
    if not isinstance(value, str):
        raise TypeError(f"{key} is a string, not {type(value).__name__}")
    return value


def required_natural(payload: typing.Mapping[str, typing.Any], key: str) -> int:
    """The non-negative integer `payload[key]`: `KeyError` if it is missing, `TypeError` if it is
    anything else."""
    value = natural(payload[key])
    if value is None:
        raise TypeError(f"{key} is a non-negative integer, not {payload[key]!r}")
    return value


def required_object(payload: typing.Mapping[str, typing.Any], key: str) -> dict[str, typing.Any]:
    """The object `payload[key]`: `KeyError` if it is missing, `TypeError` if it is not an object."""
    value = payload[key]
    if not isinstance(value, dict):
        raise TypeError(f"{key} is an object, not {type(value).__name__}")
    return value


def flag(value: object) -> bool | None:
    """`value` if it is a boolean, else `None`."""
    return value if type(value) is bool else None


def integer(value: object, low: int = INT_MIN, high: int = INT_MAX) -> int | None:
    """`value` if it is an integer (not a boolean) from `low` to `high`, else `None`."""
    if type(value) is int or (isinstance(value, int) and type(value) is not bool):
        return value if low <= value <= high else None
    return None


def natural(value: object) -> int | None:
    """`value` if it is a non-negative integer (a size, a count, flags), else `None`."""
    return integer(value, 0)


def number(value: object) -> float | None:
    """`value` as a float if it is a finite number in the 64-bit integer range, else `None`."""
    if type(value) is float or (isinstance(value, int | float) and type(value) is not bool):
        as_float = float(value)
        return as_float if math.isfinite(as_float) and INT_MIN <= as_float <= INT_MAX else None
    return None


def timestamp(value: object) -> datetime.datetime | None:
    """`value` read as an ISO 8601 timestamp (as `internal.time` reads them), else `None`."""
    if not isinstance(value, str):
        return None
    try:
        return time.parse_iso8601(value)
    except ValueError:
        return None


def mapping(value: object) -> dict[str, typing.Any]:
    """`value` if it is an object, else an empty one."""
    return value if isinstance(value, dict) else {}


def array(value: object) -> list[typing.Any]:
    """`value` if it is an array, else an empty one."""
    return value if isinstance(value, list) else []


def objects(value: object) -> list[dict[str, typing.Any]]:
    """The objects among `value`'s items if it is an array (other items are left out), else `[]`."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def each(values: typing.Iterable[typing.Any], parse: typing.Callable[[typing.Any], _T]) -> list[_T]:
    """`parse` of every item of `values` that it can read; one it cannot read is left out.

    "Cannot read" is `parse` raising `KeyError`, `TypeError` or `ValueError` (a required field
    missing or malformed), as the models' parsers do.
    """
    parsed = []
    for value in values:
        try:
            parsed.append(parse(value))
        except (KeyError, TypeError, ValueError):
            continue
    return parsed
