# A stage announcer on the gateway, written against hikari 2.7's public API: it announces each stage
# going live and ending in the announcements channel, notes topic changes, and notes when a guild
# changes who may use one of its commands. hikari has these events only in `hikari.events`.
# The test runs this exact source with `import hikari` and with `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like


def build_bot(
    token: str, rest_url: str, *, announcements_channel_id: int
) -> tuple[hikari.GatewayBot, list[tuple[typing.Any, ...]]]:
    bot = hikari.GatewayBot(token, rest_url=rest_url, intents=hikari.Intents.GUILDS, banner=None, logs=None)
    log: list[tuple[typing.Any, ...]] = []

    @bot.listen()
    async def live(event: hikari.events.StageInstanceCreateEvent) -> None:
        stage = event.stage_instance
        message = await bot.rest.create_message(
            announcements_channel_id, f"Live now in <#{stage.channel_id}>: {stage.topic}"
        )
        log.append(("live", int(stage.id), message.content))

    @bot.listen()
    async def retitled(event: hikari.events.StageInstanceUpdateEvent) -> None:
        log.append(("topic", event.stage_instance.topic, event.stage_instance.privacy_level.name))

    @bot.listen()
    async def ended(event: hikari.events.StageInstanceDeleteEvent) -> None:
        await bot.rest.create_message(announcements_channel_id, f"{event.stage_instance.topic} has ended")
        log.append(("ended", int(event.stage_instance.id)))

    @bot.listen(hikari.events.ApplicationCommandPermissionsUpdateEvent)
    async def permissions_changed(event: hikari.events.ApplicationCommandPermissionsUpdateEvent) -> None:
        overwrites = [(int(p.id), p.type.name, p.has_access) for p in event.permissions.permissions]
        log.append(("permissions", int(event.permissions.command_id), overwrites))

    return bot, log
