"""Deadlines for the ASGI adapter's body reads, with no timer per request.

An ASGI server times idle connections and (some) slow headers, but none of uvicorn, hypercorn or
granian bounds how long a request body may take to arrive: the app's `receive()` simply waits. A
`BodyWatch` remembers when each read must end, and one sweep a fraction of a second apart cancels
the reads past their deadline; `Deadline`, the context each read runs in, turns that cancellation
into `late = True` (and re-raises any other):

```python
with watch.deadline() as deadline:
    body = await read_body(receive)
if deadline.late:
    ...  # answer 408
```
"""

from __future__ import annotations

__all__ = ["BodyWatch", "Deadline"]

import asyncio
import typing

if typing.TYPE_CHECKING:
    import types


class BodyWatch:
    """The body reads of one event loop and their deadlines, `timeout` seconds after they begin."""

    __slots__ = ("_expired", "_reads", "_sweeper", "loop", "timeout")

    def __init__(self, loop: asyncio.AbstractEventLoop, timeout: float) -> None:
        self.loop = loop
        self.timeout = timeout
        self._reads: dict[asyncio.Task[typing.Any], float] = {}
        self._expired: set[asyncio.Task[typing.Any]] = set()
        self._sweeper: asyncio.TimerHandle | None = None

    def deadline(self) -> Deadline:
        """A context for one read, in the current task."""
        return Deadline(self)

    def begin(self, task: asyncio.Task[typing.Any]) -> None:
        """Start timing a body read by `task`; it is cancelled if it outlasts `timeout`."""
        self._reads[task] = self.loop.time() + self.timeout
        if self._sweeper is None:  # swept only while reads are under way
            self._sweeper = self.loop.call_later(min(1.0, self.timeout / 4), self._sweep)

    def end(self, task: asyncio.Task[typing.Any]) -> None:
        """Stop timing `task`'s body read."""
        self._reads.pop(task, None)

    def take_expired(self, task: asyncio.Task[typing.Any]) -> bool:
        """Whether `task` was cancelled by this watch (and forget that it was)."""
        if task not in self._expired:
            return False
        self._expired.discard(task)
        return True

    def _sweep(self) -> None:
        now = self.loop.time()
        late = [task for task, deadline in self._reads.items() if deadline <= now]
        for task in late:
            del self._reads[task]
            self._expired.add(task)
            task.cancel()
        self._sweeper = self.loop.call_later(min(1.0, self.timeout / 4), self._sweep) if self._reads else None


class Deadline:
    """One read under a `BodyWatch`: `late` tells whether it was cut off at its deadline."""

    __slots__ = ("_task", "_watch", "late")

    def __init__(self, watch: BodyWatch) -> None:
        self._watch = watch
        self._task: asyncio.Task[typing.Any] | None = None
        self.late = False

    def __enter__(self) -> Deadline:
        task = asyncio.current_task()
        if task is not None:  # every ASGI server tested runs the app in a task; else: no deadline
            self._task = task
            self._watch.begin(task)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: types.TracebackType | None,
    ) -> bool:
        task = self._task
        if task is None:
            return False
        self._watch.end(task)
        if exc_type is not asyncio.CancelledError or not self._watch.take_expired(task):
            return False
        # Ours: swallow it, unless someone else cancelled the task too (a server shutting down).
        self.late = task.uncancel() == 0
        return self.late
