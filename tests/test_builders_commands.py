"""Application command builders, checked against the shapes in Discord's docs."""

from __future__ import annotations

import pytest

from hikari_like.channels import ChannelType
from hikari_like.commands import CommandChoice
from hikari_like.commands import CommandOption
from hikari_like.commands import CommandType
from hikari_like.commands import OptionType
from hikari_like.errors import DiscordRuleError
from hikari_like.impl import builders as se


def test_slash_command_with_options() -> None:
    builder = (
        se.SlashCommandBuilder("blep", "Send a random adorable animal photo", default_member_permissions=8)
        .add_option(
            CommandOption(
                type=OptionType.STRING,
                name="animal",
                description="The type of animal",
                is_required=True,
                choices=[
                    CommandChoice(name="Dog", value="animal_dog"),
                    CommandChoice(name="Cat", value="animal_cat"),
                ],
            )
        )
        .add_option(
            CommandOption(
                type=OptionType.CHANNEL,
                name="where",
                description="Where",
                channel_types=[ChannelType.GUILD_TEXT],
            )
        )
        .add_option(
            CommandOption(
                type=OptionType.INTEGER, name="count", description="How many", min_value=1, max_value=5
            )
        )
        .set_name_localizations({"fr": "blep"})
        .set_integration_types([0, 1])
        .set_context_types([0])
    )
    assert builder.build() == {
        "type": 1,
        "name": "blep",
        "description": "Send a random adorable animal photo",
        "name_localizations": {"fr": "blep"},
        "default_member_permissions": "8",
        "integration_types": [0, 1],
        "contexts": [0],
        "options": [
            {
                "type": 3,
                "name": "animal",
                "description": "The type of animal",
                "required": True,
                "choices": [{"name": "Dog", "value": "animal_dog"}, {"name": "Cat", "value": "animal_cat"}],
            },
            {"type": 7, "name": "where", "description": "Where", "channel_types": [0]},
            {"type": 4, "name": "count", "description": "How many", "min_value": 1, "max_value": 5},
        ],
    }
    assert builder.build() == builder.build()


def test_subcommands_nest() -> None:
    sub = CommandOption(
        type=OptionType.SUB_COMMAND,
        name="add",
        description="Add one",
        options=[CommandOption(type=OptionType.USER, name="who", description="Who", autocomplete=False)],
    )
    payload = se.SlashCommandBuilder("perms", "Permissions", options=[sub]).build()
    assert payload["options"] == [
        {
            "type": 1,
            "name": "add",
            "description": "Add one",
            "options": [{"type": 6, "name": "who", "description": "Who"}],
        }
    ]


def test_context_menu_commands() -> None:
    assert se.ContextMenuCommandBuilder(CommandType.USER, "High Five").build() == {
        "type": 2,
        "name": "High Five",
    }
    assert se.ContextMenuCommandBuilder(3, "Quote").set_is_nsfw(False).set_id(42).build() == {
        "type": 3,
        "name": "Quote",
        "id": "42",
        "nsfw": False,
    }
    with pytest.raises(ValueError, match="USER or MESSAGE"):
        se.ContextMenuCommandBuilder(CommandType.SLASH, "nope")


@pytest.mark.parametrize("name", ["", "Upper", "has space", "x" * 33, "dot.ted"])
def test_slash_names_follow_discord_rules(name: str) -> None:
    with pytest.raises(ValueError, match="lower-case"):
        se.SlashCommandBuilder(name, "description")


def test_option_rules() -> None:
    builder = se.SlashCommandBuilder("ok", "fine")
    with pytest.raises(ValueError, match="lower-case"):
        builder.add_option(CommandOption(type=OptionType.STRING, name="Bad", description="d"))
    with pytest.raises(ValueError, match="description"):
        builder.add_option(CommandOption(type=OptionType.STRING, name="good", description=""))
    with pytest.raises(ValueError, match="autocomplete"):
        builder.add_option(
            CommandOption(
                type=OptionType.STRING,
                name="both",
                description="d",
                autocomplete=True,
                choices=[CommandChoice(name="a", value="a")],
            )
        )
    for i in range(25):
        builder.add_option(CommandOption(type=OptionType.STRING, name=f"o{i}", description="d"))
    with pytest.raises(ValueError, match="25"):
        builder.add_option(CommandOption(type=OptionType.STRING, name="o25", description="d"))
    with pytest.raises(ValueError, match="description"):
        se.SlashCommandBuilder("ok", "d" * 101)


def test_attachment_options_take_file_types() -> None:
    # Discord's File Type Filtering (reference.mdx): groups or dot-prefixed extensions, at most 10.
    scan = CommandOption(
        type=OptionType.ATTACHMENT, name="scan", description="A scan", file_types=["image", ".pdf"]
    )

    payload = se.SlashCommandBuilder("upload", "Upload a scan").add_option(scan).build()

    assert payload["options"] == [
        {"type": 11, "name": "scan", "description": "A scan", "file_types": ["image", ".pdf"]}
    ]
    assert CommandOption.from_payload(payload["options"][0]) == scan


@pytest.mark.parametrize(
    ("option", "rule"),
    [
        (
            CommandOption(type=OptionType.STRING, name="s", description="d", file_types=["image"]),
            "command_option.file_types",
        ),
        (
            CommandOption(type=OptionType.ATTACHMENT, name="a", description="d", file_types=["pdf"]),
            "file_types",
        ),
        (
            CommandOption(type=OptionType.ATTACHMENT, name="a", description="d", file_types=[".a"] * 11),
            "file_types",
        ),
    ],
)
def test_file_types_follow_discords_rules(option: CommandOption, rule: str) -> None:
    with pytest.raises(DiscordRuleError) as refused:
        se.SlashCommandBuilder("upload", "Upload").add_option(option)

    assert refused.value.rule == rule


def test_option_lists_have_unique_names_and_required_ones_first() -> None:
    optional = CommandOption(type=OptionType.STRING, name="note", description="d")
    required = CommandOption(type=OptionType.STRING, name="city", description="d", is_required=True)

    with pytest.raises(DiscordRuleError) as unordered:
        se.SlashCommandBuilder("weather", "Weather", options=[optional, required])
    with pytest.raises(DiscordRuleError) as repeated:
        se.SlashCommandBuilder("weather", "Weather").add_option(optional).add_option(optional)

    assert unordered.value.rule == "command.options.order"
    assert repeated.value.rule == "command_option.name"
    assert se.SlashCommandBuilder("weather", "Weather", options=[required, optional]).options == [
        required,
        optional,
    ]


def test_slash_names_may_have_an_apostrophe() -> None:
    # Discord's naming regex: ^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$
    assert se.SlashCommandBuilder("don't", "Please don't").build()["name"] == "don't"


def test_command_sets_follow_discords_limits() -> None:
    users = [se.ContextMenuCommandBuilder(CommandType.USER, f"User {i}") for i in range(16)]

    se.check_command_set(users[:15])
    with pytest.raises(DiscordRuleError) as refused:
        se.check_command_set(users)

    assert refused.value.rule == "command.count"


def test_names_in_devanagari_and_thai_are_accepted() -> None:
    for name in ("नमस्ते", "สวัสดี"):
        assert se.SlashCommandBuilder(name, "Greet").build()["name"] == name
