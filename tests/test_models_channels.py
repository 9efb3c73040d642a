"""Channel models read from Discord's documented examples (resources/channel.mdx), from minimal
payloads and from payloads with unknown and wrong-typed fields; the dispatcher never fails on a type."""

from __future__ import annotations

import datetime
import typing

import pytest

from hikari_like import channels
from hikari_like import permissions
from hikari_like import snowflakes
from tests.helpers import APP

OVERWRITE: typing.Final = {"id": "41771983423143937", "type": 0, "allow": "1024", "deny": "2048"}

# Discord's examples (resources/channel.mdx), by type.
EXAMPLES: typing.Final[dict[type, dict[str, typing.Any]]] = {
    channels.GuildTextChannel: {
        "id": "41771983423143937",
        "guild_id": "41771983423143937",
        "name": "general",
        "type": 0,
        "position": 6,
        "permission_overwrites": [OVERWRITE],
        "rate_limit_per_user": 2,
        "nsfw": True,
        "topic": "24/7 chat about how to gank Mike #2",
        "last_message_id": "155117677105512449",
        "parent_id": "399942396007890945",
        "default_auto_archive_duration": 60,
    },
    channels.GuildNewsChannel: {
        "id": "41771983423143937",
        "guild_id": "41771983423143937",
        "name": "important-news",
        "type": 5,
        "position": 6,
        "permission_overwrites": [],
        "nsfw": True,
        "topic": "Rumors about Half Life 3",
        "last_message_id": "155117677105512449",
        "parent_id": "399942396007890945",
        "default_auto_archive_duration": 60,
    },
    channels.GuildVoiceChannel: {
        "id": "155101607195836416",
        "last_message_id": "174629835082649376",
        "type": 2,
        "name": "ROCKET CHEESE",
        "position": 5,
        "parent_id": None,
        "bitrate": 64000,
        "user_limit": 0,
        "rtc_region": None,
        "guild_id": "41771983423143937",
        "permission_overwrites": [],
        "rate_limit_per_user": 0,
        "nsfw": False,
    },
    channels.DMChannel: {
        "last_message_id": "3343820033257021450",
        "type": 1,
        "id": "319674150115610528",
        "recipients": [
            {
                "username": "test",
                "discriminator": "9999",
                "id": "82198898841029460",
                "avatar": "33ecab261d4681afa4d85a04691c4a01",
            }
        ],
    },
    channels.GroupDMChannel: {
        "name": "Some test channel",
        "icon": None,
        "last_message_id": "3343820033257021450",
        "type": 3,
        "id": "319674150115710528",
        "owner_id": "82198810841029460",
        "recipients": [
            {"username": "test", "discriminator": "9999", "id": "82198898841029460", "avatar": None},
            {"username": "test2", "discriminator": "9999", "id": "82198810841029460", "avatar": None},
        ],
    },
    channels.GuildCategory: {
        "permission_overwrites": [],
        "name": "Test",
        "parent_id": None,
        "nsfw": False,
        "position": 0,
        "guild_id": "290926798629997250",
        "type": 4,
        "id": "399942396007890945",
    },
    channels.GuildPublicThread: {
        "id": "41771983423143937",
        "guild_id": "41771983423143937",
        "parent_id": "41771983423143937",
        "owner_id": "41771983423143937",
        "name": "don't buy dota-2",
        "type": 11,
        "last_message_id": "155117677105512449",
        "message_count": 1,
        "member_count": 5,
        "rate_limit_per_user": 2,
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": 1440,
            "archive_timestamp": "2021-04-12T23:40:39.855793+00:00",
            "locked": False,
        },
        "total_message_sent": 1,
    },
}

GARBAGE: typing.Final = {
    "name": 3,
    "position": "first",
    "nsfw": "yes",
    "permission_overwrites": [{"id": "x"}, "overwrite", {"id": "5", "type": "role", "allow": "lots"}],
    "rate_limit_per_user": -5,
    "bitrate": "fast",
    "recipients": "everyone",
    "thread_metadata": [],
    "available_tags": [{"name": "no id"}, 7],
    "default_reaction_emoji": "🎉",
    "flags": "pinned",
    "a_field_discord_adds_tomorrow": None,
}


@pytest.mark.parametrize(
    ("model", "payload"), EXAMPLES.items(), ids=lambda value: getattr(value, "__name__", "")
)
def test_each_docs_example_reads_as_its_model(model: type, payload: dict[str, typing.Any]) -> None:
    channel = channels.channel_from_payload(payload, app=APP)

    assert type(channel) is model
    assert channel.id == int(payload["id"])


def test_the_text_channel_example_reads_every_field() -> None:
    text = channels.channel_from_payload(EXAMPLES[channels.GuildTextChannel], app=APP)

    assert isinstance(text, channels.GuildTextChannel)
    assert not isinstance(text, channels.GuildNewsChannel)
    assert (text.topic, text.position, text.is_nsfw) == ("24/7 chat about how to gank Mike #2", 6, True)
    assert text.rate_limit_per_user == datetime.timedelta(seconds=2)
    assert text.default_auto_archive_duration == datetime.timedelta(hours=1)
    overwrite = text.permission_overwrites[snowflakes.Snowflake(41771983423143937)]
    assert overwrite.type is channels.PermissionOverwriteType.ROLE
    assert (overwrite.allow, overwrite.deny) == (
        permissions.Permissions.VIEW_CHANNEL,
        permissions.Permissions.SEND_MESSAGES,
    )
    assert text.mention == "<#41771983423143937>"


