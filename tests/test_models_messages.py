"""The message models hikari users touch, parsed from payloads written from Discord's docs."""

from __future__ import annotations

import copy
import datetime
import json
import subprocess
import sys
import typing

import pytest
from hikari.impl import entity_factory

from hikari_like import channels
from hikari_like import colors
from hikari_like import emojis
from hikari_like import guilds
from hikari_like import messages
from hikari_like import stickers
from hikari_like import undefined
from tests.helpers import APP

CHANNEL: typing.Final = 290926798999357250
GUILD: typing.Final = 290926798626357999


def message_payload(**fields: typing.Any) -> dict[str, typing.Any]:
    """A message object with Discord's required fields, plus `fields`."""
    return {
        "id": "334385199974967042",
        "channel_id": str(CHANNEL),
        "author": {"id": "53908099506183680", "username": "Mason", "discriminator": "0", "avatar": None},
        "content": "Supa Hot",
        "timestamp": "2017-07-11T17:27:07.299000+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": True,
        "type": 0,
        "flags": 0,
        **fields,
    }


# --- pins -----------------------------------------------------------------------------------------


def test_pinned_message_reads_discords_pin_object() -> None:
    pin = messages.PinnedMessage.from_payload(
        {"pinned_at": "2025-06-01T12:30:00.000000+00:00", "message": message_payload()}, app=APP
    )

    assert pin.pinned_at == datetime.datetime(2025, 6, 1, 12, 30, tzinfo=datetime.UTC)
    assert isinstance(pin.message, messages.Message)
    assert pin.message.id == 334385199974967042
    assert pin.message.content == "Supa Hot"


@pytest.mark.parametrize(
    "payload",
    [
        {"message": message_payload()},
        {"pinned_at": "2025-06-01T12:30:00Z"},
        {"pinned_at": 5, "message": message_payload()},
        {"pinned_at": "yesterday", "message": message_payload()},
        {"pinned_at": "2025-06-01T12:30:00Z", "message": []},
    ],
)
def test_a_pin_without_its_time_or_message_cannot_be_read(payload: dict[str, typing.Any]) -> None:
    with pytest.raises((KeyError, TypeError, ValueError)):
        messages.PinnedMessage.from_payload(payload, app=APP)


# --- what Message gains: payloads in the shapes Discord's docs give -----------------------------

THREAD: typing.Final = {
    "id": "334385199974967042",  # a message's thread has the message's ID
    "guild_id": str(GUILD),
    "parent_id": str(CHANNEL),
    "owner_id": "53908099506183680",
    "name": "Supa Hot thread",
    "type": 11,
    "last_message_id": None,
    "message_count": 1,
    "member_count": 1,
    "rate_limit_per_user": 0,
    "flags": 0,
    "total_message_sent": 1,
    "thread_metadata": {
        "archived": False,
        "auto_archive_duration": 1440,
        "archive_timestamp": "2017-07-11T17:27:07.299000+00:00",
        "locked": False,
        "create_timestamp": "2017-07-11T17:27:07.299000+00:00",
    },
}

RICH: typing.Final = message_payload(
    guild_id=str(GUILD),
    type=19,
    flags=1 << 5,
    mentions=[{"id": "42", "username": "kat", "discriminator": "0", "avatar": None}],
    mention_roles=["41771983423143936"],
    mention_channels=[
        {"id": "278325129692446722", "guild_id": "278325129692446720", "type": 0, "name": "big-news"}
    ],
    reactions=[
        {
            "count": 3,
            "count_details": {"burst": 1, "normal": 2},
            "me": True,
            "me_burst": False,
            "emoji": {"id": None, "name": "🔥"},
            "burst_colors": ["#ff8800", "#00ff00"],
        },
        {
            "count": 1,
            "count_details": {"burst": 0, "normal": 1},
            "me": False,
            "me_burst": False,
            "emoji": {"id": "41771983429993937", "name": "LUL", "animated": True},
            "burst_colors": [],
        },
    ],
    sticker_items=[{"id": "749054660769218631", "name": "Wave", "format_type": 3}],
    activity={"type": 1, "party_id": "spotify:1"},
    application={
        "id": "1100000000000000001",
        "name": "Spotify",
        "description": "Music",
        "icon": "f00d",
        "cover_image": "c0ffee",
    },
    message_reference={"type": 0, "message_id": "334385199974967041", "channel_id": str(CHANNEL)},
    referenced_message={**message_payload(), "id": "334385199974967041", "content": "the question"},
    thread=THREAD,
)


