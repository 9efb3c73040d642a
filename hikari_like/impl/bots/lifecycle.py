"""What every HTTP bot is made of, whatever serves it: a REST client, an interaction server, callbacks.

`RESTBot` (built-in aiohttp server) and `AsgiBot` (an ASGI app) differ only in who listens and
who drives the lifecycle. Both build their parts here, pass listeners through to the interaction
server here, and open and release the REST client and run the callbacks with the same code.
"""

from __future__ import annotations

__all__ = ["BotCallbackT", "BotCore", "BotOptions", "EventListening", "explain_unauthorized"]

import asyncio
import contextlib
import datetime
import logging
import typing

from hikari_like import errors
from hikari_like.api import interaction_server as interaction_server_api
from hikari_like.impl import config
from hikari_like.impl.gateway import event_manager as event_manager_
from hikari_like.impl.rest import client as rest_impl
from hikari_like.impl.server import dispatch
from hikari_like.impl.server import http_checks
from hikari_like.impl.server import interaction_server as interaction_server_impl
from hikari_like.impl.server import limits as server_limits

if typing.TYPE_CHECKING:
    import concurrent.futures

    from hikari_like.api import entity_factory as entity_factory_api
    from hikari_like.api import special_endpoints
    from hikari_like.events import base_events
    from hikari_like.impl.gateway import event_stream
    from hikari_like.impl.metrics import settings as metrics_settings
    from hikari_like.impl.rest import rate_limit_store as rate_limit_store_
    from hikari_like.impl.rest import token_strategies
    from hikari_like.impl.server import replay
    from hikari_like.impl.server.http_response import Response
    from hikari_like.interactions import base_interactions

    _InteractionT = typing.TypeVar("_InteractionT", bound=base_interactions.PartialInteraction)
    _ListenerT = interaction_server_api.ListenerT[_InteractionT, special_endpoints.InteractionResponseBuilder]

_LOGGER: typing.Final = logging.getLogger("hikari_like.rest_bot")
_LISTENER_GRACE: typing.Final = 10.0
"""Seconds running event listeners get at shutdown before they are cancelled."""
_BotT = typing.TypeVar("_BotT")

BotCallbackT = typing.Callable[[_BotT], typing.Coroutine[typing.Any, typing.Any, None]]
"""A startup or shutdown callback, given the bot: `async def callback(bot) -> None`."""


@contextlib.contextmanager
def explain_unauthorized(request: str) -> typing.Iterator[None]:
    """Turn a 401 from the bot's own `request` at start into an error that says what to check.

    A 401 there means the token itself is wrong, so the error says where to get a right one; it
    keeps Discord's answer (`code`, `route`, `headers`, `raw_body`) and never shows the token. The
    original is not chained: it says nothing more, and one traceback reads better than two.
    """
    try:
        yield
    except errors.UnauthorizedError as error:
        raise errors.UnauthorizedError(
            error.url,
            error.headers,
            error.raw_body,
            f"Discord refused the bot token when {request} (401 Unauthorized): the token is wrong, "
            "reset or revoked. Copy it again from the Developer Portal (your application -> Bot -> "
            "Reset Token) and pass it alone, without a 'Bot ' prefix",
            error.code,
            route=error.route,
        ) from None


class BotOptions(typing.TypedDict, total=False):
    """The options `RESTBot` and `AsgiBot` share, as keyword arguments.

    - `executor`, `http_settings`, `proxy_settings`, `max_rate_limit` (300 s), `max_retries` (3),
      `rest_url`: passed to the REST client (`rest_url` points it at e.g. the emulated Discord).
    - `replay_window` (300 s; `None` turns replay protection off), `max_body_size` (1 MiB),
      `interaction_path` (`/`), `health_check` (on): passed to the `InteractionServer`.
    - `auto_defer_after` (off): seconds after which a slow listener's interaction is deferred
      for it; under Discord's 3-second deadline.
    - `rate_limit_store` (in memory), `replay_store` (in memory): where rate limits and seen
      requests are kept; pass a `RedisStore` to both to share them between worker processes.
    - `webhook_events_path` (off): serve Discord's webhook events there too (e.g. `"/events"`)
      and dispatch them to the bot's listeners (`bot.listen()`); see docs/webhook-events.md.
    - `metrics` (off): `MetricsSettings` to count interactions, REST requests and reconnects and
      serve them to Prometheus (the `metrics` extra; see docs/metrics.md).
    """

    executor: concurrent.futures.Executor | None
    http_settings: config.HTTPSettings | None
    proxy_settings: config.ProxySettings | None
    max_rate_limit: float
    max_retries: int
    rest_url: str | None
    replay_window: float | None
    max_body_size: int
    interaction_path: str
    health_check: bool
    auto_defer_after: float | None
    rate_limit_store: rate_limit_store_.RateLimitStore | None
    replay_store: replay.ReplayStore | None
    webhook_events_path: str | None
    metrics: metrics_settings.MetricsSettings | None


