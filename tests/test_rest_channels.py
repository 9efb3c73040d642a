"""Guild channels over REST: create, fetch, edit, delete and reposition them, their overwrites and
a voice channel's status, against the emulated Discord on loopback.

The bodies follow discord-api-docs `resources/guild.mdx` ("Create Guild Channel", "Modify Guild
Channel Positions") and `resources/channel.mdx` ("Modify Channel", "Edit Channel Permissions",
"Delete Channel Permission", "Set Voice Channel Status", "Delete/Close Channel").
"""

from __future__ import annotations

import datetime
import urllib.parse

import pytest

from hikari_like import channels
from hikari_like import emojis
from hikari_like import errors
from hikari_like import permissions
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord

Permissions = permissions.Permissions
ROLE = channels.PermissionOverwriteType.ROLE


def _last_json(discord: EmulatedDiscord) -> object:
    return discord.requests[-1].json


def _last_reason(discord: EmulatedDiscord) -> str:
    return urllib.parse.unquote(discord.requests[-1].headers["X-Audit-Log-Reason"])


async def test_create_guild_text_channel_sends_discords_fields_and_reads_the_channel(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    category = discord.add_guild_channel("Staff", type=4)
    overwrite = channels.PermissionOverwrite(id=discord.guild_id, type=ROLE, deny=Permissions.VIEW_CHANNEL)

    text = await rest.create_guild_text_channel(
        discord.guild_id,
        "mods",
        topic="Mods only",
        nsfw=True,
        rate_limit_per_user=datetime.timedelta(seconds=30),
        permission_overwrites=[overwrite],
        category=category["id"],
        default_auto_archive_duration=datetime.timedelta(hours=24),
        reason="new team",
    )

    assert _last_json(discord) == {
        "type": 0,
        "name": "mods",
        "topic": "Mods only",
        "nsfw": True,
        "rate_limit_per_user": 30,
        "permission_overwrites": [
            {"id": discord.guild_id, "type": 0, "allow": "0", "deny": str(int(Permissions.VIEW_CHANNEL))}
        ],
        "parent_id": category["id"],
        "default_auto_archive_duration": 1440,
    }
    assert _last_reason(discord) == "new team"
    assert isinstance(text, channels.GuildTextChannel)
    assert (text.name, text.topic, text.is_nsfw, text.parent_id) == (
        "mods",
        "Mods only",
        True,
        int(category["id"]),
    )
    assert text.rate_limit_per_user == datetime.timedelta(seconds=30)
    assert text.permission_overwrites[overwrite.id].deny == Permissions.VIEW_CHANNEL
    assert discord.world.channels[str(text.id)]["guild_id"] == discord.guild_id


@pytest.mark.parametrize(
    ("method", "kind", "type_"),
    [
        ("create_guild_news_channel", channels.GuildNewsChannel, 5),
        ("create_guild_voice_channel", channels.GuildVoiceChannel, 2),
        ("create_guild_stage_channel", channels.GuildStageChannel, 13),
        ("create_guild_forum_channel", channels.GuildForumChannel, 15),
        ("create_guild_media_channel", channels.GuildMediaChannel, 16),
        ("create_guild_category", channels.GuildCategory, 4),
    ],
)
async def test_every_create_method_makes_its_channel_type(
    discord: EmulatedDiscord, rest: RESTClientImpl, method: str, kind: type[channels.GuildChannel], type_: int
) -> None:
    created = await getattr(rest, method)(discord.guild_id, "room", position=3)

    assert _last_json(discord) == {"type": type_, "name": "room", "position": 3}
    assert type(created) is kind
    assert (created.name, created.position, created.guild_id) == ("room", 3, int(discord.guild_id))


async def test_voice_and_forum_settings_take_discords_shapes(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    voice = await rest.create_guild_voice_channel(
        discord.guild_id,
        "Lounge",
        user_limit=10,
        bitrate=64000,
        video_quality_mode=channels.VideoQualityMode.FULL,
        region="rotterdam",
    )
    assert _last_json(discord) == {
        "type": 2,
        "name": "Lounge",
        "user_limit": 10,
        "bitrate": 64000,
        "video_quality_mode": 2,
        "rtc_region": "rotterdam",
    }
    assert (voice.user_limit, voice.bitrate, voice.region) == (10, 64000, "rotterdam")

    forum = await rest.create_guild_forum_channel(
        discord.guild_id,
        "help",
        available_tags=[channels.ForumTag(name="bug", emoji="🐛")],
        default_reaction_emoji=emojis.CustomEmoji(id=1234, name=None, is_animated=False),
        default_thread_rate_limit_per_user=5,
        default_forum_layout=channels.ForumLayoutType.GALLERY_VIEW,
        default_sort_order=channels.ForumSortOrderType.CREATION_DATE,
    )
    sent = _last_json(discord)
    assert isinstance(sent, dict)
    assert sent["available_tags"] == [
        {"name": "bug", "moderated": False, "emoji_id": None, "emoji_name": "🐛"}
    ]
    assert sent["default_reaction_emoji"] == {"emoji_id": "1234", "emoji_name": None}
    assert (sent["default_forum_layout"], sent["default_sort_order"]) == (2, 1)
    assert [tag.name for tag in forum.available_tags] == ["bug"]
    assert forum.available_tags[0].id != 0  # Discord gives a new tag its ID
    assert forum.default_reaction_emoji_id == 1234
    assert forum.default_thread_rate_limit_per_user == datetime.timedelta(seconds=5)


async def test_create_refuses_without_manage_channels(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    discord.bot_role()["permissions"] = str(int(Permissions.VIEW_CHANNEL))

    with pytest.raises(errors.ForbiddenError) as refused:
        await rest.create_guild_text_channel(discord.guild_id, "nope")

    assert refused.value.code == 50013


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"name": "x" * 101}, "name"),
        ({"name": "ok", "topic": "t" * 1025}, "topic"),
        ({"name": "ok", "rate_limit_per_user": 21601}, "rate_limit_per_user"),
    ],
)
async def test_create_refuses_settings_out_of_discords_ranges(
    discord: EmulatedDiscord, rest: RESTClientImpl, settings: dict[str, object], field: str
) -> None:
    with pytest.raises(errors.BadRequestError) as refused:
        await rest.create_guild_text_channel(discord.guild_id, **settings)  # type: ignore[arg-type]

    assert refused.value.code == 50035
    assert field in refused.value.errors


