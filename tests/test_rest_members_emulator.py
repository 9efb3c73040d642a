"""The emulated Discord's member and role rules that hikari's methods cannot reach or that need a
raw request: query validation, member flags, the role limit, self-renames, adding members."""

from __future__ import annotations

import datetime

from hikari_like import errors
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.permissions import Permissions
from tests.test_rest_members import refused
from tests.test_rest_members import take_from_bot


async def test_search_needs_a_query_and_a_limit_in_range(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    path = f"/guilds/{discord.guild_id}/members/search"

    missing = await refused(50035, rest.request("GET", path))
    too_many = await refused(50035, rest.request("GET", path, query={"query": "a", "limit": "1001"}))
    one = await rest.request("GET", path, query={"query": "emulated"})  # Discord's default limit: 1

    assert isinstance(missing, errors.BadRequestError)
    assert missing.errors == {
        "query": {"_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "This field is required"}]}
    }
    assert "limit" in too_many.errors  # type: ignore[attr-defined]
    assert len(one) == 1


async def test_only_bypasses_verification_is_an_editable_flag(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    discord.add_member("kat", user_id=42, flags=1)  # DID_REJOIN, set by Discord only
    path = f"/guilds/{discord.guild_id}/members/42"

    edited = await rest.request("PATCH", path, json={"flags": 4 | 2})

    assert edited["flags"] == 1 | 4
    for permission in (Permissions.MANAGE_GUILD, Permissions.MANAGE_ROLES, Permissions.MODERATE_MEMBERS):
        take_from_bot(discord, permission)
    await refused(50013, rest.request("PATCH", path, json={"flags": 0}))


async def test_a_guild_holds_at_most_250_roles(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    for index in range(250 - len(discord.world.guild(discord.guild_id).roles)):
        discord.add_role(f"r{index}", position=1 + index)

    await refused(30005, rest.create_role(discord.guild_id, name="one too many"))


async def test_renaming_oneself_needs_change_nickname(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    me = discord.application_id

    renamed = await rest.edit_member(discord.guild_id, me, nickname="Helper")
    discord.world.guild(discord.guild_id).everyone["permissions"] = "0"
    take_from_bot(discord, Permissions.CHANGE_NICKNAME)

    assert renamed.nickname == "Helper"
    await refused(50013, rest.edit_member(discord.guild_id, me, nickname="Nope"))


async def test_the_owner_is_never_timed_out(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    soon = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=5)

    await refused(
        50013,
        rest.edit_member(discord.guild_id, discord.state.owner["id"], communication_disabled_until=soon),
    )


async def test_adding_a_member_needs_the_permissions_of_its_fields(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    user = discord.add_user("newcomer")
    token = discord.grant_guilds_join(user["id"])
    take_from_bot(discord, Permissions.MANAGE_NICKNAMES | Permissions.MUTE_MEMBERS)

    await refused(50013, rest.add_user_to_guild(token, discord.guild_id, user["id"], nickname="x"))
    await refused(50013, rest.add_user_to_guild(token, discord.guild_id, user["id"], mute=True))
    discord.world.guild(discord.guild_id).everyone["permissions"] = "0"
    take_from_bot(discord, Permissions.CREATE_INSTANT_INVITE)
    await refused(50013, rest.add_user_to_guild(token, discord.guild_id, user["id"]))
    assert user["id"] not in discord.world.guild(discord.guild_id).members
