"""A hikari welcome bot runs unchanged on hikari's and on hikari_like's `GatewayBot`, connected to
the emulated gateway and emulated Discord, with the same outcomes and REST requests.

`tests/programs/hikari_welcome_bot.py` notes the guild it joins, greets a new member in the
welcome channel, and notes a member's change and departure, a ban (its reason fetched over
REST), an unban and roles being made and deleted.
"""

from __future__ import annotations

import typing

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import payloads
from hikari_like.testing.gateway import EmulatedGateway
from tests.gateway_programs import TOKEN
from tests.gateway_programs import Log
from tests.gateway_programs import run_on_gateway
from tests.test_hikari_port import load_program
from tests.test_reaction_roles_program import PROGRAM as REACTION_ROLES

PROGRAM = REACTION_ROLES.with_name("hikari_welcome_bot.py")
KAT, TROLL = 4242, 4343


class Scene:
    """The emulated Discord with a guild, a member and a banned user to play the events on."""

    def __init__(self, discord: EmulatedDiscord, gateway: EmulatedGateway) -> None:
        self.discord, self.gateway = discord, gateway
        self.member = discord.add_member("kat", user_id=KAT)
        self.troll = discord.add_user("troll", user_id=TROLL)
        discord.add_ban(TROLL, reason="spam")
        self.log: list[tuple[typing.Any, ...]] = []

    async def send(self, name: str, data: dict[str, typing.Any]) -> None:
        """Dispatch one event and wait until the program noted it."""
        before = len(self.log)
        await self.gateway.dispatch(name, data, shard_id=0)
        await self.gateway.wait_until(lambda: len(self.log) > before, within=10)

    async def play(self) -> list[tuple[typing.Any, ...]]:
        guild_id = self.discord.guild_id
        guild = {
            **self.discord.world.guild(guild_id).payload(),
            "members": [self.member],
            "channels": [],
            "threads": [],
            "presences": [],
            "voice_states": [],
            "member_count": 1,
            "large": False,
            "joined_at": "2024-01-01T00:00:00.000000+00:00",
        }
        await self.send("GUILD_CREATE", guild)
        await self.send("GUILD_MEMBER_ADD", {**self.member, "guild_id": guild_id})
        self.discord.add_user("robot", user_id=4444, bot=True)
        robot = self.discord.add_member(user_id=4444)
        await self.send("GUILD_MEMBER_ADD", {**robot, "guild_id": guild_id})
        await self.send("GUILD_MEMBER_UPDATE", {**self.member, "nick": "Kitty", "guild_id": guild_id})
        await self.send("GUILD_MEMBER_REMOVE", {"user": self.member["user"], "guild_id": guild_id})
        await self.send("GUILD_BAN_ADD", {"user": self.troll, "guild_id": guild_id})
        await self.send("GUILD_BAN_REMOVE", {"user": self.troll, "guild_id": guild_id})
        role = payloads.role_payload("800", name="helpers", permissions=0, position=1, mentionable=True)
        await self.send("GUILD_ROLE_CREATE", {"role": role, "guild_id": guild_id})
        await self.send("GUILD_ROLE_DELETE", {"role_id": "800", "guild_id": guild_id})
        return self.log


async def run_program(library: str) -> tuple[Log, list[tuple[str, typing.Any]]]:
    """What the program noted, and the REST requests it sent (route and body), in order."""
    program = load_program(library, PROGRAM)

    def build(discord: EmulatedDiscord, gateway: EmulatedGateway) -> tuple[typing.Any, typing.Any]:
        scene = Scene(discord, gateway)
        bot, scene.log = program.build_bot(TOKEN, discord.url, welcome_channel_id=int(discord.channel_id))
        return bot, scene.play

    return await run_on_gateway(build)


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_welcome_bot_greets_and_notes_the_guilds_events(library: str) -> None:
    log, _ = await run_program(library)

    assert log == [
        ("joined", "Emulated Guild", [KAT], "@everyone"),
        ("greeted", KAT, f"Welcome to the server, <@{KAT}>!"),
        ("ignored bot", 4444),
        ("updated", KAT, "Kitty"),
        ("left", "kat"),
        ("banned", TROLL, "spam"),
        ("unbanned", TROLL),
        ("role", "helpers", True),
        ("role deleted", 800),
    ]


async def test_both_libraries_note_the_same_events_and_send_the_same_requests() -> None:
    assert await run_program("hikari_like") == await run_program("hikari")
