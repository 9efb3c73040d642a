"""The `d` of the commands a shard sends: IDENTIFY, RESUME, PRESENCE_UPDATE, REQUEST_GUILD_MEMBERS.

Pure functions of their arguments, so their shapes are tested against Discord's documentation
without a connection.
"""

from __future__ import annotations

__all__ = ["Presence", "identify", "presence", "request_guild_members", "resume"]

import datetime
import sys
import typing

import attrs

from hikari_like import errors
from hikari_like import presences
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.capabilities import GatewayCapabilities
from hikari_like.intents import Intents

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject

_LIBRARY: typing.Final = "hikari_like"
# Discord shows a custom status's text from `state`; its `name` must be this placeholder.
_CUSTOM_STATUS_NAME: typing.Final = "Custom Status"


@attrs.define(slots=True, kw_only=True)
class Presence:
    """The presence a shard keeps, so a partial update can send the fields it did not change."""

    status: presences.Status = presences.Status.ONLINE
    activity: presences.Activity | None = None
    idle_since: datetime.datetime | None = None
    afk: bool = False

    def updated(
        self,
        *,
        idle_since: undefined.UndefinedNoneOr[datetime.datetime] = undefined.UNDEFINED,
        afk: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
        activity: undefined.UndefinedNoneOr[presences.Activity] = undefined.UNDEFINED,
        status: undefined.UndefinedOr[presences.Status] = undefined.UNDEFINED,
    ) -> Presence:
        """A copy with the given fields replaced; `UNDEFINED` keeps the current value."""
        return Presence(
            status=self.status if status is undefined.UNDEFINED else status,
            activity=self.activity if activity is undefined.UNDEFINED else activity,
            idle_since=self.idle_since if idle_since is undefined.UNDEFINED else idle_since,
            afk=self.afk if afk is undefined.UNDEFINED else afk,
        )


def _activity(activity: presences.Activity | None) -> JSONObject | None:
    if activity is None:
        return None
    name, state = activity.name, activity.state
    if activity.type is presences.ActivityType.CUSTOM and not state:
        name, state = _CUSTOM_STATUS_NAME, activity.name
    return {"name": name, "type": int(activity.type), "url": activity.url, "state": state}


def presence(value: Presence) -> JSONObject:
    """PRESENCE_UPDATE's `d` (also IDENTIFY's `presence`)."""
    since = None if value.idle_since is None else int(value.idle_since.timestamp() * 1000)
    activity = _activity(value.activity)
    status = "invisible" if value.status is presences.Status.OFFLINE else str(value.status)
    return {
        "since": since,
        "afk": value.afk,
        "activities": [] if activity is None else [activity],
        "status": status,
    }


def identify(
    *,
    token: str,
    intents: Intents,
    shard: tuple[int, int],
    large_threshold: int,
    initial_presence: Presence | None,
    capabilities: GatewayCapabilities = GatewayCapabilities.NONE,
) -> JSONObject:
    """IDENTIFY's `d`: who we are, which events we want, and (optionally) the presence to start with.

    `capabilities` is sent only when some are declared, so a bot that declares none identifies
    exactly as before Discord had them.
    """
    payload: JSONObject = {
        "token": token,
        "intents": int(intents),
        "properties": {"os": sys.platform, "browser": _LIBRARY, "device": _LIBRARY},
        "shard": [shard[0], shard[1]],
        "large_threshold": large_threshold,
        "compress": False,
    }
    if capabilities:
        payload["capabilities"] = int(capabilities)
    if initial_presence is not None:
        payload["presence"] = presence(initial_presence)
    return payload


def resume(*, token: str, session_id: str, sequence: int | None) -> JSONObject:
    """RESUME's `d`: the session to pick up and the last sequence number we handled."""
    return {"token": token, "session_id": session_id, "seq": sequence}


def request_guild_members(
    guild: snowflakes.SnowflakeishOr,
    *,
    intents: Intents,
    include_presences: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
    query: str = "",
    limit: int = 0,
    users: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]] = undefined.UNDEFINED,
    nonce: undefined.UndefinedOr[str] = undefined.UNDEFINED,
) -> JSONObject:
    """REQUEST_GUILD_MEMBERS's `d`, checked against the rules Discord would close the connection for."""
    if users is not undefined.UNDEFINED and query:
        raise ValueError("pass either `users` or `query`, not both")
    if not 0 <= limit <= 100:
        raise ValueError("`limit` must be between 0 and 100")
    # MissingIntentError is a ValueError too, as every other refusal here.
    if users is undefined.UNDEFINED and not query and not intents & Intents.GUILD_MEMBERS:
        raise errors.MissingIntentError(Intents.GUILD_MEMBERS)
    if include_presences is True and not intents & Intents.GUILD_PRESENCES:
        raise errors.MissingIntentError(Intents.GUILD_PRESENCES)
    if nonce is not undefined.UNDEFINED and len(nonce.encode()) > 32:
        raise ValueError("`nonce` can be at most 32 bytes long")
    payload: JSONObject = {"guild_id": str(snowflakes.snowflake_of(guild))}
    if users is undefined.UNDEFINED:
        payload.update(query=query, limit=limit)
    else:
        payload["user_ids"] = [str(snowflakes.snowflake_of(user)) for user in users]
    if include_presences is not undefined.UNDEFINED:
        payload["presences"] = include_presences
    if nonce is not undefined.UNDEFINED:
        payload["nonce"] = nonce
    return payload
