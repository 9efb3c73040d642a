"""A hikari member census runs unchanged on hikari's and on hikari_like's `GatewayBot`, connected
to the emulated gateway (which answers Request Guild Members from `guild_members`) and the
emulated Discord, with the same outcomes and REST requests.

`tests/programs/hikari_member_census_bot.py` asks for every member (2,500 of them: three chunks)
and counts people and bots, and searches members by name, reading `MemberChunkEvent`s through
`bot.stream(...)` filtered by the request's nonce.
"""

from __future__ import annotations

import typing

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import payloads
from hikari_like.testing.gateway import EmulatedGateway
from tests.gateway_programs import Log
from tests.gateway_programs import Messages
from tests.gateway_programs import run_program_file

PEOPLE, BOTS = 2480, 20


def _member(number: int, *, bot: bool = False, nick: str | None = None) -> dict[str, typing.Any]:
    """A guild member object as a GUILD_MEMBERS_CHUNK carries it (discord-api-docs "Guild Member")."""
    user = {
        **payloads.user_payload(str(300000000000000000 + number), f"member{number}", bot=bot),
        "public_flags": 0,
    }
    return {
        "user": user,
        "nick": nick,
        "avatar": None,
        "roles": [],
        "joined_at": "2024-01-01T00:00:00.000000+00:00",
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "communication_disabled_until": None,
    }


def _members() -> list[dict[str, typing.Any]]:
    people = [_member(n) for n in range(PEOPLE)]
    people[7]["nick"] = "Grace"
    people[8]["user"]["username"] = "grace_h"
    return people + [_member(PEOPLE + n, bot=True) for n in range(BOTS)]


async def play(discord: EmulatedDiscord, gateway: EmulatedGateway, log: Log) -> Log:
    gateway.guild_members[discord.guild_id] = _members()
    messages = Messages(discord, gateway)

    async def say(content: str, *, until: int) -> None:
        await messages.say(content)
        await gateway.wait_until(lambda: len(log) >= until, within=20)

    await say("!census", until=4)  # three chunks, then the census
    await say("!find gra", until=6)  # one chunk, then the names
    return log


async def run_program(library: str) -> tuple[Log, list[tuple[str, typing.Any]]]:
    """What the program noted, and the REST requests it sent (route and body), in order."""
    return await run_program_file(library, "hikari_member_census_bot.py", play)


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_census_counts_every_member_and_the_search_finds_by_name(library: str) -> None:
    log, requests = await run_program(library)

    assert log == [
        ("chunk", 0, 3, 1000),
        ("chunk", 1, 3, 1000),
        ("chunk", 2, 3, 500),
        ("census", f"{PEOPLE} people and {BOTS} bots"),
        ("chunk", 0, 1, 2),
        ("found", ["Grace", "grace_h"]),
    ]
    assert [body["content"] for route, body in requests if route.startswith("POST")] == [
        f"{PEOPLE} people and {BOTS} bots",
        "Grace, grace_h",
    ]


async def test_both_libraries_take_the_same_census() -> None:
    assert await run_program("hikari_like") == await run_program("hikari")
