"""Thread members and the thread listings against the emulated Discord over loopback: joining,
adding and removing members, paging members by user ID, and the active and archived listings
paged by Discord's `before` cursors and `has_more`."""

from __future__ import annotations

import datetime
import typing

import pytest

from hikari_like import _channel_kinds
from hikari_like import channels
from hikari_like import errors
from hikari_like import snowflakes
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.impl.rest.thread_pages import ThreadMembersIterator
from hikari_like.internal import json
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import thread_world
from hikari_like.testing.emulator.permissions import Permissions
from tests.test_rest_threads import refused
from tests.test_rest_threads import take_from_bot

PUBLIC_ARCHIVED = "GET /channels/{channel}/threads/archived/public"
MEMBERS = "GET /channels/{channel}/thread-members"
LAST_WEEK = datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC)


async def test_join_leave_add_and_remove_members(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    owner = discord.state.owner["id"]
    kat = discord.add_member("kat", user_id=42)
    thread = discord.add_thread(owner_id=owner)

    await rest.join_thread(thread["id"])
    await rest.add_thread_member(thread["id"], 42)
    await rest.add_thread_member(thread["id"], 42)  # already there: nothing changes
    joined = set(discord.state.thread_members[thread["id"]])
    await rest.remove_thread_member(thread["id"], 42)
    await rest.leave_thread(thread["id"])

    assert joined == {owner, discord.application_id, kat["user"]["id"]}
    assert set(discord.state.thread_members[thread["id"]]) == {owner}
    assert thread["member_count"] == 1
    assert [
        request.status for request in discord.requests_to("PUT /channels/{channel}/thread-members/@me")
    ] == [204]
    await refused(10007, rest.remove_thread_member(thread["id"], 42))
    await refused(10007, rest.add_thread_member(thread["id"], discord.add_user("stranger")["id"]))


async def test_archived_threads_refuse_member_changes(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    discord.add_member("kat", user_id=42)
    thread = discord.add_thread(archived=True)

    for call in (
        rest.join_thread(thread["id"]),
        rest.leave_thread(thread["id"]),
        rest.add_thread_member(thread["id"], 42),
        rest.remove_thread_member(thread["id"], 42),
    ):
        error = await refused(50083, call)
        assert isinstance(error, errors.BadRequestError)


async def test_member_routes_need_a_thread_the_bot_may_touch(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    discord.add_member("kat", user_id=42)
    secret = discord.add_thread("secret", type=12, owner_id=discord.state.owner["id"], invitable=False)
    mine = discord.add_thread("mine", type=12)

    await refused(10003, rest.join_thread(discord.channel_id))  # a text channel is not a thread
    await rest.join_thread(secret["id"])  # a moderator sees every private thread
    take_from_bot(discord, Permissions.MANAGE_THREADS)
    await refused(50013, rest.add_thread_member(secret["id"], 42))  # not invitable
    await refused(50013, rest.remove_thread_member(secret["id"], discord.state.owner["id"]))
    await rest.add_thread_member(mine["id"], 42)
    await rest.remove_thread_member(mine["id"], 42)  # its owner may
    await rest.leave_thread(secret["id"])
    await refused(50001, rest.join_thread(secret["id"]))  # no longer a member, no longer a moderator
    take_from_bot(discord, Permissions.SEND_MESSAGES_IN_THREADS)
    await refused(50013, rest.add_thread_member(mine["id"], 42))


async def test_fetch_thread_member_with_its_guild_member(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    discord.add_member("kat", user_id=42, nick="Kat")
    created = await rest.create_thread(discord.channel_id, channels.ChannelType.GUILD_PUBLIC_THREAD, "chat")
    await rest.add_thread_member(created, 42)

    by_object = await rest.fetch_thread_member(created, 42)
    by_id = await rest.fetch_thread_member(created.id, 42)

    assert (by_object.thread_id, by_object.user_id, by_object.flags) == (created.id, 42, 0)
    assert by_object.joined_at is not None
    assert by_object.member is not None
    assert (by_object.member.nickname, by_object.member.guild_id) == ("Kat", created.guild_id)
    assert by_id.member is None  # Discord's thread member names no guild
    assert by_id == by_object
    assert discord.requests_to("GET /channels/{channel}/thread-members/{user}")[0].query == {
        "with_member": "true"
    }
    await refused(10007, rest.fetch_thread_member(created, discord.add_user("stranger")["id"]))


async def test_fetch_thread_members_pages_by_user_id(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    user_ids = [str(5000 + index) for index in range(150)]
    for user_id in user_ids:
        discord.add_member(f"m{user_id}", user_id=user_id)
    created = await rest.create_thread(discord.channel_id, channels.ChannelType.GUILD_PUBLIC_THREAD, "big")
    for user_id in user_ids:
        thread_world.join(discord.state, discord.state.channels[str(created.id)], user_id)

    iterator = rest.fetch_thread_members(created)
    walked = [member async for member in iterator]
    after = await rest.fetch_thread_members(created.id, after=5140)

    assert isinstance(iterator, ThreadMembersIterator)
    expected = sorted([*user_ids, discord.application_id], key=int)
    assert [str(member.user_id) for member in walked] == expected
    assert all(member.member is not None and member.member.guild_id == created.guild_id for member in walked)
    assert [member.user_id for member in after] == [*range(5141, 5150), int(discord.application_id)]
    queries = [request.query for request in discord.requests_to(MEMBERS)]
    assert queries[:2] == [
        {"with_member": "true", "limit": "100"},
        {"with_member": "true", "limit": "100", "after": expected[99]},
    ]
    assert queries[-1] == {"with_member": "true", "limit": "100", "after": "5140"}
    assert await rest.fetch_thread_members(created).limit(3).count() == 3


async def test_fetch_active_threads_covers_the_guild_with_the_bots_memberships(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    owner = discord.state.owner["id"]
    news = discord.add_guild_channel("news", type=5)
    joined = discord.add_thread("joined")
    seen = discord.add_thread("seen", owner_id=owner)
    announced = discord.add_thread("announced", parent_id=news["id"], type=10)
    discord.add_thread("archived", archived=True)
    hidden = discord.add_thread("hidden", type=12, owner_id=owner)

    threads = await rest.fetch_active_threads(discord.guild_id)
    take_from_bot(discord, Permissions.MANAGE_THREADS)
    without_moderation = await rest.fetch_active_threads(discord.guild_id)

    by_name = {thread.name: thread for thread in threads}
    assert [thread.name for thread in threads] == ["hidden", "announced", "seen", "joined"]  # newest first
    assert isinstance(by_name["announced"], channels.GuildNewsThread)
    assert isinstance(by_name["hidden"], channels.GuildPrivateThread)
    assert by_name["joined"].member is not None
    assert by_name["joined"].member.thread_id == int(joined["id"])
    assert by_name["seen"].member is None
    assert {thread.id for thread in without_moderation} == {
        int(joined["id"]),
        int(seen["id"]),
        int(announced["id"]),
    }
    assert int(hidden["id"]) not in {thread.id for thread in without_moderation}


def _archived(discord: EmulatedDiscord, count: int, **options: typing.Any) -> list[json.JSONObject]:
    """`count` archived threads, the first archived longest ago (a minute apart)."""
    return [
        discord.add_thread(
            f"t{index}",
            archived=True,
            archive_timestamp=LAST_WEEK + datetime.timedelta(minutes=index),
            **options,
        )
        for index in range(count)
    ]


async def test_public_archived_threads_page_by_archive_timestamp(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    seeded = _archived(discord, 150)
    discord.add_thread("active")
    discord.add_thread("private", type=12, archived=True)
    thread_world.leave(discord.state, discord.state.channels[seeded[3]["id"]], discord.application_id)

    walked = await rest.fetch_public_archived_threads(discord.channel_id)
    before = await rest.fetch_public_archived_threads(
        discord.channel_id, before=LAST_WEEK + datetime.timedelta(minutes=2)
    )

    assert [thread.name for thread in walked] == [f"t{index}" for index in reversed(range(150))]
    assert all(isinstance(thread, channels.GuildPublicThread) and thread.is_archived for thread in walked)
    assert walked[0].archive_timestamp == LAST_WEEK + datetime.timedelta(minutes=149)
    assert {thread.name for thread in walked if thread.member is None} == {"t3"}  # it left that one
    assert [thread.name for thread in before] == ["t1", "t0"]
    queries = [request.query for request in discord.requests_to(PUBLIC_ARCHIVED)]
    # The next page is before the last thread's archive timestamp, as Discord sent it.
    assert [query["limit"] for query in queries] == ["100", "100", "100"]
    assert "before" not in queries[0]
    assert datetime.datetime.fromisoformat(queries[1]["before"]) == LAST_WEEK + datetime.timedelta(minutes=50)
    assert len(queries) == 3  # the second page said has_more: false


async def test_private_archived_threads_need_manage_threads(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    owner = discord.state.owner["id"]
    mine = _archived(discord, 2, type=12)
    others = discord.add_thread("others", type=12, owner_id=owner, archived=True, archive_timestamp=LAST_WEEK)
    _archived(discord, 1)  # a public one

    private = await rest.fetch_private_archived_threads(discord.channel_id)
    joined = await rest.fetch_joined_private_archived_threads(discord.channel_id)
    joined_before = await rest.fetch_joined_private_archived_threads(
        discord.channel_id, before=int(mine[1]["id"])
    )

    assert [thread.name for thread in private] == ["t1", "t0", "others"]
    assert all(isinstance(thread, channels.GuildPrivateThread) for thread in private)
    assert [thread.id for thread in joined] == [int(mine[1]["id"]), int(mine[0]["id"])]  # by ID, newest first
    assert all(thread.member is not None for thread in joined)
    assert [thread.id for thread in joined_before] == [int(mine[0]["id"])]
    assert int(others["id"]) not in {thread.id for thread in joined}
    take_from_bot(discord, Permissions.MANAGE_THREADS)
    with pytest.raises(errors.ForbiddenError):
        await rest.fetch_private_archived_threads(discord.channel_id)
    take_from_bot(discord, Permissions.READ_MESSAGE_HISTORY)
    with pytest.raises(errors.ForbiddenError):
        await rest.fetch_joined_private_archived_threads(discord.channel_id)


async def test_listings_refuse_channels_without_such_threads(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    voice = discord.add_guild_channel("voice", type=2)
    news = discord.add_guild_channel("news", type=5)

    with pytest.raises(errors.BadRequestError) as public:
        await rest.fetch_public_archived_threads(voice["id"])
    with pytest.raises(errors.BadRequestError) as private:
        await rest.fetch_private_archived_threads(news["id"])
    with pytest.raises(errors.NotFoundError):
        await rest.fetch_public_archived_threads(1234)

    assert (public.value.code, private.value.code) == (50024, 50024)


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/threads/archived/public", {"before": "last tuesday"}),
        ("/threads/archived/public", {"limit": "many"}),
        ("/threads/archived/private", {"limit": "0"}),
        ("/users/@me/threads/archived/private", {"before": "2024-05-01"}),
        ("/thread-members", {"with_member": "maybe"}),
    ],
)
async def test_malformed_listing_queries_are_invalid_forms_not_errors(
    discord: EmulatedDiscord, rest: RESTClientImpl, path: str, query: dict[str, str]
) -> None:
    thread = discord.add_thread("chat")
    channel = thread["id"] if path == "/thread-members" else discord.channel_id

    with pytest.raises(errors.BadRequestError) as caught:
        await rest.request("GET", f"/channels/{channel}{path}", query=query)

    assert caught.value.code == 50035


def test_thread_members_and_threads_read_tolerantly(rest: RESTClientImpl) -> None:
    garbled = channels.ThreadMember.from_payload(
        {"id": "1", "user_id": "2", "join_timestamp": "noon", "flags": "x", "member": {"user": "nobody"}},
        app=rest,
        guild_id=snowflakes.Snowflake(3),
    )
    future = _channel_kinds.thread_from_payload({"id": "5", "guild_id": "1", "type": 99}, app=rest)

    assert (garbled.thread_id, garbled.user_id, garbled.joined_at, garbled.flags, garbled.member) == (
        1,
        2,
        None,
        0,
        None,
    )
    assert type(future) is channels.GuildThreadChannel  # a thread type not known yet
    assert (future.id, future.guild_id, future.is_archived, future.member) == (5, 1, False, None)
