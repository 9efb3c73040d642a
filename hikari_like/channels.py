"""Channels: the types, and the partial channel interactions carry."""

from __future__ import annotations

__all__ = ["ChannelType"]

from hikari_like.internal import enums


class ChannelType(enums.TolerantIntEnum):
    """The type of a channel."""

    GUILD_TEXT = 0
    DM = 1
    GUILD_VOICE = 2
    GROUP_DM = 3
    GUILD_CATEGORY = 4
    GUILD_NEWS = 5
    GUILD_NEWS_THREAD = 10
    GUILD_PUBLIC_THREAD = 11
    GUILD_PRIVATE_THREAD = 12
    GUILD_STAGE = 13
    GUILD_DIRECTORY = 14
    GUILD_FORUM = 15
    GUILD_MEDIA = 16
