"""Guild message search: the filters `rest.search_messages` takes and the result it returns, as
hikari's `hikari.messages` names them (docs: `resources/message.mdx`, "Search Guild Messages").

Loaded when a program first searches or names one of these: most bots never do.

```python
result = await rest.search_messages(
    guild_id, content="release", has=[MessageSearchHasType.LINK], sort_order=MessageSearchSortOrder.ASCENDING
)
print(result.total_results, [message.content for message in result.messages])
```
"""

from __future__ import annotations

__all__ = [
    "MessageSearchAuthorType",
    "MessageSearchEmbedType",
    "MessageSearchHasType",
    "MessageSearchResult",
    "MessageSearchSortMode",
    "MessageSearchSortOrder",
]

import functools
import typing

import attrs

from hikari_like import messages
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import _channel_kinds as channels
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject
else:
    from hikari_like.internal import lazy_imports

    # The channel classes load with the first search that found messages in threads.
    channels = lazy_imports.module("hikari_like._channel_kinds")


@typing.final
class MessageSearchAuthorType(enums.TolerantStrEnum):
    """Whose messages to find; the `NOT_` members (a leading `-`) leave those out instead."""

    USER = "user"
    BOT = "bot"
    WEBHOOK = "webhook"
    NOT_USER = "-user"
    NOT_BOT = "-bot"
    NOT_WEBHOOK = "-webhook"


@typing.final
class MessageSearchHasType(enums.TolerantStrEnum):
    """What a found message must have; the `NOT_` members (a leading `-`) what it must not have."""

    IMAGE = "image"
    SOUND = "sound"
    VIDEO = "video"
    FILE = "file"
    """Any attachment."""
    STICKER = "sticker"
    EMBED = "embed"
    LINK = "link"
    POLL = "poll"
    SNAPSHOT = "snapshot"
    """A forwarded message."""
    NOT_IMAGE = "-image"
    NOT_SOUND = "-sound"
    NOT_VIDEO = "-video"
    NOT_FILE = "-file"
    NOT_STICKER = "-sticker"
    NOT_EMBED = "-embed"
    NOT_LINK = "-link"
    NOT_POLL = "-poll"
    NOT_SNAPSHOT = "-snapshot"


@typing.final
class MessageSearchEmbedType(enums.TolerantStrEnum):
    """The kind of embed a found message has (Discord's search groups, wider than embed types)."""

    IMAGE = "image"
    VIDEO = "video"
    GIF = "gif"
    SOUND = "sound"
    ARTICLE = "article"


@typing.final
class MessageSearchSortMode(enums.TolerantStrEnum):
    """How results are ordered: by creation time (Discord's default) or by relevance."""

    TIMESTAMP = "timestamp"
    RELEVANCE = "relevance"


@typing.final
class MessageSearchSortOrder(enums.TolerantStrEnum):
    """The direction of a timestamp sort (ignored for relevance); Discord's default is descending."""

    ASCENDING = "asc"
    DESCENDING = "desc"


@attrs.define(kw_only=True, eq=False)
class MessageSearchResult:
    """One page of a guild message search.

    `messages` may hold a little fewer than the `limit` asked for (Discord's speed trade-off):
    page with `offset` and `total_results`, not with the page's length. Search results carry no
    reactions.
    """

    doing_deep_historical_index: bool = attrs.field(repr=True)
    """Whether Discord is indexing the guild's older messages right now."""
    documents_indexed: int | None = attrs.field(repr=False)
    """Messages indexed by the current indexing run, `None` when none runs."""
    total_results: int = attrs.field(repr=True)
    """Every message the query matches (approximate while messages come and go)."""
    messages: typing.Sequence[messages.Message] = attrs.field(repr=False)
    threads: typing.Sequence[channels.GuildThreadChannel] = attrs.field(repr=False)
    """The threads the found messages are in."""
    members: typing.Sequence[channels.ThreadMember] = attrs.field(repr=False)
    """The bot's membership of each of `threads` it has joined."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> MessageSearchResult:
        """Read Discord's search response body.

        `messages` is an array of arrays (once a hit and its context; now one message each), read
        flat. A message, thread or member that cannot be read is left out, as a page skips one.
        """
        found = [message for group in read.array(payload.get("messages")) for message in read.objects(group)]
        return cls(
            doing_deep_historical_index=bool(read.flag(payload.get("doing_deep_historical_index"))),
            documents_indexed=read.natural(payload.get("documents_indexed")),
            total_results=read.natural(payload.get("total_results")) or 0,
            messages=read.each(found, functools.partial(messages.Message.from_payload, app=app)),
            threads=_threads(read.objects(payload.get("threads")), app),
            members=read.each(read.objects(payload.get("members")), channels.ThreadMember.from_payload),
        )


def _threads(payloads: list[JSONObject], app: traits.RESTAware) -> list[channels.GuildThreadChannel]:
    read_channels = read.each(payloads, functools.partial(channels.from_payload, app=app))
    return [channel for channel in read_channels if isinstance(channel, channels.GuildThreadChannel)]
