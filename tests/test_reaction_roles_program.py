"""A hikari reaction-roles bot runs unchanged on hikari's and on hikari_like's `GatewayBot`,
connected to the emulated gateway and emulated Discord, with the same outcomes.

`tests/programs/hikari_reaction_roles_bot.py` gives a role for a 👍 on the roles message and
takes it back when the reaction goes, greets a new thread, and notes edits, deletes, cleared
reactions, typing, poll votes and webhook changes. The emulated gateway sends each dispatch as
Discord does (zlib-stream compressed for hikari); the program's REST calls reach the emulator.
"""

from __future__ import annotations

import pathlib
import typing

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from tests.gateway_programs import TOKEN
from tests.gateway_programs import Log
from tests.gateway_programs import run_on_gateway
from tests.test_hikari_port import load_program

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_reaction_roles_bot.py"
KAT, ROLES_MESSAGE = 4242, 900000000000000009
WHEN = "2024-05-01T12:00:00.000000+00:00"


class Scene:
    """The emulated Discord with a guild, a role, a member and a thread to play the events on."""

    def __init__(self, discord: EmulatedDiscord, gateway: EmulatedGateway) -> None:
        self.discord, self.gateway = discord, gateway
        self.role = discord.add_role("thumbs")
        self.member = discord.add_member("kat", user_id=KAT)
        self.thread = discord.add_thread("ideas")
        self.log: list[tuple[typing.Any, ...]] = []

    async def send(self, name: str, data: dict[str, typing.Any]) -> tuple[typing.Any, ...]:
        """Dispatch one event and return what the program noted for it."""
        before = len(self.log)
        await self.gateway.dispatch(name, data, shard_id=0)
        await self.gateway.wait_until(lambda: len(self.log) > before, within=10)
        return self.log[before]

    def reaction(self, emoji: dict[str, typing.Any], **extra: typing.Any) -> dict[str, typing.Any]:
        return {
            "user_id": str(KAT),
            "channel_id": self.discord.channel_id,
            "message_id": str(ROLES_MESSAGE),
            "guild_id": self.discord.guild_id,
            "emoji": emoji,
            **extra,
        }

    async def play(self) -> list[tuple[typing.Any, ...]]:
        thumbs = {"id": None, "name": "👍"}
        await self.send("MESSAGE_REACTION_ADD", self.reaction(thumbs, member=self.member, burst=False))
        custom = {"id": "700000000000000007", "name": "party", "animated": False}
        await self.send("MESSAGE_REACTION_ADD", self.reaction(custom, member=self.member, burst=False))
        await self.send("MESSAGE_REACTION_REMOVE", self.reaction(thumbs, burst=False))
        cleared = {"channel_id": self.discord.channel_id, "message_id": str(ROLES_MESSAGE)}
        await self.send("MESSAGE_REACTION_REMOVE_ALL", {**cleared, "guild_id": self.discord.guild_id})
        await self.send("MESSAGE_REACTION_REMOVE_ALL", cleared)
        edit = {
            "id": str(ROLES_MESSAGE),
            "channel_id": self.discord.channel_id,
            "guild_id": self.discord.guild_id,
            "author": self.member["user"],
            "content": "React with 👍 for the role",
            "edited_timestamp": WHEN,
        }
        await self.send("MESSAGE_UPDATE", edit)
        await self.send("MESSAGE_DELETE", {"id": str(ROLES_MESSAGE), "channel_id": self.discord.channel_id})
        await self.send("THREAD_CREATE", {**self.thread, "newly_created": True})
        typing_ = {"channel_id": self.discord.channel_id, "user_id": str(KAT), "timestamp": 1714564800}
        await self.send("TYPING_START", {**typing_, "guild_id": self.discord.guild_id, "member": self.member})
        vote = {"user_id": str(KAT), "channel_id": self.discord.channel_id, "message_id": "1", "answer_id": 1}
        await self.send("MESSAGE_POLL_VOTE_ADD", vote)
        self.discord.add_webhook("alerts")
        await self.send(
            "WEBHOOKS_UPDATE", {"channel_id": self.discord.channel_id, "guild_id": self.discord.guild_id}
        )
        return self.log


async def run_program(library: str) -> tuple[Log, list[tuple[str, typing.Any]]]:
    """What the program noted, and the REST requests it sent (route and body), in order."""
    program = load_program(library, PROGRAM)

    def build(discord: EmulatedDiscord, gateway: EmulatedGateway) -> tuple[typing.Any, typing.Any]:
        scene = Scene(discord, gateway)
        bot, scene.log = program.build_bot(
            TOKEN, discord.url, roles_message_id=ROLES_MESSAGE, role_id=int(scene.role["id"])
        )
        return bot, scene.play

    return await run_on_gateway(build)


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_reaction_roles_bot_runs_on_the_gateway(library: str) -> None:
    log, _ = await run_program(library)

    assert log[0] == ("given", KAT, "kat")
    assert log[1] == ("ignored", "party", 700000000000000007)
    assert log[2] == ("taken", KAT, False)
    assert log[3:5] == [
        ("cleared", "GuildReactionDeleteAllEvent", ROLES_MESSAGE),
        ("cleared", "DMReactionDeleteAllEvent", ROLES_MESSAGE),
    ]
    assert log[5] == ("edited", "GuildMessageUpdateEvent", "React with 👍 for the role", True, None)
    assert log[6] == ("deleted", "DMMessageDeleteEvent", ROLES_MESSAGE, None)
    assert log[7] == ("welcomed", "ideas", "Welcome to ideas!")
    assert log[8] == ("typing", "GuildTypingEvent", KAT, 2024)
    assert log[9] == ("voted", KAT, 1)
    assert log[10] == ("webhooks", ["alerts"])


async def test_both_libraries_note_the_same_events_and_send_the_same_requests() -> None:
    assert await run_program("hikari_like") == await run_program("hikari")
