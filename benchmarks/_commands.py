"""The bots `python -m benchmarks core` compares the command layer with: a bare listener and the
command layer answering the same commands with the same work.

- `/echo text:hello` (the workload's payload): the bare listener reads its option as hikari users
  do (`interaction.options[0].value`); the command layer hands it to the handler as `text: str`.
- `/ping` (no options): both answer at once.

Replay protection and signature checks are off, so what differs is the listener's part.
"""

from __future__ import annotations

__all__ = ["PING_BODY", "bare_bot", "routed_bot"]

import typing

import hikari_like
from benchmarks import _workload
from hikari_like import app_commands
from hikari_like.internal import json

OnInteraction = typing.Callable[[bytes, bytes, bytes], typing.Awaitable[typing.Any]]


def _ping_payload() -> dict[str, typing.Any]:
    payload = _workload.payload()
    payload["data"] = {**payload["data"], "name": "ping"}
    payload["data"].pop("options", None)
    return payload


PING_BODY: typing.Final = json.dumps(_ping_payload())


def _accept_everything(message: bytes, signature: bytes) -> bool:
    return True


def _bot() -> hikari_like.RESTBot:
    return hikari_like.RESTBot(
        _workload.TOKEN, public_key=_workload.PUBLIC_KEY_HEX, replay_window=None, banner=None, logs=None
    )


def _serving(bot: hikari_like.RESTBot) -> OnInteraction:
    server = bot.interaction_server
    server._verify = _accept_everything
    return server.on_interaction


async def _bare_listener(
    interaction: hikari_like.CommandInteraction,
) -> hikari_like.impl.InteractionMessageBuilder:
    if interaction.command_name == "echo":
        return interaction.build_response().set_content(str(interaction.options[0].value))
    return interaction.build_response().set_content("pong")


def bare_bot() -> OnInteraction:
    """A bot whose one listener answers both commands by hand."""
    bot = _bot()
    bot.set_listener(hikari_like.CommandInteraction, _bare_listener)
    return _serving(bot)


def routed_bot() -> OnInteraction:
    """The same bot with the commands declared on the command layer."""
    bot = _bot()
    client = app_commands.Client(bot, sync_on_start=False)

    @client.slash("echo", "Say it back")
    async def echo(ctx: app_commands.SlashContext, text: str) -> None:
        await ctx.respond(text)

    @client.slash("ping", "Answer at once")
    async def ping(ctx: app_commands.SlashContext) -> None:
        await ctx.respond("pong")

    return _serving(bot)
