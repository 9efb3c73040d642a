"""The emulated Discord's permissions: Discord's algorithm (topics/permissions.mdx) case by case, and
the role hierarchy. These are the functions every guild route of the emulator calls."""

from __future__ import annotations

import datetime
import typing

import attrs
import pytest

import hikari_like
from hikari_like.internal import json
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.guild_world import GuildRecord
from hikari_like.testing.emulator.guild_world import GuildWorld
from hikari_like.testing.emulator.permissions import ALL_PERMISSIONS
from hikari_like.testing.emulator.permissions import Permissions as P
from hikari_like.testing.emulator.permissions import permissions_in
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.permissions import require_above
from hikari_like.testing.emulator.permissions import require_grantable
from hikari_like.testing.emulator.permissions import top_position
from hikari_like.testing.emulator.responses import DiscordError

MEMBER: typing.Final = "4242"
A: typing.Final = "role-a"
B: typing.Final = "role-b"
EVERYONE: typing.Final = "@everyone"


@attrs.frozen
class Case:
    """One member in one guild: @everyone's bits, the member's roles' bits, and a channel's overwrites."""

    name: str
    expected: P
    everyone: P = P.NONE
    roles: dict[str, P] = attrs.field(factory=dict)
    overwrites: tuple[tuple[str, P, P], ...] = ()
    """(target: EVERYONE, a role name or MEMBER; allow; deny)"""
    owner: bool = False
    timed_out: bool = False
    channel: bool = True


V, S, R = P.VIEW_CHANNEL, P.SEND_MESSAGES, P.READ_MESSAGE_HISTORY
CASES: typing.Final = (
    Case("guild level: @everyone's bits", V | S, everyone=V | S, channel=False),
    Case("guild level: roles add to @everyone", V | S | R, everyone=V, roles={A: S, B: R}, channel=False),
    Case("owner has everything", ALL_PERMISSIONS, owner=True, overwrites=((MEMBER, P.NONE, V),)),
    Case("administrator has everything", ALL_PERMISSIONS, roles={A: P.ADMINISTRATOR}, channel=False),
    Case(
        "administrator bypasses overwrites",
        ALL_PERMISSIONS,
        roles={A: P.ADMINISTRATOR},
        overwrites=((EVERYONE, P.NONE, V), (MEMBER, P.NONE, V | S)),
    ),
    Case("no overwrites: the base", V | S, everyone=V | S),
    Case("@everyone overwrite denies", V, everyone=V | S, overwrites=((EVERYONE, P.NONE, S),)),
    Case("@everyone overwrite allows", V | S, everyone=V, overwrites=((EVERYONE, S, P.NONE),)),
    Case(
        "a role's allow beats @everyone's deny",
        V | S,
        everyone=V | S,
        roles={A: P.NONE},
        overwrites=((EVERYONE, P.NONE, S), (A, S, P.NONE)),
    ),
    Case(
        "a role's deny beats @everyone's allow",
        V,
        everyone=V,
        roles={A: P.NONE},
        overwrites=((EVERYONE, S, P.NONE), (A, P.NONE, S)),
    ),
    Case(
        "between roles, allow wins whatever their positions (the doc's #coolstuff)",
        V,
        roles={A: P.NONE, B: P.NONE},
        overwrites=((A, P.NONE, V), (B, V, P.NONE)),
    ),
    Case(
        "the member's deny beats a role's allow",
        V,
        everyone=V,
        roles={A: P.NONE},
        overwrites=((A, S, P.NONE), (MEMBER, P.NONE, S)),
    ),
    Case(
        "the member's allow beats a role's deny",
        V | S,
        everyone=V | S,
        roles={A: P.NONE},
        overwrites=((A, P.NONE, S), (MEMBER, S, P.NONE)),
    ),
    Case(
        "an overwrite for a role the member lacks is ignored",
        V | S,
        everyone=V | S,
        overwrites=((A, P.NONE, S),),
    ),
    Case(
        "without VIEW_CHANNEL nothing in the channel",
        P.NONE,
        everyone=V | S,
        overwrites=((EVERYONE, P.NONE, V),),
    ),
    Case("timed out: only view and read history", V | R, everyone=V | S | R | P.KICK_MEMBERS, timed_out=True),
    Case("timed out owner is exempt", ALL_PERMISSIONS, owner=True, timed_out=True, channel=False),
    Case("timed out admin is exempt", ALL_PERMISSIONS, roles={A: P.ADMINISTRATOR}, timed_out=True),
)


def seeded(case: Case) -> tuple[GuildWorld, GuildRecord, json.JSONObject | None]:
    """A new guild holding the case's member, roles and (unless `channel=False`) channel."""
    discord = EmulatedDiscord()
    discord.add_user("member", user_id=MEMBER)
    guild_id = discord.add_guild(owner_id=MEMBER if case.owner else None, everyone_permissions=case.everyone)[
        "id"
    ]
    role_ids = {
        name: discord.add_role(name, guild_id=guild_id, permissions=bits)["id"]
        for name, bits in case.roles.items()
    }
    until = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1) if case.timed_out else None
    discord.add_member(
        user_id=MEMBER, guild_id=guild_id, roles=list(role_ids.values()), communication_disabled_until=until
    )
    for target, _, _ in case.overwrites:  # a role only an overwrite names: one the member lacks
        if target not in (EVERYONE, MEMBER, *role_ids):
            role_ids[target] = discord.add_role(target, guild_id=guild_id)["id"]
    targets = {**role_ids, EVERYONE: guild_id, MEMBER: MEMBER}
    overwrites = [
        {"id": targets[target], "type": 1 if target == MEMBER else 0, "allow": allow, "deny": deny}
        for target, allow, deny in case.overwrites
    ]
    channel = (
        discord.add_guild_channel(guild_id=guild_id, permission_overwrites=overwrites)
        if case.channel
        else None
    )
    return discord.world, discord.world.guild(guild_id), channel


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_permissions_follow_discords_algorithm(case: Case) -> None:
    world, guild, channel = seeded(case)
    assert permissions_in(world, guild, MEMBER, channel) == case.expected


