"""Buttons, select menus and rows, checked against the shapes in Discord's docs."""

from __future__ import annotations

import pytest

from hikari_like import emojis
from hikari_like.channels import ChannelType
from hikari_like.components import ButtonStyle
from hikari_like.components import ComponentType
from hikari_like.impl import builders as se


def test_buttons_of_every_kind() -> None:
    row = (
        se.MessageActionRowBuilder()
        .add_interactive_button(ButtonStyle.SUCCESS, "ok", emoji="👍", label="OK")
        .add_interactive_button(
            ButtonStyle.DANGER,
            "no",
            emoji=emojis.CustomEmoji(id=41771983429993937, name="x", is_animated=False),
        )
        .add_link_button("https://discord.com", label="Discord", emoji=123)
        .add_premium_button(1088510058284990888)
    )
    payload, files = row.build()
    assert files == []
    assert payload == {
        "type": 1,
        "components": [
            {
                "type": 2,
                "style": 3,
                "label": "OK",
                "emoji": {"name": "👍"},
                "custom_id": "ok",
                "disabled": False,
            },
            {
                "type": 2,
                "style": 4,
                "emoji": {"id": "41771983429993937", "name": "x"},
                "custom_id": "no",
                "disabled": False,
            },
            {
                "type": 2,
                "style": 5,
                "label": "Discord",
                "emoji": {"id": "123"},
                "url": "https://discord.com",
                "disabled": False,
            },
            {"type": 2, "style": 6, "sku_id": "1088510058284990888", "disabled": False},
        ],
    }


def test_text_menu_chains_back_to_its_row() -> None:
    row = se.MessageActionRowBuilder()
    menu = row.add_text_menu("class", placeholder="Choose a class", min_values=1, max_values=2)
    returned = (
        menu.add_option("Rogue", "rogue", description="Sneak", emoji="<:rogue:625891304148303894>")
        .add_option("Mage", "mage", is_default=True)
        .parent
    )
    assert returned is row
    payload, _ = row.build()
    assert payload["components"] == [
        {
            "type": 3,
            "custom_id": "class",
            "placeholder": "Choose a class",
            "min_values": 1,
            "max_values": 2,
            "disabled": False,
            "options": [
                {
                    "label": "Rogue",
                    "value": "rogue",
                    "description": "Sneak",
                    "emoji": {"id": "625891304148303894", "name": "rogue"},
                    "default": False,
                },
                {"label": "Mage", "value": "mage", "default": True},
            ],
        }
    ]


@pytest.mark.parametrize(
    ("method", "component_type"),
    [
        ("add_user_menu", 5),
        ("add_role_menu", 6),
        ("add_mentionable_menu", 7),
    ],
)
def test_auto_populated_menus(method: str, component_type: int) -> None:
    row = getattr(se.MessageActionRowBuilder(), method)("who", placeholder="Pick", max_values=3)
    assert row.build()[0]["components"] == [
        {
            "type": component_type,
            "custom_id": "who",
            "placeholder": "Pick",
            "min_values": 0,
            "max_values": 3,
            "disabled": False,
        }
    ]


def test_channel_menu_and_default_values() -> None:
    row = se.MessageActionRowBuilder().add_channel_menu(
        "where", channel_types=[ChannelType.GUILD_TEXT, ChannelType.GUILD_FORUM]
    )
    user_menu = se.SelectMenuBuilder(type=ComponentType.USER_SELECT_MENU, custom_id="u").add_default_value(
        80351110224678912, "user"
    )
    assert row.build()[0]["components"][0] == {
        "type": 8,
        "custom_id": "where",
        "min_values": 0,
        "max_values": 1,
        "disabled": False,
        "channel_types": [0, 15],
    }
    assert user_menu.build()[0]["default_values"] == [{"id": "80351110224678912", "type": "user"}]


def test_add_select_menu_by_type() -> None:
    row = se.MessageActionRowBuilder().add_select_menu(ComponentType.ROLE_SELECT_MENU, "roles")
    assert row.build()[0]["components"][0]["type"] == 6
    with pytest.raises(ValueError, match="add_text_menu"):
        se.MessageActionRowBuilder().add_select_menu(ComponentType.TEXT_SELECT_MENU, "x")


def test_row_rules() -> None:
    row = se.MessageActionRowBuilder()
    for i in range(5):
        row.add_interactive_button(ButtonStyle.PRIMARY, f"b{i}")
    with pytest.raises(ValueError, match="at most 5"):
        row.add_interactive_button(ButtonStyle.PRIMARY, "b5")
    with pytest.raises(ValueError, match="single select menu"):
        se.MessageActionRowBuilder().add_user_menu("u").add_interactive_button(ButtonStyle.PRIMARY, "b")
    with pytest.raises(ValueError, match="single select menu"):
        se.MessageActionRowBuilder().add_interactive_button(ButtonStyle.PRIMARY, "b").add_role_menu("r")


def test_component_validation() -> None:
    with pytest.raises(ValueError, match="add_link_button"):
        se.MessageActionRowBuilder().add_interactive_button(ButtonStyle.LINK, "x")
    with pytest.raises(ValueError, match="url"):
        se.MessageActionRowBuilder().add_link_button("")
    with pytest.raises(ValueError, match="custom_id"):
        se.InteractiveButtonBuilder(style=ButtonStyle.PRIMARY, custom_id="x" * 101)
    with pytest.raises(ValueError, match="label"):
        se.InteractiveButtonBuilder(style=1, custom_id="x").set_label("y" * 81)
    with pytest.raises(ValueError, match="min_values"):
        se.SelectMenuBuilder(type=5, custom_id="x", min_values=3, max_values=2)
    with pytest.raises(ValueError, match="max_values"):
        se.SelectMenuBuilder(type=5, custom_id="x", max_values=26)
    with pytest.raises(ValueError, match="custom emoji"):
        se.InteractiveButtonBuilder(style=1, custom_id="x", emoji="<bad>")
    with pytest.raises(ValueError, match="no options"):
        se.TextSelectMenuBuilder(custom_id="empty").build()
    with pytest.raises(RuntimeError, match="parent"):
        _ = se.TextSelectMenuBuilder(custom_id="alone").parent


def test_text_menu_refuses_a_26th_option() -> None:
    menu: se.TextSelectMenuBuilder[None] = se.TextSelectMenuBuilder(custom_id="many")
    for i in range(25):
        menu.add_option(str(i), str(i))
    with pytest.raises(ValueError, match="25"):
        menu.add_option("26", "26")


def test_emoji_parsing_and_serialising() -> None:
    assert emojis.Emoji.parse("<a:party:123>") == emojis.CustomEmoji(id=123, name="party", is_animated=True)
    assert emojis.Emoji.parse("🎉") == "🎉"
    assert emojis.deserialize_emoji({"id": None, "name": "🔥"}) == emojis.UnicodeEmoji("🔥")
    custom = emojis.deserialize_emoji({"id": "5", "name": "x", "animated": True, "extra": 1})
    assert isinstance(custom, emojis.CustomEmoji)
    assert custom.mention == "<a:x:5>"
    assert custom.url == "https://cdn.discordapp.com/emojis/5.gif"
    assert emojis.deserialize_emoji({}) == ""
    assert emojis.serialize_component_emoji(custom) == {"id": "5", "name": "x", "animated": True}