def rich() -> messages.Message:
    return messages.Message.from_payload(copy.deepcopy(RICH), app=APP)


def test_reactions_read_discords_reaction_objects_with_their_count_details() -> None:
    fire, lul = rich().reactions

    assert isinstance(fire, messages.Reaction)
    assert (fire.emoji, fire.count, fire.is_me, fire.is_me_burst) == ("🔥", 3, True, False)
    assert fire.count_details == messages.ReactionCountDetails(burst=1, normal=2)
    assert fire.burst_colors == [colors.Color(0xFF8800), colors.Color(0x00FF00)]
    assert fire.burst_colours is fire.burst_colors
    assert str(fire) == "🔥"
    assert isinstance(lul.emoji, emojis.CustomEmoji)
    assert (lul.emoji.id, lul.emoji.name, lul.emoji.is_animated) == (41771983429993937, "LUL", True)
    assert lul.burst_colors == []


def test_a_reaction_without_count_details_counts_as_normal_ones_and_bad_items_are_left_out() -> None:
    payload = message_payload(
        reactions=[
            {"count": 4, "me": False, "emoji": {"id": None, "name": "👍"}, "burst_colors": ["nope", 7]},
            {"count": 1, "me": True},  # no emoji: unreadable
            "🔥",
        ]
    )

    (thumbs,) = messages.Message.from_payload(payload, app=APP).reactions

    assert thumbs.count_details == messages.ReactionCountDetails(burst=0, normal=4)
    assert (thumbs.is_me_burst, thumbs.burst_colors) == (False, [])


def test_reactions_are_equal_by_emoji() -> None:
    first, second = rich().reactions[0], rich().reactions[0]

    assert first == second
    assert hash(first) == hash(second)
    assert first != rich().reactions[1]


def test_stickers_are_partial_stickers_from_sticker_items_or_the_old_stickers_field() -> None:
    (sticker,) = rich().stickers
    old = messages.Message.from_payload(
        message_payload(stickers=[{"id": "1", "name": "Old", "format_type": 1, "tags": "x", "type": 1}]),
        app=APP,
    )

    assert isinstance(sticker, stickers.PartialSticker)
    assert (sticker.id, sticker.name, sticker.format_type) == (
        749054660769218631,
        "Wave",
        stickers.StickerFormatType.LOTTIE,
    )
    assert [item.name for item in old.stickers] == ["Old"]


def test_thread_is_the_thread_started_from_the_message() -> None:
    thread = rich().thread

    assert isinstance(thread, channels.GuildPublicThread)
    assert (thread.id, thread.parent_id, thread.guild_id, thread.name) == (
        334385199974967042,
        CHANNEL,
        GUILD,
        "Supa Hot thread",
    )


def test_referenced_message_is_a_partial_message_none_when_deleted() -> None:
    replied = rich().referenced_message
    deleted = messages.Message.from_payload(message_payload(type=19, referenced_message=None), app=APP)
    unknown = messages.Message.from_payload(message_payload(type=19), app=APP)

    assert isinstance(replied, messages.PartialMessage)
    assert (replied.id, replied.content, replied.channel_id) == (334385199974967041, "the question", CHANNEL)
    assert deleted.referenced_message is None
    assert unknown.referenced_message is None  # hikari's Message does not tell "not looked up" apart


