"""Channel message endpoints: create (JSON or multipart), fetch, list, edit, delete.

Checked as Discord checks them (`resources/message.mdx`): in a guild channel the bot needs
VIEW_CHANNEL (50001 without it), SEND_MESSAGES to create (SEND_VOICE_MESSAGES too for a voice
message), READ_MESSAGE_HISTORY to fetch a message (50001) or list any (an empty list without it),
and MANAGE_MESSAGES to delete another's message; only the author edits a message (50005). The list
takes one of `before`, `after` or `around` and `limit` 1-100 (default 50), newest first.
"""

from __future__ import annotations

__all__ = ["ROUTES"]

import typing

from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.emulator import message_ops
from hikari_like.testing.emulator import payloads
from hikari_like.testing.emulator import routes_message_history
from hikari_like.testing.emulator import routes_stickers
from hikari_like.testing.emulator import thread_world
from hikari_like.testing.emulator import voice_messages
from hikari_like.testing.emulator.field_checks import query_int
from hikari_like.testing.emulator.field_checks import query_snowflake
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import channel_access
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import missing_access
from hikari_like.testing.emulator.permissions import permissions_in
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import field_error
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec
from hikari_like.testing.emulator.validation import require_object
from hikari_like.testing.emulator.validation import validate_message
from hikari_like.testing.emulator.validation import validate_nonce

if typing.TYPE_CHECKING:
    from hikari_like.testing.emulator.guild_world import GuildRecord

_EPHEMERAL = 1 << 6
_REPLY = 19


def _channel_id(ctx: RequestContext, permission: Permissions = Permissions.NONE) -> str:
    return str(channel_access(ctx, permission)[1]["id"])


def _readable_channel_id(ctx: RequestContext) -> str:
    """The channel, when the bot may read its messages: 50001 otherwise, as Get Channel Message."""
    guild, channel = channel_access(ctx)
    if not routes_message_history.can_read_history(ctx, guild, channel):
        raise missing_access()
    return str(channel["id"])


async def create_message(ctx: RequestContext) -> web.Response:
    body = require_object(ctx.body.json if ctx.body.json is not None else {})
    guild, channel = channel_access(ctx)
    _check_send(ctx, guild, channel, voice=voice_messages.is_voice_message(body))
    channel_id = str(channel["id"])
    forwarding = _forward_reference(body)
    # A forward needs nothing but its `message_reference`: it is never "an empty message".
    validate_message(body, has_files=bool(ctx.body.files), creating=forwarding is None)
    stickers = routes_stickers.sticker_items(
        ctx.state.world, guild.id if guild else None, body.get("sticker_ids")
    )
    voice_messages.check_voice_message(body, ctx.body.files)
    earlier = _earlier_copy(ctx, body)
    if earlier is not None:
        return json_response(earlier)
    if body.get("flags") and int(body["flags"]) & _EPHEMERAL:
        # Only interaction responses may be ephemeral; Discord silently drops the flag elsewhere.
        body = {**body, "flags": int(body["flags"]) & ~_EPHEMERAL}
    extra = None if forwarding is None else _forward(ctx, forwarding)
    if forwarding is None:
        _check_reference(ctx, channel_id, body)
    message = message_ops.new_message(
        ctx.state.ids,
        channel_id=channel_id,
        author=ctx.state.bot_user,
        body=body,
        files=ctx.body.files,
        extra=extra,
    )
    voice_messages.keep_voice_metadata(message, body)
    message["sticker_items"] = stickers
    _referenced_message(ctx, channel_id, message)
    ctx.state.store_message(message)
    ctx.state.remember_nonce(message)
    return json_response(message)


def _earlier_copy(ctx: RequestContext, body: json.JSONObject) -> json.JSONObject | None:
    """With `enforce_nonce`, the message the same author created with this nonce in the past
    few minutes: Discord answers with it instead of making another (a safe retry of a create)."""
    nonce = validate_nonce(body)
    if nonce is None or not body.get("enforce_nonce"):
        return None
    return ctx.state.message_with_nonce(str(ctx.state.bot_user["id"]), nonce)


def _forward_reference(body: json.JSONObject) -> json.JSONObject | None:
    reference = body.get("message_reference")
    if not isinstance(reference, dict) or reference.get("type", 0) != 1:
        return None
    for name in ("message_id", "channel_id"):  # Discord: both required for a forward
        if not reference.get(name):
            path = f"message_reference.{name}"
            raise DiscordError.invalid_form(field_error(path, "BASE_TYPE_REQUIRED", "This field is required"))
    return reference


def _forward(ctx: RequestContext, reference: json.JSONObject) -> json.JSONObject:
    source_channel = ctx.state.channel(str(reference["channel_id"]), permissive=ctx.options.permissive)
    source = ctx.state.message(str(source_channel["id"]), str(reference["message_id"]))
    guild_id = reference.get("guild_id") or source_channel.get("guild_id")
    return message_ops.forward_fields(source, {**reference, "guild_id": guild_id})


