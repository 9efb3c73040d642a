"""Users, members, roles, permissions, timestamps, embeds in messages, and the response builders
the interaction models hand out."""

from __future__ import annotations

import datetime

import pytest

from hikari_like import colors
from hikari_like import locales
from hikari_like import permissions
from hikari_like import snowflakes
from hikari_like import users
from hikari_like.impl import builders as special_endpoints
from hikari_like.interactions import AutocompleteInteraction
from hikari_like.interactions import CommandInteraction
from hikari_like.interactions import ComponentInteraction
from hikari_like.interactions import ModalInteraction
from hikari_like.interactions import ResponseType
from hikari_like.internal import time
from tests.helpers import APP
from tests.helpers import load_payload


def test_user_names_and_mention() -> None:
    user = users.User.from_payload(
        {"id": "1", "username": "kat", "discriminator": "0", "global_name": "Kat", "accent_color": 255},
        app=APP,
    )

    assert (user.mention, user.display_name, str(user)) == ("<@1>", "Kat", "kat")
    assert user.accent_color == colors.Color(255)
    assert user.flags == users.UserFlag.NONE
    assert hash(user) == hash(users.User.from_payload({"id": "1", "username": "other"}, app=APP))


def test_display_name_falls_back_to_username() -> None:
    user = users.User.from_payload({"id": "1", "username": "kat", "global_name": None}, app=APP)

    assert user.display_name == "kat"


def test_member_delegates_user_fields() -> None:
    member = CommandInteraction.from_payload(load_payload("slash_command_guild"), app=APP).member
    assert member is not None

    assert (member.username, member.global_name, member.discriminator) == ("mason", "Mason", "0")
    assert member.avatar_hash == "a_d5efa99b3eeaa7dd43acca82f5692432"
    assert not member.is_bot
    assert not member.is_system
    assert member.flags == member.user.flags
    assert member.app is APP
    assert str(member) == "mason"


def test_permissions_keep_unknown_bits_and_know_all() -> None:
    known = permissions.Permissions.all_permissions()

    assert permissions.Permissions.BYPASS_SLOWMODE in known
    assert permissions.Permissions.ADMINISTRATOR in known
    assert not known & (1 << 47)
    assert permissions.Permissions(1 << 60) == 1 << 60


def test_locale_is_a_tolerant_str_enum() -> None:
    assert locales.Locale("pt-BR") is locales.Locale.PT_BR
    assert locales.Locale("xx") == "xx"
    with pytest.raises(ValueError, match="Locale"):
        locales.Locale(5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "2021-03-04T09:30:48.123000+00:00",
            datetime.datetime(2021, 3, 4, 9, 30, 48, 123000, tzinfo=datetime.UTC),
        ),
        ("2021-03-04T09:30:48Z", datetime.datetime(2021, 3, 4, 9, 30, 48, tzinfo=datetime.UTC)),
        ("2021-03-04T09:30:48", datetime.datetime(2021, 3, 4, 9, 30, 48, tzinfo=datetime.UTC)),
    ],
)
def test_parse_iso8601(raw: str, expected: datetime.datetime) -> None:
    assert time.parse_iso8601(raw) == expected
    assert time.parse_iso8601(raw).tzinfo is not None


def test_parse_iso8601_rejects_garbage_with_contract_errors() -> None:
    with pytest.raises(ValueError, match="Invalid isoformat"):
        time.parse_iso8601("yesterday")
    with pytest.raises(TypeError):
        time.parse_iso8601(12)  # type: ignore[arg-type]
    assert time.parse_optional_iso8601(None) is None


def test_message_embeds_are_parsed() -> None:
    message = ComponentInteraction.from_payload(load_payload("button"), app=APP).message

    [embed] = message.embeds
    assert (embed.title, embed.description) == ("Menu", "Pick one")
    assert embed.color == colors.Color(5793266)
    assert [field.name for field in embed.fields] == ["A"]


def test_snowflake_fields_know_their_creation_time() -> None:
    interaction = CommandInteraction.from_payload(load_payload("slash_command_guild"), app=APP)

    assert interaction.id.created_at.year == 2020
    assert isinstance(interaction.user.id, snowflakes.Snowflake)


def test_command_builders() -> None:
    interaction = CommandInteraction.from_payload(load_payload("slash_command_guild"), app=APP)

    message = interaction.build_response()
    deferred = interaction.build_deferred_response()
    modal = interaction.build_modal_response("Title", "modal-id")

    assert isinstance(message, special_endpoints.InteractionMessageBuilder)
    assert message.type is ResponseType.MESSAGE_CREATE
    assert deferred.type is ResponseType.DEFERRED_MESSAGE_CREATE
    assert (modal.title, modal.custom_id) == ("Title", "modal-id")


