"""Channel message history, bulk delete, crossposts, typing, search, pins and follows (#19).

As Discord documents them (`resources/message.mdx`, `resources/channel.mdx`):

- pins: listed newest pin first, `{"items": [...], "has_more": ...}` paged by `before` (a pin
  time) and `limit` 1-50; nothing listed without READ_MESSAGE_HISTORY; pinning needs PIN_MESSAGES
  (MANAGE_MESSAGES still works, as during Discord's transition), at most 250 per channel (30003);
  a system message cannot be pinned (50021);
- bulk delete: guild channels only (50003 in a DM), MANAGE_MESSAGES, 2 to 100 IDs without
  repeats (50035 at `messages`), none older than two weeks (50034); unknown IDs count but are
  skipped;
- crosspost: announcement channels only (50024 elsewhere), the bot's own message with
  SEND_MESSAGES, another's with MANAGE_MESSAGES too, once (40033), not a system message or a
  crosspost received (50068); a copy goes to every channel following the announcement channel;
- typing: SEND_MESSAGES in a guild channel, 204;
- follow: only an announcement channel can be followed (50024), MANAGE_WEBHOOKS in the target
  channel, which must be a text or announcement channel of a guild; a Channel Follower webhook
  is made there.

Registered before `routes_messages`: `/messages/pins` and `/messages/bulk-delete` are no IDs.
"""

from __future__ import annotations

__all__ = ["ROUTES"]

import datetime
import typing

from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.emulator import message_ops
from hikari_like.testing.emulator import message_search
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.field_checks import query_int
from hikari_like.testing.emulator.field_checks import query_timestamp
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import channel_access
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.payloads import iso_timestamp
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import missing_permissions
from hikari_like.testing.emulator.permissions import permissions_in
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec
from hikari_like.testing.emulator.validation import require_object

if typing.TYPE_CHECKING:
    from hikari_like.testing.emulator.guild_world import GuildRecord

ANNOUNCEMENT: typing.Final = 5
_FOLLOWING_TYPES: typing.Final = frozenset({0, 5})  # a followed channel posts into text or announcement
_MAX_PINS: typing.Final = 250
_BULK_MIN, _BULK_MAX = 2, 100
_BULK_MAX_AGE: typing.Final = datetime.timedelta(days=14)
_CROSSPOSTED, _IS_CROSSPOST = 1 << 0, 1 << 1
_USER_MESSAGE_TYPES: typing.Final = frozenset({0, 19, 20, 23})  # default, reply, command, context menu
_CHANNEL_FOLLOWER: typing.Final = 2


def can_read_history(ctx: RequestContext, guild: GuildRecord | None, channel: json.JSONObject) -> bool:
    """Whether the bot may read the channel's messages (always in a DM)."""
    if guild is None:
        return True
    return bool(
        permissions_in(ctx.state.world, guild, actor(ctx), channel) & Permissions.READ_MESSAGE_HISTORY
    )


def _is_system(message: json.JSONObject) -> bool:
    return int(message.get("type", 0)) not in _USER_MESSAGE_TYPES


# -- pins ---------------------------------------------------------------------------------------------


async def list_pins(ctx: RequestContext) -> web.Response:
    guild, channel = channel_access(ctx)
    limit = query_int(ctx, "limit", default=50, low=1, high=50)
    if not can_read_history(ctx, guild, channel):
        return json_response({"items": [], "has_more": False})
    cutoff = query_timestamp(ctx, "before")
    stored = ctx.state.messages.get(channel["id"], {})
    pins = ctx.state.pins.get(channel["id"], {})
    newest_first = [
        {"pinned_at": pinned_at, "message": stored[message_id]}
        for message_id, pinned_at in reversed(pins.items())
        if message_id in stored and (cutoff is None or datetime.datetime.fromisoformat(pinned_at) < cutoff)
    ]
    return json_response({"items": newest_first[:limit], "has_more": len(newest_first) > limit})


def _pin_target(ctx: RequestContext) -> tuple[json.JSONObject, json.JSONObject]:
    guild, channel = channel_access(ctx)
    if guild is not None:
        allowed = permissions_in(ctx.state.world, guild, actor(ctx), channel)
        if not allowed & (Permissions.PIN_MESSAGES | Permissions.MANAGE_MESSAGES):
            raise missing_permissions()
    return channel, ctx.state.message(channel["id"], ctx.params["message"])


