"""A hikari program with a poll and a forward runs unchanged on hikari and on hikari_like against the
emulated Discord, with the same outcomes and the same requests."""

from __future__ import annotations

import pathlib
import typing

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from tests.test_hikari_port import load_program

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_polls_messages.py"
VOTERS = (301, 302, 303)


async def run_against_emulator(library: str) -> tuple[dict[str, typing.Any], list[typing.Any]]:
    program = load_program(library, PROGRAM)
    async with EmulatedDiscord() as discord:
        for user_id in VOTERS:
            discord.add_user(f"voter-{user_id}", user_id=user_id)

        def let_users_vote(message_id: int) -> None:
            for user_id, answer in zip(VOTERS, (1, 1, 2), strict=True):
                discord.cast_poll_vote(discord.channel_id, message_id, user_id, answer)

        outcome = await program.run(discord.url, discord.token, int(discord.channel_id), let_users_vote)
        sent = [(request.route, request.json.get("poll")) for request in discord.requests if request.json]
    return outcome, sent


@pytest.fixture(scope="module")
def reference() -> dict[str, typing.Any]:
    return {
        "question": "Tea or coffee?",
        "answers": [(1, "Tea"), (2, "Coffee")],
        "emoji": "🍵",
        "multiselect": False,
        "has_expiry": True,
        "voters": [301, 302],
        "finalized": True,
        "counts": [(1, 2), (2, 1)],
        "note_file": "SPOILER_notes.txt",
        "forward_type": 1,
        "forwarded_id": True,
        "snapshot_content": "pass it on",
        "snapshot_files": ["SPOILER_notes.txt"],
    }


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_program_has_the_expected_outcome(library: str, reference: dict[str, typing.Any]) -> None:
    outcome, _ = await run_against_emulator(library)

    assert outcome == reference


async def test_both_libraries_send_the_same_polls() -> None:
    _, with_hikari = await run_against_emulator("hikari")
    _, with_hikari_like = await run_against_emulator("hikari_like")

    assert [poll for _, poll in with_hikari] == [poll for _, poll in with_hikari_like]
    assert [route for route, _ in with_hikari] == [route for route, _ in with_hikari_like]
