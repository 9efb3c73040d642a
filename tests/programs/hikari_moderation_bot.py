# A moderation bot with a role menu, written against hikari 2.7's public API: `/ban user reason`,
# `/unban user`, `/bans`, `/timeout user minutes`, `/invite`, and `/rolemenu`, which posts a select
# menu whose choices add and remove the member's colour roles.
# The test runs this exact source with `import hikari` and with `import hikari_like as hikari`.
from __future__ import annotations

import datetime
import typing

import hikari  # the test rewrites this line for hikari_like

MENU_ROLES: typing.Final = ("blue", "green", "red")
"""The roles the menu offers, by name."""


def _options() -> dict[str, hikari.CommandOption]:
    option = hikari.CommandOption
    return {
        "user": option(type=hikari.OptionType.USER, name="user", description="Who", is_required=True),
        "reason": option(type=hikari.OptionType.STRING, name="reason", description="Why"),
        "minutes": option(
            type=hikari.OptionType.INTEGER, name="minutes", description="How long", is_required=True
        ),
    }


async def register_commands(bot: hikari.RESTBot) -> None:
    application = await bot.rest.fetch_application()
    options, slash = _options(), bot.rest.slash_command_builder
    await bot.rest.set_application_commands(
        application.id,
        [
            slash("ban", "Ban a user").add_option(options["user"]).add_option(options["reason"]),
            slash("unban", "Lift a ban").add_option(options["user"]),
            slash("bans", "The latest bans"),
            slash("timeout", "Time a member out").add_option(options["user"]).add_option(options["minutes"]),
            slash("invite", "A one-use invite to this channel"),
            slash("rolemenu", "Post the role menu"),
        ],
    )


def option(interaction: hikari.CommandInteraction, name: str) -> typing.Any:
    return next((o.value for o in interaction.options if o.name == name), None)


def quietly(bot: hikari.RESTBot, content: str) -> hikari.api.InteractionMessageBuilder:
    builder = bot.rest.interaction_message_builder(hikari.ResponseType.MESSAGE_CREATE)
    return builder.set_content(content).set_flags(hikari.MessageFlag.EPHEMERAL)


async def on_ban(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    guild_id, user_id = typing.cast("int", interaction.guild_id), option(interaction, "user")
    reason = f"{interaction.user.username}: {option(interaction, 'reason') or 'no reason'}"
    try:
        await bot.rest.ban_user(
            guild_id, user_id, delete_message_seconds=datetime.timedelta(days=1), reason=reason
        )
    except hikari.ForbiddenError:
        return quietly(bot, "I cannot ban them")
    ban = await bot.rest.fetch_ban(guild_id, user_id)
    return interaction.build_response().set_content(f"Banned {ban.user.username} ({ban.reason})")


async def on_unban(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    guild = await bot.rest.fetch_guild(typing.cast("int", interaction.guild_id))
    try:
        await guild.unban(option(interaction, "user"), reason=f"lifted by {interaction.user.username}")
    except hikari.NotFoundError:
        return quietly(bot, "they are not banned")
    return interaction.build_response().set_content(f"Unbanned them in {guild.name}")


async def on_bans(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    bans = await bot.rest.fetch_bans(typing.cast("int", interaction.guild_id), newest_first=True).limit(3)
    listed = ", ".join(f"{ban.user.username} ({ban.reason})" for ban in bans) or "nobody"
    return interaction.build_response().set_content(f"Latest bans: {listed}")


async def on_timeout(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    minutes = typing.cast("int", option(interaction, "minutes"))
    until = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=minutes)
    member = await bot.rest.edit_member(
        typing.cast("int", interaction.guild_id),
        option(interaction, "user"),
        communication_disabled_until=until,
        reason="/timeout",
    )
    timed_out = member.communication_disabled_until() is not None
    return interaction.build_response().set_content(f"{member.username} timed out: {timed_out}")


async def on_invite(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    invite = await bot.rest.create_invite(
        interaction.channel_id, max_age=datetime.timedelta(hours=1), max_uses=1, unique=True, reason="/invite"
    )
    return quietly(bot, f"https://discord.gg/{invite.code} ({invite.uses_left} use, {invite.max_age})")


async def menu_roles(bot: hikari.RESTBot, guild_id: hikari.Snowflake) -> list[hikari.Role]:
    roles = await bot.rest.fetch_roles(guild_id)
    return sorted((role for role in roles if role.name in MENU_ROLES), key=lambda role: role.name)


async def on_rolemenu(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    roles = await menu_roles(bot, typing.cast("hikari.Snowflake", interaction.guild_id))
    row = bot.rest.build_message_action_row()
    menu = row.add_text_menu("roles", placeholder="Pick your colours", min_values=0, max_values=len(roles))
    for role in roles:
        menu.add_option(role.name, str(role.id))
    return interaction.build_response().set_content(f"Pick your colours ({len(roles)})").add_component(row)


async def on_roles_chosen(bot: hikari.RESTBot, interaction: hikari.ComponentInteraction) -> typing.Any:
    guild_id, member = typing.cast("hikari.Snowflake", interaction.guild_id), interaction.member
    assert member is not None
    chosen, held = {int(value) for value in interaction.values}, set(member.role_ids)
    added, removed = [], []
    for role in await menu_roles(bot, guild_id):
        if role.id in chosen and role.id not in held:
            await bot.rest.add_role_to_member(guild_id, member.user, role, reason="role menu")
            added.append(role.name)
        elif role.id in held and role.id not in chosen:
            await bot.rest.remove_role_from_member(guild_id, member.user, role, reason="role menu")
            removed.append(role.name)
    return quietly(bot, f"added: {', '.join(added) or '-'}; removed: {', '.join(removed) or '-'}")


COMMANDS: typing.Final = {
    "ban": on_ban,
    "unban": on_unban,
    "bans": on_bans,
    "timeout": on_timeout,
    "invite": on_invite,
    "rolemenu": on_rolemenu,
}


def build_bot(token: str, public_key: str, rest_url: str) -> hikari.RESTBot:
    bot = hikari.RESTBot(token, "Bot", public_key=public_key, rest_url=rest_url, banner=None, logs=None)

    async def on_command(interaction: hikari.CommandInteraction) -> typing.Any:
        return await COMMANDS[interaction.command_name](bot, interaction)

    async def on_component(interaction: hikari.ComponentInteraction) -> typing.Any:
        return await on_roles_chosen(bot, interaction)

    bot.set_listener(hikari.CommandInteraction, on_command)
    bot.set_listener(hikari.ComponentInteraction, on_component)
    bot.add_startup_callback(register_commands)
    return bot
