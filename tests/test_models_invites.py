"""Invite models read from Discord's documented examples (resources/invite.mdx), from minimal
payloads and from payloads with unknown and wrong-typed fields."""

from __future__ import annotations

import datetime
import typing

from hikari_like import guilds
from hikari_like import invites
from tests.helpers import APP

# Discord's "Example Invite Object" and "Example Invite Metadata" (resources/invite.mdx).
EXAMPLE_INVITE: typing.Final[dict[str, typing.Any]] = {
    "type": 0,
    "code": "0vCdhLbwjZZTWZLD",
    "guild": {
        "id": "165176875973476352",
        "name": "CS:GO Fraggers Only",
        "splash": None,
        "banner": None,
        "description": "Very good description",
        "icon": None,
        "features": ["NEWS", "DISCOVERABLE"],
        "verification_level": 2,
        "vanity_url_code": None,
        "nsfw_level": 0,
        "premium_subscription_count": 5,
    },
    "channel": {"id": "165176875973476352", "name": "illuminati", "type": 0},
    "inviter": {
        "id": "115590097100865541",
        "username": "speed",
        "avatar": "deadbeef",
        "discriminator": "7653",
        "public_flags": 131328,
    },
    "target_type": 1,
    "target_user": {
        "id": "165176875973476352",
        "username": "bob",
        "avatar": "deadbeef",
        "discriminator": "1234",
        "public_flags": 64,
    },
}
EXAMPLE_METADATA: typing.Final = {
    "uses": 0,
    "max_uses": 0,
    "max_age": 0,
    "temporary": False,
    "created_at": "2016-03-31T19:15:39.954000+00:00",
}


def test_the_docs_example_invite() -> None:
    invite = invites.Invite.from_payload(EXAMPLE_INVITE, app=APP)

    assert (invite.code, str(invite)) == ("0vCdhLbwjZZTWZLD", "https://discord.gg/0vCdhLbwjZZTWZLD")
    assert invite.type is invites.InviteType.GUILD
    assert invite.target_type is invites.TargetType.STREAM
    assert invite.guild is not None
    assert (invite.guild.name, invite.guild_id) == ("CS:GO Fraggers Only", 165176875973476352)
    assert invite.guild.verification_level is guilds.GuildVerificationLevel.MEDIUM
    assert invite.channel is not None
    assert (invite.channel.name, invite.channel_id) == ("illuminati", 165176875973476352)
    assert invite.inviter is not None
    assert invite.inviter.username == "speed"
    assert invite.target_user is not None
    assert invite.target_user.username == "bob"
    assert invite.expires_at is None


def test_the_docs_example_invite_with_metadata() -> None:
    invite = invites.InviteWithMetadata.from_payload({**EXAMPLE_INVITE, **EXAMPLE_METADATA}, app=APP)

    assert (invite.uses, invite.max_uses, invite.max_age, invite.uses_left) == (0, None, None, None)
    assert invite.is_temporary is False
    assert invite.created_at == datetime.datetime(2016, 3, 31, 19, 15, 39, 954000, tzinfo=datetime.UTC)


def test_limits_give_uses_left_and_expiry() -> None:
    invite = invites.InviteWithMetadata.from_payload(
        {**EXAMPLE_INVITE, **EXAMPLE_METADATA, "uses": 3, "max_uses": 5, "max_age": 3600}, app=APP
    )

    assert invite.uses_left == 2
    assert invite.max_age == datetime.timedelta(hours=1)
    assert invite.expires_at == invite.created_at + datetime.timedelta(hours=1)


def test_a_minimal_invite_and_one_with_garbage_read() -> None:
    minimal = invites.InviteWithMetadata.from_payload({"code": "abc"}, app=APP)
    odd = invites.Invite.from_payload(
        {
            "code": "abc",
            "type": "guild",
            "guild": {"name": "no id"},
            "channel": [],
            "inviter": {"id": "x"},
            "target_type": "stream",
            "roles": [{"id": "1", "name": "Member", "colors": 5}, {"name": "no id"}],
            "flags": 1,
            "approximate_member_count": -1,
            "expires_at": "soon",
            "a_field_from_tomorrow": {},
        },
        app=APP,
    )

    assert (minimal.guild, minimal.channel, minimal.uses, minimal.type) == (
        None,
        None,
        0,
        invites.InviteType.GUILD,
    )
    assert (odd.guild, odd.channel, odd.inviter, odd.target_type) == (None, None, None, None)
    assert [role.name for role in odd.roles] == ["Member"]
    assert odd.role_ids == [1]
    assert invites.InviteFlags.IS_GUEST_INVITE in odd.flags
    assert (odd.approximate_member_count, odd.expires_at) == (None, None)


def test_invite_roles_and_guild_images() -> None:
    invite = invites.Invite.from_payload(
        {
            **EXAMPLE_INVITE,
            "guild": {**EXAMPLE_INVITE["guild"], "splash": "5p1a5h"},
            "roles": [
                {
                    "id": "9",
                    "name": "Gold",
                    "position": 3,
                    "color": 16766720,
                    "icon": "1c0n",
                    "unicode_emoji": None,
                }
            ],
        },
        app=APP,
    )

    assert invite.guild is not None
    assert str(invite.guild.make_splash_url()).endswith("/splashes/165176875973476352/5p1a5h.png?size=4096")
    assert invite.guild.make_banner_url() is None
    role = invite.roles[0]
    assert (role.mention, role.colour, role.position) == ("<@&9>", 16766720, 3)
    assert str(role.make_icon_url()) == "https://cdn.discordapp.com/role-icons/9/1c0n.png?size=4096"


def test_vanity_url() -> None:
    vanity = invites.VanityURL.from_payload({"code": "abc", "uses": 12}, app=APP)
    none = invites.VanityURL.from_payload({"code": None, "uses": 0}, app=APP)

    assert (str(vanity), vanity.uses) == ("https://discord.gg/abc", 12)
    assert none.code == ""
