"""Parsing tolerates what Discord may send tomorrow and what it sent years ago."""

from __future__ import annotations

import copy
import datetime
import typing

import pytest

from hikari_like import applications
from hikari_like import channels
from hikari_like import commands
from hikari_like import components
from hikari_like import locales
from hikari_like import permissions
from hikari_like.interactions import INTERACTION_TYPES
from hikari_like.interactions import CommandInteraction
from hikari_like.interactions import CommandInteractionOption
from hikari_like.interactions import ComponentInteraction
from hikari_like.interactions import ModalActionRowComponent
from hikari_like.interactions import ModalComponent
from hikari_like.interactions import ModalInteraction
from hikari_like.interactions import base_interactions
from tests.helpers import APP
from tests.helpers import PAYLOADS
from tests.helpers import load_payload

ALL_PAYLOADS = sorted(path.stem for path in PAYLOADS.glob("*.json"))


def parse(payload: dict[str, typing.Any]) -> base_interactions.PartialInteraction:
    return INTERACTION_TYPES[payload["type"]].from_payload(payload, app=APP)


def add_unknown_fields(value: typing.Any) -> None:
    if isinstance(value, dict):
        for child in list(value.values()):
            add_unknown_fields(child)
        # Maps keyed by IDs or integration types are not objects: new keys there would be new data.
        if not any(key.isdigit() for key in value):
            value["field_from_the_future"] = {"nested": [1, "two", None]}
    elif isinstance(value, list):
        for child in value:
            add_unknown_fields(child)


@pytest.mark.parametrize("name", ALL_PAYLOADS)
def test_unknown_fields_everywhere_are_ignored(name: str) -> None:
    payload = load_payload(name)
    add_unknown_fields(payload)

    assert parse(payload) == parse(load_payload(name))


def test_unknown_enum_values_are_kept() -> None:
    payload = load_payload("slash_command_guild")
    payload["locale"] = "tlh"
    payload["context"] = 9
    payload["authorizing_integration_owners"]["7"] = "123"
    payload["channel"]["type"] = 99
    payload["data"]["type"] = 42
    payload["data"]["options"][0]["options"][0]["options"].append(
        {"name": "new", "type": 77, "value": {"x": 1}}
    )
    payload["data"]["options"][0]["options"][0]["options"][-1]["value"] = "opaque"

    interaction = CommandInteraction.from_payload(payload, app=APP)

    assert interaction.locale == "tlh"
    assert isinstance(interaction.locale, locales.Locale)
    assert not interaction.locale.is_known
    assert interaction.context == 9
    assert interaction.context.name == "UNKNOWN_9"
    assert applications.ApplicationIntegrationType(7) in interaction.authorizing_integration_owners
    assert interaction.channel.type == 99
    assert interaction.command_type == 42
    sub_options = interaction.options[0].options[0].options  # type: ignore[index]
    assert sub_options is not None
    assert sub_options[-1].type == 77
    assert sub_options[-1].value == "opaque"


def test_unknown_component_types_and_permission_bits_are_kept() -> None:
    payload = load_payload("modal_action_rows")
    payload["data"]["components"].append({"type": 55, "id": 9, "something": True})
    payload["data"]["components"][0]["components"].append({"type": 56})
    payload["app_permissions"] = str((1 << 60) | 2048)

    interaction = ModalInteraction.from_payload(payload, app=APP)

    unknown = interaction.components[-1]
    assert type(unknown) is ModalComponent
    assert (unknown.type, unknown.id) == (55, 9)
    row = interaction.components[0]
    assert isinstance(row, ModalActionRowComponent)
    assert row[-1].type == 56
    assert row[-1].id == 0
    assert interaction.app_permissions is not None
    assert interaction.app_permissions & (1 << 60)
    assert permissions.Permissions.SEND_MESSAGES in interaction.app_permissions


def test_unknown_component_interaction_type() -> None:
    payload = load_payload("button")
    payload["data"]["component_type"] = 31

    interaction = ComponentInteraction.from_payload(payload, app=APP)

    assert interaction.component_type == 31
    assert not interaction.component_type.is_known
    assert interaction.component_type is not components.ComponentType.BUTTON


