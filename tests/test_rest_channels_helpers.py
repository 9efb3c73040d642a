"""The channel helpers hikari users call on models: `guild.create_*_channel`, `guild.delete_channel`,
`channel.edit`, `channel.delete`, `channel.edit_overwrite` and `channel.remove_overwrite`, each one
request to the emulated Discord on loopback.
"""

from __future__ import annotations

import pytest

from hikari_like import channels
from hikari_like import permissions
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord

Permissions = permissions.Permissions


@pytest.mark.parametrize(
    ("helper", "kind"),
    [
        ("create_text_channel", channels.GuildTextChannel),
        ("create_news_channel", channels.GuildNewsChannel),
        ("create_voice_channel", channels.GuildVoiceChannel),
        ("create_stage_channel", channels.GuildStageChannel),
        ("create_forum_channel", channels.GuildForumChannel),
        ("create_category", channels.GuildCategory),
    ],
)
async def test_a_guild_creates_each_kind_of_channel(
    discord: EmulatedDiscord, rest: RESTClientImpl, helper: str, kind: type[channels.GuildChannel]
) -> None:
    guild = await rest.fetch_guild(discord.guild_id)

    created = await getattr(guild, helper)("room", position=2, reason="setup")

    assert type(created) is kind
    assert discord.requests[-1].route == "POST /guilds/{guild}/channels"
    assert discord.world.channels[str(created.id)]["position"] == 2


async def test_guild_delete_channel_and_channel_delete(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    guild = await rest.fetch_guild(discord.guild_id)
    first = await guild.create_text_channel("one")
    second = await guild.create_category("two")

    assert (await guild.delete_channel(first)).id == first.id
    assert isinstance(await second.delete(), channels.GuildCategory)
    assert {str(first.id), str(second.id)}.isdisjoint(discord.world.channels)


async def test_a_channel_edits_itself_and_its_overwrites(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    channel = await rest.fetch_channel(discord.channel_id)
    assert isinstance(channel, channels.GuildTextChannel)

    edited = await channel.edit(name="rules", topic="Read me", reason="tidy")
    await channel.edit_overwrite(
        discord.guild_id, target_type=channels.PermissionOverwriteType.ROLE, deny=Permissions.SEND_MESSAGES
    )
    stored = discord.world.channels[discord.channel_id]["permission_overwrites"]
    await channel.remove_overwrite(discord.guild_id)

    assert isinstance(edited, channels.GuildTextChannel)
    assert (edited.name, edited.topic) == ("rules", "Read me")
    assert [overwrite["id"] for overwrite in stored] == [discord.guild_id]
    assert discord.world.channels[discord.channel_id]["permission_overwrites"] == []


async def test_a_channel_sends_and_fetches_messages_and_knows_its_guild(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    channel = await rest.fetch_channel(discord.channel_id)
    assert isinstance(channel, channels.GuildTextChannel)

    sent = await channel.send("deploy finished", reply_must_exist=False, tts=False)
    fetched = await channel.fetch_message(sent)
    guild = await channel.fetch_guild()

    assert discord.requests_to("POST /channels/{channel}/messages")[0].json["content"] == "deploy finished"
    assert (fetched.id, fetched.content) == (sent.id, "deploy finished")
    assert str(guild.id) == discord.guild_id


async def test_a_dm_channel_sends_too(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    user = discord.add_user("kat")
    dm = await rest.create_dm_channel(user["id"])

    sent = await dm.send("hello")

    assert sent.channel_id == dm.id
