"""Voice events: a member's voice state changing (`VoiceStateUpdateEvent`), the voice server
to connect to (`VoiceServerUpdateEvent`), and a voice channel's status or start time changing
(`VoiceChannelStatusUpdateEvent`, `VoiceChannelStartTimeUpdateEvent`).

```python
@bot.listen()
async def on_voice(event: hikari_like.VoiceStateUpdateEvent) -> None:
    print(f"{event.state.user_id} is now in {event.state.channel_id}")
```

hikari_like makes no voice connections; these events say what Discord reported. They need the
`GUILD_VOICE_STATES` intent. `old_state` is always `None` (no cache).
"""

from __future__ import annotations

__all__ = [
    "VoiceChannelStartTimeUpdateEvent",
    "VoiceChannelStatusUpdateEvent",
    "VoiceEvent",
    "VoiceServerUpdateEvent",
    "VoiceStateUpdateEvent",
]

import typing

import attrs

from hikari_like.events import base_events
from hikari_like.events import shard_events
from hikari_like.intents import Intents

if typing.TYPE_CHECKING:
    import datetime

    from hikari_like import snowflakes
    from hikari_like import traits
    from hikari_like import voices


class VoiceEvent(shard_events.ShardEvent):
    """An event about voice in a guild."""

    __slots__ = ()

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        raise NotImplementedError  # every concrete event provides it


@base_events.requires_intents(Intents.GUILD_VOICE_STATES)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class VoiceStateUpdateEvent(VoiceEvent):
    """A member joined, left or moved between voice channels, or muted, deafened... (VOICE_STATE_UPDATE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    old_state: voices.VoiceState | None = attrs.field(repr=False)
    """The voice state before the change: always `None` (no cache)."""
    state: voices.VoiceState

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.state.app

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild's ID."""
        return self.state.guild_id


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class VoiceServerUpdateEvent(VoiceEvent):
    """The voice server the bot's voice connection in a guild should use (VOICE_SERVER_UPDATE)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    token: str = attrs.field(repr=False)
    """The voice connection's token (a secret)."""
    raw_endpoint: str | None
    """The server's host as Discord sent it; `None`: the server went away, wait for another."""

    @property
    def endpoint(self) -> str | None:
        """The server's websocket URL (`wss://` and the host), or `None` when there is none."""
        return None if self.raw_endpoint is None else f"wss://{self.raw_endpoint}"


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class VoiceChannelStatusUpdateEvent(VoiceEvent):
    """A voice channel's status text changed (VOICE_CHANNEL_STATUS_UPDATE)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    channel_id: snowflakes.Snowflake
    status: str | None
    """The new status; `None` when it was cleared."""


@base_events.requires_intents(Intents.GUILDS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class VoiceChannelStartTimeUpdateEvent(VoiceEvent):
    """Someone started or ended a voice session in a channel (VOICE_CHANNEL_START_TIME_UPDATE)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    channel_id: snowflakes.Snowflake
    voice_start_time: datetime.datetime | None
    """When the voice session began; `None` when the channel emptied."""
