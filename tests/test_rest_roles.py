"""Role endpoints against the emulated Discord over loopback: the payloads Discord receives, the
roles we return, and the hierarchy rules of topics/permissions.mdx."""

from __future__ import annotations

import pytest

from hikari_like import colors
from hikari_like import errors
from hikari_like import files
from hikari_like import guilds
from hikari_like import permissions
from hikari_like import snowflakes
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.permissions import Permissions
from tests.test_rest_members import PNG
from tests.test_rest_members import refused
from tests.test_rest_members import take_from_bot

CREATE = "POST /guilds/{guild}/roles"


def role_of(discord: EmulatedDiscord, role: guilds.Role) -> dict[str, object]:
    return discord.world.guild(discord.guild_id).role(str(role.id))


async def test_fetch_roles_and_one_role(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    mods = discord.add_role("mods", permissions=int(Permissions.KICK_MEMBERS), color=0x3498DB)

    roles = await rest.fetch_roles(discord.guild_id)
    one = await rest.fetch_role(discord.guild_id, mods["id"])

    assert [role.name for role in roles] == ["@everyone", "mods", discord.bot_user["username"]]
    assert all(role.guild_id == int(discord.guild_id) for role in roles)
    assert (one.name, one.color, one.permissions) == ("mods", 0x3498DB, permissions.Permissions.KICK_MEMBERS)
    await refused(10011, rest.fetch_role(discord.guild_id, 123))


async def test_create_role_sends_hikari_fields(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    role = await rest.create_role(
        discord.guild_id,
        name="red team",
        permissions=permissions.Permissions.KICK_MEMBERS | permissions.Permissions.BAN_MEMBERS,
        colour=0xFF0000,
        hoist=True,
        mentionable=True,
        reason="teams",
    )

    sent = discord.requests_to(CREATE)[0]
    assert sent.json == {
        "name": "red team",
        "permissions": "6",
        "color": 0xFF0000,
        "hoist": True,
        "mentionable": True,
    }
    assert sent.headers["X-Audit-Log-Reason"] == "teams"
    assert isinstance(role, guilds.Role)
    assert (role.name, role.color, role.is_hoisted, role.is_mentionable, role.position) == (
        "red team",
        0xFF0000,
        True,
        True,
        1,
    )
    plain = await rest.create_role(discord.guild_id)
    assert discord.requests_to(CREATE)[1].json == {"permissions": "0"}  # hikari's default: none
    assert (plain.name, plain.permissions) == ("new role", permissions.Permissions.NONE)


async def test_create_role_refusals(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    with pytest.raises(TypeError, match="'color' and 'colour'"):
        await rest.create_role(discord.guild_id, color=1, colour=2)
    with pytest.raises(TypeError, match="'icon' and 'unicode_emoji'"):
        await rest.create_role(discord.guild_id, icon=files.Bytes(PNG, "i.png"), unicode_emoji="🐱")
    await refused(50101, rest.create_role(discord.guild_id, unicode_emoji="🐱"))  # no ROLE_ICONS
    await refused(50101, rest.create_role(discord.guild_id, color=colors.ColorGradient.of(1, 2)))
    await refused(
        50013, rest.create_role(discord.guild_id, permissions=permissions.Permissions.ADMINISTRATOR)
    )
    too_long = await refused(50035, rest.create_role(discord.guild_id, name="x" * 101))
    assert "name" in too_long.errors  # type: ignore[attr-defined]
    take_from_bot(discord, Permissions.MANAGE_ROLES)
    await refused(50013, rest.create_role(discord.guild_id, name="nope"))
    assert [r["name"] for r in discord.world.guild(discord.guild_id).sorted_roles()] == [
        "@everyone",
        discord.bot_user["username"],
    ]


async def test_gradients_and_icons_with_the_guild_features(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    guild = discord.add_guild("Boosted", features=["ROLE_ICONS", "ENHANCED_ROLE_COLORS"])

    gradient = await rest.create_role(guild["id"], color=colors.ColorGradient.of(0xFF0000, 0x0000FF))
    holo = await rest.create_role(guild["id"], colour=colors.ColorGradient.of(1, 2, 3))
    icon = await rest.create_role(guild["id"], icon=files.Bytes(PNG, "i.png"))
    emoji = await rest.edit_role(guild["id"], icon, unicode_emoji="🐱")
    cleared = await rest.edit_role(guild["id"], icon, icon=None)

    assert discord.requests_to(CREATE)[0].json["colors"] == {
        "primary_color": 0xFF0000,
        "secondary_color": 0x0000FF,
        "tertiary_color": None,
    }
    assert (gradient.colors.primary_color, gradient.colors.secondary_color) == (0xFF0000, 0x0000FF)
    assert holo.colors == colors.ColorGradient.holographic()  # Discord enforces its style
    assert discord.requests_to(CREATE)[2].json["icon"].startswith("data:image/png;base64,")
    assert icon.icon_hash is not None
    assert icon.make_icon_url() is not None
    assert emoji.unicode_emoji == "🐱"
    assert (cleared.icon_hash, cleared.make_icon_url()) == (None, None)


async def test_edit_role_and_its_hierarchy(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    mods = discord.add_role("mods")
    high = discord.add_role("high", position=50)

    edited = await rest.edit_role(discord.guild_id, mods["id"], name="moderators", color=0x00FF00, reason="r")

    assert discord.requests_to("PATCH /guilds/{guild}/roles/{role}")[0].json == {
        "name": "moderators",
        "color": 0x00FF00,
    }
    assert (edited.name, edited.color, edited.colors.primary_color) == ("moderators", 0x00FF00, 0x00FF00)
    await refused(50013, rest.edit_role(discord.guild_id, high["id"], name="mine"))
    await refused(
        50013, rest.edit_role(discord.guild_id, mods["id"], permissions=permissions.Permissions.ADMINISTRATOR)
    )
    assert (mods["name"], mods["permissions"]) == ("moderators", "0")  # a refused edit changes nothing


async def test_delete_role(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    mods = discord.add_role("mods")
    discord.add_member("kat", user_id=42, roles=[mods["id"]])

    await rest.delete_role(discord.guild_id, mods["id"], reason="unused")

    guild = discord.world.guild(discord.guild_id)
    assert mods["id"] not in guild.roles
    assert guild.member("42")["roles"] == []
    assert (
        discord.requests_to("DELETE /guilds/{guild}/roles/{role}")[0].headers["X-Audit-Log-Reason"]
        == "unused"
    )
    await refused(50028, rest.delete_role(discord.guild_id, discord.guild_id))  # @everyone
    await refused(50013, rest.delete_role(discord.guild_id, discord.bot_role()["id"]))
    await refused(10011, rest.delete_role(discord.guild_id, mods["id"]))


async def test_reposition_roles(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    low = discord.add_role("low")
    mid = discord.add_role("mid")  # now at 1, low at 2

    await rest.reposition_roles(discord.guild_id, {1: low["id"], 2: mid["id"]}, reason="order")

    sent = discord.requests_to("PATCH /guilds/{guild}/roles")[0]
    assert sent.json == [{"id": low["id"], "position": 1}, {"id": mid["id"], "position": 2}]
    assert sent.headers["X-Audit-Log-Reason"] == "order"
    assert [role.name for role in await rest.fetch_roles(discord.guild_id)][:3] == ["@everyone", "low", "mid"]
    bot_position = int(discord.bot_role()["position"])
    await refused(50013, rest.reposition_roles(discord.guild_id, {bot_position: low["id"]}))
    await refused(50013, rest.reposition_roles(discord.guild_id, {1: discord.bot_role()["id"]}))


async def test_add_and_remove_role_to_member(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    mods = discord.add_role("mods")
    high = discord.add_role("high", position=50)
    discord.add_member("kat", user_id=42)

    await rest.add_role_to_member(discord.guild_id, 42, mods["id"], reason="promoted")
    added = list(discord.world.guild(discord.guild_id).member("42")["roles"])
    await rest.remove_role_from_member(discord.guild_id, 42, mods["id"])

    assert added == [mods["id"]]
    assert discord.world.guild(discord.guild_id).member("42")["roles"] == []
    put = discord.requests_to("PUT /guilds/{guild}/members/{user}/roles/{role}")[0]
    assert (put.status, put.headers["X-Audit-Log-Reason"]) == (204, "promoted")
    await refused(50013, rest.add_role_to_member(discord.guild_id, 42, high["id"]))
    await refused(50013, rest.add_role_to_member(discord.guild_id, 42, discord.bot_role()["id"]))  # managed
    await refused(10011, rest.add_role_to_member(discord.guild_id, 42, 123))
    await refused(10007, rest.add_role_to_member(discord.guild_id, 99, mods["id"]))


async def test_role_member_counts(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    mods = discord.add_role("mods")
    idle = discord.add_role("idle")
    discord.add_member("kat", user_id=42, roles=[mods["id"]])
    discord.add_member("bob", user_id=43, roles=[mods["id"]])

    counts = await rest.fetch_role_member_counts(discord.guild_id)

    assert counts[snowflakes.Snowflake(mods["id"])] == 2
    assert counts[snowflakes.Snowflake(idle["id"])] == 0
    assert counts[snowflakes.Snowflake(discord.bot_role()["id"])] == 1
    assert int(discord.guild_id) not in counts  # @everyone is left out, as Discord does
    assert all(isinstance(role_id, int) for role_id in counts)


async def test_a_bot_without_manage_roles_changes_no_role(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    mods = discord.add_role("mods")
    discord.add_member("kat", user_id=42)
    take_from_bot(discord, Permissions.MANAGE_ROLES)

    for call in (
        rest.add_role_to_member(discord.guild_id, 42, mods["id"]),
        rest.edit_role(discord.guild_id, mods["id"], name="x"),
        rest.delete_role(discord.guild_id, mods["id"]),
        rest.reposition_roles(discord.guild_id, {2: mods["id"]}),
    ):
        with pytest.raises(errors.ForbiddenError):
            await call
    assert (mods["name"], mods["position"]) == ("mods", 1)
