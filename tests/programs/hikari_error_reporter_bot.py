# An error reporter on the gateway, written against hikari 2.7's public API: a `!half N` command
# that fails on bad input, a listener that fails on its first try, and one `ExceptionEvent`
# listener that reports every failure in a log channel and retries the listener that only lost
# its connection. A report that itself fails is logged by the library and not reported again.
# The test runs this exact source with `import hikari` and with `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like


def build_bot(
    token: str, rest_url: str, *, log_channel_id: int
) -> tuple[hikari.GatewayBot, list[tuple[typing.Any, ...]]]:
    intents = hikari.Intents.GUILD_MESSAGES | hikari.Intents.MESSAGE_CONTENT
    bot = hikari.GatewayBot(token, rest_url=rest_url, intents=intents, banner=None, logs=None)
    log: list[tuple[typing.Any, ...]] = []
    tries: dict[int, int] = {}

    @bot.listen()
    async def halve(event: hikari.GuildMessageCreateEvent) -> None:
        if event.content and event.content.startswith("!half "):
            log.append(("half", int(event.content.removeprefix("!half ")) / 2))  # ValueError on "!half two"

    @bot.listen()
    async def sync_profile(event: hikari.GuildMessageCreateEvent) -> None:
        if event.content != "!sync":
            return
        tries[event.message_id] = tries.get(event.message_id, 0) + 1
        if tries[event.message_id] == 1:
            raise ConnectionResetError("profile service went away")
        log.append(("synced", tries[event.message_id]))

    @bot.listen(hikari.ExceptionEvent)
    async def report(event: hikari.ExceptionEvent[typing.Any]) -> None:
        failed = event.failed_event
        listener = getattr(event.failed_callback, "__name__", "?")
        if isinstance(failed, hikari.ExceptionEvent):
            log.append(("reported a report", listener))  # never: a failing report is not dispatched again
            return
        if failed.content == "!half boom":
            raise RuntimeError("the reporter itself fails")
        error_type, error, _ = event.exc_info
        report = f"`{listener}` failed on {type(failed).__name__}: {error_type.__name__}"
        await bot.rest.create_message(log_channel_id, report)
        log.append(
            ("error", listener, error_type.__name__, str(error), event.shard is not None, event.app is bot)
        )
        if isinstance(error, ConnectionError):
            await event.retry()

    return bot, log
