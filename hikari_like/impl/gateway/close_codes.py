"""Gateway close codes and what a shard does about each: give up, identify afresh, or resume."""

from __future__ import annotations

__all__ = ["CloseAction", "ShardCloseCode", "action_for", "describe"]

import enum
import typing

from hikari_like.internal.enums import TolerantIntEnum


class ShardCloseCode(TolerantIntEnum):
    """Websocket close codes the gateway sends (1xxx standard, 4xxx Discord's own)."""

    NORMAL_CLOSURE = 1000
    GOING_AWAY = 1001
    PROTOCOL_ERROR = 1002
    ABNORMAL_CLOSURE = 1006
    UNKNOWN_ERROR = 4000
    UNKNOWN_OPCODE = 4001
    DECODE_ERROR = 4002
    NOT_AUTHENTICATED = 4003
    AUTHENTICATION_FAILED = 4004
    ALREADY_AUTHENTICATED = 4005
    INVALID_SEQ = 4007
    RATE_LIMITED = 4008
    SESSION_TIMEOUT = 4009
    INVALID_SHARD = 4010
    SHARDING_REQUIRED = 4011
    INVALID_VERSION = 4012
    INVALID_INTENT = 4013
    DISALLOWED_INTENT = 4014


class CloseAction(enum.Enum):
    """What a shard does after the gateway closed the connection."""

    FATAL = "fatal"
    REIDENTIFY = "reidentify"
    RESUME = "resume"


_FATAL: typing.Final[typing.Mapping[int, str]] = {
    ShardCloseCode.AUTHENTICATION_FAILED: "authentication failed: the bot token is invalid",
    ShardCloseCode.INVALID_SHARD: "invalid shard: the shard id or shard count is wrong",
    ShardCloseCode.SHARDING_REQUIRED: "sharding required: the bot is in too many guilds for this count",
    ShardCloseCode.INVALID_VERSION: "invalid API version: the gateway URL asks for a version Discord refuses",
    ShardCloseCode.INVALID_INTENT: "invalid intents: the intents value is not a valid bit field",
    ShardCloseCode.DISALLOWED_INTENT: (
        "disallowed intents: a privileged intent is not enabled for this application in the developer portal"
    ),
}
# The session is gone on Discord's side: resuming would only fail again.
_REIDENTIFY: typing.Final = frozenset({ShardCloseCode.INVALID_SEQ, ShardCloseCode.SESSION_TIMEOUT})


def action_for(code: int | None) -> CloseAction:
    """Fatal codes stop the shard; 4007 and 4009 start a new session; every other code resumes."""
    if code in _FATAL:
        return CloseAction.FATAL
    if code in _REIDENTIFY:
        return CloseAction.REIDENTIFY
    return CloseAction.RESUME


def describe(code: int | None) -> str:
    """A readable cause for a close code: the fatal ones in full, others by their name."""
    if code is None:
        return "no close code"
    if code in _FATAL:
        return _FATAL[code]
    return ShardCloseCode(code).name.lower().replace("_", " ")
