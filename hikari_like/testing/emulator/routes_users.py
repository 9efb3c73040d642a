"""DM and group DM endpoints: `POST /users/@me/channels` and a group DM's recipients.

Discord's rules (discord-api-docs `resources/user.mdx` "Create DM" / "Create Group DM",
`resources/channel.mdx` "Group DM Add/Remove Recipient"): a DM with a user is opened once and
returned again after; an unknown user is 10013; a group DM takes the OAuth2 access tokens of
users who granted `gdm.join` (50025 for any other token); an application may have 10 active
group DMs (30011). DM channels live in the state's channels, so messages can be created in them.

A test grants a user's `gdm.join` with `grant_gdm_join`:

```python
token = grant_gdm_join(discord.state, user["id"])
group = await rest.create_group_dm_channel([token])
```
"""

from __future__ import annotations

__all__ = ["MAX_GROUP_DMS", "ROUTES", "grant_gdm_join"]

import secrets
import typing
import weakref

from aiohttp import web

from hikari_like.testing.emulator import payloads
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import field_error
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec
from hikari_like.testing.emulator.validation import require_object

if typing.TYPE_CHECKING:
    from hikari_like.internal import json
    from hikari_like.testing.emulator.state import EmulatorState

MAX_GROUP_DMS: typing.Final = 10
"""Discord's limit on an application's active group DMs."""

_DM: typing.Final = 1
_GROUP_DM: typing.Final = 3

# The users' OAuth2 grants of `gdm.join`, per emulated Discord: token -> user ID.
_GRANTS: weakref.WeakKeyDictionary[EmulatorState, dict[str, str]] = weakref.WeakKeyDictionary()


def grant_gdm_join(state: EmulatorState, user_id: str) -> str:
    """An access token with which the user `user_id` lets the application add them to group DMs."""
    token = secrets.token_urlsafe(24)
    _GRANTS.setdefault(state, {})[token] = str(user_id)
    return token


def _granted_user(state: EmulatorState, token: object) -> json.JSONObject:
    user_id = _GRANTS.get(state, {}).get(token) if isinstance(token, str) else None
    if user_id is None or user_id not in state.users:
        raise DiscordError(400, "Invalid OAuth2 access token provided", 50025)
    return state.users[user_id]


def _recipient(state: EmulatorState, value: object) -> json.JSONObject:
    if value is None:
        raise DiscordError.invalid_form(
            field_error("recipient_id", "BASE_TYPE_REQUIRED", "This field is required")
        )
    if not isinstance(value, str | int) or not str(value).isdigit():
        message = f'Value "{value}" is not snowflake.'
        raise DiscordError.invalid_form(field_error("recipient_id", "NUMBER_TYPE_COERCE", message))
    user = state.users.get(str(value))
    if user is None:
        raise DiscordError.unknown("User", 10013)
    return user


def _store(state: EmulatorState, channel: json.JSONObject) -> json.JSONObject:
    state.channels[channel["id"]] = channel
    state.messages.setdefault(channel["id"], {})
    return channel


def _dm_with(state: EmulatorState, user: json.JSONObject) -> json.JSONObject:
    for channel in state.channels.values():
        recipients = channel.get("recipients") or []
        if channel.get("type") == _DM and [r["id"] for r in recipients] == [user["id"]]:
            return channel
    return _store(state, payloads.channel_payload(state.ids(), guild_id=None, name="", recipients=[user]))


def _group_dm(
    state: EmulatorState, recipients: list[json.JSONObject], nicks: json.JSONObject
) -> json.JSONObject:
    channel: json.JSONObject = {
        "id": state.ids(),
        "type": _GROUP_DM,
        "name": None,
        "icon": None,
        "recipients": recipients,
        "last_message_id": None,
        "owner_id": state.bot_user["id"],
        "application_id": state.application_id,
        # Discord's `managed`: the group is managed by an application through `gdm.join`.
        "managed": True,
        "flags": 0,
    }
    if nicks:
        channel["nicks"] = [{"id": user_id, "nick": nick} for user_id, nick in nicks.items()]
    return _store(state, channel)


def _active_group_dms(state: EmulatorState) -> int:
    return sum(1 for channel in state.channels.values() if channel.get("type") == _GROUP_DM)


def _create_group_dm(state: EmulatorState, body: json.JSONObject) -> json.JSONObject:
    tokens, nicks = body["access_tokens"], body.get("nicks") or {}
    if not isinstance(tokens, list):
        message = "Only iterables may be used in a ListType"
        raise DiscordError.invalid_form(field_error("access_tokens", "LIST_TYPE_CONVERT", message))
    if not isinstance(nicks, dict):
        message = "Only dictionaries may be used in a DictType"
        raise DiscordError.invalid_form(field_error("nicks", "DICT_TYPE_CONVERT", message))
    recipients = [_granted_user(state, token) for token in tokens]
    if _active_group_dms(state) >= MAX_GROUP_DMS:
        raise DiscordError(400, f"Maximum number of group DMs reached ({MAX_GROUP_DMS})", 30011)
    return _group_dm(state, recipients, nicks)


async def post_my_channels(ctx: RequestContext) -> web.Response:
    """Create DM (`recipient_id`) or Create Group DM (`access_tokens`, `nicks`)."""
    body = require_object(ctx.body.json)
    if "access_tokens" in body:
        return json_response(_create_group_dm(ctx.state, body))
    return json_response(_dm_with(ctx.state, _recipient(ctx.state, body.get("recipient_id"))))


def _group(ctx: RequestContext) -> json.JSONObject:
    channel = ctx.state.channels.get(ctx.params["channel"])
    if channel is None:
        raise DiscordError.unknown("Channel", 10003)
    if channel.get("type") != _GROUP_DM:
        raise DiscordError(400, "Cannot execute action on this channel type", 50024)
    return channel


async def put_recipient(ctx: RequestContext) -> web.Response:
    """Group DM Add Recipient: the user's own `gdm.join` token is required."""
    channel, body = _group(ctx), require_object(ctx.body.json)
    user = _granted_user(ctx.state, body.get("access_token"))
    if user["id"] != ctx.params["user"]:
        raise DiscordError(400, "Invalid OAuth2 access token provided", 50025)
    if all(recipient["id"] != user["id"] for recipient in channel["recipients"]):
        channel["recipients"].append(user)
    if isinstance(body.get("nick"), str):
        channel.setdefault("nicks", []).append({"id": user["id"], "nick": body["nick"]})
    return empty_response()


async def delete_recipient(ctx: RequestContext) -> web.Response:
    """Group DM Remove Recipient; removing someone who is not in it changes nothing."""
    channel = _group(ctx)
    channel["recipients"] = [user for user in channel["recipients"] if user["id"] != ctx.params["user"]]
    return empty_response()


ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="POST", template="/users/@me/channels", handler=post_my_channels),
    RouteSpec(method="PUT", template="/channels/{channel}/recipients/{user}", handler=put_recipient),
    RouteSpec(method="DELETE", template="/channels/{channel}/recipients/{user}", handler=delete_recipient),
)
