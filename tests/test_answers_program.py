"""A hikari program answering with polls (returned, over REST, in a followup) and LAUNCH_ACTIVITY
runs unchanged on hikari and on hikari_like against the emulated Discord, with the same outcome."""

from __future__ import annotations

import asyncio
import pathlib
import typing

import pytest

from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from tests.backends import free_port
from tests.test_hikari_port import load_program

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_answers_bot.py"


async def run_program(library: str, discord: EmulatedDiscord) -> dict[str, typing.Any]:
    program = load_program(library, PROGRAM)
    bot = program.build_bot(discord.token, discord.key_pair.public_key_hex, discord.url)
    port = free_port()
    await bot.start(host="127.0.0.1", port=port, check_for_updates=False)
    url = f"http://127.0.0.1:{port}/"
    try:
        vote = await discord.send_interaction(url, payloads.slash_command("vote"))
        ask = await discord.send_interaction(url, ask_payload := payloads.slash_command("ask"))
        play = await discord.send_interaction(url, play_payload := payloads.slash_command("play"))
        for _ in range(
            250
        ):  # the followup is sent after the answer; wait for it, without a deadline to assert
            if len(program.ANSWERS) == 2:
                break
            await asyncio.sleep(0.02)
    finally:
        await bot.close()
    asked = discord.interaction_responses[ask_payload["token"]].data or {}
    played = discord.interaction_responses[play_payload["token"]]
    return {
        "vote": (vote.status, vote.json()["type"], vote.json()["data"]["poll"]),
        "ask": (ask.status, asked.get("content"), asked.get("poll")),
        "play": (play.status, played.type),
        "play_data": played.data,
        "answers": sorted(program.ANSWERS, key=str),
    }


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_program_answers_alike(library: str, discord: EmulatedDiscord) -> None:
    outcome = await run_program(library, discord)

    poll = {
        "question": {"text": "Lunch?"},
        "answers": [{"poll_media": {"text": "Pizza"}}, {"poll_media": {"text": "Soup"}}],
        "duration": 4,
        "allow_multiselect": False,
    }
    assert outcome == {
        "vote": (200, 4, poll),
        "ask": (204, "asked", poll),
        "play": (204, 12),
        "play_data": outcome["play_data"],
        "answers": [("activity", 12, True, True), ("followup poll", "Lunch?")],
    }
    # LAUNCH_ACTIVITY has no data; hikari sends `allowed_mentions` with it anyway, hikari_like nothing.
    assert outcome["play_data"] == ({"allowed_mentions": {"parse": []}} if library == "hikari" else None)
