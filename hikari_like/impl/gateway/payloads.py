"""The gateway's message envelope (`op`, `d`, `s`, `t`), its opcodes, and the shape each must have.

Everything the gateway sends is checked here before the shard acts on it: a frame that is not a
JSON object, an `op` that is not an opcode, a `s` that is not a sequence number, a DISPATCH
without an event name, or a `d` of the wrong type for its opcode raises `MalformedPayloadError`.
The shard treats that as a protocol error (it reconnects and resumes), never as a crash. Error
messages name the field and the JSON type found, never the value: a hostile frame can be large,
and its text does not belong in a log.
"""

from __future__ import annotations

__all__ = [
    "GatewayOpcode",
    "GatewayPayload",
    "MalformedPayloadError",
    "describe_json_type",
    "is_session_id",
    "ready_problem",
]

import math
import typing
import urllib.parse

import attrs

from hikari_like.errors import GatewayTransportError
from hikari_like.internal import json
from hikari_like.internal.enums import TolerantIntEnum

_MAX_OPCODE: typing.Final = 0xFFFF
"""Discord's opcodes are small; a bound keeps an absurd `op` out of log lines."""
_MAX_SEQUENCE: typing.Final = (1 << 63) - 1
_MAX_EVENT_NAME: typing.Final = 100
_MAX_HEARTBEAT_INTERVAL_MS: typing.Final = 600_000
"""Discord's is 41 250 ms. A far longer one would leave a dead connection undetected for as long."""
_MAX_SESSION_ID: typing.Final = 256
_MAX_URL: typing.Final = 2048
_ERROR_TEXT: typing.Final = 120
"""How much of a decoder's own message to keep (its position in the text, never the text)."""


class GatewayOpcode(TolerantIntEnum):
    """Gateway opcodes (API v10)."""

    DISPATCH = 0
    HEARTBEAT = 1
    IDENTIFY = 2
    PRESENCE_UPDATE = 3
    VOICE_STATE_UPDATE = 4
    RESUME = 6
    RECONNECT = 7
    REQUEST_GUILD_MEMBERS = 8
    INVALID_SESSION = 9
    HELLO = 10
    HEARTBEAT_ACK = 11


class MalformedPayloadError(GatewayTransportError, ValueError):
    """A gateway payload that is not what its opcode promises (also a `ValueError`).

    `sequence` is the payload's `s` when that could be read (a DISPATCH numbered correctly whose
    name or data is wrong): the shard counts it as handled, so a resume does not replay it.
    """

    def __init__(self, reason: str, *, sequence: int | None = None) -> None:
        super().__init__(reason)
        self.sequence = sequence


def describe_json_type(value: object) -> str:
    """`an object`, `a string`, `null`...: what a decoded JSON value is, without its content."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _is_int(value: object) -> typing.TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_event_name(value: object) -> bool:
    # Discord's names are UPPER_SNAKE; anything printable is allowed (names added later), but not
    # whitespace or control characters, which could forge lines in a log that prints the name.
    return (
        isinstance(value, str)
        and 0 < len(value) <= _MAX_EVENT_NAME
        and value.isascii()
        and value.isprintable()
        and " " not in value
    )


def _brief(error: BaseException) -> str:
    text = str(error)
    return text if len(text) <= _ERROR_TEXT else text[:_ERROR_TEXT] + "..."


def _decode_json(raw: bytes | str) -> object:
    try:
        return json.loads(raw)
    # RecursionError: the standard library's decoder on deeply nested arrays.
    except (ValueError, RecursionError) as exc:
        raise MalformedPayloadError(f"the gateway sent a payload that is not JSON ({_brief(exc)})") from None


def _dispatch_problem(d: object, s: object, t: object) -> str | None:
    if s is None:
        return "a DISPATCH without a sequence number"
    if not _is_event_name(t):
        return f"a DISPATCH whose event name is {describe_json_type(t)}, not an event name"
    if d is not None and not isinstance(d, dict):
        return f"a DISPATCH whose d is {describe_json_type(d)}, not an object"
    return None


def _hello_problem(d: object) -> str | None:
    interval = d.get("heartbeat_interval") if isinstance(d, dict) else None
    if not isinstance(interval, int | float) or isinstance(interval, bool):
        return f"a HELLO whose heartbeat_interval is {describe_json_type(interval)}, not a number"
    if not (math.isfinite(interval) and 0 < interval <= _MAX_HEARTBEAT_INTERVAL_MS):
        return f"a HELLO whose heartbeat_interval is not between 0 and {_MAX_HEARTBEAT_INTERVAL_MS} ms"
    return None


def _invalid_session_problem(d: object) -> str | None:
    if isinstance(d, bool):
        return None
    return f"an INVALID_SESSION whose d is {describe_json_type(d)}, not a boolean"


def is_session_id(value: object) -> typing.TypeGuard[str]:
    """Whether a READY's `session_id` can be resumed with (a short printable string)."""
    return isinstance(value, str) and 0 < len(value) <= _MAX_SESSION_ID and value.isprintable()


