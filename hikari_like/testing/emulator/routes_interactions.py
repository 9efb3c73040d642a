"""Interaction callback, original response and followup endpoints.

Discord's rules on answers, enforced here as the client enforces them before sending: each file
at most the interaction's `attachment_size_limit` (413, 40005), at most 5 followups when the only
authorizing owner is a user install (400, 40094), and `LAUNCH_ACTIVITY` answered with the
Activity instance it launched.
"""

from __future__ import annotations

__all__ = ["record_http_answer", "ROUTES"]

import typing

from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.emulator import message_ops
from hikari_like.testing.emulator import routes_webhooks
from hikari_like.testing.emulator import voice_messages
from hikari_like.testing.emulator import webhook_messages
from hikari_like.testing.emulator.interactions import EPHEMERAL
from hikari_like.testing.emulator.interactions import LOADING
from hikari_like.testing.emulator.interactions import interaction_message
from hikari_like.testing.emulator.interactions import lookup_for_callback
from hikari_like.testing.emulator.interactions import lookup_for_webhook
from hikari_like.testing.emulator.interactions import note_modal_opened
from hikari_like.testing.emulator.records import RecordedFile
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import field_error
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import Auth
from hikari_like.testing.emulator.routing import Handler
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec
from hikari_like.testing.emulator.state import EmulatorState
from hikari_like.testing.emulator.state import InteractionResponse
from hikari_like.testing.emulator.state import IssuedInteraction
from hikari_like.testing.emulator.state import RecordedEdit
from hikari_like.testing.emulator.validation import require_object
from hikari_like.testing.emulator.validation import validate_message
from hikari_like.testing.emulator.validation import validate_modal

_CALLBACK_TYPES = frozenset({4, 5, 6, 7, 8, 9, 10, 12})
_LAUNCH_ACTIVITY = 12
_MODAL = 9
_USER_INSTALL_FOLLOWUPS = 5


def _check_file_sizes(interaction: IssuedInteraction, files: typing.Sequence[RecordedFile]) -> None:
    # Discord checks each file on its own against the interaction's limit.
    if any(len(file.data) > interaction.attachment_size_limit for file in files):
        raise DiscordError(413, "Request entity too large", 40005)


def _check_followup_limit(interaction: IssuedInteraction) -> None:
    if interaction.is_user_install_only and interaction.followups_created >= _USER_INSTALL_FOLLOWUPS:
        raise DiscordError(400, "This interaction has hit the maximum number of follow up messages", 40094)


def _callback_data(body: json.JSONObject) -> tuple[int, json.JSONObject]:
    callback_type = body.get("type")
    if callback_type not in _CALLBACK_TYPES:
        message = f"Value must be one of {sorted(_CALLBACK_TYPES)}."
        raise DiscordError.invalid_form(field_error("type", "BASE_TYPE_CHOICES", message))
    data = body.get("data")
    return typing.cast(int, callback_type), require_object(data) if data is not None else {}


def _check_callback_data(ctx: RequestContext, callback_type: int, data: json.JSONObject) -> None:
    if callback_type in (4, 7):
        validate_message(data, has_files=bool(ctx.body.files), creating=callback_type == 4, prefix="data")
        voice_messages.check_voice_message(data, ctx.body.files)
    elif callback_type == 8 and not isinstance(data.get("choices"), list):
        raise DiscordError.invalid_form(
            field_error("data.choices", "BASE_TYPE_REQUIRED", "This field is required")
        )
    elif callback_type == 9:
        validate_modal(data)


