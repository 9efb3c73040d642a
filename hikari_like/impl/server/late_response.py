"""Auto-defer: answer for a slow listener in time, then deliver its message when it comes.

Discord needs the first response within 3 seconds. With `auto_defer_after`, a command, component
or modal listener that has not answered by then gets a deferral sent for it; its eventual message
is delivered over REST. What a deferral decides up front:

- commands and modal submits are deferred with DEFERRED_MESSAGE_CREATE ("thinking..."), public
  unless `auto_defer_ephemeral`; the late message then replaces that placeholder. A late message
  that asks to be ephemeral after a public deferral is sent as an ephemeral followup and the public
  placeholder deleted, since an edit cannot make a message private;
- components are deferred with DEFERRED_MESSAGE_UPDATE (nothing visible); a late MESSAGE_UPDATE
  edits the component's message and a late MESSAGE_CREATE becomes a followup;
- a modal cannot follow a deferral: it is reported, and the placeholder removed.

The late message keeps the interaction's rules: its files within the interaction's
`attachment_size_limit`, a poll only on the edit completing a deferred message.
"""

from __future__ import annotations

__all__ = ["deferral_for", "deliver", "withdraw"]

import logging
import typing

from hikari_like import undefined
from hikari_like.impl.builders.responses import InteractionDeferredBuilder
from hikari_like.impl.builders.responses import InteractionMessageBuilder
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.interactions.component_interactions import ComponentInteraction
from hikari_like.internal import upload_limits
from hikari_like.messages import MessageFlag

if typing.TYPE_CHECKING:
    from hikari_like.api import special_endpoints
    from hikari_like.interactions import base_interactions

_LOGGER: typing.Final = logging.getLogger("hikari_like.interaction_server")
_ALREADY_DEFERRED: typing.Final = frozenset(
    {ResponseType.DEFERRED_MESSAGE_CREATE, ResponseType.DEFERRED_MESSAGE_UPDATE}
)


def deferral_for(
    interaction: base_interactions.PartialInteraction, *, ephemeral: bool
) -> InteractionDeferredBuilder:
    """The deferral auto-defer sends for `interaction`."""
    if isinstance(interaction, ComponentInteraction):
        return InteractionDeferredBuilder(ResponseType.DEFERRED_MESSAGE_UPDATE)
    deferral = InteractionDeferredBuilder(ResponseType.DEFERRED_MESSAGE_CREATE)
    return deferral.set_flags(MessageFlag.EPHEMERAL) if ephemeral else deferral


def _is_ephemeral(flags: object) -> bool:
    return isinstance(flags, int) and bool(flags & MessageFlag.EPHEMERAL)


async def deliver(
    interaction: base_interactions.PartialInteraction,
    late: special_endpoints.InteractionResponseBuilder,
    deferral: InteractionDeferredBuilder,
) -> None:
    """Send the listener's late answer `late` in the way `deferral` left room for."""
    if int(late.type) in _ALREADY_DEFERRED:
        return  # the listener deferred as well: it will answer over REST itself
    if not isinstance(late, InteractionMessageBuilder):
        _LOGGER.error(
            "interaction %s: the listener answered with %s after auto-defer had already deferred; only a "
            "message can follow a deferral (a modal must be the first response: answer it within "
            "auto_defer_after, or turn auto-defer off for this bot)",
            interaction.id,
            ResponseType(int(late.type)).name,
        )
        await withdraw(interaction, deferral)
        return
    if deferral.type == ResponseType.DEFERRED_MESSAGE_UPDATE and late.type == ResponseType.MESSAGE_UPDATE:
        await _edit_original(interaction, late)
    elif deferral.type == ResponseType.DEFERRED_MESSAGE_UPDATE:
        await _followup(interaction, late)
    elif _is_ephemeral(late.flags) and not _is_ephemeral(deferral.flags):
        await interaction.app.rest.delete_interaction_response(interaction.application_id, interaction.token)
        await _followup(interaction, late)
    else:
        await _edit_original(interaction, late)


async def withdraw(
    interaction: base_interactions.PartialInteraction, deferral: InteractionDeferredBuilder
) -> None:
    """No answer will come: remove the "thinking..." placeholder a deferred message left."""
    if deferral.type == ResponseType.DEFERRED_MESSAGE_CREATE:
        await interaction.app.rest.delete_interaction_response(interaction.application_id, interaction.token)


async def _edit_original(
    interaction: base_interactions.PartialInteraction, late: InteractionMessageBuilder
) -> None:
    with upload_limits.upload_limit(interaction.attachment_size_limit):
        await interaction.app.rest.edit_interaction_response(
            interaction.application_id,
            interaction.token,
            late.content,
            attachments=late.attachments,
            components=late.components,
            embeds=late.embeds,
            mentions_everyone=late.mentions_everyone,
            user_mentions=late.user_mentions,
            role_mentions=late.role_mentions,
            # Discord takes a poll on this edit only when it completes a deferred message.
            poll=late.poll if late.type == ResponseType.MESSAGE_CREATE else undefined.UNDEFINED,
        )


def _or_undefined(value: typing.Any) -> typing.Any:
    return undefined.UNDEFINED if value is None else value


async def _followup(
    interaction: base_interactions.PartialInteraction, late: InteractionMessageBuilder
) -> None:
    with upload_limits.upload_limit(interaction.attachment_size_limit):
        await interaction.app.rest.execute_webhook(
            interaction.application_id,
            interaction.token,
            _or_undefined(late.content),
            attachments=_or_undefined(late.attachments),
            components=_or_undefined(late.components),
            embeds=_or_undefined(late.embeds),
            poll=late.poll,
            flags=late.flags,
            tts=late.is_tts,
            mentions_everyone=late.mentions_everyone,
            user_mentions=late.user_mentions,
            role_mentions=late.role_mentions,
        )
