"""The paginated thread listings: a thread's members, and a channel's archived threads.

Discord pages them two ways (resources/channel.mdx):

- "List Thread Members" with `with_member=true` pages by user ID: up to `limit` (1-100) members
  `after` a user ID, ascending. `ThreadMembersIterator` is hikari's `hikari.impl` name for it.
- "List Public/Private (Joined) Archived Threads" answer `{"threads": [...], "members": [...],
  "has_more": bool}`, newest first: the public and private listings `before` an ISO 8601
  archive timestamp, the joined private listing `before` a thread ID. The bot's own thread
  member objects come beside the threads; each thread is read with its own (`thread.member`).

```python
async for thread_member in rest.fetch_thread_members(thread):
    print(thread_member.user_id, thread_member.joined_at)
async for thread in rest.fetch_public_archived_threads(channel, before=last_week):
    print(thread.name, thread.archive_timestamp)
```
"""

from __future__ import annotations

__all__ = [
    "ThreadMembersIterator",
    "archive_timestamp_cursor",
    "archived_threads",
    "thread_id_cursor",
    "threads_with_members",
]

import typing

from hikari_like import channels
from hikari_like import iterators
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.impl.rest import pagination
from hikari_like.impl.rest import routes
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject

_ThreadT = typing.TypeVar("_ThreadT")
_PAGE_SIZE: typing.Final = 100  # Discord's most for every thread listing

RequestCall = typing.Callable[..., typing.Awaitable[typing.Any]]
"""Sends one request: `await request_call(compiled_route, query={...})` returns the decoded JSON
(`RESTClientImpl.request` is one)."""


def _guild_of(channel: snowflakes.SnowflakeishOr) -> snowflakes.Snowflake | None:
    # Discord's thread member object does not name its guild; a guild channel object does.
    return channel.guild_id if isinstance(channel, channels.GuildChannel) else None


class ThreadMembersIterator(iterators.LazyIterator["channels.ThreadMember"]):
    """The members of a thread, by ascending user ID, fetched 100 at a time as they are read.

    Each page asks Discord for the members' guild `member` objects too (`with_member=true`,
    which is also what makes Discord page the list); `ThreadMember.member` holds them when the
    thread was given as a guild channel object. `rest.fetch_thread_members` makes one; the
    constructor takes hikari's arguments, with our meanings:

    - `entity_factory`: the app the models belong to (the REST client, or any `RESTAware`);
    - `request_call`: what sends the requests (`rest.request`);
    - `channel`: the thread (an ID, or a thread object, whose guild then reads the members);
    - `last_id`: start after this user ID (`UNDEFINED`: from the first member).

    ```python
    moderators = await rest.fetch_thread_members(thread).filter(
        lambda thread_member: thread_member.member is not None and mods_role in thread_member.member.role_ids
    )
    ```
    """

    __slots__ = ("_pages",)

    def __init__(
        self,
        entity_factory: traits.RESTAware,
        request_call: RequestCall,
        channel: snowflakes.SnowflakeishOr,
        last_id: undefined.UndefinedOr[snowflakes.SnowflakeishOr],
    ) -> None:
        route = routes.compile_ids(routes.GET_THREAD_MEMBERS, channel=channel)
        thread_id, guild_id = snowflakes.snowflake_of(channel), _guild_of(channel)

        def parse(payload: JSONObject) -> channels.ThreadMember:
            return channels.ThreadMember.from_payload(
                payload, thread_id=thread_id, app=entity_factory, guild_id=guild_id
            )

        async def fetch_page(cursor: str | None) -> list[object]:
            query = {"with_member": "true", "limit": str(_PAGE_SIZE)}
            if cursor is not None:
                query["after"] = cursor
            return read.array(await request_call(route, query=query))

        start = None if last_id is undefined.UNDEFINED else str(snowflakes.snowflake_of(last_id))
        self._pages = pagination.paginate(
            fetch_page, parse, page_size=_PAGE_SIZE, cursor_of=_user_id_cursor, start=start
        )

    async def __anext__(self) -> channels.ThreadMember:
        return await self._pages.__anext__()


def _user_id_cursor(item: JSONObject) -> str | None:
    return read.text(item.get("user_id"))


def archive_timestamp_cursor(thread: JSONObject) -> str | None:
    """The cursor of the public and private listings: the thread's archive timestamp, as sent."""
    return read.text(read.mapping(thread.get("thread_metadata")).get("archive_timestamp"))


def thread_id_cursor(thread: JSONObject) -> str | None:
    """The cursor of the joined private listing: the thread's ID."""
    return read.text(thread.get("id"))


def archived_threads(
    rest: traits.RESTAware,
    route: routes.CompiledRoute,
    parse: typing.Callable[[JSONObject], _ThreadT],
    *,
    before: str | None,
    cursor_of: typing.Callable[[JSONObject], str | None],
) -> iterators.LazyIterator[_ThreadT]:
    """The archived threads `route` lists, newest first, each read by `parse` with the bot's
    thread member as its `member` when it joined; `before` is the first cursor (`None`: from the
    newest).

    A thread `parse` cannot read (`KeyError`, `TypeError`, `ValueError`) is skipped. The walk
    ends when Discord says `has_more` is false, sends no threads, or a page's last cursor does
    not move (a server that ignores `before` would otherwise be asked forever).
    """
    return _ArchivedThreads(rest, route, parse, cursor=before, cursor_of=cursor_of)


class _ArchivedThreads(iterators.BufferedLazyIterator[_ThreadT]):
    __slots__ = ("_cursor", "_cursor_of", "_has_more", "_parse", "_rest", "_route")

    def __init__(
        self,
        rest: traits.RESTAware,
        route: routes.CompiledRoute,
        parse: typing.Callable[[JSONObject], _ThreadT],
        *,
        cursor: str | None,
        cursor_of: typing.Callable[[JSONObject], str | None],
    ) -> None:
        super().__init__()
        self._rest = rest
        self._route = route
        self._parse = parse
        self._cursor = cursor
        self._cursor_of = cursor_of
        self._has_more = True

    async def _next_chunk(self) -> typing.Iterator[_ThreadT] | None:
        if not self._has_more:
            return None
        query = {"limit": str(_PAGE_SIZE)}
        if self._cursor is not None:
            query["before"] = self._cursor
        page = read.mapping(await self._rest.rest.request(self._route, query=query))
        threads = read.objects(page.get("threads"))
        next_cursor = self._cursor_of(threads[-1]) if threads else None
        self._has_more = page.get("has_more") is True and next_cursor not in (None, self._cursor)
        self._cursor = next_cursor
        return self._parsed(threads_with_members(page))

    def _parsed(self, threads: typing.Iterable[JSONObject]) -> typing.Iterator[_ThreadT]:
        # A generator: a thread is read only when the consumer reaches it.
        for thread in threads:
            try:
                yield self._parse(thread)
            except (KeyError, TypeError, ValueError):
                continue


def threads_with_members(listing: object) -> typing.Iterator[JSONObject]:
    """The threads of a listing (`{"threads": [...], "members": [...]}`), each with the bot's
    thread member object, when it has one, as its `member` (where a fetched thread has it)."""
    page = read.mapping(listing)
    members = {read.text(member.get("id")): member for member in read.objects(page.get("members"))}
    for thread in read.objects(page.get("threads")):
        member = members.get(read.text(thread.get("id")))
        yield thread if member is None else {**thread, "member": member}
