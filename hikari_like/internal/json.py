"""One JSON codec for the package: orjson when installed, the standard library otherwise.

`dumps` returns bytes in both cases so callers never branch on the codec. The choice is made once,
at import; `HIKARI_LIKE_JSON=stdlib` forces the standard library (the tests use it to cover both).

Both codecs (and msgspec, which decodes interaction bodies in part) refuse the same inputs: the
standard library on its own would also read `NaN`, `Infinity`, numbers too large for a float
(`1e400`, as infinity) and unpaired surrogate escapes (`"\\ud800"`, a string no UTF-8 can carry),
all of which orjson and msgspec refuse, so here it refuses them too. Likewise it writes a float
that is not finite as `null`, as orjson does, never as the `NaN` JSON does not have.
"""

from __future__ import annotations

__all__ = ["BACKEND", "JSONDecodeError", "JSONObject", "dumps", "loads"]

import json as _stdlib_json
import math
import os
import typing

JSONObject = dict[str, typing.Any]
"""A decoded JSON object, as Discord sends them."""

JSONDecodeError: type[ValueError]
dumps: typing.Callable[[typing.Any], bytes]
loads: typing.Callable[[bytes | str], typing.Any]


def _stdlib_dumps(value: typing.Any) -> bytes:
    try:
        text = _stdlib_json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except ValueError:
        # `NaN` and `Infinity` are not JSON: write `null` for them, as orjson does.
        text = _stdlib_json.dumps(_finite(value), separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return text.encode()


def _finite(value: typing.Any) -> typing.Any:
    if type(value) is float:
        return value if math.isfinite(value) else None
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    return value


def _refuse_constant(name: str) -> typing.NoReturn:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    number = float(text)
    if math.isinf(number):
        raise ValueError(f"{text[:30]} is out of a float's range")
    return number


_stdlib_decode: typing.Final = _stdlib_json.JSONDecoder(
    parse_constant=_refuse_constant, parse_float=_finite_float
).decode

# Where a string can hold a surrogate: only a `\ud800`-`\udfff` escape makes one (UTF-8 cannot).
_SURROGATE_ESCAPES: typing.Final = ("\\ud8", "\\ud9", "\\uda", "\\udb", "\\udc", "\\udd", "\\ude", "\\udf")


def _refuse_lone_surrogates(value: typing.Any) -> None:
    # A surrogate pair escape is decoded to one character; one left on its own stays a surrogate,
    # which `encode` refuses (UnicodeEncodeError is a ValueError).
    if type(value) is str:
        value.encode("utf-8")
    elif type(value) is list:
        for item in value:
            _refuse_lone_surrogates(item)
    elif type(value) is dict:
        for key, item in value.items():
            key.encode("utf-8")
            _refuse_lone_surrogates(item)


def _stdlib_loads(value: bytes | bytearray | memoryview | str) -> typing.Any:
    # The standard library would also sniff UTF-16/32 from bytes; Discord's bodies are UTF-8.
    # Every refusal is a JSONDecodeError, as orjson's are (callers catch that one error). Any
    # bytes-like value is read, as orjson reads it (aiohttp hands multipart parts over as bytearrays).
    text = ""
    try:
        text = value if isinstance(value, str) else bytes(value).decode("utf-8")
        decoded = _stdlib_decode(text)
        if "\\u" in text and any(escape in text.lower() for escape in _SURROGATE_ESCAPES):
            _refuse_lone_surrogates(decoded)
    except _stdlib_json.JSONDecodeError:
        raise
    except ValueError as error:  # Not UTF-8, a lone surrogate, NaN or a float out of range.
        raise _stdlib_json.JSONDecodeError(str(error), text, 0) from error
    return decoded


def _use_stdlib() -> str:
    global JSONDecodeError, dumps, loads  # noqa: PLW0603 - set once at import.
    JSONDecodeError = _stdlib_json.JSONDecodeError
    dumps = _stdlib_dumps
    loads = _stdlib_loads
    return "json"


def _use_orjson() -> str:
    global JSONDecodeError, dumps, loads  # noqa: PLW0603 - set once at import.
    import orjson

    JSONDecodeError = orjson.JSONDecodeError
    dumps = orjson.dumps
    loads = orjson.loads
    return "orjson"


def _choose() -> str:
    if os.environ.get("HIKARI_LIKE_JSON") == "stdlib":
        return _use_stdlib()
    try:
        return _use_orjson()
    except ImportError:
        return _use_stdlib()


BACKEND: typing.Final[str] = _choose()
"""`"orjson"` or `"json"`: which codec this process uses."""
