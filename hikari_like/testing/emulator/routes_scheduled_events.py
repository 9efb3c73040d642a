"""A guild's scheduled events (#23), as Discord serves them (guild-scheduled-event.mdx).

Creating, editing and deleting need MANAGE_EVENTS, or CREATE_EVENTS for an event the bot made
(50013); a stage or voice event needs a `channel_id` of that kind (50035), an external one a
`location` (1-100 characters) and a `scheduled_end_time`, and no channel. Names are 1-100
characters, descriptions at most 1000; the start must not be in the past, the end not before the
start (50035). `status` moves SCHEDULED to ACTIVE or CANCELED and ACTIVE to COMPLETED; anything
else, or any edit of a finished event, is 50035 on `status` (180000 for the finished one).
Unknown events are 10070. The users list pages by user ID (`before`/`after`, `limit` 1-100),
always ascending, with `member` when `with_member` is true.

```python
event = add_event(discord.world, guild, "Quiz", entity_type=EXTERNAL, location="Park")
subscribe(guild, event["id"], "42")
```
"""

from __future__ import annotations

__all__ = ["EXTERNAL", "ROUTES", "STAGE", "VOICE", "add_event", "subscribe"]

import datetime
import typing

from hikari_like.internal import json
from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator.field_checks import check_length
from hikari_like.testing.emulator.field_checks import image_hash
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.field_checks import query_bool
from hikari_like.testing.emulator.field_checks import query_int
from hikari_like.testing.emulator.field_checks import query_snowflake
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import missing_permissions
from hikari_like.testing.emulator.permissions import permissions_in
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from aiohttp import web

    from hikari_like.testing.emulator.guild_world import GuildRecord
    from hikari_like.testing.emulator.guild_world import GuildWorld
    from hikari_like.testing.emulator.routing import RequestContext

STAGE, VOICE, EXTERNAL = 1, 2, 3
SCHEDULED, ACTIVE, COMPLETED, CANCELED = 1, 2, 3, 4
_CHANNEL_TYPES: typing.Final = {STAGE: 13, VOICE: 2}
_MOVES: typing.Final = {SCHEDULED: {SCHEDULED, ACTIVE, CANCELED}, ACTIVE: {ACTIVE, COMPLETED}}
_FIELDS: typing.Final = (
    "name",
    "description",
    "privacy_level",
    "scheduled_start_time",
    "scheduled_end_time",
    "entity_type",
    "channel_id",
    "entity_metadata",
    "status",
    "recurrence_rule",
)


def add_event(
    world: GuildWorld,
    guild: GuildRecord,
    name: str,
    *,
    entity_type: int = EXTERNAL,
    channel_id: str | None = None,
    location: str | None = "Somewhere",
    start: datetime.datetime | None = None,
    creator: json.JSONObject | None = None,
) -> json.JSONObject:
    """Store a scheduled event in `guild` (starting in a day unless `start` is given) and return it."""
    begins = start or datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
    external = entity_type == EXTERNAL
    event: json.JSONObject = {
        "id": world.ids(),
        "guild_id": guild.id,
        "channel_id": None if external else channel_id,
        "creator_id": None if creator is None else creator["id"],
        "name": name,
        "description": None,
        "scheduled_start_time": begins.isoformat(),
        "scheduled_end_time": (begins + datetime.timedelta(hours=1)).isoformat() if external else None,
        "privacy_level": 2,
        "status": SCHEDULED,
        "entity_type": entity_type,
        "entity_id": None,
        "entity_metadata": {"location": location} if external else None,
        "image": None,
        "recurrence_rule": None,
    }
    if creator is not None:
        event["creator"] = creator
    guild.scheduled_events[event["id"]] = event
    return event


def subscribe(guild: GuildRecord, event_id: str, user_id: str) -> None:
    """Mark member `user_id` as interested in the event."""
    guild.member(user_id)
    guild.event_users.setdefault(event_id, set()).add(user_id)


