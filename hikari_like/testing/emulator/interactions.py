"""Finding the interaction a token names, with Discord's rules on ids, deadlines and token lifetime."""

from __future__ import annotations

__all__ = [
    "EPHEMERAL",
    "LOADING",
    "interaction_message",
    "interaction_metadata",
    "lookup_for_callback",
    "lookup_for_webhook",
    "note_modal_opened",
    "note_origin",
]

import asyncio
import contextlib
import time
import typing

from hikari_like.internal import json
from hikari_like.testing.emulator import message_ops
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.state import EmulatorState
from hikari_like.testing.emulator.state import IssuedInteraction

if typing.TYPE_CHECKING:
    from hikari_like.testing.emulator.records import RecordedFile

EPHEMERAL = 1 << 6
LOADING = 1 << 7
_APPLICATION_COMMAND = 2
_MESSAGE_COMPONENT = 3
_MODAL_SUBMIT = 5
_USER_COMMAND = 2
_MESSAGE_COMMAND = 3
_DELIVERY_WAIT = 5.0


def _unknown_interaction() -> DiscordError:
    return DiscordError.unknown("interaction", 10062)


def _find(ctx: RequestContext, token: str, interaction_id: str | None) -> IssuedInteraction | None:
    interaction = ctx.state.interactions.get(token)
    if interaction is None and ctx.options.permissive:
        interaction = ctx.state.issue_interaction(
            interaction_type=_APPLICATION_COMMAND,
            channel_id=str(ctx.state.default_channel["id"]),
            guild_id=ctx.state.guild_id,
            interaction_id=interaction_id,
            token=token,
        )
    return interaction


def lookup_for_callback(ctx: RequestContext) -> IssuedInteraction:
    """The interaction behind `/interactions/{interaction}/{token}/callback`, if it may still be answered."""
    interaction = _find(ctx, ctx.params["token"], ctx.params["interaction"])
    if interaction is None or interaction.id != ctx.params["interaction"]:
        raise _unknown_interaction()
    deadline = ctx.options.response_deadline
    if deadline is not None and time.monotonic() - interaction.issued_at > deadline:
        raise _unknown_interaction()  # Discord invalidates the token when the 3 seconds pass.
    if interaction.response is not None:
        raise DiscordError(400, "Interaction has already been acknowledged.", 40060)
    return interaction


async def lookup_for_webhook(ctx: RequestContext, *, require_response: bool = True) -> IssuedInteraction:
    """The interaction behind `/webhooks/{webhook}/{token}...`, answered and not expired.

    While the bot's HTTP answer to an interaction the emulator delivered is still on its way back,
    this waits for it (as Discord has the answer before the bot's next request can arrive).
    """
    interaction = _find(ctx, ctx.params["token"], None)
    if interaction is not None and interaction.http_delivery is not None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(interaction.http_delivery.wait(), _DELIVERY_WAIT)
    if interaction is None or ctx.params["webhook"] != ctx.state.application_id:
        raise DiscordError.unknown("Webhook", 10015)
    if time.monotonic() - interaction.issued_at > ctx.options.token_lifetime:
        raise DiscordError(401, "Invalid Webhook Token", 50027)
    if require_response and interaction.response is None:
        raise DiscordError.unknown("Webhook", 10015)  # Followups exist only once the bot has answered.
    return interaction


def note_origin(
    state: EmulatorState, issued: IssuedInteraction, payload: typing.Mapping[str, typing.Any]
) -> None:
    """Keep what a delivered interaction's messages will say about it (`interaction_metadata`):
    who invoked it, a context-menu command's target, and what opened a submitted modal."""
    member = payload.get("member")
    user = member.get("user") if isinstance(member, dict) else payload.get("user")
    issued.user = user if isinstance(user, dict) else None
    data = payload.get("data")
    data = data if isinstance(data, dict) else {}
    if issued.type == _APPLICATION_COMMAND:
        issued.metadata_extras.update(_targets(data))
    elif issued.type == _MODAL_SUBMIT:
        opened_by = state.opened_modals.get((_user_id(state, issued), str(data.get("custom_id"))))
        if opened_by is not None:
            issued.metadata_extras["triggering_interaction_metadata"] = opened_by


def _targets(data: json.JSONObject) -> json.JSONObject:
    # A user command's metadata has its resolved target user; a message command's, the message ID.
    target_id, command_type = data.get("target_id"), data.get("type")
    if not isinstance(target_id, str):
        return {}
    if command_type == _MESSAGE_COMMAND:
        return {"target_message_id": target_id}
    resolved_users = (data.get("resolved") or {}).get("users") or {}
    if command_type == _USER_COMMAND and target_id in resolved_users:
        return {"target_user": resolved_users[target_id]}
    return {}


def _user_id(state: EmulatorState, interaction: IssuedInteraction) -> str:
    return str((interaction.user or state.owner)["id"])


def note_modal_opened(state: EmulatorState, interaction: IssuedInteraction, data: json.JSONObject) -> None:
    """Remember that `interaction` opened the modal `data` describes, for the metadata of the
    messages its submit creates (`triggering_interaction_metadata`)."""
    custom_id = data.get("custom_id")
    if isinstance(custom_id, str):
        key = (_user_id(state, interaction), custom_id)
        state.opened_modals[key] = interaction_metadata(state, interaction)


def interaction_metadata(
    state: EmulatorState, interaction: IssuedInteraction, *, original_id: str | None = None
) -> json.JSONObject:
    """The `interaction_metadata` of a message the interaction creates (a followup has `original_id`)."""
    metadata: json.JSONObject = {
        "id": interaction.id,
        "type": interaction.type,
        "user": interaction.user or state.owner,
        "authorizing_integration_owners": dict(interaction.authorizing_integration_owners),
        **interaction.metadata_extras,
    }
    if original_id is not None:
        metadata["original_response_message_id"] = original_id
    if interaction.type == _MESSAGE_COMPONENT and interaction.message_id is not None:
        metadata["interacted_message_id"] = interaction.message_id
    return metadata


def interaction_message(
    state: EmulatorState,
    interaction: IssuedInteraction,
    body: json.JSONObject,
    files: typing.Sequence[RecordedFile] = (),
    *,
    original_id: str | None = None,
) -> json.JSONObject:
    """A new message sent through an interaction: authored by the bot, flagged as the app's webhook,
    with its `interaction_metadata` (a followup's names the original response, `original_id`)."""
    channel_id = interaction.channel_id or str(state.default_channel["id"])
    extra: json.JSONObject = {
        "webhook_id": interaction.application_id,
        "application_id": interaction.application_id,
        "interaction_metadata": interaction_metadata(state, interaction, original_id=original_id),
    }
    message = message_ops.new_message(
        state.ids,
        channel_id=channel_id,
        author=state.bot_user,
        body=body,
        files=tuple(files),
        extra=extra,
    )
    if not message["flags"] & EPHEMERAL:
        state.store_message(message)  # Ephemeral messages are only visible through the token.
    return message
