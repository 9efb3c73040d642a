"""hikari itself reads the emulated Discord's guild world: its entity factory is strict about
Discord's shapes, so every payload the world serves parsing into hikari's models is a second
witness (after Discord's documentation) that the shapes are right."""

from __future__ import annotations

import datetime

import pytest
from hikari import colors
from hikari import errors
from hikari import permissions
from hikari.api import rest as rest_api

from hikari_like.testing.emulator import EmulatedDiscord


async def test_hikari_parses_the_guild_its_channels_and_roles(
    discord: EmulatedDiscord, hikari_rest: rest_api.RESTClient
) -> None:
    category = discord.add_guild_channel("Text", type=4)
    discord.add_guild_channel("rules", parent_id=category["id"], topic="be nice", nsfw=True)
    for kind in (2, 5, 13, 15, 16):
        discord.add_guild_channel(f"kind-{kind}", type=kind, parent_id=category["id"])
    mods = discord.add_role(
        "mods", permissions=int(permissions.Permissions.KICK_MEMBERS), color=0xFF0000, hoist=True
    )

    guild = await hikari_rest.fetch_guild(int(discord.guild_id))
    assert (str(guild.id), str(guild.owner_id), guild.approximate_member_count) == (
        discord.guild_id,
        discord.state.owner["id"],
        2,
    )
    assert {role.name for role in guild.roles.values()} == {"@everyone", "mods", discord.bot_user["username"]}
    channels = await hikari_rest.fetch_guild_channels(int(discord.guild_id))
    kinds = {channel.name: type(channel).__name__ for channel in channels}
    assert kinds == {
        "general": "GuildTextChannel",
        "Text": "GuildCategory",
        "rules": "GuildTextChannel",
        "kind-2": "GuildVoiceChannel",
        "kind-5": "GuildNewsChannel",
        "kind-13": "GuildStageChannel",
        "kind-15": "GuildForumChannel",
        "kind-16": "GuildMediaChannel",
    }
    roles = {role.name: role for role in await hikari_rest.fetch_roles(int(discord.guild_id))}
    assert (roles["mods"].permissions, roles["mods"].color, roles["mods"].is_hoisted) == (
        permissions.Permissions.KICK_MEMBERS,
        colors.Color(0xFF0000),
        True,
    )
    assert roles[discord.bot_user["username"]].bot_id == int(discord.application_id)
    assert str(roles["mods"].id) == mods["id"]


async def test_hikari_parses_members_and_pages_through_them(
    discord: EmulatedDiscord, hikari_rest: rest_api.RESTClient
) -> None:
    until = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    mods = discord.add_role("mods")
    discord.add_member("kat", user_id=42, nick="Kat", roles=[mods["id"]], communication_disabled_until=until)
    member = await hikari_rest.fetch_member(int(discord.guild_id), 42)
    assert (member.username, member.nickname) == ("kat", "Kat")
    assert set(member.role_ids) == {int(mods["id"]), int(discord.guild_id)}  # hikari adds @everyone
    assert member.raw_communication_disabled_until == until
    ids = [int(m.id) async for m in hikari_rest.fetch_members(int(discord.guild_id))]
    assert ids == sorted(ids)
    assert set(ids) == {42, int(discord.application_id), int(discord.state.owner["id"])}


async def test_hikari_pages_bans_both_ways(
    discord: EmulatedDiscord, hikari_rest: rest_api.RESTClient
) -> None:
    for user_id in (30, 10, 20):
        discord.add_user(f"user-{user_id}", user_id=user_id)
        discord.add_ban(user_id, reason=f"spam {user_id}")
    oldest_first = [int(ban.user.id) async for ban in hikari_rest.fetch_bans(int(discord.guild_id))]
    newest_first = [
        int(ban.user.id) async for ban in hikari_rest.fetch_bans(int(discord.guild_id), newest_first=True)
    ]
    assert (oldest_first, newest_first) == ([10, 20, 30], [30, 20, 10])
    ban = await hikari_rest.fetch_ban(int(discord.guild_id), 20)
    assert (ban.reason, ban.user.username) == ("spam 20", "user-20")


async def test_hikari_parses_invites_and_sees_discords_errors(
    discord: EmulatedDiscord, hikari_rest: rest_api.RESTClient
) -> None:
    discord.add_invite(code="catsonly", max_uses=5)
    invite = await hikari_rest.fetch_invite("catsonly")
    assert (invite.code, str(invite.guild_id), str(invite.channel_id)) == (
        "catsonly",
        discord.guild_id,
        discord.channel_id,
    )
    (listed,) = await hikari_rest.fetch_guild_invites(int(discord.guild_id))
    assert (listed.max_uses, listed.uses) == (5, 0)
    (in_channel,) = await hikari_rest.fetch_channel_invites(int(discord.channel_id))
    assert in_channel.code == "catsonly"
    discord.add_user("stranger", user_id=43)
    with pytest.raises(errors.NotFoundError) as unknown:
        await hikari_rest.fetch_member(int(discord.guild_id), 43)
    assert unknown.value.code == 10007
    discord.bot_role()["permissions"] = "0"
    with pytest.raises(errors.ForbiddenError) as forbidden:
        await hikari_rest.fetch_ban(int(discord.guild_id), 43)
    assert forbidden.value.code == 50013
