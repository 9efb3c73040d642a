"""Scheduled event endpoints: a guild's events in a stage, a voice channel or elsewhere (#23).

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: resources/guild-scheduled-event.mdx,
"List/Get/Create/Modify/Delete Guild Scheduled Event", "Get Guild Scheduled Event Users"). The
event fetches ask for `with_user_count`, as hikari does, so `user_count` is set.

```python
event = await rest.create_external_event(guild_id, "Picnic", "The park", start, end)
await rest.edit_scheduled_event(guild_id, event, status=ScheduledEventStatus.ACTIVE)
async for interested in rest.fetch_scheduled_event_users(guild_id, event):
    print(interested.user.username)
```
"""

from __future__ import annotations

__all__ = ["ScheduledEventEndpoints"]

import datetime
import functools
import typing

from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.rest import pagination
from hikari_like.impl.rest import payloads
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import images

if typing.TYPE_CHECKING:
    from hikari_like import files
    from hikari_like import iterators
    from hikari_like import scheduled_events
    from hikari_like.internal.json import JSONObject
else:
    from hikari_like.internal import lazy_imports

    # Loaded when a call first needs its models: most bots never schedule an event.
    scheduled_events = lazy_imports.module("hikari_like.scheduled_events")

_UNDEFINED: typing.Final = undefined.UNDEFINED
_WITH_USER_COUNT: typing.Final = {"with_user_count": "true"}
_USERS_PAGE: typing.Final = 100
_Rule: typing.TypeAlias = "scheduled_events.ScheduledEventRecurrenceRule"
_PrivacyLevel: typing.TypeAlias = "int | scheduled_events.EventPrivacyLevel"


def _event_body(
    *,
    entity_type: undefined.UndefinedOr[int],
    name: undefined.UndefinedOr[str],
    channel: undefined.UndefinedNoneOr[snowflakes.SnowflakeishOr] = _UNDEFINED,
    location: undefined.UndefinedOr[str] = _UNDEFINED,
    start_time: undefined.UndefinedOr[datetime.datetime] = _UNDEFINED,
    end_time: undefined.UndefinedNoneOr[datetime.datetime] = _UNDEFINED,
    description: undefined.UndefinedNoneOr[str] = _UNDEFINED,
    privacy_level: undefined.UndefinedOr[_PrivacyLevel] = _UNDEFINED,
    status: undefined.UndefinedOr[int] = _UNDEFINED,
    recurrence_rule: undefined.UndefinedNoneOr[_Rule] = _UNDEFINED,
) -> payloads.Payload:
    """The JSON of an event to create or change; the image is put beside it (`images.put_image`)."""
    body = payloads.Payload()
    body.put_snowflake("channel_id", channel)
    body.put("name", name)
    body.put("privacy_level", privacy_level)
    body.put_datetime("scheduled_start_time", start_time)
    body.put_datetime("scheduled_end_time", end_time)
    body.put("description", description)
    body.put("entity_type", entity_type)
    body.put("status", status)
    body.put("recurrence_rule", recurrence_rule, conversion=lambda rule: rule.to_payload())
    body.put("entity_metadata", location, conversion=lambda place: {"location": place})
    return body


