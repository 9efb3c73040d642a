# A community bot written against hikari 2.7's public API, answering slash commands as a RESTBot:
# `/purge count` deletes the channel's latest messages, `/poll-react question [extra]` posts a
# question and reacts with its choices, `/thread topic` opens a thread on a message and adds the
# caller, `/announce text` speaks through a short-lived webhook under another name and avatar.
# The test runs this exact source with `import hikari` and with `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like

CHOICES: typing.Final = ("1️⃣", "2️⃣", "3️⃣")
"""The reactions every poll gets, in order."""
HERALD: typing.Final = ("Herald", "https://example.com/herald.png")
"""The name and avatar `/announce` speaks with."""


def _options() -> dict[str, hikari.CommandOption]:
    option = hikari.CommandOption
    return {
        "count": option(
            type=hikari.OptionType.INTEGER,
            name="count",
            description="How many",
            is_required=True,
            min_value=1,
            max_value=100,
        ),
        "question": option(
            type=hikari.OptionType.STRING, name="question", description="What to ask", is_required=True
        ),
        "extra": option(type=hikari.OptionType.STRING, name="extra", description="One more emoji"),
        "topic": option(type=hikari.OptionType.STRING, name="topic", description="About", is_required=True),
        "text": option(type=hikari.OptionType.STRING, name="text", description="What", is_required=True),
    }


async def register_commands(bot: hikari.RESTBot) -> None:
    application = await bot.rest.fetch_application()
    options, slash = _options(), bot.rest.slash_command_builder
    await bot.rest.set_application_commands(
        application.id,
        [
            slash("purge", "Delete the latest messages").add_option(options["count"]),
            slash("poll-react", "Ask with reactions")
            .add_option(options["question"])
            .add_option(options["extra"]),
            slash("thread", "Open a thread").add_option(options["topic"]),
            slash("announce", "Announce as the herald").add_option(options["text"]),
        ],
    )


def option(interaction: hikari.CommandInteraction, name: str) -> typing.Any:
    return next((o.value for o in interaction.options if o.name == name), None)


def quietly(bot: hikari.RESTBot, content: str) -> hikari.api.InteractionMessageBuilder:
    builder = bot.rest.interaction_message_builder(hikari.ResponseType.MESSAGE_CREATE)
    return builder.set_content(content).set_flags(hikari.MessageFlag.EPHEMERAL)


async def on_purge(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    count = typing.cast("int", option(interaction, "count"))
    latest = await bot.rest.fetch_messages(interaction.channel_id).limit(count)
    try:
        await bot.rest.delete_messages(
            interaction.channel_id, latest, reason=f"/purge by {interaction.user.id}"
        )
    except hikari.BulkDeleteError as error:
        return quietly(bot, f"Purged {len(error.deleted_messages)} of {len(latest)} messages")
    return quietly(bot, f"Purged {len(latest)} messages: {', '.join(m.content or '-' for m in latest)}")


async def on_poll_react(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    extra = option(interaction, "extra")
    emojis: list[str | hikari.Emoji] = [*CHOICES, *([hikari.Emoji.parse(extra)] if extra else [])]
    asked = await bot.rest.create_message(interaction.channel_id, f"📊 {option(interaction, 'question')}")
    for emoji in emojis:
        await bot.rest.add_reaction(interaction.channel_id, asked, emoji)
    first = await bot.rest.fetch_reactions_for_emoji(interaction.channel_id, asked, CHOICES[0])
    # The bot's own reaction is a placeholder: take it back from the last choice to show removal.
    await bot.rest.delete_my_reaction(interaction.channel_id, asked, emojis[-1])
    again = await bot.rest.fetch_message(interaction.channel_id, asked)
    shown = " ".join(f"{reaction.emoji}={reaction.count}" for reaction in again.reactions)
    names = ", ".join(user.username for user in first)
    return interaction.build_response().set_content(f"Poll posted: {shown} (first choice: {names})")


async def on_thread(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    topic = typing.cast("str", option(interaction, "topic"))
    starter = await bot.rest.create_message(interaction.channel_id, f"Let's talk about {topic}")
    thread = await bot.rest.create_message_thread(interaction.channel_id, starter, topic, reason="/thread")
    await bot.rest.add_thread_member(thread, interaction.user)
    members = await bot.rest.fetch_thread_members(thread)
    caller_in = any(member.user_id == interaction.user.id for member in members)
    return interaction.build_response().set_content(
        f"Thread {thread.name}: {len(members)} members, caller in: {caller_in}"
    )


async def on_announce(bot: hikari.RESTBot, interaction: hikari.CommandInteraction) -> typing.Any:
    name, avatar = HERALD
    webhook = await bot.rest.create_webhook(interaction.channel_id, "announcer", reason="/announce")
    try:
        said = await bot.rest.execute_webhook(
            webhook,
            typing.cast("str", webhook.token),
            option(interaction, "text"),
            username=name,
            avatar_url=avatar,
        )
    finally:
        await bot.rest.delete_webhook(webhook, reason="/announce done")
    return quietly(
        bot, f"{said.author.username} said: {said.content} (webhook {said.webhook_id == webhook.id})"
    )


COMMANDS: typing.Final = {
    "purge": on_purge,
    "poll-react": on_poll_react,
    "thread": on_thread,
    "announce": on_announce,
}


def build_bot(token: str, public_key: str, rest_url: str) -> hikari.RESTBot:
    bot = hikari.RESTBot(token, "Bot", public_key=public_key, rest_url=rest_url, banner=None, logs=None)

    async def on_command(interaction: hikari.CommandInteraction) -> typing.Any:
        return await COMMANDS[interaction.command_name](bot, interaction)

    bot.set_listener(hikari.CommandInteraction, on_command)
    bot.add_startup_callback(register_commands)
    return bot
