"""A hikari events-and-stage program runs unchanged on hikari and on hikari_like against the
emulated Discord, with the same outcomes and the same requests.

`tests/programs/hikari_events_bot.py` schedules an external and a stage event, lists them and the
users interested, opens the stage for the stage event (which starts it), invites a speaker and
moves itself to the audience, reads both voice states, edits and ends the stage, renames and
deletes an event.
"""

from __future__ import annotations

import pathlib
import re
import typing

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import routes_scheduled_events
from tests.test_hikari_port import load_program

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_events_bot.py"
SPEAKER, FAN = 4242, 4343
USER_PAGES: typing.Final = "GET /guilds/{guild}/scheduled-events/{event}/users"
_ID: typing.Final = re.compile(r"^[0-9]{17,20}$")


async def run_against_emulator(library: str) -> tuple[dict[str, typing.Any], list[typing.Any]]:
    program = load_program(library, PROGRAM)
    async with EmulatedDiscord() as discord:
        discord.add_member("speaker", user_id=SPEAKER)
        discord.add_member("fan", user_id=FAN)
        stage = discord.add_guild_channel("Stage", type=13)
        discord.connect_voice(SPEAKER, stage["id"])
        discord.connect_voice(discord.bot_user["id"], stage["id"])
        guild = discord.world.guild(discord.guild_id)
        original = routes_scheduled_events.add_event

        def add_with_fan(*args: typing.Any, **kwargs: typing.Any) -> typing.Any:
            event = original(*args, **kwargs)
            routes_scheduled_events.subscribe(guild, event["id"], str(FAN))
            return event

        # Every event the program makes has one interested member, as a guild's would.
        routes_scheduled_events.add_event = add_with_fan
        try:
            outcome = await program.run(
                discord.url, discord.token, int(discord.guild_id), int(stage["id"]), SPEAKER
            )
        finally:
            routes_scheduled_events.add_event = original
        sent = [
            (request.route, dict(request.query), _blank_ids(request.json))
            for request in discord.requests
            if request.route
        ]
    return outcome, sent


def _blank_ids(value: typing.Any) -> typing.Any:
    """Minted IDs differ between runs; hikari sends some IDs as numbers, hikari_like as strings."""
    if isinstance(value, dict):
        return {key: _blank_ids(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_blank_ids(item) for item in value]
    return "<id>" if not isinstance(value, bool) and _ID.match(str(value)) else value


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_program_runs_events_and_a_stage(library: str) -> None:
    outcome, _ = await run_against_emulator(library)

    assert outcome["kinds"] == ["ScheduledExternalEvent", "ScheduledStageEvent"]
    assert outcome["picnic"][:3] == ("Picnic", "The park", "Bring food")
    assert outcome["events"] == [("AMA", 1), ("Picnic", 1)]
    assert outcome["users"] == [FAN]
    assert outcome["stage"] == ("Ask me anything", 2, True)
    assert outcome["started"] == 2
    assert outcome["speaker"] == (SPEAKER, False, True)
    assert outcome["mine"] is True
    assert (outcome["edited"], outcome["renamed"]) == ("AMA, part 2", "Big picnic")
    assert outcome["gone"] == "not found 10067"
    assert outcome["left"] == []  # the AMA completed with its stage, the picnic was deleted


def _first_pages(sent: list[typing.Any]) -> list[typing.Any]:
    # hikari reads one more page of users after a short page; hikari_like stops (docs/rest.md).
    return [request for request in sent if request[0] != USER_PAGES or request[1].get("after") == "0"]


async def test_both_libraries_send_the_same_requests() -> None:
    _, with_hikari = await run_against_emulator("hikari")
    _, with_hikari_like = await run_against_emulator("hikari_like")

    assert _first_pages(with_hikari_like) == _first_pages(with_hikari)
