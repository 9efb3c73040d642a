# A quiz on the gateway, written against hikari 2.7's public API: `!quiz` asks a question, then reads
# the channel's answers with `bot.stream(...)` until someone answers right, counting wrong answers
# and ignoring other channels and bots. The test runs this exact source with `import hikari` and
# with `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like


def build_bot(token: str, rest_url: str) -> tuple[hikari.GatewayBot, list[tuple[typing.Any, ...]]]:
    intents = hikari.Intents.GUILD_MESSAGES | hikari.Intents.MESSAGE_CONTENT
    bot = hikari.GatewayBot(token, rest_url=rest_url, intents=intents, banner=None, logs=None)
    log: list[tuple[typing.Any, ...]] = []

    @bot.listen()
    async def quiz(event: hikari.GuildMessageCreateEvent) -> None:
        if event.content != "!quiz":
            return
        wrong = 0
        answers = bot.stream(hikari.GuildMessageCreateEvent, timeout=30).filter(
            ("channel_id", event.channel_id), lambda answer: not answer.is_bot
        )
        with answers:  # listening before asking, so no answer is missed
            await bot.rest.create_message(event.channel_id, "What is 6 x 7?")
            log.append(("asked",))
            async for answer in answers:
                if answer.content == "42":
                    await bot.rest.create_message(
                        event.channel_id, f"<@{answer.author_id}> got it after {wrong} wrong answers"
                    )
                    log.append(("solved", int(answer.author_id), wrong))
                    return
                wrong += 1
                log.append(("wrong", answer.content))

    return bot, log
