"""`VoiceDispatches`: voice states, voice servers, and the bot's own user changing.

```python
factory.deserialize_voice_state_update_event(shard, payload)  # VoiceStateUpdateEvent
```
"""

from __future__ import annotations

__all__ = ["VoiceDispatches"]

import typing

from hikari_like import snowflakes
from hikari_like import users
from hikari_like import voices
from hikari_like.events import user_events
from hikari_like.events import voice_events
from hikari_like.impl.gateway.parsing.base import DispatchParsers
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like.events import shard_events
    from hikari_like.internal.json import JSONObject

    Shard = shard_events.GatewayShard


class VoiceDispatches(DispatchParsers):
    """VOICE_STATE_UPDATE, VOICE_SERVER_UPDATE and USER_UPDATE."""

    __slots__ = ()

    DISPATCHES: typing.ClassVar[typing.Mapping[str, str]] = {
        "VOICE_STATE_UPDATE": "deserialize_voice_state_update_event",
        "VOICE_SERVER_UPDATE": "deserialize_voice_server_update_event",
        "USER_UPDATE": "deserialize_own_user_update_event",
    }

    def deserialize_voice_state_update_event(
        self, shard: Shard, payload: JSONObject, *, old_state: voices.VoiceState | None = None
    ) -> voice_events.VoiceStateUpdateEvent:
        """VOICE_STATE_UPDATE: the member's voice state now (`channel_id` `None`: they left)."""
        state = voices.VoiceState.from_payload(payload, app=self._app)
        return voice_events.VoiceStateUpdateEvent(shard=shard, state=state, old_state=old_state)

    def deserialize_voice_server_update_event(
        self, shard: Shard, payload: JSONObject
    ) -> voice_events.VoiceServerUpdateEvent:
        """VOICE_SERVER_UPDATE: the voice server's token and host."""
        return voice_events.VoiceServerUpdateEvent(
            app=self._app,
            shard=shard,
            guild_id=snowflakes.parse(payload["guild_id"]),
            token=read.required_text(payload, "token"),
            raw_endpoint=read.text(payload.get("endpoint")),
        )

    def deserialize_own_user_update_event(
        self, shard: Shard, payload: JSONObject, *, old_user: users.OwnUser | None = None
    ) -> user_events.OwnUserUpdateEvent:
        """USER_UPDATE: the bot's user as it is now."""
        user = users.OwnUser.from_payload(payload, app=self._app)
        return user_events.OwnUserUpdateEvent(shard=shard, user=user, old_user=old_user)