def _check_reference(ctx: RequestContext, channel_id: str, body: json.JSONObject) -> None:
    reference = body.get("message_reference")
    if not isinstance(reference, dict) or "message_id" not in reference:
        return
    if reference.get("fail_if_not_exists", True):
        ctx.state.message(str(reference.get("channel_id", channel_id)), str(reference["message_id"]))


def _check_send(
    ctx: RequestContext, guild: GuildRecord | None, channel: json.JSONObject, *, voice: bool
) -> None:
    """Discord's send permission for the channel: SEND_MESSAGES, or SEND_MESSAGES_IN_THREADS in a
    thread (plus SEND_VOICE_MESSAGES for a voice message). A message to an archived thread
    unarchives it; a locked one takes messages only from MANAGE_THREADS (50083 otherwise)."""
    if guild is None:
        return
    in_thread = channel.get("type") in thread_world.THREAD_TYPES
    send = Permissions.SEND_MESSAGES_IN_THREADS if in_thread else Permissions.SEND_MESSAGES
    if voice:
        send |= Permissions.SEND_VOICE_MESSAGES
    require(ctx.state.world, guild, actor(ctx), send, channel)
    metadata = channel.get("thread_metadata") if in_thread else None
    if not metadata or not metadata.get("archived"):
        return
    moderator = permissions_in(ctx.state.world, guild, actor(ctx), channel) & Permissions.MANAGE_THREADS
    if metadata.get("locked") and not moderator:
        raise DiscordError(400, "Thread is archived", 50083)
    metadata["archived"] = False  # "The thread will automatically be unarchived."
    metadata["archive_timestamp"] = payloads.iso_timestamp()


def _referenced_message(ctx: RequestContext, channel_id: str, message: json.JSONObject) -> None:
    """A reply carries the message it answers (`null` when that is gone), as Discord sends it; that
    copy does not carry its own `referenced_message` (Discord does not nest them)."""
    if message.get("type") != _REPLY:
        return
    reference = message["message_reference"]
    channel = str(reference.get("channel_id") or channel_id)
    replied = ctx.state.messages.get(channel, {}).get(str(reference.get("message_id")))
    if replied is not None:
        replied = {name: value for name, value in replied.items() if name != "referenced_message"}
    message["referenced_message"] = json.loads(json.dumps(replied))


async def list_messages(ctx: RequestContext) -> web.Response:
    guild, channel = channel_access(ctx)
    limit = query_int(ctx, "limit", default=50, low=1, high=100)
    if not routes_message_history.can_read_history(ctx, guild, channel):
        return json_response([])
    oldest_first = list(ctx.state.messages.get(str(channel["id"]), {}).values())
    return json_response(_window(ctx, oldest_first, limit)[::-1])


def _window(ctx: RequestContext, oldest_first: list[json.JSONObject], limit: int) -> list[json.JSONObject]:
    """The `limit` messages the query's cursor names, oldest first (the caller turns them round)."""
    around, before, after = (query_snowflake(ctx, name) for name in ("around", "before", "after"))
    if around is not None:
        # Discord centres the page on the message: about half older than it, the rest from it on.
        start = sum(1 for message in oldest_first if int(message["id"]) < around)
        return oldest_first[max(0, start - limit // 2) :][:limit]
    if before is not None:
        return [m for m in oldest_first if int(m["id"]) < before][-limit:]
    if after is not None:
        return [m for m in oldest_first if int(m["id"]) > after][:limit]
    return oldest_first[-limit:]


async def get_message(ctx: RequestContext) -> web.Response:
    return json_response(ctx.state.message(_readable_channel_id(ctx), ctx.params["message"]))


async def edit_message(ctx: RequestContext) -> web.Response:
    message = ctx.state.message(_channel_id(ctx), ctx.params["message"])
    if str(message["author"]["id"]) != actor(ctx):
        raise DiscordError(403, "Cannot edit a message authored by another user", 50005)
    voice_messages.check_voice_edit(message)
    body = require_object(ctx.body.json if ctx.body.json is not None else {})
    validate_message(body, has_files=bool(ctx.body.files), creating=False)
    message_ops.apply_edit(ctx.state.ids, message, body=body, files=ctx.body.files)
    return json_response(message)


async def delete_message(ctx: RequestContext) -> web.Response:
    guild, channel = channel_access(ctx)
    channel_id = str(channel["id"])
    message = ctx.state.message(channel_id, ctx.params["message"])
    if guild is not None and str(message["author"]["id"]) != actor(ctx):
        require(ctx.state.world, guild, actor(ctx), Permissions.MANAGE_MESSAGES, channel)
    ctx.state.discard_message(channel_id, ctx.params["message"])
    ctx.state.pins.get(channel_id, {}).pop(ctx.params["message"], None)
    return empty_response()


_MESSAGES = "/channels/{channel}/messages"
_MESSAGE = "/channels/{channel}/messages/{message}"

ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="POST", template=_MESSAGES, handler=create_message),
    RouteSpec(method="GET", template=_MESSAGES, handler=list_messages),
    RouteSpec(method="GET", template=_MESSAGE, handler=get_message),
    RouteSpec(method="PATCH", template=_MESSAGE, handler=edit_message),
    RouteSpec(method="DELETE", template=_MESSAGE, handler=delete_message),
)
