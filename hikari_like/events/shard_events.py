"""Events about one shard: its connection state, and the raw payload of every dispatch it receives.

```python
@bot.listen()
async def on_ready(event: hikari_like.ShardReadyEvent) -> None:
    print(f"shard {event.shard.id} is ready as {event.my_user}")
```
"""

from __future__ import annotations

__all__ = [
    "GatewayShard",
    "MemberChunkEvent",
    "ShardConnectedEvent",
    "ShardDisconnectedEvent",
    "ShardEvent",
    "ShardPayloadEvent",
    "ShardReadyEvent",
    "ShardResumedEvent",
    "ShardStateEvent",
]

import typing

import attrs

from hikari_like.events import base_events

if typing.TYPE_CHECKING:
    from hikari_like import applications
    from hikari_like import guilds
    from hikari_like import presences
    from hikari_like import snowflakes
    from hikari_like import traits
    from hikari_like import users


@typing.runtime_checkable
class GatewayShard(typing.Protocol):
    """What an event tells about the shard that received it (`hikari_like.impl.GatewayShardImpl`)."""

    @property
    def id(self) -> int:
        """The shard's number, from 0 to `shard_count - 1`."""
        ...

    @property
    def shard_count(self) -> int:
        """How many shards the bot runs in total (across every process)."""
        ...

    @property
    def is_alive(self) -> bool:
        """Whether the shard is running (connected or reconnecting)."""
        ...

    @property
    def heartbeat_latency(self) -> float:
        """Seconds between the last heartbeat and its acknowledgement (`nan` before the first)."""
        ...


class ShardEvent(base_events.Event):
    """An event one shard received."""

    __slots__ = ()

    @property
    def shard(self) -> GatewayShard:
        """The shard that received the event."""
        raise NotImplementedError  # every concrete event provides it


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ShardPayloadEvent(ShardEvent):
    """The raw form of every dispatch (`t` and `d`), fired before the typed event made from it."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: GatewayShard = attrs.field(repr=False)
    name: str
    """The dispatch's name, as Discord spells it: `"MESSAGE_CREATE"`."""
    payload: typing.Mapping[str, typing.Any] = attrs.field(repr=False)
    """The dispatch's `d` object, as decoded."""


class ShardStateEvent(ShardEvent):
    """A change in a shard's connection: connected, disconnected, ready, resumed."""

    __slots__ = ()


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ShardConnectedEvent(ShardStateEvent):
    """The shard opened a websocket (IDENTIFY or RESUME follows)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: GatewayShard = attrs.field(repr=False)


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ShardDisconnectedEvent(ShardStateEvent):
    """The shard's websocket closed (it reconnects unless the bot is closing or the error was fatal)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: GatewayShard = attrs.field(repr=False)


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ShardReadyEvent(ShardStateEvent):
    """The shard identified and Discord answered READY: a new session."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: GatewayShard = attrs.field(repr=False)
    actual_gateway_version: int
    """The gateway version Discord is speaking (`v` in READY)."""
    session_id: str
    """The session a reconnect resumes."""
    resume_gateway_url: str = attrs.field(repr=False)
    """Where a reconnect of this session must go."""
    my_user: users.OwnUser
    """The bot's own account, with its private fields (as `rest.fetch_my_user()` gives it)."""
    unavailable_guilds: typing.Sequence[snowflakes.Snowflake] = attrs.field(repr=False)
    """The guilds of this shard; they become available one by one (GUILD_CREATE) after READY."""
    application_id: snowflakes.Snowflake | None
    """The application of the bot (`None` if Discord left it out)."""
    application_flags: applications.ApplicationFlags = attrs.field(repr=False)
    """The application's public flags."""


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ShardResumedEvent(ShardStateEvent):
    """The shard resumed its session after a reconnect: no dispatch was lost."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: GatewayShard = attrs.field(repr=False)


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class MemberChunkEvent(ShardEvent, typing.Sequence["guilds.Member"]):
    """One GUILD_MEMBERS_CHUNK: part of the answer to `bot.request_guild_members(...)`.

    The event is a sequence of its members; the chunks of one request share its `nonce`, and the
    last has `chunk_index == chunk_count - 1`.

    ```python
    await bot.request_guild_members(guild_id, nonce="everyone")
    members = []
    with bot.stream(hikari_like.MemberChunkEvent, timeout=30).filter(nonce="everyone") as chunks:
        async for chunk in chunks:
            members.extend(chunk)
            if chunk.chunk_index == chunk.chunk_count - 1:
                break
    ```
    """

    app: traits.RESTAware = attrs.field(repr=False)
    shard: GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    """The guild whose members these are."""
    members: typing.Mapping[snowflakes.Snowflake, guilds.Member] = attrs.field(repr=False)
    """This chunk's members, by user ID."""
    chunk_index: int
    """Where this chunk is among the request's chunks, from 0."""
    chunk_count: int
    """How many chunks answer the request."""
    not_found: typing.Sequence[snowflakes.Snowflake]
    """The requested user IDs (`users=`) that are not members."""
    presences: typing.Mapping[snowflakes.Snowflake, presences.MemberPresence] = attrs.field(repr=False)
    """The members' presences, by user ID (empty unless the request asked for them)."""
    nonce: str | None
    """The request's `nonce`, to tell its chunks from other requests' (`None` without one)."""

    @typing.overload
    def __getitem__(self, index: int, /) -> guilds.Member: ...

    @typing.overload
    def __getitem__(self, index: slice, /) -> typing.Sequence[guilds.Member]: ...

    def __getitem__(self, index: int | slice, /) -> guilds.Member | typing.Sequence[guilds.Member]:
        """The member at `index` (or the members of a slice), in the order Discord sent them."""
        return list(self.members.values())[index]

    def __iter__(self) -> typing.Iterator[guilds.Member]:
        return iter(self.members.values())

    def __len__(self) -> int:
        return len(self.members)
