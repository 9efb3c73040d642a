"""A hikari program that administers a guild runs unchanged on hikari and on hikari_like against the
emulated Discord, with the same outcomes and the same request bodies.

`tests/programs/hikari_guild_admin.py` fetches and edits the guild (`PartialGuild.edit` with an
icon), lists the bot's guilds and the guild's channels, sets the widget, welcome screen and
incident actions, creates, edits, syncs and deletes a template, and prunes.
"""

from __future__ import annotations

import datetime
import pathlib
import typing

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from tests.test_hikari_port import load_program

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_guild_admin.py"
# Where hikari 2.7 and hikari_like differ on purpose: hikari asks for one more (empty) page of the
# bot's guilds where hikari_like stops after a short page (`impl/rest/pagination.py`), and
# hikari_like sends every welcome channel's `emoji_id` and `emoji_name` (null when unset), the
# fields Discord documents.
_DIFFERENT_ON_PURPOSE: typing.Final = frozenset(
    {"GET /users/@me/guilds", "PATCH /guilds/{guild}/welcome-screen"}
)


def _seed(discord: EmulatedDiscord) -> None:
    long_ago = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=60)
    discord.add_member("idle", joined_at=long_ago)
    discord.add_member("new")
    discord.add_guild_channel("rules")
    discord.add_guild("second guild")


async def run_against_emulator(library: str) -> tuple[dict[str, typing.Any], list[typing.Any]]:
    program = load_program(library, PROGRAM)
    async with EmulatedDiscord() as discord:
        _seed(discord)
        outcome = await program.run(
            discord.url, discord.token, int(discord.guild_id), int(discord.channel_id)
        )
        sent = [
            (request.route, request.json, request.headers.get("X-Audit-Log-Reason"))
            for request in discord.requests
            if request.route and request.route not in _DIFFERENT_ON_PURPOSE
        ]
    return outcome, sent


@pytest.fixture(scope="module")
def reference() -> dict[str, typing.Any]:
    return {
        "afk": datetime.timedelta(minutes=5),
        "widget": True,
        "invites_paused": True,
        "template": ("Cat Club layout", "Channels and roles", False),
        "templates": ["Cat Club layout"],
        "prune": (1, 1),
        "left": [],
    }


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_program_has_the_expected_outcome(library: str, reference: dict[str, typing.Any]) -> None:
    outcome, _ = await run_against_emulator(library)

    assert {key: outcome[key] for key in reference} == reference
    assert outcome["name"] == ("Emulated Guild", "Cat Club", True)
    assert outcome["my_guilds"] == ["Cat Club", "second guild"]
    assert "rules" in outcome["channels"]
    description, (welcome_channel,) = outcome["welcome"]
    assert (description, welcome_channel[1:]) == ("Welcome!", ("Start here", "📜"))


async def test_both_libraries_send_the_same_requests() -> None:
    _, with_hikari = await run_against_emulator("hikari")
    _, with_hikari_like = await run_against_emulator("hikari_like")

    assert [route for route, _, _ in with_hikari_like] == [route for route, _, _ in with_hikari]
    # The template code and the moment differ between runs; everything else is the same.
    assert _comparable(with_hikari_like) == _comparable(with_hikari)


def _comparable(sent: list[typing.Any]) -> list[typing.Any]:
    return [(route, None if "incident-actions" in route else body, reason) for route, body, reason in sent]
