"""Turn SIGINT and SIGTERM into a callback inside the event loop, for `RESTBot.run()`.

```python
stopper = StopOnInterrupt()
with forward_interrupts(loop, stopper.on_signal, enabled=None):
    loop.run_until_complete(main())  # main() sets stopper.main_task = asyncio.current_task()
```

The callback runs in the loop's thread, so it may touch tasks and events directly. The previous
handlers are put back when the block exits, so a program that had its own handlers keeps them.
"""

from __future__ import annotations

__all__ = ["INTERRUPT_SIGNALS", "Interrupt", "StopOnInterrupt", "forward_interrupts"]

import asyncio
import contextlib
import logging
import signal
import threading
import typing

from hikari_like import errors

if typing.TYPE_CHECKING:
    import types

    _PreviousHandler = typing.Callable[[int, types.FrameType | None], typing.Any] | int | None

_LOGGER: typing.Final = logging.getLogger("hikari_like.signals")

INTERRUPT_SIGNALS: typing.Final = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM") if hasattr(signal, name)
)
"""The signals that ask the bot to stop (those this platform has)."""


Interrupt = errors.HikariInterrupt
"""Kept under this name for the bot's own use; users catch `hikari_like.errors.HikariInterrupt`."""


def _name_of(signum: int) -> str:
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


class StopOnInterrupt:
    """Cancels `main_task` on the first SIGINT/SIGTERM; later signals are only logged.

    One cancellation, never more: the task catches it and shuts down gracefully, and a second
    Ctrl+C must not cut that shutdown short (SIGKILL remains for that).
    """

    __slots__ = ("main_task", "signum")

    def __init__(self) -> None:
        self.signum: int | None = None
        """The first signal received, if any."""
        self.main_task: asyncio.Task[typing.Any] | None = None

    def was_interrupted(self) -> bool:
        """Whether a signal arrived (a method, so type checkers do not narrow it across awaits)."""
        return self.signum is not None

    def on_signal(self, signum: int) -> None:
        """The callback for `forward_interrupts`."""
        if self.signum is not None:
            _LOGGER.warning("already shutting down; ignoring %s (SIGKILL stops at once)", _name_of(signum))
            return
        self.signum = signum
        _LOGGER.info("received %s, shutting down", _name_of(signum))
        if self.main_task is not None:
            self.main_task.cancel()


def _install(
    loop: asyncio.AbstractEventLoop, signum: int, callback: typing.Callable[[int], None]
) -> _PreviousHandler:
    previous = signal.getsignal(signum)
    try:
        loop.add_signal_handler(signum, callback, signum)
    except NotImplementedError:
        # Windows' loops have no add_signal_handler: a plain handler hands the signal to the loop.
        signal.signal(signum, lambda received, _frame: loop.call_soon_threadsafe(callback, received))
    return previous


def _restore(loop: asyncio.AbstractEventLoop, signum: int, previous: _PreviousHandler) -> None:
    with contextlib.suppress(NotImplementedError, RuntimeError):
        loop.remove_signal_handler(signum)  # RuntimeError: the loop is already closed
    signal.signal(signum, previous if previous is not None else signal.SIG_DFL)


@contextlib.contextmanager
def forward_interrupts(
    loop: asyncio.AbstractEventLoop, callback: typing.Callable[[int], None], *, enabled: bool | None
) -> typing.Iterator[None]:
    """While the block runs, SIGINT and SIGTERM call `callback(signum)` in `loop`'s thread.

    `enabled=None` means "only in the main thread" (the only thread Python delivers signals to);
    `False` leaves signal handling alone.
    """
    if enabled is None:
        enabled = threading.current_thread() is threading.main_thread()
    if not enabled:
        yield
        return
    previous = {signum: _install(loop, signum, callback) for signum in INTERRUPT_SIGNALS}
    _LOGGER.debug("forwarding %s to the event loop", ", ".join(map(_name_of, previous)))
    try:
        yield
    finally:
        for signum, handler in previous.items():
            _restore(loop, signum, handler)
