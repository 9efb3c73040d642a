# An info bot, written against hikari 2.7's public API: `/info user` fetches the user, sends them a
# DM, and answers with their avatar URL and account age; `/whoami` shows the bot's own account.
# The test runs this exact source with `import hikari` and with `import hikari_like as hikari`.
from __future__ import annotations

import datetime
import typing

import hikari  # the test rewrites this line for hikari_like

DMS: list[tuple[int, int]] = []
"""(user ID, DM channel ID) of every DM sent."""


async def register_commands(bot: hikari.RESTBot) -> None:
    application = await bot.rest.fetch_application()
    who = hikari.CommandOption(type=hikari.OptionType.USER, name="user", description="Who", is_required=True)
    await bot.rest.set_application_commands(
        application.id,
        [
            bot.rest.slash_command_builder("info", "About a user").add_option(who),
            bot.rest.slash_command_builder("whoami", "About this bot"),
        ],
    )


def account_age(user: hikari.User, now: datetime.datetime) -> str:
    years = (
        now.year
        - user.created_at.year
        - ((now.month, now.day) < (user.created_at.month, user.created_at.day))
    )
    return f"{years} years (since {user.created_at.date().isoformat()})"


def card(bot: hikari.RESTBot, content: str, link: str) -> hikari.api.InteractionMessageBuilder:
    row = bot.rest.build_message_action_row().add_link_button(link, label="Avatar")
    return (
        bot.rest.interaction_message_builder(hikari.ResponseType.MESSAGE_CREATE)
        .set_content(content)
        .add_component(row)
    )


async def on_info(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    user_id = interaction.options[0].value
    try:
        user = await bot.rest.fetch_user(typing.cast("int", user_id))
    except hikari.NotFoundError:
        return (
            interaction.build_response().set_content("no such user").set_flags(hikari.MessageFlag.EPHEMERAL)
        )
    avatar = user.display_avatar_url
    age = account_age(user, datetime.datetime.now(datetime.UTC))
    message = await user.send(f"Hello {user.username}, someone looked up your card.")
    DMS.append((int(user.id), int(message.channel_id)))
    dm = await user.fetch_dm_channel()
    return card(
        bot, f"{user.username}: {age}; avatar {avatar}; dm {dm.id == message.channel_id}", str(avatar)
    )


async def on_whoami(bot: hikari.RESTBot) -> typing.Any:
    me = await bot.rest.fetch_my_user()
    kind = "own user" if isinstance(me, hikari.OwnUser) else "user"
    return bot.rest.interaction_message_builder(hikari.ResponseType.MESSAGE_CREATE).set_content(
        f"{me.username} ({kind}, bot={me.is_bot}, mfa={me.is_mfa_enabled})"
    )


def build_bot(token: str, public_key: str, rest_url: str) -> hikari.RESTBot:
    bot = hikari.RESTBot(token, "Bot", public_key=public_key, rest_url=rest_url, banner=None, logs=None)

    async def on_command(interaction: hikari.CommandInteraction) -> typing.Any:
        if interaction.command_name == "whoami":
            return await on_whoami(bot)
        return await on_info(bot, interaction)

    bot.set_listener(hikari.CommandInteraction, on_command)
    bot.add_startup_callback(register_commands)
    return bot
