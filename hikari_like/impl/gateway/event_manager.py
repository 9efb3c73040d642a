"""`EventManagerImpl`: who listens to which event, and delivering events to them.

```python
manager = EventManagerImpl()

@manager.listen()
async def on_message(event: hikari_like.MessageCreateEvent) -> None:
    ...

manager.dispatch(event)  # each listener runs in its own task; dispatch never waits for them
message = await manager.wait_for(hikari_like.MessageCreateEvent, timeout=30)
```

A listener of a class receives its subclasses too (`Event.dispatches()`). Every listener runs in
a task of its own, so a slow one stalls neither the shard that received the event nor the other
listeners. One that raises touches none of the rest: its error is dispatched as an
`ExceptionEvent` when something listens to those, and logged (with the listener named) when not.

A manager given the bot's `intents` (a `GatewayBot`'s is) warns with `MissingIntentWarning` when a
listener is subscribed to, or `wait_for` waits for, an event those intents never deliver
(`get_required_intents_for`).
"""

from __future__ import annotations

__all__ = ["CallbackT", "EventManagerImpl", "PredicateT"]

import asyncio
import contextlib
import inspect
import logging
import sys
import types
import typing
import warnings

from hikari_like import errors
from hikari_like.events import base_events
from hikari_like.impl.gateway.event_stream import EventStream

if typing.TYPE_CHECKING:
    from hikari_like.events.base_events import EventT
    from hikari_like.intents import Intents

CallbackT = typing.Callable[[typing.Any], typing.Coroutine[typing.Any, typing.Any, None]]
"""A listener: `async def listener(event) -> None`."""
PredicateT = typing.Callable[[typing.Any], bool]
"""A `wait_for` filter: `def predicate(event) -> bool` (synchronous)."""

_LOGGER: typing.Final = logging.getLogger("hikari_like.event_manager")


class _Waiter:
    """One `wait_for` call: the future it awaits and the filter its event must pass."""

    __slots__ = ("future", "predicate")

    def __init__(self, future: asyncio.Future[typing.Any], predicate: PredicateT | None) -> None:
        self.future = future
        self.predicate = predicate

    def offer(self, event: base_events.Event) -> bool:
        """Resolve the future with `event` if it passes; `True` once the waiter is done."""
        if self.future.done():
            return True
        try:
            accepted = self.predicate is None or self.predicate(event)
        except Exception as error:
            # The caller of wait_for wrote the predicate: its error is theirs to see.
            self.future.set_exception(error)
            return True
        if accepted:
            self.future.set_result(event)
        return accepted


def _is_async_callable(callback: object) -> bool:
    # An instance whose class has `async def __call__` is a listener too.
    if inspect.iscoroutinefunction(callback):
        return True
    return callable(callback) and inspect.iscoroutinefunction(type(callback).__call__)


def _unsubscripted(event_type: typing.Any) -> typing.Any:
    """The class listeners are filed under: `ExceptionEvent[X]` is `ExceptionEvent`."""
    return typing.get_origin(event_type) or event_type


def _check_event_type(event_type: object) -> type[base_events.Event]:
    """`event_type` unsubscripted, or a `TypeError` if it is not an event class."""
    event_type = _unsubscripted(event_type)
    if not (isinstance(event_type, type) and issubclass(event_type, base_events.Event)):
        raise TypeError(f"expected a subclass of hikari_like.Event, got {event_type!r}")
    return event_type


def event_types_from_annotation(callback: CallbackT) -> tuple[type[base_events.Event], ...]:
    """The event classes named by the annotation of `callback`'s first parameter (`A | B` gives both).

    Raises
    ------
    TypeError
        If there is no parameter, no annotation, an annotation that cannot be resolved (a class
        defined inside a function, under `from __future__ import annotations`), or a non-event.
    """
    try:
        signature = inspect.signature(callback, eval_str=True)
    except NameError as error:
        raise TypeError(
            f"cannot resolve the event annotation of {callback!r} ({error}); pass the event type to listen()"
        ) from None
    parameters = list(signature.parameters.values())
    if not parameters or parameters[0].annotation is inspect.Parameter.empty:
        raise TypeError(f"{callback!r} needs an annotated first parameter, or pass the type to listen()")
    annotation = parameters[0].annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return tuple(_check_event_type(member) for member in typing.get_args(annotation))
    return (_check_event_type(annotation),)


def _missing_intents_message(event_type: type[base_events.Event], intents: Intents) -> str | None:
    """What to warn about a listener of `event_type` on a bot with `intents`, or `None` if it is reachable."""
    groups = base_events.get_required_intents_for(event_type)
    if not groups or any(intents & group == group for group in groups):
        return None
    missing = " or ".join(_spell(group & ~intents) for group in groups)
    return (
        f"{event_type.__name__} is only delivered to a bot with the intents {missing}, which this "
        "bot lacks: its listener will never be called unless they are added to the bot's intents"
    )


