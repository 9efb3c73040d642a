"""A hikari program that replays archived Discord JSON through its REST client's entity factory runs
unchanged on hikari and on hikari_like against the emulated Discord, with the same outcomes and the
same requests.

`tests/programs/hikari_entity_factory_bot.py` reads a stored message, member and role into models,
serializes a permission overwrite, quotes the message with a stored embed into a channel, fetches
the quote back and serializes its embed.
"""

from __future__ import annotations

import pathlib
import typing

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from tests.test_hikari_port import load_program

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_entity_factory_bot.py"
# hikari_like adds a nonce to every new message so that a retry cannot post it twice; hikari does not.
_RETRY_SAFETY: typing.Final = frozenset({"nonce", "enforce_nonce"})


def _comparable(body: typing.Any) -> typing.Any:
    if not isinstance(body, dict):
        return body
    return {key: value for key, value in body.items() if key not in _RETRY_SAFETY}


async def run_against_emulator(library: str) -> tuple[dict[str, typing.Any], list[typing.Any]]:
    program = load_program(library, PROGRAM)
    async with EmulatedDiscord() as discord:
        outcome = await program.run(
            discord.url, discord.token, int(discord.guild_id), int(discord.channel_id)
        )
        sent = [(request.route, _comparable(request.json)) for request in discord.requests]
    return outcome, sent


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_program_has_the_expected_outcome(library: str) -> None:
    outcome, _ = await run_against_emulator(library)

    assert outcome == {
        "message": (334385199974967042, "nelly", "buy cheap nitro at totally-legit.example", True),
        "member": ("nelly the spammer", "nelly", True, True),
        "role": ("Muted", "#99AAB5", 1),
        "overwrite": {"id": "41771983423143936", "type": 0, "allow": "0", "deny": "2112"},
        "quote": "> buy cheap nitro at totally-legit.example\n— <@80351110224678912>",
        "embed": ("Report", 0xE74C3C, [("Reporter", "kat")]),
        "embed_json": {
            "title": "Report",
            "description": "Spam link",
            "color": 0xE74C3C,
            "fields": [{"name": "Reporter", "value": "kat", "inline": True}],
            "footer": {"text": "case 12"},
        },
        "embed_attachments": 0,
    }


async def test_both_libraries_send_the_same_requests() -> None:
    _, with_hikari = await run_against_emulator("hikari")
    _, with_hikari_like = await run_against_emulator("hikari_like")

    assert [route for route, _ in with_hikari_like] == [route for route, _ in with_hikari]
    assert with_hikari_like == with_hikari
