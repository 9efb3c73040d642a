"""A hikari quiz runs unchanged on hikari's and on hikari_like's `GatewayBot`, connected to the
emulated gateway and emulated Discord, with the same outcomes and REST requests.

`tests/programs/hikari_quiz_bot.py` reads a channel's answers with `bot.stream(...)`, filtered by
channel and to humans, until one is right.
"""

from __future__ import annotations

import typing

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from tests.gateway_programs import AUTHOR
from tests.gateway_programs import Log
from tests.gateway_programs import Messages
from tests.gateway_programs import run_program_file

OTHER_CHANNEL: typing.Final = "400000000000000077"
PLAYER_ID: typing.Final = 200000000000000042
PLAYER: typing.Final = {**AUTHOR, "id": str(PLAYER_ID), "username": "player"}
ANOTHER_BOT: typing.Final = {**AUTHOR, "id": "200000000000000099", "username": "robot", "bot": True}


async def play(discord: EmulatedDiscord, gateway: EmulatedGateway, log: Log) -> Log:
    messages = Messages(discord, gateway)

    async def noted(count: int) -> None:
        await gateway.wait_until(lambda: len(log) >= count, within=10)

    await messages.say("!quiz")
    await noted(1)
    await messages.say("41")
    await messages.say("42", channel_id=OTHER_CHANNEL)  # another channel's message is no answer
    await messages.say("42", by=ANOTHER_BOT)  # nor is a bot's
    await messages.say("forty-two", by=PLAYER)
    await messages.say("42", by=PLAYER)
    await noted(4)
    return log


async def run_program(library: str) -> tuple[Log, list[tuple[str, typing.Any]]]:
    """What the program noted, and the REST requests it sent (route and body), in order."""
    return await run_program_file(library, "hikari_quiz_bot.py", play)


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
