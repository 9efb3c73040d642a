"""Wait for the code a bot runs after its answer: the lines after `yield` and after `ctx.respond`.

A listener's answer goes out first; what it does next (a generator's code after `yield`, a command
handler's code after `ctx.respond`, an auto-deferred listener finishing) runs in the background.
A test that reads what Discord received must wait for that work, or it races it:

```python
from hikari_like import testing

response = await discord.send_interaction(url, payloads.slash_command("report"))
await testing.wait_for_continuations(bot)  # the followups sent after `yield` are in now
assert [m["content"] for m in discord.followups[token]] == ["done"]
```

`CommandSession` and the pytest plugin's fixtures call it after every interaction they send.
"""

from __future__ import annotations

__all__ = ["ContinuationTimeoutError", "running_continuations", "wait_for_continuations"]

import asyncio
import os
import types
import typing

if typing.TYPE_CHECKING:
    from hikari_like.impl.server.interaction_server import InteractionServer


_POLL: typing.Final = 0.005
"""Seconds between looks at the count when the work has no task this module can find."""
_CONTINUATION_SUFFIX: typing.Final = " continuation"
_ASYNCIO_DIR: typing.Final = os.path.dirname(asyncio.__file__)


class _HasInteractionServer(typing.Protocol):
    @property
    def interaction_server(self) -> InteractionServer: ...


Waitable: typing.TypeAlias = "InteractionServer | _HasInteractionServer"
"""A bot (`RESTBot`, `AsgiBot`, `GatewayBot`) or its `InteractionServer`."""


class ContinuationTimeoutError(TimeoutError):
    """The bot was still working after its answers when the wait ran out.

    `running` names each piece of work still going and where it is suspended (file, line and
    function), so the message says which handler is stuck.
    """

    def __init__(self, timeout: float, running: typing.Sequence[str]) -> None:
        self.timeout = timeout
        """How long the wait lasted, in seconds."""
        self.running = tuple(running)
        """What was still running: a task's name and where it waits, one entry per task."""
        listed = "; ".join(self.running) or "work this test cannot see (the count never reached 0)"
        super().__init__(
            f"the bot was still working after its answer {timeout}s later: {listed} "
            "(let it finish, or wait longer)"
        )


def _server_of(bot: Waitable) -> InteractionServer:
    server = getattr(bot, "interaction_server", bot)
    if not hasattr(server, "running_continuations"):
        raise TypeError(f"{bot!r} is neither a bot nor an InteractionServer: nothing to wait for")
    return typing.cast("InteractionServer", server)


def running_continuations(interaction_id: object = None) -> list[asyncio.Task[typing.Any]]:
    """The tasks running a listener's work after its answer, in this event loop.

    With `interaction_id`, only that interaction's (its ID as a snowflake, `int` or `str`).
    """
    wanted = None if interaction_id is None else f"interaction {interaction_id}{_CONTINUATION_SUFFIX}"
    return [
        task
        for task in asyncio.all_tasks()
        if not task.done()
        and task.get_name().endswith(_CONTINUATION_SUFFIX)
        and (wanted is None or task.get_name() == wanted)
    ]


async def wait_for_continuations(bot: Waitable, /, *, timeout: float = 10.0) -> None:  # noqa: ASYNC109
    """Return once every piece of work `bot` runs after an answer has finished.

    That is a generator listener's code after `yield`, a command handler's code after its
    answer (`ctx.respond`, `ctx.defer`), and a listener finishing after auto-defer answered for
    it. Work started while waiting is waited for too. Call it after sending an interaction and
    before asserting on followups or edits; `CommandSession` does this for you.

    Args:
        bot: A `RESTBot`, `AsgiBot` or `GatewayBot`, or an `InteractionServer`.
        timeout: Seconds to wait in all.

    Raises:
        ContinuationTimeoutError: If work is still running after `timeout` seconds (a
            `TimeoutError`, naming each task and the line it waits at).
        TypeError: If `bot` has no interaction server.

    Example:
        ```python
        await discord.send_interaction(url, payloads.slash_command("slow"))
        await testing.wait_for_continuations(bot, timeout=5)
        ```
    """
    server = _server_of(bot)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while server.running_continuations:
        remaining = deadline - loop.time()
        if remaining <= 0:
            raise ContinuationTimeoutError(timeout, [_described(task) for task in running_continuations()])
        tasks = running_continuations()
        if tasks:
            # The tasks finish on their own; waiting on them wakes this at once, without polling.
            await asyncio.wait(tasks, timeout=remaining)
        else:
            await asyncio.sleep(min(_POLL, remaining))


def _described(task: asyncio.Task[typing.Any]) -> str:
    where = _suspended_at(task.get_coro())
    return task.get_name() if where is None else f"{task.get_name()} at {where}"


def _suspended_at(coroutine: object) -> str | None:
    """Where the innermost frame of a coroutine chain outside asyncio is paused (file:line, function)."""
    found: str | None = None
    for _ in range(100):  # a chain is short; the bound guards odd awaitables
        if coroutine is None:
            break
        frame = _frame_of(coroutine)
        if frame is not None and not frame.f_code.co_filename.startswith(_ASYNCIO_DIR):
            found = f"{frame.f_code.co_filename}:{frame.f_lineno} in {frame.f_code.co_name}"
        coroutine = _awaited_by(coroutine, frame)
    return found


def _awaited_by(awaitable: object, frame: types.FrameType | None) -> object:
    """What `awaitable` waits on. An async generator's `__anext__()` object hides its generator,
    so when the chain stops there, the running async generator in the frame's locals is next."""
    inner = getattr(awaitable, "cr_await", None) or getattr(awaitable, "ag_await", None)
    if inner is None or _frame_of(inner) is not None or frame is None:
        return inner
    running = (value for value in frame.f_locals.values() if isinstance(value, types.AsyncGeneratorType))
    return next((generator for generator in running if generator.ag_running), inner)


def _frame_of(awaitable: object) -> types.FrameType | None:
    for attribute in ("cr_frame", "ag_frame", "gi_frame"):
        frame = getattr(awaitable, attribute, None)
        if isinstance(frame, types.FrameType):
            return frame
    return None
