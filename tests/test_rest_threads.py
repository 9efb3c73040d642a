"""Starting threads and forum posts against the emulated Discord over loopback: what Discord
receives (hikari's bodies), what we return, and what Discord refuses."""

from __future__ import annotations

import datetime
import json
import typing

import pytest

from hikari_like import channels
from hikari_like import embeds
from hikari_like import errors
from hikari_like import files
from hikari_like import messages
from hikari_like import webhooks
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.permissions import Permissions

THREADS = "POST /channels/{channel}/threads"
MESSAGE_THREADS = "POST /channels/{channel}/messages/{message}/threads"


def take_from_bot(discord: EmulatedDiscord, permission: Permissions) -> None:
    """The bot loses `permission` in the default guild (its role and @everyone both grant it)."""
    for role in (discord.bot_role(), discord.world.guild(discord.guild_id).everyone):
        role["permissions"] = str(int(role["permissions"]) & ~permission)


async def refused(code: int, call: typing.Awaitable[object]) -> errors.HTTPResponseError:
    with pytest.raises(errors.HTTPResponseError) as caught:
        await call
    assert caught.value.code == code
    return caught.value


async def test_create_thread_sends_hikaris_body_and_reads_the_private_thread(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    thread = await rest.create_thread(
        discord.channel_id,
        channels.ChannelType.GUILD_PRIVATE_THREAD,
        "mods only",
        invitable=False,
        rate_limit_per_user=datetime.timedelta(seconds=30),
        reason="triage",
    )

    sent = discord.requests_to(THREADS)[0]
    assert sent.json == {
        "name": "mods only",
        "auto_archive_duration": 1440,
        "type": 12,
        "invitable": False,
        "rate_limit_per_user": 30,
    }
    assert sent.headers["X-Audit-Log-Reason"] == "triage"
    assert isinstance(thread, channels.GuildPrivateThread)
    assert (thread.name, thread.parent_id, thread.owner_id, thread.guild_id) == (
        "mods only",
        int(discord.channel_id),
        int(discord.application_id),
        int(discord.guild_id),
    )
    assert (thread.is_invitable, thread.is_archived, thread.auto_archive_duration) == (
        False,
        False,
        datetime.timedelta(days=1),
    )
    assert thread.rate_limit_per_user == datetime.timedelta(seconds=30)
    assert thread.member is not None
    assert thread.member.user_id == int(discord.application_id)
    assert thread.approximate_member_count == 1
    assert thread.app is rest
    assert thread.get_guild() is None  # no cache, as hikari without one


async def test_create_thread_takes_public_and_announcement_threads_where_discord_does(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    news = discord.add_guild_channel("news", type=5)

    public = await rest.create_thread(discord.channel_id, channels.ChannelType.GUILD_PUBLIC_THREAD, "chat")
    announced = await rest.create_thread(
        news["id"], channels.ChannelType.GUILD_NEWS_THREAD, "launch", auto_archive_duration=60
    )

    assert isinstance(public, channels.GuildPublicThread)
    assert isinstance(announced, channels.GuildNewsThread)
    assert announced.auto_archive_duration == datetime.timedelta(hours=1)
    # A private thread lives in text channels only; voice channels take no threads at all.
    await refused(50024, rest.create_thread(news["id"], channels.ChannelType.GUILD_PRIVATE_THREAD, "x"))
    voice = discord.add_guild_channel("voice", type=2)
    await refused(50024, rest.create_thread(voice["id"], channels.ChannelType.GUILD_PUBLIC_THREAD, "x"))


async def test_create_thread_refusals(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    private = channels.ChannelType.GUILD_PRIVATE_THREAD

    bad_duration = await refused(
        50035, rest.create_thread(discord.channel_id, private, "x", auto_archive_duration=30)
    )
    too_long = await refused(50035, rest.create_thread(discord.channel_id, private, "x" * 101))
    take_from_bot(discord, Permissions.CREATE_PRIVATE_THREADS)

    await refused(50013, rest.create_thread(discord.channel_id, private, "x"))
    assert isinstance(bad_duration, errors.BadRequestError)
    assert isinstance(too_long, errors.BadRequestError)
    assert "auto_archive_duration" in (bad_duration.errors or {})
    assert "name" in (too_long.errors or {})
    # Public threads need their own permission, which the bot still has.
    await rest.create_thread(discord.channel_id, channels.ChannelType.GUILD_PUBLIC_THREAD, "ok")
    await refused(10003, rest.create_thread(1234, private, "x"))


async def test_create_message_thread_takes_the_messages_id_and_marks_the_message(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = await rest.create_message(discord.channel_id, "release 1.0")

    thread = await rest.create_message_thread(discord.channel_id, message, "Release notes", reason="why")

    sent = discord.requests_to(MESSAGE_THREADS)[0]
    assert sent.json == {"name": "Release notes", "auto_archive_duration": 1440}
    assert sent.headers["X-Audit-Log-Reason"] == "why"
    assert isinstance(thread, channels.GuildPublicThread)
    assert thread.id == message.id
    again = await rest.fetch_message(discord.channel_id, message)
    assert messages.MessageFlag.HAS_THREAD in again.flags
    stored = discord.state.messages[discord.channel_id][str(message.id)]
    assert stored["thread"]["id"] == str(thread.id)
    await refused(160004, rest.create_message_thread(discord.channel_id, message, "again"))
    await refused(10008, rest.create_message_thread(discord.channel_id, 1234, "gone"))


async def test_create_message_thread_in_an_announcement_channel_is_an_announcement_thread(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    news = discord.add_guild_channel("news", type=5)
    message = await rest.create_message(news["id"], "v2 is out")

    thread = await rest.create_message_thread(news["id"], message, "v2")

    assert isinstance(thread, channels.GuildNewsThread)
    take_from_bot(discord, Permissions.CREATE_PUBLIC_THREADS)
    other = await rest.create_message(news["id"], "v3")
    await refused(50013, rest.create_message_thread(news["id"], other, "v3"))


async def test_a_forum_made_by_create_guild_forum_channel_takes_posts_with_tags_and_files(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    forum = await rest.create_guild_forum_channel(
        discord.guild_id,
        "help",
        available_tags=[channels.ForumTag(name="bug", emoji="🐛"), channels.ForumTag(name="question")],
        default_reaction_emoji="👍",
        default_sort_order=channels.ForumSortOrderType.CREATION_DATE,
        default_forum_layout=channels.ForumLayoutType.GALLERY_VIEW,
    )
    bug = next(tag for tag in forum.available_tags if tag.name == "bug")

    post = await rest.create_forum_post(
        forum,
        "Crash on start",
        "Logs attached",
        attachment=files.Bytes(b"Traceback ...", "crash.log"),
        tags=[bug],
        rate_limit_per_user=10,
        reason="report",
    )

    assert (forum.default_sort_order, forum.default_layout) == (
        channels.ForumSortOrderType.CREATION_DATE,
        channels.ForumLayoutType.GALLERY_VIEW,
    )
    assert forum.default_reaction_emoji_name == "👍"
    assert bug.unicode_emoji == "🐛"
    sent = discord.requests_to(THREADS)[0]
    assert sent.headers["X-Audit-Log-Reason"] == "report"
    assert [file.filename for file in sent.files] == ["crash.log"]
    assert sent.json["message"]["content"] == "Logs attached"
    assert sent.json["message"]["attachments"][0]["filename"] == "crash.log"
    assert (sent.json["name"], sent.json["applied_tags"], sent.json["auto_archive_duration"]) == (
        "Crash on start",
        [str(bug.id)],
        1440,
    )
    assert sent.json["rate_limit_per_user"] == 10
    assert isinstance(post, channels.GuildPublicThread)
    assert (post.parent_id, post.applied_tag_ids) == (forum.id, [bug.id])
    starter = await rest.fetch_message(post, post.id)  # a post's first message has the post's ID
    assert starter.content == "Logs attached"
    assert [attachment.filename for attachment in starter.attachments] == ["crash.log"]
    refreshed = await rest.fetch_channel(forum)
    assert isinstance(refreshed, channels.GuildForumChannel)
    assert refreshed.last_thread_id == post.id


async def test_forum_post_refusals(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    forum = await rest.create_guild_forum_channel(discord.guild_id, "help")
    await rest.edit_channel(forum, flags=channels.ChannelFlag.REQUIRE_TAG)

    await refused(40067, rest.create_forum_post(forum, "no tag", "hi"))
    await rest.edit_channel(forum, flags=channels.ChannelFlag.NONE)
    empty = await refused(50006, rest.create_forum_post(forum, "empty"))
    unknown_tag = await refused(50035, rest.create_forum_post(forum, "tagged", "hi", tags=[1234]))
    assert empty.message == "Cannot send an empty message"
    assert isinstance(unknown_tag, errors.BadRequestError)
    assert unknown_tag.errors == {
        "applied_tags": {
            "0": {
                "_errors": [
                    {"code": "BASE_TYPE_CHOICES", "message": "Value must be one of the channel's tags."}
                ]
            }
        }
    }
    await refused(50024, rest.create_message_thread(forum, 1234, "forums have no message threads"))
    take_from_bot(discord, Permissions.SEND_MESSAGES)
    await refused(50013, rest.create_forum_post(forum, "mute", "hi"))


async def test_moderated_tags_need_manage_threads_and_media_channels_take_posts(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    media = await rest.create_guild_media_channel(
        discord.guild_id, "art", available_tags=[channels.ForumTag(name="staff pick", moderated=True)]
    )
    [pick] = media.available_tags

    post = await rest.create_forum_post(media, "sunset", embed=embeds.Embed(title="sunset"), tags=[pick])

    assert post.applied_tag_ids == [pick.id]
    take_from_bot(discord, Permissions.MANAGE_THREADS)
    await refused(50013, rest.create_forum_post(media, "again", "hi", tags=[pick]))


async def test_forum_post_message_fields_follow_create_message(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    forum = await rest.create_guild_forum_channel(discord.guild_id, "help")

    await rest.create_forum_post(
        forum,
        "quiet",
        "shh",
        flags=messages.MessageFlag.SUPPRESS_NOTIFICATIONS,
        sticker=777,
        user_mentions=[42],
    )

    message = discord.requests_to(THREADS)[0].json["message"]
    assert message["content"] == "shh"
    assert message["flags"] == int(messages.MessageFlag.SUPPRESS_NOTIFICATIONS)
    assert message["sticker_ids"] == ["777"]
    assert message["allowed_mentions"]["users"] == ["42"]
    with pytest.raises(ValueError, match="sticker or stickers"):
        await rest.create_forum_post(forum, "both", "x", sticker=1, stickers=[2])


async def test_thread_payloads_are_discords_shape(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    thread = await rest.create_thread(discord.channel_id, channels.ChannelType.GUILD_PUBLIC_THREAD, "shape")

    answered = json.loads(json.dumps(discord.state.channels[str(thread.id)]))

    assert set(answered["thread_metadata"]) == {
        "archived",
        "auto_archive_duration",
        "archive_timestamp",
        "locked",
        "create_timestamp",
    }
    assert {"owner_id", "parent_id", "member_count", "message_count", "total_message_sent"} <= set(answered)
    assert thread.thread_created_at is not None


async def test_channel_follow_fetches_its_channel_and_webhook(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    news = discord.add_guild_channel("news", type=5)
    follow = await rest.follow_channel(news["id"], discord.channel_id)

    source = await follow.fetch_channel()
    webhook = await follow.fetch_webhook()

    assert isinstance(source, channels.GuildNewsChannel)
    assert source.id == int(news["id"])
    assert isinstance(webhook, webhooks.ChannelFollowerWebhook)
    assert (webhook.id, webhook.channel_id) == (follow.webhook_id, int(discord.channel_id))
    assert follow.get_channel() is None  # no cache, as hikari without one


@pytest.mark.parametrize(
    "body",
    [
        [],
        {"name": 5, "type": 11},
        {"name": "x", "type": "11"},
        {"name": "x", "type": True},
        {"name": "x", "type": 12, "invitable": "yes"},
        {"name": "x", "type": 11, "auto_archive_duration": "1440"},
        {"name": "x", "type": 11, "rate_limit_per_user": 21601},
    ],
)
async def test_malformed_thread_bodies_are_invalid_forms_not_errors(
    discord: EmulatedDiscord, rest: RESTClientImpl, body: object
) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        await rest.request("POST", f"/channels/{discord.channel_id}/threads", json=body)

    assert caught.value.code == 50035


@pytest.mark.parametrize(
    "body",
    [
        {"name": "post"},
        {"name": "post", "message": "hi"},
        {"name": "post", "message": {"content": "hi", "flags": "4"}},
        {"name": "post", "message": {"content": "hi"}, "applied_tags": "1"},
        {"name": "post", "message": {"content": "hi"}, "applied_tags": ["1", "2", "3", "4", "5", "6"]},
        {"name": "post", "message": {"content": "x" * 2001}},
    ],
)
async def test_malformed_forum_posts_are_invalid_forms_not_errors(
    discord: EmulatedDiscord, rest: RESTClientImpl, body: object
) -> None:
    forum = discord.add_guild_channel("help", type=15)

    with pytest.raises(errors.BadRequestError) as caught:
        await rest.request("POST", f"/channels/{forum['id']}/threads", json=body)

    assert caught.value.code == 50035


# -- messages in threads ----------------------------------------------------------------------------


async def test_posting_in_a_thread_needs_send_messages_in_threads(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    thread = discord.add_thread("chat")
    take_from_bot(discord, Permissions.SEND_MESSAGES)

    sent = await rest.create_message(thread["id"], "still allowed in threads")
    take_from_bot(discord, Permissions.SEND_MESSAGES_IN_THREADS)

    assert sent.channel_id == int(thread["id"])
    await refused(50013, rest.create_message(thread["id"], "no longer"))
    assert (thread["message_count"], thread["total_message_sent"]) == (1, 1)
    await rest.delete_message(thread["id"], sent)
    assert (thread["message_count"], thread["total_message_sent"]) == (0, 1)  # Discord's two counts


async def test_a_message_unarchives_a_thread_unless_it_is_locked(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    last_week = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=7)
    archived = discord.add_thread("old", archived=True, archive_timestamp=last_week)
    locked = discord.add_thread("closed", archived=True, locked=True)
    moderated = discord.add_thread("moderated", archived=True, locked=True)

    await rest.create_message(archived["id"], "back to it")
    await rest.create_message(moderated["id"], "a moderator may")  # the bot has MANAGE_THREADS
    take_from_bot(discord, Permissions.MANAGE_THREADS)
    refusal = await refused(50083, rest.create_message(locked["id"], "let me in"))

    assert archived["thread_metadata"]["archived"] is False
    assert datetime.datetime.fromisoformat(archived["thread_metadata"]["archive_timestamp"]) > last_week
    assert moderated["thread_metadata"]["archived"] is False
    assert isinstance(refusal, errors.BadRequestError)
    assert locked["thread_metadata"]["archived"] is True


async def test_a_private_thread_is_hidden_from_a_bot_outside_it(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    theirs = discord.add_thread("mods", type=12, owner_id=discord.state.owner["id"])
    take_from_bot(discord, Permissions.MANAGE_THREADS)

    await refused(50001, rest.create_message(theirs["id"], "hello?"))
    await refused(50001, rest.fetch_messages(theirs["id"]))
    discord.state.thread_members[theirs["id"]][discord.application_id] = {"id": theirs["id"]}
    assert (await rest.create_message(theirs["id"], "now I'm in")).channel_id == int(theirs["id"])
