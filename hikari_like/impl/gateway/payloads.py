"""The gateway's message envelope (`op`, `d`, `s`, `t`) and its opcodes."""

from __future__ import annotations

__all__ = ["GatewayOpcode", "GatewayPayload"]

import typing

import attrs

from hikari_like.internal import json
from hikari_like.internal.enums import TolerantIntEnum


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
        """Read a payload; raises `ValueError` (or `KeyError`) on text that is not one."""
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("a gateway payload must be a JSON object")
        return cls(op=data["op"], d=data.get("d"), s=data.get("s"), t=data.get("t"))

    def encode(self) -> bytes:
        """The JSON text to send (commands carry only `op` and `d`)."""
        if self.op is GatewayOpcode.DISPATCH:
            return json.dumps({"op": int(self.op), "d": self.d, "s": self.s, "t": self.t})
        return json.dumps({"op": int(self.op), "d": self.d})