def test_a_thread_has_its_parent_channels_permissions() -> None:
    discord = EmulatedDiscord()
    discord.add_member(user_id=MEMBER)
    parent = discord.add_guild_channel(
        permission_overwrites=[{"id": MEMBER, "type": 1, "allow": 0, "deny": int(S)}]
    )
    thread = {"id": "77", "type": 11, "guild_id": discord.guild_id, "parent_id": parent["id"]}
    guild = discord.world.guild(discord.guild_id)
    assert not permissions_in(discord.world, guild, MEMBER, thread) & S
    assert permissions_in(discord.world, guild, MEMBER, thread) & V


def test_a_deleted_role_still_listed_on_a_member_grants_nothing() -> None:
    discord = EmulatedDiscord()
    kick = discord.add_role(permissions=int(P.KICK_MEMBERS))
    discord.add_member(user_id=MEMBER, roles=[kick["id"]])
    guild = discord.world.guild(discord.guild_id)
    del guild.roles[kick["id"]]
    assert not permissions_in(discord.world, guild, MEMBER) & P.KICK_MEMBERS


def test_require_raises_discords_missing_permissions() -> None:
    discord = EmulatedDiscord()
    guild = discord.world.guild(discord.guild_id)
    require(discord.world, guild, discord.application_id, P.BAN_MEMBERS | P.KICK_MEMBERS)
    discord.bot_role()["permissions"] = str(int(P.KICK_MEMBERS))
    with pytest.raises(DiscordError) as refused:
        require(discord.world, guild, discord.application_id, P.BAN_MEMBERS | P.KICK_MEMBERS)
    assert (refused.value.status, refused.value.code, refused.value.message) == (
        403,
        50013,
        "Missing Permissions",
    )


def test_the_bot_is_in_the_default_guild_with_its_managed_role() -> None:
    discord = EmulatedDiscord()
    guild = discord.world.guild(discord.guild_id)
    role = discord.bot_role()
    assert guild.members[discord.application_id]["roles"] == [role["id"]]
    assert (role["managed"], role["tags"], role["position"]) == (True, {"bot_id": discord.application_id}, 1)
    assert guild.owner_id == discord.state.owner["id"]
    assert guild.everyone["id"] == guild.id
    assert discord.world.channels_of(guild) == [discord.state.default_channel]


def hierarchy_refuses(discord: EmulatedDiscord, **target: str) -> bool:
    """Whether the bot may not act on the target (Discord's 50013)."""
    guild = discord.world.guild(discord.guild_id)
    try:
        require_above(guild, discord.application_id, **target)
    except DiscordError as error:
        return error.code == 50013
    return False


def test_role_hierarchy_compares_highest_positions() -> None:
    discord = EmulatedDiscord()
    low = discord.add_role("low")  # new roles go just above @everyone, below the bot's role
    assert discord.bot_role()["position"] == 2
    high = discord.add_role("high", position=5)
    same = discord.add_role("same", position=2)
    discord.add_member("plain", user_id=1)
    discord.add_member("helper", user_id=2, roles=[low["id"]])
    discord.add_member("admin", user_id=3, roles=[low["id"], high["id"]])
    discord.add_member("peer", user_id=4, roles=[same["id"]])
    assert not hierarchy_refuses(discord, role=low["id"])
    assert hierarchy_refuses(discord, role=same["id"])  # equal position: refused
    assert hierarchy_refuses(discord, role=high["id"])
    assert not hierarchy_refuses(discord, member="1")
    assert not hierarchy_refuses(discord, member="2")
    assert hierarchy_refuses(discord, member="3")  # the highest of several roles counts
    assert hierarchy_refuses(discord, member="4")
    assert hierarchy_refuses(discord, member=discord.state.owner["id"])  # the owner is above everyone
    guild = discord.world.guild(discord.guild_id)
    assert top_position(guild, "1") == 0
    require_above(guild, discord.state.owner["id"], member="3", role=high["id"])  # the owner may act on all


def test_the_bot_can_grant_only_the_permissions_it_has() -> None:
    discord = EmulatedDiscord()
    guild = discord.world.guild(discord.guild_id)
    require_grantable(guild, discord.application_id, int(P.BAN_MEMBERS | P.MANAGE_ROLES))
    with pytest.raises(DiscordError) as refused:
        require_grantable(guild, discord.application_id, int(P.ADMINISTRATOR))  # not in the bot's role
    assert refused.value.code == 50013
    require_grantable(guild, discord.state.owner["id"], int(P.ADMINISTRATOR))


def test_the_emulators_bits_agree_with_the_librarys_where_names_agree() -> None:
    # Both tables are copied from Discord's documentation; neither may drift.
    library = {flag.name: flag.value for flag in hikari_like.Permissions if flag.name}
    ours = {flag.name: flag.value for flag in P if flag.name}
    shared = library.keys() & ours.keys()
    assert len(shared) > 45
    assert {name: library[name] for name in shared} == {name: ours[name] for name in shared}