def test_old_payload_without_newer_fields() -> None:
    payload = load_payload("slash_command_guild")
    for key in (
        "context",
        "entitlements",
        "authorizing_integration_owners",
        "attachment_size_limit",
        "app_permissions",
        "channel",
        "guild_locale",
        "entitlement_sku_ids",
    ):
        del payload[key]

    interaction = CommandInteraction.from_payload(payload, app=APP)

    assert interaction.context is applications.ApplicationContextType.GUILD
    assert interaction.entitlements == []
    assert interaction.authorizing_integration_owners == {}
    assert interaction.attachment_size_limit == base_interactions.DEFAULT_ATTACHMENT_SIZE_LIMIT
    assert interaction.app_permissions == permissions.Permissions.NONE
    assert interaction.channel.id == 645027906669510667
    assert interaction.channel.type is channels.ChannelType.GUILD_TEXT
    assert interaction.guild_locale is None


def test_old_dm_payload_is_a_bot_dm() -> None:
    payload = load_payload("dm_command_user_installed")
    del payload["context"]
    del payload["channel"]
    del payload["app_permissions"]

    interaction = CommandInteraction.from_payload(payload, app=APP)

    assert interaction.context is applications.ApplicationContextType.BOT_DM
    assert interaction.channel.type is channels.ChannelType.DM


@pytest.mark.parametrize("name", ["button", "modal_labels", "autocomplete"])
def test_missing_app_permissions_is_none_outside_commands(name: str) -> None:
    payload = load_payload(name)
    del payload["app_permissions"]

    assert parse(payload).app_permissions is None


def test_missing_optional_fields_in_nested_objects() -> None:
    payload = load_payload("slash_command_guild")
    resolved = payload["data"]["resolved"]
    for user in resolved["users"].values():
        for key in ("avatar", "discriminator", "global_name", "public_flags", "bot"):
            user.pop(key, None)
    for member in resolved["members"].values():
        for key in ("nick", "joined_at", "premium_since", "pending", "permissions", "flags", "avatar"):
            member.pop(key, None)
    for role in resolved["roles"].values():
        for key in (
            "color",
            "hoist",
            "icon",
            "unicode_emoji",
            "position",
            "managed",
            "mentionable",
            "tags",
            "flags",
        ):
            role.pop(key, None)
    for attachment in resolved["attachments"].values():
        for key in ("content_type", "height", "width", "ephemeral", "proxy_url", "size"):
            attachment.pop(key, None)
    for key in ("version", "locale"):
        del payload[key]

    interaction = CommandInteraction.from_payload(payload, app=APP)

    assert interaction.resolved is not None
    [user] = interaction.resolved.users.values()
    assert (user.discriminator, user.global_name, user.avatar_hash, user.is_bot) == ("0", None, None, False)
    [member] = interaction.resolved.members.values()
    assert member.joined_at is None
    assert member.permissions == permissions.Permissions.NONE
    [role] = interaction.resolved.roles.values()
    assert (role.color, role.position, role.is_premium_subscriber_role) == (0, 0, False)
    assert interaction.version == 1
    assert interaction.locale is locales.Locale.EN_US


def test_option_without_value_and_without_options() -> None:
    payload = load_payload("dm_command_user_installed")
    payload["data"]["options"] = [{"name": "list", "type": commands.OptionType.SUB_COMMAND}]

    interaction = CommandInteraction.from_payload(payload, app=APP)

    [option] = interaction.options
    assert (option.value, option.options) == (None, None)


def test_null_optional_objects() -> None:
    payload = load_payload("modal_labels")
    payload["message"] = None
    payload["data"]["resolved"] = None
    payload["entitlements"] = None
    payload["member"]["user"]["global_name"] = None

    interaction = ModalInteraction.from_payload(payload, app=APP)

    assert interaction.message is None
    assert interaction.resolved is None
    assert interaction.entitlements == []


def test_parsing_does_not_mutate_the_payload() -> None:
    payload = load_payload("slash_command_guild")
    before = copy.deepcopy(payload)

    CommandInteraction.from_payload(payload, app=APP)

    assert payload == before


