"""`run_until_closed`: the blocking `run()` of a bot, for any bot that can start, join and close.

```python
def run(self, *, close_loop: bool = True, ...) -> None:
    blocking_run.run_until_closed(
        self, functools.partial(self.start, ...), options=blocking_run.RunOptions(close_loop=close_loop)
    )
```

It makes a fresh event loop (uvloop's when installed), forwards SIGINT/SIGTERM to a graceful
`close()`, waits for the bot to stop, and cleans the loop up. `GatewayBot.run` and `RESTBot.run` use it,
so every bot creates, runs and closes its loop the same way.
"""

from __future__ import annotations

__all__ = ["RunOptions", "close_loop", "new_event_loop", "refuse_running_loop", "run_until_closed"]

import asyncio
import logging
import os
import sys
import typing

import attrs

from hikari_like import errors
from hikari_like.internal import signals

_LOGGER: typing.Final = logging.getLogger("hikari_like.run")
_EVENT_LOOP_ENV: typing.Final = "HIKARI_LIKE_EVENT_LOOP"
"""Set to `asyncio` to use asyncio's own loop even when uvloop is installed."""

if typing.TYPE_CHECKING:
    import concurrent.futures

    from hikari_like import traits


@attrs.define(slots=True, kw_only=True, frozen=True)
class RunOptions:
    """The loop and signal options every bot's `run()` takes (see `RESTBot.run` for each)."""

    asyncio_debug: bool = False
    close_loop: bool = True
    close_executor: concurrent.futures.Executor | None = None
    """An executor to shut down once the bot stopped (`close_passed_executor=True`)."""
    coroutine_tracking_depth: int | None = None
    enable_signal_handlers: bool | None = None
    propagate_interrupts: bool = False


def run_until_closed(
    bot: traits.Runnable, start: typing.Callable[[], typing.Awaitable[None]], *, options: RunOptions
) -> None:
    """Run `start()` in a new event loop, then wait until `bot` is closed; block until then.

    Raises
    ------
    hikari_like.errors.ComponentStateConflictError
        If the bot is already running, or an event loop already runs in this thread.
    hikari_like.errors.HikariInterrupt
        After a signal-triggered stop, with `propagate_interrupts=True`.
    """
    if bot.is_alive:
        raise errors.ComponentStateConflictError("the bot is already running")
    refuse_running_loop()
    loop = new_event_loop()
    loop.set_debug(options.asyncio_debug)
    if options.coroutine_tracking_depth is not None:
        sys.set_coroutine_origin_tracking_depth(options.coroutine_tracking_depth)
    stopper = signals.StopOnInterrupt()
    try:
        with signals.forward_interrupts(loop, stopper.on_signal, enabled=options.enable_signal_handlers):
            loop.run_until_complete(_serve(bot, start, stopper))
    finally:
        _finish(bot, loop, options)
    if options.propagate_interrupts and stopper.signum is not None:
        raise signals.Interrupt(stopper.signum)


async def _serve(
    bot: traits.Runnable, start: typing.Callable[[], typing.Awaitable[None]], stopper: signals.StopOnInterrupt
) -> None:
    task = stopper.main_task = asyncio.current_task()
    if stopper.was_interrupted():
        return  # interrupted before anything started
    try:
        await start()
        await bot.join()
    except asyncio.CancelledError:
        if not stopper.was_interrupted() or task is None:
            raise
        # The interrupt's cancellation asked for this stop: it is handled, not an error.
        task.uncancel()
    if bot.is_alive:
        await bot.close()


def _finish(bot: traits.Runnable, loop: asyncio.AbstractEventLoop, options: RunOptions) -> None:
    try:
        if bot.is_alive:
            # Only when run() is left abruptly (a KeyboardInterrupt without our signal handlers):
            # the bot still gets its graceful close.
            loop.run_until_complete(bot.close())
    finally:
        if options.close_executor is not None:
            options.close_executor.shutdown(wait=True)
        if options.close_loop:
            close_loop(loop)


def refuse_running_loop() -> None:
    """Raise `ComponentStateConflictError` when called inside a running event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise errors.ComponentStateConflictError(
        "run() starts its own event loop and blocks; inside a running loop use "
        "`await bot.start()` and `await bot.join()`"
    )


def new_event_loop() -> asyncio.AbstractEventLoop:
    """A new event loop, set as current: uvloop's when installed, unless `HIKARI_LIKE_EVENT_LOOP=asyncio`."""
    loop: asyncio.AbstractEventLoop | None = None
    if os.environ.get(_EVENT_LOOP_ENV, "").lower() != "asyncio":
        try:
            import uvloop
        except ImportError:
            pass
        else:
            loop = uvloop.new_event_loop()
    loop = loop or asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    return loop


def close_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Cancel `loop`'s leftover tasks, finish its async generators and executor, then close it."""
    try:
        _cancel_leftover_tasks(loop)
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
    finally:
        asyncio.set_event_loop(None)
        loop.close()


def _cancel_leftover_tasks(loop: asyncio.AbstractEventLoop) -> None:
    tasks = asyncio.all_tasks(loop)
    if not tasks:
        return
    _LOGGER.debug("cancelling %s task(s) still running after the bot stopped", len(tasks))
    for task in tasks:
        task.cancel()
    loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
    for task in tasks:
        if not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler(
                {
                    "message": "a task left running when the bot stopped raised",
                    "exception": task.exception(),
                    "task": task,
                }
            )
