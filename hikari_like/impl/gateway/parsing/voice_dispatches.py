"""`VoiceDispatches`: voice states, voice servers, voice channels' status and start time, stage
instances, and the bot's own user changing.

```python
factory.deserialize_voice_state_update_event(shard, payload)  # VoiceStateUpdateEvent
```
"""

from __future__ import annotations

__all__ = ["VoiceDispatches"]

import datetime
import typing

from hikari_like import snowflakes
from hikari_like import stage_instances
from hikari_like import users
from hikari_like import voices
from hikari_like.events import stage_events
from hikari_like.events import user_events
from hikari_like.events import voice_events
from hikari_like.impl.gateway.parsing.base import DispatchParsers
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like.events import shard_events
    from hikari_like.internal.json import JSONObject

    Shard = shard_events.GatewayShard


class VoiceDispatches(DispatchParsers):
    """VOICE_STATE_UPDATE, VOICE_SERVER_UPDATE, VOICE_CHANNEL_STATUS_UPDATE,
    VOICE_CHANNEL_START_TIME_UPDATE, STAGE_INSTANCE_CREATE/UPDATE/DELETE and USER_UPDATE."""

    __slots__ = ()

    DISPATCHES: typing.ClassVar[typing.Mapping[str, str]] = {
        "VOICE_STATE_UPDATE": "deserialize_voice_state_update_event",
        "VOICE_SERVER_UPDATE": "deserialize_voice_server_update_event",
        "VOICE_CHANNEL_STATUS_UPDATE": "deserialize_voice_channel_status_update_event",
        "VOICE_CHANNEL_START_TIME_UPDATE": "deserialize_voice_channel_start_time_update_event",
        "STAGE_INSTANCE_CREATE": "deserialize_stage_instance_create_event",
        "STAGE_INSTANCE_UPDATE": "deserialize_stage_instance_update_event",
        "STAGE_INSTANCE_DELETE": "deserialize_stage_instance_delete_event",
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

    def _voice_channel(self, shard: Shard, payload: JSONObject) -> dict[str, typing.Any]:
        """The fields every voice channel event has: the app, the shard, the guild and channel IDs."""
        return {
            "app": self._app,
            "shard": shard,
            "guild_id": snowflakes.parse(payload["guild_id"]),
            "channel_id": snowflakes.parse(payload["id"]),
        }

    def deserialize_voice_channel_status_update_event(
        self, shard: Shard, payload: JSONObject
    ) -> voice_events.VoiceChannelStatusUpdateEvent:
        """VOICE_CHANNEL_STATUS_UPDATE: the channel's new status (`None`: cleared)."""
        status = read.text(payload.get("status"))
        return voice_events.VoiceChannelStatusUpdateEvent(
            status=status, **self._voice_channel(shard, payload)
        )

    def deserialize_voice_channel_start_time_update_event(
        self, shard: Shard, payload: JSONObject
    ) -> voice_events.VoiceChannelStartTimeUpdateEvent:
        """VOICE_CHANNEL_START_TIME_UPDATE: when the channel's voice session began (Unix seconds)."""
        seconds = read.number(payload.get("voice_start_time"))
        start = None if seconds is None else datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC)
        return voice_events.VoiceChannelStartTimeUpdateEvent(
            voice_start_time=start, **self._voice_channel(shard, payload)
        )

    def _stage(self, payload: JSONObject) -> stage_instances.StageInstance:
        return stage_instances.StageInstance.from_payload(payload, app=self._app)

    def deserialize_stage_instance_create_event(
        self, shard: Shard, payload: JSONObject
    ) -> stage_events.StageInstanceCreateEvent:
        """STAGE_INSTANCE_CREATE: the stage that went live."""
        return stage_events.StageInstanceCreateEvent(shard=shard, stage_instance=self._stage(payload))

    def deserialize_stage_instance_update_event(
        self, shard: Shard, payload: JSONObject
    ) -> stage_events.StageInstanceUpdateEvent:
        """STAGE_INSTANCE_UPDATE: the stage as it is now."""
        return stage_events.StageInstanceUpdateEvent(shard=shard, stage_instance=self._stage(payload))

    def deserialize_stage_instance_delete_event(
        self, shard: Shard, payload: JSONObject
    ) -> stage_events.StageInstanceDeleteEvent:
        """STAGE_INSTANCE_DELETE: the stage as it was when it ended."""
        return stage_events.StageInstanceDeleteEvent(shard=shard, stage_instance=self._stage(payload))

    def deserialize_own_user_update_event(
        self, shard: Shard, payload: JSONObject, *, old_user: users.OwnUser | None = None
    ) -> user_events.OwnUserUpdateEvent:
        """USER_UPDATE: the bot's user as it is now."""
        user = users.OwnUser.from_payload(payload, app=self._app)
        return user_events.OwnUserUpdateEvent(shard=shard, user=user, old_user=old_user)
