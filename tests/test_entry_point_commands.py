"""PRIMARY_ENTRY_POINT commands (an Activity's App Launcher command): the builder, creation,
re-registration that keeps it (Discord's 50240), the rules refused before sending, and the
interaction it brings, against the emulated Discord over loopback."""

from __future__ import annotations

import pytest

import hikari_like
from hikari_like import commands
from hikari_like import errors
from hikari_like import permissions
from hikari_like.impl.builders import EntryPointCommandBuilder
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

HANDLER = commands.EntryPointCommandHandlerType
GLOBAL_PUT = "PUT /applications/{application}/commands"
GLOBAL_GET = "GET /applications/{application}/commands"


async def seed_launch_command(discord: EmulatedDiscord, rest: RESTClientImpl) -> commands.EntryPointCommand:
    """The "Launch" command Discord makes when Activities are enabled, admins only."""
    builder = rest.entry_point_command_builder(
        "Launch", "Launch the Activity"
    ).set_default_member_permissions(permissions.Permissions.ADMINISTRATOR)
    command = await rest.create_application_command(discord.application_id, builder)
    assert isinstance(command, commands.EntryPointCommand)
    return command


def test_the_builder_sends_discords_shape() -> None:
    launch = EntryPointCommandBuilder("launch", "Launch Racing with Friends")

    assert launch.type is commands.CommandType.PRIMARY_ENTRY_POINT
    # Discord's "Example Entry Point Command" (application-commands.mdx).
    assert launch.build() == {
        "type": 4,
        "name": "launch",
        "description": "Launch Racing with Friends",
        "handler": 2,
    }
    app_handled = launch.set_handler(HANDLER.APP_HANDLER).set_context_types([0, 1]).set_integration_types([0])
    assert app_handled.build() == {
        "type": 4,
        "name": "launch",
        "description": "Launch Racing with Friends",
        "handler": 1,
        "contexts": [0, 1],
        "integration_types": [0],
    }
    assert EntryPointCommandBuilder("Launch").set_handler(hikari_like.UNDEFINED).build() == {
        "type": 4,
        "name": "Launch",
    }


@pytest.mark.parametrize(
    ("make", "rule"),
    [
        (lambda: EntryPointCommandBuilder(""), "command.name"),
        (lambda: EntryPointCommandBuilder("x" * 33), "command.name"),
        (lambda: EntryPointCommandBuilder("launch", "d" * 101), "command.description"),
    ],
)
def test_the_builder_refuses_what_discord_refuses(make: object, rule: str) -> None:
    with pytest.raises(errors.DiscordRuleError) as refused:
        make()  # type: ignore[operator]

    assert refused.value.rule == rule