def _spell(intents: Intents) -> str:
    return " | ".join(bit.name or "" for bit in intents.split())


def _caller_stacklevel() -> int:
    """The `warnings.warn` stacklevel of the first caller outside hikari_like, seen from its caller."""
    frame = sys._getframe(2)  # the caller of the function that warns
    level = 2
    while frame.f_back is not None and frame.f_globals.get("__name__", "").startswith("hikari_like."):
        frame = frame.f_back
        level += 1
    return level


class EventManagerImpl:
    """Listeners and waiters by event class; `dispatch` hands an event to both.

    `intents` (a `GatewayBot`'s) turn on the `MissingIntentWarning` at `subscribe`; without them
    (an HTTP bot's webhook events) no event is checked.
    """

    __slots__ = ("_intents", "_listeners", "_tasks", "_waiters")

    def __init__(self, *, intents: Intents | None = None) -> None:
        self._intents = intents
        self._listeners: dict[type[base_events.Event], list[CallbackT]] = {}
        self._waiters: dict[type[base_events.Event], set[_Waiter]] = {}
        # asyncio keeps only weak references to tasks: a listener must not vanish mid-run.
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def running_listeners(self) -> int:
        """How many listener tasks have not finished yet."""
        return len(self._tasks)

    # -- listeners --------------------------------------------------------------------------------

    def subscribe(self, event_type: type[typing.Any], callback: CallbackT) -> None:
        """Call `await callback(event)` for every event of `event_type` (and of its subclasses).

        A subscripted generic stands for its class: `ExceptionEvent[MessageCreateEvent]` subscribes
        to every `ExceptionEvent` (hikari 2.7 files it apart, so such a listener is never called).

        Raises
        ------
        TypeError
            If `event_type` is not an `Event` subclass, or `callback` is not an async function.

        Warns
        -----
        hikari_like.errors.MissingIntentWarning
            If the manager has intents and none of the groups `event_type` requires is among them.
        """
        event_type = _check_event_type(event_type)
        if not _is_async_callable(callback):
            raise TypeError(f"the listener must be an async function, got {callback!r}")
        self._warn_if_unreachable(event_type)
        self._listeners.setdefault(event_type, []).append(callback)
        _LOGGER.debug("subscribed %r to %s", callback, event_type.__name__)

    def _warn_if_unreachable(self, event_type: type[base_events.Event]) -> None:
        message = None if self._intents is None else _missing_intents_message(event_type, self._intents)
        if message is not None:
            warnings.warn(message, errors.MissingIntentWarning, stacklevel=_caller_stacklevel())

    def unsubscribe(self, event_type: type[typing.Any], callback: CallbackT) -> None:
        """Stop calling `callback` for `event_type`; nothing happens if it was not subscribed."""
        event_type = _unsubscripted(event_type)
        listeners = self._listeners.get(event_type)
        if listeners is None or callback not in listeners:
            return
        listeners.remove(callback)
        if not listeners:
            del self._listeners[event_type]

    def get_listeners(
        self, event_type: type[EventT], /, *, polymorphic: bool = True
    ) -> typing.Collection[CallbackT]:
        """The listeners an `event_type` event would reach (a copy).

        With `polymorphic=False`, only those subscribed to `event_type` itself.
        """
        event_type = _unsubscripted(event_type)
        if not polymorphic:
            return list(self._listeners.get(event_type, ()))
        found: list[CallbackT] = []
        for cls in event_type.dispatches():
            found.extend(self._listeners.get(cls, ()))
        return found

    def listen(self, *event_types: type[EventT]) -> typing.Callable[[CallbackT], CallbackT]:
        """A decorator that subscribes the function to `event_types`, or, with none given, to
        the type its first parameter is annotated with (`A | B` subscribes to both).

        ```python
        @manager.listen()
        async def on_ready(event: hikari_like.ShardReadyEvent) -> None: ...
        ```
        """

        def decorator(callback: CallbackT) -> CallbackT:
            for event_type in event_types or event_types_from_annotation(callback):
                self.subscribe(event_type, callback)
            return callback

        return decorator

    # -- delivery ---------------------------------------------------------------------------------

    def dispatch(self, event: base_events.Event, *, return_tasks: bool = True) -> asyncio.Future[typing.Any]:
        """Start every listener of `event` in a task of its own, and resolve matching `wait_for`s.

        Returns a future that completes when those listeners have finished (it never raises:
        listener errors become `ExceptionEvent`s or are logged). Await it to wait for them;
        ignore it otherwise.
        `return_tasks` is accepted for hikari compatibility; the future is always returned.
        """
        tasks: list[asyncio.Task[None]] = []
        for cls in event.dispatches():
            self._offer_to_waiters(cls, event)
            for callback in self._listeners.get(cls, ()):
                tasks.append(self._start(callback, event))
        # return_exceptions: a listener cancelled at shutdown must not leave an unretrieved error.
        return asyncio.gather(*tasks, return_exceptions=True)

    def _start(self, callback: CallbackT, event: base_events.Event) -> asyncio.Task[None]:
        name = f"hikari_like listener {getattr(callback, '__name__', callback)!s} ({type(event).__name__})"
        task = asyncio.create_task(self._invoke(callback, event), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _offer_to_waiters(self, cls: type[base_events.Event], event: base_events.Event) -> None:
        waiters = self._waiters.get(cls)
        if not waiters:
            return
        for waiter in [waiter for waiter in waiters if waiter.offer(event)]:
            waiters.discard(waiter)

    async def wait_for(
        self,
        event_type: type[EventT],
        /,
        timeout: float | None,  # noqa: ASYNC109 - hikari's signature
        predicate: typing.Callable[[EventT], bool] | None = None,
    ) -> EventT:
        """Wait for the next `event_type` event (or subclass) for which `predicate(event)` is true.

        ```python
        event = await manager.wait_for(hikari_like.MessageCreateEvent, timeout=30,
                                       predicate=lambda e: e.author_id == user_id)
        ```

        Raises
        ------
        TimeoutError
            If no such event arrives within `timeout` seconds (`None`: wait forever).
        Exception
            Whatever `predicate` raised.

        Warns
        -----
        hikari_like.errors.MissingIntentWarning
            As `subscribe` does, if the manager's intents never deliver `event_type`.
        """
        filed_under = _check_event_type(event_type)
        self._warn_if_unreachable(filed_under)
        waiter = _Waiter(asyncio.get_running_loop().create_future(), predicate)
        waiters = self._waiters.setdefault(filed_under, set())
        waiters.add(waiter)
        try:
            event: EventT = await asyncio.wait_for(waiter.future, timeout)
        finally:
            waiters.discard(waiter)
        return event

    def stream(
        self, event_type: type[EventT], /, timeout: float | None, limit: int | None = None
    ) -> EventStream[EventT]:
        """The `event_type` events dispatched while the stream is open, for `async for`.

        ```python
        with manager.stream(hikari_like.MessageCreateEvent, timeout=30).filter(
            ("author_id", user_id)
        ) as stream:
            async for event in stream:  # ends after 30 s without a matching message
                ...
        ```

        `timeout` is how long to wait for each next event (`None`: for ever); `limit` caps how
        many unread events are kept. See `EventStream`.

        Warns
        -----
        hikari_like.errors.MissingIntentWarning
            As `subscribe` does, if the manager's intents never deliver `event_type`.
        """
        filed_under = typing.cast("type[EventT]", _check_event_type(event_type))
        self._warn_if_unreachable(filed_under)
        return EventStream(self, filed_under, timeout=timeout, limit=limit)

    def _running(self) -> set[asyncio.Task[None]]:
        return {task for task in self._tasks if not task.done()}

    async def _invoke(self, callback: CallbackT, event: base_events.Event) -> None:
        try:
            await callback(event)
        except Exception as error:
            self._report(callback, event, error)

    def _report(self, callback: CallbackT, event: base_events.Event, error: Exception) -> None:
        """hikari's rule: an error becomes an `ExceptionEvent`, logged at ERROR only when nothing
        listens to those; an `ExceptionEvent` listener's own error is logged, never dispatched."""
        name = type(event).__name__
        if base_events.is_no_recursive_throw_event(event):
            _LOGGER.error("listener %r raised while handling %s (ignored)", callback, name, exc_info=error)
            return
        failure = base_events.ExceptionEvent(exception=error, failed_event=event, failed_callback=callback)
        handled = bool(self.get_listeners(base_events.ExceptionEvent))
        log = _LOGGER.debug if handled else _LOGGER.error
        log("listener %r raised while handling %s", callback, name, exc_info=error)
        self.dispatch(failure)

    async def close(self, grace_period: float) -> None:
        """Give running listeners up to `grace_period` seconds, then cancel those still running.

        Listeners started meanwhile (an `ExceptionEvent`'s, say) get the rest of the period too.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace_period
        while (pending := self._running()) and (remaining := deadline - loop.time()) > 0:
            await asyncio.wait(pending, timeout=remaining)
        still_running = self._running()
        for task in still_running:
            task.cancel()
        if still_running:
            _LOGGER.warning("cancelled %d listener(s) still running at shutdown", len(still_running))
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.gather(*still_running, return_exceptions=True)
