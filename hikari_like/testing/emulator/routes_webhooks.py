"""Webhooks: created, fetched, edited and deleted by the bot's token or the webhook's own (#19).

As Discord documents them (`resources/webhook.mdx`): the bot's routes need MANAGE_WEBHOOKS in the
webhook's channel (50013; 50001 when the bot cannot see it), except reading a webhook the
application owns; an unknown webhook is 10015, a wrong token 50027 (401). Names are 1 to 80
characters without "clyde" or "discord" (50035 at `name`), a channel holds at most 15 webhooks
(30007), and only text, announcement, voice, stage, forum and media channels take one (50024).
Answers to the bot include an incoming webhook's token; answers to a token leave out `user`.

Posting with a webhook's token (`webhook_messages.py`) shares this module's lookups; the
interaction-token routes hand a stored webhook's requests there.

```python
hook = add_webhook(state, channel_id, "Deploys", user=state.bot_user)
url = f"/webhooks/{hook['id']}/{hook['token']}"
```
"""

from __future__ import annotations

__all__ = ["ROUTES", "add_webhook", "by_token", "check_name", "is_stored_webhook"]

import secrets
import typing

from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator.field_checks import image_hash
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import channel_access
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import missing_access
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import Auth
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from hikari_like.testing.emulator.state import EmulatorState

INCOMING, CHANNEL_FOLLOWER, APPLICATION = 1, 2, 3
_WEBHOOK_CHANNELS: typing.Final = frozenset({0, 2, 5, 13, 15, 16})
"""Text, voice, announcement, stage, forum and media channels: the ones with a Webhooks setting."""
_MAX_PER_CHANNEL: typing.Final = 15
_MAX_NAME: typing.Final = 80
_FORBIDDEN_WORDS: typing.Final = ("clyde", "discord")
_TOKEN_BYTES: typing.Final = 51  # 68 URL-safe characters, as long as Discord's tokens


# -- storage and seeding ------------------------------------------------------------------------------


def add_webhook(
    state: EmulatorState,
    channel_id: str,
    name: str,
    *,
    user: json.JSONObject,
    webhook_type: int = INCOMING,
    avatar: str | None = None,
    application_id: str | None = None,
    webhook_id: str | None = None,
    token: str | None = None,
) -> json.JSONObject:
    """Store a webhook of a guild channel and return Discord's webhook object (an incoming one
    gets a token: `token` or a new one). No checks: seeding may set up what a route would refuse.

    ```python
    hook = add_webhook(state, channel_id, "Relay", user=state.owner)   # not the app's
    ```
    """
    channel = state.channels[channel_id]
    webhook: json.JSONObject = {
        "id": webhook_id or state.ids(),
        "type": webhook_type,
        "guild_id": channel.get("guild_id"),
        "channel_id": channel_id,
        "user": user,
        "name": name,
        "avatar": avatar,
        "application_id": application_id,
    }
    if webhook_type == INCOMING:
        webhook["token"] = token or secrets.token_urlsafe(_TOKEN_BYTES)
    state.world.webhooks[webhook["id"]] = webhook
    return webhook


def is_stored_webhook(ctx: RequestContext) -> bool:
    """Whether the path's `{webhook}` is a stored incoming or follower webhook (an application's
    webhook, whose ID is the application's, posts interaction followups instead)."""
    stored = ctx.state.world.webhooks.get(ctx.params["webhook"])
    return stored is not None and stored["type"] != APPLICATION


def _stored(ctx: RequestContext) -> json.JSONObject:
    stored = ctx.state.world.webhooks.get(ctx.params["webhook"])
    if stored is None:
        raise DiscordError.unknown("Webhook", 10015)
    return stored


def by_token(ctx: RequestContext) -> json.JSONObject:
    """The path's webhook if `{token}` is its token: 10015 for an unknown one, 50027 otherwise."""
    stored = _stored(ctx)
    if not secrets.compare_digest(str(stored.get("token", "")), ctx.params["token"]):
        raise DiscordError(401, "Invalid Webhook Token", 50027)
    return stored


def _shown(webhook: json.JSONObject, *, to_token: bool = False) -> json.JSONObject:
    # The token's holder learns nothing of who made the webhook (Discord leaves `user` out).
    return {key: value for key, value in webhook.items() if not (to_token and key == "user")}


# -- checks -------------------------------------------------------------------------------------------


def check_name(value: object, path: str) -> str:
    """A webhook name (or a message's `username`): 1 to 80 characters, no "clyde" or "discord"."""
    if not isinstance(value, str) or not 1 <= len(value) <= _MAX_NAME:
        raise invalid(path, "BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {_MAX_NAME} in length.")
    for word in _FORBIDDEN_WORDS:
        if word in value.lower():
            raise invalid(path, "USERNAME_INVALID_CONTAINS", f'Username cannot contain "{word}"')
    return value


def _webhook_channel(ctx: RequestContext, channel_id: str | None = None) -> json.JSONObject:
    """A channel that takes webhooks, where the bot has MANAGE_WEBHOOKS."""
    guild, channel = channel_access(ctx, Permissions.MANAGE_WEBHOOKS, channel_id=channel_id)
    if guild is None:
        raise missing_access()  # DMs have no webhooks
    if channel["type"] not in _WEBHOOK_CHANNELS:
        raise DiscordError(400, "Cannot execute action on this channel type", 50024)
    return channel


