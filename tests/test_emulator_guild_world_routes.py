"""The emulated Discord's guild read routes over real HTTP: Discord's shapes, error codes,
permission checks and pagination, served from the seeded guild world."""

from __future__ import annotations

import datetime
import typing

import aiohttp
import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.guild_world import BOT_PERMISSIONS
from hikari_like.testing.emulator.permissions import Permissions
from tests.helpers import AUTH


async def get(
    session: aiohttp.ClientSession, discord: EmulatedDiscord, path: str, **query: str
) -> tuple[int, typing.Any]:
    async with session.get(discord.url + path, headers=AUTH, params=query) as response:
        return response.status, await response.json()


def unknown(what: str, code: int) -> tuple[int, dict[str, typing.Any]]:
    return 404, {"message": f"Unknown {what}", "code": code}


MISSING_PERMISSIONS: typing.Final = (403, {"message": "Missing Permissions", "code": 50013})
MISSING_ACCESS: typing.Final = (403, {"message": "Missing Access", "code": 50001})


async def test_get_guild_shows_roles_and_counts_on_request(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    discord.add_member("kat")
    status, guild = await get(session, discord, f"/guilds/{discord.guild_id}")
    assert status == 200
    assert (guild["id"], guild["owner_id"]) == (discord.guild_id, discord.state.owner["id"])
    assert [role["name"] for role in guild["roles"]] == ["@everyone", discord.bot_user["username"]]
    assert guild["roles"][0]["id"] == discord.guild_id
    assert all(isinstance(role["permissions"], str) for role in guild["roles"])
    assert "approximate_member_count" not in guild
    for true in ("true", "True", "1"):
        _, counted = await get(session, discord, f"/guilds/{discord.guild_id}", with_counts=true)
        assert (counted["approximate_member_count"], counted["approximate_presence_count"]) == (3, 3)
    _, plain = await get(session, discord, f"/guilds/{discord.guild_id}", with_counts="false")
    assert "approximate_member_count" not in plain


async def test_guild_channels_of_every_type_in_categories_by_position(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    category = discord.add_guild_channel("Text", type=4)
    text = discord.add_guild_channel("rules", parent_id=category["id"], topic="be nice")
    voice = discord.add_guild_channel("Lounge", type=2, parent_id=category["id"])
    forum = discord.add_guild_channel("help", type=15, position=0)
    status, channels = await get(session, discord, f"/guilds/{discord.guild_id}/channels")
    assert status == 200
    by_id = {channel["id"]: channel for channel in channels}
    assert [c["id"] for c in channels] == [
        discord.channel_id,
        forum["id"],
        category["id"],
        text["id"],
        voice["id"],
    ]
    assert "topic" not in by_id[category["id"]]
    assert "last_message_id" not in by_id[category["id"]]
    assert (by_id[text["id"]]["parent_id"], by_id[text["id"]]["topic"]) == (category["id"], "be nice")
    assert (by_id[voice["id"]]["bitrate"], by_id[voice["id"]]["user_limit"]) == (64000, 0)
    assert by_id[forum["id"]]["available_tags"] == []
    with pytest.raises(ValueError, match="not a category"):
        discord.add_guild_channel("nested", parent_id=text["id"])


async def test_roles_and_one_role(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    mods = discord.add_role("mods", permissions=int(Permissions.KICK_MEMBERS), color=0x3498DB, hoist=True)
    status, roles = await get(session, discord, f"/guilds/{discord.guild_id}/roles")
    assert status == 200
    assert [role["name"] for role in roles] == ["@everyone", "mods", discord.bot_user["username"]]
    status, role = await get(session, discord, f"/guilds/{discord.guild_id}/roles/{mods['id']}")
    assert status == 200
    assert (role["permissions"], role["color"], role["colors"]["primary_color"], role["hoist"]) == (
        "2",
        0x3498DB,
        0x3498DB,
        True,
    )
    assert await get(session, discord, f"/guilds/{discord.guild_id}/roles/1") == unknown("Role", 10011)


async def test_member_and_unknown_member_or_user(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    until = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    discord.add_member("kat", user_id=42, nick="Kat", communication_disabled_until=until, pending=True)
    discord.add_user("stranger", user_id=43)
    status, member = await get(session, discord, f"/guilds/{discord.guild_id}/members/42")
    assert status == 200
    assert (member["user"]["username"], member["nick"], member["roles"], member["pending"]) == (
        "kat",
        "Kat",
        [],
        True,
    )
    assert member["communication_disabled_until"] == "2030-01-01T00:00:00.000000+00:00"
    assert (member["flags"], member["deaf"], member["mute"]) == (0, False, False)
    assert await get(session, discord, f"/guilds/{discord.guild_id}/members/43") == unknown("Member", 10007)
    assert await get(session, discord, f"/guilds/{discord.guild_id}/members/44") == unknown("User", 10013)


async def test_unknown_guild_and_a_guild_the_bot_is_not_in(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    elsewhere = discord.add_guild("elsewhere", bot_member=False)
    assert await get(session, discord, "/guilds/1") == unknown("Guild", 10004)
    assert await get(session, discord, "/guilds/1/members/1") == unknown("Guild", 10004)
    assert await get(session, discord, f"/guilds/{elsewhere['id']}") == MISSING_ACCESS
    assert await get(session, discord, f"/guilds/{elsewhere['id']}/roles") == MISSING_ACCESS


async def test_members_page_by_ascending_user_id(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    guild = discord.add_guild("big", owner_id=discord.application_id, bot_member=False)
    for user_id in (500, 300, 400, 100, 200):
        discord.add_member(user_id=user_id, guild_id=guild["id"])
    path = f"/guilds/{guild['id']}/members"
    status, first = await get(session, discord, path)  # Discord's default limit is 1
    assert status == 200
    assert [m["user"]["id"] for m in first] == ["100"]
    _, page = await get(session, discord, path, limit="2", after="100")
    assert [m["user"]["id"] for m in page] == ["200", "300"]
    _, rest = await get(session, discord, path, limit="1000", after="300")
    assert [m["user"]["id"] for m in rest] == ["400", "500", discord.application_id]


@pytest.mark.parametrize(
    ("query", "code", "message"),
    [
        ({"limit": "0"}, "NUMBER_TYPE_MIN", "int value should be greater than or equal to 1."),
        ({"limit": "1001"}, "NUMBER_TYPE_MAX", "int value should be less than or equal to 1000."),
        ({"limit": "many"}, "NUMBER_TYPE_COERCE", 'Value "many" is not int.'),
        ({"after": "me"}, "NUMBER_TYPE_COERCE", 'Value "me" is not snowflake.'),
    ],
)
async def test_members_query_out_of_range_is_invalid_form_body(
    discord: EmulatedDiscord, session: aiohttp.ClientSession, query: dict[str, str], code: str, message: str
) -> None:
    status, body = await get(session, discord, f"/guilds/{discord.guild_id}/members", **query)
    (name,) = query
    assert status == 400
    assert body == {
        "message": "Invalid Form Body",
        "code": 50035,
        "errors": {name: {"_errors": [{"code": code, "message": message}]}},
    }


async def test_bans_page_both_ways_and_need_ban_members(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    for user_id in (30, 10, 50, 20, 40):
        discord.add_member(user_id=user_id)
        discord.add_ban(user_id, reason=f"spam {user_id}")
    assert str(10) not in discord.world.guild(discord.guild_id).members  # a ban removes the member
    path = f"/guilds/{discord.guild_id}/bans"
    status, bans = await get(session, discord, path)
    assert status == 200
    assert [ban["user"]["id"] for ban in bans] == ["10", "20", "30", "40", "50"]
    assert bans[0] == {"reason": "spam 10", "user": discord.state.users["10"]}
    _, after = await get(session, discord, path, after="20", limit="2")
    assert [ban["user"]["id"] for ban in after] == ["30", "40"]
    _, before = await get(session, discord, path, before="50", limit="2")
    assert [ban["user"]["id"] for ban in before] == ["30", "40"]  # the nearest before, ascending
    _, both = await get(session, discord, path, before="30", after="30")
    assert [ban["user"]["id"] for ban in both] == ["10", "20"]  # only `before` is respected
    status, one = await get(session, discord, f"{path}/20")
    assert (status, one["reason"]) == (200, "spam 20")
    assert await get(session, discord, f"{path}/60") == unknown("Ban", 10026)
    discord.bot_role()["permissions"] = str(int(BOT_PERMISSIONS & ~Permissions.BAN_MEMBERS))
    assert await get(session, discord, path) == MISSING_PERMISSIONS
    assert await get(session, discord, f"{path}/20") == MISSING_PERMISSIONS


async def test_an_invite_shows_its_guild_and_channel_and_counts(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    created = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    seeded = discord.add_invite(code="catsonly", max_age=3600, max_uses=5, created_at=created)
    assert (seeded["uses"], seeded["max_uses"], seeded["max_age"], seeded["temporary"]) == (0, 5, 3600, False)
    status, invite = await get(session, discord, "/invites/catsonly")
    assert status == 200
    assert (invite["type"], invite["code"], invite["inviter"]["id"]) == (
        0,
        "catsonly",
        discord.application_id,
    )
    assert invite["guild"]["id"] == discord.guild_id
    assert invite["channel"] == {"id": discord.channel_id, "name": "general", "type": 0}
    assert invite["expires_at"] == "2026-01-01T01:00:00.000000+00:00"
    assert "uses" not in invite
    assert "approximate_member_count" not in invite
    _, counted = await get(session, discord, "/invites/catsonly", with_counts="true")
    assert counted["approximate_member_count"] == 2
    assert await get(session, discord, "/invites/nope") == unknown("Invite", 10006)
    forever = discord.add_invite(max_age=0)
    assert forever["expires_at"] is None
    assert forever["code"].isalnum()


async def test_guild_and_channel_invites_need_their_permissions(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    other = discord.add_guild_channel("other")
    discord.add_invite(code="general1")
    discord.add_invite(other["id"], code="other1")
    status, invites = await get(session, discord, f"/guilds/{discord.guild_id}/invites")
    assert (status, sorted(i["code"] for i in invites)) == (200, ["general1", "other1"])
    assert all("uses" in invite for invite in invites)
    status, invites = await get(session, discord, f"/channels/{other['id']}/invites")
    assert (status, [i["code"] for i in invites]) == (200, ["other1"])
    # VIEW_AUDIT_LOG alone lists the guild's invites without their metadata.
    discord.bot_role()["permissions"] = str(int(Permissions.VIEW_CHANNEL | Permissions.VIEW_AUDIT_LOG))
    status, invites = await get(session, discord, f"/guilds/{discord.guild_id}/invites")
    assert status == 200
    assert not any("uses" in invite for invite in invites)
    assert await get(session, discord, f"/channels/{other['id']}/invites") == MISSING_PERMISSIONS
    discord.bot_role()["permissions"] = "0"
    assert await get(session, discord, f"/guilds/{discord.guild_id}/invites") == MISSING_PERMISSIONS
    assert await get(session, discord, "/channels/1/invites") == unknown("Channel", 10003)


async def test_a_channel_overwrite_can_deny_the_bot(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    bot_role = discord.bot_role()["id"]
    hidden = discord.add_guild_channel(
        "staff", permission_overwrites=[{"id": bot_role, "type": 0, "deny": int(Permissions.MANAGE_CHANNELS)}]
    )
    assert await get(session, discord, f"/channels/{hidden['id']}/invites") == MISSING_PERMISSIONS


async def test_guild_routes_are_bucketed_per_guild(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    other = discord.add_guild("other")
    headers = []
    for guild_id in (discord.guild_id, other["id"], discord.guild_id):
        async with session.get(f"{discord.url}/guilds/{guild_id}/roles", headers=AUTH) as response:
            assert response.status == 200
            headers.append(response.headers)
    remaining = [int(h["X-RateLimit-Remaining"]) for h in headers]
    assert remaining[1] == remaining[0]  # another guild: a bucket of its own
    assert remaining[2] == remaining[0] - 1  # the same guild: the same bucket
    assert len({h["X-RateLimit-Bucket"] for h in headers}) == 1  # one route, one bucket hash
