"""Channel message endpoints beyond create, edit and delete: history, bulk delete, crossposts,
typing, search, pins and channel follows (#19).

A mixin of `RESTClientImpl`; hikari's names and signatures (docs: `resources/message.mdx` "Get
Channel Messages", "Bulk Delete Messages", "Crosspost Message", "Search Guild Messages", "Get
Channel Pins", "Pin Message", "Unpin Message"; `resources/channel.mdx` "Follow Announcement
Channel", "Trigger Typing Indicator").

```python
async for message in rest.fetch_messages(channel, after=yesterday):
    ...
await rest.delete_messages(channel, await rest.fetch_messages(channel).limit(150))
async with rest.trigger_typing(channel):
    answer = await slow_work()
```
"""

from __future__ import annotations

__all__ = ["MessageHistoryEndpoints"]

import asyncio
import datetime
import functools
import typing

from hikari_like import channels as channels_
from hikari_like import errors
from hikari_like import messages
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import _message_search as search
    from hikari_like import iterators
    from hikari_like.impl.rest import pagination
    from hikari_like.impl.rest import typing_indicator
    from hikari_like.internal.json import JSONObject
else:
    from hikari_like.internal import lazy_imports

    # Loaded when a call first needs them: most bots never page, search or type.
    search = lazy_imports.module("hikari_like._message_search")
    pagination = lazy_imports.module("hikari_like.impl.rest.pagination")
    typing_indicator = lazy_imports.module("hikari_like.impl.rest.typing_indicator")

_UNDEFINED: typing.Final = undefined.UNDEFINED
_Searchable: typing.TypeAlias = "undefined.UndefinedOr[snowflakes.SearchableSnowflakeishOr]"
_IDs: typing.TypeAlias = "undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]]"
_Messages: typing.TypeAlias = (
    "snowflakes.SnowflakeishOr | typing.Iterable[snowflakes.SnowflakeishOr]"
    " | typing.AsyncIterable[snowflakes.SnowflakeishOr]"
)
_HISTORY_PAGE: typing.Final = 100  # Discord's `limit` for history: 1-100
_PINS_PAGE: typing.Final = 50  # and for pins: 1-50
_BULK_DELETE_MAX: typing.Final = 100
_UNKNOWN_MESSAGE: typing.Final = 10008
_NOT_INDEXED: typing.Final = 110000


def _searchable(value: snowflakes.SearchableSnowflakeishOr) -> str:
    return str(snowflakes.search_id_of(value))


_Direction: typing.TypeAlias = typing.Literal["before", "after", "around"]


def _history_cursor(
    before: _Searchable, after: _Searchable, around: _Searchable
) -> tuple[_Direction, str | None]:
    given: list[tuple[_Direction, _Searchable]] = [("before", before), ("after", after), ("around", around)]
    chosen = [(name, value) for name, value in given if not isinstance(value, undefined.UndefinedType)]
    if len(chosen) > 1:
        raise TypeError("give at most one of 'before', 'after' and 'around'")
    if not chosen:
        return "before", None  # no cursor: Discord starts at the newest message
    name, value = chosen[0]
    return name, _searchable(value)


