# A housekeeping bot on the gateway, written against hikari 2.7's public API: when it joins a guild
# it DMs the guild's owner and tidies its application commands (drops a retired one, rewords
# another); it DMs each new member a welcome. All of it through the models' own methods.
# The test runs this exact source with `import hikari` and with `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like


def build_bot(token: str, rest_url: str) -> tuple[hikari.GatewayBot, list[tuple[typing.Any, ...]]]:
    intents = hikari.Intents.ALL_UNPRIVILEGED | hikari.Intents.GUILD_MEMBERS
    bot = hikari.GatewayBot(token, rest_url=rest_url, intents=intents, banner=None, logs=None)
    log: list[tuple[typing.Any, ...]] = []

    @bot.listen()
    async def joined(event: hikari.GuildJoinEvent) -> None:
        owner = await event.guild.fetch_owner()
        await owner.send(f"Thanks for adding me to {event.guild.name}!")
        rules = await event.guild.fetch_rules_channel()
        log.append(("owner", owner.username, None if rules is None else rules.name))

        application = await bot.rest.fetch_application()
        for command in await bot.rest.fetch_application_commands(application.id):
            if command.name == "retired":
                await command.delete()
                log.append(("deleted", command.name))
            elif isinstance(command, hikari.SlashCommand):
                renamed = await command.edit(description=f"{command.description} (v2)")
                assert isinstance(renamed, hikari.SlashCommand)
                log.append(("edited", renamed.name, renamed.description))

    @bot.listen()
    async def welcome(event: hikari.MemberCreateEvent) -> None:
        channel = await event.member.fetch_dm_channel()
        message = await event.member.send("Welcome! Read the rules first.")
        log.append(("welcomed", event.member.username, message.channel_id == channel.id))

    return bot, log