def _apply_response(
    state: EmulatorState,
    interaction: IssuedInteraction,
    body: json.JSONObject,
    files: typing.Sequence[RecordedFile],
) -> int:
    """Change the state as an initial response does: create, defer, or update the component's
    message; record the response. Returns the callback type."""
    callback_type, data = _callback_data(body)
    if callback_type == _LAUNCH_ACTIVITY:
        channel = interaction.channel_id or "0"
        interaction.activity_instance_id = f"i-{state.ids()}-gc-{interaction.guild_id or '0'}-{channel}"
    elif callback_type == 4:
        interaction.original = interaction_message(state, interaction, data, files)
    elif callback_type == 5:
        flags = LOADING | (int(data.get("flags") or 0) & EPHEMERAL)
        interaction.original = interaction_message(state, interaction, {"flags": flags})
    elif callback_type == _MODAL:
        note_modal_opened(state, interaction, data)
    elif callback_type in (6, 7) and interaction.channel_id and interaction.message_id:
        found = state.messages.get(interaction.channel_id, {}).get(interaction.message_id)
        if found is not None and callback_type == 7:
            message_ops.apply_edit(state.ids, found, body=data, files=tuple(files))
        interaction.original = found
    recorded_data = data if body.get("data") is not None else None
    interaction.response = InteractionResponse(type=callback_type, data=recorded_data, files=tuple(files))
    return callback_type


def record_http_answer(
    state: EmulatorState,
    interaction: IssuedInteraction,
    body: json.JSONObject,
    files: typing.Sequence[RecordedFile] = (),
) -> None:
    """Record the bot's HTTP answer to an interaction the emulator delivered, as Discord does.

    An answer Discord would refuse (a file over the limit) is not recorded: the interaction fails.
    """
    if interaction.response is None and body.get("type") != 1:
        try:
            _check_file_sizes(interaction, files)
        except DiscordError:
            return
        _apply_response(state, interaction, body, files)


async def create_callback(ctx: RequestContext) -> web.Response:
    interaction = lookup_for_callback(ctx)
    body = require_object(ctx.body.json)
    _check_callback_data(ctx, *_callback_data(body))
    _check_file_sizes(interaction, ctx.body.files)
    callback_type = _apply_response(ctx.state, interaction, body, ctx.body.files)
    if callback_type == 4 and interaction.original is not None:
        voice_messages.keep_voice_metadata(interaction.original, _callback_data(body)[1])
    if ctx.query.get("with_response", "").lower() != "true":
        return empty_response()
    return json_response(_callback_resource(interaction, callback_type))


def _callback_resource(interaction: IssuedInteraction, callback_type: int) -> json.JSONObject:
    original = interaction.original
    summary: json.JSONObject = {"id": interaction.id, "type": interaction.type}
    if interaction.activity_instance_id is not None:
        summary["activity_instance_id"] = interaction.activity_instance_id
    if original is not None:
        summary["response_message_id"] = original["id"]
        summary["response_message_loading"] = bool(original["flags"] & LOADING)
        summary["response_message_ephemeral"] = bool(original["flags"] & EPHEMERAL)
    resource: json.JSONObject = {"type": callback_type}
    if original is not None and callback_type in (4, 5, 7):
        resource["message"] = original
    if callback_type == _LAUNCH_ACTIVITY and interaction.activity_instance_id is not None:
        resource["activity_instance"] = {"id": interaction.activity_instance_id}
    return {"interaction": summary, "resource": resource}


def _original(interaction: IssuedInteraction) -> json.JSONObject:
    if interaction.original is None:
        raise DiscordError.unknown("Message", 10008)
    return interaction.original


async def get_original(ctx: RequestContext) -> web.Response:
    return json_response(_original(await lookup_for_webhook(ctx)))


async def edit_original(ctx: RequestContext) -> web.Response:
    interaction = await lookup_for_webhook(ctx)
    return json_response(_edit(ctx, interaction, _original(interaction)))


def _edit(ctx: RequestContext, interaction: IssuedInteraction, message: json.JSONObject) -> json.JSONObject:
    _check_file_sizes(interaction, ctx.body.files)
    body = require_object(ctx.body.json if ctx.body.json is not None else {})
    validate_message(body, has_files=bool(ctx.body.files), creating=False)
    voice_messages.check_voice_edit(message)
    voice_messages.check_voice_message(body, ctx.body.files)
    # Only the edit that completes a deferral can make the response a voice message.
    becomes_voice = bool(message["flags"] & LOADING) and voice_messages.is_voice_message(body)
    message["flags"] &= ~LOADING  # The first edit of a deferred response replaces "is thinking...".
    edit = RecordedEdit(message_id=str(message["id"]), body=dict(body), files=tuple(ctx.body.files))
    interaction.edits.append(edit)
    edited = message_ops.apply_edit(ctx.state.ids, message, body=body, files=ctx.body.files)
    if becomes_voice:
        edited["flags"] |= voice_messages.IS_VOICE_MESSAGE
        voice_messages.keep_voice_metadata(edited, body)
    return edited


