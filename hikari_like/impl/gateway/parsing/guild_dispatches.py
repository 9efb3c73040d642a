"""`GuildDispatches`: the dispatches about a guild itself: GUILD_CREATE, GUILD_UPDATE, GUILD_DELETE,
its emojis, stickers and integrations, and its members' presences.

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
from hikari_like import guilds
from hikari_like import presences
from hikari_like import snowflakes
from hikari_like import users
from hikari_like._guild_details import _guild_stickers
from hikari_like._guild_details import _known_emojis
from hikari_like.events import guild_events
from hikari_like.impl.gateway.parsing.base import DispatchParsers

if typing.TYPE_CHECKING:
    from hikari_like import emojis
    from hikari_like import stickers
    from hikari_like.events import shard_events
    from hikari_like.internal.json import JSONObject

    Shard = shard_events.GatewayShard


class GuildDispatches(DispatchParsers):
    """A guild joined, available, updated, left or unavailable; emojis, stickers, integrations
    and presences."""

    __slots__ = ()

    DISPATCHES: typing.ClassVar[typing.Mapping[str, str]] = {
        "GUILD_CREATE": "_deserialize_guild_create",
        "GUILD_UPDATE": "deserialize_guild_update_event",
        "GUILD_DELETE": "_deserialize_guild_delete",
        "GUILD_EMOJIS_UPDATE": "deserialize_guild_emojis_update_event",
        "GUILD_STICKERS_UPDATE": "deserialize_guild_stickers_update_event",
        "INTEGRATION_CREATE": "deserialize_integration_create_event",
        "INTEGRATION_UPDATE": "deserialize_integration_update_event",
        "INTEGRATION_DELETE": "deserialize_integration_delete_event",
        "PRESENCE_UPDATE": "deserialize_presence_update_event",
    }

    def _contents(self, payload: JSONObject) -> dict[str, typing.Any]:
        """The guild of a GUILD_CREATE and what it carries, as the event's fields."""
        guild = _gateway_guild.GatewayGuild.from_payload(payload, app=self._app)
        return {"guild": guild, **_gateway_guild.guild_contents(payload, app=self._app, guild_id=guild.id)}

    def _deserialize_guild_create(
        self, shard: Shard, payload: JSONObject
    ) -> guild_events.GuildAvailableEvent | guild_events.GuildJoinEvent | None:
        """GUILD_CREATE, told apart by its `unavailable` field as hikari does; `None` for a guild
        still unavailable (an outage), for which hikari fires no event either (and nothing is wrong
        with the payload, so nothing is logged)."""
        unavailable = payload.get("unavailable")
        if unavailable:
            return None
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

    # -- emojis, stickers, integrations, presences -------------------------------------------------

    def deserialize_guild_emojis_update_event(
        self,
        shard: Shard,
        payload: JSONObject,
        *,
        old_emojis: typing.Sequence[emojis.KnownCustomEmoji] | None = None,
    ) -> guild_events.EmojisUpdateEvent:
        """GUILD_EMOJIS_UPDATE: every custom emoji the guild has now."""
        guild_id = snowflakes.parse(payload["guild_id"])
        found = _known_emojis(payload.get("emojis"), self._app, guild_id)
        return guild_events.EmojisUpdateEvent(
            app=self._app, shard=shard, guild_id=guild_id, emojis=list(found.values()), old_emojis=old_emojis
        )

    def deserialize_guild_stickers_update_event(
        self,
        shard: Shard,
        payload: JSONObject,
        *,
        old_stickers: typing.Sequence[stickers.GuildSticker] | None = None,
    ) -> guild_events.StickersUpdateEvent:
        """GUILD_STICKERS_UPDATE: every sticker the guild has now."""
        guild_id = snowflakes.parse(payload["guild_id"])
        found = _guild_stickers(payload.get("stickers"), self._app, guild_id)
        return guild_events.StickersUpdateEvent(
            app=self._app,
            shard=shard,
            guild_id=guild_id,
            stickers=list(found.values()),
            old_stickers=old_stickers,
        )

    def _integration(self, payload: JSONObject) -> guilds.Integration:
        guild_id = snowflakes.parse(payload["guild_id"])
        return guilds.Integration.from_payload(payload, app=self._app, guild_id=guild_id)

    def deserialize_integration_create_event(
        self, shard: Shard, payload: JSONObject
    ) -> guild_events.IntegrationCreateEvent:
        """INTEGRATION_CREATE: the new integration (with its `guild_id`)."""
        return guild_events.IntegrationCreateEvent(
            app=self._app, shard=shard, integration=self._integration(payload)
        )

    def deserialize_integration_update_event(
        self, shard: Shard, payload: JSONObject
    ) -> guild_events.IntegrationUpdateEvent:
        """INTEGRATION_UPDATE: the integration as it is now."""
        return guild_events.IntegrationUpdateEvent(
            app=self._app, shard=shard, integration=self._integration(payload)
        )

    def deserialize_integration_delete_event(
        self, shard: Shard, payload: JSONObject
    ) -> guild_events.IntegrationDeleteEvent:
        """INTEGRATION_DELETE: the IDs of the integration, its guild and (a bot's) application."""
        return guild_events.IntegrationDeleteEvent(
            app=self._app,
            shard=shard,
            id=snowflakes.parse(payload["id"]),
            guild_id=snowflakes.parse(payload["guild_id"]),
            application_id=snowflakes.parse_or_none(payload.get("application_id")),
        )

    def deserialize_presence_update_event(
        self, shard: Shard, payload: JSONObject, *, old_presence: presences.MemberPresence | None = None
    ) -> guild_events.PresenceUpdateEvent:
        """PRESENCE_UPDATE: the presence, and the user when Discord sent more than their ID."""
        presence = presences.MemberPresence.from_payload(payload, app=self._app)
        user_payload = payload["user"]
        user = users.User.from_payload(user_payload, app=self._app) if "username" in user_payload else None
        return guild_events.PresenceUpdateEvent(
            shard=shard, presence=presence, user=user, old_presence=old_presence
        )
