# A welcome bot on the gateway, written against hikari 2.7's public API: it greets each new member
# in the welcome channel, and notes the guild it joined, member changes and departures, bans
# (with their reason, fetched over REST), unbans and roles.
# The test runs this exact source with `import hikari` and with `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like


def build_bot(
    token: str, rest_url: str, *, welcome_channel_id: int
) -> tuple[hikari.GatewayBot, list[tuple[typing.Any, ...]]]:
    intents = hikari.Intents.ALL_UNPRIVILEGED | hikari.Intents.GUILD_MEMBERS
    bot = hikari.GatewayBot(token, rest_url=rest_url, intents=intents, banner=None, logs=None)
    log: list[tuple[typing.Any, ...]] = []

    @bot.listen()
    async def joined(event: hikari.GuildJoinEvent) -> None:
        everyone = event.roles[event.guild_id]
        log.append(("joined", event.guild.name, sorted(event.members), everyone.name))

    @bot.listen()
    async def greet(event: hikari.MemberCreateEvent) -> None:
        if event.user.is_bot:
            log.append(("ignored bot", int(event.user_id)))
            return
        message = await bot.rest.create_message(
            welcome_channel_id,
            f"Welcome to the server, {event.member.mention}!",
            user_mentions=[event.user_id],
        )
        log.append(("greeted", int(event.user_id), message.content))

    @bot.listen()
    async def renamed(event: hikari.MemberUpdateEvent) -> None:
        log.append(("updated", int(event.user_id), event.member.display_name))

    @bot.listen()
    async def left(event: hikari.MemberDeleteEvent) -> None:
        log.append(("left", event.user.username))

    @bot.listen()
    async def banned(event: hikari.BanCreateEvent) -> None:
        ban = await event.fetch_ban()
        log.append(("banned", int(event.user_id), ban.reason))

    @bot.listen()
    async def unbanned(event: hikari.BanDeleteEvent) -> None:
        log.append(("unbanned", int(event.user_id)))

    @bot.listen()
    async def role_made(event: hikari.RoleCreateEvent) -> None:
        log.append(("role", event.role.name, event.role.is_mentionable))

    @bot.listen()
    async def role_gone(event: hikari.RoleDeleteEvent) -> None:
        log.append(("role deleted", int(event.role_id)))

    return bot, log