async def delete_original(ctx: RequestContext) -> web.Response:
    interaction = await lookup_for_webhook(ctx)
    message = _original(interaction)
    ctx.state.discard_message(message["channel_id"], message["id"])
    interaction.original = None
    return empty_response()


async def create_followup(ctx: RequestContext) -> web.Response:
    interaction = await lookup_for_webhook(ctx)
    _check_followup_limit(interaction)
    _check_file_sizes(interaction, ctx.body.files)
    body = require_object(ctx.body.json if ctx.body.json is not None else {})
    validate_message(body, has_files=bool(ctx.body.files), creating=True)
    original = interaction.original
    if original is not None and original["flags"] & LOADING:
        # Discord: the first followup after a deferred response edits the loading message instead.
        edited = _edit(ctx, interaction, original)
        interaction.followups_created += 1  # counted like any followup (as the client counts it)
        return json_response(edited)
    original_id = None if original is None else str(original["id"])
    message = interaction_message(ctx.state, interaction, body, ctx.body.files, original_id=original_id)
    interaction.followups[message["id"]] = message
    interaction.followups_created += 1
    return json_response(message)


def _webhook_message(interaction: IssuedInteraction, message_id: str) -> json.JSONObject:
    if interaction.original is not None and interaction.original["id"] == message_id:
        return interaction.original
    found = interaction.followups.get(message_id)
    if found is None:
        raise DiscordError.unknown("Message", 10008)
    return found


async def get_webhook_message(ctx: RequestContext) -> web.Response:
    return json_response(_webhook_message(await lookup_for_webhook(ctx), ctx.params["message"]))


async def edit_webhook_message(ctx: RequestContext) -> web.Response:
    interaction = await lookup_for_webhook(ctx)
    return json_response(_edit(ctx, interaction, _webhook_message(interaction, ctx.params["message"])))


async def delete_webhook_message(ctx: RequestContext) -> web.Response:
    interaction = await lookup_for_webhook(ctx)
    message = _webhook_message(interaction, ctx.params["message"])
    ctx.state.discard_message(message["channel_id"], message["id"])
    if message is interaction.original:
        interaction.original = None
    interaction.followups.pop(message["id"], None)
    return empty_response()


_WEBHOOK = "/webhooks/{webhook}/{token}"
_ORIGINAL = _WEBHOOK + "/messages/@original"
_MESSAGE = _WEBHOOK + "/messages/{message}"


def _route(method: str, template: str, handler: typing.Any, *, global_exempt: bool = False) -> RouteSpec:
    return RouteSpec(
        method=method, template=template, handler=handler, auth=Auth.NONE, global_exempt=global_exempt
    )


def _or_stored_webhook(followup: Handler, incoming: Handler) -> Handler:
    """A webhook-token route for both: a stored webhook's ID posts as that webhook
    (`webhook_messages.py`), any other is an interaction's followup (the application's ID)."""

    async def handler(ctx: RequestContext) -> web.Response:
        return await (incoming if routes_webhooks.is_stored_webhook(ctx) else followup)(ctx)

    return handler


# @original first: the router tries templates in this order, and `{message}` would match "@original".
ROUTES: tuple[RouteSpec, ...] = (
    _route("POST", "/interactions/{interaction}/{token}/callback", create_callback, global_exempt=True),
    _route("GET", _ORIGINAL, get_original),
    _route("PATCH", _ORIGINAL, edit_original),
    _route("DELETE", _ORIGINAL, delete_original),
    _route("POST", _WEBHOOK, _or_stored_webhook(create_followup, webhook_messages.execute)),
    _route("GET", _MESSAGE, _or_stored_webhook(get_webhook_message, webhook_messages.get_message)),
    _route("PATCH", _MESSAGE, _or_stored_webhook(edit_webhook_message, webhook_messages.edit_message)),
    _route("DELETE", _MESSAGE, _or_stored_webhook(delete_webhook_message, webhook_messages.delete_message)),
)
