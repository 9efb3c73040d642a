"""`impl/rest/pagination.py` over real loopback: the requests a walk sends, and that it sends no more.

Two servers: the emulated Discord's channel messages (pages newest first, `before`/`after` a
message ID), and a small aiohttp app shaped as `GET /guilds/{guild}/members` (pages ascending,
`after` a user ID), which counts what it is asked and can answer badly.
"""

from __future__ import annotations

import datetime
import functools
import typing

import pytest
from aiohttp import web

from hikari_like import messages
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.impl.rest import pagination
from hikari_like.impl.rest import routes
from hikari_like.internal.json import JSONObject
from hikari_like.iterators import LazyIterator
from hikari_like.testing.emulator import EmulatedDiscord

MESSAGES = "GET /channels/{channel}/messages"
GET_CHANNEL_MESSAGES = routes.Route("GET", "/channels/{channel}/messages")
GET_GUILD_MEMBERS = routes.Route("GET", "/guilds/{guild}/members")


def seed(discord: EmulatedDiscord, count: int) -> list[str]:
    """`count` messages in the emulator's channel; their IDs, oldest first."""
    return [discord.seed_message(discord.channel_id, f"m{index}")["id"] for index in range(count)]


def history(
    rest: RESTClientImpl,
    channel: str,
    *,
    oldest_first: bool = False,
    page_size: int = 3,
    start: str | None = None,
) -> LazyIterator[messages.Message]:
    # The shape `fetch_messages` will have: newest first `before`, oldest first `after` reversed.
    route = GET_CHANNEL_MESSAGES.compile(channel=channel)
    parse = functools.partial(messages.Message.from_payload, app=rest)
    direction: pagination.Direction = "after" if oldest_first else "before"
    start = start if start is not None or not oldest_first else "0"
    return pagination.paginate_route(
        rest, route, parse, direction=direction, page_size=page_size, start=start, reverse_pages=oldest_first
    )


