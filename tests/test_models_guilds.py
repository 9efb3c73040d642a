"""Guild models read from Discord's documented examples (resources/guild.mdx), from minimal payloads,
and from payloads with unknown and wrong-typed fields; CDN URLs match hikari's."""

from __future__ import annotations

import datetime
import typing

import pytest

from hikari_like import guilds
from hikari_like import permissions
from hikari_like import snowflakes
from hikari_like import templates
from hikari_like import users
from hikari_like import voices
from tests.helpers import APP

# Discord's "Example Guild" (resources/guild.mdx), with one role added.
EXAMPLE_GUILD: typing.Final = {
    "id": "197038439483310086",
    "name": "Discord Testers",
    "icon": "f64c482b807da4f539cff778d174971c",
    "description": "The official place to report Discord Bugs!",
    "splash": None,
    "discovery_splash": None,
    "features": [
        "ANIMATED_ICON",
        "VERIFIED",
        "NEWS",
        "VANITY_URL",
        "DISCOVERABLE",
        "MORE_EMOJI",
        "INVITE_SPLASH",
        "BANNER",
        "COMMUNITY",
    ],
    "emojis": [],
    "banner": "9b6439a7de04f1d26af92f84ac9e1e4a",
    "owner_id": "73193882359173120",
    "application_id": None,
    "region": None,
    "afk_channel_id": None,
    "afk_timeout": 300,
    "system_channel_id": None,
    "widget_enabled": True,
    "widget_channel_id": None,
    "verification_level": 3,
    "roles": [
        {
            "id": "197038439483310086",
            "name": "@everyone",
            "permissions": "104324161",
            "position": 0,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
        }
    ],
    "default_message_notifications": 1,
    "mfa_level": 1,
    "explicit_content_filter": 2,
    "max_presences": 40000,
    "max_members": 250000,
    "vanity_url_code": "discord-testers",
    "premium_tier": 3,
    "premium_subscription_count": 33,
    "system_channel_flags": 0,
    "preferred_locale": "en-US",
    "rules_channel_id": "441688182833020939",
    "public_updates_channel_id": "281283303326089216",
    "safety_alerts_channel_id": "281283303326089216",
}

GARBAGE: typing.Final = {
    "name": 5,
    "icon": ["x"],
    "features": "NEWS",
    "afk_timeout": "300",
    "verification_level": "high",
    "premium_tier": -1,
    "system_channel_flags": None,
    "roles": [{"id": "x"}, "role", {"id": "1", "name": "kept"}],
    "emojis": {"id": "1"},
    "owner_id": "owner",
    "preferred_locale": 7,
    "incidents_data": "none",
    "a_field_discord_adds_tomorrow": {"nested": True},
}


def test_the_docs_example_guild_reads_as_a_rest_guild() -> None:
    guild = guilds.RESTGuild.from_payload(EXAMPLE_GUILD, app=APP)

    assert (guild.id, guild.name, guild.owner_id) == (
        197038439483310086,
        "Discord Testers",
        73193882359173120,
    )
    assert guild.premium_tier is guilds.GuildPremiumTier.TIER_3
    assert guild.verification_level is guilds.GuildVerificationLevel.HIGH
    assert guild.default_message_notifications is guilds.GuildMessageNotificationsLevel.ONLY_MENTIONS
    assert guild.explicit_content_filter is guilds.GuildExplicitContentFilterLevel.ALL_MEMBERS
    assert guild.mfa_level is guilds.GuildMFALevel.ELEVATED
    assert guilds.GuildFeature.COMMUNITY in guild.features
    assert guild.afk_timeout == datetime.timedelta(minutes=5)
    assert (guild.max_members, guild.max_presences, guild.premium_subscription_count) == (250000, 40000, 33)
    assert guild.is_widget_enabled is True
    assert guild.roles[guild.id].name == "@everyone"
    assert guild.invites_disabled is False
    assert guild.created_at == snowflakes.Snowflake(197038439483310086).created_at