class EventListening:
    """`listen()`, `subscribe()`, `wait_for()`... over the bot's `event_manager`, as `GatewayBot`'s.

    An HTTP bot's events are its webhook events (and whatever it `dispatch`es itself).
    """

    __slots__ = ()

    if typing.TYPE_CHECKING:
        _event_manager: event_manager_.EventManagerImpl

    @property
    def event_manager(self) -> event_manager_.EventManagerImpl:
        """The listeners and waiters of the bot's events."""
        return self._event_manager

    def listen(
        self, *event_types: type[base_events.EventT]
    ) -> typing.Callable[[event_manager_.CallbackT], event_manager_.CallbackT]:
        """Decorator: subscribe the function to `event_types`, or to its first parameter's annotation.

        ```python
        @bot.listen()
        async def on_install(event: hikari_like.ApplicationAuthorizedEvent) -> None: ...
        ```
        """
        return self._event_manager.listen(*event_types)

    def subscribe(self, event_type: type[typing.Any], callback: event_manager_.CallbackT) -> None:
        """Call `await callback(event)` for every `event_type` event (subclasses included)."""
        self._event_manager.subscribe(event_type, callback)

    def unsubscribe(self, event_type: type[typing.Any], callback: event_manager_.CallbackT) -> None:
        """Stop calling `callback` for `event_type`."""
        self._event_manager.unsubscribe(event_type, callback)

    def get_listeners(
        self, event_type: type[base_events.EventT], /, *, polymorphic: bool = True
    ) -> typing.Collection[event_manager_.CallbackT]:
        """The listeners an `event_type` event would reach."""
        return self._event_manager.get_listeners(event_type, polymorphic=polymorphic)

    def dispatch(self, event: base_events.Event, *, return_tasks: bool = True) -> asyncio.Future[typing.Any]:
        """Deliver `event` (yours or a library one) to its listeners; see `EventManagerImpl.dispatch`."""
        return self._event_manager.dispatch(event, return_tasks=return_tasks)

    async def wait_for(
        self,
        event_type: type[base_events.EventT],
        /,
        timeout: float | None,  # noqa: ASYNC109 - hikari's signature
        predicate: typing.Callable[[base_events.EventT], bool] | None = None,
    ) -> base_events.EventT:
        """Wait for the next matching event; see `EventManagerImpl.wait_for`."""
        return await self._event_manager.wait_for(event_type, timeout, predicate)

    def stream(
        self, event_type: type[base_events.EventT], /, timeout: float | None, limit: int | None = None
    ) -> event_stream.EventStream[base_events.EventT]:
        """The matching events as they arrive, for `async for`; see `EventManagerImpl.stream`."""
        return self._event_manager.stream(event_type, timeout, limit)


