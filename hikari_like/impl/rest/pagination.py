"""Paginated endpoints: one lazy iterator, fed page by page, for every list Discord pages.

Discord pages a long list with a cursor: each request asks for up to `limit` items `after` (or
`before`) the ID of the last item of the previous page (docs: reference.mdx, "Snowflake IDs in
Pagination"). `paginate_route` turns a route into a `hikari_like.iterators.LazyIterator` that
sends one such request only when its consumer has read every item of the page before, parses an
item only when it is read, and stops after a short page. A paginated endpoint is then its route,
its query and its parser::

    def fetch_members(self, guild: SnowflakeishOr[PartialGuild]) -> LazyIterator[Member]:
        route = routes.GET_GUILD_MEMBERS.compile(guild=guild)
        parse = functools.partial(Member.from_payload, guild_id=snowflake_of(guild), app=self)
        return pagination.paginate_route(
            self, route, parse, direction="after", page_size=1000, cursor_of=pagination.user_id_cursor
        )

How Discord orders each list, and so what its endpoint passes:

- guild members (`limit` 1-1000): `after` a user ID, pages ascending:
  `direction="after"`, `cursor_of=user_id_cursor`;
- bans (`limit` up to 1000) and the bot's guilds (1-200): `after`/`before` an ID, pages always
  ascending: newest first is `direction="before"` with `reverse_pages=True`;
- channel messages (`limit` 1-100): `before`/`after` a message ID, pages always newest first:
  newest first is plain `direction="before"`, oldest first `"after"` with `reverse_pages=True`.

`start_cursor` turns hikari's `start_at` (an ID, an object with one or a datetime) into the first
cursor. `paginate` is the same iterator over any page function, for lists that are not a plain
array (`{"items": [...]}`) or cursors that are not IDs.
"""

from __future__ import annotations

__all__ = [
    "Direction",
    "PageFetcher",
    "id_cursor",
    "paginate",
    "paginate_route",
    "start_cursor",
    "user_id_cursor",
]

import typing

from hikari_like import iterators
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like.api import rest as rest_api
    from hikari_like.impl.rest import routes
    from hikari_like.internal.json import JSONObject

_T = typing.TypeVar("_T")

Direction = typing.Literal["after", "before"]
"""The query parameter that carries the cursor."""

PageFetcher = typing.Callable[[str | None], typing.Awaitable[typing.Sequence[object]]]
"""Fetches the page after (or before) a cursor, `None` for the first page; returns its items as
Discord sent them (items that are not JSON objects are skipped)."""


def id_cursor(item: JSONObject) -> str | None:
    """The cursor of an item that carries its own ID (a message, a guild): `item["id"]`."""
    return read.text(item.get("id"))


def user_id_cursor(item: JSONObject) -> str | None:
    """The cursor of an item about a user (a member, a ban): `item["user"]["id"]`."""
    return read.text(read.mapping(item.get("user")).get("id"))


def start_cursor(
    start_at: undefined.UndefinedOr[snowflakes.SearchableSnowflakeishOr], *, newest_first: bool
) -> str:
    """The first cursor of a walk from `start_at`, or from the first (last) ID there can be.

    ```python
    start_cursor(undefined.UNDEFINED, newest_first=False)  # "0"
    start_cursor(datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC), newest_first=True)
    ```
    """
    if isinstance(start_at, undefined.UndefinedType):
        return str(snowflakes.MAX_SNOWFLAKE if newest_first else 0)
    return str(snowflakes.search_id_of(start_at))


def paginate(
    fetch_page: PageFetcher,
    parse: typing.Callable[[JSONObject], _T],
    *,
    page_size: int,
    cursor_of: typing.Callable[[JSONObject], str | None] = id_cursor,
    start: str | None = None,
    reverse_pages: bool = False,
) -> iterators.LazyIterator[_T]:
    """A lazy iterator over the pages `fetch_page` returns, from the cursor `start`.

    Each page's cursor is `cursor_of` of its last item (after `reverse_pages` turned the page to
    the walk's order). The walk stops after a page shorter than `page_size`, and after one whose
    last item has no cursor or the cursor it was fetched with (a server that ignores the cursor
    would otherwise be asked forever). An item `parse` cannot read (`KeyError`, `TypeError`,
    `ValueError`) is skipped.

    ```python
    async def pins(cursor: str | None) -> list[JSONObject]:
        response = await rest.request(route, query={"before": cursor} if cursor else None)
        return [pin["message"] for pin in response["items"]]

    async for message in paginate(pins, Message.from_payload, page_size=50):
        ...
    ```
    """
    if page_size < 1:
        raise ValueError(f"page_size must be at least 1, not {page_size}")
    walk = _Walk(page_size=page_size, cursor_of=cursor_of, reverse=reverse_pages)
    return _Pages(fetch_page, parse, walk, start)


