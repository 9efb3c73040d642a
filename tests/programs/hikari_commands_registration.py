# A hikari program that registers application commands, written against hikari 2.7's public API.
# The test runs this exact source twice: with `import hikari` (the reference) and with
# `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like


def global_commands(rest: hikari.api.RESTClient) -> list[hikari.api.CommandBuilder]:
    weather = (
        rest.slash_command_builder("weather", "Today's weather")
        .add_option(
            hikari.CommandOption(
                type=hikari.OptionType.STRING,
                name="city",
                description="Which city",
                is_required=True,
                choices=[hikari.CommandChoice(name="Paris", value="paris")],
            )
        )
        .add_option(
            hikari.CommandOption(
                type=hikari.OptionType.INTEGER,
                name="days",
                description="How many days",
                min_value=1,
                max_value=7,
            )
        )
        .add_option(hikari.CommandOption(type=hikari.OptionType.ATTACHMENT, name="map", description="A map"))
        .set_integration_types([hikari.ApplicationIntegrationType.GUILD_INSTALL])
        .set_context_types([hikari.ApplicationContextType.GUILD])
    )
    roles = rest.slash_command_builder("roles", "Manage roles").add_option(
        hikari.CommandOption(
            type=hikari.OptionType.SUB_COMMAND,
            name="add",
            description="Add a role",
            options=[hikari.CommandOption(type=hikari.OptionType.ROLE, name="role", description="Which")],
        )
    )
    roles.set_default_member_permissions(hikari.Permissions.MANAGE_ROLES)
    high_five = rest.context_menu_command_builder(hikari.CommandType.USER, "High Five")
    quote = rest.context_menu_command_builder(hikari.CommandType.MESSAGE, "Quote")
    return [weather, roles, high_five, quote]


def describe(command: hikari.PartialCommand) -> tuple[typing.Any, ...]:
    options = getattr(command, "options", None) or ()
    return (command.name, int(command.type), [int(option.type) for option in options])


async def run(url: str, token: str, guild_id: int) -> dict[str, typing.Any]:
    """Register global commands twice (IDs are kept), guild commands two ways, then delete one."""
    app = hikari.RESTApp(url=url)
    await app.start()
    try:
        async with app.acquire(token, "Bot") as rest:
            application = await rest.fetch_application()
            first = await rest.set_application_commands(application.id, global_commands(rest))
            again = await rest.set_application_commands(application.id, global_commands(rest))
            ping = await rest.slash_command_builder("ping", "Check the bot").create(
                rest, application.id, guild=guild_id
            )
            pin = await rest.create_context_menu_command(
                application.id, hikari.CommandType.MESSAGE, "Pin", guild=guild_id
            )
            await rest.delete_application_command(application.id, pin, guild=guild_id)
            in_guild = await rest.fetch_application_commands(application.id, guild=guild_id)
            registered = await rest.fetch_application_commands(application.id)
    finally:
        await app.close()
    roles = next(command for command in registered if command.name == "roles")
    return {
        "global": sorted(describe(command) for command in registered),
        "ids_kept": [command.id for command in first] == [command.id for command in again],
        "kinds": sorted(type(command).__name__ for command in registered),
        "roles_permissions": int(roles.default_member_permissions),
        "ping": (ping.name, ping.guild_id == guild_id, type(ping).__name__),
        "guild": [describe(command) for command in in_guild],
    }


async def register_next_to_an_activity(url: str, token: str) -> dict[str, typing.Any]:
    """Overwrite the global commands of an app whose Activity has an entry point command."""
    app = hikari.RESTApp(url=url)
    await app.start()
    try:
        async with app.acquire(token, "Bot") as rest:
            application = await rest.fetch_application()
            try:
                result = await rest.set_application_commands(application.id, global_commands(rest)[:1])
            except hikari.BadRequestError as error:
                return {"refused": error.code, "registered": None}
    finally:
        await app.close()
    return {"refused": None, "registered": sorted((command.name, int(command.type)) for command in result)}
