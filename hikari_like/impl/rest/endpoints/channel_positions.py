"""`ChannelRepositioner`: what `rest.reposition_channels` returns, awaited to send the new positions.

hikari's `hikari.impl.special_endpoints.ChannelRepositioner`, with the same setters:

```python
repositioner = rest.reposition_channels(guild, {0: rules, 1: general}, reason="tidy up")
repositioner.add_reposition_channel(2, voice, parent=category, lock_permissions=True)
await repositioner
```

Discord's "Modify Guild Channel Positions" (resources/guild.mdx): a JSON array of
`{"id", "position", "lock_permissions", "parent_id"}`, only the channels that move.
"""

from __future__ import annotations

__all__ = ["ChannelRepositioner", "RepositionedChannel"]

import typing

from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes

if typing.TYPE_CHECKING:
    from hikari_like.api import rest as rest_api
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED


class RepositionedChannel:
    """One channel's new place: its position and, optionally, a new parent category.

    >>> RepositionedChannel(channel=general, position=1, parent=category).position
    1
    """

    __slots__ = ("_channel", "_lock_permissions", "_parent", "_position")

    def __init__(
        self,
        channel: snowflakes.SnowflakeishOr,
        position: int,
        lock_permissions: bool | undefined.UndefinedType = _UNDEFINED,
        parent: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        self._channel = channel
        self._position = position
        self._lock_permissions = lock_permissions
        self._parent = parent

    def __repr__(self) -> str:
        return f"RepositionedChannel(channel={self._channel!r}, position={self._position!r})"

    @property
    def channel(self) -> snowflakes.SnowflakeishOr:
        """The channel to move."""
        return self._channel

    def set_channel(self, channel: snowflakes.SnowflakeishOr) -> typing.Self:
        """Set the channel to move."""
        self._channel = channel
        return self

    @property
    def position(self) -> int:
        """Its new position."""
        return self._position

    def set_position(self, position: int) -> typing.Self:
        """Set its new position."""
        self._position = position
        return self

    @property
    def lock_permissions(self) -> bool | undefined.UndefinedType:
        """Whether it takes its new parent's overwrites (only `True` syncs them)."""
        return self._lock_permissions

    def set_lock_permissions(self, lock: bool | undefined.UndefinedType) -> typing.Self:
        """Set whether it takes its new parent's overwrites."""
        self._lock_permissions = lock
        return self

    @property
    def parent(self) -> snowflakes.SnowflakeishOr | undefined.UndefinedType:
        """The category it moves to, if it changes."""
        return self._parent

    def set_parent(self, parent: snowflakes.SnowflakeishOr | undefined.UndefinedType) -> typing.Self:
        """Set the category it moves to."""
        self._parent = parent
        return self

    def build(self) -> JSONObject:
        """This entry of Discord's array."""
        body = payloads.Payload()
        body.put_snowflake("id", self._channel)
        body.put("position", self._position)
        body.put("lock_permissions", self._lock_permissions)
        body.put_snowflake("parent_id", self._parent)
        return body


class ChannelRepositioner:
    """New positions for some of a guild's channels, sent when awaited (`rest.reposition_channels`).

    ```python
    await rest.reposition_channels(guild, {0: rules, 1: general})
    ```
    """

    __slots__ = ("_guild", "_positions", "_reason", "_rest")

    def __init__(
        self,
        guild: snowflakes.SnowflakeishOr,
        rest: rest_api.RESTClient,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        self._guild = guild
        self._rest = rest
        self._reason = reason
        self._positions: list[RepositionedChannel] = []

    def __repr__(self) -> str:
        return f"ChannelRepositioner(guild={self._guild!r}, positions={self._positions!r})"

    @property
    def guild(self) -> snowflakes.SnowflakeishOr:
        """The guild whose channels move."""
        return self._guild

    def set_guild(self, guild: snowflakes.SnowflakeishOr) -> typing.Self:
        """Set the guild whose channels move."""
        self._guild = guild
        return self

    @property
    def reason(self) -> str | undefined.UndefinedType:
        """The audit log's reason."""
        return self._reason

    def set_reason(self, reason: str | undefined.UndefinedType) -> typing.Self:
        """Set the audit log's reason."""
        self._reason = reason
        return self

    @property
    def positions(self) -> typing.Sequence[RepositionedChannel]:
        """The channels that move, in the order given."""
        return self._positions

    def set_positions(self, positions: typing.Sequence[RepositionedChannel]) -> typing.Self:
        """Replace the channels that move."""
        self._positions = list(positions)
        return self

    def add_reposition_channel(
        self,
        position: int,
        channel: snowflakes.SnowflakeishOr,
        *,
        lock_permissions: bool | undefined.UndefinedType = _UNDEFINED,
        parent: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Self:
        """Move `channel` to `position` (and into `parent`, taking its overwrites if `lock_permissions`)."""
        self._positions.append(RepositionedChannel(channel, position, lock_permissions, parent))
        return self

    async def _send(self) -> None:
        route = routes.PATCH_GUILD_CHANNELS.compile(guild=snowflakes.snowflake_of(self._guild))
        body = [entry.build() for entry in self._positions]
        await self._rest.request(route, json=body, reason=self._reason)

    def __await__(self) -> typing.Generator[typing.Any, None, None]:
        return self._send().__await__()
