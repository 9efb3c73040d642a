"""Voice state endpoints: who is where in voice, and stage speaking rights (#23).

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: resources/voice.mdx, "Get
Current User Voice State", "Get User Voice State", "Modify Current User Voice State", "Modify
User Voice State"). The edits work in stage channels only, for a member already in `channel`.

```python
state = await rest.fetch_voice_state(guild_id, user_id)
await rest.edit_voice_state(guild_id, stage_id, user_id, suppress=False)  # invite to speak
await rest.edit_my_voice_state(guild_id, stage_id, request_to_speak=True)
```
"""

from __future__ import annotations

__all__ = ["VoiceStateEndpoints"]

import datetime
import typing

from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import voices
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes

_UNDEFINED: typing.Final = undefined.UNDEFINED


def _speaking_request(
    request_to_speak: undefined.UndefinedType | bool | datetime.datetime,
) -> undefined.UndefinedNoneOr[datetime.datetime]:
    """`request_to_speak` as Discord's `request_to_speak_timestamp`: `True` is now, `False` withdraws."""
    if request_to_speak is True:
        return datetime.datetime.now(datetime.UTC)
    return None if request_to_speak is False else request_to_speak


class VoiceStateEndpoints(rest_api.RESTClient):
    """`fetch_voice_state`, `fetch_my_voice_state`, `edit_voice_state`, `edit_my_voice_state`."""

    __slots__ = ()

    async def _voice_state(
        self, route: routes.CompiledRoute, guild: snowflakes.SnowflakeishOr
    ) -> voices.VoiceState:
        payload = await self.request(route)
        return voices.VoiceState.from_payload(payload, app=self, guild_id=snowflakes.snowflake_of(guild))

    async def fetch_voice_state(
        self, guild: snowflakes.SnowflakeishOr, user: snowflakes.SnowflakeishOr
    ) -> voices.VoiceState:
        """A member's voice state; `NotFoundError` (10065) when they are not connected.

        ```python
        state = await rest.fetch_voice_state(guild_id, user_id)
        ```
        """
        return await self._voice_state(
            routes.compile_ids(routes.GET_GUILD_VOICE_STATE, guild=guild, user=user), guild
        )

    async def fetch_my_voice_state(self, guild: snowflakes.SnowflakeishOr) -> voices.VoiceState:
        """The bot's own voice state; `NotFoundError` (10065) when it is not connected.

        ```python
        state = await rest.fetch_my_voice_state(guild_id)
        ```
        """
        return await self._voice_state(
            routes.compile_ids(routes.GET_MY_GUILD_VOICE_STATE, guild=guild), guild
        )

    async def edit_voice_state(
        self,
        guild: snowflakes.SnowflakeishOr,
        channel: snowflakes.SnowflakeishOr,
        user: snowflakes.SnowflakeishOr,
        *,
        suppress: undefined.UndefinedOr[bool] = _UNDEFINED,
    ) -> None:
        """Invite a member in stage `channel` to speak (`suppress=False`) or move them back to the
        audience (`True`). Needs MUTE_MEMBERS there.

        ```python
        await rest.edit_voice_state(guild_id, stage_id, user_id, suppress=False)
        ```
        """
        body = payloads.Payload()
        body.put_snowflake("channel_id", channel)
        body.put("suppress", suppress)
        route = routes.compile_ids(routes.PATCH_GUILD_VOICE_STATE, guild=guild, user=user)
        await self.request(route, json=body)

    async def edit_my_voice_state(
        self,
        guild: snowflakes.SnowflakeishOr,
        channel: snowflakes.SnowflakeishOr,
        *,
        suppress: undefined.UndefinedOr[bool] = _UNDEFINED,
        request_to_speak: undefined.UndefinedType | bool | datetime.datetime = _UNDEFINED,
    ) -> None:
        """Speak in stage `channel` (`suppress=False`, needs MUTE_MEMBERS) or ask to
        (`request_to_speak=True` or a moment, needs REQUEST_TO_SPEAK; `False` withdraws it).

        ```python
        await rest.edit_my_voice_state(guild_id, stage_id, request_to_speak=True)
        ```
        """
        body = payloads.Payload()
        body.put_snowflake("channel_id", channel)
        body.put("suppress", suppress)
        body.put_datetime("request_to_speak_timestamp", _speaking_request(request_to_speak))
        await self.request(routes.compile_ids(routes.PATCH_MY_GUILD_VOICE_STATE, guild=guild), json=body)
