"""`EventStream`: the events of one class as they arrive, iterated with `async for`.

```python
with bot.stream(hikari_like.ComponentInteractionCreateEvent, timeout=60).filter(
    lambda event: event.interaction.message.id == menu.id
) as stream:
    async for event in stream:  # ends after 60 s without a matching event
        ...
```

The stream listens only while it is open (`with`, or `open()`/`close()`), keeps what arrives in
between iterations (up to `limit` events; newer ones are dropped when it is full), and ends when
no event has arrived for `timeout` seconds. The manager holds it weakly: a stream dropped while
open closes itself, with a WARNING saying so.
"""

from __future__ import annotations

__all__ = ["EventStream"]

import asyncio
import collections
import logging
import types
import typing
import weakref

from hikari_like import iterators
from hikari_like.events import base_events

if typing.TYPE_CHECKING:
    from typing import Self

    from hikari_like.impl.gateway.event_manager import EventManagerImpl

_LOGGER: typing.Final = logging.getLogger("hikari_like.event_manager")
_EventT = typing.TypeVar("_EventT", bound=base_events.Event)
_Listener: typing.TypeAlias = typing.Callable[[_EventT], typing.Coroutine[typing.Any, typing.Any, None]]


class EventStream(iterators.LazyIterator[_EventT]):
    """The `event_type` events (and subclasses) a manager dispatches while the stream is open.

    Made by `bot.stream(event_type, timeout, limit)` or `EventManagerImpl.stream`. Awaiting it
    (`events = await bot.stream(...)`) opens it, collects until `timeout` passes without an
    event, closes it and gives the list.
    """

    __slots__ = (
        "__weakref__",
        "_arrived",
        "_event_type",
        "_filters",
        "_limit",
        "_listener",
        "_manager",
        "_queue",
        "_timeout",
    )

    def __init__(
        self,
        event_manager: EventManagerImpl,
        event_type: type[_EventT],
        *,
        timeout: float | None,
        limit: int | None = None,
    ) -> None:
        self._listener: _Listener[_EventT] | None = None  # first: __del__ reads it even if we raise
        if limit is not None and limit < 1:
            raise ValueError(f"limit must be at least 1 (or None for no limit), got {limit}")
        self._manager = event_manager
        self._event_type = event_type
        self._timeout = timeout
        self._limit = limit
        self._filters: iterators.All[_EventT] = iterators.All(())
        self._queue: collections.deque[_EventT] = collections.deque()
        self._arrived = asyncio.Event()

    @property
    def is_open(self) -> bool:
        """Whether the stream is listening."""
        return self._listener is not None

    def open(self) -> None:
        """Start listening (nothing happens if it already is)."""
        if self._listener is None:
            self._listener = _weak_listener(weakref.WeakMethod(self._receive))
            self._manager.subscribe(self._event_type, self._listener)

    def close(self) -> None:
        """Stop listening; events already kept are still iterated (nothing happens if closed)."""
        if self._listener is not None:
            self._manager.unsubscribe(self._event_type, self._listener)
            self._listener = None

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: types.TracebackType | None,
    ) -> None:
        self.close()

    def filter(
        self, *predicates: tuple[str, object] | typing.Callable[[_EventT], bool], **attrs: object
    ) -> Self:
        """Keep only the events every condition holds for (conditions as `LazyIterator.filter`'s);
        applied as events arrive, and to those already kept. Returns the stream itself."""
        condition = iterators._conditions("filter", predicates, attrs)
        self._filters |= condition
        self._queue = collections.deque(event for event in self._queue if condition(event))
        return self

    async def __anext__(self) -> _EventT:
        if self._listener is None and not self._queue:
            raise TypeError("open the stream (`with bot.stream(...) as stream:` or `stream.open()`) first")
        while not self._queue:
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), self._timeout)
            except TimeoutError:
                raise StopAsyncIteration from None
        return self._queue.popleft()

    async def _fetch_all(self) -> typing.Sequence[_EventT]:
        with self:
            return [event async for event in self]

    async def _receive(self, event: _EventT) -> None:
        if self._limit is not None and len(self._queue) >= self._limit:
            return
        if self._filters(event):
            self._queue.append(event)
            self._arrived.set()

    def __del__(self) -> None:
        if self._listener is not None:
            _LOGGER.warning("a %s stream was dropped while open; closing it", self._event_type.__name__)
            self.close()


def _weak_listener(receive: weakref.WeakMethod[_Listener[_EventT]]) -> _Listener[_EventT]:
    # The manager keeps its listeners for ever; holding the stream only weakly lets a forgotten
    # stream be collected (and close itself in __del__) instead of growing for ever.
    async def listener(event: _EventT) -> None:
        method = receive()
        if method is not None:
            await method(event)

    return listener
