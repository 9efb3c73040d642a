"""Stage instance endpoints: open, change, end and fetch the live session of a stage (#23).

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: resources/stage-instance.mdx,
"Create/Get/Modify/Delete Stage Instance"). Each needs the bot to be a stage moderator in the
channel: MANAGE_CHANNELS, MUTE_MEMBERS and MOVE_MEMBERS.

```python
stage = await rest.create_stage_instance(stage_id, topic="Q&A", privacy_level=UNDEFINED)
await rest.edit_stage_instance(stage_id, topic="Q&A, part 2")
await rest.delete_stage_instance(stage_id)
```
"""

from __future__ import annotations

__all__ = ["StageInstanceEndpoints"]

import typing

from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes

if typing.TYPE_CHECKING:
    from hikari_like import stage_instances
else:
    from hikari_like.internal import lazy_imports

    # Loaded when a call first needs its models: most bots never open a stage.
    stage_instances = lazy_imports.module("hikari_like.stage_instances")

_UNDEFINED: typing.Final = undefined.UNDEFINED
_PrivacyLevel: typing.TypeAlias = "int | stage_instances.StageInstancePrivacyLevel"


class StageInstanceEndpoints(rest_api.RESTClient):
    """`create_stage_instance`, `edit_stage_instance`, `delete_stage_instance`, `fetch_stage_instance`."""

    __slots__ = ()

    async def _stage_request(
        self,
        route: routes.CompiledRoute,
        body: payloads.Payload,
        reason: undefined.UndefinedOr[str],
    ) -> stage_instances.StageInstance:
        payload = await self.request(route, json=body, reason=reason)
        return stage_instances.StageInstance.from_payload(payload, app=self)

    async def create_stage_instance(
        self,
        channel: snowflakes.SnowflakeishOr,
        *,
        topic: str,
        privacy_level: undefined.UndefinedOr[_PrivacyLevel],
        send_start_notification: undefined.UndefinedOr[bool] = _UNDEFINED,
        scheduled_event_id: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> stage_instances.StageInstance:
        """Open a stage: `topic` is 1-120 characters; `send_start_notification` pings the guild
        (needs MENTION_EVERYONE); `scheduled_event_id` ties it to a stage event. `BadRequestError`
        (150006) when the stage is already open.

        ```python
        stage = await rest.create_stage_instance(stage_id, topic="Q&A", privacy_level=UNDEFINED)
        ```
        """
        body = payloads.Payload()
        body.put_snowflake("channel_id", channel)
        body.put("topic", topic)
        body.put("privacy_level", privacy_level)
        body.put("send_start_notification", send_start_notification)
        body.put_snowflake("guild_scheduled_event_id", scheduled_event_id)
        return await self._stage_request(routes.POST_STAGE_INSTANCES.compile(), body, reason)

    async def edit_stage_instance(
        self,
        channel: snowflakes.SnowflakeishOr,
        *,
        topic: undefined.UndefinedOr[str] = _UNDEFINED,
        privacy_level: undefined.UndefinedOr[_PrivacyLevel] = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> stage_instances.StageInstance:
        """Change an open stage's topic or privacy level.

        ```python
        await rest.edit_stage_instance(stage_id, topic="Q&A, part 2")
        ```
        """
        body = payloads.Payload()
        body.put("topic", topic)
        body.put("privacy_level", privacy_level)
        route = routes.compile_ids(routes.PATCH_STAGE_INSTANCE, channel=channel)
        return await self._stage_request(route, body, reason)

    async def delete_stage_instance(
        self, channel: snowflakes.SnowflakeishOr, reason: undefined.UndefinedOr[str] = _UNDEFINED
    ) -> None:
        """End a stage's live session.

        ```python
        await rest.delete_stage_instance(stage_id, reason="done")
        ```
        """
        await self.request(routes.compile_ids(routes.DELETE_STAGE_INSTANCE, channel=channel), reason=reason)

    async def fetch_stage_instance(self, channel: snowflakes.SnowflakeishOr) -> stage_instances.StageInstance:
        """The stage's live session; `NotFoundError` (10067) when it has none.

        ```python
        stage = await rest.fetch_stage_instance(stage_id)
        ```
        """
        payload = await self.request(routes.compile_ids(routes.GET_STAGE_INSTANCE, channel=channel))
        return stage_instances.StageInstance.from_payload(payload, app=self)
