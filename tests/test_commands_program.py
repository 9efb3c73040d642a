"""A hikari program that registers commands runs unchanged on hikari and on hikari_like against the
emulated Discord, with the same outcomes and the same request bodies. Next to an Activity's entry
point command, hikari's overwrite is refused (Discord's 50240) where hikari_like's keeps it."""

from __future__ import annotations

import pathlib
import typing

import pytest

from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from tests.test_hikari_port import load_program

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_commands_registration.py"


async def run_program(library: str) -> tuple[dict[str, typing.Any], list[typing.Any]]:
    program = load_program(library, PROGRAM)
    async with EmulatedDiscord() as discord:
        outcome = await program.run(discord.url, discord.token, int(discord.guild_id))
        sent = [(request.method, request.route, request.json) for request in discord.requests if request.json]
    return outcome, sent


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_program_registers_the_same_commands(library: str) -> None:
    outcome, _ = await run_program(library)

    assert outcome == {
        "global": [
            ("High Five", 2, []),
            ("Quote", 3, []),
            ("roles", 1, [1]),
            ("weather", 1, [3, 4, 11]),
        ],
        "ids_kept": True,
        "kinds": ["ContextMenuCommand", "ContextMenuCommand", "SlashCommand", "SlashCommand"],
        "roles_permissions": 1 << 28,
        "ping": ("ping", True, "SlashCommand"),
        "guild": [("ping", 1, [])],
    }


def meaning(body: typing.Any) -> typing.Any:
    """A body as Discord reads it: hikari also sends empty localizations, `"required": false` and
    permissions as a number, which mean the same as leaving them out / the decimal string."""
    if isinstance(body, list):
        return [meaning(item) for item in body]
    if not isinstance(body, dict):
        return body
    kept = {key: meaning(value) for key, value in body.items() if value not in ({}, []) and key != "required"}
    if body.get("required"):
        kept["required"] = True
    if "default_member_permissions" in kept:
        kept["default_member_permissions"] = str(kept["default_member_permissions"])
    return kept


async def test_both_libraries_send_the_same_bodies() -> None:
    _, with_hikari = await run_program("hikari")
    _, with_hikari_like = await run_program("hikari_like")

    assert [request[:2] for request in with_hikari_like] == [request[:2] for request in with_hikari]
    assert [meaning(request[2]) for request in with_hikari_like] == [
        meaning(request[2]) for request in with_hikari
    ]


async def register_next_to_an_activity(library: str) -> dict[str, typing.Any]:
    program = load_program(library, PROGRAM)
    async with EmulatedDiscord() as discord:
        async with RESTClientImpl(token=discord.token, token_type="Bot", rest_url=discord.url) as rest:
            launch = rest.entry_point_command_builder("Launch", "Launch the Activity")
            await rest.create_application_command(discord.application_id, launch)
        return typing.cast(
            "dict[str, typing.Any]", await program.register_next_to_an_activity(discord.url, discord.token)
        )


async def test_next_to_an_entry_point_hikari_is_refused_and_hikari_like_keeps_it() -> None:
    assert await register_next_to_an_activity("hikari") == {"refused": 50240, "registered": None}
    assert await register_next_to_an_activity("hikari_like") == {
        "refused": None,
        "registered": [("Launch", 4), ("weather", 1)],
    }
