"""`DispatchParsers`: the base of each family of dispatch parsers `EventFactoryImpl` is made of.

A family lists the dispatch names it parses and the method parsing each:

```python
class RoleDispatches(DispatchParsers):
    __slots__ = ()
    DISPATCHES = {"GUILD_ROLE_CREATE": "deserialize_guild_role_create_event"}

    def deserialize_guild_role_create_event(self, shard, payload) -> RoleCreateEvent: ...
```

The factory gathers every family's `DISPATCHES` along its bases, so a family is added by
naming it among `EventFactoryImpl`'s bases, and no table elsewhere has to change.
"""

from __future__ import annotations

__all__ = ["DispatchParsers", "dispatch_table"]

import typing

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.events import base_events
    from hikari_like.events import shard_events
    from hikari_like.internal.json import JSONObject

    # `None`: a dispatch that is well formed but, as in hikari, fires no typed event.
    Deserializer = typing.Callable[[shard_events.GatewayShard, JSONObject], base_events.Event | None]


class DispatchParsers:
    """A family of dispatch parsers; `_app` is the app the events belong to (set by the factory)."""

    __slots__ = ()

    DISPATCHES: typing.ClassVar[typing.Mapping[str, str]] = {}
    """Dispatch name (`t` of the gateway payload) -> the name of the method parsing its `d`."""

    _app: traits.RESTAware


def dispatch_table(parsers: DispatchParsers) -> dict[str, Deserializer]:
    """Every dispatch name `parsers`' class and its bases parse, bound to their parsing methods.

    A subclass's entry for a name wins over its bases'.
    """
    table: dict[str, Deserializer] = {}
    for cls in reversed(type(parsers).__mro__):
        for name, method in vars(cls).get("DISPATCHES", {}).items():
            table[name] = getattr(parsers, method)
    return table
