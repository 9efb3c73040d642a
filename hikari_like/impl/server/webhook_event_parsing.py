"""Reading a webhook event's envelope and building its event object.

Discord wraps every webhook event as `{version, application_id, type: 1, event: {type,
timestamp, data}}`; `type: 0` is the PING sent when the URL is saved. `read_envelope` decides
what the request is (a PING, an event, or something to refuse) and `build_event` makes the event:
the entitlement classes the gateway uses too, a `WebhookEvent` subclass, or `UnknownWebhookEvent`
for a name this release has no class for, or whose data it could not read (logged, not dropped).
"""

from __future__ import annotations

__all__ = ["PING", "EventEnvelope", "build_event", "read_envelope"]

import logging
import typing

import attrs

from hikari_like import snowflakes
from hikari_like.events import application_events
from hikari_like.events import monetization_events
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.events import base_events
    from hikari_like.internal.json import JSONObject

_LOGGER: typing.Final = logging.getLogger("hikari_like.webhook_events")

PING: typing.Final = "PING"
"""`read_envelope`'s answer for a PING (webhook type 0)."""


@attrs.frozen(slots=True, kw_only=True)
class EventEnvelope:
    """A webhook event's envelope (webhook type 1), checked; `event` is its inner object."""

    version: int
    application_id: snowflakes.Snowflake
    event_type: str
    event: JSONObject
    """The inner event object, whole (`type`, `timestamp`, `data`): what a redelivery repeats."""


def read_envelope(payload: JSONObject) -> EventEnvelope | str | None:
    """`PING`, the `EventEnvelope` of an event, `None` for a webhook type this release does
    not know (acknowledged, not dispatched), or why the payload is malformed (a `str`)."""
    webhook_type = read.integer(payload.get("type"))
    if webhook_type is None:
        return "the body must have an integer 'type'"
    if webhook_type == 0:
        return PING
    if webhook_type != 1:
        return None
    event = payload.get("event")
    if not isinstance(event, dict) or not isinstance(event.get("type"), str):
        return "a webhook event must have an 'event' object with a string 'type'"
    application_id = snowflakes.parse_or_none(payload.get("application_id"))
    if application_id is None:
        return "a webhook event must have an 'application_id'"
    return EventEnvelope(
        version=read.natural(payload.get("version")) or 1,
        application_id=application_id,
        event_type=event["type"],
        event=event,
    )


def build_event(envelope: EventEnvelope, *, app: traits.RESTAware) -> base_events.Event:
    """The event object for `envelope`; never raises for a payload Discord could send."""
    data = read.mapping(envelope.event.get("data"))
    name = envelope.event_type
    fields: application_events.WebhookEventFields = {
        "app": app,
        "version": envelope.version,
        "application_id": envelope.application_id,
        "event_type": name,
        "timestamp": read.timestamp(envelope.event.get("timestamp")),
        "data": data,
    }
    try:
        entitlement_class = monetization_events.ENTITLEMENT_EVENTS.get(name)
        if entitlement_class is not None:
            return entitlement_class.from_payload(data, app=app, shard=None)
        event_class = application_events.WEBHOOK_EVENTS.get(name)
        if event_class is not None:
            return event_class.from_data(fields)
    except (KeyError, TypeError, ValueError) as error:
        # Signed by Discord, so a shape we cannot read is a Discord change (or our bug): the
        # listeners of `UnknownWebhookEvent` still get the data.
        _LOGGER.warning(
            "could not read a %s webhook event (%s); it is delivered unparsed",
            ascii(name),
            type(error).__name__,
        )
    else:
        _LOGGER.debug("no class for webhook event %s; it is delivered as UnknownWebhookEvent", ascii(name))
    return application_events.UnknownWebhookEvent(**fields)