class MessageHistoryEndpoints(rest_api.RESTClient):
    """History, bulk delete, crossposts, typing, search, pins and follows."""

    __slots__ = ()

    def fetch_messages(
        self,
        channel: snowflakes.SnowflakeishOr,
        *,
        before: _Searchable = _UNDEFINED,
        after: _Searchable = _UNDEFINED,
        around: _Searchable = _UNDEFINED,
    ) -> iterators.LazyIterator[messages.Message]:
        """A channel's messages, 100 per request as they are read; at most one of the cursors.

        With none or `before` (an ID, an object with one, or a moment): newest first, from the
        newest message or from just before `before`. With `after`: oldest first, from just after
        it. With `around`: the up to 100 messages around that one, newest first (one request).
        Needs VIEW_CHANNEL, and READ_MESSAGE_HISTORY to see any message.

        ```python
        recent = await rest.fetch_messages(channel_id).limit(20)
        async for message in rest.fetch_messages(channel_id, after=datetime.datetime(2025, 1, 1, tzinfo=UTC)):
            ...
        ```
        """
        direction, cursor = _history_cursor(before, after, around)
        route = routes.compile_ids(routes.GET_CHANNEL_MESSAGES, channel=channel)
        parse = functools.partial(messages.Message.from_payload, app=self)
        if direction == "around":
            page = _AroundPage(self, route, typing.cast("str", cursor))
            return pagination.paginate(page, parse, page_size=_HISTORY_PAGE)
        return pagination.paginate_route(
            self,
            route,
            parse,
            direction=direction,
            page_size=_HISTORY_PAGE,
            start=cursor,
            # Discord sends every page newest first; oldest first needs each page turned round.
            reverse_pages=direction == "after",
        )

    async def delete_messages(
        self,
        channel: snowflakes.SnowflakeishOr,
        messages: _Messages,
        /,
        *other_messages: snowflakes.SnowflakeishOr,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> None:
        """Delete messages: one or more IDs or objects, an iterable or an async iterable of them.

        Sent 100 at a time through Bulk Delete (one request after another: its rate limit is
        tight); a single message left over goes through `delete_message`, where a message already
        gone is not an error, as in bulk delete. Discord refuses the whole of a bulk request with a
        message older than two weeks (50034) or an ID twice; needs MANAGE_MESSAGES. Not atomic: a
        failure raises `BulkDeleteError`, whose `deleted_messages` were deleted before it.

        ```python
        await rest.delete_messages(channel_id, await rest.fetch_messages(channel_id).limit(50))
        ```
        """
        if isinstance(messages, typing.AsyncIterable) and other_messages:
            raise TypeError("give an async iterable of messages alone, without more messages after it")
        deleted: list[snowflakes.SnowflakeishOr] = []
        async for chunk in _chunks(messages, other_messages, _BULK_DELETE_MAX):
            try:
                await self._delete_chunk(channel, chunk, reason)
            except Exception as error:
                raise errors.BulkDeleteError(deleted) from error
            deleted.extend(chunk)

    async def _delete_chunk(
        self,
        channel: snowflakes.SnowflakeishOr,
        chunk: typing.Sequence[snowflakes.SnowflakeishOr],
        reason: undefined.UndefinedOr[str],
    ) -> None:
        if len(chunk) == 1:
            try:
                await self.rest.delete_message(channel, chunk[0], reason=reason)
            except errors.NotFoundError as error:
                if error.code != _UNKNOWN_MESSAGE:
                    raise
            return
        body = payloads.Payload()
        body.put_snowflake_array("messages", chunk)
        route = routes.compile_ids(routes.POST_DELETE_CHANNEL_MESSAGES_BULK, channel=channel)
        await self.request(route, json=body, reason=reason)

    async def crosspost_message(
        self, channel: snowflakes.SnowflakeishOr, message: snowflakes.SnowflakeishOr
    ) -> messages.Message:
        """Publish a message of an announcement channel to the channels that follow it.

        Needs SEND_MESSAGES for the bot's own messages, MANAGE_MESSAGES too for others'.

        ```python
        published = await rest.crosspost_message(news_channel_id, message)
        ```
        """
        route = routes.compile_ids(routes.POST_CHANNEL_CROSSPOST, channel=channel, message=message)
        return messages.Message.from_payload(await self.request(route), app=self)

    def trigger_typing(self, channel: snowflakes.SnowflakeishOr) -> typing_indicator.TypingIndicator:
        """ "The bot is typing...": `await` it once (shown ~10 seconds), or `async with` it to
        keep it up until the block ends.

        ```python
        async with rest.trigger_typing(channel_id):
            text = await slow_answer()
        await rest.create_message(channel_id, text)
        ```
        """
        if not self.is_alive:
            raise errors.ComponentStateConflictError("the REST client is not running; cannot trigger typing")
        return typing_indicator.TypingIndicator(self.request, channel, typing_indicator.ClientClosed(self))

    def fetch_pins(
        self,
        channel: snowflakes.SnowflakeishOr,
        *,
        before: undefined.UndefinedOr[datetime.datetime] = _UNDEFINED,
    ) -> iterators.LazyIterator[messages.PinnedMessage]:
        """A channel's pinned messages, most recently pinned first, 50 per request as they are
        read; `before` starts with those pinned before that moment. Needs VIEW_CHANNEL, and
        READ_MESSAGE_HISTORY to see any.

        ```python
        async for pin in rest.fetch_pins(channel_id):
            print(pin.pinned_at, pin.message.content)
        ```
        """
        route = routes.compile_ids(routes.GET_CHANNEL_PINS, channel=channel)
        # Discord's cursor is a pin time in ISO 8601 (hikari sends Unix seconds for the first).
        start = None if isinstance(before, undefined.UndefinedType) else _iso8601(before)
        parse = functools.partial(messages.PinnedMessage.from_payload, app=self)
        return pagination.paginate(
            _PinsPage(self, route), parse, page_size=_PINS_PAGE, cursor_of=_pin_cursor, start=start
        )

    async def pin_message(
        self, channel: snowflakes.SnowflakeishOr, message: snowflakes.SnowflakeishOr
    ) -> None:
        """Pin a message of the channel (Discord keeps at most 250 per channel: 30003). Needs
        PIN_MESSAGES.

        ```python
        await rest.pin_message(channel_id, message)
        ```
        """
        await self.request(routes.compile_ids(routes.PUT_CHANNEL_PIN, channel=channel, message=message))

    async def unpin_message(
        self, channel: snowflakes.SnowflakeishOr, message: snowflakes.SnowflakeishOr
    ) -> None:
        """Unpin a message; `NotFoundError` if it is not a pinned message of the channel. Needs
        PIN_MESSAGES."""
        await self.request(routes.compile_ids(routes.DELETE_CHANNEL_PIN, channel=channel, message=message))

    async def follow_channel(
        self,
        news_channel: snowflakes.SnowflakeishOr,
        target_channel: snowflakes.SnowflakeishOr,
        *,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> channels_.ChannelFollow:
        """Follow an announcement channel into `target_channel`: Discord makes a webhook there that
        posts every crossposted message. Needs MANAGE_WEBHOOKS in the target channel.

        ```python
        follow = await rest.follow_channel(news_channel_id, my_channel_id, reason="updates")
        print(follow.webhook_id)
        ```
        """
        body = payloads.Payload()
        body.put_snowflake("webhook_channel_id", target_channel)
        route = routes.compile_ids(routes.POST_CHANNEL_FOLLOWERS, channel=news_channel)
        response = await self.request(route, json=body, reason=reason)
        return channels_.ChannelFollow.from_payload(response, app=self)

    async def search_messages(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        content: undefined.UndefinedOr[str] = _UNDEFINED,
        limit: undefined.UndefinedOr[int] = _UNDEFINED,
        offset: undefined.UndefinedOr[int] = _UNDEFINED,
        max_id: _Searchable = _UNDEFINED,
        min_id: _Searchable = _UNDEFINED,
        slop: undefined.UndefinedOr[int] = _UNDEFINED,
        channels: _IDs = _UNDEFINED,
        author_types: undefined.UndefinedOr[typing.Sequence[search.MessageSearchAuthorType]] = _UNDEFINED,
        authors: _IDs = _UNDEFINED,
        mentioned_users: _IDs = _UNDEFINED,
        mentioned_roles: _IDs = _UNDEFINED,
        mentions_everyone: undefined.UndefinedOr[bool] = _UNDEFINED,
        replied_to_users: _IDs = _UNDEFINED,
        replied_to_messages: _IDs = _UNDEFINED,
        pinned: undefined.UndefinedOr[bool] = _UNDEFINED,
        has: undefined.UndefinedOr[typing.Sequence[search.MessageSearchHasType]] = _UNDEFINED,
        embed_types: undefined.UndefinedOr[typing.Sequence[search.MessageSearchEmbedType]] = _UNDEFINED,
        embed_providers: undefined.UndefinedOr[typing.Sequence[str]] = _UNDEFINED,
        link_hostnames: undefined.UndefinedOr[typing.Sequence[str]] = _UNDEFINED,
        attachment_filenames: undefined.UndefinedOr[typing.Sequence[str]] = _UNDEFINED,
        attachment_extensions: undefined.UndefinedOr[typing.Sequence[str]] = _UNDEFINED,
        sort_by: undefined.UndefinedOr[search.MessageSearchSortMode] = _UNDEFINED,
        sort_order: undefined.UndefinedOr[search.MessageSearchSortOrder] = _UNDEFINED,
        include_nsfw: undefined.UndefinedOr[bool] = _UNDEFINED,
        wait_for_index: bool = True,
    ) -> search.MessageSearchResult:
        """Search a guild's messages; every filter given must match (Discord's limits: `limit`
        1-25, default 25; `offset` up to 9975). Needs READ_MESSAGE_HISTORY, and the MESSAGE_CONTENT
        intent to search by content.

        When Discord has not indexed the guild yet it asks to retry later: with `wait_for_index`
        the call waits the time it names once and asks again; `SearchNotIndexedError` if it is
        still not ready (or at once without `wait_for_index`).

        ```python
        result = await rest.search_messages(guild_id, content="deploy", authors=[user_id], limit=10)
        for message in result.messages:
            print(message.channel_id, message.content)
        ```
        """
        query = _SearchQuery()
        query.put("content", content)
        query.put("limit", limit)
        query.put("offset", offset)
        query.put("max_id", max_id, conversion=_searchable)
        query.put("min_id", min_id, conversion=_searchable)
        query.put("slop", slop)
        query.put_all("channel_id", channels)
        query.put_all("author_type", author_types)
        query.put_all("author_id", authors)
        query.put_all("mentions", mentioned_users)
        query.put_all("mentions_role_id", mentioned_roles)
        query.put("mention_everyone", mentions_everyone)
        query.put_all("replied_to_user_id", replied_to_users)
        query.put_all("replied_to_message_id", replied_to_messages)
        query.put("pinned", pinned)
        query.put_all("has", has)
        query.put_all("embed_type", embed_types)
        query.put_all("embed_provider", embed_providers)
        query.put_all("link_hostname", link_hostnames)
        query.put_all("attachment_filename", attachment_filenames)
        query.put_all("attachment_extension", attachment_extensions)
        query.put("sort_by", sort_by)
        query.put("sort_order", sort_order)
        query.put("include_nsfw", include_nsfw)
        route = routes.compile_ids(routes.GET_GUILD_MESSAGES_SEARCH, guild=guild)
        response = read.mapping(await self.request(route, query=query.pairs))
        if wait_for_index and response.get("code") == _NOT_INDEXED:
            await asyncio.sleep(_retry_after(response) or 1.0)  # 0 means "a short delay"
            response = read.mapping(await self.request(route, query=query.pairs))
        if response.get("code") == _NOT_INDEXED:
            raise errors.SearchNotIndexedError(
                read.natural(response.get("documents_indexed")) or 0, _retry_after(response)
            )
        return search.MessageSearchResult.from_payload(response, app=self)


async def _chunks(
    first: _Messages, others: typing.Sequence[snowflakes.SnowflakeishOr], size: int
) -> typing.AsyncIterator[list[snowflakes.SnowflakeishOr]]:
    """The messages to delete in lists of `size`, read from an async source only as they are sent."""
    chunk: list[snowflakes.SnowflakeishOr] = []
    async for message in _each_message(first, others):
        chunk.append(message)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


async def _each_message(
    first: _Messages, others: typing.Sequence[snowflakes.SnowflakeishOr]
) -> typing.AsyncIterator[snowflakes.SnowflakeishOr]:
    if isinstance(first, typing.AsyncIterable):
        async for message in first:
            yield message
        return
    # A string is one ID, not an iterable of digits.
    single = isinstance(first, int | str) or not isinstance(first, typing.Iterable)
    for message in (*((first,) if single else first), *others):  # type: ignore[misc]
        yield message


def _iso8601(moment: datetime.datetime) -> str:
    return (moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)).isoformat()


def _retry_after(response: JSONObject) -> float:
    return read.number(response.get("retry_after")) or 0.0


def _pin_cursor(pin: JSONObject) -> str | None:
    return read.text(pin.get("pinned_at"))


class _AroundPage:
    """The one page of an `around` walk: Discord answers the messages around an ID, and a second
    request around the last of them would repeat half of them."""

    __slots__ = ("_around", "_rest", "_route")

    def __init__(self, rest: rest_api.RESTClient, route: routes.CompiledRoute, around: str) -> None:
        self._rest = rest
        self._route = route
        self._around = around

    async def __call__(self, cursor: str | None) -> list[object]:
        if cursor is not None:
            return []
        query = {"around": self._around, "limit": str(_HISTORY_PAGE)}
        return read.array(await self._rest.request(self._route, query=query))


class _PinsPage:
    """Pages of Get Channel Pins: `{"items": [...], "has_more": bool}`, paged by pin time."""

    __slots__ = ("_has_more", "_rest", "_route")

    def __init__(self, rest: rest_api.RESTClient, route: routes.CompiledRoute) -> None:
        self._rest = rest
        self._route = route
        self._has_more = True

    async def __call__(self, cursor: str | None) -> list[object]:
        if not self._has_more:  # Discord said the last page was the last: no request for an empty one
            return []
        query = {"limit": str(_PINS_PAGE)} if cursor is None else {"limit": str(_PINS_PAGE), "before": cursor}
        response = read.mapping(await self._rest.request(self._route, query=query))
        self._has_more = read.flag(response.get("has_more")) is True
        return read.array(response.get("items"))


class _SearchQuery:
    """Search's query string: Discord takes an array as the parameter repeated (`?has=link&has=poll`),
    so it is kept as ordered pairs rather than a mapping."""

    __slots__ = ("pairs",)

    def __init__(self) -> None:
        self.pairs: list[tuple[str, str]] = []

    def put(
        self,
        name: str,
        value: object,
        *,
        conversion: typing.Callable[[typing.Any], str] | None = None,
    ) -> None:
        if value is not _UNDEFINED:
            self.pairs.append((name, conversion(value) if conversion else _query_value(value)))

    def put_all(self, name: str, values: undefined.UndefinedOr[typing.Iterable[object]]) -> None:
        if not isinstance(values, undefined.UndefinedType):
            self.pairs.extend((name, _query_value(value)) for value in values)


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):  # also the search enums: `str()` of a StrEnum is its value
        return str(value)
    if isinstance(value, int | snowflakes.Unique):
        return str(snowflakes.snowflake_of(value))
    return str(value)
