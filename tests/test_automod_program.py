"""A hikari auto-moderation program runs unchanged on hikari and on hikari_like against the
emulated Discord, with the same outcomes and the same requests.

`tests/programs/hikari_automod_bot.py` creates keyword (block, alert, timeout), mention-spam,
preset and spam rules with hikari's builders, is refused a second spam rule, edits, fetches and
deletes rules, bans and unbans with reasons, and reads the audit log (all of it, and bans only).
"""

from __future__ import annotations

import pathlib
import re
import typing
import urllib.parse

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from tests.test_hikari_port import load_program

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_automod_bot.py"
SPAMMER = 4242
_ID: typing.Final = re.compile(r"^[0-9]{17,20}$")


async def run_against_emulator(library: str) -> tuple[dict[str, typing.Any], list[typing.Any]]:
    program = load_program(library, PROGRAM)
    async with EmulatedDiscord() as discord:
        discord.add_member("spammer", user_id=SPAMMER)
        alerts = discord.add_guild_channel("mod-alerts")
        outcome = await program.run(
            discord.url, discord.token, int(discord.guild_id), int(alerts["id"]), SPAMMER
        )
        sent = [
            (
                request.route,
                _blank_ids(dict(request.query)),
                _blank_ids(request.json),
                _reason(request.headers.get("X-Audit-Log-Reason")),
            )
            for request in discord.requests
            if request.route
        ]
    return outcome, sent


def _blank_ids(value: typing.Any) -> typing.Any:
    """Minted IDs differ between runs; hikari sends an alert channel's ID as a number, hikari_like
    as Discord's string (Discord takes both)."""
    if isinstance(value, dict):
        return {key: _blank_ids(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_blank_ids(item) for item in value]
    return "<id>" if not isinstance(value, bool) and _ID.match(str(value)) else value


def _reason(header: str | None) -> str | None:
    # The libraries URL-encode different characters; Discord decodes both.
    return None if header is None else urllib.parse.unquote(header)


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_program_sets_up_auto_moderation(library: str) -> None:
    outcome, _ = await run_against_emulator(library)

    assert outcome["keywords"] == ("no invites", ["discord.gg/*"], ["discord.gg/ours"], False)
    assert outcome["actions"] == ["AutoModBlockMessage", "AutoModSendAlertMessage", "AutoModTimeout"]
    assert outcome["timeout"] == [600.0]
    assert outcome["mentions"] == ("mentions", True, "MentionSpamTrigger")
    assert outcome["second_spam"] == "refused 50035"
    assert outcome["rules"] == ["mentions", "profanity", "spam"]
    assert outcome["log"] == [
        (142, "replaced"),
        (23, "appeal"),
        (22, "posted invites"),
        (141, "turn on"),
        (140, None),
        (140, None),
        (140, None),
        (140, "keep it clean"),
    ]
    assert outcome["bans"] == [(SPAMMER, "posted invites")]


async def test_both_libraries_send_the_same_requests() -> None:
    _, with_hikari = await run_against_emulator("hikari")
    _, with_hikari_like = await run_against_emulator("hikari_like")

    assert with_hikari_like == with_hikari
