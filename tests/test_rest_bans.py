"""Bans over REST: ban, unban, fetch one or all (both directions, across pages), bulk ban.

Against the emulated Discord on loopback; the shapes and rules follow discord-api-docs
`resources/guild.mdx` ("Get Guild Bans", "Get Guild Ban", "Create Guild Ban", "Remove Guild Ban",
"Bulk Guild Ban"): BAN_MEMBERS, the hierarchy, `delete_message_seconds` 0-604800, at most 200
users in a bulk ban, 10026 for a ban that does not exist.
"""

from __future__ import annotations

import datetime
import typing

import aiohttp
import pytest

from hikari_like import errors
from hikari_like import guilds
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.permissions import Permissions
from tests.helpers import AUTH


def member(discord: EmulatedDiscord, name: str, **options: typing.Any) -> str:
    return str(discord.add_member(name, **options)["user"]["id"])


def high_role(discord: EmulatedDiscord) -> str:
    """A role above the bot's."""
    return str(discord.add_role("admins", position=int(discord.bot_role()["position"]) + 1)["id"])


async def test_ban_user_removes_the_member_keeps_the_reason_and_sends_whole_seconds(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    user_id = member(discord, "kat")

    await rest.ban_user(
        discord.guild_id, user_id, delete_message_seconds=datetime.timedelta(hours=1.5), reason="spam ✓"
    )

    sent = discord.requests[-1]
    assert sent.route == "PUT /guilds/{guild}/bans/{user}"
    assert sent.json == {"delete_message_seconds": 5400}
    guild = discord.world.guild(discord.guild_id)
    assert user_id not in guild.members
    assert guild.bans[user_id]["reason"] == "spam ✓"
    ban = await rest.fetch_ban(discord.guild_id, user_id)
    assert isinstance(ban, guilds.GuildBan)
    assert (ban.user.id, ban.user.username, ban.reason) == (int(user_id), "kat", "spam ✓")


async def test_ban_without_options_sends_an_empty_object_and_bans_non_members_too(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    stranger = discord.add_user("stranger")

    await rest.ban_member(discord.guild_id, stranger["id"])

    assert discord.requests[-1].json == {}
    assert discord.requests[-1].headers.get("X-Audit-Log-Reason") is None
    assert (await rest.fetch_ban(discord.guild_id, stranger["id"])).reason is None


async def test_a_ban_deletes_the_users_recent_messages_in_the_guild_only(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    user_id = member(discord, "spammer")
    author = discord.state.users[user_id]
    dm = discord.state.add_channel(name="dm", guild_id=None)
    spam = discord.seed_message(discord.channel_id, "buy now", author=author)
    other = discord.seed_message(discord.channel_id, "hello", author=discord.state.owner)
    elsewhere = discord.seed_message(dm["id"], "in a DM", author=author)

    await rest.ban_user(discord.guild_id, user_id, delete_message_seconds=60)

    assert spam["id"] not in discord.state.messages[discord.channel_id]
    assert other["id"] in discord.state.messages[discord.channel_id]
    assert elsewhere["id"] in discord.state.messages[dm["id"]]


async def test_a_ban_without_delete_message_seconds_deletes_nothing(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    user_id = member(discord, "talker")
    kept = discord.seed_message(discord.channel_id, "hi", author=discord.state.users[user_id])

    await rest.ban_user(discord.guild_id, user_id)

    assert kept["id"] in discord.state.messages[discord.channel_id]


async def test_delete_message_seconds_beyond_a_week_is_refused_with_the_field(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    user_id = member(discord, "kat")

    with pytest.raises(errors.BadRequestError) as caught:
        await rest.ban_user(discord.guild_id, user_id, delete_message_seconds=604801)

    assert caught.value.code == 50035
    assert caught.value.errors["delete_message_seconds"]["_errors"][0]["code"] == "NUMBER_TYPE_MAX"
    assert user_id in discord.world.guild(discord.guild_id).members


async def test_a_negative_span_is_sent_as_zero_as_hikari_sends_it(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    await rest.ban_user(discord.guild_id, member(discord, "kat"), delete_message_seconds=-5)

    assert discord.requests[-1].json == {"delete_message_seconds": 0}


async def test_the_owner_a_higher_member_and_the_bot_itself_cannot_be_banned(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    admin = member(discord, "admin", roles=[high_role(discord)])

    for target in (discord.state.owner["id"], admin, discord.application_id):
        with pytest.raises(errors.ForbiddenError) as caught:
            await rest.ban_user(discord.guild_id, target)
        assert caught.value.code == 50013
    assert not discord.world.guild(discord.guild_id).bans


async def test_banning_needs_ban_members(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    user_id = member(discord, "kat")
    discord.bot_role()["permissions"] = str(int(Permissions.KICK_MEMBERS))

    for call in (
        rest.ban_user(discord.guild_id, user_id),
        rest.fetch_ban(discord.guild_id, user_id),
        rest.unban_user(discord.guild_id, user_id),
    ):
        with pytest.raises(errors.ForbiddenError) as caught:
            await call
        assert caught.value.code == 50013


async def test_unknown_users_bans_and_guilds(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    stranger = discord.add_user("stranger")
    cases = [
        (rest.ban_user(discord.guild_id, 1234), 10013),
        (rest.fetch_ban(discord.guild_id, stranger["id"]), 10026),
        (rest.unban_member(discord.guild_id, stranger["id"]), 10026),
        (rest.ban_user(1234, stranger["id"]), 10004),
    ]
    for call, code in cases:
        with pytest.raises(errors.NotFoundError) as caught:
            await call
        assert caught.value.code == code


async def test_unban_lifts_the_ban_with_a_reason(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    user_id = member(discord, "kat")
    await rest.ban_user(discord.guild_id, user_id)

    await rest.unban_user(discord.guild_id, user_id, reason="appeal accepted")

    assert discord.requests[-1].route == "DELETE /guilds/{guild}/bans/{user}"
    assert discord.requests[-1].headers["X-Audit-Log-Reason"] == "appeal%20accepted"
    assert not discord.world.guild(discord.guild_id).bans
    with pytest.raises(errors.NotFoundError):
        await rest.fetch_ban(discord.guild_id, user_id)


def ban_many(discord: EmulatedDiscord, count: int) -> list[int]:
    ids = [int(discord.add_user(f"user{n}")["id"]) for n in range(count)]
    for user_id in ids:
        discord.add_ban(user_id, reason=f"r{user_id}")
    return ids


async def test_fetch_bans_walks_every_page_in_either_order(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ids = ban_many(discord, 1003)

    oldest = [ban.user.id for ban in await rest.fetch_bans(discord.guild_id)]
    newest = [ban.user.id async for ban in rest.fetch_bans(discord.guild_id, newest_first=True)]

    assert oldest == sorted(ids)
    assert newest == sorted(ids, reverse=True)
    walks = discord.requests_to("GET /guilds/{guild}/bans")
    assert [request.query for request in walks] == [
        {"limit": "1000", "after": "0"},
        {"limit": "1000", "after": str(sorted(ids)[999])},
        {"limit": "1000", "before": str((1 << 64) - 1)},
        {"limit": "1000", "before": str(sorted(ids)[3])},
    ]


async def test_fetch_bans_from_a_user_or_a_moment(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    ids = sorted(ban_many(discord, 5))
    guild = discord.guild_id

    after_second = [ban.user.id for ban in await rest.fetch_bans(guild, start_at=ids[1])]
    before_fourth = [ban.user.id for ban in await rest.fetch_bans(guild, newest_first=True, start_at=ids[3])]
    since_epoch = await rest.fetch_bans(guild, start_at=datetime.datetime(2015, 1, 1, tzinfo=datetime.UTC))

    assert after_second == ids[2:]
    assert before_fourth == [ids[2], ids[1], ids[0]]
    assert [ban.user.id for ban in since_epoch] == ids
    assert [ban.reason for ban in await rest.fetch_bans(guild).limit(2)] == [f"r{ids[0]}", f"r{ids[1]}"]


async def test_bulk_ban_bans_whom_it_can_and_reports_the_rest(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    kat, bob = member(discord, "kat"), member(discord, "bob")
    admin = member(discord, "admin", roles=[high_role(discord)])
    already = discord.add_user("already")["id"]
    discord.add_ban(already)
    owner = discord.state.owner["id"]

    result = await rest.bulk_ban_users(
        discord.guild_id,
        [kat, int(bob), already, admin, owner, discord.application_id, 999],
        delete_message_seconds=30.9,
        reason="raid",
    )

    assert isinstance(result, guilds.BulkBanResponse)
    assert result.banned_users == [int(kat), int(bob)]
    assert result.failed_users == [int(already), int(admin), int(owner), 999]
    sent = discord.requests[-1]
    assert sent.route == "POST /guilds/{guild}/bulk-ban"
    assert sent.json["delete_message_seconds"] == 30
    assert sent.json["user_ids"][:2] == [kat, bob]
    assert discord.world.guild(discord.guild_id).bans[kat]["reason"] == "raid"


async def test_bulk_ban_limits_and_permissions(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    too_many = [str(n) for n in range(1, 202)]
    with pytest.raises(errors.BadRequestError) as caught:
        await rest.bulk_ban_users(discord.guild_id, too_many)
    assert caught.value.code == 50035
    assert caught.value.errors["user_ids"]["_errors"][0]["code"] == "BASE_TYPE_MAX_LENGTH"

    with pytest.raises(errors.ForbiddenError) as nobody:
        await rest.bulk_ban_users(discord.guild_id, [discord.state.owner["id"]])
    assert nobody.value.code == 500000

    discord.bot_role()["permissions"] = str(int(Permissions.BAN_MEMBERS))
    with pytest.raises(errors.ForbiddenError) as caught_permission:
        await rest.bulk_ban_users(discord.guild_id, [member(discord, "kat")])
    assert caught_permission.value.code == 50013


async def test_member_and_guild_helpers_ban_and_unban_through_the_client(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    kat = await rest.fetch_member(discord.guild_id, member(discord, "kat"))
    guild = await rest.fetch_guild(discord.guild_id)
    bans = discord.world.guild(discord.guild_id).bans

    await kat.ban(delete_message_seconds=10, reason="spam")
    assert bans[str(kat.id)]["reason"] == "spam"
    assert discord.requests[-1].json == {"delete_message_seconds": 10}
    await kat.unban(reason="sorry")
    assert not bans

    await guild.ban(kat, reason="again")
    assert bans[str(kat.id)]["reason"] == "again"
    await guild.unban(kat.id)
    assert not bans


async def test_the_emulator_reads_a_whole_float_as_seconds_and_refuses_a_fraction(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    # hikari sends a timedelta's `total_seconds()` (86400.0); hikari_like sends whole seconds.
    url = f"{discord.url}/guilds/{discord.guild_id}/bans/"
    whole = await session.put(
        url + member(discord, "kat"), json={"delete_message_seconds": 86400.0}, headers=AUTH
    )
    fraction = await session.put(
        url + member(discord, "bob"), json={"delete_message_seconds": 1.5}, headers=AUTH
    )

    assert whole.status == 204
    assert fraction.status == 400
    assert (await fraction.json())["errors"]["delete_message_seconds"]["_errors"][0][
        "code"
    ] == "NUMBER_TYPE_COERCE"
