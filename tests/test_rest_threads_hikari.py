"""hikari itself calls the emulated Discord's thread endpoints: its entity factory is strict about
Discord's shapes (it indexes fields it needs), so every thread, thread member and listing parsing
into hikari's models is a second witness, after Discord's documentation, that the shapes are
right, and hikari_like sends the same requests for the same calls."""

from __future__ import annotations

import datetime
import typing

import hikari
from hikari import channels as hikari_channels
from hikari import messages as hikari_messages
from hikari.api import rest as rest_api

from hikari_like import channels as our_channels
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord

LAST_WEEK = datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC)


async def test_hikari_starts_threads_and_posts_and_reads_them(
    discord: EmulatedDiscord, hikari_rest: rest_api.RESTClient
) -> None:
    channel = int(discord.channel_id)
    message = await hikari_rest.create_message(channel, "release")
    forum = await hikari_rest.create_guild_forum_channel(
        int(discord.guild_id), "help", available_tags=[hikari_channels.ForumTag(name="bug", emoji="🐛")]
    )

    private = await hikari_rest.create_thread(
        channel, hikari_channels.ChannelType.GUILD_PRIVATE_THREAD, "mods"
    )
    from_message = await hikari_rest.create_message_thread(channel, message, "notes")
    post = await hikari_rest.create_forum_post(
        forum, "crash", "logs", attachment=hikari.Bytes(b"...", "crash.log"), tags=[forum.available_tags[0]]
    )

    assert isinstance(private, hikari_channels.GuildPrivateThread)
    assert private.member is not None
    assert private.member.user_id == int(discord.application_id)
    assert isinstance(from_message, hikari_channels.GuildPublicThread)
    assert from_message.id == message.id
    assert isinstance(post, hikari_channels.GuildPublicThread)
    assert post.applied_tag_ids == [forum.available_tags[0].id]
    fetched = await hikari_rest.fetch_message(channel, message)
    assert hikari_messages.MessageFlag.HAS_THREAD in fetched.flags


async def test_hikari_reads_thread_members_and_the_listings(
    discord: EmulatedDiscord, hikari_rest: rest_api.RESTClient
) -> None:
    discord.add_member("kat", user_id=42)
    thread = discord.add_thread("chat", members=[42])
    for index in range(3):
        discord.add_thread(
            f"old{index}", archived=True, archive_timestamp=LAST_WEEK + datetime.timedelta(days=index)
        )
    discord.add_thread("secret", type=12, archived=True)

    member = await hikari_rest.fetch_thread_member(int(thread["id"]), 42)
    members = await hikari_rest.fetch_thread_members(int(thread["id"]))
    active = await hikari_rest.fetch_active_threads(int(discord.guild_id))
    public = await hikari_rest.fetch_public_archived_threads(int(discord.channel_id))
    private = await hikari_rest.fetch_private_archived_threads(int(discord.channel_id))
    joined = await hikari_rest.fetch_joined_private_archived_threads(int(discord.channel_id))

    assert (member.thread_id, member.user_id) == (int(thread["id"]), 42)
    assert sorted(m.user_id for m in members) == [42, int(discord.application_id)]
    assert [t.name for t in active] == ["chat"]
    assert active[0].member is not None
    assert [t.name for t in public] == ["old2", "old1", "old0"]
    assert [t.name for t in private] == [t.name for t in joined] == ["secret"]


async def test_both_libraries_send_the_same_thread_requests(
    discord: EmulatedDiscord, hikari_rest: rest_api.RESTClient, rest: RESTClientImpl
) -> None:
    channel = int(discord.channel_id)
    discord.add_member("kat", user_id=42)

    async def calls(client: typing.Any, types: typing.Any) -> None:
        thread = await client.create_thread(channel, types.ChannelType.GUILD_PUBLIC_THREAD, "t", reason="r")
        await client.add_thread_member(thread, 42)
        await client.remove_thread_member(thread, 42)
        await client.leave_thread(thread)
        await client.join_thread(thread)
        await client.fetch_active_threads(int(discord.guild_id))
        await client.fetch_public_archived_threads(channel, before=LAST_WEEK)

    await calls(hikari_rest, hikari)
    theirs = _requests(discord)
    discord.clear_requests()
    await calls(rest, our_channels)

    assert _requests(discord) == theirs


def _requests(discord: EmulatedDiscord) -> list[tuple[typing.Any, ...]]:
    return [
        (
            request.route,
            request.json,
            request.query,
            request.headers.get("X-Audit-Log-Reason"),
            request.status,
        )
        for request in discord.requests
    ]
