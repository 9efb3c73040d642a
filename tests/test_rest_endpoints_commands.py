"""Application command endpoints against the emulated Discord, and the command models."""

from __future__ import annotations

import pytest

from hikari_like import applications
from hikari_like import commands
from hikari_like import errors
from hikari_like import permissions
from hikari_like.impl.builders.commands import ContextMenuCommandBuilder
from hikari_like.impl.builders.commands import SlashCommandBuilder
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord

CITY = commands.CommandOption(
    type=commands.OptionType.STRING,
    name="city",
    description="Which city",
    is_required=True,
    choices=[commands.CommandChoice(name="Paris", value="paris", name_localizations={"fr": "Paris"})],
)


def test_builders_come_from_the_client(rest: RESTClientImpl) -> None:
    slash = rest.slash_command_builder("ping", "Check the bot")
    menu = rest.context_menu_command_builder(3, "Quote")

    assert isinstance(slash, SlashCommandBuilder)
    assert slash.build() == {"type": 1, "name": "ping", "description": "Check the bot"}
    assert isinstance(menu, ContextMenuCommandBuilder)
    assert menu.type is commands.CommandType.MESSAGE


async def test_set_application_commands_overwrites_and_returns_typed_commands(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    weather = rest.slash_command_builder("weather", "Today's weather").add_option(CITY)
    weather.set_default_member_permissions(permissions.Permissions.MANAGE_GUILD)
    info = rest.context_menu_command_builder(commands.CommandType.USER, "User info")

    result = await rest.set_application_commands(discord.application_id, [weather, info])

    sent = discord.requests_to("PUT /applications/{application}/commands")[0].json
    assert sent == [weather.build(), info.build()]
    assert [command["name"] for command in discord.commands] == ["weather", "User info"]
    slash, menu = result
    assert isinstance(slash, commands.SlashCommand)
    assert slash.description == "Today's weather"
    assert slash.options == [CITY]
    assert slash.default_member_permissions == permissions.Permissions.MANAGE_GUILD
    assert slash.application_id == int(discord.application_id)
    assert slash.guild_id is None
    assert slash.integration_types == [applications.ApplicationIntegrationType.GUILD_INSTALL]
    assert isinstance(menu, commands.ContextMenuCommand)
    assert menu.type is commands.CommandType.USER
    assert menu.default_member_permissions == permissions.Permissions.NONE


async def test_guild_commands_use_the_guild_routes(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    ping = rest.slash_command_builder("ping", "Check the bot")

    await rest.set_application_commands(discord.application_id, [ping], guild=int(discord.guild_id))
    fetched = await rest.fetch_application_commands(discord.application_id, guild=discord.guild_id)

    assert [command["name"] for command in discord.guild_commands[discord.guild_id]] == ["ping"]
    assert discord.commands == []
    assert [(command.name, command.guild_id) for command in fetched] == [("ping", int(discord.guild_id))]


async def test_create_slash_command_sends_every_field(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    command = await rest.create_slash_command(
        discord.application_id,
        "weather",
        "Today's weather",
        options=[CITY],
        name_localizations={"fr": "meteo"},
        description_localizations={"fr": "La météo"},
        default_member_permissions=permissions.Permissions.ADMINISTRATOR,
        nsfw=True,
    )

    sent = discord.requests_to("POST /applications/{application}/commands")[0].json
    assert sent["name"] == "weather"
    assert sent["options"][0]["choices"] == [
        {"name": "Paris", "value": "paris", "name_localizations": {"fr": "Paris"}}
    ]
    assert sent["name_localizations"] == {"fr": "meteo"}
    assert sent["description_localizations"] == {"fr": "La météo"}
    assert sent["default_member_permissions"] == "8"
    assert sent["nsfw"] is True
    assert isinstance(command, commands.SlashCommand)
    assert command.is_nsfw
    assert command.name_localizations == {"fr": "meteo"}
    assert command.description_localizations == {"fr": "La météo"}


async def test_creating_the_same_command_again_replaces_it(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    first = await rest.create_slash_command(discord.application_id, "ping", "v1")
    second = await rest.create_slash_command(discord.application_id, "ping", "v2")

    assert second.id == first.id
    assert second.version != first.version
    assert [command["description"] for command in discord.commands] == ["v2"]


async def test_create_context_menu_command(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    command = await rest.create_context_menu_command(
        discord.application_id, commands.CommandType.MESSAGE, "Quote", guild=discord.guild_id
    )

    sent = discord.requests_to("POST /applications/{application}/guilds/{guild}/commands")[0].json
    assert sent == {"type": 3, "name": "Quote"}
    assert isinstance(command, commands.ContextMenuCommand)
    assert command.guild_id == int(discord.guild_id)


async def test_delete_application_command(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    command = await rest.create_slash_command(discord.application_id, "ping", "Check the bot")

    await rest.delete_application_command(discord.application_id, command)

    assert await rest.fetch_application_commands(discord.application_id) == []
    with pytest.raises(errors.NotFoundError) as caught:
        await rest.delete_application_command(discord.application_id, command.id)
    assert caught.value.code == 10063


async def test_duplicate_names_are_refused_before_sending_and_by_discord(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ping = rest.slash_command_builder("ping", "Check the bot")

    with pytest.raises(errors.DiscordRuleError) as refused:
        await rest.set_application_commands(discord.application_id, [ping, ping])
    with pytest.raises(errors.BadRequestError) as caught:
        await rest.request(
            "PUT", f"/applications/{discord.application_id}/commands", json=[ping.build(), ping.build()]
        )

    assert refused.value.rule == "command.name.unique"
    assert len(discord.requests_to("PUT /applications/{application}/commands")) == 1  # the raw one
    assert caught.value.code == 50035
    assert caught.value.errors["1"]["name"]["_errors"][0]["code"] == "APPLICATION_COMMANDS_DUPLICATE_NAME"


async def test_another_applications_commands_are_forbidden(rest: RESTClientImpl) -> None:
    with pytest.raises(errors.ForbiddenError) as caught:
        await rest.fetch_application_commands(1234)

    assert caught.value.code == 50001


def test_command_parsing_tolerates_new_types_and_missing_fields(rest: RESTClientImpl) -> None:
    minimal = {"id": "10", "application_id": "20", "name": "launch"}

    entry_point = commands.command_from_payload({**minimal, "type": 4}, app=rest)
    future = commands.command_from_payload({**minimal, "type": 99, "contexts": [0, 7]}, app=rest)
    slash = commands.command_from_payload(minimal, app=rest)

    assert type(entry_point) is commands.EntryPointCommand
    assert entry_point.type is commands.CommandType.PRIMARY_ENTRY_POINT
    assert entry_point.handler is None
    assert entry_point.description == ""
    assert type(future) is commands.PartialCommand
    assert future.type == 99
    assert not future.type.is_known
    assert [context.is_known for context in future.context_types] == [True, False]
    assert isinstance(slash, commands.SlashCommand)
    assert slash.options is None
    assert slash.description == ""
    assert slash.version == 0


def test_option_parsing_reads_nested_options() -> None:
    payload = {
        "type": 1,
        "name": "add",
        "description": "Add one",
        "options": [{"type": 7, "name": "where", "description": "Channel", "channel_types": [0, 99]}],
    }

    option = commands.CommandOption.from_payload(payload)

    assert option.options is not None
    nested = option.options[0]
    assert nested.type is commands.OptionType.CHANNEL
    assert nested.channel_types is not None
    assert [int(channel_type) for channel_type in nested.channel_types] == [0, 99]


async def test_attachment_file_types_round_trip(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    scan = commands.CommandOption(
        type=commands.OptionType.ATTACHMENT, name="scan", description="A scan", file_types=["image", ".pdf"]
    )

    created = await rest.create_slash_command(discord.application_id, "upload", "Upload", options=[scan])

    sent = discord.requests_to("POST /applications/{application}/commands")[0].json
    assert sent["options"][0]["file_types"] == ["image", ".pdf"]
    assert created.options == [scan]


def test_default_member_permissions_zero_reads_as_administrators_only(rest: RESTClientImpl) -> None:
    base = {"id": "10", "application_id": "20", "name": "ban", "description": "Ban"}

    admins_only = commands.command_from_payload({**base, "default_member_permissions": "0"}, app=rest)
    everyone = commands.command_from_payload({**base, "default_member_permissions": None}, app=rest)
    malformed = commands.command_from_payload({**base, "default_member_permissions": "lots"}, app=rest)
    option = commands.CommandOption.from_payload({"type": 11, "name": "a", "file_types": [".png", 7]})

    assert admins_only.default_member_permissions == permissions.Permissions.ADMINISTRATOR
    assert everyone.default_member_permissions == permissions.Permissions.NONE
    assert malformed.default_member_permissions == permissions.Permissions.NONE
    assert option.file_types == [".png"]


async def test_discord_limits_commands_per_type(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    users = [rest.context_menu_command_builder(commands.CommandType.USER, f"User {i}") for i in range(16)]
    path = f"/applications/{discord.application_id}/commands"

    with pytest.raises(errors.DiscordRuleError) as refused:
        await rest.set_application_commands(discord.application_id, users)
    with pytest.raises(errors.BadRequestError) as caught:
        await rest.request("PUT", path, json=[user.build() for user in users])
    accepted = await rest.request("PUT", path, json=[user.build() for user in users[:15]])

    assert refused.value.rule == "command.count"
    assert caught.value.code == 30032
    assert len(accepted) == 15