async def test_newest_first_walks_every_page_with_before(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ids = seed(discord, 7)

    contents = await history(rest, discord.channel_id).map(lambda message: message.content)

    assert contents == [f"m{index}" for index in reversed(range(7))]
    queries = [request.query for request in discord.requests_to(MESSAGES)]
    assert queries == [
        {"limit": "3"},
        {"limit": "3", "before": ids[4]},
        {"limit": "3", "before": ids[1]},
    ]  # the third page is short (one message), so no fourth request


async def test_oldest_first_walks_with_after_and_reverses_each_page(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ids = seed(discord, 6)

    contents = await history(rest, discord.channel_id, oldest_first=True).map(lambda message: message.content)

    assert contents == [f"m{index}" for index in range(6)]
    queries = [request.query for request in discord.requests_to(MESSAGES)]
    # Two full pages, then an empty one: a full page cannot say it was the last.
    assert queries == [
        {"limit": "3", "after": "0"},
        {"limit": "3", "after": ids[2]},
        {"limit": "3", "after": ids[5]},
    ]


async def test_limit_fetches_only_the_first_page(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    seed(discord, 9)

    newest = await history(rest, discord.channel_id).limit(3)

    assert [message.content for message in newest] == ["m8", "m7", "m6"]
    assert len(discord.requests_to(MESSAGES)) == 1


async def test_nothing_is_requested_until_the_iterator_is_read(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    seed(discord, 4)

    walk = history(rest, discord.channel_id).filter(lambda m: m.content != "m3").skip(1)

    assert discord.requests_to(MESSAGES) == []
    assert [message.content async for message in walk] == ["m1", "m0"]
    assert len(discord.requests_to(MESSAGES)) == 2


async def test_a_start_cursor_from_a_datetime(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    seed(discord, 2)
    tomorrow = datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(days=1)

    start = pagination.start_cursor(tomorrow, newest_first=True)
    contents = await history(rest, discord.channel_id, start=start).map(lambda message: message.content)

    assert contents == ["m1", "m0"]
    assert discord.requests_to(MESSAGES)[0].query["before"] == str(
        snowflakes.Snowflake.from_datetime(tomorrow)
    )


def test_start_cursor_reads_ids_objects_and_the_ends() -> None:
    class Thing:
        id = snowflakes.Snowflake(42)

    assert pagination.start_cursor(undefined.UNDEFINED, newest_first=False) == "0"
    assert pagination.start_cursor(undefined.UNDEFINED, newest_first=True) == str(snowflakes.MAX_SNOWFLAKE)
    assert pagination.start_cursor("123", newest_first=False) == "123"
    assert pagination.start_cursor(Thing(), newest_first=True) == "42"


# An ascending list paged `after` a user ID, as guild members are.


class MembersServer:
    """`GET /guilds/{guild}/members` over `members`, recording each query; `junk` is sent as is."""

    def __init__(self, user_ids: typing.Iterable[int], *, junk: typing.Sequence[object] = ()) -> None:
        self.members = [{"user": {"id": str(user_id), "username": f"u{user_id}"}} for user_id in user_ids]
        self.junk = list(junk)
        self.queries: list[dict[str, str]] = []
        self.body: object | None = None

    async def handle(self, request: web.Request) -> web.Response:
        self.queries.append(dict(request.query))
        if self.body is not None:
            return web.json_response(self.body)
        limit = int(request.query.get("limit", "1"))
        if "before" in request.query:  # as bans: the `limit` just below the cursor, still ascending
            before = int(request.query["before"])
            page = [member for member in self.members if int(member["user"]["id"]) < before][-limit:]
        else:
            after = int(request.query.get("after", "0"))
            page = [member for member in self.members if int(member["user"]["id"]) > after][:limit]
        # The junk takes the place of members in the first page, which stays `limit` long.
        return web.json_response((self.junk + page)[:limit] if len(self.queries) == 1 else page)


@pytest.fixture
async def members() -> MembersServer:
    return MembersServer(range(1, 8))


@pytest.fixture
async def members_rest(members: MembersServer) -> typing.AsyncIterator[RESTClientImpl]:
    app = web.Application()
    app.router.add_get("/api/v10/guilds/{guild}/members", members.handle)
    runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = int(runner.addresses[0][1])
    try:
        async with RESTClientImpl(
            token="t", token_type="Bot", rest_url=f"http://127.0.0.1:{port}/api/v10"
        ) as rest:
            yield rest
    finally:
        await runner.cleanup()


def username(payload: JSONObject) -> str:
    return str(payload["user"]["username"])


def fetch_members(
    rest: RESTClientImpl,
    *,
    page_size: int = 3,
    direction: pagination.Direction = "after",
    **options: typing.Any,
) -> LazyIterator[str]:
    # The shape `fetch_members` will have, with usernames for members.
    route = GET_GUILD_MEMBERS.compile(guild=1)
    return pagination.paginate_route(
        rest,
        route,
        username,
        direction=direction,
        page_size=page_size,
        cursor_of=pagination.user_id_cursor,
        **options,
    )


async def test_ascending_pages_use_the_last_user_id(
    members: MembersServer, members_rest: RESTClientImpl
) -> None:
    names = await fetch_members(members_rest)

    assert names == [f"u{index}" for index in range(1, 8)]
    assert members.queries == [{"limit": "3"}, {"limit": "3", "after": "3"}, {"limit": "3", "after": "6"}]


async def test_newest_first_over_ascending_pages_walks_before_and_reverses_them(
    members: MembersServer, members_rest: RESTClientImpl
) -> None:
    # The shape `fetch_bans(newest_first=True)` will have: Discord sends bans ascending, always.
    start = pagination.start_cursor(undefined.UNDEFINED, newest_first=True)
    walk = fetch_members(members_rest, direction="before", start=start, reverse_pages=True)

    assert await walk == [f"u{index}" for index in range(7, 0, -1)]
    assert members.queries == [
        {"limit": "3", "before": str(snowflakes.MAX_SNOWFLAKE)},
        {"limit": "3", "before": "5"},
        {"limit": "3", "before": "2"},
    ]


async def test_the_extra_query_goes_with_every_page(
    members: MembersServer, members_rest: RESTClientImpl
) -> None:
    walk = fetch_members(members_rest, page_size=5, query={"with_counts": "true"})

    assert await walk.count() == 7
    assert members.queries == [
        {"with_counts": "true", "limit": "5"},
        {"with_counts": "true", "limit": "5", "after": "5"},
    ]


async def test_chunks_fetch_page_by_page(members: MembersServer, members_rest: RESTClientImpl) -> None:
    chunks = fetch_members(members_rest).chunk(3)

    assert await chunks.next() == ["u1", "u2", "u3"]
    assert len(members.queries) == 1  # the chunk is the page: the next is not fetched yet
    assert await chunks.next() == ["u4", "u5", "u6"]
    assert len(members.queries) == 2


async def test_items_that_cannot_be_read_are_skipped(
    members: MembersServer, members_rest: RESTClientImpl
) -> None:
    members.junk = ["not an object", {"user": "not an object"}, {"no": "user"}]

    names = await fetch_members(members_rest, page_size=6)

    # Six items came in the first page (three junk, three members) so it was full: the walk went on
    # after the last member's ID.
    assert names == [f"u{index}" for index in range(1, 8)]
    assert members.queries[1] == {"limit": "6", "after": "3"}


async def test_a_body_that_is_not_an_array_ends_the_walk(
    members: MembersServer, members_rest: RESTClientImpl
) -> None:
    members.body = {"message": "surprise"}

    assert await fetch_members(members_rest) == []
    assert len(members.queries) == 1


async def test_a_server_that_ignores_the_cursor_is_not_asked_forever(
    members: MembersServer, members_rest: RESTClientImpl
) -> None:
    members.body = [{"user": {"id": "1", "username": "u1"}}, {"user": {"id": "2", "username": "u2"}}]

    names = await fetch_members(members_rest, page_size=2)

    assert names == ["u1", "u2", "u1", "u2"]  # the second page repeated the cursor: the walk ended
    assert len(members.queries) == 2


async def test_a_last_item_without_a_cursor_ends_the_walk(
    members: MembersServer, members_rest: RESTClientImpl
) -> None:
    members.body = [{"user": {"id": "1", "username": "u1"}}, {"user": {"username": "no id"}}]

    assert await fetch_members(members_rest, page_size=2) == ["u1", "no id"]
    assert len(members.queries) == 1


async def test_paginate_takes_any_page_function() -> None:
    pages = {None: [{"id": "1"}, {"id": "2"}], "2": [{"id": "3"}]}
    asked: list[str | None] = []

    async def fetch_page(cursor: str | None) -> list[JSONObject]:
        asked.append(cursor)
        return pages[cursor]

    ids = await pagination.paginate(fetch_page, lambda item: int(item["id"]), page_size=2)

    assert ids == [1, 2, 3]
    assert asked == [None, "2"]


def test_page_size_must_be_positive() -> None:
    async def fetch_page(cursor: str | None) -> list[JSONObject]:
        return []

    with pytest.raises(ValueError, match="page_size must be at least 1"):
        pagination.paginate(fetch_page, dict, page_size=0)