def test_mentions_ids_channel_mentions_and_the_cache_getters() -> None:
    message = rich()

    assert message.user_mentions_ids == [42]
    assert message.role_mention_ids == [41771983423143936]
    (news,) = message.channel_mentions.values()
    assert isinstance(news, channels.PartialChannel)
    assert (news.id, news.name, news.type) == (
        278325129692446722,
        "big-news",
        channels.ChannelType.GUILD_TEXT,
    )
    assert message.channel_mention_ids == [278325129692446722]
    # No cache here: hikari without a cache answers the same.
    assert message.get_member_mentions() == {}
    assert message.get_role_mentions() == {}


def test_activity_and_application_of_a_rich_presence_message() -> None:
    message = rich()

    assert message.activity == messages.MessageActivity(
        type=messages.MessageActivityType.JOIN, party_id="spotify:1"
    )
    application = message.application
    assert isinstance(application, messages.MessageApplication)
    assert (application.id, application.name, application.description) == (
        1100000000000000001,
        "Spotify",
        "Music",
    )
    assert str(application.make_cover_image_url(file_format="WEBP", size=256)) == (
        "https://cdn.discordapp.com/app-assets/1100000000000000001/c0ffee.webp?lossless=true&size=256"
    )
    assert (
        str(application.make_icon_url())
        == "https://cdn.discordapp.com/app-icons/1100000000000000001/f00d.png?size=4096"
    )


def test_a_message_without_the_optional_parts_reads_them_empty() -> None:
    message = messages.Message.from_payload(message_payload(), app=APP)

    assert (message.reactions, message.stickers, message.channel_mentions) == ((), (), {})
    assert (message.thread, message.referenced_message, message.activity, message.application) == (None,) * 4
    assert (message.channel_mention_ids, message.user_mentions_ids) == ([], [])


@pytest.mark.parametrize(
    "garbage",
    [None, 5, "x", [], {}, [None, 1, "a", {"id": "nope"}], {"id": None, "type": "x"}, True],
)
def test_unreadable_optional_parts_read_as_absent_and_never_raise(garbage: object) -> None:
    fields = (
        "reactions",
        "sticker_items",
        "mention_channels",
        "activity",
        "application",
        "referenced_message",
        "thread",
    )
    message = messages.Message.from_payload(message_payload(**dict.fromkeys(fields, garbage)), app=APP)

    assert list(message.reactions) == []
    assert list(message.stickers) == []
    assert dict(message.channel_mentions) == {}
    assert message.activity is None
    assert message.application is None
    assert message.referenced_message is None
    assert message.thread is None


def test_a_thread_payload_of_another_channel_type_is_no_thread() -> None:
    message = messages.Message.from_payload(message_payload(thread={**THREAD, "type": 0}), app=APP)

    assert message.thread is None


def test_the_parts_are_read_once_and_kept() -> None:
    message = rich()

    assert message.reactions is message.reactions
    assert message.thread is message.thread
    assert message.referenced_message is message.referenced_message


# --- links --------------------------------------------------------------------------------------


def test_make_link_in_a_guild_and_in_a_dm() -> None:
    message = rich()

    assert message.make_link(GUILD) == f"https://discord.com/channels/{GUILD}/{CHANNEL}/334385199974967042"
    assert message.make_link(message.guild_id) == message.make_link(str(GUILD))
    assert message.make_link(None) == f"https://discord.com/channels/@me/{CHANNEL}/334385199974967042"


def test_message_reference_links() -> None:
    reference = rich().message_reference
    follow = messages.MessageReference.from_payload({"channel_id": "5", "guild_id": "6"}, app=APP)

    assert reference is not None
    assert reference.message_link == f"https://discord.com/channels/@me/{CHANNEL}/334385199974967041"
    assert reference.channel_link == f"https://discord.com/channels/@me/{CHANNEL}"
    assert (follow.message_link, follow.channel_link) == (None, "https://discord.com/channels/6/5")


# --- PartialMessage: an update that carries only some fields -------------------------------------