def _event_of(ctx: RequestContext) -> tuple[GuildRecord, json.JSONObject]:
    guild = guild_of(ctx)
    event = guild.scheduled_events.get(ctx.params["event"])
    if event is None:
        raise DiscordError.unknown("Guild Scheduled Event", 10070)
    return guild, event


def _require_events(ctx: RequestContext, guild: GuildRecord, event: json.JSONObject | None) -> None:
    """MANAGE_EVENTS, or CREATE_EVENTS to create an event or change one the bot made."""
    granted = permissions_in(ctx.state.world, guild, actor(ctx))
    own = event is None or event.get("creator_id") == actor(ctx)
    if not (granted & Permissions.MANAGE_EVENTS or (own and granted & Permissions.CREATE_EVENTS)):
        raise missing_permissions()


def _shown(guild: GuildRecord, event: json.JSONObject, ctx: RequestContext) -> json.JSONObject:
    if not query_bool(ctx, "with_user_count"):
        return event
    return {**event, "user_count": len(guild.event_users.get(event["id"], ()))}


def _moment(body: json.JSONObject, name: str) -> datetime.datetime | None:
    value = body.get(name)
    if value is None:
        return None
    try:
        moment = datetime.datetime.fromisoformat(str(value))
    except ValueError:
        raise invalid(name, "DATE_TIME_TYPE_PARSE", f"Could not parse {value}.") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def _check_times(event: json.JSONObject, body: json.JSONObject) -> None:
    start = _moment(event, "scheduled_start_time")
    end = _moment(event, "scheduled_end_time")
    if "scheduled_start_time" in body and start and start < datetime.datetime.now(datetime.UTC):
        raise invalid(
            "scheduled_start_time", "GUILD_SCHEDULED_EVENT_SCHEDULE_PAST", "Cannot schedule in the past."
        )
    if start and end and end < start:
        raise invalid(
            "scheduled_end_time", "GUILD_SCHEDULED_EVENT_END_BEFORE_START", "Must end after it starts."
        )


def _check_place(ctx: RequestContext, guild: GuildRecord, event: json.JSONObject) -> None:
    """A stage or voice event in a channel of that type; an external one somewhere, with an end."""
    kind = event.get("entity_type")
    if kind == EXTERNAL:
        location = (event.get("entity_metadata") or {}).get("location")
        if not isinstance(location, str) or not 1 <= len(location) <= 100:
            raise invalid("entity_metadata.location", "BASE_TYPE_REQUIRED", "This field is required")
        if event.get("channel_id") is not None:
            raise invalid("channel_id", "GUILD_SCHEDULED_EVENT_CHANNEL_NOT_ALLOWED", "Must be null")
        if event.get("scheduled_end_time") is None:
            raise invalid("scheduled_end_time", "BASE_TYPE_REQUIRED", "This field is required")
        return
    if kind not in _CHANNEL_TYPES:
        raise invalid("entity_type", "ENUM_TYPE_COERCE", f'Value "{kind}" is not a valid enum value.')
    channel = ctx.state.world.channels.get(str(event.get("channel_id")))
    if channel is None or channel.get("guild_id") != guild.id or channel["type"] != _CHANNEL_TYPES[kind]:
        raise invalid("channel_id", "CHANNEL_TYPE_INVALID", "Invalid channel type for this event")


def _check_fields(body: json.JSONObject, *, creating: bool) -> None:
    for name in ("name", "privacy_level", "scheduled_start_time", "entity_type") if creating else ():
        if body.get(name) is None:
            raise invalid(name, "BASE_TYPE_REQUIRED", "This field is required")
    check_length(body, "name", 1, 100)
    check_length(body, "description", 0, 1000)
    if body.get("privacy_level", 2) != 2:
        raise invalid("privacy_level", "ENUM_TYPE_COERCE", "Not a valid privacy level.")