def test_a_minimal_guild_has_defaults() -> None:
    guild = guilds.RESTGuild.from_payload({"id": "1"}, app=APP)

    assert (guild.name, guild.features, guild.roles, guild.emojis) == ("", [], {}, {})
    assert guild.nsfw_level is guilds.GuildNSFWLevel.DEFAULT
    assert guild.incidents.invites_disabled_until is None
    assert guild.make_icon_url() is None
    assert guild.make_banner_url() is None


def test_unknown_and_wrong_typed_guild_fields_read_as_absent() -> None:
    guild = guilds.RESTGuild.from_payload(
        {"id": "1", **GARBAGE, "features": ["NEWS", "FLYING_CARS", 3]}, app=APP
    )

    assert guild.name == ""
    assert guild.icon_hash is None
    assert [feature.is_known for feature in guild.features] == [True, False]
    assert guild.afk_timeout == datetime.timedelta(0)
    assert guild.premium_tier is guilds.GuildPremiumTier.NONE
    assert list(guild.roles) == [1]


def test_guild_cdn_urls_follow_discords_routes() -> None:
    guild = guilds.Guild.from_payload({**EXAMPLE_GUILD, "icon": "a_f64c", "splash": "5p1a5h"}, app=APP)

    assert (
        str(guild.make_icon_url(size=64))
        == "https://cdn.discordapp.com/icons/197038439483310086/a_f64c.gif?size=64"
    )
    assert str(guild.make_icon_url(file_format="AWEBP", lossless=False)).endswith(
        "a_f64c.webp?lossless=false&size=4096&animated=true"
    )
    assert str(guild.make_splash_url(file_format="JPEG")).endswith(
        "/splashes/197038439483310086/5p1a5h.jpeg?size=4096"
    )
    with pytest.raises(TypeError):
        guild.make_banner_url(file_format="GIF")  # the banner is not animated
    with pytest.raises(ValueError, match="power of 2"):
        guild.make_icon_url(size=100)


def test_our_urls_are_hikaris_urls() -> None:
    hikari = pytest.importorskip("hikari")
    theirs = hikari.impl.EntityFactoryImpl(object()).deserialize_rest_guild(
        {**EXAMPLE_GUILD, "icon": "a_f64c", "stickers": [], "nsfw_level": 0}
    )
    ours = guilds.RESTGuild.from_payload({**EXAMPLE_GUILD, "icon": "a_f64c"}, app=APP)

    for kwargs in ({}, {"size": 64}, {"file_format": "PNG"}, {"file_format": "WEBP", "lossless": False}):
        assert str(ours.make_icon_url(**kwargs)) == str(theirs.make_icon_url(**kwargs))
        assert str(ours.make_banner_url(**kwargs)) == str(theirs.make_banner_url(**kwargs))
    assert ours.features == theirs.features
    assert ours.afk_timeout == theirs.afk_timeout


def test_the_docs_example_preview_widget_ban_and_welcome_screen() -> None:
    preview = guilds.GuildPreview.from_payload(
        {
            "id": "197038439483310086",
            "name": "Discord Testers",
            "icon": "f64c482b807da4f539cff778d174971c",
            "splash": None,
            "discovery_splash": None,
            "emojis": [],
            "features": ["DISCOVERABLE", "VANITY_URL"],
            "approximate_member_count": 60814,
            "approximate_presence_count": 20034,
            "description": "The official place to report Discord Bugs!",
            "stickers": [],
        },
        app=APP,
    )
    widget = guilds.GuildWidget.from_payload({"enabled": True, "channel_id": "41771983444115456"}, app=APP)
    ban = guilds.GuildBan.from_payload(
        {
            "reason": "mentioning b1nzy",
            "user": {
                "username": "Mason",
                "discriminator": "9999",
                "id": "53908099506183680",
                "avatar": "a_bab14f271d565501444b2ca3be944b25",
                "public_flags": 131141,
            },
        },
        app=APP,
    )
    screen = guilds.WelcomeScreen.from_payload(
        {
            "description": "Discord Developers is a place to learn about Discord's API",
            "welcome_channels": [
                {
                    "channel_id": "697138785317814292",
                    "description": "Follow for official Discord API updates",
                    "emoji_id": None,
                    "emoji_name": "📡",
                },
                {"description": "no channel ID"},
            ],
        }
    )

    assert (preview.approximate_member_count, preview.approximate_active_member_count) == (60814, 20034)
    assert (widget.is_enabled, widget.channel_id) == (True, 41771983444115456)
    assert (ban.reason, ban.user.username) == ("mentioning b1nzy", "Mason")
    assert [(channel.channel_id, channel.emoji_name) for channel in screen.channels] == [
        (697138785317814292, "📡")
    ]


