"""Invites over REST: create (limits, reuse, targets, roles), fetch, delete, list per channel and guild.

Against the emulated Discord on loopback; the shapes and rules follow discord-api-docs
`resources/channel.mdx` ("Create Channel Invite": `max_age` 0-604800, `max_uses` 0-100,
CREATE_INSTANT_INVITE; "Get Channel Invites": MANAGE_CHANNELS), `resources/invite.mdx` ("Get
Invite", "Delete Invite": MANAGE_CHANNELS or MANAGE_GUILD, 10006) and `resources/guild.mdx`
("Get Guild Invites": metadata only with MANAGE_GUILD).
"""

from __future__ import annotations

import datetime
import typing

import pytest

from hikari_like import errors
from hikari_like import invites
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.permissions import Permissions


async def test_create_invite_sends_discords_fields_and_returns_the_metadata(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    invite = await rest.create_invite(
        discord.channel_id,
        max_age=datetime.timedelta(hours=2),
        max_uses=5,
        temporary=True,
        unique=True,
        reason="event",
    )

    sent = discord.requests[-1]
    assert sent.route == "POST /channels/{channel}/invites"
    assert sent.json == {"max_age": 7200, "max_uses": 5, "temporary": True, "unique": True}
    assert sent.headers["X-Audit-Log-Reason"] == "event"
    assert isinstance(invite, invites.InviteWithMetadata)
    assert (invite.max_age, invite.max_uses, invite.uses, invite.is_temporary) == (
        datetime.timedelta(hours=2),
        5,
        0,
        True,
    )
    assert (invite.channel_id, invite.guild_id) == (int(discord.channel_id), int(discord.guild_id))
    assert invite.inviter is not None
    assert invite.inviter.id == int(discord.application_id)
    assert invite.expires_at == invite.created_at + datetime.timedelta(hours=2)
    assert invite.code in discord.world.invites


async def test_create_invite_with_discords_defaults_reuses_a_similar_invite_unless_unique(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    first = await rest.create_invite(discord.channel_id)
    again = await rest.create_invite(discord.channel_id)
    unique = await rest.create_invite(discord.channel_id, unique=True)
    never = await rest.create_invite(discord.channel_id, max_age=0, max_uses=0)

    assert discord.requests_to("POST /channels/{channel}/invites")[0].json == {}
    assert (first.max_age, first.max_uses) == (datetime.timedelta(days=1), None)
    assert again.code == first.code
    assert unique.code != first.code
    assert (never.max_age, never.expires_at) == (None, None)
    assert len(discord.world.invites) == 3


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("max_age", 604801, "NUMBER_TYPE_MAX"),
        ("max_uses", 101, "NUMBER_TYPE_MAX"),
        ("max_uses", -1, "NUMBER_TYPE_MIN"),
    ],
)
async def test_create_invite_refuses_discords_out_of_range_values(
    discord: EmulatedDiscord, rest: RESTClientImpl, field: str, value: int, code: str
) -> None:
    options: dict[str, typing.Any] = {field: value}
    with pytest.raises(errors.BadRequestError) as caught:
        await rest.create_invite(discord.channel_id, **options)

    assert caught.value.code == 50035
    assert caught.value.errors[field]["_errors"][0]["code"] == code
    assert not discord.world.invites


