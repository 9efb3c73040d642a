"""hikari_like's interaction server: verify, parse and dispatch interactions to listeners.

```python
import hikari_like

server = hikari_like.InteractionServer(public_key="...")

async def ping(interaction: hikari_like.CommandInteraction) -> hikari_like.impl.InteractionMessageBuilder:
    return interaction.build_response().set_content("pong")

server.set_listener(hikari_like.CommandInteraction, ping)
await server.start(host="127.0.0.1", port=8080)
await server.join()
```

It can also be driven without its built-in HTTP server: `on_interaction(body, signature,
timestamp)` is the one method every backend calls (the ASGI adapter, tests), and
`on_webhook_event` its twin for webhook events (`webhook_events_path=`).
"""

from __future__ import annotations

__all__ = ["InteractionServer"]

import asyncio
import binascii
import datetime
import logging
import typing

from hikari_like import errors
from hikari_like.api import interaction_server as interaction_server_api
from hikari_like.impl.metrics import hooks as metrics_hooks
from hikari_like.impl.server import dispatch
from hikari_like.impl.server import extras as extras_
from hikari_like.impl.server import http_checks
from hikari_like.impl.server import limits
from hikari_like.impl.server import replay
from hikari_like.impl.server import webhook_events
from hikari_like.impl.server.deferral_watch import DeferralWatch
from hikari_like.impl.server.http_response import Response
from hikari_like.impl.server.http_response import json_response
from hikari_like.impl.server.http_response import text_response
from hikari_like.impl.server.key_mismatch import KeyMismatchWatch
from hikari_like.impl.server.replay import ReplayGuard
from hikari_like.interactions import INTERACTION_TYPES
from hikari_like.internal import ed25519
from hikari_like.internal import json
from hikari_like.internal import partial_json

if typing.TYPE_CHECKING:
    import concurrent.futures
    import ssl
    from socket import socket as Socket

    from hikari_like import traits
    from hikari_like.api import special_endpoints
    from hikari_like.impl.metrics.settings import MetricsSettings
    from hikari_like.impl.rest import client as rest_impl
    from hikari_like.impl.server.aiohttp_server import AiohttpBackend
    from hikari_like.interactions import base_interactions

    _InteractionT = typing.TypeVar("_InteractionT", bound=base_interactions.PartialInteraction)
    RawPayloadListenerT = typing.Callable[[json.JSONObject], typing.Awaitable[None]]
    _ListenerT = interaction_server_api.ListenerT[_InteractionT, special_endpoints.InteractionResponseBuilder]
    _Found = tuple[typing.Callable[[typing.Any], typing.Any], base_interactions.PartialInteraction]

_LOGGER: typing.Final = logging.getLogger("hikari_like.interaction_server")

_SIGNATURE_HEX_LENGTH: typing.Final = 2 * ed25519.SIGNATURE_SIZE
_MAX_TIMESTAMP_LENGTH: typing.Final = 20

_PONG: typing.Final = json_response(200, {"type": 1})
_BAD_SIGNATURE_HEADERS: typing.Final = text_response(401, "Missing or malformed signature headers")
_BAD_SIGNATURE: typing.Final = text_response(401, "Invalid request signature")
_REPLAYED: typing.Final = text_response(401, "Stale or replayed request")
_REPLAY_STORE_DOWN: typing.Final = text_response(503, "Replay protection unavailable")
_ASK_SHARED_REPLAY: typing.Final = text_response(500, "")
"""Never sent: `_authenticate` passed, and the shared replay store has the last word."""
_NOT_JSON: typing.Final = text_response(400, "Body must be a UTF-8 JSON object")
_NO_TYPE: typing.Final = text_response(400, "Body must have an integer 'type'")
_MALFORMED: typing.Final = text_response(400, "Malformed interaction payload")
_UNKNOWN_TYPE: typing.Final = text_response(501, "Unsupported interaction type")
_NO_LISTENER: typing.Final = text_response(501, "No listener for this interaction type")


def _verify_nothing(message: bytes, signature: bytes) -> bool:
    return False