def test_the_docs_example_onboarding() -> None:
    onboarding = guilds.GuildOnboarding.from_payload(
        {
            "guild_id": "960007075288915998",
            "enabled": True,
            "default_channel_ids": ["998678771706110023"],
            "prompts": [
                {
                    "id": "1067461047608422473",
                    "title": "What do you want to do in this community?",
                    "options": [
                        {
                            "id": "1067461047608422476",
                            "title": "Chat with Friends",
                            "description": "",
                            "emoji": {"id": "1070002302032826408", "name": "chat", "animated": False},
                            "role_ids": [],
                            "channel_ids": ["962007075288916001"],
                        },
                        {
                            "id": "1070004843541954678",
                            "title": "Get Gud",
                            "description": "We have excellent teachers!",
                            "emoji": {"id": None, "name": "😀", "animated": False},
                            "role_ids": ["982014491980083211"],
                            "channel_ids": [],
                        },
                    ],
                    "single_select": False,
                    "required": False,
                    "in_onboarding": True,
                    "type": 0,
                }
            ],
        }
    )

    prompt = onboarding.prompts[0]
    assert onboarding.mode is guilds.GuildOnboardingMode.ONBOARDING_DEFAULT
    assert prompt.type is guilds.GuildOnboardingPromptType.MULTIPLE_CHOICE
    assert [str(option.emoji) for option in prompt.options] == ["<:chat:1070002302032826408>", "😀"]
    assert prompt.options[1].role_ids == [982014491980083211]


def test_own_guild_reads_the_bots_permissions() -> None:
    own = guilds.OwnGuild.from_payload(
        {
            "id": "80351110224678912",
            "name": "1337 Krew",
            "icon": None,
            "owner": True,
            "permissions": "36953089",
            "features": ["COMMUNITY"],
            "approximate_member_count": 3268,
        },
        app=APP,
    )

    assert own.is_owner is True
    assert permissions.Permissions.SEND_MESSAGES in own.my_permissions
    assert own.approximate_member_count == 3268


def _role(role_id: str, position: int, icon: str | None = None) -> guilds.Role:
    payload = {"id": role_id, "name": f"role {role_id}", "position": position, "icon": icon}
    return guilds.Role.from_payload(payload, app=APP, guild_id=snowflakes.Snowflake(1))


def test_member_top_role_comes_from_the_roles_given() -> None:
    member = guilds.Member.from_payload(
        {"roles": ["2", "3", "5"]},
        user=users.User.from_payload({"id": "9", "username": "kat"}, app=APP),
        guild_id=snowflakes.Snowflake(1),
    )
    roles = {role.id: role for role in (_role("1", 0), _role("2", 4), _role("3", 4), _role("4", 9))}

    assert member.get_top_role() is None  # no cache: without roles, none
    assert [role.id for role in member.get_roles(roles=roles)] == [2, 3, 1]
    assert member.get_top_role(roles=roles.values()) == roles[snowflakes.Snowflake(2)]


