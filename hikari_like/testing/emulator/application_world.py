"""What the emulated Discord keeps about its application beyond commands (#23): its emojis,
linked-role metadata, the users' role connections and connections, command permission
overwrites, and running Activity instances.

```python
discord.state.applications.add_connection(name="kat-codes", type="github")
```
"""

from __future__ import annotations

__all__ = ["ApplicationWorld"]

import typing

import attrs

if typing.TYPE_CHECKING:
    from hikari_like.internal import json


@attrs.define(slots=True, kw_only=True)
class ApplicationWorld:
    """The application's own records; handlers read and change them, tests inspect and seed them."""

    emojis: dict[str, json.JSONObject] = attrs.field(factory=dict)
    """Emoji ID -> Discord's emoji object, in creation order."""
    role_metadata: list[json.JSONObject] = attrs.field(factory=list)
    """The role-connection metadata records, as last set."""
    role_connections: dict[str, json.JSONObject] = attrs.field(factory=dict)
    """User ID -> that user's role connection to the application."""
    connections: list[json.JSONObject] = attrs.field(factory=list)
    """The connections `GET /users/@me/connections` lists (the Bearer token's user's)."""
    command_permissions: dict[tuple[str, str], list[json.JSONObject]] = attrs.field(factory=dict)
    """(guild ID, command ID) -> the permission overwrites set there, in the order sent."""

    def add_connection(
        self, *, name: str, type: str, connection_id: str | None = None, verified: bool = True
    ) -> json.JSONObject:
        """Seed a connection of the token's user (as linking an account in Discord's settings would)."""
        connection: json.JSONObject = {
            "id": connection_id or str(len(self.connections) + 1),
            "name": name,
            "type": type,
            "revoked": False,
            "integrations": [],
            "verified": verified,
            "friend_sync": False,
            "show_activity": True,
            "two_way_link": False,
            "visibility": 1,
        }
        self.connections.append(connection)
        return connection