async def test_a_stream_invite_names_its_user_and_an_activity_invite_its_application(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    voice = discord.add_guild_channel("Lounge", type=2)
    streamer = discord.add_user("streamer")

    stream = await rest.create_invite(
        voice["id"], target_type=invites.TargetType.STREAM, target_user=streamer["id"]
    )
    activity = await rest.create_invite(
        voice["id"],
        target_type=invites.TargetType.EMBEDDED_APPLICATION,
        target_application=880218394199220334,
    )

    assert discord.requests[-2].json == {"target_type": 1, "target_user_id": streamer["id"]}
    assert discord.requests[-1].json == {"target_type": 2, "target_application_id": "880218394199220334"}
    assert stream.target_type is invites.TargetType.STREAM
    assert stream.target_user is not None
    assert stream.target_user.username == "streamer"
    assert activity.target_type is invites.TargetType.EMBEDDED_APPLICATION
    with pytest.raises(errors.BadRequestError) as caught:
        await rest.create_invite(voice["id"], target_type=invites.TargetType.STREAM)
    assert caught.value.errors["target_user_id"]["_errors"][0]["code"] == "BASE_TYPE_REQUIRED"


async def test_an_invite_can_give_roles_below_the_bot(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guests = discord.add_role("guests", color=0x3498DB)
    above = discord.add_role("admins", position=int(discord.bot_role()["position"]) + 1)

    invite = await rest.create_invite(discord.channel_id, role_ids=[guests["id"]])

    assert discord.requests[-1].json == {"role_ids": [guests["id"]]}
    assert [(role.id, role.name) for role in invite.roles] == [(int(guests["id"]), "guests")]
    assert invite.role_ids == [int(guests["id"])]
    with pytest.raises(errors.ForbiddenError):
        await rest.create_invite(discord.channel_id, role_ids=[above["id"]])


async def test_creating_needs_create_instant_invite_in_a_guild_channel(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    denied = discord.add_guild_channel(
        "staff", permission_overwrites=[{"id": discord.bot_role()["id"], "type": 0, "deny": 1}]
    )
    dm = discord.state.add_channel(name="dm", guild_id=None)

    with pytest.raises(errors.ForbiddenError) as caught:
        await rest.create_invite(denied["id"])
    assert caught.value.code == 50013
    with pytest.raises(errors.ForbiddenError) as not_guild:
        await rest.create_invite(dm["id"])
    assert not_guild.value.code == 50001
    with pytest.raises(errors.NotFoundError) as unknown:
        await rest.create_invite(1234)
    assert unknown.value.code == 10003


async def test_fetch_invite_by_code_or_object_with_counts_by_default(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    created = await rest.create_invite(discord.channel_id)

    invite = await rest.fetch_invite(created)
    plain = await rest.fetch_invite(created.code, with_counts=False, scheduled_event=42)

    assert discord.requests[-2].query == {"with_counts": "true"}
    assert discord.requests[-1].query == {"with_counts": "false", "guild_scheduled_event_id": "42"}
    assert discord.requests[-1].route == "GET /invites/{invite}"
    assert type(invite) is invites.Invite
    assert invite.code == created.code
    assert invite.approximate_member_count == len(discord.world.guild(discord.guild_id).members)
    assert plain.approximate_member_count is None
    assert invite.guild is not None
    assert invite.guild.id == int(discord.guild_id)


async def test_delete_invite_returns_it_and_needs_manage_channels_or_manage_guild(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    kept = discord.add_invite(code="kept")
    gone = discord.add_invite(code="gone")
    channel = discord.world.channels[discord.channel_id]

    deleted = await rest.delete_invite(gone["code"], reason="leaked")

    assert discord.requests[-1].route == "DELETE /invites/{invite}"
    assert discord.requests[-1].headers["X-Audit-Log-Reason"] == "leaked"
    assert deleted.code == "gone"
    assert list(discord.world.invites) == ["kept"]
    with pytest.raises(errors.NotFoundError) as caught:
        await rest.delete_invite("gone")
    assert caught.value.code == 10006

    # MANAGE_CHANNELS in the invite's channel is enough without MANAGE_GUILD, and needed without it.
    discord.bot_role()["permissions"] = str(int(Permissions.VIEW_CHANNEL))
    with pytest.raises(errors.ForbiddenError):
        await rest.delete_invite(kept["code"])
    channel["permission_overwrites"] = [
        {
            "id": discord.bot_role()["id"],
            "type": 0,
            "allow": str(int(Permissions.MANAGE_CHANNELS)),
            "deny": "0",
        }
    ]
    assert (await rest.delete_invite(kept["code"])).code == "kept"


async def test_channel_and_guild_invites(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    other = discord.add_guild_channel("other")
    here = discord.add_invite(code="here", uses=3, max_uses=10)
    discord.add_invite(other["id"], code="there")

    in_channel = await rest.fetch_channel_invites(discord.channel_id)
    in_guild = await rest.fetch_guild_invites(discord.guild_id)

    assert [invite.code for invite in in_channel] == [here["code"]]
    assert all(isinstance(invite, invites.InviteWithMetadata) for invite in in_channel)
    assert in_channel[0].uses_left == 7
    assert sorted(invite.code for invite in in_guild) == ["here", "there"]
    assert all(isinstance(invite, invites.InviteWithMetadata) for invite in in_guild)


async def test_guild_invites_without_manage_guild_are_plain_invites(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    discord.add_invite(code="here")
    discord.bot_role()["permissions"] = str(int(Permissions.VIEW_AUDIT_LOG))

    found = await rest.fetch_guild_invites(discord.guild_id)

    assert [type(invite) for invite in found] == [invites.Invite]
    assert await rest.fetch_guild_invites(discord.add_guild("empty")["id"]) == []