async def pin_message(ctx: RequestContext) -> web.Response:
    channel, message = _pin_target(ctx)
    pins = ctx.state.pins.setdefault(channel["id"], {})
    if message["id"] in pins:
        return empty_response()  # pinning a pinned message changes nothing
    if _is_system(message):
        raise DiscordError(400, "Cannot execute action on a system message", 50021)
    if len(pins) >= _MAX_PINS:
        raise DiscordError(400, f"Maximum number of pins reached ({_MAX_PINS})", 30003)
    pins[message["id"]] = iso_timestamp()
    message["pinned"] = True
    return empty_response()


async def unpin_message(ctx: RequestContext) -> web.Response:
    channel, message = _pin_target(ctx)
    if ctx.state.pins.get(channel["id"], {}).pop(message["id"], None) is None:
        raise DiscordError.unknown("Message", 10008)  # not a pinned message of this channel
    message["pinned"] = False
    return empty_response()


# -- bulk delete --------------------------------------------------------------------------------------


async def bulk_delete(ctx: RequestContext) -> web.Response:
    guild, channel = channel_access(ctx, Permissions.MANAGE_MESSAGES)
    if guild is None:
        raise DiscordError(403, "Cannot execute action on a DM channel", 50003)
    ids = _bulk_ids(require_object(ctx.body.json if ctx.body.json is not None else {}))
    horizon = datetime.datetime.now(datetime.UTC) - _BULK_MAX_AGE
    if any(_created_at(message_id) < horizon for message_id in ids):
        raise DiscordError(400, "A message provided was too old to bulk delete", 50034)
    for message_id in ids:
        ctx.state.discard_message(channel["id"], message_id)
        ctx.state.pins.get(channel["id"], {}).pop(message_id, None)
    return empty_response()


def _bulk_ids(body: json.JSONObject) -> list[str]:
    ids = body.get("messages")
    if not isinstance(ids, list):
        raise invalid("messages", "BASE_TYPE_REQUIRED", "This field is required")
    if len(ids) < _BULK_MIN:
        raise invalid("messages", "BASE_TYPE_MIN_LENGTH", f"Must be {_BULK_MIN} or more in length.")
    if len(ids) > _BULK_MAX:
        raise invalid("messages", "BASE_TYPE_MAX_LENGTH", f"Must be {_BULK_MAX} or fewer in length.")
    for index, value in enumerate(ids):
        if not str(value).isdigit():
            raise invalid(f"messages.{index}", "NUMBER_TYPE_COERCE", f'Value "{value}" is not snowflake.')
    # Discord documents the refusal of repeats, not its body: the emulator's match in its style.
    if len({str(value) for value in ids}) != len(ids):
        raise invalid("messages", "LIST_ITEM_VALUE_DUPLICATE", "The list contains duplicate values.")
    return [str(value) for value in ids]


def _created_at(message_id: str) -> datetime.datetime:
    milliseconds = (int(message_id) >> 22) + 1_420_070_400_000  # Discord's epoch
    return datetime.datetime.fromtimestamp(milliseconds / 1000, datetime.UTC)


# -- crossposts and follows ---------------------------------------------------------------------------


async def crosspost_message(ctx: RequestContext) -> web.Response:
    guild, channel = channel_access(ctx, Permissions.SEND_MESSAGES)
    if guild is None or channel.get("type") != ANNOUNCEMENT:
        raise DiscordError(400, "Cannot execute action on this channel type", 50024)
    message = ctx.state.message(channel["id"], ctx.params["message"])
    if str(message["author"]["id"]) != actor(ctx):
        require(ctx.state.world, guild, actor(ctx), Permissions.MANAGE_MESSAGES, channel)
    flags = int(message.get("flags", 0))
    if _is_system(message) or flags & _IS_CROSSPOST:
        raise DiscordError(400, "Invalid message type", 50068)
    if flags & _CROSSPOSTED:
        raise DiscordError(400, "This message has already been crossposted", 40033)
    message["flags"] = flags | _CROSSPOSTED
    _deliver_to_followers(ctx, guild, channel, message)
    return json_response(message)


