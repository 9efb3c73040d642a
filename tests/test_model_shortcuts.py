"""hikari's convenience methods on models, each a REST call made for you: a member's DMs, a
command's fetch/edit/delete/permissions, a guild's owner and the channels its settings name,
and the cache lookups that answer as hikari's do without a cache. Against the emulated Discord."""

from __future__ import annotations

import pytest

from hikari_like import channels
from hikari_like import commands
from hikari_like import errors
from hikari_like import guilds
from hikari_like import undefined
from hikari_like.impl.rest.client import RESTClientImpl
from hikari_like.snowflakes import Snowflake
from hikari_like.testing.emulator import EmulatedDiscord

KAT = 4242


# -- a member's direct messages ------------------------------------------------------------------------


async def test_a_member_is_sent_a_dm_like_its_user(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    discord.add_member("kat", user_id=KAT)
    member = await rest.fetch_member(discord.guild_id, KAT)

    channel = await member.fetch_dm_channel()
    message = await member.send("Welcome!", tts=False)

    assert isinstance(channel, channels.DMChannel)
    assert message.channel_id == channel.id
    assert [sent.content for sent in discord.channel_messages(channel.id)] == ["Welcome!"]
    opened = [request for request in discord.requests if request.route == "POST /users/@me/channels"]
    assert len(opened) == 1  # send reused the DM channel fetch_dm_channel opened, as hikari's cache does


async def test_a_dm_channel_that_vanished_is_opened_again_on_the_next_send(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    discord.add_member("kat", user_id=KAT)
    member = await rest.fetch_member(discord.guild_id, KAT)
    first = await member.send("one")
    del discord.state.channels[str(first.channel_id)]  # as if Discord no longer knew it

    with pytest.raises(errors.NotFoundError):
        await member.send("two")
    third = await member.send("three")

    assert [sent.content for sent in discord.channel_messages(third.channel_id)] == ["three"]


async def test_a_members_decorations_and_presence(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    user = {"id": str(KAT), "username": "kat", "avatar_decoration_data": {"asset": "own", "sku_id": "1"}}
    payload = {"user": user, "roles": [], "avatar_decoration_data": {"asset": "guild", "sku_id": "2"}}
    member = rest.entity_factory.deserialize_member(payload, guild_id=Snowflake(discord.guild_id))
    plain = rest.entity_factory.deserialize_member(
        {**payload, "avatar_decoration_data": None}, guild_id=Snowflake(1)
    )

    assert member.avatar_decoration is not None
    assert member.avatar_decoration.asset_hash == "own"
    assert member.guild_avatar_decoration is not None
    assert member.display_avatar_decoration is member.guild_avatar_decoration  # the guild's wins
    assert plain.guild_avatar_decoration is None
    assert plain.display_avatar_decoration == plain.avatar_decoration
    assert member.get_presence() is None  # no cache


# -- a command's own calls --------------------------------------------------------------------------------


async def _slash(discord: EmulatedDiscord, rest: RESTClientImpl, *, guild: bool) -> commands.SlashCommand:
    where = discord.guild_id if guild else undefined.UNDEFINED
    return await rest.create_slash_command(discord.application_id, "ping", "Replies", guild=where)


@pytest.mark.parametrize("guild", [False, True], ids=["global", "guild"])
async def test_a_command_fetches_edits_and_deletes_itself(
    discord: EmulatedDiscord, rest: RESTClientImpl, guild: bool
) -> None:
    command = await _slash(discord, rest, guild=guild)

    fetched = await command.fetch_self()
    edited = await command.edit(description="Replies with pong")
    await command.delete()

    assert (fetched.id, fetched.name, fetched.guild_id) == (command.id, "ping", command.guild_id)
    assert isinstance(edited, commands.SlashCommand)
    assert edited.description == "Replies with pong"
    assert discord.registered_commands(discord.guild_id if guild else None) == []
    with pytest.raises(errors.NotFoundError):
        await command.fetch_self()


async def test_a_commands_guild_permissions(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    command = await _slash(discord, rest, guild=False)

    with pytest.raises(errors.NotFoundError):  # none set yet in this guild, as Discord answers
        await command.fetch_guild_permissions(discord.guild_id)
    overwrite = commands.CommandPermission(id=KAT, type=commands.CommandPermissionType.USER, has_access=True)
    with pytest.raises(errors.HTTPResponseError) as refused:  # Discord wants a user's Bearer token
        await command.set_guild_permissions(discord.guild_id, [overwrite])

    assert refused.value.status in {401, 403}


# -- a guild's owner and settings' channels --------------------------------------------------------------


async def test_a_guild_fetches_its_owner_and_the_channels_it_names(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    rules = discord.add_guild_channel("rules")
    lounge = discord.add_guild_channel("lounge", type=2)
    fields = discord.world.guild(discord.guild_id).fields
    fields.update(rules_channel_id=rules["id"], afk_channel_id=lounge["id"], system_channel_id=None)
    guild = await rest.fetch_guild(discord.guild_id)

    owner = await guild.fetch_owner()
    rules_channel = await guild.fetch_rules_channel()
    afk = await guild.fetch_afk_channel()

    assert isinstance(owner, guilds.Member)
    assert owner.id == guild.owner_id
    assert isinstance(rules_channel, channels.GuildTextChannel)
    assert rules_channel.name == "rules"
    assert isinstance(afk, channels.GuildVoiceChannel)
    assert await guild.fetch_system_channel() is None  # not set: no request
    assert await guild.fetch_public_updates_channel() is None
    assert await guild.fetch_widget_channel() is None


async def test_a_setting_naming_the_wrong_kind_of_channel_is_a_clear_error(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    voice = discord.add_guild_channel("voice", type=2)
    discord.world.guild(discord.guild_id).fields["rules_channel_id"] = voice["id"]
    guild = await rest.fetch_guild(discord.guild_id)

    with pytest.raises(TypeError, match=r"rules channel \d+ is a GuildVoiceChannel, not a GuildTextChannel"):
        await guild.fetch_rules_channel()


async def test_a_guilds_presence_and_voice_lookups_find_nothing_without_a_cache(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    guild = await rest.fetch_guild(discord.guild_id)

    assert (guild.get_presences(), guild.get_presence(KAT)) == ({}, None)
    assert (guild.get_voice_states(), guild.get_voice_state(KAT)) == ({}, None)