def _resume_url_problem(value: object, gateway_url: str) -> str | None:
    if value is None:
        return None  # Older gateways sent none: resume through the gateway URL.
    if not isinstance(value, str) or len(value) > _MAX_URL:
        return f"whose resume_gateway_url is {describe_json_type(value)}, not a URL"
    parts = urllib.parse.urlsplit(value)
    # wss only, unless the configured gateway is plain ws (the emulated one): a resume over
    # plain ws from a wss gateway would send the token in clear.
    allowed = {"wss", "ws"} if urllib.parse.urlsplit(gateway_url).scheme == "ws" else {"wss"}
    if parts.scheme not in allowed or not parts.hostname:
        return f"whose resume_gateway_url is not a {' or '.join(sorted(allowed))} URL"
    return None


def ready_problem(d: json.JSONObject, *, gateway_url: str) -> str | None:
    """What makes a READY's `d` unusable (`None`: nothing); the phrase follows "a READY ...".

    `session_id` must be a string, `user` an object, `guilds` an array, `resume_gateway_url` a
    `wss://` URL (or `ws://` when `gateway_url` is one).
    """
    if not is_session_id(d.get("session_id")):
        return f"whose session_id is {describe_json_type(d.get('session_id'))}, not a session ID"
    if not isinstance(d.get("user"), dict):
        return f"whose user is {describe_json_type(d.get('user'))}, not an object"
    guilds = d.get("guilds")
    if guilds is not None and not isinstance(guilds, list):
        return f"whose guilds is {describe_json_type(guilds)}, not an array"
    return _resume_url_problem(d.get("resume_gateway_url"), gateway_url)


@attrs.define(slots=True, kw_only=True, frozen=True)
class GatewayPayload:
    """One gateway message: the opcode, its data, and for dispatches the sequence number and event name.

    ```python
    payload = GatewayPayload.decode(b'{"op":0,"d":{},"s":1,"t":"READY"}')
    assert payload.op is GatewayOpcode.DISPATCH and payload.t == "READY"
    ```
    """

    op: GatewayOpcode = attrs.field(converter=GatewayOpcode)
    d: typing.Any = None
    s: int | None = None
    t: str | None = None

    @classmethod
    def decode(cls, raw: bytes | str) -> GatewayPayload:
        """Read and check one payload (a DISPATCH's `d` of `null` becomes `{}`).

        Raises
        ------
        MalformedPayloadError
            If `raw` is not JSON, not an object, has no integer `op`, a `s` that is not a sequence
            number, or a `d`/`t` of the wrong type for its opcode (see the module docstring).
        """
        data = _decode_json(raw)
        if not isinstance(data, dict):
            raise MalformedPayloadError(f"the gateway sent {describe_json_type(data)}, not a payload object")
        op, s = data.get("op"), data.get("s")
        if not (_is_int(op) and 0 <= op <= _MAX_OPCODE):
            raise MalformedPayloadError(
                f"the gateway sent a payload whose op is {describe_json_type(op)}, not an opcode"
            )
        if s is not None and not (_is_int(s) and 0 <= s <= _MAX_SEQUENCE):
            raise MalformedPayloadError(
                f"the gateway sent a payload whose s is {describe_json_type(s)}, not a sequence number"
            )
        d, t = data.get("d"), data.get("t")
        problem = cls._shape_problem(GatewayOpcode(op), d, s, t)
        if problem is not None:
            if op != GatewayOpcode.DISPATCH or s is None:
                raise MalformedPayloadError(f"the gateway sent {problem}")
            raise MalformedPayloadError(f"the gateway sent {problem} (dispatch {s}, dropped)", sequence=s)
        if op == GatewayOpcode.DISPATCH:
            return cls(op=op, d={} if d is None else d, s=s, t=t)
        # Outside dispatches `s` and `t` mean nothing (Discord sends null); only their type was checked.
        return cls(op=op, d=d)

    @staticmethod
    def _shape_problem(op: GatewayOpcode, d: object, s: object, t: object) -> str | None:
        if op is GatewayOpcode.DISPATCH:
            return _dispatch_problem(d, s, t)
        if op is GatewayOpcode.HELLO:
            return _hello_problem(d)
        if op is GatewayOpcode.INVALID_SESSION:
            return _invalid_session_problem(d)
        return None

    def encode(self) -> bytes:
        """The JSON text to send (commands carry only `op` and `d`)."""
        if self.op is GatewayOpcode.DISPATCH:
            return json.dumps({"op": int(self.op), "d": self.d, "s": self.s, "t": self.t})
        return json.dumps({"op": int(self.op), "d": self.d})
