"""Voice states (#23), as Discord serves them (voice.mdx): who is connected where, and who may
speak in a stage.

Members are put in voice with `discord.connect_voice` (the state's channel); the rest of a state
(`suppress`, `request_to_speak_timestamp`) is kept in `GuildRecord.voice_states`. A member not in
voice is 10065 (Unknown Voice State). The edits work in the stage the member is in: another
channel is 50035 on `channel_id`, a channel that is not a stage 50024. Unsuppressing anyone needs
MUTE_MEMBERS, as does suppressing someone else; asking to speak needs REQUEST_TO_SPEAK (50013).

```python
discord.connect_voice(42, stage["id"])
```
"""

from __future__ import annotations

__all__ = ["ROUTES", "voice_state"]

import typing

from hikari_like.internal import json
from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from aiohttp import web

    from hikari_like.testing.emulator.guild_world import GuildRecord
    from hikari_like.testing.emulator.routing import RequestContext

_STAGE_TYPE: typing.Final = 13


def voice_state(guild: GuildRecord, user_id: str) -> json.JSONObject:
    """Discord's voice state object of a member connected to voice; 10065 otherwise."""
    if user_id not in guild.voice:
        raise DiscordError.unknown("Voice State", 10065)
    member = guild.member(user_id)
    channel_id = guild.voice[user_id]
    extra = guild.voice_states.get(user_id, {})
    return {
        "guild_id": guild.id,
        "channel_id": channel_id,
        "user_id": user_id,
        "member": member,
        "session_id": f"session-{user_id}",
        "deaf": member.get("deaf", False),
        "mute": member.get("mute", False),
        "self_deaf": False,
        "self_mute": False,
        "self_video": False,
        "suppress": extra.get("suppress", False),
        "request_to_speak_timestamp": extra.get("request_to_speak_timestamp"),
    }


def _target(ctx: RequestContext) -> str:
    user = ctx.params.get("user")
    return actor(ctx) if user is None else user


async def get_voice_state(ctx: RequestContext) -> web.Response:
    return json_response(voice_state(guild_of(ctx), _target(ctx)))


def _check_stage(
    ctx: RequestContext, guild: GuildRecord, user_id: str, body: json.JSONObject
) -> json.JSONObject:
    """The stage the member is in, which `channel_id` must name."""
    state = voice_state(guild, user_id)
    if body.get("channel_id") is None or str(body["channel_id"]) != state["channel_id"]:
        raise invalid("channel_id", "BASE_TYPE_CHOICES", "The member is not in this channel")
    channel = ctx.state.world.guild_channel(guild, state["channel_id"])
    if channel["type"] != _STAGE_TYPE:
        raise DiscordError(400, "Cannot execute action on this channel type", 50024)
    return channel


async def edit_voice_state(ctx: RequestContext) -> web.Response:
    guild = guild_of(ctx)
    user_id = _target(ctx)
    body = validation.require_object(ctx.body.json)
    channel = _check_stage(ctx, guild, user_id, body)
    own = user_id == actor(ctx)
    if body.get("suppress") is False or (not own and "suppress" in body):
        require(ctx.state.world, guild, actor(ctx), Permissions.MUTE_MEMBERS, channel)
    if own and body.get("request_to_speak_timestamp") is not None:
        require(ctx.state.world, guild, actor(ctx), Permissions.REQUEST_TO_SPEAK, channel)
    extra = guild.voice_states.setdefault(user_id, {})
    if body.get("suppress") is not None:
        extra["suppress"] = body["suppress"]
    if own and "request_to_speak_timestamp" in body:
        extra["request_to_speak_timestamp"] = body["request_to_speak_timestamp"]
    return empty_response()


_STATES: typing.Final = "/guilds/{guild}/voice-states"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template=_STATES + "/@me", handler=get_voice_state),
    RouteSpec(method="PATCH", template=_STATES + "/@me", handler=edit_voice_state),
    RouteSpec(method="GET", template=_STATES + "/{user}", handler=get_voice_state),
    RouteSpec(method="PATCH", template=_STATES + "/{user}", handler=edit_voice_state),
)