class BotCore(EventListening, config.NetworkSettingsProperties, interaction_server_api.InteractionServer):
    """The parts and callbacks a bot shares with every other bot; subclasses add a lifecycle.

    Callbacks receive the bot itself (`async def callback(bot) -> None`).
    """

    __slots__ = (
        "_closed",
        "_event_manager",
        "_executor",
        "_http_settings",
        "_needs_public_key",
        "_on_shutdown",
        "_on_startup",
        "_proxy_settings",
        "_rest",
        "_server",
    )

    def __init__(
        self,
        token: str | token_strategies.TokenStrategy,
        token_type: str | None,
        public_key: str | bytes | None,
        *,
        fetch_public_key: bool = True,
        **options: typing.Unpack[BotOptions],
    ) -> None:
        executor = options.get("executor")
        self._executor = executor
        self._http_settings = options.get("http_settings") or config.HTTPSettings()
        self._proxy_settings = options.get("proxy_settings") or config.ProxySettings()
        if isinstance(token, str):
            token_type = token_type or "Bot"  # the token itself is checked by StaticTokenStrategy
        self._rest = rest_impl.RESTClientImpl(
            token=token,
            token_type=token_type,
            executor=executor,
            http_settings=self._http_settings,
            proxy_settings=self._proxy_settings,
            max_rate_limit=options.get("max_rate_limit", 300.0),
            max_retries=options.get("max_retries", 3),
            rest_url=options.get("rest_url"),
            rate_limit_store=options.get("rate_limit_store"),
        )
        # A bot whose interactions come over an authenticated connection (the gateway) has no
        # signatures to check, so no key to fetch.
        self._needs_public_key = fetch_public_key and public_key is None
        self._server = interaction_server_impl.InteractionServer(
            public_key=public_key,
            rest=self._rest,
            replay_window=options.get("replay_window", 300.0),
            replay_store=options.get("replay_store"),
            max_body_size=options.get("max_body_size", http_checks.DEFAULT_MAX_BODY_SIZE),
            interaction_path=options.get("interaction_path", "/"),
            health_check=options.get("health_check", True),
            executor=executor,
            app=self,
            auto_defer_after=options.get("auto_defer_after"),
            metrics=options.get("metrics"),
            webhook_events_path=options.get("webhook_events_path"),
        )
        self._event_manager = event_manager_.EventManagerImpl()
        self._server.set_webhook_event_dispatcher(self._event_manager.dispatch)
        self._on_startup: list[BotCallbackT[typing.Self]] = []
        self._on_shutdown: list[BotCallbackT[typing.Self]] = []
        self._closed: asyncio.Event | None = None
        """Set when the bot stops; `None` while it is not running."""

    # -- what the bot is made of ------------------------------------------------------------------

    @property
    def rest(self) -> rest_impl.RESTClientImpl:
        """The REST client (open while the bot runs)."""
        return self._rest

    @property
    def entity_factory(self) -> entity_factory_api.EntityFactory:
        """The REST client's entity factory: raw Discord JSON into the models the bot works with."""
        return self._rest.entity_factory

    @property
    def interaction_server(self) -> interaction_server_impl.InteractionServer:
        """The interaction server that verifies, parses and dispatches requests."""
        return self._server

    @property
    def stats(self) -> server_limits.ServerStats:
        """What was refused before reaching a listener, by reason (see `InteractionServer.stats`)."""
        return self._server.stats

    @property
    def auto_defer_after(self) -> float | None:
        """Seconds before a slow listener's interaction is deferred for it, or `None` (off)."""
        return self._server.auto_defer_after

    @property
    def on_startup(
        self,
    ) -> typing.Sequence[BotCallbackT[typing.Self]]:
        """The startup callbacks, in the order they run (a copy)."""
        return tuple(self._on_startup)

    @property
    def on_shutdown(
        self,
    ) -> typing.Sequence[BotCallbackT[typing.Self]]:
        """The shutdown callbacks, in the order they run (a copy)."""
        return tuple(self._on_shutdown)

    # -- callbacks --------------------------------------------------------------------------------

    def add_startup_callback(self, callback: BotCallbackT[typing.Self], /) -> None:
        """Run `await callback(bot)` at start, after the REST client opened, before requests are accepted.

        ```python
        async def register_commands(bot: hikari_like.traits.RESTBotAware) -> None:
            application = await bot.rest.fetch_application()
            await bot.rest.set_application_commands(application, [...])

        bot.add_startup_callback(register_commands)
        ```

        Type the parameter `hikari_like.traits.RESTBotAware` (as `hikari.traits.RESTBotAware` in
        hikari) to share one callback between a `RESTBot` and an `AsgiBot`: both are one, and
        it has `rest`, `interaction_server` and `executor`. `hikari_like.RESTBot` or
        `hikari_like.AsgiBot` ties it to one kind of bot.

        Callbacks run in the order added; if one raises, the start fails and the bot is closed.
        """
        self._on_startup.append(callback)

    def remove_startup_callback(self, callback: BotCallbackT[typing.Self], /) -> None:
        """Remove a startup callback (`ValueError` if it was not added)."""
        self._on_startup.remove(callback)

    def add_shutdown_callback(self, callback: BotCallbackT[typing.Self], /) -> None:
        """Run `await callback(bot)` at close, after the last request finished, before the REST client closes.

        Every shutdown callback runs even if an earlier one raised; `close()` then raises the
        first error. They also run when a start fails after the startup callbacks completed. The
        callback's type is the startup callback's: `hikari_like.traits.RESTBotAware` fits both
        bots.
        """
        self._on_shutdown.append(callback)

    def remove_shutdown_callback(self, callback: BotCallbackT[typing.Self], /) -> None:
        """Remove a shutdown callback (`ValueError` if it was not added)."""
        self._on_shutdown.remove(callback)

    # -- listeners (the interaction server's, passed through) --------------------------------------

    async def on_interaction(self, body: bytes, signature: bytes, timestamp: bytes) -> Response:
        return await self._server.on_interaction(body, signature, timestamp)

    def get_listener(self, interaction_type: type[_InteractionT], /) -> _ListenerT[_InteractionT] | None:
        return self._server.get_listener(interaction_type)

    def _register_listener(
        self,
        interaction_type: type[_InteractionT],
        listener: _ListenerT[_InteractionT] | None,
        /,
        *,
        replace: bool,
    ) -> None:
        self._server._register_listener(interaction_type, listener, replace=replace)

    def set_error_handler(self, handler: dispatch.ErrorHandlerT | None, /) -> None:
        """See `InteractionServer.set_error_handler`."""
        self._server.set_error_handler(handler)

    # -- the shared halves of start and close ------------------------------------------------------

    async def join(self) -> None:
        """Wait until the bot has closed.

        Raises
        ------
        hikari_like.errors.ComponentStateConflictError
            If the bot is not running.
        """
        if self._closed is None:
            raise errors.ComponentStateConflictError("the bot is not running")
        await self._closed.wait()

    @property
    def uptime(self) -> datetime.timedelta:
        """How long the bot has been running (zero while it is not)."""
        return self._server.uptime

    def _mark_stopped(self) -> None:
        self._server.extras.mark_stopped()
        closed, self._closed = self._closed, None
        if closed is not None:
            closed.set()

    async def _open_and_run_startup_callbacks(self) -> None:
        """Open the REST client, fetch the public key if none was given, run the startup callbacks.

        Does not undo anything on failure: the caller knows its own state (see `_close_rest_quietly`).
        """
        self._rest.start()
        if self._needs_public_key:
            await self._fetch_public_key()
        for callback in self.on_startup:
            await callback(self)
        self._server.extras.mark_started()

    async def _fetch_public_key(self) -> None:
        with explain_unauthorized("fetching the application for its public key"):
            application = await self._rest.fetch_application()
        self._server.set_public_key(application.public_key)
        self._needs_public_key = False
        _LOGGER.info("fetched the public key of application %s", application.id)

    async def _run_shutdown_callbacks(self) -> BaseException | None:
        """Run every shutdown callback, logging failures; return the first error, if any."""
        first_error: BaseException | None = None
        for callback in self.on_shutdown:
            try:
                await callback(self)
            except Exception as error:
                _LOGGER.exception("shutdown callback %r raised", callback)
                first_error = first_error or error
        return first_error

    async def _release(self) -> BaseException | None:
        """Run the shutdown callbacks, then close the REST client and mark the bot stopped, whatever happens.

        Returns the first callback error for the caller to raise after its `finally:`, so that an
        error already propagating from the caller's own shutdown step is not replaced by it.
        """
        # Listeners may still use REST and what the shutdown callbacks release: they finish first.
        await self._event_manager.close(_LISTENER_GRACE)
        error = await self._run_shutdown_callbacks()
        try:
            await self._rest.close()
        finally:
            self._mark_stopped()
            _LOGGER.info("the bot shut down")
        return error

    async def _close_rest_quietly(self) -> None:
        # Used after a failed start: the start's own error is what the caller must see.
        try:
            await self._rest.close()
        except Exception:
            _LOGGER.exception("could not close the REST client after a failed start")