async def test_create_application_command_makes_an_entry_point(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    builder = rest.entry_point_command_builder("launch", "Start the game", handler=HANDLER.APP_HANDLER)

    command = await builder.create(rest, discord.application_id)

    assert discord.requests_to("POST /applications/{application}/commands")[0].json == builder.build()
    assert isinstance(command, commands.EntryPointCommand)
    assert (command.name, command.description, command.handler) == ("launch", "Start the game", 1)
    (fetched,) = await rest.fetch_application_commands(discord.application_id)
    assert fetched == command
    assert isinstance(fetched, commands.EntryPointCommand)
    assert fetched.handler is HANDLER.APP_HANDLER


async def test_a_second_entry_point_is_refused_by_discord(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    await seed_launch_command(discord, rest)

    with pytest.raises(errors.BadRequestError) as caught:
        await rest.create_application_command(
            discord.application_id, rest.entry_point_command_builder("play")
        )

    assert caught.value.code == 30032


async def test_an_entry_point_on_a_guild_is_refused_before_sending_and_by_discord(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    launch = rest.entry_point_command_builder("launch")
    guild_route = f"/applications/{discord.application_id}/guilds/{discord.guild_id}/commands"

    with pytest.raises(errors.DiscordRuleError) as on_create:
        await launch.create(rest, discord.application_id, guild=discord.guild_id)
    with pytest.raises(errors.DiscordRuleError) as on_overwrite:
        await rest.set_application_commands(discord.application_id, [launch], guild=discord.guild_id)
    with pytest.raises(errors.BadRequestError) as caught:
        await rest.request("POST", guild_route, json=launch.build())

    assert on_create.value.rule == on_overwrite.value.rule == "command.entry_point.global"
    assert [request.method for request in discord.requests] == ["POST"]  # only the raw one went out
    assert caught.value.code == 50035
    assert "type" in caught.value.errors


async def test_discord_refuses_a_bulk_overwrite_that_drops_the_entry_point(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    await seed_launch_command(discord, rest)
    ping = rest.slash_command_builder("ping", "Check the bot")

    with pytest.raises(errors.BadRequestError) as caught:
        await rest.request("PUT", f"/applications/{discord.application_id}/commands", json=[ping.build()])

    assert caught.value.code == 50240
    assert "Entry Point command" in caught.value.message
    assert [command["name"] for command in discord.commands] == ["Launch"]


async def test_set_application_commands_keeps_the_registered_entry_point(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    launch = await seed_launch_command(discord, rest)
    ping = rest.slash_command_builder("ping", "Check the bot")
    quote = rest.context_menu_command_builder(commands.CommandType.MESSAGE, "Quote")

    result = await rest.set_application_commands(discord.application_id, [ping, quote])

    assert len(discord.requests_to(GLOBAL_GET)) == 1  # the one extra GET
    (sent,) = discord.requests_to(GLOBAL_PUT)
    assert sent.json[:2] == [ping.build(), quote.build()]
    assert sent.json[2] == {
        "type": 4,
        "name": "Launch",
        "id": str(launch.id),
        "description": "Launch the Activity",
        "handler": 2,
        "nsfw": False,
        "integration_types": [0],
        "default_member_permissions": "8",  # still admins only: nothing widened
    }
    assert [(command.name, type(command)) for command in result] == [
        ("ping", commands.SlashCommand),
        ("Quote", commands.ContextMenuCommand),
        ("Launch", commands.EntryPointCommand),
    ]
    assert result[2].id == launch.id


async def test_an_entry_point_in_the_list_replaces_it_without_the_extra_get(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    await seed_launch_command(discord, rest)
    play = rest.entry_point_command_builder("play", "Play now", handler=HANDLER.APP_HANDLER)

    (command,) = await rest.set_application_commands(discord.application_id, [play])

    assert discord.requests_to(GLOBAL_GET) == []
    assert isinstance(command, commands.EntryPointCommand)
    assert (command.name, command.handler) == ("play", HANDLER.APP_HANDLER)


async def test_guild_overwrites_and_apps_without_an_entry_point_are_unchanged(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ping = rest.slash_command_builder("ping", "Check the bot")

    await rest.set_application_commands(discord.application_id, [ping], guild=discord.guild_id)
    assert discord.requests_to(GLOBAL_GET) == []  # entry points are global: no GET for a guild
    await rest.set_application_commands(discord.application_id, [ping])

    assert discord.requests_to(GLOBAL_PUT)[0].json == [ping.build()]
    await rest.delete_application_command(
        discord.application_id, (await seed_launch_command(discord, rest)).id
    )
    assert await rest.set_application_commands(discord.application_id, []) == []


def test_two_entry_points_or_handler_elsewhere_are_refused() -> None:
    launch, play = EntryPointCommandBuilder("launch"), EntryPointCommandBuilder("play")

    with pytest.raises(errors.DiscordRuleError) as refused:
        hikari_like.impl.check_command_set([launch, play])

    assert refused.value.rule == "command.count"


async def test_discord_refuses_handler_and_options_where_they_do_not_belong(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    path = f"/applications/{discord.application_id}/commands"
    option = {"type": 3, "name": "what", "description": "What"}

    with pytest.raises(errors.BadRequestError) as handler_on_slash:
        await rest.request("POST", path, json={"name": "ping", "description": "d", "handler": 1})
    with pytest.raises(errors.BadRequestError) as options_on_entry_point:
        await rest.request("POST", path, json={"name": "launch", "type": 4, "options": [option]})

    assert "handler" in handler_on_slash.value.errors
    assert "options" in options_on_entry_point.value.errors


async def test_an_entry_point_invocation_is_a_command_interaction_answered_with_launch_activity(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    seen: list[tuple[commands.CommandType, str]] = []

    async def on_command(
        interaction: hikari_like.CommandInteraction,
    ) -> hikari_like.impl.InteractionLaunchActivityBuilder:
        seen.append((interaction.command_type, interaction.command_name))
        return interaction.build_launch_activity_response()

    bot.set_listener(hikari_like.CommandInteraction, on_command)

    response = await discord.send_interaction(
        bot.interaction_server.urls[0], payloads.entry_point_command("launch")
    )

    assert response.status == 200
    assert response.json() == {"type": 12}
    assert seen == [(commands.CommandType.PRIMARY_ENTRY_POINT, "launch")]
