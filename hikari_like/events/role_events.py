"""Guild roles created (`RoleCreateEvent`), changed (`RoleUpdateEvent`) and deleted (`RoleDeleteEvent`).

```python
@bot.listen()
async def on_role(event: hikari_like.RoleCreateEvent) -> None:
    print(f"new role {event.role.name} in {event.guild_id}")
```

These need the `GUILDS` intent. hikari_like keeps no cache: `old_role` is always `None`.
"""

from __future__ import annotations

__all__ = [
    "RoleCreateEvent",
    "RoleDeleteEvent",
    "RoleEvent",
    "RoleUpdateEvent",
]

import typing

import attrs

from hikari_like.events import base_events
from hikari_like.events import shard_events
from hikari_like.intents import Intents

if typing.TYPE_CHECKING:
    from hikari_like import guilds
    from hikari_like import snowflakes
    from hikari_like import traits


@base_events.requires_intents(Intents.GUILDS)
class RoleEvent(shard_events.ShardEvent):
    """An event about a role of a guild."""

    __slots__ = ()

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def role_id(self) -> snowflakes.Snowflake:
        """The role's ID."""
        raise NotImplementedError  # every concrete event provides it


class _WithRole(RoleEvent):
    """The role events that carry the role object."""

    __slots__ = ()

    @property
    def role(self) -> guilds.Role:
        """The role."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.role.app

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        return self.role.guild_id

    @property
    def role_id(self) -> snowflakes.Snowflake:
        """The role's ID."""
        return self.role.id


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class RoleCreateEvent(_WithRole):
    """A role was created (GUILD_ROLE_CREATE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    role: guilds.Role


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class RoleUpdateEvent(_WithRole):
    """A role changed (GUILD_ROLE_UPDATE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    old_role: guilds.Role | None = attrs.field(repr=False)
    """The role before the change: always `None` (no cache)."""
    role: guilds.Role


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class RoleDeleteEvent(RoleEvent):
    """A role was deleted (GUILD_ROLE_DELETE); only its ID is known."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    role_id: snowflakes.Snowflake
    old_role: guilds.Role | None = attrs.field(repr=False)
    """The role before it was deleted: always `None` (no cache)."""
