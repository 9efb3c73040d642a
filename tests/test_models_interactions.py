"""Every interaction model, parsed from a real-shaped payload written from Discord's docs."""

from __future__ import annotations

import datetime

import pytest

from hikari_like import applications
from hikari_like import channels
from hikari_like import commands
from hikari_like import components
from hikari_like import guilds
from hikari_like import locales
from hikari_like import messages
from hikari_like import permissions
from hikari_like import snowflakes
from hikari_like.interactions import INTERACTION_TYPES
from hikari_like.interactions import AutocompleteInteraction
from hikari_like.interactions import CommandInteraction
from hikari_like.interactions import CommandInteractionMetadata
from hikari_like.interactions import ComponentInteraction
from hikari_like.interactions import FileUploadComponent
from hikari_like.interactions import InteractionType
from hikari_like.interactions import LabelComponent
from hikari_like.interactions import ModalActionRowComponent
from hikari_like.interactions import ModalComponent
from hikari_like.interactions import ModalInteraction
from hikari_like.interactions import ModalSelectMenuComponent
from hikari_like.interactions import TextInputComponent
from hikari_like.interactions import base_interactions
from hikari_like.internal import lazy
from tests.helpers import APP
from tests.helpers import load_payload

GUILD = snowflakes.Snowflake(290926798626357999)
OTHER_USER = snowflakes.Snowflake(80351110224678912)


def test_interaction_types_maps_the_four_classes() -> None:
    assert dict(INTERACTION_TYPES) == {
        2: CommandInteraction,
        3: ComponentInteraction,
        4: AutocompleteInteraction,
        5: ModalInteraction,
    }


def test_slash_command_in_guild_shared_fields() -> None:
    interaction = CommandInteraction.from_payload(load_payload("slash_command_guild"), app=APP)

    assert interaction.app is APP
    assert interaction.id == 786008729715212338
    assert isinstance(interaction.id, snowflakes.Snowflake)
    assert interaction.application_id == 1100000000000000001
    assert interaction.type is InteractionType.APPLICATION_COMMAND
    assert interaction.token == "A_UNIQUE_TOKEN"
    assert "A_UNIQUE_TOKEN" not in repr(interaction)
    assert interaction.version == 1
    assert interaction.guild_id == GUILD
    assert interaction.locale is locales.Locale.FR
    assert interaction.guild_locale is locales.Locale.EN_US
    assert interaction.context is applications.ApplicationContextType.GUILD
    assert interaction.authorizing_integration_owners == {
        applications.ApplicationIntegrationType.GUILD_INSTALL: GUILD
    }
    assert interaction.entitlements == []
    assert interaction.attachment_size_limit == 26214400
    assert permissions.Permissions.SEND_MESSAGES in interaction.app_permissions
    assert interaction.webhook_id == interaction.application_id


def test_slash_command_in_guild_member_and_channel() -> None:
    interaction = CommandInteraction.from_payload(load_payload("slash_command_guild"), app=APP)

    member = interaction.member
    assert member is not None
    assert interaction.user is member.user
    assert member.id == 53908232506183680
    assert member.nickname == "Mase"
    assert member.display_name == "Mase"
    assert member.user.display_name == "Mason"
    assert member.mention == "<@53908232506183680>"
    assert member.role_ids == [539082325061836999, GUILD]
    assert member.joined_at == datetime.datetime(2017, 3, 13, 19, 19, 14, 40000, tzinfo=datetime.UTC)
    assert member.permissions == permissions.Permissions(2147483647)
    assert member.is_pending is False
    assert member.communication_disabled_until() is None
    assert interaction.channel.id == interaction.channel_id == 645027906669510667
    assert interaction.channel.name == "general"
    assert interaction.channel.type is channels.ChannelType.GUILD_TEXT
    assert interaction.channel.parent_id == 645027906669510600
    assert interaction.channel.mention == "<#645027906669510667>"


