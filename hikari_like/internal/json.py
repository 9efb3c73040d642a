"""One JSON codec for the package: orjson when installed, the standard library otherwise.

`dumps` returns bytes in both cases so callers never branch on the codec. The choice is made once,
at import; `HIKARI_LIKE_JSON=stdlib` forces the standard library (the tests use it to cover both).
"""

from __future__ import annotations

__all__ = ["BACKEND", "JSONDecodeError", "JSONObject", "dumps", "loads"]

import json as _stdlib_json
import os
import typing

JSONObject = dict[str, typing.Any]
"""A decoded JSON object, as Discord sends them."""

JSONDecodeError: type[ValueError]
dumps: typing.Callable[[typing.Any], bytes]
loads: typing.Callable[[bytes | str], typing.Any]


def _stdlib_dumps(value: typing.Any) -> bytes:
    return _stdlib_json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def _stdlib_loads(value: bytes | str) -> typing.Any:
    # The standard library would also sniff UTF-16/32 from bytes; Discord's bodies are UTF-8,
    # and both codecs must refuse the same inputs (UnicodeDecodeError is a ValueError).
    if isinstance(value, bytes):
        value = value.decode("utf-8")
    return _stdlib_json.loads(value)


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