def test_autocomplete_builder() -> None:
    interaction = AutocompleteInteraction.from_payload(load_payload("autocomplete"), app=APP)

    builder = interaction.build_response([special_endpoints.AutocompleteChoiceBuilder("Dance", "dance")])

    body, attachments = builder.build()
    assert body == {"type": 8, "data": {"choices": [{"name": "Dance", "value": "dance"}]}}
    assert list(attachments) == []


def test_component_builders_check_the_type() -> None:
    interaction = ComponentInteraction.from_payload(load_payload("button"), app=APP)

    assert interaction.build_response(ResponseType.MESSAGE_UPDATE).type is ResponseType.MESSAGE_UPDATE
    assert interaction.build_response(4).type is ResponseType.MESSAGE_CREATE
    assert interaction.build_deferred_response(6).type is ResponseType.DEFERRED_MESSAGE_UPDATE
    assert interaction.build_modal_response("T", "c").custom_id == "c"
    with pytest.raises(ValueError, match="MESSAGE_UPDATE"):
        interaction.build_response(ResponseType.DEFERRED_MESSAGE_UPDATE)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="DEFERRED"):
        interaction.build_deferred_response(4)  # type: ignore[arg-type]


def test_modal_builders() -> None:
    interaction = ModalInteraction.from_payload(load_payload("modal_action_rows"), app=APP)

    assert interaction.build_response().type is ResponseType.MESSAGE_CREATE
    assert interaction.build_deferred_response().type is ResponseType.DEFERRED_MESSAGE_CREATE
    assert not hasattr(interaction, "build_modal_response")


def test_role_colors_read_gradients_and_fall_back_to_color() -> None:
    from hikari_like import guilds

    gradient = {"primary_color": 0xFF0000, "secondary_color": 0x0000FF, "tertiary_color": None}
    role = guilds.Role.from_payload(
        {"id": "1", "name": "g", "color": 0xFF0000, "colors": gradient},
        app=APP,
        guild_id=snowflakes.Snowflake(9),
    )
    plain = guilds.Role.from_payload(
        {"id": "2", "name": "p", "color": 0x00FF00}, app=APP, guild_id=snowflakes.Snowflake(9)
    )
    hostile = guilds.Role.from_payload(
        {"id": "3", "name": "h", "colors": {"primary_color": "red", "secondary_color": -1}},
        app=APP,
        guild_id=snowflakes.Snowflake(9),
    )

    assert role.colors == colors.ColorGradient.of(0xFF0000, 0x0000FF)
    assert role.colours is role.colors
    assert role.colour == role.color
    assert plain.colors == colors.ColorGradient(primary_color=colors.Color(0x00FF00))
    assert hostile.colors == colors.ColorGradient(primary_color=colors.Color(0))
    holographic = colors.ColorGradient.holographic()
    assert (holographic.primary_colour, holographic.secondary_colour, holographic.tertiary_colour) == (
        11127295,
        16759788,
        16761760,
    )


def test_a_users_primary_guild_and_its_badge_url() -> None:
    tag = {"identity_guild_id": "1234", "identity_enabled": True, "tag": "DISC", "badge": "7d17"}
    user = users.User.from_payload({"id": "1", "username": "kat", "primary_guild": tag}, app=APP)

    assert user.primary_guild == users.PrimaryGuild(
        identity_guild_id=snowflakes.Snowflake(1234), identity_enabled=True, tag="DISC", badge_hash="7d17"
    )
    assert str(user.primary_guild.make_url(file_format="WEBP", size=64, lossless=False)) == (
        "https://cdn.discordapp.com/guild-tag-badges/1234/7d17.webp?lossless=false&size=64"
    )
    with pytest.raises(ValueError, match="power of 2"):
        user.primary_guild.make_url(size=100)
    cleared = users.User.from_payload(
        {"id": "1", "username": "kat", "primary_guild": {"identity_enabled": None}}, app=APP
    )
    assert cleared.primary_guild is not None
    with pytest.raises(ValueError, match="no badge"):
        cleared.primary_guild.make_url()
    for absent in (None, "DISC", 5):
        assert (
            users.User.from_payload(
                {"id": "1", "username": "kat", "primary_guild": absent}, app=APP
            ).primary_guild
            is None
        )
