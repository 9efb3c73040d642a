"""A hikari housekeeping bot runs unchanged on hikari's and on hikari_like's `GatewayBot`, against
the emulated gateway and Discord, with the same outcomes and REST requests.

`tests/programs/hikari_member_dm_bot.py` uses the models' own calls: `Guild.fetch_owner`,
`fetch_rules_channel`, `Member.send`/`fetch_dm_channel`, `PartialCommand.delete`/`edit`.
"""

from __future__ import annotations

import typing

import pytest

from hikari_like.impl.rest.client import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from tests.gateway_programs import TOKEN
from tests.gateway_programs import Log
from tests.gateway_programs import run_on_gateway
from tests.test_hikari_port import load_program
from tests.test_reaction_roles_program import PROGRAM as REACTION_ROLES

PROGRAM = REACTION_ROLES.with_name("hikari_member_dm_bot.py")
KAT = 4242


async def play(discord: EmulatedDiscord, gateway: EmulatedGateway, log: Log) -> Log:
    async def send(name: str, data: dict[str, typing.Any], *, notes: int) -> None:
        before = len(log)
        await gateway.dispatch(name, data, shard_id=0)
        await gateway.wait_until(lambda: len(log) >= before + notes, within=10)

    async with RESTClientImpl(token=discord.token, token_type="Bot", rest_url=discord.url) as rest:
        for name, description in (("retired", "Old"), ("ping", "Replies")):
            await rest.create_slash_command(discord.application_id, name, description)
    guild_id = discord.guild_id
    rules = discord.add_guild_channel("rules", channel_id=9001)
    discord.world.guild(guild_id).fields["rules_channel_id"] = rules["id"]
    guild = {
        **discord.world.guild(guild_id).payload(),
        "members": [],
        "channels": [rules],
        "threads": [],
        "presences": [],
        "voice_states": [],
        "member_count": 1,
        "large": False,
        "joined_at": "2024-01-01T00:00:00.000000+00:00",
    }
    await send("GUILD_CREATE", guild, notes=3)  # the owner, one deleted and one edited command
    member = discord.add_member("kat", user_id=KAT)
    await send("GUILD_MEMBER_ADD", {**member, "guild_id": guild_id}, notes=1)
    return log


async def run_program(library: str) -> tuple[Log, list[tuple[str, typing.Any]]]:
    """What the program noted, and the REST requests it sent (route and body), in order."""
    program = load_program(library, PROGRAM)

    owner: list[str] = []

    def build(discord: EmulatedDiscord, gateway: EmulatedGateway) -> tuple[typing.Any, typing.Any]:
        owner.append(str(discord.state.owner["id"]))
        bot, log = program.build_bot(TOKEN, discord.url)
        return bot, lambda: play(discord, gateway, log)

    log, requests = await run_on_gateway(build)
    # Each emulated Discord makes its owner anew: name it, so two runs compare.
    return log, [(route, _owner_named(body, owner[0])) for route, body in requests]


def _owner_named(body: typing.Any, owner_id: str) -> typing.Any:
    if isinstance(body, dict) and body.get("recipient_id") == owner_id:
        return {**body, "recipient_id": "<owner>"}
    return body


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_bot_greets_the_owner_tidies_commands_and_welcomes_members(library: str) -> None:
    log, requests = await run_program(library)

    assert log == [
        ("owner", "emulated-owner", "rules"),
        ("deleted", "retired"),
        ("edited", "ping", "Replies (v2)"),
        ("welcomed", "kat", True),
    ]
    contents = [body["content"] for route, body in requests if route.startswith("POST /channels")]
    assert contents == ["Thanks for adding me to Emulated Guild!", "Welcome! Read the rules first."]


async def test_both_libraries_note_the_same_events_and_send_the_same_requests() -> None:
    assert await run_program("hikari_like") == await run_program("hikari")
