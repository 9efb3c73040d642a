"""`WebhookEventReceiver`: a verified webhook event in, a 204 out, then its listeners.

`InteractionServer.on_webhook_event` verifies the signature and the replay window exactly as for
interactions, then hands the body here. The answer to Discord never waits for a listener: an
event's 204 carries a `sent` flag (`Response.mark_sent`, as generator listeners' continuations
use), and the event is dispatched only once the backend has written it. A listener that takes a
minute cannot make Discord's 3-second deadline slip.

Discord redelivers an event it saw no 204 for (with backoff, for up to 10 minutes). A redelivery
repeats the event object (its type, timestamp and data) under a fresh signature, so the replay
guard alone would let it through: the receiver remembers a digest of each event for twice the
replay window (10 minutes by default), in the shared replay store when there is one, and answers
a repeat 204 without dispatching it, so listeners run once per event across workers.

The status table (after the shared HTTP checks and the signature):

| request | answer |
| --- | --- |
| not a JSON object | 400 |
| no integer `type` | 400 |
| `type` 0 (PING) | 204 |
| `type` 1 without an `event` object with a string `type`, or without `application_id` | 400 |
| `type` 1, any event name (unknown ones as `UnknownWebhookEvent`) | 204, then dispatched |
| `type` 1, an event already received within the window | 204, not dispatched |
| another integer `type` (none exists today) | 204, logged, not dispatched |
| the shared replay store failed | 503 (Discord retries) |

An unknown webhook type gets 204 rather than 400: Discord stops delivering to a URL that fails
too often, and a new kind of delivery must not take the known ones down with it.
"""

from __future__ import annotations

__all__ = ["EventDispatcherT", "WebhookEventReceiver"]

import asyncio
import contextlib
import hashlib
import json as stdlib_json
import logging
import time
import typing

from hikari_like.impl.server import replay
from hikari_like.impl.server import webhook_event_parsing
from hikari_like.impl.server.http_response import Response
from hikari_like.impl.server.http_response import text_response
from hikari_like.internal import json

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.events import base_events

EventDispatcherT = typing.Callable[["base_events.Event"], object]
"""Where events go, e.g. a bot's `event_manager.dispatch`."""

_LOGGER: typing.Final = logging.getLogger("hikari_like.webhook_events")
_DIGEST_PREFIX: typing.Final = b"webhook-event:"
_ALREADY_SEEN: typing.Final = "request already seen"
"""The reason both replay guards give for a key they hold."""
_SEND_WAIT: typing.Final = 30.0
"""How long an event waits for its 204 to be reported written, should a backend never report."""

_ACKNOWLEDGED: typing.Final = Response(204, None, "application/json")
"""No body, but a Content-Type: Discord asks for one even on the PING's 204."""
_NOT_JSON: typing.Final = text_response(400, "Body must be a UTF-8 JSON object")
_STORE_DOWN: typing.Final = text_response(503, "Replay protection unavailable")


def _malformed(reason: str) -> Response:
    return text_response(400, f"Malformed webhook event: {reason}")


def _digest(envelope: webhook_event_parsing.EventEnvelope) -> bytes:
    # Sorted keys: the identity of the event, not of how one delivery happened to serialise it.
    canonical = stdlib_json.dumps(envelope.event, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(b"%d:" % envelope.application_id + canonical.encode())
    return _DIGEST_PREFIX + digest.digest()


def _decode(body: bytes) -> json.JSONObject | None:
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        return None
    return payload if type(payload) is dict else None


def _answer_non_event(verdict: str | None, payload: json.JSONObject) -> Response:
    if verdict is webhook_event_parsing.PING:
        return _ACKNOWLEDGED
    if verdict is not None:
        return _malformed(verdict)
    _LOGGER.info("acknowledged a webhook of unknown type %s without dispatching it", ascii(payload["type"]))
    return _ACKNOWLEDGED


class WebhookEventReceiver:
    """Answers verified webhook event bodies and dispatches their events after the answer.

    `dedupe` is the interaction server's replay guard (`None`: redeliveries are not detected).
    """

    __slots__ = ("_app", "_dedupe", "_pending", "dispatcher")

    def __init__(
        self, app: traits.RESTAware, *, dedupe: replay.ReplayGuard | replay.SharedReplayGuard | None
    ) -> None:
        self._app = app
        self._dedupe = dedupe
        self.dispatcher: EventDispatcherT | None = None
        """Called with each new event once its 204 is written; `None` drops events (logged)."""
        # asyncio keeps only weak references to tasks: a delivery must not vanish mid-wait.
        self._pending: set[asyncio.Task[None]] = set()

    async def receive(self, body: bytes) -> Response:
        """The answer to a verified webhook event body (see the module's status table)."""
        payload = _decode(body)
        if payload is None:
            return _NOT_JSON
        envelope = webhook_event_parsing.read_envelope(payload)
        if not isinstance(envelope, webhook_event_parsing.EventEnvelope):
            return _answer_non_event(envelope, payload)
        refusal = await self._first_delivery(envelope)
        if refusal is not None:
            return refusal
        return self._schedule(webhook_event_parsing.build_event(envelope, app=self._app))

    async def _first_delivery(self, envelope: webhook_event_parsing.EventEnvelope) -> Response | None:
        """`None` to dispatch; else the answer for a redelivery (204) or a failed store (503)."""
        dedupe = self._dedupe
        if dedupe is None:
            return None
        key = _digest(envelope)
        if isinstance(dedupe, replay.ReplayGuard):
            # "now" as the timestamp: the key is kept for the guard's full span from now on.
            reason = dedupe.admit(int(time.time()), key)
        else:
            reason = await dedupe.remember(key)
        if reason == replay.STORE_UNAVAILABLE:
            return _STORE_DOWN
        if reason != _ALREADY_SEEN:
            return None  # (a guard on another clock may call "now" stale: that is no repeat)
        _LOGGER.debug(
            "acknowledged a redelivered %s webhook event without dispatching it", ascii(envelope.event_type)
        )
        return _ACKNOWLEDGED

    def _schedule(self, event: base_events.Event) -> Response:
        sent = asyncio.Event()
        task = asyncio.create_task(self._deliver_when_sent(sent, event), name="hikari_like webhook event")
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)
        return Response(204, None, "application/json", sent=sent)

    async def _deliver_when_sent(self, sent: asyncio.Event, event: base_events.Event) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(sent.wait(), _SEND_WAIT)
        dispatcher = self.dispatcher
        if dispatcher is None:
            _LOGGER.debug("no dispatcher for webhook events: %s is dropped", type(event).__name__)
            return
        try:
            dispatcher(event)
        except Exception:
            _LOGGER.exception("dispatching a %s raised", type(event).__name__)

    @property
    def pending(self) -> int:
        """How many events wait for their 204 to be written before they are dispatched."""
        return len(self._pending)

    async def close(self, grace_period: float) -> None:
        """Dispatch the events whose 204 is being written (up to `grace_period` s), drop the rest."""
        pending = set(self._pending)
        if not pending:
            return
        _, late = await asyncio.wait(pending, timeout=grace_period)
        for task in late:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(*late, return_exceptions=True)
