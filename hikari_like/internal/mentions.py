"""The `allowed_mentions` object: which pings a message may actually trigger."""

from __future__ import annotations

__all__ = ["MentionTargets", "allowed_mentions"]

import typing

from hikari_like import snowflakes
from hikari_like import undefined

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject

MentionTargets = typing.Sequence[snowflakes.SnowflakeishOr] | bool
"""`True` to allow every mention of a kind, `False` for none, or the IDs (or objects) to allow."""


def _ids(targets: typing.Sequence[snowflakes.SnowflakeishOr]) -> list[str]:
    # Discord rejects duplicate IDs; dict.fromkeys drops them and keeps the order stable.
    return list(dict.fromkeys(str(snowflakes.snowflake_of(target)) for target in targets))


def _are_targets(value: object) -> typing.TypeGuard[typing.Sequence[snowflakes.SnowflakeishOr]]:
    # The common values (not given, True, False) skip the slow abstract `Sequence` check.
    return (
        value is not undefined.UNDEFINED
        and not isinstance(value, bool)
        and isinstance(value, typing.Sequence)
    )


def allowed_mentions(
    *,
    mentions_everyone: bool | undefined.UndefinedType = undefined.UNDEFINED,
    mentions_reply: bool | undefined.UndefinedType = undefined.UNDEFINED,
    user_mentions: MentionTargets | undefined.UndefinedType = undefined.UNDEFINED,
    role_mentions: MentionTargets | undefined.UndefinedType = undefined.UNDEFINED,
) -> JSONObject:
    """Build `allowed_mentions`; anything not given is not allowed (safe by default).

    >>> allowed_mentions(user_mentions=[123], role_mentions=True)
    {'parse': ['roles'], 'users': ['123']}
    """
    parse: list[str] = []
    payload: JSONObject = {"parse": parse}
    if mentions_everyone is True:
        parse.append("everyone")
    if user_mentions is True:
        parse.append("users")
    elif _are_targets(user_mentions):
        payload["users"] = _ids(user_mentions)
    if role_mentions is True:
        parse.append("roles")
    elif _are_targets(role_mentions):
        payload["roles"] = _ids(role_mentions)
    if mentions_reply is True:
        payload["replied_user"] = True
    return payload
