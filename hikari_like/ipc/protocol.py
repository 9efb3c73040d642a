"""The IPC wire format: JSON objects in websocket frames, matched by request id.

They follow the handshake (`hikari_like.ipc.handshake`). A request is
`{"id": 7, "endpoint": "guild_count", "data": {...}}`; its reply is `{"id": 7, "result": ...}`
or `{"id": 7, "error": {"code": ..., "message": ..., "type": ...}}`. An error about a frame the
server could not attribute to a request has `"id": null`. The full description, with the
handshake and discovery, is in `docs/ipc.md`.
"""

from __future__ import annotations

__all__ = [
    "MAX_ENDPOINT_LENGTH",
    "MAX_MESSAGE_SIZE",
    "MAX_REQUEST_ID",
    "ErrorCode",
    "FrameError",
    "Reply",
    "RequestFrame",
    "check_secret_key",
    "decode_reply",
    "decode_request",
    "dumps",
    "encode_error",
    "encode_request",
    "encode_result",
    "frame_bytes",
    "loads",
    "peek_request_id",
]

import enum
import math
import re
import typing

import attrs

from hikari_like.internal import json

MAX_MESSAGE_SIZE: typing.Final = 1024**2
"""The default limit for one frame, in bytes of UTF-8 JSON, in both directions."""
MAX_REQUEST_ID: typing.Final = 2**53 - 1
"""Request ids are integers in `[0, MAX_REQUEST_ID]`, exact in every JSON implementation."""
MAX_ENDPOINT_LENGTH: typing.Final = 200

# A request whose frame is refused unread (too large) still gets a reply addressed to it when its
# id comes first, as this package's client always writes it.
_LEADING_ID: typing.Final = re.compile(rb'\s*\{\s*"id"\s*:\s*(\d{1,16})\s*[,}]')


class ErrorCode(enum.StrEnum):
    """The `code` of an error reply."""

    BAD_REQUEST = "bad_request"
    """Not JSON (also `NaN`, or nested deeper than the codec allows), not an object, or a
    missing/invalid `id`, `endpoint` or `data`."""
    TOO_LARGE = "too_large"
    """The frame is over the server's `max_message_size`."""
    UNKNOWN_ENDPOINT = "unknown_endpoint"
    """No route has that name."""
    HANDLER_ERROR = "handler_error"
    """The route or the raw-request hook raised, or returned something that is not JSON
    (`NaN` and the infinities included)."""


