"""Permissions: the bit set Discord uses for roles, members, channels and the app itself."""

from __future__ import annotations

__all__ = ["Permissions", "parse_or_none"]

import functools
import typing

from hikari_like.internal import flags
from hikari_like.internal import partial_json as read


class Permissions(flags.Flag):
    """Discord's permission bits (hikari's member names); bits this release does not know are kept.

    >>> perms = Permissions(int("2048"))
    >>> Permissions.SEND_MESSAGES in perms
    True
    """

    NONE = 0
    CREATE_INSTANT_INVITE = 1 << 0
    KICK_MEMBERS = 1 << 1
    BAN_MEMBERS = 1 << 2
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_AUDIT_LOG = 1 << 7
    PRIORITY_SPEAKER = 1 << 8
    STREAM = 1 << 9
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    SEND_TTS_MESSAGES = 1 << 12
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_ROLES = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    VIEW_GUILD_INSIGHTS = 1 << 19
    CONNECT = 1 << 20
    SPEAK = 1 << 21
    MUTE_MEMBERS = 1 << 22
    DEAFEN_MEMBERS = 1 << 23
    MOVE_MEMBERS = 1 << 24
    USE_VOICE_ACTIVITY = 1 << 25
    CHANGE_NICKNAME = 1 << 26
    MANAGE_NICKNAMES = 1 << 27
    MANAGE_ROLES = 1 << 28
    MANAGE_WEBHOOKS = 1 << 29
    MANAGE_GUILD_EXPRESSIONS = 1 << 30
    USE_APPLICATION_COMMANDS = 1 << 31
    REQUEST_TO_SPEAK = 1 << 32
    MANAGE_EVENTS = 1 << 33
    MANAGE_THREADS = 1 << 34
    CREATE_PUBLIC_THREADS = 1 << 35
    CREATE_PRIVATE_THREADS = 1 << 36
    USE_EXTERNAL_STICKERS = 1 << 37
    SEND_MESSAGES_IN_THREADS = 1 << 38
    START_EMBEDDED_ACTIVITIES = 1 << 39
    MODERATE_MEMBERS = 1 << 40
    VIEW_CREATOR_MONETIZATION_ANALYTICS = 1 << 41
    USE_SOUNDBOARD = 1 << 42
    CREATE_GUILD_EXPRESSIONS = 1 << 43
    CREATE_EVENTS = 1 << 44
    USE_EXTERNAL_SOUNDS = 1 << 45
    SEND_VOICE_MESSAGES = 1 << 46
    SET_VOICE_CHANNEL_STATUS = 1 << 48
    SEND_POLLS = 1 << 49
    USE_EXTERNAL_APPS = 1 << 50
    PIN_MESSAGES = 1 << 51
    BYPASS_SLOWMODE = 1 << 52

    @classmethod
    def all_permissions(cls) -> Permissions:
        """Every permission this release knows, combined."""
        return _all_known()


@functools.cache
def _all_known() -> Permissions:
    combined = Permissions.NONE
    for member in Permissions:
        combined |= member
    return combined


def parse_or_none(value: object) -> Permissions | None:
    """Read a permission set (a string of digits; older payloads: an integer), else `None`."""
    if isinstance(value, str):
        # Bounded: `int` of thousands of digits is slow, and Discord's sets have 53 bits.
        if value.isdigit() and value.isascii() and len(value) <= _MAX_PERMISSION_DIGITS:
            return _permissions_from_digits(value)
        return None
    bits = read.natural(value)
    return None if bits is None else Permissions(bits)


# Building an IntFlag by value costs about a microsecond; the values repeat (a guild has a handful
# of permission sets), and the results are immutable, so a small bounded cache returns them free.
@functools.lru_cache(maxsize=1024)
def _permissions_from_digits(digits: str) -> Permissions:
    return Permissions(int(digits))


_MAX_PERMISSION_DIGITS: typing.Final = 40
