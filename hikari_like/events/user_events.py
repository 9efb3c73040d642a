"""`OwnUserUpdateEvent`: the bot's own user changed (USER_UPDATE).

```python
@bot.listen()
async def on_me(event: hikari_like.OwnUserUpdateEvent) -> None:
    print(f"I am now {event.user.username}")
```

`old_user` is always `None` (no cache).
"""

from __future__ import annotations

__all__ = ["OwnUserUpdateEvent"]

import typing

import attrs

from hikari_like.events import shard_events

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like import users


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class OwnUserUpdateEvent(shard_events.ShardEvent):
    """The bot's user changed: its name, avatar..."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    old_user: users.OwnUser | None = attrs.field(repr=False)
    """The user before the change: always `None` (no cache)."""
    user: users.OwnUser

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.user.app