class ScheduledEventEndpoints(rest_api.RESTClient):
    """Create (stage, voice, external), edit, delete and fetch scheduled events, and their users."""

    __slots__ = ()

    async def _send_event(
        self,
        route: routes.CompiledRoute,
        body: payloads.Payload,
        image: undefined.UndefinedOr[files.Resourceish],
        reason: undefined.UndefinedOr[str],
    ) -> scheduled_events.ScheduledEvent:
        await images.put_image(body, "image", image)
        payload = await self.request(route, json=body, reason=reason)
        return scheduled_events.ScheduledEvent.from_payload(payload, app=self)

    async def _create_in_channel(
        self,
        entity_type: scheduled_events.ScheduledEventType,
        guild: snowflakes.SnowflakeishOr,
        image: undefined.UndefinedOr[files.Resourceish],
        reason: undefined.UndefinedOr[str],
        **fields: typing.Any,
    ) -> scheduled_events.ScheduledEvent:
        body = _event_body(entity_type=int(entity_type), **fields)
        route = routes.compile_ids(routes.POST_GUILD_SCHEDULED_EVENTS, guild=guild)
        return await self._send_event(route, body, image, reason)

    async def create_stage_event(
        self,
        guild: snowflakes.SnowflakeishOr,
        channel: snowflakes.SnowflakeishOr,
        name: str,
        /,
        start_time: datetime.datetime,
        *,
        description: undefined.UndefinedOr[str] = _UNDEFINED,
        end_time: undefined.UndefinedOr[datetime.datetime] = _UNDEFINED,
        image: undefined.UndefinedOr[files.Resourceish] = _UNDEFINED,
        privacy_level: _PrivacyLevel = 2,
        recurrence_rule: undefined.UndefinedOr[_Rule] = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> scheduled_events.ScheduledStageEvent:
        """Schedule an event in a stage channel. Needs MANAGE_EVENTS (or CREATE_EVENTS) and, in
        the channel, MANAGE_CHANNELS, MUTE_MEMBERS and MOVE_MEMBERS.

        ```python
        event = await rest.create_stage_event(guild_id, stage_id, "AMA", start, description="Ask!")
        ```
        """
        event = await self._create_in_channel(
            scheduled_events.ScheduledEventType.STAGE_INSTANCE,
            guild,
            image,
            reason,
            channel=channel,
            name=name,
            start_time=start_time,
            description=description,
            end_time=end_time,
            privacy_level=privacy_level,
            recurrence_rule=recurrence_rule,
        )
        return typing.cast("scheduled_events.ScheduledStageEvent", event)

    async def create_voice_event(
        self,
        guild: snowflakes.SnowflakeishOr,
        channel: snowflakes.SnowflakeishOr,
        name: str,
        /,
        start_time: datetime.datetime,
        *,
        description: undefined.UndefinedOr[str] = _UNDEFINED,
        end_time: undefined.UndefinedOr[datetime.datetime] = _UNDEFINED,
        image: undefined.UndefinedOr[files.Resourceish] = _UNDEFINED,
        privacy_level: _PrivacyLevel = 2,
        recurrence_rule: undefined.UndefinedOr[_Rule] = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> scheduled_events.ScheduledVoiceEvent:
        """Schedule an event in a voice channel. Needs MANAGE_EVENTS (or CREATE_EVENTS) and, in
        the channel, VIEW_CHANNEL and CONNECT.

        ```python
        event = await rest.create_voice_event(guild_id, lounge_id, "Game night", start)
        ```
        """
        event = await self._create_in_channel(
            scheduled_events.ScheduledEventType.VOICE,
            guild,
            image,
            reason,
            channel=channel,
            name=name,
            start_time=start_time,
            description=description,
            end_time=end_time,
            privacy_level=privacy_level,
            recurrence_rule=recurrence_rule,
        )
        return typing.cast("scheduled_events.ScheduledVoiceEvent", event)

    async def create_external_event(
        self,
        guild: snowflakes.SnowflakeishOr,
        name: str,
        /,
        location: str,
        start_time: datetime.datetime,
        end_time: datetime.datetime,
        *,
        description: undefined.UndefinedOr[str] = _UNDEFINED,
        image: undefined.UndefinedOr[files.Resourceish] = _UNDEFINED,
        privacy_level: _PrivacyLevel = 2,
        recurrence_rule: undefined.UndefinedOr[_Rule] = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> scheduled_events.ScheduledExternalEvent:
        """Schedule an event outside Discord, at `location` (1-100 characters), which must end.
        Needs MANAGE_EVENTS (or CREATE_EVENTS).

        ```python
        event = await rest.create_external_event(guild_id, "Picnic", "The park", start, end)
        ```
        """
        event = await self._create_in_channel(
            scheduled_events.ScheduledEventType.EXTERNAL,
            guild,
            image,
            reason,
            name=name,
            location=location,
            start_time=start_time,
            end_time=end_time,
            description=description,
            privacy_level=privacy_level,
            recurrence_rule=recurrence_rule,
        )
        return typing.cast("scheduled_events.ScheduledExternalEvent", event)

    async def edit_scheduled_event(
        self,
        guild: snowflakes.SnowflakeishOr,
        event: snowflakes.SnowflakeishOr,
        /,
        *,
        channel: undefined.UndefinedNoneOr[snowflakes.SnowflakeishOr] = _UNDEFINED,
        description: undefined.UndefinedNoneOr[str] = _UNDEFINED,
        entity_type: undefined.UndefinedOr[int | scheduled_events.ScheduledEventType] = _UNDEFINED,
        image: undefined.UndefinedOr[files.Resourceish] = _UNDEFINED,
        location: undefined.UndefinedOr[str] = _UNDEFINED,
        name: undefined.UndefinedOr[str] = _UNDEFINED,
        privacy_level: undefined.UndefinedOr[_PrivacyLevel] = _UNDEFINED,
        start_time: undefined.UndefinedOr[datetime.datetime] = _UNDEFINED,
        end_time: undefined.UndefinedNoneOr[datetime.datetime] = _UNDEFINED,
        status: undefined.UndefinedOr[int | scheduled_events.ScheduledEventStatus] = _UNDEFINED,
        recurrence_rule: undefined.UndefinedNoneOr[_Rule] = _UNDEFINED,
        reason: undefined.UndefinedOr[str] = _UNDEFINED,
    ) -> scheduled_events.ScheduledEvent:
        """Change an event; `status` moves it on (SCHEDULED to ACTIVE or CANCELED, ACTIVE to
        COMPLETED; nothing after). Moving it to EXTERNAL sends `channel_id: null`, as Discord
        requires, unless `channel` is given; it then needs a `location` and an `end_time`.

        ```python
        await rest.edit_scheduled_event(guild_id, event, status=ScheduledEventStatus.ACTIVE)
        ```
        """
        if entity_type == scheduled_events.ScheduledEventType.EXTERNAL and channel is _UNDEFINED:
            channel = None
        body = _event_body(
            entity_type=_UNDEFINED if entity_type is _UNDEFINED else int(entity_type),
            name=name,
            channel=channel,
            location=location,
            start_time=start_time,
            end_time=end_time,
            description=description,
            privacy_level=privacy_level,
            status=_UNDEFINED if status is _UNDEFINED else int(status),
            recurrence_rule=recurrence_rule,
        )
        route = routes.compile_ids(routes.PATCH_GUILD_SCHEDULED_EVENT, guild=guild, event=event)
        return await self._send_event(route, body, image, reason)

    async def delete_scheduled_event(
        self, guild: snowflakes.SnowflakeishOr, event: snowflakes.SnowflakeishOr, /
    ) -> None:
        """Delete an event; `NotFoundError` (10070) for an unknown one.

        ```python
        await rest.delete_scheduled_event(guild_id, event)
        ```
        """
        await self.request(routes.compile_ids(routes.DELETE_GUILD_SCHEDULED_EVENT, guild=guild, event=event))

    async def fetch_scheduled_event(
        self, guild: snowflakes.SnowflakeishOr, event: snowflakes.SnowflakeishOr, /
    ) -> scheduled_events.ScheduledEvent:
        """One event, with its `user_count`; `NotFoundError` (10070) for an unknown one.

        ```python
        event = await rest.fetch_scheduled_event(guild_id, event_id)
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_SCHEDULED_EVENT, guild=guild, event=event)
        payload = await self.request(route, query=_WITH_USER_COUNT)
        return scheduled_events.ScheduledEvent.from_payload(payload, app=self)

    async def fetch_scheduled_events(
        self, guild: snowflakes.SnowflakeishOr, /
    ) -> typing.Sequence[scheduled_events.ScheduledEvent]:
        """Every event of the guild that has not ended, each with its `user_count`.

        ```python
        for event in await rest.fetch_scheduled_events(guild_id):
            print(event.name, event.start_time)
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_SCHEDULED_EVENTS, guild=guild)
        answer = await self.request(route, query=_WITH_USER_COUNT)
        parse = functools.partial(scheduled_events.ScheduledEvent.from_payload, app=self)
        return [parse(payload) for payload in answer if isinstance(payload, dict)]

    def fetch_scheduled_event_users(
        self,
        guild: snowflakes.SnowflakeishOr,
        event: snowflakes.SnowflakeishOr,
        /,
        *,
        newest_first: bool = False,
        start_at: undefined.UndefinedOr[snowflakes.SearchableSnowflakeishOr] = _UNDEFINED,
    ) -> iterators.LazyIterator[scheduled_events.ScheduledEventUser]:
        """The users interested in an event, with their members, lazily (100 a request, by user ID).

        ```python
        names = [entry.user.username async for entry in rest.fetch_scheduled_event_users(guild_id, event)]
        ```
        """
        route = routes.compile_ids(routes.GET_GUILD_SCHEDULED_EVENT_USERS, guild=guild, event=event)
        parse = functools.partial(_event_user, app=self, guild_id=snowflakes.snowflake_of(guild))
        return pagination.paginate_route(
            self,
            route,
            parse,
            direction="before" if newest_first else "after",
            page_size=_USERS_PAGE,
            start=pagination.start_cursor(start_at, newest_first=newest_first),
            query={"with_member": "true"},
            cursor_of=pagination.user_id_cursor,
            reverse_pages=newest_first,  # Discord sends every page in ascending order
        )


def _event_user(
    payload: JSONObject, *, app: rest_api.RESTClient, guild_id: snowflakes.Snowflake
) -> scheduled_events.ScheduledEventUser:
    return scheduled_events.ScheduledEventUser.from_payload(payload, app=app, guild_id=guild_id)