@pytest.mark.parametrize(
    ("mutate", "error"),
    [
        (lambda payload: payload.pop("id"), KeyError),
        (lambda payload: payload.pop("token"), KeyError),
        (lambda payload: payload.pop("data"), KeyError),
        (lambda payload: payload["data"].pop("name"), KeyError),
        (lambda payload: payload.update(data=[]), TypeError),
        (lambda payload: payload.update(data=None), TypeError),
        (lambda payload: payload.update(id="not a number"), ValueError),
        (lambda payload: payload.update(application_id=[1]), TypeError),
        (lambda payload: payload.update(guild_id="x"), ValueError),
        (lambda payload: payload.update(version={}), TypeError),
    ],
)
def test_a_malformed_top_level_raises_in_from_payload(
    mutate: typing.Callable[[dict[str, typing.Any]], object], error: type[Exception]
) -> None:
    payload = load_payload("slash_command_guild")
    mutate(payload)

    with pytest.raises(error):
        CommandInteraction.from_payload(payload, app=APP)


@pytest.mark.parametrize(
    ("mutate", "error"),
    [
        (lambda payload: payload.update(member=None, user=None), KeyError),
        (lambda payload: payload.update(member=[1]), KeyError),
        (lambda payload: payload.update(member="not a member"), KeyError),
        (lambda payload: payload["member"].pop("user"), KeyError),
        (lambda payload: payload["member"]["user"].update(id="not an ID"), ValueError),
        (lambda payload: payload["member"]["user"].update(username=None), TypeError),
        (lambda payload: payload.update(channel=None, channel_id=None), KeyError),
    ],
)
def test_an_interaction_without_an_invoker_or_a_channel_is_refused(
    mutate: typing.Callable[[dict[str, typing.Any]], object], error: type[Exception]
) -> None:
    # `interaction.user` and `interaction.channel` must always read: checked up front, so the
    # server answers 400 instead of running the listener.
    payload = load_payload("slash_command_guild")
    mutate(payload)

    with pytest.raises(error):
        CommandInteraction.from_payload(payload, app=APP)


@pytest.mark.parametrize(
    ("mutate", "attribute", "expected"),
    [
        (
            lambda payload: payload["channel"].update(thread_metadata={"auto_archive_duration": 10**30}),
            lambda interaction: interaction.channel.thread_metadata.auto_archive_duration,
            datetime.timedelta(0),
        ),
        (lambda payload: payload.update(locale=12), lambda interaction: interaction.locale, "en-US"),
        (
            lambda payload: payload.update(app_permissions="lots"),
            lambda interaction: interaction.app_permissions,
            permissions.Permissions.NONE,
        ),
        (lambda payload: payload.update(entitlements=[{}]), lambda interaction: interaction.entitlements, []),
        (
            lambda payload: payload["data"].update(options=[{"type": 3}]),
            lambda interaction: interaction.options,
            [],
        ),
        (
            lambda payload: payload["data"].update(resolved={"users": {"1": "x"}}),
            lambda interaction: interaction.resolved.users,
            {},
        ),
        (
            lambda payload: payload["member"].update(nick=5, joined_at="yesterday", roles=["x", "1"]),
            lambda interaction: (
                interaction.member.nickname,
                interaction.member.joined_at,
                interaction.member.role_ids,
            ),
            (None, None, [1, 290926798626357999]),
        ),
    ],
)
def test_a_malformed_nested_field_reads_as_absent(
    mutate: typing.Callable[[dict[str, typing.Any]], object],
    attribute: typing.Callable[[typing.Any], object],
    expected: object,
) -> None:
    # Anything else is parsed when read, totally: a field of the wrong type is as if missing,
    # and an item of a list that cannot be read is left out.
    payload = load_payload("slash_command_guild")
    mutate(payload)
    interaction = CommandInteraction.from_payload(payload, app=APP)

    assert attribute(interaction) == expected


def test_absurdly_nested_options_are_rejected_as_malformed() -> None:
    payload = load_payload("dm_command_user_installed")
    option: dict[str, typing.Any] = {"name": "x", "type": 1}
    payload["data"]["options"] = [option]
    for _ in range(50):
        child: dict[str, typing.Any] = {"name": "x", "type": 1}
        option["options"] = [child]
        option = child

    interaction = CommandInteraction.from_payload(payload, app=APP)

    # Discord nests a group, a sub-command and its options: anything deeper is left out.
    depth = 0
    options: typing.Sequence[CommandInteractionOption] | None = interaction.options
    while options:
        depth += 1
        options = options[0].options
    assert depth == 5
