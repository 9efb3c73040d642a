"""A hikari program that administers its application runs unchanged on hikari and on hikari_like
against the emulated Discord, with the same outcomes and the same requests.

`tests/programs/hikari_app_admin.py` edits the application (event webhooks) and the bot user,
reads an Activity instance, edits, fetches and locks down a command (a Bearer token sets the
permissions), creates, renames, lists and deletes an application emoji, and sets linked-role
metadata and the user's role connection, then lists the user's connections.
"""

from __future__ import annotations

import pathlib
import typing

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from tests.test_hikari_port import load_program
from tests.test_rest_members_program import _blank_ids

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_app_admin.py"
INSTANCE = "i-1234-gc-1-2"
# Where the libraries differ on purpose: hikari 2.7 sends role-connection metadata as JSON
# numbers, hikari_like as the strings Discord documents ("7"); Discord stores both as "7".
_METADATA_ROUTE: typing.Final = "PUT /users/@me/applications/{application}/role-connection"


def _seed(discord: EmulatedDiscord) -> str:
    discord.state.applications.add_connection(name="kat-codes", type="github")
    interaction = discord.issue_interaction()
    interaction.activity_instance_id = INSTANCE  # as a LAUNCH_ACTIVITY answer leaves it
    return discord.credentials.issue_bearer()


async def run_against_emulator(library: str) -> tuple[dict[str, typing.Any], list[typing.Any]]:
    program = load_program(library, PROGRAM)
    async with EmulatedDiscord() as discord:
        bearer = _seed(discord)
        outcome = await program.run(discord.url, discord.token, bearer, int(discord.guild_id), INSTANCE)
        sent = [(request.route, _comparable(request.route, request.json)) for request in discord.requests]
    return outcome, sent


def _comparable(route: str | None, body: typing.Any) -> typing.Any:
    """The body with minted IDs blanked (each run mints its own) and the metadata as strings."""
    if route == _METADATA_ROUTE and isinstance(body, dict):
        body = {**body, "metadata": {key: str(value) for key, value in body["metadata"].items()}}
    return _blank_ids(body)


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_program_has_the_expected_outcome(library: str) -> None:
    outcome, _ = await run_against_emulator(library)

    assert outcome == {
        "application": ("Cats on demand", ["cats", "fun"]),
        "me": ("Kitty", True),
        "instance": (INSTANCE, True),
        "command": ("ping", "Pong!"),
        "permissions": [(outcome["permissions"][0][0], 1, False)],
        "commands_with_permissions": [True],
        "emojis": ("party_time", ["party_time"], "party_time"),
        "emojis_left": 0,
        "records": [("level", 2)],
        "role_connection": ("Cat Game", "kat", {"level": "7"}),
        "connections": [("github", "kat-codes", True)],
    }


async def test_both_libraries_send_the_same_requests() -> None:
    _, with_hikari = await run_against_emulator("hikari")
    _, with_hikari_like = await run_against_emulator("hikari_like")

    assert [route for route, _ in with_hikari_like] == [route for route, _ in with_hikari]
    assert with_hikari_like == with_hikari
