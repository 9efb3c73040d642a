"""A hikari quiz runs unchanged on hikari's and on hikari_like's `GatewayBot`, connected to the
emulated gateway and emulated Discord, with the same outcomes and REST requests.

`tests/programs/hikari_quiz_bot.py` reads a channel's answers with `bot.stream(...)`, filtered by
channel and to humans, until one is right.
"""

from __future__ import annotations

import itertools
import typing

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import payloads
from hikari_like.testing.gateway import EmulatedGateway
from tests.gateway_programs import TOKEN
from tests.gateway_programs import Log
from tests.gateway_programs import run_on_gateway
from tests.test_error_reporter_program import AUTHOR
from tests.test_hikari_port import load_program
from tests.test_reaction_roles_program import PROGRAM as REACTION_ROLES

PROGRAM = REACTION_ROLES.with_name("hikari_quiz_bot.py")
OTHER_CHANNEL: typing.Final = "400000000000000077"
PLAYER_ID: typing.Final = 200000000000000042
PLAYER: typing.Final = {**AUTHOR, "id": str(PLAYER_ID), "username": "player"}
ANOTHER_BOT: typing.Final = {**AUTHOR, "id": "200000000000000099", "username": "robot", "bot": True}


async def play(discord: EmulatedDiscord, gateway: EmulatedGateway, log: Log) -> Log:
    numbers = itertools.count(900000000000000001)

    async def say(content: str, *, by: dict[str, typing.Any] = AUTHOR, channel: str | None = None) -> None:
        message = payloads.message_payload(
            str(next(numbers)),
            channel_id=channel or discord.channel_id,
            author=by,
            fields={"content": content},
            attachments=[],
        )
        await gateway.dispatch("MESSAGE_CREATE", {**message, "guild_id": discord.guild_id}, shard_id=0)

    async def noted(count: int) -> None:
        await gateway.wait_until(lambda: len(log) >= count, within=10)

    await say("!quiz")
    await noted(1)
    await say("41")
    await say("42", channel=OTHER_CHANNEL)  # another channel's message is no answer
    await say("42", by=ANOTHER_BOT)  # nor is a bot's
    await say("forty-two", by=PLAYER)
    await say("42", by=PLAYER)
    await noted(4)
    return log


async def run_program(library: str) -> tuple[Log, list[tuple[str, typing.Any]]]:
    """What the program noted, and the REST requests it sent (route and body), in order."""
    program = load_program(library, PROGRAM)

    def build(discord: EmulatedDiscord, gateway: EmulatedGateway) -> tuple[typing.Any, typing.Any]:
        bot, log = program.build_bot(TOKEN, discord.url)
        return bot, lambda: play(discord, gateway, log)

    return await run_on_gateway(build)


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_quiz_reads_answers_from_its_channel_until_one_is_right(library: str) -> None:
    log, requests = await run_program(library)

    assert log == [
        ("asked",),
        ("wrong", "41"),
        ("wrong", "forty-two"),
        ("solved", PLAYER_ID, 2),
    ]
    assert [body["content"] for route, body in requests if route.startswith("POST")] == [
        "What is 6 x 7?",
        f"<@{PLAYER_ID}> got it after 2 wrong answers",
    ]


async def test_both_libraries_run_the_quiz_alike() -> None:
    assert await run_program("hikari_like") == await run_program("hikari")
