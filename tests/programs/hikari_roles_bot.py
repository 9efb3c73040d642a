# A member and role manager, written against hikari 2.7's public API: `/selfrole name` creates a
# role and gives it to the invoker, `/nick user nickname`, `/roles user`, `/whois name`,
# `/kick user`, `/census` (members and role counts), `/promote name` (edits and moves a role) and
# `/droprole name` (takes it from the invoker and deletes it), through the REST client and the
# helpers on members and guilds.
# The test runs this exact source with `import hikari` and with `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like


def _options() -> dict[str, hikari.CommandOption]:
    option = hikari.CommandOption
    return {
        "user": option(type=hikari.OptionType.USER, name="user", description="Who", is_required=True),
        "name": option(type=hikari.OptionType.STRING, name="name", description="Name", is_required=True),
        "nickname": option(type=hikari.OptionType.STRING, name="nickname", description="Nickname"),
    }


async def register_commands(bot: hikari.RESTBot) -> None:
    application = await bot.rest.fetch_application()
    options, slash = _options(), bot.rest.slash_command_builder
    await bot.rest.set_application_commands(
        application.id,
        [
            slash("selfrole", "Make a role and take it").add_option(options["name"]),
            slash("nick", "Rename a member").add_option(options["user"]).add_option(options["nickname"]),
            slash("roles", "A member's roles").add_option(options["user"]),
            slash("whois", "Find members by name").add_option(options["name"]),
            slash("kick", "Kick a member").add_option(options["user"]),
            slash("census", "Members and roles"),
            slash("promote", "Hoist a role and move it up").add_option(options["name"]),
            slash("droprole", "Give a role back and delete it").add_option(options["name"]),
        ],
    )


def option(interaction: hikari.CommandInteraction, name: str) -> typing.Any:
    return next((o.value for o in interaction.options if o.name == name), None)


def answer(interaction: hikari.CommandInteraction, content: str) -> typing.Any:
    return interaction.build_response().set_content(content)


def guild_of(interaction: hikari.CommandInteraction) -> hikari.Snowflake:
    return typing.cast("hikari.Snowflake", interaction.guild_id)


async def role_named(bot: hikari.RESTBot, guild_id: hikari.Snowflake, name: str) -> hikari.Role | None:
    return next((role for role in await bot.rest.fetch_roles(guild_id) if role.name == name), None)


async def on_selfrole(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    member = typing.cast("hikari.InteractionMember", interaction.member)
    role = await bot.rest.create_role(
        guild_of(interaction),
        name=option(interaction, "name"),
        colour=0x3498DB,
        mentionable=True,
        reason="/selfrole",
    )
    await member.add_role(role, reason="/selfrole")
    return answer(interaction, f"made {role.name} ({role.color.hex_code}) for {member.username}")


async def on_nick(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    member = await bot.rest.fetch_member(guild_of(interaction), option(interaction, "user"))
    try:
        member = await member.edit(nickname=option(interaction, "nickname"), reason="/nick")
    except hikari.ForbiddenError:
        return answer(interaction, f"I cannot rename {member.username}")
    return answer(interaction, f"{member.username} is now {member.display_name}")


async def on_roles(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    member = await bot.rest.fetch_member(guild_of(interaction), option(interaction, "user"))
    roles = await member.fetch_roles()
    return answer(interaction, f"{member.username}: {', '.join(role.name for role in roles)}")


async def on_whois(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    found = await bot.rest.search_members(guild_of(interaction), option(interaction, "name"))
    return answer(interaction, "found: " + (", ".join(m.display_name for m in found) or "nobody"))


async def on_kick(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    try:
        member = await bot.rest.fetch_member(guild_of(interaction), option(interaction, "user"))
        await member.kick(reason=f"/kick by {interaction.user.username}")
    except hikari.NotFoundError:
        return answer(interaction, "no such member")
    except hikari.ForbiddenError:
        return answer(interaction, "I cannot kick them")
    return answer(interaction, f"kicked {member.username}")


async def on_census(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    guild_id = guild_of(interaction)
    humans = await bot.rest.fetch_members(guild_id).filter(lambda member: not member.is_bot).count()
    counts = await bot.rest.fetch_role_member_counts(guild_id)
    roles = {role.id: role.name for role in await bot.rest.fetch_roles(guild_id)}
    held = ", ".join(f"{roles[role_id]}={count}" for role_id, count in sorted(counts.items()) if count)
    return answer(interaction, f"{humans} humans; {held}")


async def on_promote(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    guild_id = guild_of(interaction)
    role = await role_named(bot, guild_id, option(interaction, "name"))
    if role is None:
        return answer(interaction, "no such role")
    role = await bot.rest.edit_role(guild_id, role, hoist=True, name=role.name.upper(), reason="/promote")
    try:
        await bot.rest.reposition_roles(guild_id, {2: role}, reason="/promote")
    except hikari.ForbiddenError:
        return answer(interaction, f"{role.name} hoisted, but I cannot move it")
    moved = await bot.rest.fetch_role(guild_id, role.id)
    return answer(interaction, f"{moved.name} hoisted={moved.is_hoisted} at {moved.position}")


async def on_droprole(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    guild = await bot.rest.fetch_guild(guild_of(interaction))
    role = next(
        (role for role in await guild.fetch_roles() if role.name == option(interaction, "name")), None
    )
    if role is None:
        return answer(interaction, "no such role")
    member = typing.cast("hikari.InteractionMember", interaction.member)
    await member.remove_role(role, reason="/droprole")
    try:
        await bot.rest.delete_role(guild, role, reason="/droprole")
    except hikari.ForbiddenError:
        return answer(interaction, f"gave back {role.name}; I cannot delete it")
    return answer(interaction, f"deleted {role.name} from {guild.name}")


COMMANDS: typing.Final = {
    "selfrole": on_selfrole,
    "nick": on_nick,
    "roles": on_roles,
    "whois": on_whois,
    "kick": on_kick,
    "census": on_census,
    "promote": on_promote,
    "droprole": on_droprole,
}


def build_bot(token: str, public_key: str, rest_url: str) -> hikari.RESTBot:
    bot = hikari.RESTBot(token, "Bot", public_key=public_key, rest_url=rest_url, banner=None, logs=None)

    async def on_command(interaction: hikari.CommandInteraction) -> typing.Any:
        return await COMMANDS[interaction.command_name](bot, interaction)

    bot.set_listener(hikari.CommandInteraction, on_command)
    bot.add_startup_callback(register_commands)
    return bot
