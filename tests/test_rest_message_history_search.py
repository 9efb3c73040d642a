"""Guild message search: the query Discord receives (arrays as repeated parameters), the emulated
Discord's matching, the result model, and Discord's 202 "not indexed yet" answer."""

from __future__ import annotations

import typing

import pytest
from aiohttp import web

from hikari_like import _message_search as search
from hikari_like import embeds
from hikari_like import errors
from hikari_like import files
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.permissions import Permissions

SEARCH = "GET /guilds/{guild}/messages/search"


def seed(discord: EmulatedDiscord, content: str, **fields: typing.Any) -> str:
    message = discord.seed_message(discord.channel_id, content, author=fields.pop("author", None))
    message.update(fields)
    return str(message["id"])


async def found(rest: RESTClientImpl, guild_id: str, **filters: typing.Any) -> list[str]:
    result = await rest.search_messages(guild_id, **filters)
    return [str(message.id) for message in result.messages]


async def test_search_by_content_author_and_mentions(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    kat = discord.add_member("kat", user_id=42)["user"]
    bob = discord.add_user("bob", user_id=43)
    deploy = seed(discord, "Deploy finished: all green", author=kat)
    other = seed(discord, "deploy failed", author=bob, mentions=[kat])
    seed(discord, "lunch?", author=kat, mention_everyone=True)

    assert await found(rest, discord.guild_id, content="DEPLOY") == [other, deploy]  # newest first
    assert await found(rest, discord.guild_id, content="deploy green") == [deploy]
    assert await found(rest, discord.guild_id, authors=[42]) == [
        m for m in await found(rest, discord.guild_id) if m != other
    ]
    assert await found(rest, discord.guild_id, authors=[42, 43], content="deploy") == [other, deploy]
    assert await found(rest, discord.guild_id, mentioned_users=[kat["id"]]) == [other]
    everyone = await found(rest, discord.guild_id, mentions_everyone=True)
    assert len(everyone) == 1
    by_author = [request.query for request in discord.requests_to(SEARCH) if "author_id" in request.query]
    assert [query["author_id"] for query in by_author] == ["42", "42"]  # the second: the first of two


async def test_search_has_author_type_sort_and_paging(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    link = (await rest.create_message(discord.channel_id, "see https://docs.example.com/page")).id
    embedded = (await rest.create_message(discord.channel_id, embed=embeds.Embed(title="report"))).id
    upload = (await rest.create_message(discord.channel_id, attachment=files.Bytes(b"x", "notes.txt"))).id
    plain = seed(discord, "just words")

    has = search.MessageSearchHasType
    assert await found(rest, discord.guild_id, has=[has.LINK]) == [str(link)]
    assert await found(rest, discord.guild_id, has=[has.EMBED, has.FILE]) == [str(upload), str(embedded)]
    assert plain in await found(rest, discord.guild_id, has=[has.NOT_LINK, has.NOT_FILE])
    assert await found(rest, discord.guild_id, attachment_extensions=["txt"]) == [str(upload)]
    assert await found(rest, discord.guild_id, link_hostnames=["docs.example.com"]) == [str(link)]
    bots = await found(rest, discord.guild_id, author_types=[search.MessageSearchAuthorType.BOT])
    assert bots == [str(upload), str(embedded), str(link)]
    assert await found(rest, discord.guild_id, author_types=[search.MessageSearchAuthorType.NOT_BOT]) == [
        plain
    ]

    ascending = await found(
        rest, discord.guild_id, sort_order=search.MessageSearchSortOrder.ASCENDING, limit=2
    )
    result = await rest.search_messages(discord.guild_id, offset=2, limit=2)
    assert ascending == [str(link), str(embedded)]
    assert result.total_results == 4
    assert [str(m.id) for m in result.messages] == [str(embedded), str(link)]
    query = discord.requests_to(SEARCH)[-2].query
    assert (query["sort_order"], query["limit"]) == ("asc", "2")


async def test_search_limits_and_permissions(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    secret = discord.add_guild_channel("secret")
    discord.seed_message(secret["id"], "hidden needle")
    nsfw = discord.add_guild_channel("after-dark", nsfw=True)
    discord.seed_message(nsfw["id"], "nsfw needle")
    secret["permission_overwrites"] = [
        {
            "id": discord.bot_role()["id"],
            "type": 0,
            "allow": "0",
            "deny": str(int(Permissions.READ_MESSAGE_HISTORY)),
        }
    ]

    assert await found(rest, discord.guild_id, content="needle") == []
    assert len(await found(rest, discord.guild_id, content="needle", include_nsfw=True)) == 1
    assert await found(rest, discord.guild_id, content="needle", channels=[nsfw["id"]]) == []
    for bad in ({"limit": 26}, {"offset": 9976}, {"content": "x" * 1025}):
        with pytest.raises(errors.BadRequestError):
            await rest.search_messages(discord.guild_id, **bad)
    for role in (discord.bot_role(), discord.world.guild(discord.guild_id).everyone):
        role["permissions"] = str(int(role["permissions"]) & ~Permissions.READ_MESSAGE_HISTORY)
    with pytest.raises(errors.ForbiddenError):
        await rest.search_messages(discord.guild_id)


async def test_search_result_reads_threads_and_members(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    thread = discord.add_guild_channel("help thread")
    archived = {
        "archived": False,
        "auto_archive_duration": 1440,
        "archive_timestamp": "2025-01-01T00:00:00+00:00",
    }
    thread.update(type=11, parent_id=discord.channel_id, thread_metadata={**archived, "locked": False})
    discord.seed_message(thread["id"], "thread needle")
    bot_id = discord.application_id
    discord.state.thread_members[thread["id"]] = {
        bot_id: {
            "id": thread["id"],
            "user_id": bot_id,
            "join_timestamp": "2025-01-01T00:00:00+00:00",
            "flags": 0,
        }
    }

    result = await rest.search_messages(discord.guild_id, content="needle")

    assert isinstance(result, search.MessageSearchResult)
    assert result.doing_deep_historical_index is False
    assert [str(t.id) for t in result.threads] == [thread["id"]]
    assert [str(m.user_id) for m in result.members] == [bot_id]


def _not_indexed_discord(answers: list[dict[str, typing.Any]]) -> web.Application:
    """A stand-in Discord that answers the search route with `answers`, one per request, as
    Discord does while it indexes a guild (202 and code 110000)."""

    async def handler(request: web.Request) -> web.Response:
        answer = answers.pop(0)
        return web.json_response(answer, status=202 if answer.get("code") == 110000 else 200)

    app = web.Application()
    app.router.add_get("/api/v10/guilds/{guild}/messages/search", handler)
    return app


@pytest.fixture
async def indexing_discord() -> typing.AsyncIterator[tuple[str, list[dict[str, typing.Any]]]]:
    answers: list[dict[str, typing.Any]] = []
    runner = web.AppRunner(_not_indexed_discord(answers))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}/api/v10", answers
    finally:
        await runner.cleanup()


_NOT_INDEXED = {"message": "Index not yet available. Try again later", "code": 110000, "documents_indexed": 7}
_EMPTY = {"doing_deep_historical_index": True, "documents_indexed": 12, "total_results": 0, "messages": []}


async def test_search_waits_once_for_the_index(
    indexing_discord: tuple[str, list[dict[str, typing.Any]]],
) -> None:
    url, answers = indexing_discord
    answers.extend([{**_NOT_INDEXED, "retry_after": 0.01}, _EMPTY])
    async with RESTClientImpl(token="t", token_type="Bot", rest_url=url) as rest:
        result = await rest.search_messages(1)

    assert (result.doing_deep_historical_index, result.documents_indexed, result.total_results) == (
        True,
        12,
        0,
    )
    assert answers == []


async def test_search_not_indexed_raises_with_discords_numbers(
    indexing_discord: tuple[str, list[dict[str, typing.Any]]],
) -> None:
    url, answers = indexing_discord
    answers.extend([{**_NOT_INDEXED, "retry_after": 2.5}])
    async with RESTClientImpl(token="t", token_type="Bot", rest_url=url) as rest:
        with pytest.raises(errors.SearchNotIndexedError) as caught:
            await rest.search_messages(1, wait_for_index=False)

    assert (caught.value.documents_indexed, caught.value.retry_after) == (7, 2.5)
    assert "retry after 2.5s" in str(caught.value)
