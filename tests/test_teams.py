"""Developer teams: `Application.team`, read from the application's `team` object.

Discord's docs (topics/teams): a team object has `icon`, `id`, `members`, `name` and
`owner_user_id`; a team member has `membership_state` (1 invited, 2 accepted), `team_id`, a
partial `user` and `role` (and, from before roles, `permissions`: `["*"]`). A team application's
`owner` is a placeholder user.
"""

from __future__ import annotations

import typing

from hikari_like import Application
from hikari_like import Snowflake
from hikari_like import Team
from hikari_like import TeamMember
from hikari_like import TeamMembershipState
from hikari_like import User
from hikari_like.impl import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from tests.helpers import APP

KAT: typing.Final[dict[str, typing.Any]] = {
    "id": "80351110224678912",
    "username": "kat",
    "discriminator": "0",
    "avatar": None,
}
DEV: typing.Final[dict[str, typing.Any]] = {
    "id": "41771983423143937",
    "username": "dev",
    "global_name": "Dev",
    "avatar": "a1",
}


def team_payload(**fields: typing.Any) -> dict[str, typing.Any]:
    """A team object as Discord sends it, with `fields` added or replaced."""
    members = [
        {"membership_state": 2, "team_id": "7", "user": KAT, "role": "admin", "permissions": ["*"]},
        {"membership_state": 1, "team_id": "7", "user": DEV, "role": "developer", "permissions": ["*"]},
    ]
    return {
        "id": "7",
        "name": "Kat's Team",
        "icon": "cafe",
        "owner_user_id": KAT["id"],
        "members": members,
        **fields,
    }


def test_a_team_reads_its_members_by_user_id() -> None:
    team = Team.from_payload(team_payload(), app=APP)

    assert (team.id, team.name, team.owner_id) == (7, "Kat's Team", 80351110224678912)
    assert list(team.members) == [80351110224678912, 41771983423143937]
    dev = team.members[Snowflake(41771983423143937)]
    assert isinstance(dev, TeamMember)
    assert dev.membership_state is TeamMembershipState.INVITED
    assert (dev.team_id, dev.permissions) == (7, ["*"])
    assert isinstance(dev.user, User)


def test_a_team_member_offers_its_users_fields() -> None:
    dev = Team.from_payload(team_payload(), app=APP).members[Snowflake(41771983423143937)]

    assert (dev.id, dev.username, dev.global_name, dev.display_name) == (
        41771983423143937,
        "dev",
        "Dev",
        "Dev",
    )
    assert (dev.mention, str(dev), dev.avatar_hash, dev.is_bot) == (
        "<@41771983423143937>",
        "dev",
        "a1",
        False,
    )
    assert dev.make_avatar_url() == dev.user.make_avatar_url()
    assert dev.display_avatar_url == dev.user.display_avatar_url
    assert dev.created_at == dev.user.created_at
    assert dev == dev.user  # equal to its user, as hikari's (a User) is
    assert hash(dev) == hash(dev.user)


def test_the_team_icon_is_on_the_cdn() -> None:
    team = Team.from_payload(team_payload(), app=APP)

    assert str(team.make_icon_url(size=64)) == "https://cdn.discordapp.com/team-icons/7/cafe.png?size=64"
    assert Team.from_payload(team_payload(icon=None), app=APP).make_icon_url() is None


def test_parsing_is_tolerant() -> None:
    odd_member = {"membership_state": 99, "team_id": "7", "user": KAT}  # unknown state, no permissions
    team = Team.from_payload(team_payload(members=[odd_member, {"team_id": "7"}, "nope"]), app=APP)

    assert list(team.members) == [80351110224678912]  # the member without a user is left out
    member = team.members[Snowflake(80351110224678912)]
    assert (member.membership_state, member.permissions) == (99, [])


async def test_fetch_application_has_no_team_by_default(rest: RESTClientImpl) -> None:
    application = await rest.fetch_application()

    assert application.team is None
    assert application.owner is not None


async def test_fetch_application_reads_the_team_the_emulator_was_given(
    rest: RESTClientImpl, discord: EmulatedDiscord
) -> None:
    developer = discord.add_user("developer")
    team = discord.set_team("Emulated Team", members=[developer])

    application = await rest.fetch_application()

    assert isinstance(application, Application)
    assert application.team is not None
    assert (application.team.id, application.team.name) == (int(team["id"]), "Emulated Team")
    assert application.team.owner_id == int(discord.state.owner["id"])
    assert {member.username for member in application.team.members.values()} == {
        "emulated-owner",
        "developer",
    }
    assert all(
        member.membership_state is TeamMembershipState.ACCEPTED
        for member in application.team.members.values()
    )
    assert application.owner is not None
    assert application.owner.username == f"team{team['id']}"


def test_an_application_with_an_unreadable_team_still_reads() -> None:
    payload = {"id": "9", "name": "app", "verify_key": "00" * 32, "team": {"id": "7"}}

    assert Application.from_payload(payload, app=APP).team is None