def paginate_route(
    rest: rest_api.RESTClient,
    route: routes.CompiledRoute,
    parse: typing.Callable[[JSONObject], _T],
    *,
    direction: Direction,
    page_size: int,
    start: str | None = None,
    query: typing.Mapping[str, str] | None = None,
    cursor_of: typing.Callable[[JSONObject], str | None] = id_cursor,
    reverse_pages: bool = False,
) -> iterators.LazyIterator[_T]:
    """A lazy iterator over a route that returns a JSON array, paged by `direction` and `limit`.

    Every request sends `limit=page_size`, the cursor as `direction` (none on the first request
    when `start` is `None`: Discord then starts at its own end) and `query`'s other parameters.

    ```python
    route = routes.Route("GET", "/guilds/{guild}/bans").compile(guild=guild)
    newest_first = paginate_route(
        rest, route, GuildBan.from_payload, direction="before", page_size=1000,
        start=start_cursor(UNDEFINED, newest_first=True), cursor_of=user_id_cursor, reverse_pages=True,
    )
    ```
    """
    fetch_page = _RoutePage(rest, route, direction, {**(query or {}), "limit": str(page_size)})
    return paginate(
        fetch_page, parse, page_size=page_size, cursor_of=cursor_of, start=start, reverse_pages=reverse_pages
    )


class _Walk(typing.NamedTuple):
    page_size: int
    cursor_of: typing.Callable[[JSONObject], str | None]
    reverse: bool


class _RoutePage:
    """The page function of `paginate_route`: one GET of the route per page."""

    __slots__ = ("_direction", "_query", "_rest", "_route")

    def __init__(
        self,
        rest: rest_api.RESTClient,
        route: routes.CompiledRoute,
        direction: Direction,
        query: typing.Mapping[str, str],
    ) -> None:
        self._rest = rest
        self._route = route
        self._direction = direction
        self._query = query

    async def __call__(self, cursor: str | None) -> list[object]:
        query = dict(self._query) if cursor is None else {**self._query, self._direction: cursor}
        # Anything but an array (an unexpected body) reads as an empty page: the walk ends.
        return read.array(await self._rest.request(self._route, query=query))


class _Pages(iterators.BufferedLazyIterator[_T]):
    """Fetches the next page when the one before is read; parses items as they are read."""

    __slots__ = ("_cursor", "_fetch_page", "_finished", "_parse", "_walk")

    def __init__(
        self,
        fetch_page: PageFetcher,
        parse: typing.Callable[[JSONObject], _T],
        walk: _Walk,
        start: str | None,
    ) -> None:
        super().__init__()
        self._fetch_page = fetch_page
        self._parse = parse
        self._walk = walk
        self._cursor = start
        self._finished = False

    async def _next_chunk(self) -> typing.Iterator[_T] | None:
        if self._finished:
            return None
        page = list(await self._fetch_page(self._cursor))
        if self._walk.reverse:
            page.reverse()
        self._finished = len(page) < self._walk.page_size or not self._advance(page[-1])
        return _parsed(page, self._parse)

    def _advance(self, last: object) -> bool:
        cursor = self._walk.cursor_of(last) if isinstance(last, dict) else None
        if cursor is None or cursor == self._cursor:
            return False
        self._cursor = cursor
        return True


def _parsed(page: typing.Iterable[object], parse: typing.Callable[[JSONObject], _T]) -> typing.Iterator[_T]:
    # A generator: an item is parsed only when the consumer reads it (`limit(3)` parses three).
    for item in page:
        if not isinstance(item, dict):
            continue
        try:
            yield parse(item)
        except (KeyError, TypeError, ValueError):
            continue