async def test_voice_limits_and_a_parent_that_is_no_category_are_refused(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    with pytest.raises(errors.BadRequestError) as too_many:
        await rest.create_guild_voice_channel(discord.guild_id, "big", user_limit=100)
    with pytest.raises(errors.BadRequestError) as too_low:
        await rest.create_guild_voice_channel(discord.guild_id, "quiet", bitrate=1000)
    with pytest.raises(errors.BadRequestError) as not_a_category:
        await rest.create_guild_text_channel(discord.guild_id, "child", category=discord.channel_id)

    assert "user_limit" in too_many.value.errors
    assert "bitrate" in too_low.value.errors
    assert "parent_id" in not_a_category.value.errors


async def test_overwrites_may_not_grant_what_the_bot_lacks(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    discord.bot_role()["permissions"] = str(int(Permissions.MANAGE_CHANNELS | Permissions.VIEW_CHANNEL))
    overwrite = channels.PermissionOverwrite(id=discord.guild_id, type=ROLE, allow=Permissions.BAN_MEMBERS)

    with pytest.raises(errors.ForbiddenError) as refused:
        await rest.create_guild_text_channel(discord.guild_id, "x", permission_overwrites=[overwrite])

    assert refused.value.code == 50013


async def test_fetch_channel_needs_view_channel_in_a_guild_channel(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    bot_role = discord.bot_role()["id"]
    hidden = discord.add_guild_channel(
        "secret", permission_overwrites=[{"id": bot_role, "type": 0, "deny": int(Permissions.VIEW_CHANNEL)}]
    )

    with pytest.raises(errors.ForbiddenError) as refused:
        await rest.fetch_channel(hidden["id"])
    with pytest.raises(errors.NotFoundError) as unknown:
        await rest.fetch_channel(999)

    assert refused.value.code == 50001
    assert unknown.value.code == 10003
    assert isinstance(await rest.fetch_channel(discord.channel_id), channels.GuildTextChannel)


async def test_edit_channel_changes_only_what_is_given(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    category = discord.add_guild_channel("Archive", type=4)
    text = discord.add_guild_channel("general", topic="old")

    edited = await rest.edit_channel(
        text["id"],
        name="rules",
        rate_limit_per_user=10,
        parent_category=category["id"],
        flags=channels.ChannelFlag.NONE,
        reason="tidy",
    )

    assert _last_json(discord) == {
        "name": "rules",
        "flags": 0,
        "rate_limit_per_user": 10,
        "parent_id": category["id"],
    }
    assert _last_reason(discord) == "tidy"
    assert isinstance(edited, channels.GuildTextChannel)
    assert (edited.name, edited.topic, edited.parent_id) == ("rules", "old", int(category["id"]))
    assert edited.rate_limit_per_user == datetime.timedelta(seconds=10)


async def test_edit_channel_region_none_resets_it_and_needs_manage_roles_for_overwrites(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    voice = discord.add_guild_channel("Lounge", type=2)
    await rest.edit_channel(voice["id"], region=None, user_limit=5)
    assert _last_json(discord) == {"user_limit": 5, "rtc_region": None}

    discord.bot_role()["permissions"] = str(int(Permissions.MANAGE_CHANNELS | Permissions.VIEW_CHANNEL))
    with pytest.raises(errors.ForbiddenError):
        await rest.edit_channel(voice["id"], permission_overwrites=[])


async def test_delete_channel_returns_it_and_frees_a_categorys_children(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    category = discord.add_guild_channel("Old", type=4)
    child = discord.add_guild_channel("kept", parent_id=category["id"])

    deleted = await rest.delete_channel(category["id"], reason="cleanup")

    assert isinstance(deleted, channels.GuildCategory)
    assert deleted.id == int(category["id"])
    assert category["id"] not in discord.world.channels
    assert discord.world.channels[child["id"]]["parent_id"] is None
    with pytest.raises(errors.NotFoundError):
        await rest.delete_channel(category["id"])


async def test_reposition_channels_sends_discords_array_when_awaited(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    category = discord.add_guild_channel(
        "Team", type=4, permission_overwrites=[{"id": "1", "type": 1, "allow": 1024}]
    )
    first = discord.add_guild_channel("first")
    second = discord.add_guild_channel("second")

    repositioner = rest.reposition_channels(discord.guild_id, {5: first["id"]}, reason="order")
    repositioner.add_reposition_channel(6, second["id"], lock_permissions=True, parent=category["id"])
    assert discord.requests_to("PATCH /guilds/{guild}/channels") == []
    await repositioner

    assert _last_json(discord) == [
        {"id": first["id"], "position": 5},
        {"id": second["id"], "position": 6, "lock_permissions": True, "parent_id": category["id"]},
    ]
    assert _last_reason(discord) == "order"
    assert (first["position"], second["position"], second["parent_id"]) == (5, 6, category["id"])
    assert second["permission_overwrites"] == category["permission_overwrites"]


async def test_reposition_moves_one_parent_at_a_time(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    category = discord.add_guild_channel("Team", type=4)
    repositioner = rest.reposition_channels(discord.guild_id)
    repositioner.add_reposition_channel(0, discord.channel_id, parent=category["id"])
    repositioner.add_reposition_channel(1, discord.add_guild_channel("b")["id"], parent=category["id"])

    with pytest.raises(errors.BadRequestError) as refused:
        await repositioner

    assert refused.value.code == 40009


async def test_edit_permission_overwrite_reads_the_target_type(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    member = await rest.fetch_user(discord.state.owner["id"])
    overwrite = channels.PermissionOverwrite(id=discord.guild_id, type=ROLE)

    await rest.edit_permission_overwrite(
        discord.channel_id, member, allow=Permissions.SEND_MESSAGES, reason="r"
    )
    assert _last_json(discord) == {"type": 1, "allow": str(int(Permissions.SEND_MESSAGES))}
    await rest.edit_permission_overwrite(discord.channel_id, overwrite, deny=Permissions.ADD_REACTIONS)
    assert _last_json(discord) == {"type": 0, "deny": str(int(Permissions.ADD_REACTIONS))}
    assert discord.requests[-1].path.endswith(f"/permissions/{discord.guild_id}")

    stored = {o["id"]: o for o in discord.world.channels[discord.channel_id]["permission_overwrites"]}
    assert stored[str(member.id)] == {
        "id": str(member.id),
        "type": 1,
        "allow": str(int(Permissions.SEND_MESSAGES)),
        "deny": "0",
    }
    with pytest.raises(TypeError, match="target_type"):
        await rest.edit_permission_overwrite(discord.channel_id, 1234, allow=Permissions.NONE)


async def test_overwrite_edits_need_manage_roles_and_only_grant_what_the_bot_has(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    discord.bot_role()["permissions"] = str(int(Permissions.MANAGE_ROLES | Permissions.VIEW_CHANNEL))
    with pytest.raises(errors.ForbiddenError):
        await rest.edit_permission_overwrite(
            discord.channel_id, discord.guild_id, target_type=ROLE, allow=Permissions.BAN_MEMBERS
        )

    discord.bot_role()["permissions"] = str(int(Permissions.VIEW_CHANNEL))
    with pytest.raises(errors.ForbiddenError) as refused:
        await rest.edit_permission_overwrite(discord.channel_id, discord.guild_id, target_type=ROLE)
    assert refused.value.code == 50013


async def test_delete_permission_overwrite_removes_it_and_an_unknown_one_is_10009(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    channel = discord.add_guild_channel("c", permission_overwrites=[{"id": "77", "type": 1, "deny": 2048}])

    await rest.delete_permission_overwrite(channel["id"], 77, reason="unmute")

    assert channel["permission_overwrites"] == []
    with pytest.raises(errors.NotFoundError) as unknown:
        await rest.delete_permission_overwrite(channel["id"], 77)
    assert unknown.value.code == 10009


async def test_set_voice_channel_status(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    voice = discord.add_guild_channel("Lounge", type=2)

    await rest.set_voice_channel_status(voice["id"], "Movie night", reason="fun")
    assert _last_json(discord) == {"status": "Movie night"}
    assert voice["status"] == "Movie night"
    await rest.set_voice_channel_status(voice["id"], None)
    assert voice["status"] is None

    with pytest.raises(errors.BadRequestError) as too_long:
        await rest.set_voice_channel_status(voice["id"], "x" * 501)
    with pytest.raises(errors.BadRequestError) as not_voice:
        await rest.set_voice_channel_status(discord.channel_id, "hi")
    assert "status" in too_long.value.errors
    assert not_voice.value.code == 50024
