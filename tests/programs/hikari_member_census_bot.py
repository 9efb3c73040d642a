# A member census on the gateway, written against hikari 2.7's public API: `!census` asks the gateway
# for every member (opcode 8) and counts people and bots from the MemberChunkEvents of its nonce;
# `!find <name>` searches members by name. The test runs this exact source with `import hikari`
# and with `import hikari_like as hikari`.
from __future__ import annotations

import typing

import hikari  # the test rewrites this line for hikari_like


def build_bot(token: str, rest_url: str) -> tuple[hikari.GatewayBot, list[tuple[typing.Any, ...]]]:
    intents = hikari.Intents.GUILD_MEMBERS | hikari.Intents.GUILD_MESSAGES | hikari.Intents.MESSAGE_CONTENT
    bot = hikari.GatewayBot(token, rest_url=rest_url, intents=intents, banner=None, logs=None)
    log: list[tuple[typing.Any, ...]] = []

    async def members_of(
        guild_id: hikari.Snowflake, nonce: str, **request: typing.Any
    ) -> list[hikari.Member]:
        found: list[hikari.Member] = []
        with bot.stream(hikari.MemberChunkEvent, timeout=30).filter(("nonce", nonce)) as chunks:
            await bot.request_guild_members(guild_id, nonce=nonce, **request)
            async for chunk in chunks:
                found.extend(chunk)
                log.append(("chunk", chunk.chunk_index, chunk.chunk_count, len(chunk)))
                if chunk.chunk_index == chunk.chunk_count - 1:
                    break
        return found

    @bot.listen()
    async def census(event: hikari.GuildMessageCreateEvent) -> None:
        if event.content == "!census":
            members = await members_of(event.guild_id, f"census-{event.message_id}")
            bots = sum(member.is_bot for member in members)
            summary = f"{len(members) - bots} people and {bots} bots"
            await bot.rest.create_message(event.channel_id, summary)
            log.append(("census", summary))
        elif event.content and event.content.startswith("!find "):
            name = event.content.removeprefix("!find ")
            members = await members_of(event.guild_id, f"find-{event.message_id}", query=name, limit=5)
            names = sorted(member.display_name for member in members)
            await bot.rest.create_message(event.channel_id, ", ".join(names) or "nobody")
            log.append(("found", names))

    return bot, log
