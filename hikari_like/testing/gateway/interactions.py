"""Deliver an interaction to a gateway bot, as Discord does: INTERACTION_CREATE on its shard.

The counterpart of `EmulatedDiscord.send_interaction` (which POSTs to an HTTP bot): the interaction
is issued in the emulated Discord, so the bot's callback, edits and followups are accepted, then
dispatched on the shard Discord would pick for its guild. It returns once the bot has answered and
its work after the answer is done, with a `Reply`, the same view `CommandSession` returns.

```python
discord.gateway.attach(gateway)  # the bot finds the emulated gateway through /gateway/bot
bot = hikari_like.GatewayBot(discord.token, rest_url=discord.url, banner=None, logs=None)
bot.set_listener(hikari_like.CommandInteraction, ping)
await bot.start()
reply = await gateway.send_interaction(discord, payloads.slash_command("ping"))
assert reply.content == "Pong!" and reply.status is None  # no HTTP answer over the gateway
```
"""

from __future__ import annotations

__all__ = ["send_interaction"]

import asyncio
import typing

from hikari_like.testing import settling
from hikari_like.testing._command_replies import Reply

if typing.TYPE_CHECKING:
    from hikari_like.testing.emulator import EmulatedDiscord
    from hikari_like.testing.gateway.server import EmulatedGateway
    from hikari_like.testing.gateway.session import EmulatedSession

_HEARTBEAT: typing.Final = 1
_SNOWFLAKE_SHIFT: typing.Final = 22


async def send_interaction(
    gateway: EmulatedGateway,
    discord: EmulatedDiscord,
    payload: typing.Mapping[str, typing.Any],
    /,
    *,
    shard_id: int | None = None,
    timeout: float = 10.0,  # noqa: ASYNC109 - one bound for the whole exchange
) -> Reply:
    """Issue `payload` in `discord`, dispatch it to the bot connected to `gateway`, and return
    what Discord received once the bot has answered and finished its work after the answer.

    `shard_id` defaults to the shard Discord routes the guild to (`(guild_id >> 22) % shards`;
    shard 0 for a DM). `TimeoutError` when the bot has not taken the interaction, answered it and
    finished within `timeout` seconds; `RuntimeError` when no shard is connected to receive it.
    """
    sent = {**payload, "application_id": discord.application_id}
    session = _session_for(gateway, sent, shard_id)
    issued = discord.issue_interaction_for(sent)
    try:
        async with asyncio.timeout(timeout):
            await gateway.dispatch("INTERACTION_CREATE", sent, shard_id=session.shard[0])
            await _until_consumed(gateway, session)
            await _answered(issued.id)
            await _continuations_done(issued.id)
    except TimeoutError:
        running = [f"{task.get_name()}" for task in settling.running_continuations(issued.id)]
        still = f" (still running: {', '.join(running)})" if running else ""
        raise TimeoutError(
            f"the bot did not finish interaction {issued.id} within {timeout}s of its dispatch on "
            f"shard {session.shard[0]}{still}"
        ) from None
    return Reply(dict(sent), None, issued)


def _session_for(
    gateway: EmulatedGateway, payload: typing.Mapping[str, typing.Any], shard_id: int | None
) -> EmulatedSession:
    live = [s for s in gateway.sessions.values() if s.connection is not None and s.connection.is_open]
    if not live:
        raise RuntimeError("no shard is connected to the emulated gateway: start the bot first")
    if shard_id is None:
        guild_id = payload.get("guild_id")
        count = live[0].shard[1]
        shard_id = 0 if guild_id is None else (int(guild_id) >> _SNOWFLAKE_SHIFT) % count
    found = next((session for session in live if session.shard[0] == shard_id), None)
    if found is None:
        connected = sorted(session.shard[0] for session in live)
        raise RuntimeError(f"shard {shard_id} is not connected (connected: {connected})")
    return found


async def _until_consumed(gateway: EmulatedGateway, session: EmulatedSession) -> None:
    """Wait until the shard has handled the dispatch: ask for a heartbeat (opcode 1) and wait for
    one carrying its sequence number. A shard handles frames in order, so by then it has handed
    the interaction to the bot (which starts answering it in a task of its own)."""
    sequence, seen = session.sequence, len(gateway.commands)
    connection = session.connection
    if connection is None:
        raise RuntimeError(f"shard {session.shard[0]} disconnected before the interaction reached it")
    await connection.send({"op": _HEARTBEAT, "d": None}, split=gateway.split_frames)

    def acknowledged() -> bool:
        return any(
            command.connection == connection.number
            and command.op == _HEARTBEAT
            and isinstance(command.d, int)
            and command.d >= sequence
            for command in gateway.commands[seen:]
        )

    await gateway.wait_until(acknowledged, within=float("inf"))


async def _answered(interaction_id: str) -> None:
    # The gateway bot answers each interaction in a task named after it; once the shard handled
    # the dispatch the task exists, or has already finished.
    name = f"hikari_like interaction {interaction_id}"
    answering = [task for task in asyncio.all_tasks() if task.get_name() == name and not task.done()]
    if answering:
        await asyncio.wait(answering)


async def _continuations_done(interaction_id: str) -> None:
    # A continuation's task is made before the answer goes out, so it exists by now if there is one.
    running = settling.running_continuations(interaction_id)
    if running:
        await asyncio.wait(running)
