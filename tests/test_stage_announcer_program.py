"""A hikari stage announcer runs unchanged on hikari's and on hikari_like's `GatewayBot`, connected
to the emulated gateway and emulated Discord, with the same outcomes and REST requests.

`tests/programs/hikari_stage_announcer_bot.py` listens to `hikari.events.StageInstance*Event` and
`hikari.events.ApplicationCommandPermissionsUpdateEvent` (names hikari keeps out of its top level):
it announces a stage going live and ending, and notes topic and command permission changes.
"""

from __future__ import annotations

import typing

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from tests.gateway_programs import BOT_ID
from tests.gateway_programs import TOKEN
from tests.gateway_programs import Log
from tests.gateway_programs import run_on_gateway
from tests.test_hikari_port import load_program
from tests.test_reaction_roles_program import PROGRAM as REACTION_ROLES

PROGRAM = REACTION_ROLES.with_name("hikari_stage_announcer_bot.py")
STAGE_ID, STAGE_CHANNEL, COMMAND, HELPERS, MUTED = 7007, 7008, 7009, 7010, 7011


async def play(discord: EmulatedDiscord, gateway: EmulatedGateway, log: Log) -> Log:
    async def send(name: str, data: dict[str, typing.Any]) -> None:
        before = len(log)
        await gateway.dispatch(name, data, shard_id=0)
        await gateway.wait_until(lambda: len(log) > before, within=10)

    stage = {  # a stage instance object, as discord-api-docs "Stage Instance" shows it
        "id": str(STAGE_ID),
        "guild_id": discord.guild_id,
        "channel_id": str(STAGE_CHANNEL),
        "topic": "Office hours",
        "privacy_level": 2,
        "discoverable_disabled": False,
        "guild_scheduled_event_id": None,
    }
    await send("STAGE_INSTANCE_CREATE", stage)
    await send("STAGE_INSTANCE_UPDATE", {**stage, "topic": "Office hours: Q&A"})
    await send("STAGE_INSTANCE_DELETE", {**stage, "topic": "Office hours: Q&A"})
    permissions = {
        "id": str(COMMAND),
        "application_id": BOT_ID,
        "guild_id": discord.guild_id,
        "permissions": [
            {"id": str(HELPERS), "type": 1, "permission": True},
            {"id": str(MUTED), "type": 1, "permission": False},
        ],
    }
    await send("APPLICATION_COMMAND_PERMISSIONS_UPDATE", permissions)
    return log


async def run_program(library: str) -> tuple[Log, list[tuple[str, typing.Any]]]:
    """What the program noted, and the REST requests it sent (route and body), in order."""
    program = load_program(library, PROGRAM)

    def build(discord: EmulatedDiscord, gateway: EmulatedGateway) -> tuple[typing.Any, typing.Any]:
        bot, log = program.build_bot(TOKEN, discord.url, announcements_channel_id=int(discord.channel_id))
        return bot, lambda: play(discord, gateway, log)

    return await run_on_gateway(build)


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_stage_announcer_announces_and_notes_changes(library: str) -> None:
    log, requests = await run_program(library)

    assert log == [
        ("live", STAGE_ID, f"Live now in <#{STAGE_CHANNEL}>: Office hours"),
        ("topic", "Office hours: Q&A", "GUILD_ONLY"),
        ("ended", STAGE_ID),
        ("permissions", COMMAND, [(HELPERS, "ROLE", True), (MUTED, "ROLE", False)]),
    ]
    assert [body["content"] for route, body in requests if route.startswith("POST")] == [
        "Live now in <#7008>: Office hours",
        "Office hours: Q&A has ended",
    ]


async def test_both_libraries_note_the_same_events_and_send_the_same_requests() -> None:
    assert await run_program("hikari_like") == await run_program("hikari")