class FrameError(ValueError):
    """A frame that cannot be answered normally; the reply is an error with `code`."""

    def __init__(self, code: ErrorCode, message: str, *, request_id: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.request_id = request_id


@attrs.frozen(slots=True, kw_only=True)
class RequestFrame:
    """A decoded, validated request."""

    request_id: int
    endpoint: str
    data: json.JSONObject


@attrs.frozen(slots=True, kw_only=True)
class Reply:
    """A decoded reply: `error` is `None` on success, else `{"code", "message", "type"?}`."""

    request_id: int | None
    result: typing.Any = None
    error: json.JSONObject | None = None


def check_secret_key(secret_key: str | None) -> str | None:
    """Return `secret_key`, or raise `ValueError` if it is empty or has surrounding whitespace or
    control characters.

    The secret never travels (see `hikari_like.ipc.handshake`), but a secret read from a file or
    an environment variable with a stray newline is a mistake better caught at once than as a
    refused handshake on one side only.
    """
    if secret_key is None:
        return None
    if (
        not secret_key
        or secret_key != secret_key.strip()
        or any(ord(c) < 32 or ord(c) == 127 for c in secret_key)
    ):
        raise ValueError("secret_key must be non-empty, without surrounding whitespace or control characters")
    return secret_key


def frame_bytes(data: str | bytes) -> bytes:
    """A frame's payload as UTF-8 bytes, whichever frame type carried it."""
    return data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data


def _valid_id(value: object) -> typing.TypeGuard[int]:
    return type(value) is int and 0 <= value <= MAX_REQUEST_ID


def peek_request_id(frame: bytes) -> int | None:
    """The id of a frame that starts with `{"id": <n>`, without parsing the rest."""
    match = _LEADING_ID.match(frame)
    if match is None:
        return None
    request_id = int(match.group(1))
    return request_id if _valid_id(request_id) else None


def decode_request(frame: bytes, *, max_size: int = MAX_MESSAGE_SIZE) -> RequestFrame:
    """Parse and validate a request frame, or raise `FrameError` saying what to answer."""
    if len(frame) > max_size:
        message = f"the frame is {len(frame)} bytes, over the {max_size} byte limit"
        raise FrameError(ErrorCode.TOO_LARGE, message, request_id=peek_request_id(frame))
    try:
        body = loads(frame)
    except ValueError as error:  # still addressed when its id comes first, so its request fails fast
        raise FrameError(ErrorCode.BAD_REQUEST, str(error), request_id=peek_request_id(frame)) from None
    if not isinstance(body, dict):
        raise FrameError(ErrorCode.BAD_REQUEST, "the frame is not a JSON object")
    request_id = body.get("id")
    if not _valid_id(request_id):
        raise FrameError(ErrorCode.BAD_REQUEST, f"'id' must be an integer in [0, {MAX_REQUEST_ID}]")
    endpoint = body.get("endpoint")
    if not isinstance(endpoint, str) or not 0 < len(endpoint) <= MAX_ENDPOINT_LENGTH:
        message = f"'endpoint' must be a string of 1 to {MAX_ENDPOINT_LENGTH} characters"
        raise FrameError(ErrorCode.BAD_REQUEST, message, request_id=request_id)
    data = body.get("data", {})
    if not isinstance(data, dict):
        raise FrameError(ErrorCode.BAD_REQUEST, "'data' must be a JSON object", request_id=request_id)
    return RequestFrame(request_id=request_id, endpoint=endpoint, data=data)


def encode_request(request_id: int, endpoint: str, data: typing.Mapping[str, typing.Any]) -> str:
    """A request frame, `id` first (see `peek_request_id`). Raises `TypeError` for non-JSON data."""
    return dumps({"id": request_id, "endpoint": endpoint, "data": dict(data)})


def encode_result(request_id: int, result: typing.Any) -> str:
    """A success reply. Raises `TypeError` when `result` is not JSON-able."""
    return dumps({"id": request_id, "result": result})


def encode_error(
    request_id: int | None, code: ErrorCode, message: str, *, error_type: str | None = None
) -> str:
    """An error reply; `error_type` names the exception class of a handler error."""
    error: json.JSONObject = {"code": code.value, "message": message}
    if error_type is not None:
        error["type"] = error_type
    return dumps({"id": request_id, "error": error})


def decode_reply(frame: bytes) -> Reply:
    """Parse a reply frame; raises `ValueError` when it is not one."""
    body = loads(frame)
    if not isinstance(body, dict) or not (body.get("id") is None or _valid_id(body.get("id"))):
        raise ValueError("not a reply frame")
    error = body.get("error")
    if error is not None and not (isinstance(error, dict) and isinstance(error.get("code"), str)):
        raise ValueError("a reply's 'error' must be an object with a string 'code'")
    return Reply(request_id=body.get("id"), result=body.get("result"), error=error)


def loads(frame: bytes | str) -> typing.Any:
    """Decode one JSON frame the same way under every codec, or raise `ValueError` saying why.

    The standard library's codec accepts `NaN` and `Infinity`, which are not JSON (orjson refuses
    them), and runs out of stack on deep nesting with a `RecursionError` (orjson stops at 1024
    levels with a `ValueError`); both become `ValueError`s here.
    """
    try:
        value = json.loads(frame)
    except RecursionError:
        raise ValueError("the frame is nested too deeply") from None
    except ValueError:
        raise ValueError("the frame is not UTF-8 JSON") from None
    if _may_hold_non_finite(frame) and _has_non_finite(value):
        raise ValueError("the frame is not UTF-8 JSON (NaN and Infinity are not JSON)")
    return value


def dumps(value: typing.Any) -> str:
    """Encode one frame the same way under every codec; raises `TypeError` for what is not JSON.

    That includes `NaN` and the infinities: the standard library would write them as the
    invalid tokens `NaN`/`Infinity`, and orjson as `null`, silently changing the value.
    """
    try:
        encoded = json.dumps(value)
    except RecursionError:
        raise TypeError("the value is nested too deeply") from None
    except ValueError as error:  # the standard library's circular-reference complaint
        raise TypeError(str(error)) from error
    if _may_hold_non_finite(encoded) and _has_non_finite(value):
        raise TypeError("NaN and Infinity are not JSON")
    return encoded.decode()


_NON_FINITE_TRACES: typing.Final = re.compile(rb"NaN|Infinity|null")


def _may_hold_non_finite(text: bytes | str) -> bool:
    # A non-finite float shows in the text as NaN/Infinity (standard library) or null (orjson):
    # text without any of them needs no walk over the value, which is the usual case.
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    return _NON_FINITE_TRACES.search(data) is not None


def _has_non_finite(value: typing.Any) -> bool:
    stack = [value]  # iterative: a value nested as deeply as the codec allows must not overflow
    while stack:
        item = stack.pop()
        if isinstance(item, float) and not math.isfinite(item):
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return False
