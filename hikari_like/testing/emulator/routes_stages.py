"""Stage instances (#23), as Discord serves them (stage-instance.mdx): one live session per stage.

Every route needs the bot to be a stage moderator in the channel: MANAGE_CHANNELS, MUTE_MEMBERS
and MOVE_MEMBERS (50013); `send_start_notification` also needs MENTION_EVERYONE. A channel that
is not a stage is 50024; a second instance in one stage is 150006; a channel without one is
10067 (Unknown Stage Instance). Topics are 1-120 characters (50035). Opening a stage tied to a
scheduled stage event starts the event (ACTIVE, its `entity_id` the instance); ending it
completes the event.

```python
stage = discord.add_channel("stage", channel_type=13)
```
"""

from __future__ import annotations

__all__ = ["ROUTES", "STAGE_MODERATOR"]

import typing

from hikari_like.internal import json
from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator.field_checks import check_length
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import guild_channel_of
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

STAGE_MODERATOR: typing.Final = (
    Permissions.MANAGE_CHANNELS | Permissions.MUTE_MEMBERS | Permissions.MOVE_MEMBERS
)
"""What Discord asks of whoever opens, changes or ends a stage."""
_STAGE_TYPE: typing.Final = 13
_EVENT_ACTIVE, _EVENT_COMPLETED = 2, 3


def _stage(ctx: RequestContext, channel_id: str | None = None) -> tuple[GuildRecord, json.JSONObject]:
    """The stage channel (the path's, or `channel_id`), the bot a stage moderator there."""
    if channel_id is not None:
        channel = ctx.state.world.channels.get(channel_id)
        if channel is None or channel.get("guild_id") is None:
            raise DiscordError.unknown("Channel", 10003)
        guild = guild_of(ctx, str(channel["guild_id"]))
    else:
        guild, channel = guild_channel_of(ctx)
    if channel["type"] != _STAGE_TYPE:
        raise DiscordError(400, "Cannot execute action on this channel type", 50024)
    require(ctx.state.world, guild, actor(ctx), STAGE_MODERATOR, channel)
    return guild, channel


def _instance_of(ctx: RequestContext) -> tuple[GuildRecord, json.JSONObject]:
    guild, channel = _stage(ctx)
    instance = guild.stage_instances.get(channel["id"])
    if instance is None:
        raise DiscordError.unknown("Stage Instance", 10067)
    return guild, instance


def _check_privacy(body: json.JSONObject) -> None:
    if body.get("privacy_level", 2) not in (1, 2):
        raise invalid("privacy_level", "ENUM_TYPE_COERCE", "Not a valid privacy level.")


def _start_event(guild: GuildRecord, instance: json.JSONObject) -> None:
    event_id = instance.get("guild_scheduled_event_id")
    if event_id is None:
        return
    event = guild.scheduled_events.get(str(event_id))
    if event is None:
        raise DiscordError.unknown("Guild Scheduled Event", 10070)
    event.update(status=_EVENT_ACTIVE, entity_id=instance["id"])


async def create_stage_instance(ctx: RequestContext) -> web.Response:
    body = validation.require_object(ctx.body.json)
    if body.get("channel_id") is None or not body.get("topic"):
        raise invalid(
            "topic" if body.get("channel_id") else "channel_id",
            "BASE_TYPE_REQUIRED",
            "This field is required",
        )
    guild, channel = _stage(ctx, str(body["channel_id"]))
    if body.get("send_start_notification"):
        require(ctx.state.world, guild, actor(ctx), Permissions.MENTION_EVERYONE, channel)
    check_length(body, "topic", 1, 120)
    _check_privacy(body)
    if channel["id"] in guild.stage_instances:
        raise DiscordError(400, "Stage already has an instance", 150006)
    event_id = body.get("guild_scheduled_event_id")
    instance: json.JSONObject = {
        "id": ctx.state.world.ids(),
        "guild_id": guild.id,
        "channel_id": channel["id"],
        "topic": body["topic"],
        "privacy_level": body.get("privacy_level") or 2,
        "discoverable_disabled": False,
        "guild_scheduled_event_id": None if event_id is None else str(event_id),
    }
    _start_event(guild, instance)
    guild.stage_instances[channel["id"]] = instance
    return json_response(instance)


async def get_stage_instance(ctx: RequestContext) -> web.Response:
    _, instance = _instance_of(ctx)
    return json_response(instance)


async def edit_stage_instance(ctx: RequestContext) -> web.Response:
    _, instance = _instance_of(ctx)
    body = validation.optional_object(ctx.body.json)
    check_length(body, "topic", 1, 120)
    _check_privacy(body)
    instance.update({name: body[name] for name in ("topic", "privacy_level") if body.get(name) is not None})
    return json_response(instance)


async def delete_stage_instance(ctx: RequestContext) -> web.Response:
    guild, instance = _instance_of(ctx)
    del guild.stage_instances[instance["channel_id"]]
    event = guild.scheduled_events.get(str(instance.get("guild_scheduled_event_id")))
    if event is not None:
        event["status"] = _EVENT_COMPLETED
    return empty_response()


_STAGE: typing.Final = "/stage-instances/{channel}"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="POST", template="/stage-instances", handler=create_stage_instance),
    RouteSpec(method="GET", template=_STAGE, handler=get_stage_instance),
    RouteSpec(method="PATCH", template=_STAGE, handler=edit_stage_instance),
    RouteSpec(method="DELETE", template=_STAGE, handler=delete_stage_instance),
)