def test_a_partial_message_leaves_what_discord_did_not_send_undefined() -> None:
    partial = messages.PartialMessage.from_payload({"id": "9", "channel_id": "8", "guild_id": "7"}, app=APP)

    assert (partial.id, partial.channel_id, partial.guild_id) == (9, 8, 7)
    assert not isinstance(partial, messages.Message)
    undefined_fields = [
        "author", "member", "content", "timestamp", "edited_timestamp", "is_tts", "is_pinned",
        "mentions_everyone", "user_mentions", "role_mention_ids", "attachments", "embeds", "components",
        "type", "flags", "nonce", "webhook_id", "application_id", "message_reference", "poll",
        "reactions", "stickers", "channel_mentions", "activity", "application", "referenced_message",
        "user_mentions_ids", "channel_mention_ids",
    ]  # fmt: skip
    assert {name: getattr(partial, name) for name in undefined_fields} == dict.fromkeys(
        undefined_fields, undefined.UNDEFINED
    )
    assert partial.get_member_mentions() is undefined.UNDEFINED
    assert partial.get_role_mentions() is undefined.UNDEFINED
    assert partial.message_snapshots == ()
    assert partial.interaction_metadata is None


def test_a_partial_message_reads_what_was_sent_as_a_message_does() -> None:
    payload: dict[str, typing.Any] = {
        "id": "9",
        "channel_id": "8",
        "content": "",
        "edited_timestamp": None,
        "embeds": [],
        "reactions": [],
        "referenced_message": None,
        "author": {"id": "42", "username": "kat", "discriminator": "0", "avatar": None},
    }

    partial = messages.PartialMessage.from_payload(payload, app=APP)

    assert (partial.content, partial.edited_timestamp, partial.embeds, partial.reactions) == (
        None,
        None,
        [],
        (),
    )
    assert partial.referenced_message is None
    assert partial.author is not undefined.UNDEFINED
    assert partial.author.username == "kat"
    assert partial.member is None  # not a guild message


def test_a_partial_guild_message_without_a_member_leaves_it_undefined() -> None:
    author = {"id": "42", "username": "kat", "discriminator": "0", "avatar": None}
    without = messages.PartialMessage.from_payload(
        {"id": "9", "channel_id": "8", "guild_id": "7", "author": author}, app=APP
    )
    with_member = messages.PartialMessage.from_payload(
        {
            "id": "9",
            "channel_id": "8",
            "guild_id": "7",
            "author": author,
            "member": {"roles": [], "joined_at": None},
        },
        app=APP,
    )

    assert without.member is undefined.UNDEFINED
    assert isinstance(with_member.member, guilds.Member)


@pytest.mark.parametrize("payload", [{"id": "9"}, {"channel_id": "8"}, {"id": "x", "channel_id": "8"}])
def test_a_partial_message_needs_its_id_and_channel(payload: dict[str, typing.Any]) -> None:
    with pytest.raises((KeyError, TypeError, ValueError)):
        messages.PartialMessage.from_payload(payload, app=APP)


def test_a_forwarded_snapshot_keeps_its_stickers() -> None:
    snapshot = messages.MessageSnapshot.from_payload(
        {
            "message": {
                "type": 0,
                "content": "fwd",
                "sticker_items": [{"id": "1", "name": "Wave", "format_type": 1}],
            }
        },
        app=APP,
    )

    assert [sticker.name for sticker in snapshot.stickers] == ["Wave"]


# --- hikari reads the same payloads the same way -------------------------------------------------


