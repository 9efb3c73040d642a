"""Member endpoints against the emulated Discord over loopback: what Discord receives, what we
return, and the refusals that matter (permissions, hierarchy, the owner, timeouts, voice)."""

from __future__ import annotations

import datetime

import pytest

from hikari_like import errors
from hikari_like import files
from hikari_like import guilds
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.permissions import Permissions

MEMBER = "PATCH /guilds/{guild}/members/{user}"
PNG: bytes = b"\x89PNG\r\n\x1a\n" + bytes(16)


def take_from_bot(discord: EmulatedDiscord, permission: Permissions) -> None:
    role = discord.bot_role()
    role["permissions"] = str(int(role["permissions"]) & ~permission)


async def refused(code: int, call: object) -> errors.HTTPResponseError:
    with pytest.raises(errors.HTTPResponseError) as caught:
        await call  # type: ignore[misc]
    assert caught.value.code == code
    return caught.value


async def test_fetch_member_and_my_member(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    mods = discord.add_role("mods")
    discord.add_member("kat", user_id=42, roles=[mods["id"]], nick="Kat")

    member = await rest.fetch_member(discord.guild_id, 42)
    me = await rest.fetch_my_member(int(discord.guild_id))

    assert isinstance(member, guilds.Member)
    assert (member.id, member.username, member.nickname, member.guild_id) == (
        42,
        "kat",
        "Kat",
        int(discord.guild_id),
    )
    assert set(member.role_ids) == {int(mods["id"]), int(discord.guild_id)}
    assert member.app is rest
    assert me.id == int(discord.application_id)
    await refused(10007, rest.fetch_member(discord.guild_id, discord.add_user("stranger")["id"]))


async def test_fetch_members_walks_every_page_from_start_at(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ids = [discord.add_member(f"m{i}", user_id=1000 + i)["user"]["id"] for i in range(5)]

    everyone = [member.id for member in await rest.fetch_members(discord.guild_id)]
    after = [member.id for member in await rest.fetch_members(discord.guild_id, start_at=1002)]

    assert [int(i) for i in ids] == [i for i in everyone if 1000 <= i < 1005]
    assert after[:2] == [1003, 1004]
    assert discord.requests_to("GET /guilds/{guild}/members")[-1].query["after"] == "1002"


async def test_search_members_matches_name_prefixes(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    discord.add_member("katherine", user_id=11)
    discord.add_member("bob", user_id=12, nick="Kitkat")
    discord.add_member("kat", user_id=13)

    found = await rest.search_members(discord.guild_id, "KAT")

    assert [member.id for member in found] == [11, 13]
    assert discord.requests_to("GET /guilds/{guild}/members/search")[0].query == {
        "query": "KAT",
        "limit": "1000",
    }
    assert [m.id for m in await rest.search_members(discord.guild_id, "kit")] == [12]


async def test_edit_member_sends_hikari_fields_and_the_reason(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    mods = discord.add_role("mods")
    discord.add_member("kat", user_id=42)
    until = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)

    member = await rest.edit_member(
        discord.guild_id,
        42,
        nickname="Kat",
        roles=[int(mods["id"])],
        communication_disabled_until=until,
        reason="why",
    )

    sent = discord.requests_to(MEMBER)[0]
    assert sent.json == {
        "nick": "Kat",
        "roles": [mods["id"]],
        "communication_disabled_until": until.isoformat(),
    }
    assert sent.headers["X-Audit-Log-Reason"] == "why"
    assert member.nickname == "Kat"
    assert int(mods["id"]) in member.role_ids
    assert member.communication_disabled_until() == until
    cleared = await rest.edit_member(discord.guild_id, 42, nickname=None, communication_disabled_until=None)
    assert (cleared.nickname, cleared.raw_communication_disabled_until) == (None, None)
    assert discord.requests_to(MEMBER)[1].json == {"nick": None, "communication_disabled_until": None}


async def test_edit_member_refuses_what_discord_refuses(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    owner = discord.state.owner["id"]
    discord.add_member("kat", user_id=42)
    high = discord.add_role("high", position=50)
    discord.add_member("boss", user_id=43, roles=[high["id"]])
    soon = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
    too_late = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=29)

    await refused(50013, rest.edit_member(discord.guild_id, owner, nickname="x"))  # the owner outranks all
    await refused(50013, rest.edit_member(discord.guild_id, 43, communication_disabled_until=soon))
    await refused(50013, rest.edit_member(discord.guild_id, 42, roles=[high["id"]]))  # above the bot
    await refused(50013, rest.edit_member(discord.guild_id, 42, roles=[discord.bot_role()["id"]]))  # managed
    late = await refused(50035, rest.edit_member(discord.guild_id, 42, communication_disabled_until=too_late))
    assert isinstance(late, errors.BadRequestError)
    assert "communication_disabled_until" in late.errors
    long_nick = await refused(50035, rest.edit_member(discord.guild_id, 42, nickname="x" * 33))
    assert "nick" in long_nick.errors  # type: ignore[attr-defined]
    await refused(10011, rest.edit_member(discord.guild_id, 42, roles=[123]))
    take_from_bot(discord, Permissions.MODERATE_MEMBERS)
    await refused(50013, rest.edit_member(discord.guild_id, 42, communication_disabled_until=soon))
    assert discord.world.guild(discord.guild_id).member("42")["nick"] is None


async def test_timeouts_never_reach_an_administrator(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    admins = discord.add_role("admins", permissions=int(Permissions.ADMINISTRATOR))
    discord.add_member("admin", user_id=44, roles=[admins["id"]])
    soon = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=5)

    await refused(50013, rest.edit_member(discord.guild_id, 44, communication_disabled_until=soon))


async def test_voice_fields_need_a_member_in_voice(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    discord.add_member("kat", user_id=42)
    lounge = discord.add_guild_channel("Lounge", type=2)
    stage = discord.add_guild_channel("Stage", type=13)

    await refused(40032, rest.edit_member(discord.guild_id, 42, mute=True))
    await refused(40032, rest.edit_member(discord.guild_id, 42, voice_channel=int(stage["id"])))
    discord.connect_voice(42, lounge["id"])
    await refused(50024, rest.edit_member(discord.guild_id, 42, voice_channel=int(discord.channel_id)))
    member = await rest.edit_member(
        discord.guild_id, 42, mute=True, deaf=True, voice_channel=int(stage["id"])
    )

    assert (member.is_mute, member.is_deaf) == (True, True)
    assert discord.world.guild(discord.guild_id).voice == {"42": stage["id"]}
    await rest.edit_member(discord.guild_id, 42, voice_channel=None)
    assert discord.world.guild(discord.guild_id).voice == {}
    take_from_bot(discord, Permissions.MUTE_MEMBERS)
    await refused(50013, rest.edit_member(discord.guild_id, 42, mute=False))


async def test_edit_my_member_nickname_and_images(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    member = await rest.edit_my_member(
        discord.guild_id, nickname="Helper", avatar=files.Bytes(PNG, "a.png"), bio="hi", reason="rebrand"
    )

    sent = discord.requests_to("PATCH /guilds/{guild}/members/@me")[0]
    assert sent.json["avatar"].startswith("data:image/png;base64,iVBORw0KGgo")
    assert (sent.json["nick"], sent.json["bio"], sent.headers["X-Audit-Log-Reason"]) == (
        "Helper",
        "hi",
        "rebrand",
    )
    assert member.nickname == "Helper"
    assert member.guild_avatar_hash is not None
    cleared = await rest.edit_my_member(discord.guild_id, avatar=None)
    assert cleared.guild_avatar_hash is None
    discord.world.guild(discord.guild_id).everyone["permissions"] = "0"
    take_from_bot(discord, Permissions.CHANGE_NICKNAME)
    await refused(50013, rest.edit_my_member(discord.guild_id, nickname="nope"))


async def test_add_user_to_guild_with_a_guilds_join_token(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    user = discord.add_user("newcomer")
    mods = discord.add_role("mods")
    token = discord.grant_guilds_join(user["id"])

    member = await rest.add_user_to_guild(
        token, discord.guild_id, user["id"], nickname="New", roles=[mods["id"]]
    )
    again = await rest.add_user_to_guild(token, discord.guild_id, user["id"])

    assert member is not None
    assert (member.id, member.nickname, int(mods["id"]) in member.role_ids) == (int(user["id"]), "New", True)
    assert again is None  # Discord's 204: already a member
    assert discord.requests_to("PUT /guilds/{guild}/members/{user}")[0].json["access_token"] == token
    other = discord.add_user("other")
    await refused(50025, rest.add_user_to_guild(token, discord.guild_id, other["id"]))


async def test_kick_user_and_kick_member(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    discord.add_member("kat", user_id=42)
    discord.add_member("bob", user_id=43)

    await rest.kick_user(discord.guild_id, 42, reason="spam")
    await rest.kick_member(discord.guild_id, 43)

    kicks = discord.requests_to("DELETE /guilds/{guild}/members/{user}")
    assert [k.status for k in kicks] == [204, 204]
    assert kicks[0].headers["X-Audit-Log-Reason"] == "spam"
    assert "X-Audit-Log-Reason" not in kicks[1].headers
    assert {"42", "43"}.isdisjoint(discord.world.guild(discord.guild_id).members)
    await refused(10007, rest.kick_user(discord.guild_id, 42))


async def test_kicks_follow_the_hierarchy(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    high = discord.add_role("high", position=50)
    discord.add_member("boss", user_id=43, roles=[high["id"]])
    discord.add_member("kat", user_id=42)

    await refused(50013, rest.kick_user(discord.guild_id, discord.state.owner["id"]))
    await refused(50013, rest.kick_user(discord.guild_id, 43))
    take_from_bot(discord, Permissions.KICK_MEMBERS)
    await refused(50013, rest.kick_user(discord.guild_id, 42))
    assert {"42", "43"} <= set(discord.world.guild(discord.guild_id).members)


async def test_member_and_guild_helpers_call_the_endpoints(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    mods = discord.add_role("mods")
    discord.add_member("kat", user_id=42)
    discord.add_member("bob", user_id=43)
    member = await rest.fetch_member(discord.guild_id, 42)
    guild = await rest.fetch_guild(discord.guild_id)

    await member.add_role(mods["id"], reason="helper")
    fresh = await member.fetch_self()
    roles = await fresh.fetch_roles()
    renamed = await fresh.edit(nickname="Kat", reason="helper")
    await renamed.remove_role(mods["id"])
    await guild.kick(43, reason="helper")
    await renamed.kick()

    assert [role.name for role in roles] == ["@everyone", "mods"]  # Discord's order, as hikari's
    assert (await guild.fetch_roles())[0].name == "@everyone"
    assert renamed.nickname == "Kat"
    assert {"42", "43"}.isdisjoint(discord.world.guild(discord.guild_id).members)
    reasons = [r.headers.get("X-Audit-Log-Reason") for r in discord.requests if r.method != "GET"]
    assert reasons == ["helper", "helper", None, "helper", None]
