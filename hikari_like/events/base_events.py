"""`Event`: the root of every event a `GatewayBot` dispatches to listeners.

Subclass it to dispatch events of your own through the same listeners:

```python
@attrs.define(slots=True, kw_only=True)
class PingedEvent(hikari_like.Event):
    app: hikari_like.traits.RESTAware
    by: hikari_like.User

bot.dispatch(PingedEvent(app=bot, by=user))
```
"""

from __future__ import annotations

__all__ = ["Event", "EventT"]

import typing

if typing.TYPE_CHECKING:
    from hikari_like import traits


class Event:
    """Something that happened, delivered to the listeners of its class and of its base classes."""

    # Not an abc.ABC: type checkers refuse abstract classes where `type[EventT]` is expected, and
    # `wait_for(MessageCreateEvent, ...)` must type-check. Base classes raise NotImplementedError instead.
    __slots__ = ()

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event (its `rest` client is ready to use)."""
        raise NotImplementedError  # every concrete event provides it

    @classmethod
    def dispatches(cls) -> typing.Sequence[type[Event]]:
        """The event classes whose listeners receive this event: itself, then its `Event` bases."""
        return tuple(base for base in cls.__mro__ if issubclass(base, Event))


EventT = typing.TypeVar("EventT", bound=Event)
"""Any event class; listeners and `wait_for` are typed by it."""
