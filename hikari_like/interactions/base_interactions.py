"""The fields every interaction shares, and the interaction/response type enums."""

from __future__ import annotations

__all__ = ["InteractionType", "ResponseType"]

from hikari_like.internal import enums


class InteractionType(enums.TolerantIntEnum):
    """What kind of interaction Discord sent (the payload's `type`)."""

    PING = 1
    APPLICATION_COMMAND = 2
    MESSAGE_COMPONENT = 3
    AUTOCOMPLETE = 4
    MODAL_SUBMIT = 5


class ResponseType(enums.TolerantIntEnum):
    """How the bot answers an interaction (the response's `type`)."""

    PONG = 1
    MESSAGE_CREATE = 4
    """Answer with a message."""
    DEFERRED_MESSAGE_CREATE = 5
    """Show "thinking..." now; send the message later by editing the original response."""
    DEFERRED_MESSAGE_UPDATE = 6
    """Component interactions only: acknowledge now, edit the component's message later."""
    MESSAGE_UPDATE = 7
    """Component interactions only: edit the message the component is on."""
    AUTOCOMPLETE = 8
    """Autocomplete interactions only: offer choices."""
    MODAL = 9
    """Open a modal (not as an answer to a modal submit)."""
    PREMIUM_REQUIRED = 10
    """Deprecated by Discord in favour of premium buttons."""
    LAUNCH_ACTIVITY = 12
    """Launch the application's activity."""
