"""Forged webhook events, shaped as Discord posts them to a Webhook Events URL.

Every function returns the whole envelope, `{version: 1, application_id, type: 1, event: {type,
timestamp, data}}` (`ping()` the PING, `type: 0`), ready for `EmulatedDiscord.send_webhook_event`
or an `InteractionClient`:

```python
from hikari_like.testing import webhook_events

status = await discord.send_webhook_event(f"{bot_url}/events", webhook_events.application_authorized())
assert status == 204
```

Users, IDs and timestamps are forged fresh unless given; `application_id` defaults to a fixed
one (the emulated Discord puts its own in when it delivers).
"""

from __future__ import annotations

__all__ = [
    "DEFAULT_APPLICATION_ID",
    "application_authorized",
    "application_deauthorized",
    "entitlement",
    "entitlement_create",
    "entitlement_delete",
    "entitlement_update",
    "event",
    "game_direct_message_create",
    "game_direct_message_delete",
    "game_direct_message_update",
    "lobby_message",
    "lobby_message_create",
    "lobby_message_delete",
    "lobby_message_update",
    "ping",
    "quest_user_enrollment",
]

import datetime
import typing

from hikari_like.testing import _forge

if typing.TYPE_CHECKING:
    from collections.abc import Mapping
    from collections.abc import Sequence

    JSONObject = dict[str, typing.Any]

DEFAULT_APPLICATION_ID: typing.Final = "1234560123453231555"
"""The `application_id` of forged envelopes when none is given."""


def _forged() -> _forge.Forge:
    return _forge.Forge.create()


def ping(*, application_id: str = DEFAULT_APPLICATION_ID) -> JSONObject:
    """The PING Discord sends when the URL is saved (answered 204)."""
    return {"version": 1, "application_id": application_id, "type": 0}