def _managed(ctx: RequestContext, *, owned_is_enough: bool = False) -> json.JSONObject:
    """The path's webhook, if the bot may manage it (MANAGE_WEBHOOKS in its channel); reading one
    the application owns needs no permission."""
    stored = _stored(ctx)
    if owned_is_enough and stored.get("application_id") == ctx.state.application_id:
        return stored
    if stored.get("channel_id") is None:
        raise missing_access()
    _webhook_channel(ctx, str(stored["channel_id"]))
    return stored


def _apply_edit(ctx: RequestContext, stored: json.JSONObject, *, moves: bool) -> json.JSONObject:
    body = validation.optional_object(ctx.body.json)
    changes: json.JSONObject = {}
    if body.get("name") is not None:
        changes["name"] = check_name(body["name"], "name")
    if "avatar" in body:
        changes["avatar"] = image_hash("avatar", body["avatar"])
    if moves and body.get("channel_id") is not None:
        # Discord moves a webhook only within its guild, into a channel the bot manages webhooks in.
        target = _webhook_channel(ctx, str(body["channel_id"]))
        if target.get("guild_id") != stored.get("guild_id"):
            raise DiscordError.unknown("Channel", 10003)
        changes["channel_id"] = target["id"]
    stored.update(changes)
    return stored


# -- the bot's routes ---------------------------------------------------------------------------------


async def create_webhook(ctx: RequestContext) -> web.Response:
    channel = _webhook_channel(ctx)
    body = validation.require_object(ctx.body.json)
    if "name" not in body:
        raise invalid("name", "BASE_TYPE_REQUIRED", "This field is required")
    name = check_name(body["name"], "name")
    avatar = image_hash("avatar", body.get("avatar"))
    held = [hook for hook in ctx.state.world.webhooks.values() if hook.get("channel_id") == channel["id"]]
    if len(held) >= _MAX_PER_CHANNEL:
        raise DiscordError(400, f"Maximum number of webhooks reached ({_MAX_PER_CHANNEL})", 30007)
    bot = ctx.state.bot_user
    webhook = add_webhook(
        ctx.state, channel["id"], name, user=bot, avatar=avatar, application_id=ctx.state.application_id
    )
    return json_response(_shown(webhook))


async def get_channel_webhooks(ctx: RequestContext) -> web.Response:
    channel = _webhook_channel(ctx)
    hooks = [
        _shown(hook) for hook in ctx.state.world.webhooks.values() if hook.get("channel_id") == channel["id"]
    ]
    return json_response(hooks)


async def get_guild_webhooks(ctx: RequestContext) -> web.Response:
    guild = guild_of(ctx)
    require(ctx.state.world, guild, actor(ctx), Permissions.MANAGE_WEBHOOKS)
    hooks = [_shown(hook) for hook in ctx.state.world.webhooks.values() if hook.get("guild_id") == guild.id]
    return json_response(hooks)


async def get_webhook(ctx: RequestContext) -> web.Response:
    return json_response(_shown(_managed(ctx, owned_is_enough=True)))


async def modify_webhook(ctx: RequestContext) -> web.Response:
    return json_response(_shown(_apply_edit(ctx, _managed(ctx), moves=True)))


async def delete_webhook(ctx: RequestContext) -> web.Response:
    ctx.state.world.webhooks.pop(_managed(ctx)["id"])
    return empty_response()


# -- the token's routes -------------------------------------------------------------------------------


async def get_webhook_with_token(ctx: RequestContext) -> web.Response:
    return json_response(_shown(by_token(ctx), to_token=True))


async def modify_webhook_with_token(ctx: RequestContext) -> web.Response:
    # The token form takes no `channel_id` (Discord's docs): only the bot moves a webhook.
    return json_response(_shown(_apply_edit(ctx, by_token(ctx), moves=False), to_token=True))


async def delete_webhook_with_token(ctx: RequestContext) -> web.Response:
    ctx.state.world.webhooks.pop(by_token(ctx)["id"])
    return empty_response()


_BY_ID = "/webhooks/{webhook}"
_BY_TOKEN = "/webhooks/{webhook}/{token}"


def _by_token(method: str, handler: typing.Any) -> RouteSpec:
    return RouteSpec(method=method, template=_BY_TOKEN, handler=handler, auth=Auth.NONE)


# `POST /webhooks/{webhook}/{token}` and its `/messages/{message}` routes are registered with the
# interaction-token routes (`routes_interactions.py`), which hand a stored webhook's requests to
# `webhook_messages.py`: one template cannot be served by two route modules.
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="POST", template="/channels/{channel}/webhooks", handler=create_webhook),
    RouteSpec(method="GET", template="/channels/{channel}/webhooks", handler=get_channel_webhooks),
    RouteSpec(method="GET", template="/guilds/{guild}/webhooks", handler=get_guild_webhooks),
    RouteSpec(method="GET", template=_BY_ID, handler=get_webhook),
    RouteSpec(method="PATCH", template=_BY_ID, handler=modify_webhook),
    RouteSpec(method="DELETE", template=_BY_ID, handler=delete_webhook),
    _by_token("GET", get_webhook_with_token),
    _by_token("PATCH", modify_webhook_with_token),
    _by_token("DELETE", delete_webhook_with_token),
)
