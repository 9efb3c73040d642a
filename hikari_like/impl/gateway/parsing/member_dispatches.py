"""`MemberDispatches`: the dispatches about a guild's members, roles and bans.

Each payload names its guild (`guild_id`) and carries the member, role or user as Discord's own
object, read by the model's parser. hikari_like keeps no cache, so `old_member` and `old_role`
are `None` unless the caller passes them.

```python
factory.deserialize_guild_member_add_event(shard, payload)  # MemberCreateEvent
```
"""

from __future__ import annotations

__all__ = ["MemberDispatches"]

import typing

from hikari_like import _gateway_guild
from hikari_like import guilds
from hikari_like import snowflakes
from hikari_like import users
from hikari_like.events import guild_events
from hikari_like.events import member_events
from hikari_like.events import role_events
from hikari_like.events import shard_events
from hikari_like.impl.gateway.parsing.base import DispatchParsers
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject

    Shard = shard_events.GatewayShard


class MemberDispatches(DispatchParsers):
    """Members joining, changing and leaving; roles; bans; the chunks of member requests."""

    __slots__ = ()

    DISPATCHES: typing.ClassVar[typing.Mapping[str, str]] = {
        "GUILD_MEMBER_ADD": "deserialize_guild_member_add_event",
        "GUILD_MEMBER_UPDATE": "deserialize_guild_member_update_event",
        "GUILD_MEMBER_REMOVE": "deserialize_guild_member_remove_event",
        "GUILD_ROLE_CREATE": "deserialize_guild_role_create_event",
        "GUILD_ROLE_UPDATE": "deserialize_guild_role_update_event",
        "GUILD_ROLE_DELETE": "deserialize_guild_role_delete_event",
        "GUILD_BAN_ADD": "deserialize_guild_ban_add_event",
        "GUILD_BAN_REMOVE": "deserialize_guild_ban_remove_event",
        "GUILD_MEMBERS_CHUNK": "deserialize_guild_member_chunk_event",
    }

    def _user(self, payload: JSONObject) -> users.User:
        """The payload's required `user` object."""
        return users.User.from_payload(read.required_object(payload, "user"), app=self._app)

    def _guild_member(self, payload: JSONObject) -> guilds.Member:
        """A member object with its `guild_id` and `user` (both required)."""
        guild_id = snowflakes.parse(payload["guild_id"])
        return guilds.Member.from_payload(payload, user=self._user(payload), guild_id=guild_id)

    def _role(self, payload: JSONObject) -> guilds.Role:
        """The payload's `role`, of the guild `guild_id`."""
        guild_id = snowflakes.parse(payload["guild_id"])
        return guilds.Role.from_payload(
            read.required_object(payload, "role"), app=self._app, guild_id=guild_id
        )

    def _user_in_guild(self, payload: JSONObject) -> dict[str, typing.Any]:
        """`guild_id` and `user`, the fields of the events that name a user of a guild."""
        return {"guild_id": snowflakes.parse(payload["guild_id"]), "user": self._user(payload)}

    # -- members -----------------------------------------------------------------------------------

    def deserialize_guild_member_add_event(
        self, shard: Shard, payload: JSONObject
    ) -> member_events.MemberCreateEvent:
        """GUILD_MEMBER_ADD: the new member."""
        return member_events.MemberCreateEvent(shard=shard, member=self._guild_member(payload))

    def deserialize_guild_member_update_event(
        self, shard: Shard, payload: JSONObject, *, old_member: guilds.Member | None = None
    ) -> member_events.MemberUpdateEvent:
        """GUILD_MEMBER_UPDATE: the member as it is now."""
        member = self._guild_member(payload)
        return member_events.MemberUpdateEvent(shard=shard, member=member, old_member=old_member)

    def deserialize_guild_member_remove_event(
        self, shard: Shard, payload: JSONObject, *, old_member: guilds.Member | None = None
    ) -> member_events.MemberDeleteEvent:
        """GUILD_MEMBER_REMOVE: the user who left and the guild."""
        return member_events.MemberDeleteEvent(
            shard=shard, old_member=old_member, **self._user_in_guild(payload)
        )

    # -- roles -------------------------------------------------------------------------------------

    def deserialize_guild_role_create_event(
        self, shard: Shard, payload: JSONObject
    ) -> role_events.RoleCreateEvent:
        """GUILD_ROLE_CREATE: the new role."""
        return role_events.RoleCreateEvent(shard=shard, role=self._role(payload))

    def deserialize_guild_role_update_event(
        self, shard: Shard, payload: JSONObject, *, old_role: guilds.Role | None = None
    ) -> role_events.RoleUpdateEvent:
        """GUILD_ROLE_UPDATE: the role as it is now."""
        return role_events.RoleUpdateEvent(shard=shard, role=self._role(payload), old_role=old_role)

    def deserialize_guild_role_delete_event(
        self, shard: Shard, payload: JSONObject, *, old_role: guilds.Role | None = None
    ) -> role_events.RoleDeleteEvent:
        """GUILD_ROLE_DELETE: the IDs of the role and its guild."""
        return role_events.RoleDeleteEvent(
            app=self._app,
            shard=shard,
            guild_id=snowflakes.parse(payload["guild_id"]),
            role_id=snowflakes.parse(payload["role_id"]),
            old_role=old_role,
        )

    # -- bans --------------------------------------------------------------------------------------

    def deserialize_guild_ban_add_event(
        self, shard: Shard, payload: JSONObject
    ) -> guild_events.BanCreateEvent:
        """GUILD_BAN_ADD: who was banned, from which guild."""
        return guild_events.BanCreateEvent(shard=shard, **self._user_in_guild(payload))

    def deserialize_guild_ban_remove_event(
        self, shard: Shard, payload: JSONObject
    ) -> guild_events.BanDeleteEvent:
        """GUILD_BAN_REMOVE: who was unbanned, in which guild."""
        return guild_events.BanDeleteEvent(shard=shard, **self._user_in_guild(payload))

    # -- member requests ---------------------------------------------------------------------------

    def deserialize_guild_member_chunk_event(
        self, shard: Shard, payload: JSONObject
    ) -> shard_events.MemberChunkEvent:
        """GUILD_MEMBERS_CHUNK: one chunk of the answer to a member request (opcode 8).

        The guild ID, `chunk_index` and `chunk_count` are required; a member or presence that
        cannot be read is left out, and a `not_found` ID that is not a snowflake too.
        """
        guild_id = snowflakes.parse(payload["guild_id"])
        return shard_events.MemberChunkEvent(
            app=self._app,
            shard=shard,
            guild_id=guild_id,
            chunk_index=read.required_natural(payload, "chunk_index"),
            chunk_count=read.required_natural(payload, "chunk_count"),
            not_found=read.each(read.array(payload.get("not_found")), snowflakes.parse),
            nonce=read.text(payload.get("nonce")),
            **_gateway_guild.members_and_presences(payload, app=self._app, guild_id=guild_id),
        )