def test_slash_command_nested_options_are_typed() -> None:
    interaction = CommandInteraction.from_payload(load_payload("slash_command_guild"), app=APP)

    assert interaction.command_name == "admin"
    assert interaction.command_type is commands.CommandType.SLASH
    assert interaction.registered_guild_id == GUILD
    assert interaction.target_id is None
    [group] = interaction.options
    assert group.type is commands.OptionType.SUB_COMMAND_GROUP
    assert group.value is None
    assert group.options is not None
    [sub] = group.options
    assert (sub.name, sub.type) == ("edit", commands.OptionType.SUB_COMMAND)
    assert sub.options is not None
    values = {option.name: option.value for option in sub.options}
    assert values == {
        "user": OTHER_USER,
        "role": 41771983423143936,
        "channel": 645027906669510667,
        "count": 3,
        "ratio": 2.0,
        "loud": True,
        "reason": "spam",
        "proof": 1111111111111111111,
    }
    assert isinstance(values["user"], snowflakes.Snowflake)
    assert isinstance(values["ratio"], float)
    assert all(option.options is None for option in sub.options)


def test_slash_command_resolved_data() -> None:
    interaction = CommandInteraction.from_payload(load_payload("slash_command_guild"), app=APP)

    resolved = interaction.resolved
    assert resolved is not None
    user = resolved.users[OTHER_USER]
    assert (user.username, user.discriminator, str(user)) == ("nelly", "1337", "nelly#1337")
    assert resolved.members[OTHER_USER].user is user
    assert resolved.members[OTHER_USER].role_ids == [GUILD]
    role = resolved.roles[snowflakes.Snowflake(41771983423143936)]
    assert role.guild_id == GUILD
    assert role.color == 3447003
    assert role.is_hoisted
    assert role.is_premium_subscriber_role
    assert not role.is_available_for_purchase
    assert role.unicode_emoji == "\U0001f525"
    assert role.mention == "<@&41771983423143936>"
    assert resolved.channels[snowflakes.Snowflake(645027906669510667)].parent_id is None
    attachment = resolved.attachments[snowflakes.Snowflake(1111111111111111111)]
    assert (attachment.filename, attachment.size, attachment.media_type) == ("cat.png", 12345, "image/png")
    assert attachment.is_ephemeral
    assert attachment.url.endswith("cat.png")
    assert resolved.messages == {}


def test_user_command() -> None:
    interaction = CommandInteraction.from_payload(load_payload("user_command"), app=APP)

    assert interaction.command_type is commands.CommandType.USER
    assert interaction.target_id == OTHER_USER
    assert interaction.options == []
    assert interaction.registered_guild_id is None
    assert interaction.resolved is not None
    assert interaction.resolved.members[OTHER_USER].display_name == "Nel"


def test_message_command() -> None:
    interaction = CommandInteraction.from_payload(load_payload("message_command"), app=APP)

    assert interaction.command_type is commands.CommandType.MESSAGE
    assert interaction.resolved is not None
    target_id = interaction.target_id
    assert target_id is not None
    message = interaction.resolved.messages[target_id]
    assert message.content == "hello there"
    assert message.author.id == OTHER_USER
    assert message.timestamp == datetime.datetime(2024, 5, 1, 10, 0, 0, 123000, tzinfo=datetime.UTC)
    assert message.edited_timestamp is None
    assert message.guild_id is None
    assert message.member is None
    assert [attachment.filename for attachment in message.attachments] == ["cat.png"]
    assert message.type is messages.MessageType.DEFAULT
    assert message.interaction_metadata is None


def test_dm_command_from_user_installed_app() -> None:
    interaction = CommandInteraction.from_payload(load_payload("dm_command_user_installed"), app=APP)

    assert interaction.member is None
    assert interaction.guild_id is None
    assert interaction.guild_locale is None
    assert interaction.user.id == 53908232506183680
    assert interaction.user.flags == 131141
    assert interaction.context is applications.ApplicationContextType.PRIVATE_CHANNEL
    owner = interaction.authorizing_integration_owners[applications.ApplicationIntegrationType.USER_INSTALL]
    assert owner == interaction.user.id
    assert interaction.channel.type is channels.ChannelType.DM
    assert interaction.channel.name is None
    assert interaction.channel.permissions == permissions.Permissions.NONE
    [entitlement] = interaction.entitlements
    assert entitlement.type is applications.EntitlementType.APPLICATION_SUBSCRIPTION
    assert entitlement.user_id == interaction.user.id
    assert entitlement.guild_id is None
    assert entitlement.ends_at == datetime.datetime(2024, 2, 1, tzinfo=datetime.UTC)
    assert [(option.name, option.value) for option in interaction.options] == [("sides", 20)]


