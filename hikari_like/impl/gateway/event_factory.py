"""`EventFactoryImpl`: what a shard received (a name and its `d` object) as event objects.

```python
factory = EventFactoryImpl(bot)
for event in factory.deserialize(shard, "MESSAGE_CREATE", payload):
    bot.event_manager.dispatch(event)  # ShardPayloadEvent, then GuildMessageCreateEvent
```

Every dispatch gives a `ShardPayloadEvent`; the names this library has models for also give
their typed event. The shard's own "CONNECTED" and "DISCONNECTED" notes give the state events.
A payload that does not parse yields only its raw event and a WARNING (no traceback: the fault
is in the payload, not in code); repeats of the same event name within a minute are counted into
the next WARNING instead of each taking a line. One odd payload must not stop a shard, and a
stream of them must not flood the log.
"""

from __future__ import annotations

__all__ = ["EventFactoryImpl"]

import logging
import time
import typing

from hikari_like import applications
from hikari_like import messages
from hikari_like import snowflakes
from hikari_like import users
from hikari_like.events import interaction_events
from hikari_like.events import message_events
from hikari_like.events import monetization_events
from hikari_like.events import shard_events
from hikari_like.impl.gateway.parsing.base import DispatchParsers
from hikari_like.impl.gateway.parsing.base import dispatch_table
from hikari_like.impl.gateway.parsing.channel_dispatches import ChannelDispatches
from hikari_like.impl.gateway.parsing.guild_dispatches import GuildDispatches
from hikari_like.impl.gateway.parsing.member_dispatches import MemberDispatches
from hikari_like.impl.gateway.parsing.moderation_dispatches import ModerationDispatches
from hikari_like.impl.gateway.parsing.voice_dispatches import VoiceDispatches
from hikari_like.interactions import INTERACTION_TYPES
from hikari_like.interactions import AutocompleteInteraction
from hikari_like.interactions import CommandInteraction
from hikari_like.interactions import ComponentInteraction
from hikari_like.interactions import ModalInteraction

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.events import base_events
    from hikari_like.internal.json import JSONObject

_LOGGER: typing.Final = logging.getLogger("hikari_like.event_factory")
_WARNING_PERIOD: typing.Final = 60.0
_ERROR_TEXT: typing.Final = 120

CONNECTED: typing.Final = "CONNECTED"
"""The pseudo-dispatch a shard reports when its websocket opened."""
DISCONNECTED: typing.Final = "DISCONNECTED"
"""The pseudo-dispatch a shard reports when its websocket closed."""

_INTERACTION_EVENTS: typing.Final[
    typing.Mapping[type[typing.Any], type[interaction_events.InteractionCreateEvent]]
] = {
    CommandInteraction: interaction_events.CommandInteractionCreateEvent,
    ComponentInteraction: interaction_events.ComponentInteractionCreateEvent,
    AutocompleteInteraction: interaction_events.AutocompleteInteractionCreateEvent,
    ModalInteraction: interaction_events.ModalInteractionCreateEvent,
}


class _ThrottledWarning:
    """One WARNING per kind per `period` seconds; the repeats in between are counted into the next.

    Kinds must come from a fixed set (here, the event names this factory has models for).
    """

    __slots__ = ("_last", "_period", "_suppressed")

    def __init__(self, period: float) -> None:
        self._period = period
        self._last: dict[str, float] = {}
        self._suppressed: dict[str, int] = {}

    def warn(self, kind: str, message: str, *args: object) -> None:
        now = time.monotonic()
        last = self._last.get(kind)
        if last is not None and now - last < self._period:
            self._suppressed[kind] = self._suppressed.get(kind, 0) + 1
            _LOGGER.debug(message, *args)
            return
        self._last[kind] = now
        repeats = self._suppressed.pop(kind, 0)
        if repeats:
            message += f" ({repeats} more since the last warning)"
        _LOGGER.warning(message, *args)


def _brief(error: BaseException) -> str:
    """The error in one short line: model errors quote payload text, which must not forge log lines."""
    text = f"{type(error).__name__}: {error}"
    if not text.isprintable():
        text = ascii(text)
    return text if len(text) <= _ERROR_TEXT else text[:_ERROR_TEXT] + "..."


