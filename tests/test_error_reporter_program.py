"""A hikari error reporter runs unchanged on hikari's and on hikari_like's `GatewayBot`, connected
to the emulated gateway and emulated Discord, with the same outcomes and REST requests.

`tests/programs/hikari_error_reporter_bot.py` listens to `hikari.ExceptionEvent`: it reports a
failing `!half N` in a log channel, retries a listener that lost its connection
(`ExceptionEvent.retry()`), and has a report that itself fails, which neither library dispatches
again.
"""

from __future__ import annotations

import typing

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from tests.gateway_programs import Log
from tests.gateway_programs import Messages
from tests.gateway_programs import run_program_file


async def play(discord: EmulatedDiscord, gateway: EmulatedGateway, log: Log) -> Log:
    messages = Messages(discord, gateway)

    async def say(content: str, *, notes: int) -> None:
        before = len(log)
        await messages.say(content)
        await gateway.wait_until(lambda: len(log) >= before + notes, within=10)

    await say("!half 8", notes=1)
    await say("!half two", notes=1)  # halve raises; the report is the note
    await say("!sync", notes=2)  # the report, then the retry's success
    await say("!half boom", notes=0)  # halve raises, and so does its report
    await say("!half 5", notes=1)
    return log


async def run_program(library: str) -> tuple[Log, list[tuple[str, typing.Any]]]:
    """What the program noted, and the REST requests it sent (route and body), in order."""
    return await run_program_file(
        library,
        "hikari_error_reporter_bot.py",
        play,
        lambda discord: {"log_channel_id": int(discord.channel_id)},
    )


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_failures_are_reported_retried_and_a_failing_report_is_not_dispatched_again(
    library: str,
) -> None:
    log, requests = await run_program(library)

    value_error = "invalid literal for int() with base 10: 'two'"
    assert log == [
        ("half", 4.0),
        ("error", "halve", "ValueError", value_error, True, True),
        ("error", "sync_profile", "ConnectionResetError", "profile service went away", True, True),
        ("synced", 2),
        ("half", 2.5),
    ]
    assert [body["content"] for route, body in requests if route.startswith("POST")] == [
        "`halve` failed on GuildMessageCreateEvent: ValueError",
        "`sync_profile` failed on GuildMessageCreateEvent: ConnectionResetError",
    ]


async def test_both_libraries_note_the_same_failures_and_send_the_same_requests() -> None:
    assert await run_program("hikari_like") == await run_program("hikari")
