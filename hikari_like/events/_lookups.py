"""What the channel, message and reaction events share: the IDs of the message an event is
about (`MessageIds`), and hikari's cache lookups, which find nothing here.

hikari_like keeps no cache, so `get_guild()` and friends return `None`, as hikari's do on a bot
without a cache; the `fetch_*` helpers ask REST instead. `fetch_channel_as` is the narrowing
`fetch_channel` each event class does for the kind of channel it is about.
"""

from __future__ import annotations

__all__ = ["GuildLookups", "MessageIds", "fetch_channel_as"]

import typing

if typing.TYPE_CHECKING:
    from hikari_like import guilds
    from hikari_like import snowflakes
    from hikari_like import traits

_ChannelT = typing.TypeVar("_ChannelT")


class MessageIds:
    """`channel_id` and `message_id`, for the events about one message."""

    __slots__ = ()

    @property
    def channel_id(self) -> snowflakes.Snowflake:
        """The channel the message is in."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def message_id(self) -> snowflakes.Snowflake:
        """The message's ID."""
        raise NotImplementedError  # every concrete event provides it


class GuildLookups:
    """`get_guild()`, for events that happened in a guild."""

    __slots__ = ()

    def get_guild(self) -> guilds.Guild | None:
        """The guild from the cache: always `None` (no cache); use `fetch_guild()` or REST."""
        return None


async def fetch_channel_as(
    app: traits.RESTAware, channel_id: snowflakes.Snowflake, kind: type[_ChannelT]
) -> _ChannelT:
    """The channel from REST, which must be of `kind` (`TypeError` otherwise: Discord changed it)."""
    channel = await app.rest.fetch_channel(channel_id)
    if not isinstance(channel, kind):
        raise TypeError(f"channel {channel_id} is a {type(channel).__name__}, not a {kind.__name__}")
    return channel