def test_autocomplete_keeps_the_focused_value_raw() -> None:
    interaction = AutocompleteInteraction.from_payload(load_payload("autocomplete"), app=APP)

    assert interaction.type is InteractionType.AUTOCOMPLETE
    [play] = interaction.options
    assert play.options is not None
    variant, volume = play.options
    assert (variant.is_focused, variant.value) == (True, "Da")
    assert (volume.is_focused, volume.value) == (False, 7)
    assert interaction.focused_option is variant


def test_button_press() -> None:
    interaction = ComponentInteraction.from_payload(load_payload("button"), app=APP)

    assert interaction.type is InteractionType.MESSAGE_COMPONENT
    assert interaction.component_type is components.ComponentType.BUTTON
    assert interaction.custom_id == "click_one"
    assert interaction.values == []
    assert interaction.resolved is None
    message = interaction.message
    assert message.author.is_bot
    assert message.flags == messages.MessageFlag.EPHEMERAL
    assert message.type is messages.MessageType.CHAT_INPUT
    assert message.webhook_id == message.application_id == 1100000000000000001
    assert message.edited_timestamp is not None
    row = message.components[0]
    assert isinstance(row, components.ActionRowComponent)
    assert isinstance(row[0], components.ButtonComponent)
    assert row[0].custom_id == "click_one"
    metadata = message.interaction_metadata
    assert isinstance(metadata, CommandInteractionMetadata)
    assert metadata.type is InteractionType.APPLICATION_COMMAND
    assert metadata.user.username == "mason"
    assert metadata.target_user is None


def test_string_select() -> None:
    interaction = ComponentInteraction.from_payload(load_payload("string_select"), app=APP)

    assert interaction.component_type is components.ComponentType.TEXT_SELECT_MENU
    assert interaction.values == ["mage", "rogue"]


def test_user_select_with_resolved_data() -> None:
    interaction = ComponentInteraction.from_payload(load_payload("user_select"), app=APP)

    assert interaction.component_type is components.ComponentType.USER_SELECT_MENU
    assert interaction.values == [str(OTHER_USER)]
    assert interaction.resolved is not None
    member = interaction.resolved.members[snowflakes.Snowflake(interaction.values[0])]
    assert member.role_ids == [41771983423143936, GUILD]
    assert member.guild_id == GUILD


def test_modal_submit_with_action_rows() -> None:
    interaction = ModalInteraction.from_payload(load_payload("modal_action_rows"), app=APP)

    assert interaction.custom_id == "feedback_modal"
    assert interaction.message is None
    row = interaction.components[0]
    assert isinstance(row, ModalActionRowComponent)
    assert len(row) == 1
    text_input = row[0]
    assert isinstance(text_input, TextInputComponent)
    assert (text_input.custom_id, text_input.value, text_input.id) == ("name", "Mason", 2)
    values = [component.value for row in interaction.components for component in row]  # type: ignore[attr-defined]
    assert values == ["Mason", "I like cats.\nAnd dogs."]
    assert interaction.get_value("about") == "I like cats.\nAnd dogs."
    assert interaction.get_value("missing") is None


