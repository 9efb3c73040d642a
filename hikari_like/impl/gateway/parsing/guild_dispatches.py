"""`GuildDispatches`: the dispatches about a guild itself: GUILD_CREATE, GUILD_UPDATE, GUILD_DELETE.

As hikari does, a GUILD_CREATE with `unavailable: false` is a guild becoming available (one the
READY listed, or back after an outage) and one without the field a guild the bot joined; one with
`unavailable: true` is still in an outage and fires no typed event. A GUILD_DELETE with
`unavailable: true` is an outage, otherwise the bot left the guild.

```python
factory.deserialize_guild_join_event(shard, payload)  # GuildJoinEvent with the members, channels...
```
"""

from __future__ import annotations

__all__ = ["GuildDispatches"]

import typing

from hikari_like import _gateway_guild
from hikari_like import snowflakes
from hikari_like.events import guild_events
from hikari_like.impl.gateway.parsing.base import DispatchParsers

if typing.TYPE_CHECKING:
    from hikari_like import guilds
    from hikari_like.events import shard_events
    from hikari_like.internal.json import JSONObject

    Shard = shard_events.GatewayShard


class GuildDispatches(DispatchParsers):
    """A guild joined, available, updated, left or unavailable."""

    __slots__ = ()

    DISPATCHES: typing.ClassVar[typing.Mapping[str, str]] = {
        "GUILD_CREATE": "_deserialize_guild_create",
        "GUILD_UPDATE": "deserialize_guild_update_event",
        "GUILD_DELETE": "_deserialize_guild_delete",
    }

    def _contents(self, payload: JSONObject) -> dict[str, typing.Any]:
        """The guild of a GUILD_CREATE and what it carries, as the event's fields."""
        guild = _gateway_guild.GatewayGuild.from_payload(payload, app=self._app)
        return {"guild": guild, **_gateway_guild.guild_contents(payload, app=self._app, guild_id=guild.id)}

    def _deserialize_guild_create(
        self, shard: Shard, payload: JSONObject
    ) -> guild_events.GuildAvailableEvent | guild_events.GuildJoinEvent:
        """GUILD_CREATE, told apart by its `unavailable` field as hikari does.

        Raises
        ------
        ValueError
            For a guild still unavailable (an outage): hikari fires no event for it either.
        """
        unavailable = payload.get("unavailable")
        if unavailable:
            raise ValueError("the guild is still unavailable (an outage)")
        if unavailable is None:
            return self.deserialize_guild_join_event(shard, payload)
        return self.deserialize_guild_available_event(shard, payload)

    def _deserialize_guild_delete(
        self, shard: Shard, payload: JSONObject
    ) -> guild_events.GuildUnavailableEvent | guild_events.GuildLeaveEvent:
        """GUILD_DELETE: an outage when it says `unavailable: true`, else the bot left."""
        if payload.get("unavailable") is True:
            return self.deserialize_guild_unavailable_event(shard, payload)
        return self.deserialize_guild_leave_event(shard, payload)

    def deserialize_guild_available_event(
        self, shard: Shard, payload: JSONObject
    ) -> guild_events.GuildAvailableEvent:
        """A GUILD_CREATE for a guild that was unavailable."""
        return guild_events.GuildAvailableEvent(shard=shard, **self._contents(payload))

    def deserialize_guild_join_event(self, shard: Shard, payload: JSONObject) -> guild_events.GuildJoinEvent:
        """A GUILD_CREATE for a guild the bot joined."""
        return guild_events.GuildJoinEvent(shard=shard, **self._contents(payload))

    def deserialize_guild_update_event(
        self, shard: Shard, payload: JSONObject, *, old_guild: guilds.GatewayGuild | None = None
    ) -> guild_events.GuildUpdateEvent:
        """GUILD_UPDATE: the guild with its roles, emojis and stickers."""
        guild = _gateway_guild.GatewayGuild.from_payload(payload, app=self._app)
        look = _gateway_guild.guild_look(payload, app=self._app, guild_id=guild.id)
        return guild_events.GuildUpdateEvent(shard=shard, guild=guild, old_guild=old_guild, **look)

    def deserialize_guild_leave_event(
        self, shard: Shard, payload: JSONObject, *, old_guild: guilds.GatewayGuild | None = None
    ) -> guild_events.GuildLeaveEvent:
        """A GUILD_DELETE for a guild the bot left or was removed from."""
        guild_id = snowflakes.parse(payload["id"])
        return guild_events.GuildLeaveEvent(
            app=self._app, shard=shard, guild_id=guild_id, old_guild=old_guild
        )

    def deserialize_guild_unavailable_event(
        self, shard: Shard, payload: JSONObject
    ) -> guild_events.GuildUnavailableEvent:
        """A GUILD_DELETE for a guild in an outage."""
        guild_id = snowflakes.parse(payload["id"])
        return guild_events.GuildUnavailableEvent(app=self._app, shard=shard, guild_id=guild_id)