def test_voice_dm_group_and_thread_fields() -> None:
    voice = channels.channel_from_payload(EXAMPLES[channels.GuildVoiceChannel], app=APP)
    dm = channels.channel_from_payload(EXAMPLES[channels.DMChannel], app=APP)
    group = channels.channel_from_payload(EXAMPLES[channels.GroupDMChannel], app=APP)
    thread = channels.channel_from_payload(EXAMPLES[channels.GuildPublicThread], app=APP)

    assert isinstance(voice, channels.GuildVoiceChannel)
    assert (voice.bitrate, voice.user_limit, voice.region) == (64000, 0, None)
    assert voice.video_quality_mode is channels.VideoQualityMode.AUTO
    assert isinstance(dm, channels.DMChannel)
    assert dm.recipient is not None
    assert dm.recipient.username == "test"
    assert isinstance(group, channels.GroupDMChannel)
    assert (group.owner_id, sorted(user.username for user in group.recipients.values())) == (
        82198810841029460,
        ["test", "test2"],
    )
    assert isinstance(thread, channels.GuildPublicThread)
    assert (thread.approximate_message_count, thread.approximate_member_count) == (1, 5)
    assert (thread.is_archived, thread.auto_archive_duration) == (False, datetime.timedelta(days=1))


def test_forum_channels_read_their_tags_and_default_reaction() -> None:
    forum = channels.channel_from_payload(
        {
            "id": "1",
            "guild_id": "2",
            "type": 15,
            "name": "help",
            "default_sort_order": 1,
            "default_forum_layout": 2,
            "available_tags": [
                {"id": "3", "name": "bug", "moderated": True, "emoji_id": None, "emoji_name": "🐛"},
                {"id": "4", "name": "custom", "moderated": False, "emoji_id": "5", "emoji_name": None},
            ],
            "default_reaction_emoji": {"emoji_id": None, "emoji_name": "👍"},
            "flags": 16,
            "default_thread_rate_limit_per_user": 30,
        },
        app=APP,
    )

    assert isinstance(forum, channels.GuildForumChannel)
    assert [(tag.name, tag.unicode_emoji, tag.emoji_id) for tag in forum.available_tags] == [
        ("bug", "🐛", None),
        ("custom", None, 5),
    ]
    assert forum.default_sort_order is channels.ForumSortOrderType.CREATION_DATE
    assert forum.default_layout is channels.ForumLayoutType.GALLERY_VIEW
    assert forum.default_reaction_emoji_name == "👍"
    assert channels.ChannelFlag.REQUIRE_TAG in forum.flags
    assert forum.default_thread_rate_limit_per_user == datetime.timedelta(seconds=30)


@pytest.mark.parametrize("channel_type", [0, 2, 4, 5, 10, 11, 12, 13, 15, 16, 99])
def test_minimal_and_garbage_guild_channels_never_raise(channel_type: int) -> None:
    minimal = channels.channel_from_payload({"id": "1", "type": channel_type, "guild_id": "2"}, app=APP)
    odd = channels.channel_from_payload(
        {"id": "1", "type": channel_type, "guild_id": "2", **GARBAGE}, app=APP
    )

    assert isinstance(minimal, channels.GuildChannel)
    assert type(odd) is type(minimal)
    assert (odd.name, odd.position, odd.is_nsfw) == (None, 0, False)


@pytest.mark.parametrize("channel_type", [1, 3, 99])
def test_private_channels_without_what_they_need_fall_back_to_partial(channel_type: int) -> None:
    channel = channels.channel_from_payload({"id": "1", "type": channel_type, **GARBAGE}, app=APP)

    assert isinstance(channel, channels.PartialChannel)
    assert channel.id == 1


def test_guild_id_is_given_for_payloads_that_leave_it_out() -> None:
    channel = channels.channel_from_payload(
        {"id": 2, "type": 0, "name": "general"}, app=APP, guild_id=snowflakes.Snowflake(7)
    )

    assert isinstance(channel, channels.GuildTextChannel)
    assert channel.guild_id == 7


def test_a_permission_overwrite_built_by_hand() -> None:
    overwrite = channels.PermissionOverwrite(
        id=5, type=channels.PermissionOverwriteType.MEMBER, allow=permissions.Permissions.SEND_MESSAGES
    )

    assert overwrite.deny is permissions.Permissions.NONE
    assert permissions.Permissions.SEND_MESSAGES not in overwrite.unset
    assert permissions.Permissions.VIEW_CHANNEL in overwrite.unset
    assert overwrite.id == 5
    assert overwrite.type is channels.PermissionOverwriteType.MEMBER


def test_group_dm_icon_url() -> None:
    group = channels.channel_from_payload({**EXAMPLES[channels.GroupDMChannel], "icon": "1c0n"}, app=APP)

    assert isinstance(group, channels.GroupDMChannel)
    assert (
        str(group.make_icon_url(size=16))
        == "https://cdn.discordapp.com/channel-icons/319674150115710528/1c0n.png?size=16"
    )
