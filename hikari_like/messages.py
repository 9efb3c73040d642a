"""Messages: flags, and the message and attachment models interactions carry."""

from __future__ import annotations

__all__ = ["MessageFlag"]

import enum


class MessageFlag(enum.IntFlag):
    """Bits of a message's `flags`; unknown bits are kept."""

    NONE = 0
    CROSSPOSTED = 1 << 0
    IS_CROSSPOST = 1 << 1
    SUPPRESS_EMBEDS = 1 << 2
    SOURCE_MESSAGE_DELETED = 1 << 3
    URGENT = 1 << 4
    HAS_THREAD = 1 << 5
    EPHEMERAL = 1 << 6
    """Only the invoking user sees the message (interaction responses and followups)."""
    LOADING = 1 << 7
    FAILED_TO_MENTION_SOME_ROLES_IN_THREAD = 1 << 8
    SUPPRESS_NOTIFICATIONS = 1 << 12
    IS_VOICE_MESSAGE = 1 << 13
    HAS_SNAPSHOT = 1 << 14
    IS_COMPONENTS_V2 = 1 << 15