def test_role_and_member_image_urls() -> None:
    role = _role("7", 1, icon="1c0n")
    member = guilds.Member.from_payload(
        {"avatar": "a_4v4", "roles": []},
        user=users.User.from_payload({"id": "9", "username": "kat"}, app=APP),
        guild_id=snowflakes.Snowflake(1),
    )

    assert str(role.make_icon_url(size=32)) == "https://cdn.discordapp.com/role-icons/7/1c0n.png?size=32"
    assert role.mention == "<@&7>"
    assert (
        str(member.display_avatar_url)
        == "https://cdn.discordapp.com/guilds/1/users/9/avatars/a_4v4.gif?size=4096"
    )
    assert member.make_guild_banner_url() is None


# Discord's "Example Guild Template Object" (resources/guild-template.mdx), one channel shorter.
EXAMPLE_TEMPLATE: typing.Final = {
    "code": "hgM48av5Q69A",
    "name": "Friends & Family",
    "description": "",
    "usage_count": 49605,
    "creator_id": "132837293881950208",
    "creator": {
        "id": "132837293881950208",
        "username": "hoges",
        "avatar": "79b0d9f8c340f2d43e1f78b09f175b62",
        "discriminator": "0001",
        "public_flags": 129,
    },
    "created_at": "2020-04-02T21:10:38+00:00",
    "updated_at": "2020-05-01T17:57:38+00:00",
    "source_guild_id": "678070694164299796",
    "serialized_source_guild": {
        "name": "Friends & Family",
        "description": None,
        "region": "us-west",
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "preferred_locale": "en-US",
        "afk_timeout": 300,
        "roles": [
            {
                "id": 0,
                "name": "@everyone",
                "permissions": 104324689,
                "color": 0,
                "hoist": False,
                "mentionable": False,
            }
        ],
        "channels": [
            {
                "name": "Text Channels",
                "position": 1,
                "topic": None,
                "bitrate": 64000,
                "user_limit": 0,
                "nsfw": False,
                "rate_limit_per_user": 0,
                "parent_id": None,
                "permission_overwrites": [],
                "id": 1,
                "type": 4,
            },
            {
                "name": "general",
                "position": 1,
                "topic": None,
                "bitrate": 64000,
                "user_limit": 0,
                "nsfw": False,
                "rate_limit_per_user": 0,
                "parent_id": 1,
                "permission_overwrites": [],
                "id": 2,
                "type": 0,
            },
        ],
        "afk_channel_id": None,
        "system_channel_id": 2,
        "system_channel_flags": 0,
        "icon_hash": None,
    },
    "is_dirty": None,
}


def test_the_docs_example_template() -> None:
    template = templates.Template.from_payload(EXAMPLE_TEMPLATE, app=APP)
    source = template.source_guild

    assert (template.code, template.usage_count, template.creator.username) == (
        "hgM48av5Q69A",
        49605,
        "hoges",
    )
    assert template.is_unsynced is False
    assert str(template) == "https://discord.new/hgM48av5Q69A"
    assert source.id == 678070694164299796
    assert source.roles[snowflakes.Snowflake(0)].name == "@everyone"
    assert {channel.name: channel.parent_id for channel in source.channels.values()} == {
        "Text Channels": None,
        "general": 1,
    }
    assert source.system_channel_id == 2


def test_a_template_with_garbage_in_its_guild_still_reads() -> None:
    payload = {**EXAMPLE_TEMPLATE, "serialized_source_guild": {**GARBAGE, "channels": [{"id": "x"}, 4]}}

    template = templates.Template.from_payload(payload, app=APP)

    assert (template.source_guild.channels, template.source_guild.name) == ({}, "")


def test_voice_regions_read_totally() -> None:
    region = voices.VoiceRegion.from_payload(
        {"id": "rotterdam", "name": "Rotterdam", "optimal": True, "deprecated": False, "custom": False}
    )
    odd = voices.VoiceRegion.from_payload({"id": "x", "name": None, "optimal": "yes", "new": 1})

    assert (region.id, region.name, region.is_optimal_location, str(region)) == (
        "rotterdam",
        "Rotterdam",
        True,
        "rotterdam",
    )
    assert (odd.name, odd.is_optimal_location, odd.is_deprecated) == ("", False, False)