def _deliver_to_followers(
    ctx: RequestContext, guild: GuildRecord, channel: json.JSONObject, message: json.JSONObject
) -> None:
    for webhook in list(ctx.state.world.webhooks.values()):
        if (
            webhook.get("type") != _CHANNEL_FOLLOWER
            or webhook.get("source_channel", {}).get("id") != channel["id"]
        ):
            continue
        reference = {
            "type": 0,
            "message_id": message["id"],
            "channel_id": channel["id"],
            "guild_id": guild.id,
        }
        copy = message_ops.new_message(
            ctx.state.ids,
            channel_id=str(webhook["channel_id"]),
            author=_follower_author(webhook, guild, channel),
            body={"content": message.get("content"), "embeds": message.get("embeds"), "flags": _IS_CROSSPOST},
            files=(),
            extra={"webhook_id": webhook["id"], "message_reference": reference, "type": 0},
        )
        ctx.state.store_message(copy)


def _follower_author(
    webhook: json.JSONObject, guild: GuildRecord, channel: json.JSONObject
) -> json.JSONObject:
    # A webhook message's author is the webhook; a follower's is named "<guild> #<channel>".
    name = f"{guild.fields.get('name')} #{channel.get('name')}"
    return {"id": webhook["id"], "username": name, "discriminator": "0000", "avatar": None, "bot": True}


async def follow_channel(ctx: RequestContext) -> web.Response:
    guild, channel = channel_access(ctx)
    if guild is None or channel.get("type") != ANNOUNCEMENT:
        raise DiscordError(400, "Cannot execute action on this channel type", 50024)
    body = require_object(ctx.body.json if ctx.body.json is not None else {})
    target_id = body.get("webhook_channel_id")
    if not isinstance(target_id, str | int) or not str(target_id).isdigit():
        raise invalid("webhook_channel_id", "BASE_TYPE_REQUIRED", "This field is required")
    target_guild, target = channel_access(ctx, Permissions.MANAGE_WEBHOOKS, channel_id=str(target_id))
    if target_guild is None or target.get("type") not in _FOLLOWING_TYPES:
        raise DiscordError(400, "Cannot execute action on this channel type", 50024)
    webhook = _follower_webhook(ctx, guild, channel, target)
    return json_response({"channel_id": channel["id"], "webhook_id": webhook["id"]})


def _follower_webhook(
    ctx: RequestContext, guild: GuildRecord, source: json.JSONObject, target: json.JSONObject
) -> json.JSONObject:
    """Discord's Channel Follower webhook (type 2, no token) in the following channel."""
    webhook: json.JSONObject = {
        "id": ctx.state.ids(),
        "type": _CHANNEL_FOLLOWER,
        "guild_id": target.get("guild_id"),
        "channel_id": target["id"],
        "user": ctx.state.bot_user,
        "name": source.get("name"),
        "avatar": None,
        "application_id": None,
        "source_guild": {"id": guild.id, "name": guild.fields.get("name"), "icon": None},
        "source_channel": {"id": source["id"], "name": source.get("name")},
    }
    ctx.state.world.webhooks[webhook["id"]] = webhook
    return webhook


# -- typing and search --------------------------------------------------------------------------------


async def trigger_typing(ctx: RequestContext) -> web.Response:
    channel_access(ctx, Permissions.SEND_MESSAGES)
    return empty_response()


async def search_messages(ctx: RequestContext) -> web.Response:
    guild = guild_of(ctx)
    require(ctx.state.world, guild, actor(ctx), Permissions.READ_MESSAGE_HISTORY)
    readable = [
        channel
        for channel in ctx.state.world.channels.values()
        if channel.get("guild_id") == guild.id and can_read_history(ctx, guild, channel)
    ]
    return json_response(message_search.search(ctx, readable))


_MESSAGES = "/channels/{channel}/messages"
_PINS = _MESSAGES + "/pins"

ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template=_PINS, handler=list_pins),
    RouteSpec(method="PUT", template=_PINS + "/{message}", handler=pin_message),
    RouteSpec(method="DELETE", template=_PINS + "/{message}", handler=unpin_message),
    RouteSpec(method="POST", template=_MESSAGES + "/bulk-delete", handler=bulk_delete),
    RouteSpec(method="POST", template=_MESSAGES + "/{message}/crosspost", handler=crosspost_message),
    RouteSpec(method="POST", template="/channels/{channel}/typing", handler=trigger_typing),
    RouteSpec(method="POST", template="/channels/{channel}/followers", handler=follow_channel),
    RouteSpec(method="GET", template="/guilds/{guild}/messages/search", handler=search_messages),
)
