"""Gateway close codes and what a shard does about each: give up, identify afresh, or resume.

The codes themselves are `hikari_like.errors.ShardCloseCode` (where hikari keeps them), re-exported here.
"""

from __future__ import annotations

__all__ = ["CloseAction", "ShardCloseCode", "action_for", "describe"]

import enum
import typing

from hikari_like.errors import ShardCloseCode


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