def event(
    event_type: str,
    data: Mapping[str, typing.Any] | None = None,
    *,
    application_id: str = DEFAULT_APPLICATION_ID,
    timestamp: datetime.datetime | str | None = None,
) -> JSONObject:
    """Any webhook event: `event_type` (e.g. a name this library does not know) with `data`.

    `timestamp` defaults to now, written as Discord does (ISO 8601 without a zone).
    """
    if timestamp is None:
        timestamp = datetime.datetime.now(datetime.UTC)
    if isinstance(timestamp, datetime.datetime):
        timestamp = timestamp.astimezone(datetime.UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    body: JSONObject = {"type": event_type, "timestamp": timestamp}
    if data is not None:
        body["data"] = dict(data)
    return {"version": 1, "application_id": application_id, "type": 1, "event": body}


def application_authorized(
    *,
    user: Mapping[str, typing.Any] | None = None,
    scopes: Sequence[str] = ("applications.commands",),
    guild: Mapping[str, typing.Any] | None = None,
    integration_type: int | None = None,
    application_id: str = DEFAULT_APPLICATION_ID,
) -> JSONObject:
    """APPLICATION_AUTHORIZED: a user install by default; with `guild` (`{"id", "name"}`) a
    guild install (`integration_type` 0 unless given)."""
    data: JSONObject = {"user": dict(user) if user is not None else _forged().user(), "scopes": list(scopes)}
    kind = integration_type if integration_type is not None else (1 if guild is None else 0)
    data["integration_type"] = kind
    if guild is not None:
        data["guild"] = dict(guild)
    return event("APPLICATION_AUTHORIZED", data, application_id=application_id)


def application_deauthorized(
    *, user: Mapping[str, typing.Any] | None = None, application_id: str = DEFAULT_APPLICATION_ID
) -> JSONObject:
    """APPLICATION_DEAUTHORIZED: `user` removed the app."""
    data = {"user": dict(user) if user is not None else _forged().user()}
    return event("APPLICATION_DEAUTHORIZED", data, application_id=application_id)


def entitlement(
    *,
    entitlement_id: str | None = None,
    sku_id: str | None = None,
    user_id: str | None = None,
    guild_id: str | None = None,
    entitlement_type: int = 8,
    application_id: str = DEFAULT_APPLICATION_ID,
    deleted: bool = False,
    ends_at: str | None = None,
) -> JSONObject:
    """An entitlement object (type 8, an app subscription, by default); a user's unless
    `guild_id` is given."""
    forge = _forged()
    return {
        "id": entitlement_id or forge.snowflake(),
        "sku_id": sku_id or forge.past_snowflake(),
        "application_id": application_id,
        "user_id": user_id if user_id is not None or guild_id is not None else forge.past_snowflake(),
        "guild_id": guild_id,
        "type": entitlement_type,
        "deleted": deleted,
        "consumed": False,
        "gift_code_flags": 0,
        "promotion_id": None,
        "starts_at": None,
        "ends_at": ends_at,
    }


def _entitlement_event(name: str, data: Mapping[str, typing.Any] | None) -> JSONObject:
    body = dict(data) if data is not None else entitlement()
    return event(name, body, application_id=str(body.get("application_id", DEFAULT_APPLICATION_ID)))


def entitlement_create(data: Mapping[str, typing.Any] | None = None) -> JSONObject:
    """ENTITLEMENT_CREATE with `data` (an `entitlement()`; a fresh one by default)."""
    return _entitlement_event("ENTITLEMENT_CREATE", data)


def entitlement_update(data: Mapping[str, typing.Any] | None = None) -> JSONObject:
    """ENTITLEMENT_UPDATE with `data` (an `entitlement()`; a fresh one by default)."""
    return _entitlement_event("ENTITLEMENT_UPDATE", data)


def entitlement_delete(data: Mapping[str, typing.Any] | None = None) -> JSONObject:
    """ENTITLEMENT_DELETE with `data` (an `entitlement()`; a fresh one by default)."""
    return _entitlement_event("ENTITLEMENT_DELETE", data)


def quest_user_enrollment(data: Mapping[str, typing.Any] | None = None) -> JSONObject:
    """QUEST_USER_ENROLLMENT (Discord gives no shape yet: `data` as given, `{}` by default)."""
    return event("QUEST_USER_ENROLLMENT", data or {})


def lobby_message(
    *, content: str = "welcome to the party!", lobby_id: str | None = None, message_id: str | None = None
) -> JSONObject:
    """A lobby message object."""
    forge = _forged()
    lobby = lobby_id or forge.past_snowflake()
    return {
        "id": message_id or forge.snowflake(),
        "type": 0,
        "content": content,
        "lobby_id": lobby,
        "channel_id": lobby,
        "author": forge.user(),
        "metadata": {},
        "flags": 65536,
        "application_id": DEFAULT_APPLICATION_ID,
    }


def lobby_message_create(message: Mapping[str, typing.Any] | None = None) -> JSONObject:
    """LOBBY_MESSAGE_CREATE with `message` (a `lobby_message()` by default)."""
    return event("LOBBY_MESSAGE_CREATE", message if message is not None else lobby_message())


def lobby_message_update(message: Mapping[str, typing.Any] | None = None) -> JSONObject:
    """LOBBY_MESSAGE_UPDATE with `message`, given an `edited_timestamp` if it has none."""
    body = dict(message) if message is not None else lobby_message(content="edited")
    body.setdefault("edited_timestamp", datetime.datetime.now(datetime.UTC).isoformat())
    return event("LOBBY_MESSAGE_UPDATE", body)


def lobby_message_delete(*, message_id: str | None = None, lobby_id: str | None = None) -> JSONObject:
    """LOBBY_MESSAGE_DELETE: only the message's and the lobby's IDs."""
    forge = _forged()
    data = {"id": message_id or forge.snowflake(), "lobby_id": lobby_id or forge.past_snowflake()}
    return event("LOBBY_MESSAGE_DELETE", data)


def _game_message(content: str, *, passthrough: bool) -> JSONObject:
    forge = _forged()
    message: JSONObject = {
        "id": forge.snowflake(),
        "type": 0,
        "content": content,
        "channel_id": forge.past_snowflake(),
        "author": forge.user(),
        "timestamp": forge.now.isoformat(),
        "application_id": DEFAULT_APPLICATION_ID,
    }
    if passthrough:
        message["recipient_id"] = forge.past_snowflake()
    else:
        message["attachments"] = []
    return message


def game_direct_message_create(
    content: str = "get in friend, we're going raiding", *, passthrough: bool = False
) -> JSONObject:
    """GAME_DIRECT_MESSAGE_CREATE: a Discord message, or a passthrough one (`recipient_id`)."""
    return event("GAME_DIRECT_MESSAGE_CREATE", _game_message(content, passthrough=passthrough))


def game_direct_message_update(
    content: str = "almost ready to queue?", *, passthrough: bool = True
) -> JSONObject:
    """GAME_DIRECT_MESSAGE_UPDATE (a passthrough message by default, as in Discord's example)."""
    return event("GAME_DIRECT_MESSAGE_UPDATE", _game_message(content, passthrough=passthrough))


def game_direct_message_delete(
    content: str = "cant make it in time", *, passthrough: bool = False
) -> JSONObject:
    """GAME_DIRECT_MESSAGE_DELETE: the message as it was."""
    return event("GAME_DIRECT_MESSAGE_DELETE", _game_message(content, passthrough=passthrough))
