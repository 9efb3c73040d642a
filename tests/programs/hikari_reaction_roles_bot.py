# A reaction-roles bot on the gateway, written against hikari 2.7's public API: a 👍 on the roles
# message gives the role, taking it back removes it; it greets new threads, notes edits, deletes,
# cleared reactions, typing and poll votes, and checks a webhook change over REST.
# The test runs this exact source with `import hikari` and with `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like

THUMBS_UP = "👍"


def build_bot(
    token: str, rest_url: str, *, roles_message_id: int, role_id: int
) -> tuple[hikari.GatewayBot, list[tuple[typing.Any, ...]]]:
    bot = hikari.GatewayBot(
        token, rest_url=rest_url, intents=hikari.Intents.ALL_UNPRIVILEGED, banner=None, logs=None
    )
    log: list[tuple[typing.Any, ...]] = []

    @bot.listen()
    async def give_role(event: hikari.GuildReactionAddEvent) -> None:
        if event.message_id != roles_message_id or not event.is_for_emoji(THUMBS_UP) or event.member.is_bot:
            log.append(("ignored", event.emoji_name, event.emoji_id))
            return
        await bot.rest.add_role_to_member(event.guild_id, event.user_id, role_id, reason="reaction role")
        log.append(("given", int(event.user_id), event.member.display_name))

    @bot.listen()
    async def take_role(event: hikari.GuildReactionDeleteEvent) -> None:
        if event.message_id == roles_message_id and event.is_for_emoji(THUMBS_UP):
            await bot.rest.remove_role_from_member(event.guild_id, event.user_id, role_id, reason="unreacted")
            member = await bot.rest.fetch_member(event.guild_id, event.user_id)
            log.append(("taken", int(event.user_id), role_id in member.role_ids))

    @bot.listen()
    async def cleared(event: hikari.ReactionDeleteAllEvent) -> None:
        log.append(("cleared", type(event).__name__, int(event.message_id)))

    @bot.listen()
    async def edited(event: hikari.MessageUpdateEvent) -> None:
        log.append(("edited", type(event).__name__, event.content, event.is_human, event.old_message))

    @bot.listen()
    async def deleted(event: hikari.MessageDeleteEvent) -> None:
        log.append(("deleted", type(event).__name__, int(event.message_id), event.old_message))

    @bot.listen()
    async def welcome(event: hikari.GuildThreadCreateEvent) -> None:
        message = await bot.rest.create_message(event.thread_id, f"Welcome to {event.thread.name}!")
        log.append(("welcomed", event.thread.name, message.content))

    @bot.listen()
    async def typing_started(event: hikari.TypingEvent) -> None:
        log.append(("typing", type(event).__name__, int(event.user_id), event.timestamp.year))

    @bot.listen()
    async def voted(event: hikari.PollVoteCreateEvent) -> None:
        log.append(("voted", int(event.user_id), event.answer_id))

    @bot.listen()
    async def webhooks_changed(event: hikari.WebhookUpdateEvent) -> None:
        hooks = await event.fetch_channel_webhooks()
        log.append(("webhooks", sorted(hook.name for hook in hooks)))

    return bot, log
