"""Running a hikari program's `GatewayBot` on the emulated gateway and emulated Discord.

The programs under tests/programs/ build their bot from `(token, rest_url, ...)`; a test gives
`run_on_gateway` a function that builds it and the scene to play, and gets back what the scene
noted and the REST requests the bot sent, so the same program can be compared on both libraries.
"""

from __future__ import annotations

import base64
import itertools
import pathlib
import typing

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import payloads
from hikari_like.testing.gateway import EmulatedGateway
from tests.test_hikari_port import load_program

BOT_ID: typing.Final = "100000000000000001"
# hikari reads the bot's ID from the token's first part, as Discord's tokens carry it.
TOKEN: typing.Final = base64.b64encode(BOT_ID.encode()).decode().rstrip("=") + ".GhIkAr.emulated-token-part"
BOT_USER: typing.Final = {  # the READY user as Discord sends it (hikari reads every field)
    "id": BOT_ID,
    "username": "program-bot",
    "discriminator": "0",
    "global_name": None,
    "avatar": None,
    "bot": True,
    "mfa_enabled": False,
    "locale": "en-US",
    "verified": True,
    "email": None,
    "flags": 0,
    "premium_type": 0,
    "public_flags": 0,
}

AUTHOR: typing.Final = {  # a user object as Discord sends it in MESSAGE_CREATE
    "id": "200000000000000002",
    "username": "someone",
    "discriminator": "0",
    "global_name": "Someone",
    "avatar": None,
    "public_flags": 0,
}
PROGRAMS: typing.Final = pathlib.Path(__file__).parent / "programs"

# hikari_like gives each new message a nonce (so a retry cannot post it twice); hikari does not.
_RETRY_SAFETY: typing.Final = frozenset({"nonce", "enforce_nonce"})

Log: typing.TypeAlias = list[tuple[typing.Any, ...]]


Build: typing.TypeAlias = typing.Callable[
    [EmulatedDiscord, EmulatedGateway], tuple[typing.Any, typing.Callable[[], typing.Awaitable[Log]]]
]
"""Given the emulated world: the program's bot (either library's `GatewayBot`), and the scene
that plays events to it."""


def requests_sent(discord: EmulatedDiscord) -> list[tuple[str, typing.Any]]:
    """Each REST request's route and JSON body, in order, without hikari_like's retry nonce."""
    return [(request.route, _without_nonce(request.json)) for request in discord.requests if request.route]


def _without_nonce(body: typing.Any) -> typing.Any:
    if not isinstance(body, dict):
        return body
    return {key: value for key, value in body.items() if key not in _RETRY_SAFETY}


async def run_on_gateway(build: Build) -> tuple[Log, list[tuple[str, typing.Any]]]:
    """Start the bot `build` makes on the emulated gateway, play its scene, close it; what the
    scene noted and the requests sent."""
    async with EmulatedDiscord(token=TOKEN, application_id=BOT_ID) as discord:
        async with EmulatedGateway(token=TOKEN, user=BOT_USER) as gateway:
            discord.gateway.attach(gateway)
            bot, play = build(discord, gateway)
            await bot.start(check_for_updates=False)
            try:
                log = await play()
            finally:
                await bot.close()
        return log, requests_sent(discord)


Scene: typing.TypeAlias = typing.Callable[[EmulatedDiscord, EmulatedGateway, Log], typing.Awaitable[Log]]
"""Plays events to a program's bot and returns what the program noted."""


async def run_program_file(
    library: str,
    file_name: str,
    scene: Scene,
    options: typing.Callable[[EmulatedDiscord], dict[str, typing.Any]] = lambda discord: {},
) -> tuple[Log, list[tuple[str, typing.Any]]]:
    """Run `tests/programs/<file_name>` under `library` ("hikari" or "hikari_like"): its
    `build_bot(TOKEN, rest_url, **options(discord))` gives the bot and its log, `scene` plays to
    it. What the program noted, and the REST requests it sent (route and body), in order."""
    program = load_program(library, PROGRAMS / file_name)

    def build(discord: EmulatedDiscord, gateway: EmulatedGateway) -> tuple[typing.Any, typing.Any]:
        bot, log = program.build_bot(TOKEN, discord.url, **options(discord))
        return bot, lambda: scene(discord, gateway, log)

    return await run_on_gateway(build)


class Messages:
    """MESSAGE_CREATE dispatches in the emulated Discord's guild channel, numbered in order."""

    def __init__(self, discord: EmulatedDiscord, gateway: EmulatedGateway) -> None:
        self._discord = discord
        self._gateway = gateway
        self._ids = itertools.count(900000000000000001)

    async def say(
        self, content: str, *, by: typing.Mapping[str, typing.Any] = AUTHOR, channel_id: str | None = None
    ) -> None:
        """Dispatch a guild message (a v10 message object) on shard 0."""
        message = payloads.message_payload(
            str(next(self._ids)),
            channel_id=channel_id or self._discord.channel_id,
            author=dict(by),
            fields={"content": content},
            attachments=[],
        )
        await self._gateway.dispatch(
            "MESSAGE_CREATE", {**message, "guild_id": self._discord.guild_id}, shard_id=0
        )
