"""`Event`: the root of every event a `GatewayBot` dispatches to listeners.

Subclass it to dispatch events of your own through the same listeners:

```python
@attrs.define(slots=True, kw_only=True)
class PingedEvent(hikari_like.Event):
    app: hikari_like.traits.RESTAware
    by: hikari_like.User

bot.dispatch(PingedEvent(app=bot, by=user))
```

An event class Discord sends only to bots with certain gateway intents says so with
`requires_intents`; `get_required_intents_for` reads it back, and a `GatewayBot` warns
(`MissingIntentWarning`) when a listener is added for an event its intents never deliver.
"""

from __future__ import annotations

__all__ = [
    "Event",
    "EventT",
    "ExceptionEvent",
    "FailedCallbackT",
    "get_required_intents_for",
    "is_no_recursive_throw_event",
    "no_recursive_throw",
    "requires_intents",
]

import inspect
import itertools
import types
import typing

import attrs

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.events.shard_events import GatewayShard
    from hikari_like.intents import Intents

    _T = typing.TypeVar("_T")

_REQUIRED_INTENTS: typing.Final = "___requiresintents___"
_NO_RECURSIVE_THROW: typing.Final = "___norecursivethrow___"
"""hikari's attribute name for the intent groups, so code reading it on a class finds them."""
_BITS: typing.Final = itertools.count(1)  # bit 0 is Event's own


class Event:
    """Something that happened, delivered to the listeners of its class and of its base classes."""

    # Not an abc.ABC: type checkers refuse abstract classes where `type[EventT]` is expected, and
    # `wait_for(MessageCreateEvent, ...)` must type-check. Base classes raise NotImplementedError instead.
    __slots__ = ()

    _bitmask: typing.ClassVar[int] = 1

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._bitmask = 1 << next(_BITS)

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event (its `rest` client is ready to use)."""
        raise NotImplementedError  # every concrete event provides it

    @classmethod
    def dispatches(cls) -> typing.Sequence[type[Event]]:
        """The event classes whose listeners receive this event: itself, then its `Event` bases."""
        return tuple(base for base in cls.__mro__ if issubclass(base, Event))

    @classmethod
    def bitmask(cls) -> int:
        """A single bit that is this class's alone among event classes (`Event`'s is 1).

        OR the bitmasks of several classes to make a set of them that is cheap to test against.
        """
        return cls._bitmask


def get_required_intents_for(event_type: type[Event]) -> typing.Collection[Intents]:
    """The groups of intents, any one of which lets a bot receive `event_type` events.

    Each group is an `Intents` value whose bits are all needed; an empty collection means the
    event needs no intent. Groups are inherited: a class without its own has its base's.

    >>> get_required_intents_for(hikari_like.GuildMessageCreateEvent)
    [<Intents.GUILD_MESSAGES: 512>]
    """
    groups: typing.Collection[Intents] = getattr(event_type, _REQUIRED_INTENTS, ())
    return groups


def requires_intents(first: Intents, *rest: Intents) -> typing.Callable[[_T], _T]:
    """Class decorator: the event is delivered only to bots with one of these groups of intents.

    ```python
    @base_events.requires_intents(Intents.GUILD_MESSAGES, Intents.DM_MESSAGES)
    @attrs.define(slots=True, kw_only=True)
    class MessageEvent(Event): ...
    ```

    The groups are listed at the end of the class's docstring, too.
    """
    groups = [first, *rest]

    def decorator(cls: _T) -> _T:
        setattr(cls, _REQUIRED_INTENTS, groups)
        cls.__doc__ = (inspect.getdoc(cls) or "") + _describe(groups)
        return cls

    return decorator


def _describe(groups: typing.Sequence[Intents]) -> str:
    lines = (" + ".join(f"`Intents.{bit.name}`" for bit in group.split()) for group in groups)
    return "\n\nDelivered only with one of these combinations of intents:\n\n" + "".join(
        f"- {line}\n" for line in lines
    )


def no_recursive_throw() -> typing.Callable[[_T], _T]:
    """Class decorator: errors of this event's listeners are logged, never dispatched as an
    `ExceptionEvent` (which has the mark itself, so a failing error listener cannot loop)."""

    def decorator(cls: _T) -> _T:
        setattr(cls, _NO_RECURSIVE_THROW, True)
        return cls

    return decorator


def is_no_recursive_throw_event(obj: object) -> bool:
    """Whether an event (or event class) was marked with `no_recursive_throw`."""
    return bool(getattr(obj, _NO_RECURSIVE_THROW, False))


EventT = typing.TypeVar("EventT", bound=Event)
"""Any event class; listeners and `wait_for` are typed by it."""

FailedCallbackT = typing.Callable[[EventT], typing.Coroutine[typing.Any, typing.Any, None]]
"""The listener an `ExceptionEvent` is about: `async def listener(event) -> None`."""


@no_recursive_throw()
@attrs.define(kw_only=True, weakref_slot=False)
class ExceptionEvent(Event, typing.Generic[EventT]):
    """A listener raised an `Exception` while handling an event.

    Listening to it replaces the ERROR log of the failure (it is logged at DEBUG instead); without
    a listener the error is logged with its traceback, naming the listener. Only `Exception`s are
    caught, so `KeyboardInterrupt` and cancellation go on as usual.

    ```python
    @bot.listen()
    async def on_error(event: hikari_like.ExceptionEvent[hikari_like.Event]) -> None:
        await report(event.exception, event.failed_callback)
    ```
    """

    exception: Exception = attrs.field()
    """What the listener raised."""
    failed_event: EventT = attrs.field()
    """The event the listener was handling."""
    failed_callback: FailedCallbackT[EventT] = attrs.field()
    """The listener that raised."""

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the failed event."""
        return self.failed_event.app

    @property
    def shard(self) -> GatewayShard | None:
        """The shard that received the failed event; `None` for an event without one (a webhook
        event, a lifetime event, your own)."""
        # Imported here: shard_events builds on this module.
        from hikari_like.events.shard_events import GatewayShard

        shard = getattr(self.failed_event, "shard", None)
        return shard if isinstance(shard, GatewayShard) else None

    @property
    def exc_info(self) -> tuple[type[Exception], Exception, types.TracebackType | None]:
        """`(type, exception, traceback)`, as `sys.exc_info()` gives them (for `logging`'s `exc_info`)."""
        return type(self.exception), self.exception, self.exception.__traceback__

    async def retry(self) -> None:
        """Run the failed listener again on the same event; what it raises this time is the
        caller's to catch (it is not dispatched)."""
        await self.failed_callback(self.failed_event)