def _refuse_replay(reason: str) -> Response:
    if reason is replay.ASK_STORE:
        return _ASK_SHARED_REPLAY
    _LOGGER.info("refused a verified request: %s", reason)
    return _REPLAYED


def _webhook_events_endpoint(
    path: str | None, interactions: http_checks.EndpointConfig
) -> http_checks.EndpointConfig | None:
    if path is None:
        return None
    if not path.startswith("/"):
        raise ValueError(f"webhook_events_path must start with '/', got {path!r}")
    if http_checks.normalize_path(path) == interactions.path:
        raise ValueError(f"webhook_events_path must differ from interaction_path ({interactions.path!r})")
    # POST only: a GET there is not Discord's, and the health check lives on the interaction path.
    return http_checks.EndpointConfig(path=path, max_body_size=interactions.max_body_size, health_check=False)


async def _observe(listener: RawPayloadListenerT, payload: json.JSONObject) -> None:
    try:
        await listener(payload)
    except Exception:
        _LOGGER.exception("the raw payload listener raised")


class InteractionServer(interaction_server_api.InteractionServer):
    """Receives Discord interactions over HTTP and answers them with the registered listeners.

    Parameters
    ----------
    public_key
        The application's public key, as shown in the developer portal (hex) or as 32 bytes.
        `None` to set it later with `set_public_key` (every request gets 401 until then, and
        `start()` refuses to serve without one).
    rest
        The REST client interactions use for followups and edits (`interaction.app.rest`).
    replay_window
        Seconds a request's timestamp may be away from this machine's clock; requests outside it,
        and any request seen before inside it, get 401. `None` turns both checks off (only for
        benchmarks and trusted test rigs: a captured request could then be replayed forever).
    replay_store
        Remember seen requests in this shared store (e.g. `RedisStore`) instead of this process,
        so a request replayed to another worker is refused too. When the store fails under its
        `on_store_error="raise"` policy, requests get 503.
    max_body_size
        Bodies larger than this many bytes get 413 before they are read in full.
    interaction_path
        The path Discord posts to (default `/`); anything else gets 404.
    health_check
        Answer GET on `interaction_path` with `{"status": "ok"}` (no bot identity); 405 when off.
    executor
        Used for blocking work such as reading attachment files.
    app
        What interactions get as `interaction.app` (a bot passes itself); this server by default.
    auto_defer_after
        Seconds after which a command, component or modal listener that has not answered yet gets
        a deferral sent for it, its eventual message then delivered over REST (so `rest` is
        needed). Must be under Discord's 3-second deadline; `None` (default) turns it off. See
        `hikari_like.impl.server.late_response` for what a deferral decides up front.
    auto_defer_ephemeral
        Make those deferrals of commands and modal submits ephemeral ("thinking..." shown only to
        the user), for bots whose slow answers are private.
    webhook_events_path
        Serve Discord's webhook events on this path too (e.g. `"/events"`; `None`, the default,
        turns it off): the same signature and replay checks, answered 204 before the events are
        dispatched to `set_webhook_event_dispatcher`'s callback. See
        `hikari_like.impl.server.webhook_events`.
    metrics
        Turn Prometheus metrics on and serve them there (see `hikari_like.impl.metrics`; needs the
        `metrics` extra). Off by default. Your own routes and the health answer are in `extras`.
    """

    __slots__ = (
        "_app",
        "_backend",
        "_closed",
        "_dispatch",
        "_dispatcher",
        "_key_watch",
        "_listeners",
        "_raw_payload_listener",
        "_replay_guard",
        "_rest",
        "_verify",
        "_webhook_events",
        "endpoint",
        "executor",
        "extras",
        "stats",
        "webhook_events_endpoint",
    )

    def __init__(
        self,
        *,
        public_key: str | bytes | None,
        rest: rest_impl.RESTClientImpl | None = None,
        replay_window: float | None = 300.0,
        replay_store: replay.ReplayStore | None = None,
        max_body_size: int = http_checks.DEFAULT_MAX_BODY_SIZE,
        interaction_path: str = "/",
        health_check: bool = True,
        executor: concurrent.futures.Executor | None = None,
        app: traits.RESTAware | None = None,
        auto_defer_after: float | None = None,
        auto_defer_ephemeral: bool = False,
        webhook_events_path: str | None = None,
        metrics: MetricsSettings | None = None,
    ) -> None:
        self._verify: ed25519.Verifier = _verify_nothing
        self._key_watch = KeyMismatchWatch()
        partial_json.available()  # load the partial decoder now rather than on the first request
        if public_key is not None:
            self.set_public_key(public_key)
        self._rest = rest
        self._app: traits.RESTAware = app if app is not None else self
        self._replay_guard: ReplayGuard | replay.SharedReplayGuard | None = None
        if replay_window is not None:
            self._replay_guard = (
                ReplayGuard(replay_window)
                if replay_store is None
                else replay.SharedReplayGuard(replay_store, replay_window)
            )
        self.endpoint = http_checks.EndpointConfig(
            path=interaction_path, max_body_size=max_body_size, health_check=health_check
        )
        self.webhook_events_endpoint = _webhook_events_endpoint(webhook_events_path, self.endpoint)
        """The webhook events endpoint's path and limits, or `None` when webhook events are off."""
        self._webhook_events = webhook_events.WebhookEventReceiver(self._app, dedupe=self._replay_guard)
        self.executor = executor
        self._dispatcher = dispatch.Dispatcher(
            auto_defer_after=auto_defer_after, auto_defer_ephemeral=auto_defer_ephemeral
        )
        self.extras = extras_.ServerExtras(self.endpoint, metrics)
        """Your routes, the metrics endpoint, the health answer (`index_ping`) and the start time."""
        collector = self.extras.metrics
        self._dispatch = (
            self._dispatcher.dispatch
            if collector is None
            else metrics_hooks.measured_dispatch(self._dispatcher.dispatch, collector)
        )
        if rest is not None:  # completions are seen on this client: deferrals can be watched
            self._dispatcher.deferrals = DeferralWatch()
            rest.interaction_answer_observer = self._dispatcher.deferrals.completed
        self._listeners: dict[type[typing.Any], typing.Callable[[typing.Any], typing.Any]] = {}
        self._raw_payload_listener: RawPayloadListenerT | None = None
        self._backend: AiohttpBackend | None = None
        self.stats = limits.ServerStats()
        """What was refused before reaching a listener, by reason (connections cut off, malformed
        requests, replay-store outages); the ASGI adapter counts here too."""
        self._closed = asyncio.Event()
        self._closed.set()

    @property
    def has_public_key(self) -> bool:
        """Whether a public key has been set, so requests can verify."""
        return self._verify is not _verify_nothing

    def set_public_key(self, public_key: str | bytes, /) -> None:
        """Verify requests against `public_key` from now on (hex, or 32 raw bytes).

        Raises
        ------
        ValueError
            If the key is not 64 hex characters or 32 bytes, or is not a usable Ed25519 public
            key (not a point on the curve, or one of small order, under which signatures could be
            forged).
        ModuleNotFoundError
            If `HIKARI_LIKE_ED25519` forces a verifier that is not installed.
        """
        self._verify = ed25519.make_verifier(public_key)

    @property
    def rest(self) -> rest_impl.RESTClientImpl:
        """The REST client given at construction."""
        if self._rest is None:
            raise errors.ComponentStateConflictError(
                "this InteractionServer was created without a REST client"
            )
        return self._rest

    @property
    def is_alive(self) -> bool:
        """Whether the built-in HTTP server is running."""
        return self._backend is not None

    @property
    def auto_defer_after(self) -> float | None:
        """Seconds before a slow listener's interaction is deferred for it, or `None` (off)."""
        return self._dispatcher.auto_defer_after

    @property
    def running_continuations(self) -> int:
        """How many generator listeners are still running their code after `yield`."""
        return self._dispatcher.running_continuations

    @property
    def webhook_events_pending(self) -> int:
        """How many webhook events wait for their 204 to be written before they are dispatched."""
        return self._webhook_events.pending

    @property
    def deferral_watch(self) -> DeferralWatch | None:
        """The "thinking..." deferrals waiting for their answer (`None` without a REST client).

        One still open when its token expires is logged as a WARNING naming its listener; set
        `deferral_watch.token_lifetime` shorter to see it in a test.
        """
        return self._dispatcher.deferrals

    # Listeners

    def get_listener(self, interaction_type: type[_InteractionT], /) -> _ListenerT[_InteractionT] | None:
        return self._listeners.get(interaction_type)

    def _register_listener(
        self,
        interaction_type: type[_InteractionT],
        listener: _ListenerT[_InteractionT] | None,
        /,
        *,
        replace: bool,
    ) -> None:
        if interaction_type not in INTERACTION_TYPES.values():
            known = ", ".join(cls.__name__ for cls in INTERACTION_TYPES.values())
            raise TypeError(f"interaction_type must be one of {known}, got {interaction_type!r}")
        if listener is None:
            self._listeners.pop(interaction_type, None)
            return
        if not callable(listener):
            raise TypeError(
                f"listener must be an async function or async generator function, got {listener!r}"
            )
        if interaction_type in self._listeners and not replace:
            raise TypeError(
                f"a listener is already set for {interaction_type.__name__}; pass replace=True to replace it"
            )
        self._listeners[interaction_type] = listener

    def set_error_handler(self, handler: dispatch.ErrorHandlerT | None, /) -> None:
        """Call `handler(interaction, exception)` when a listener raises (`None` removes it).

        If the handler returns a message builder it is sent instead of the 500, e.g.::

            async def on_error(interaction, exception):
                return interaction.build_response().set_content("Something went wrong").set_flags(
                    hikari_like.MessageFlag.EPHEMERAL
                )
        """
        self._dispatcher.error_handler = handler

    def set_webhook_event_dispatcher(self, dispatcher: webhook_events.EventDispatcherT | None, /) -> None:
        """Hand every new webhook event to `dispatcher(event)` once its 204 is written.

        Bots pass their `event_manager.dispatch`; without a dispatcher events are acknowledged
        and dropped. It must not block: start the slow work in a task.
        """
        self._webhook_events.dispatcher = dispatcher

    def set_raw_payload_listener(self, listener: RawPayloadListenerT | None, /) -> None:
        """Await `listener(payload)` with every verified, decoded payload before it is dispatched.

        Off by default. For debugging and auditing; it sees PINGs and interactions with no
        listener too. An exception in it is logged and does not change the response.
        """
        self._raw_payload_listener = listener

    # The transport-neutral entry point

    async def on_interaction(self, body: bytes, signature: bytes, timestamp: bytes) -> Response:
        rejection = self._authenticate(body, signature, timestamp)
        if rejection is _ASK_SHARED_REPLAY:
            rejection = await self._admit_shared(signature)
        if rejection is not None:
            return rejection
        # The usual body is decoded in part (nested parts when read); a raw payload listener
        # sees the whole payload, and anything unusual is decoded in full to decide its answer.
        partial = None if self._raw_payload_listener is not None else partial_json.decode_interaction(body)
        if partial is None:
            return await self._answer_fully_decoded(body)
        found = self._listener_for(partial.type, partial)
        if isinstance(found, Response):
            return found
        return await self._dispatch(*found)

    async def on_webhook_event(self, body: bytes, signature: bytes, timestamp: bytes) -> Response:
        """Answer a webhook event request: the interaction checks, then its own status table.

        See `hikari_like.impl.server.webhook_events` for the table; every event is dispatched
        after its 204 is reported written (`Response.mark_sent()`).
        """
        rejection = self._authenticate(body, signature, timestamp)
        if rejection is _ASK_SHARED_REPLAY:
            rejection = await self._admit_shared(signature)
        if rejection is not None:
            return rejection
        return await self._webhook_events.receive(body)

    async def _answer_fully_decoded(self, body: bytes) -> Response:
        try:
            payload = json.loads(body)
        except (ValueError, RecursionError):
            return _NOT_JSON
        if type(payload) is not dict:
            return _NOT_JSON
        return await self.dispatch_payload(payload)

    async def dispatch_payload(self, payload: json.JSONObject) -> Response:
        """Answer an interaction payload that is already trusted and parsed.

        This is the seam for transports that authenticate on their own, such as the gateway:
        nothing is verified here. The returned `Response` is what an HTTP backend would send
        (a generator listener's code after `yield` waits for `Response.mark_sent()`).
        """
        interaction_type = payload.get("type")
        if type(interaction_type) is not int:
            return _NO_TYPE
        if self._raw_payload_listener is not None:
            await _observe(self._raw_payload_listener, payload)
        found = self._listener_for(interaction_type, payload)
        if isinstance(found, Response):
            return found
        return await self._dispatch(*found)

    def _listener_for(self, interaction_type: int, payload: partial_json.AnyPayload) -> _Found | Response:
        """The listener and the parsed interaction, or the response that refuses the payload.

        A plain function, not a coroutine: on the usual path it costs a call, not an await.
        """
        if interaction_type == 1:
            return _PONG
        interaction_class = INTERACTION_TYPES.get(interaction_type)
        if interaction_class is None:
            _LOGGER.info("no support for interaction type %s in this release", interaction_type)
            return _UNKNOWN_TYPE
        listener = self._listeners.get(interaction_class)
        if listener is None:
            _LOGGER.info("no listener set for %s", interaction_class.__name__)
            return _NO_LISTENER
        interaction = self._parse(interaction_class, payload)
        if interaction is None:
            return _MALFORMED
        return listener, interaction

    def _authenticate(self, body: bytes, signature: bytes, timestamp: bytes) -> Response | None:
        if len(signature) != _SIGNATURE_HEX_LENGTH or not (0 < len(timestamp) <= _MAX_TIMESTAMP_LENGTH):
            _LOGGER.debug("refused a request: missing or malformed signature headers")
            return _BAD_SIGNATURE_HEADERS
        if not timestamp.isdigit():
            _LOGGER.debug("refused a request: timestamp is not a number")
            return _BAD_SIGNATURE_HEADERS
        try:
            raw_signature = binascii.unhexlify(signature)
        except binascii.Error:
            _LOGGER.debug("refused a request: signature is not hexadecimal")
            return _BAD_SIGNATURE_HEADERS
        if not self._verify(timestamp + body, raw_signature):
            _LOGGER.debug("refused a request: signature does not verify")
            if self._verify is not _verify_nothing:  # no key yet is said by `start()`, not a mismatch
                self._key_watch.failed()
            return _BAD_SIGNATURE
        self._key_watch.passed = True  # all a verified request costs the wrong-key warning
        if self._replay_guard is not None:
            reason = self._replay_guard.admit(int(timestamp), raw_signature)
            if reason is not None:
                return _refuse_replay(reason)
        return None

    async def _admit_shared(self, signature: bytes) -> Response | None:
        # Only with a shared replay store: the in-memory guard costs no await.
        guard = typing.cast("replay.SharedReplayGuard", self._replay_guard)
        reason = await guard.remember(signature)
        if reason is None:
            return None
        if reason == replay.STORE_UNAVAILABLE:
            self.stats.record("replay_store_refusals", "refused a verified request: the replay store failed")
            return _REPLAY_STORE_DOWN
        return _refuse_replay(reason)

    def _parse(
        self,
        interaction_class: type[base_interactions.PartialInteraction],
        payload: partial_json.AnyPayload,
    ) -> base_interactions.PartialInteraction | None:
        try:
            return interaction_class.from_payload(payload, app=self._app)
        except Exception:
            # The signature verified, so Discord sent this: a shape we do not understand is our
            # bug (or a Discord change), worth a report rather than a 500.
            _LOGGER.warning(
                "could not parse a verified %s payload", interaction_class.__name__, exc_info=True
            )
            return None

    # The built-in HTTP server

    async def start(
        self,
        *,
        backlog: int = 128,
        host: str | typing.Sequence[str] | None = None,
        port: int | None = None,
        path: str | None = None,
        reuse_address: bool | None = None,
        reuse_port: bool | None = None,
        socket: Socket | None = None,
        shutdown_timeout: float = 60.0,
        ssl_context: ssl.SSLContext | None = None,
        header_timeout: float = limits.DEFAULT_HEADER_TIMEOUT,
        request_timeout: float = limits.DEFAULT_REQUEST_TIMEOUT,
        keep_alive_timeout: float = limits.DEFAULT_KEEP_ALIVE_TIMEOUT,
        max_connections: int | None = None,
    ) -> None:
        """Start the built-in aiohttp server.

        Parameters follow hikari: `host`/`port` for TCP (default all interfaces, port 8080),
        `path` for a Unix socket, `socket` for an already-bound socket. `shutdown_timeout` bounds
        how long `close()` waits for requests being answered and generator continuations.

        The rest bound what a client can hold (Discord sends a whole request in milliseconds):

        - `header_timeout` (5 s): from a request's first byte to the end of its headers, or the
          connection is closed;
        - `request_timeout` (10 s): from a request's first byte to the end of its body, or it
          gets 408 and the connection is closed;
        - `keep_alive_timeout` (75 s, above the idle timeouts of common proxies): how long a
          connection may wait for its next request, or its first;
        - `max_connections` (`None`: 1000, or half the open-file limit if lower): one more
          evicts the connection that has been idle or receiving the longest.

        See `hikari_like.impl.server.limits`; what they cut off is counted in `stats`.

        Raises
        ------
        hikari_like.errors.ComponentStateConflictError
            If the server is already running.
        """
        from hikari_like.impl.server.aiohttp_server import AiohttpBackend

        if self._backend is not None:
            raise errors.ComponentStateConflictError("the interaction server is already running")
        if not self.has_public_key:
            raise errors.ComponentStateConflictError("set a public key before starting (set_public_key)")
        connection_limits = limits.ConnectionLimits(
            header_timeout=header_timeout,
            request_timeout=request_timeout,
            keep_alive_timeout=keep_alive_timeout,
            max_connections=max_connections,
        )
        backend = AiohttpBackend(
            self,
            self.endpoint,
            executor=self.executor,
            shutdown_timeout=shutdown_timeout,
            limits=connection_limits,
            stats=self.stats,
            extras=self.extras,
        )
        backend.webhook_events = http_checks.webhook_events_endpoint_of(self)
        await backend.start(
            backlog=backlog,
            host=host,
            path=path,
            port=port,
            reuse_address=reuse_address,
            reuse_port=reuse_port,
            socket=socket,
            ssl_context=ssl_context,
        )
        self._backend = backend
        self._closed.clear()
        self.extras.mark_started()

    @property
    def uptime(self) -> datetime.timedelta:
        """How long the server has been serving (the built-in one, or under ASGI since the
        lifespan started); zero while it is not. `extras.started_at` says since when."""
        return self.extras.uptime

    @property
    def urls(self) -> typing.Sequence[str]:
        """The URLs the built-in server listens on (useful with `port=0`)."""
        return self._backend.urls if self._backend is not None else ()

    async def close(self) -> None:
        """Stop accepting requests, finish those being answered, then wait for generator continuations.

        Connections that are idle or still sending their request are closed at once. Both waits
        are bounded by the `shutdown_timeout` given to `start()`.

        Raises
        ------
        hikari_like.errors.ComponentStateConflictError
            If the server is not running.
        """
        backend = self._backend
        if backend is None:
            raise errors.ComponentStateConflictError("the interaction server is not running")
        self._backend = None
        self.extras.mark_stopped()
        try:
            await backend.close()
            await self._dispatcher.close(backend.shutdown_timeout)
            await self._webhook_events.close(backend.shutdown_timeout)
        finally:
            self._closed.set()

    async def join(self) -> None:
        """Wait until the server is closed (returns at once if it is not running)."""
        await self._closed.wait()

    async def close_continuations(self, grace_period: float) -> None:
        """Wait up to `grace_period` seconds for generator continuations, then cancel them.

        For backends other than the built-in server (which does this in `close()`). Webhook
        events whose 204 is being written are dispatched first, within the same bound.
        """
        await self._webhook_events.close(grace_period)
        await self._dispatcher.close(grace_period)
