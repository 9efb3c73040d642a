"""Channel message endpoints: create (JSON or multipart), fetch, list, edit, delete."""

from __future__ import annotations

__all__ = ["ROUTES"]

from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.emulator import message_ops
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import field_error
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec
from hikari_like.testing.emulator.validation import require_object
from hikari_like.testing.emulator.validation import validate_message
from hikari_like.testing.emulator.validation import validate_nonce

_EPHEMERAL = 1 << 6


def _channel_id(ctx: RequestContext) -> str:
    return str(ctx.state.channel(ctx.params["channel"], permissive=ctx.options.permissive)["id"])


async def create_message(ctx: RequestContext) -> web.Response:
    channel_id = _channel_id(ctx)
    body = require_object(ctx.body.json if ctx.body.json is not None else {})
    forwarding = _forward_reference(body)
    # A forward needs nothing but its `message_reference`: it is never "an empty message".
    validate_message(body, has_files=bool(ctx.body.files), creating=forwarding is None)
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


async def list_messages(ctx: RequestContext) -> web.Response:
    channel_id = _channel_id(ctx)
    limit = min(max(int(ctx.query.get("limit", "50")), 1), 100)
    newest_first = list(reversed(ctx.state.messages.get(channel_id, {}).values()))
    before, after = ctx.query.get("before"), ctx.query.get("after")
    if before:
        newest_first = [m for m in newest_first if int(m["id"]) < int(before)]
    if after:
        newest_first = [m for m in newest_first if int(m["id"]) > int(after)][-limit:]
    return json_response(newest_first[:limit])


async def get_message(ctx: RequestContext) -> web.Response:
    return json_response(ctx.state.message(_channel_id(ctx), ctx.params["message"]))


async def edit_message(ctx: RequestContext) -> web.Response:
    message = ctx.state.message(_channel_id(ctx), ctx.params["message"])
    body = require_object(ctx.body.json if ctx.body.json is not None else {})
    validate_message(body, has_files=bool(ctx.body.files), creating=False)
    message_ops.apply_edit(ctx.state.ids, message, body=body, files=ctx.body.files)
    return json_response(message)


async def delete_message(ctx: RequestContext) -> web.Response:
    channel_id = _channel_id(ctx)
    ctx.state.message(channel_id, ctx.params["message"])
    ctx.state.discard_message(channel_id, ctx.params["message"])
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
