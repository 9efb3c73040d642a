"""Members joining a guild (`MemberCreateEvent`), changing (`MemberUpdateEvent`) and leaving
(`MemberDeleteEvent`).

```python
@bot.listen()
async def on_join(event: hikari_like.MemberCreateEvent) -> None:
    print(f"{event.member.display_name} joined {event.guild_id}")
```

These need the privileged `GUILD_MEMBERS` intent. hikari_like keeps no cache: `old_member` is
always `None` and `get_guild()` finds nothing.
"""

from __future__ import annotations

__all__ = [
    "MemberCreateEvent",
    "MemberDeleteEvent",
    "MemberEvent",
    "MemberUpdateEvent",
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
    from hikari_like import users


@base_events.requires_intents(Intents.GUILD_MEMBERS)
class MemberEvent(shard_events.ShardEvent):
    """An event about a member of a guild."""

    __slots__ = ()

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def user(self) -> users.User:
        """The member's user."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.user.app

    @property
    def user_id(self) -> snowflakes.Snowflake:
        """The member's user ID."""
        return self.user.id

    def get_guild(self) -> guilds.Guild | None:
        """The guild from the cache: always `None` (no cache); use `rest.fetch_guild`."""
        return None


class _WithMember(MemberEvent):
    """The member events that carry the member object."""

    __slots__ = ()

    @property
    def member(self) -> guilds.Member:
        """The member."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        return self.member.guild_id

    @property
    def user(self) -> users.User:
        """The member's user."""
        return self.member.user


@base_events.requires_intents(Intents.GUILD_MEMBERS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class MemberCreateEvent(_WithMember):
    """A user joined a guild (GUILD_MEMBER_ADD)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    member: guilds.Member


@base_events.requires_intents(Intents.GUILD_MEMBERS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class MemberUpdateEvent(_WithMember):
    """A member changed: nickname, roles, timeout, avatar... (GUILD_MEMBER_UPDATE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    old_member: guilds.Member | None = attrs.field(repr=False)
    """The member before the change: always `None` (no cache)."""
    member: guilds.Member


@base_events.requires_intents(Intents.GUILD_MEMBERS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class MemberDeleteEvent(MemberEvent):
    """A member left a guild, or was kicked or banned (GUILD_MEMBER_REMOVE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    user: users.User
    old_member: guilds.Member | None = attrs.field(repr=False)
    """The member before they left: always `None` (no cache)."""