def _apply(ctx: RequestContext, guild: GuildRecord, event: json.JSONObject, body: json.JSONObject) -> None:
    changed: json.JSONObject = {**event, **{name: body[name] for name in _FIELDS if name in body}}
    if "image" in body:
        changed["image"] = image_hash("image", body["image"])
    _check_times(changed, body)
    _check_place(ctx, guild, changed)
    event.update(changed)


async def create_event(ctx: RequestContext) -> web.Response:
    guild = guild_of(ctx)
    _require_events(ctx, guild, None)
    body = validation.require_object(ctx.body.json)
    _check_fields(body, creating=True)
    event = add_event(
        ctx.state.world, guild, body["name"], entity_type=body["entity_type"], creator=ctx.state.bot_user
    )
    try:
        # Nothing of `add_event`'s defaults stands in for what the body left out.
        _apply(
            ctx,
            guild,
            event,
            {"scheduled_end_time": None, "entity_metadata": None, **body, "status": SCHEDULED},
        )
    except DiscordError:
        del guild.scheduled_events[event["id"]]
        raise
    return json_response(event)


async def edit_event(ctx: RequestContext) -> web.Response:
    guild, event = _event_of(ctx)
    _require_events(ctx, guild, event)
    body = validation.optional_object(ctx.body.json)
    _check_fields(body, creating=False)
    if event["status"] not in _MOVES:
        raise DiscordError(400, "Cannot update a finished event", 180000)
    if "status" in body and body["status"] not in _MOVES[event["status"]]:
        raise invalid("status", "GUILD_SCHEDULED_EVENT_INVALID_STATUS_TRANSITION", "Invalid status change.")
    _apply(ctx, guild, event, body)
    return json_response(event)


async def delete_event(ctx: RequestContext) -> web.Response:
    guild, event = _event_of(ctx)
    _require_events(ctx, guild, event)
    del guild.scheduled_events[event["id"]]
    guild.event_users.pop(event["id"], None)
    return empty_response()


async def get_event(ctx: RequestContext) -> web.Response:
    guild, event = _event_of(ctx)
    return json_response(_shown(guild, event, ctx))


async def list_events(ctx: RequestContext) -> web.Response:
    guild = guild_of(ctx)
    unfinished = [event for event in guild.scheduled_events.values() if event["status"] in _MOVES]
    return json_response([_shown(guild, event, ctx) for event in unfinished])


async def list_event_users(ctx: RequestContext) -> web.Response:
    guild, event = _event_of(ctx)
    limit = query_int(ctx, "limit", default=100, low=1, high=100)
    before, after = query_snowflake(ctx, "before"), query_snowflake(ctx, "after")
    ids = sorted(int(user_id) for user_id in guild.event_users.get(event["id"], ()))
    if before is not None:
        ids = [user_id for user_id in ids if user_id < before][-limit:]
    else:
        ids = [user_id for user_id in ids if user_id > (after or 0)][:limit]
    with_member = query_bool(ctx, "with_member")
    return json_response(
        [_event_user(guild, event, str(user_id), with_member=with_member) for user_id in ids]
    )


def _event_user(
    guild: GuildRecord, event: json.JSONObject, user_id: str, *, with_member: bool
) -> json.JSONObject:
    member = guild.members.get(user_id)
    entry: json.JSONObject = {
        "guild_scheduled_event_id": event["id"],
        "user": member["user"] if member else {"id": user_id},
    }
    if with_member and member is not None:
        entry["member"] = {key: value for key, value in member.items() if key != "user"}
    return entry


_EVENTS: typing.Final = "/guilds/{guild}/scheduled-events"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template=_EVENTS, handler=list_events),
    RouteSpec(method="POST", template=_EVENTS, handler=create_event),
    RouteSpec(method="GET", template=_EVENTS + "/{event}/users", handler=list_event_users),
    RouteSpec(method="GET", template=_EVENTS + "/{event}", handler=get_event),
    RouteSpec(method="PATCH", template=_EVENTS + "/{event}", handler=edit_event),
    RouteSpec(method="DELETE", template=_EVENTS + "/{event}", handler=delete_event),
)