def test_modal_submit_with_labels() -> None:
    interaction = ModalInteraction.from_payload(load_payload("modal_labels"), app=APP)

    text_display, title, severity, _who, screenshot = interaction.components
    assert type(text_display) is ModalComponent
    assert text_display.type is components.ComponentType.TEXT_DISPLAY
    assert isinstance(title, LabelComponent)
    assert isinstance(title.component, TextInputComponent)
    assert list(title) == [title.component]
    assert interaction.get_value("title") == "It broke"
    assert isinstance(severity, LabelComponent)
    assert isinstance(severity.component, ModalSelectMenuComponent)
    assert interaction.get_value("severity") == ["high"]
    assert interaction.get_value("who") == [str(OTHER_USER)]
    assert isinstance(screenshot, LabelComponent)
    upload = screenshot.component
    assert isinstance(upload, FileUploadComponent)
    assert interaction.resolved is not None
    assert interaction.resolved.attachments[upload.values[0]].filename == "cat.png"
    assert interaction.message is not None
    assert [type(component) for component in interaction.iter_components()] == [
        ModalComponent,
        TextInputComponent,
        ModalSelectMenuComponent,
        ModalSelectMenuComponent,
        FileUploadComponent,
    ]


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("slash_command_guild", CommandInteraction),
        ("button", ComponentInteraction),
        ("autocomplete", AutocompleteInteraction),
        ("modal_labels", ModalInteraction),
    ],
)
def test_equality_and_hash_follow_the_id(name: str, cls: type[CommandInteraction]) -> None:
    first = cls.from_payload(load_payload(name), app=APP)
    second = cls.from_payload(load_payload(name), app=APP)

    assert first == second
    assert hash(first) == hash(second)


def test_member_model_from_a_message_payload() -> None:
    payload = load_payload("button")["message"]
    payload["member"] = {
        "roles": [],
        "joined_at": None,
        "nick": None,
        "communication_disabled_until": "2999-01-01T00:00:00Z",
    }

    message = messages.Message.from_payload(payload, app=APP)

    assert isinstance(message.member, guilds.Member)
    assert message.member.joined_at is None
    assert message.member.communication_disabled_until() is not None


def test_nested_parts_are_parsed_once_on_first_read() -> None:
    interaction = CommandInteraction.from_payload(load_payload("slash_command_guild"), app=APP)

    assert interaction.user is interaction.user
    assert interaction.member is not None
    assert interaction.user is interaction.member.user
    assert interaction.options is interaction.options
    assert interaction.channel is interaction.channel
    assert not hasattr(interaction, "__dict__")


def test_parsing_keeps_the_payload_and_reads_only_the_top_level() -> None:
    payload = load_payload("slash_command_guild")
    interaction = CommandInteraction.from_payload(payload, app=APP)
    # Parts not read yet come from the payload as it is when they are first read.
    payload["member"]["nick"] = "changed before first read"

    assert interaction.member is not None
    assert interaction.member.nickname == "changed before first read"


def test_interactions_of_different_classes_are_never_equal() -> None:
    payload = load_payload("autocomplete")
    autocomplete = AutocompleteInteraction.from_payload(payload, app=APP)
    payload["type"] = 2
    command = CommandInteraction.from_payload(payload, app=APP)

    assert autocomplete.id == command.id
    assert autocomplete != command
    assert autocomplete != autocomplete.id


def test_the_abstract_interaction_cannot_be_parsed() -> None:
    with pytest.raises(NotImplementedError):
        base_interactions.PartialInteraction.from_payload(load_payload("slash_command_guild"), app=APP)


def test_a_lazy_attribute_needs_its_slot() -> None:
    # Python 3.11 wraps an error in `__set_name__` in a RuntimeError; 3.12 does not.
    with pytest.raises((TypeError, RuntimeError)) as caught:

        class Broken:
            __slots__ = ()

            @lazy.lazy
            def parsed(self) -> int:
                return 1

    assert "must declare the slot _parsed" in str(caught.value.__cause__ or caught.value)


def test_a_lazy_attribute_reads_like_a_property() -> None:
    class Model:
        __slots__ = ("_parsed", "calls")

        def __init__(self) -> None:
            self.calls = 0

        @lazy.lazy
        def parsed(self) -> int:
            """The answer."""
            self.calls += 1
            return 42

    model = Model()

    assert (model.parsed, model.parsed, model.calls) == (42, 42, 1)
    assert isinstance(Model.parsed, lazy.lazy)
    assert Model.parsed.__doc__ == "The answer."
    with pytest.raises(AttributeError):
        model.parsed = 1  # type: ignore[misc]