class EventFactoryImpl(
    ChannelDispatches,
    GuildDispatches,
    MemberDispatches,
    ModerationDispatches,
    VoiceDispatches,
    DispatchParsers,
):
    """Makes events that belong to `app` (what `event.app` returns).

    The dispatches it parses itself are the session's, interactions, new messages and
    entitlements; each family of other events is a `DispatchParsers` base of this class.
    """

    __slots__ = ("_app", "_typed", "_unparsed")

    DISPATCHES: typing.ClassVar[typing.Mapping[str, str]] = {
        "READY": "deserialize_ready_event",
        "RESUMED": "deserialize_resumed_event",
        "INTERACTION_CREATE": "deserialize_interaction_create_event",
        "MESSAGE_CREATE": "deserialize_message_create_event",
        "ENTITLEMENT_CREATE": "deserialize_entitlement_create_event",
        "ENTITLEMENT_UPDATE": "deserialize_entitlement_update_event",
        "ENTITLEMENT_DELETE": "deserialize_entitlement_delete_event",
    }

    def __init__(self, app: traits.RESTAware) -> None:
        self._app = app
        self._unparsed = _ThrottledWarning(_WARNING_PERIOD)
        self._typed = dispatch_table(self)

    def deserialize(
        self, shard: shard_events.GatewayShard, name: str, payload: JSONObject
    ) -> list[base_events.Event]:
        """The events for one thing the shard reported, in the order to dispatch them."""
        if name == CONNECTED:
            return [shard_events.ShardConnectedEvent(app=self._app, shard=shard)]
        if name == DISCONNECTED:
            return [shard_events.ShardDisconnectedEvent(app=self._app, shard=shard)]
        found: list[base_events.Event] = [
            shard_events.ShardPayloadEvent(app=self._app, shard=shard, name=name, payload=payload)
        ]
        deserializer = self._typed.get(name)
        if deserializer is None:
            return found
        try:
            event = deserializer(shard, payload)
        except Exception as error:
            # Any exception: the payload came from the network and only model code ran on it.
            self._unparsed.warn(
                name,
                "could not parse a %s dispatch (%s); only its ShardPayloadEvent is fired",
                name,
                _brief(error),
            )
            return found
        if event is not None:
            found.append(event)
        return found

    def deserialize_ready_event(
        self, shard: shard_events.GatewayShard, payload: JSONObject
    ) -> shard_events.ShardReadyEvent:
        """READY: the session, the bot's user, and the shard's guilds."""
        application = payload.get("application") or {}
        application_id = application.get("id")
        return shard_events.ShardReadyEvent(
            app=self._app,
            shard=shard,
            actual_gateway_version=int(payload.get("v", 10)),
            session_id=str(payload["session_id"]),
            resume_gateway_url=str(payload.get("resume_gateway_url") or ""),
            my_user=users.OwnUser.from_payload(payload["user"], app=self._app),
            unavailable_guilds=[
                snowflakes.Snowflake(int(guild["id"])) for guild in payload.get("guilds") or ()
            ],
            application_id=None if application_id is None else snowflakes.Snowflake(int(application_id)),
            application_flags=applications.ApplicationFlags(application.get("flags") or 0),
        )

    def deserialize_resumed_event(
        self, shard: shard_events.GatewayShard, payload: JSONObject
    ) -> shard_events.ShardResumedEvent:
        """RESUMED: the session continues."""
        return shard_events.ShardResumedEvent(app=self._app, shard=shard)

    def deserialize_interaction_create_event(
        self, shard: shard_events.GatewayShard, payload: JSONObject
    ) -> interaction_events.InteractionCreateEvent:
        """INTERACTION_CREATE, as the event class of the interaction's type.

        Raises
        ------
        ValueError
            For an interaction type this release has no model for.
        """
        interaction_type = payload.get("type")
        interaction_class = INTERACTION_TYPES.get(interaction_type) if type(interaction_type) is int else None
        if interaction_class is None:
            raise ValueError(f"no model for interaction type {interaction_type!r}")
        interaction = interaction_class.from_payload(payload, app=self._app)
        event_class = _INTERACTION_EVENTS.get(interaction_class, interaction_events.InteractionCreateEvent)
        return event_class(shard=shard, interaction=interaction)

    def deserialize_message_create_event(
        self, shard: shard_events.GatewayShard, payload: JSONObject
    ) -> message_events.MessageCreateEvent:
        """MESSAGE_CREATE: a guild message when the payload has a `guild_id`, else a DM."""
        message = messages.Message.from_payload(payload, app=self._app)
        if message.guild_id is not None:
            return message_events.GuildMessageCreateEvent(shard=shard, message=message)
        return message_events.DMMessageCreateEvent(shard=shard, message=message)

    def deserialize_entitlement_create_event(
        self, shard: shard_events.GatewayShard, payload: JSONObject
    ) -> monetization_events.EntitlementCreateEvent:
        """ENTITLEMENT_CREATE: the class a webhook event of that name makes too."""
        return monetization_events.EntitlementCreateEvent.from_payload(payload, app=self._app, shard=shard)

    def deserialize_entitlement_update_event(
        self, shard: shard_events.GatewayShard, payload: JSONObject
    ) -> monetization_events.EntitlementUpdateEvent:
        """ENTITLEMENT_UPDATE: an entitlement changed (e.g. a subscription renewed)."""
        return monetization_events.EntitlementUpdateEvent.from_payload(payload, app=self._app, shard=shard)

    def deserialize_entitlement_delete_event(
        self, shard: shard_events.GatewayShard, payload: JSONObject
    ) -> monetization_events.EntitlementDeleteEvent:
        """ENTITLEMENT_DELETE: an entitlement was removed."""
        return monetization_events.EntitlementDeleteEvent.from_payload(payload, app=self._app, shard=shard)