def test_hikari_reads_the_rich_message_as_we_do() -> None:
    theirs = entity_factory.EntityFactoryImpl(app=typing.cast(typing.Any, object())).deserialize_message(
        copy.deepcopy(RICH)
    )
    ours = rich()

    def reactions(message: typing.Any) -> list[tuple[object, ...]]:
        return [
            (
                str(r.emoji),
                r.count,
                (r.count_details.burst, r.count_details.normal),
                r.is_me,
                r.is_me_burst,
                [int(c) for c in r.burst_colors],
            )
            for r in message.reactions
        ]

    assert reactions(ours) == reactions(theirs)
    assert [(s.id, s.name, int(s.format_type)) for s in ours.stickers] == [
        (s.id, s.name, int(s.format_type)) for s in theirs.stickers
    ]
    assert ours.thread is not None
    assert theirs.thread is not None
    assert (ours.thread.id, ours.thread.parent_id, ours.thread.name, type(ours.thread).__name__) == (
        theirs.thread.id,
        theirs.thread.parent_id,
        theirs.thread.name,
        type(theirs.thread).__name__,
    )
    assert ours.referenced_message is not None
    assert theirs.referenced_message is not None
    assert (ours.referenced_message.id, ours.referenced_message.content) == (
        theirs.referenced_message.id,
        theirs.referenced_message.content,
    )
    assert list(ours.channel_mentions) == list(theirs.channel_mentions)
    assert ours.channel_mention_ids == theirs.channel_mention_ids
    assert ours.user_mentions_ids == theirs.user_mentions_ids
    assert ours.activity is not None
    assert theirs.activity is not None
    assert (int(ours.activity.type), ours.activity.party_id) == (
        int(theirs.activity.type),
        theirs.activity.party_id,
    )
    assert ours.application is not None
    assert theirs.application is not None
    assert str(ours.application.make_cover_image_url(file_format="WEBP", size=256)) == str(
        theirs.application.make_cover_image_url(file_format="WEBP", size=256)
    )
    assert ours.make_link(GUILD) == theirs.make_link(GUILD)
    assert ours.make_link(None) == theirs.make_link(None)
    assert ours.message_reference is not None
    assert theirs.message_reference is not None
    assert ours.message_reference.message_link == theirs.message_reference.message_link
    assert ours.message_reference.channel_link == theirs.message_reference.channel_link


def test_hikari_and_we_read_a_pin_alike() -> None:
    payload = {"pinned_at": "2025-06-01T12:30:00.000000+00:00", "message": message_payload()}
    factory = entity_factory.EntityFactoryImpl(app=typing.cast(typing.Any, object()))

    theirs = factory.deserialize_pinned_message(copy.deepcopy(payload))
    ours = messages.PinnedMessage.from_payload(payload, app=APP)

    assert (ours.pinned_at, ours.message.id) == (theirs.pinned_at, theirs.message.id)


# --- the parts load only when read ---------------------------------------------------------------


def _modules_after(statement: str) -> set[str]:
    report = "import json, sys; print(json.dumps(sorted(sys.modules)))"
    output = subprocess.run(
        [sys.executable, "-c", f"{statement}\n{report}"], capture_output=True, text=True, check=True
    )
    return set(json.loads(output.stdout.splitlines()[-1]))


_LAZY: typing.Final = ("hikari_like._message_parts", "hikari_like.stickers", "hikari_like._channel_kinds")


def test_reading_a_message_loads_no_part_module_until_a_part_is_read() -> None:
    read_only = _modules_after(
        "import json, hikari_like\n"
        f"m = hikari_like.Message.from_payload(json.loads({json.dumps(json.dumps(RICH))}), app=None)\n"
        "m.content, m.author, m.components"
    )
    reacted = _modules_after(
        "import json, hikari_like\n"
        f"m = hikari_like.Message.from_payload(json.loads({json.dumps(json.dumps(RICH))}), app=None)\n"
        "m.reactions, m.stickers, m.thread"
    )

    assert [name for name in _LAZY if name in read_only] == []
    assert [name for name in _LAZY if name in reacted] == list(_LAZY)


def test_an_attachment_reads_as_its_file_name_as_in_hikari() -> None:
    attachment = messages.Attachment.from_payload(
        {"id": "1", "url": "https://cdn.discordapp.com/attachments/1/2/a.png", "filename": "a.png", "size": 3}
    )

    assert str(attachment) == "a.png"
    assert attachment.url == "https://cdn.discordapp.com/attachments/1/2/a.png"
