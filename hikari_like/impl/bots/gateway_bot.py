"""`GatewayBot`: a bot connected to Discord's gateway, with events and the interaction listeners.

```python
import hikari_like as hikari

bot = hikari.GatewayBot(os.environ["DISCORD_TOKEN"], intents=hikari.Intents.ALL_UNPRIVILEGED)


@bot.listen()
async def on_message(event: hikari.GuildMessageCreateEvent) -> None:
    if event.is_human and event.content == "!ping":
        await bot.rest.create_message(event.channel_id, "pong")


async def ping(interaction: hikari.CommandInteraction) -> hikari.impl.InteractionMessageBuilder:
    return interaction.build_response().set_content("Pong!")  # the same listener a RESTBot takes


bot.set_listener(hikari.CommandInteraction, ping)
bot.run()  # blocks; SIGINT / SIGTERM close it cleanly
```

Interactions that arrive over the gateway go to the `set_listener` listeners, and what they return
is sent over REST as the initial response (`hikari_like.impl.gateway.interactions`), so one bot
can be written once and run on either transport.
"""

from __future__ import annotations

__all__ = ["GatewayBot"]

import asyncio
import enum
import functools
import logging
import math
import types
import typing

from hikari_like import errors
from hikari_like import presences
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import users
from hikari_like.capabilities import GatewayCapabilities
from hikari_like.events import lifetime_events
from hikari_like.events import shard_events
from hikari_like.events import user_events
from hikari_like.impl.bots import blocking_run
from hikari_like.impl.bots import lifecycle as bot_lifecycle
from hikari_like.impl.gateway import compression as gateway_compression
from hikari_like.impl.gateway import event_factory
from hikari_like.impl.gateway import event_manager as event_manager_
from hikari_like.impl.gateway import interactions as gateway_interactions
from hikari_like.impl.gateway import sharding as gateway_shards
from hikari_like.impl.rest import token_strategies
from hikari_like.intents import Intents
from hikari_like.internal import banner as banner_
from hikari_like.internal import logging_setup

if typing.TYPE_CHECKING:
    import concurrent.futures
    import datetime

    from hikari_like.impl import config
    from hikari_like.impl.gateway import GatewayShardImpl
    from hikari_like.internal.json import JSONObject

_LOGGER: typing.Final = logging.getLogger("hikari_like.gateway_bot")
_CLOSE_GRACE: typing.Final = 10.0
"""Seconds `close()` gives interaction answers and listeners still running before cancelling them."""


class _Phase(enum.Enum):
    STOPPED = enum.auto()
    STARTING = enum.auto()
    RUNNING = enum.auto()
    CLOSING = enum.auto()


class GatewayBot(bot_lifecycle.BotCore):
    """A Discord bot on the gateway: shards, events, interaction listeners and a REST client.

    Parameters follow hikari's `GatewayBot`; see `__init__`.
    """

    __slots__ = (
        "_capabilities",
        "_closing",
        "_event_factory",
        "_failure",
        "_intents",
        "_interactions",
        "_max_payload_size",
        "_me",
        "_phase",
        "_presentation",
        "_shard_count",
        "_shards",
        "_token",
        "_watchers",
    )

    def __init__(
        self,
        token: str,
        *,
        allow_color: bool = True,
        banner: str | None = "hikari_like",
        executor: concurrent.futures.Executor | None = None,
        force_color: bool = False,
        http_settings: config.HTTPSettings | None = None,
        intents: Intents = Intents.ALL_UNPRIVILEGED,
        capabilities: GatewayCapabilities = GatewayCapabilities.NONE,
        logs: logging_setup.LogsT = "INFO",
        max_rate_limit: float = 300.0,
        max_retries: int = 3,
        proxy_settings: config.ProxySettings | None = None,
        rest_url: str | None = None,
        auto_defer_after: float | None = None,
        suppress_optimization_warning: bool = False,
        max_gateway_payload_size: int = gateway_compression.DEFAULT_MAX_PAYLOAD_SIZE,
    ) -> None:
        """Create the bot; nothing connects, prints or configures logging until `start()`/`run()`.

        `intents` choose the events Discord sends (privileged ones must be enabled in the
        developer portal); `capabilities` opt the shards into changed gateway behaviours (such as
        `GatewayCapabilities.CHANNEL_OBFUSCATION`). `banner`, `logs`, `allow_color` and
        `force_color` are `RESTBot`'s;
        `executor`, `http_settings`, `proxy_settings`, `max_rate_limit`, `max_retries` and
        `rest_url` configure the REST client (and the shards' connections); `auto_defer_after`
        is `RESTBot`'s option for slow interaction listeners. `suppress_optimization_warning` is
        accepted so hikari programs port unchanged.

        `max_gateway_payload_size` (bytes, default 64 MiB) caps every payload a shard receives,
        as sent and once inflated: a bigger one (a compression bomb, a broken gateway) is refused
        before it fills memory, and the shard reconnects and resumes. Discord's largest real
        payloads are a few MiB, so the default leaves a wide margin; raise it only if a shard logs
        that a payload was too large. Every other malformed payload is handled the same way: one
        WARNING, then a reconnect with backoff; none of them stops the bot.

        Raises
        ------
        ValueError
            If `max_gateway_payload_size` is not a positive number of bytes.
        """
        logging_setup.validate_logs(logs)
        # Checked here, so a bad value fails when the bot is made, not when its shards connect.
        gateway_compression.check_max_payload_size(max_gateway_payload_size)
        self._presentation: tuple[str | None, logging_setup.LogsT, bool, bool] | None = (
            banner,
            logs,
            allow_color,
            force_color,
        )
        token = token_strategies.checked_token(token)  # kept for the shards' IDENTIFY too
        super().__init__(
            token,
            "Bot",
            None,
            fetch_public_key=False,
            executor=executor,
            http_settings=http_settings,
            proxy_settings=proxy_settings,
            max_rate_limit=max_rate_limit,
            max_retries=max_retries,
            rest_url=rest_url,
            auto_defer_after=auto_defer_after,
        )
        self._token = token
        self._intents = Intents(intents)
        self._capabilities = GatewayCapabilities(capabilities)
        self._me: users.OwnUser | None = None
        self._max_payload_size = max_gateway_payload_size
        self._event_manager = event_manager_.EventManagerImpl(intents=self._intents)
        self._event_factory = event_factory.EventFactoryImpl(self)
        self._interactions = gateway_interactions.GatewayInteractions(self._server, self._rest)
        self._shards: dict[int, GatewayShardImpl] = {}
        self._shard_count = 0
        self._watchers: list[asyncio.Task[None]] = []
        self._failure: BaseException | None = None
        self._phase = _Phase.STOPPED
        self._closing: asyncio.Task[None] | None = None

    def __repr__(self) -> str:
        return f"GatewayBot(shards={sorted(self._shards)}, {self._phase.name.lower()})"

    # -- what the bot is made of ------------------------------------------------------------------

    @property
    def is_alive(self) -> bool:
        """Whether the bot is starting, running or closing."""
        return self._phase is not _Phase.STOPPED

    @property
    def intents(self) -> Intents:
        """The gateway intents the shards identify with."""
        return self._intents

    @property
    def capabilities(self) -> GatewayCapabilities:
        """The gateway capabilities the shards declare in IDENTIFY."""
        return self._capabilities

    @property
    def event_factory(self) -> event_factory.EventFactoryImpl:
        """Turns what shards receive into events."""
        return self._event_factory

    @property
    def shards(self) -> typing.Mapping[int, GatewayShardImpl]:
        """The shards this process runs, by shard ID (empty until `start()`)."""
        return types.MappingProxyType(self._shards)

    @property
    def shard_count(self) -> int:
        """How many shards the bot runs across every process (0 before `start()`)."""
        return self._shard_count

    @property
    def heartbeat_latencies(self) -> typing.Mapping[int, float]:
        """Each shard's heartbeat latency in seconds (`nan` until its first acknowledgement)."""
        return {shard_id: shard.heartbeat_latency for shard_id, shard in self._shards.items()}

    @property
    def heartbeat_latency(self) -> float:
        """The mean heartbeat latency of the shards that have one, in seconds; `nan` if none has."""
        known = [latency for latency in self.heartbeat_latencies.values() if not math.isnan(latency)]
        return sum(known) / len(known) if known else math.nan

    @staticmethod
    def print_banner(
        banner: str | None,
        *,
        allow_color: bool,
        force_color: bool,
        extra_args: typing.Mapping[str, str] | None = None,
    ) -> None:
        """Print the `banner.txt` of the package `banner` (`None`: nothing); see `RESTBot.print_banner`."""
        banner_.print_banner(banner, allow_color=allow_color, force_color=force_color, extra_args=extra_args)

    # -- events (listen, subscribe, wait_for, ...: `EventListening`, through BotCore) ------------

    def get_me(self) -> users.OwnUser | None:
        """The bot's own user, as the latest READY or USER_UPDATE gave it; `None` before READY.

        hikari reads it from its cache; here the bot keeps only this one object.
        """
        return self._me

    def _consume(self, shard: GatewayShardImpl, name: str, payload: JSONObject) -> None:
        # Called by the shard, in sequence order: it must only hand work to tasks, never wait.
        for event in self._event_factory.deserialize(shard, name, payload):
            if isinstance(event, shard_events.ShardReadyEvent):
                self._me = event.my_user
            elif isinstance(event, user_events.OwnUserUpdateEvent):
                self._me = event.user
            self._event_manager.dispatch(event)
        if name == "INTERACTION_CREATE":
            self._interactions.submit(payload)

    # -- lifecycle --------------------------------------------------------------------------------

    async def start(
        self,
        *,
        activity: presences.Activity | None = None,
        afk: bool = False,
        check_for_updates: bool = True,
        idle_since: datetime.datetime | None = None,
        ignore_session_start_limit: bool = False,
        large_threshold: int = 250,
        shard_ids: typing.Sequence[int] | None = None,
        shard_count: int | None = None,
        status: presences.Status = presences.Status.ONLINE,
    ) -> None:
        """Open REST, fire `StartingEvent` (waiting for its listeners), connect shards, fire `StartedEvent`.

        `shard_count` defaults to Discord's recommendation (`GET /gateway/bot`); `shard_ids` (a
        subset of `range(shard_count)`, default all) are the shards this process runs, for bots
        split over several processes. Returns once every shard is ready. If anything fails,
        what was opened is closed again before the error propagates. `check_for_updates` is
        accepted for hikari compatibility and never touches the network.

        Raises
        ------
        hikari_like.errors.ComponentStateConflictError
            If the bot is already running.
        hikari_like.impl.gateway.errors.GatewayError
            If a shard could not connect (a bad token, disallowed intents...).
        """
        if self._phase is not _Phase.STOPPED:
            raise errors.ComponentStateConflictError("the bot is already running")
        self._present_once()
        _LOGGER.info("starting the bot")
        self._phase, self._closed, self._failure = _Phase.STARTING, asyncio.Event(), None
        settings = gateway_shards.ShardSettings(
            token=self._token,
            intents=self._intents,
            capabilities=self._capabilities,
            presence=gateway_shards.InitialPresence(
                activity=activity, afk=afk, idle_since=idle_since, status=status
            ),
            large_threshold=large_threshold,
            http_settings=self._http_settings,
            proxy_settings=self._proxy_settings,
            max_payload_size=self._max_payload_size,
        )
        callbacks_ran = False
        try:
            await self._open_and_run_startup_callbacks()
            callbacks_ran = True
            await self._event_manager.dispatch(lifetime_events.StartingEvent(app=self))
            with bot_lifecycle.explain_unauthorized("fetching the gateway (GET /gateway/bot)"):
                plan = await gateway_shards.plan(
                    self._rest,
                    shard_ids=shard_ids,
                    shard_count=shard_count,
                    ignore_limit=ignore_session_start_limit,
                )
            self._shard_count = plan.shard_count
            await self._start_shards(plan, settings)
        except BaseException:
            # Startup callbacks that completed get their shutdown counterparts, as in RESTBot.
            await self._undo_start(run_shutdown_callbacks=callbacks_ran)
            raise
        self._phase = _Phase.RUNNING
        self._event_manager.dispatch(lifetime_events.StartedEvent(app=self))

    def _present_once(self) -> None:
        presentation, self._presentation = self._presentation, None
        if presentation is not None:
            banner, logs, allow_color, force_color = presentation
            logging_setup.init_logging(logs, allow_color=allow_color, force_color=force_color)
            self.print_banner(banner, allow_color=allow_color, force_color=force_color)

    async def _start_shards(
        self, plan: gateway_shards.ShardPlan, settings: gateway_shards.ShardSettings
    ) -> None:
        for shard_id in plan.shard_ids:
            self._shards[shard_id] = gateway_shards.make_shard(
                plan, shard_id, settings=settings, consumer=self._consume
            )
        # The shared identify limiter spaces IDENTIFYs as Discord requires; the rest is concurrent.
        await asyncio.gather(*(shard.start() for shard in self._shards.values()))
        self._watchers = [
            asyncio.create_task(self._watch(shard), name=f"hikari_like shard {shard.id} watcher")
            for shard in self._shards.values()
        ]

    async def _watch(self, shard: GatewayShardImpl) -> None:
        """Close the bot when a shard stops on its own with a fatal error (a revoked token...)."""
        try:
            await shard.join()
        except Exception as error:
            if self._phase is not _Phase.RUNNING:
                return
            _LOGGER.error("shard %s stopped: %s; closing the bot", shard.id, error)
            self._failure = error
            try:
                await self.close()  # shielded inside: this watcher being cancelled does not cut it short
            except Exception:
                _LOGGER.exception("closing the bot after shard %s stopped failed", shard.id)

    async def _undo_start(self, *, run_shutdown_callbacks: bool) -> None:
        # The start's own error is what the caller must see; cleanup failures are only logged.
        await gateway_shards.close_all(self._shards.values())
        self._shards.clear()
        if run_shutdown_callbacks:
            await self._run_shutdown_callbacks()
        await self._close_rest_quietly()
        self._mark_stopped()
        _LOGGER.info("the bot did not start")

    def _mark_stopped(self) -> None:
        self._phase, self._closing = _Phase.STOPPED, None
        super()._mark_stopped()

    async def join(self) -> None:
        """Wait until the bot has closed; raise the shard error that closed it, if one did.

        Raises
        ------
        hikari_like.errors.ComponentStateConflictError
            If the bot is not running.
        """
        await super().join()
        if self._failure is not None:
            raise self._failure

    async def close(self) -> None:
        """Fire `StoppingEvent` (waiting for its listeners), close the shards, let interaction
        answers and listeners finish (10 s at most), run the shutdown callbacks, close REST, then
        fire `StoppedEvent` (waiting for its listeners).

        Concurrent calls wait for the same shutdown; cancelling a caller does not cut it short.

        Raises
        ------
        hikari_like.errors.ComponentStateConflictError
            If the bot is not running, or still starting.
        """
        if self._phase is _Phase.STOPPED:
            raise errors.ComponentStateConflictError("the bot is not running")
        if self._phase is _Phase.STARTING:
            raise errors.ComponentStateConflictError("the bot is still starting; it cannot close yet")
        if self._closing is None:
            self._phase = _Phase.CLOSING
            self._closing = asyncio.create_task(self._shut_down(), name="hikari_like GatewayBot shutdown")
            # Nobody may await the task if every caller is cancelled: mark its outcome as seen.
            self._closing.add_done_callback(lambda task: task.cancelled() or task.exception())
        await asyncio.shield(self._closing)

    async def _shut_down(self) -> None:
        _LOGGER.info("shutting down the bot")
        error: BaseException | None = None
        try:
            await self._event_manager.dispatch(lifetime_events.StoppingEvent(app=self))
            watchers, self._watchers = self._watchers, []
            for watcher in watchers:
                watcher.cancel()
            await gateway_shards.close_all(self._shards.values())
            await self._interactions.close(_CLOSE_GRACE)
            await self._event_manager.close(_CLOSE_GRACE)
            error = await self._run_shutdown_callbacks()
        finally:
            try:
                await self._rest.close()
            finally:
                self._shards.clear()
                await self._event_manager.dispatch(lifetime_events.StoppedEvent(app=self))
                self._mark_stopped()
                _LOGGER.info("the bot shut down")
        if error is not None:
            raise error

    def run(
        self,
        *,
        activity: presences.Activity | None = None,
        afk: bool = False,
        asyncio_debug: bool = False,
        check_for_updates: bool = True,
        close_passed_executor: bool = False,
        close_loop: bool = True,
        coroutine_tracking_depth: int | None = None,
        enable_signal_handlers: bool | None = None,
        idle_since: datetime.datetime | None = None,
        ignore_session_start_limit: bool = False,
        large_threshold: int = 250,
        propagate_interrupts: bool = False,
        shard_ids: typing.Sequence[int] | None = None,
        shard_count: int | None = None,
        status: presences.Status = presences.Status.ONLINE,
    ) -> None:
        """Start the bot in a new event loop and block until it closes.

        The gateway parameters are `start()`'s; the loop and signal ones are `RESTBot.run()`'s
        (SIGINT/SIGTERM close the bot gracefully; `propagate_interrupts` then raises
        `HikariInterrupt`). A shard's fatal error closes the bot and is raised from here.
        """
        start = functools.partial(
            self.start,
            activity=activity,
            afk=afk,
            check_for_updates=check_for_updates,
            idle_since=idle_since,
            ignore_session_start_limit=ignore_session_start_limit,
            large_threshold=large_threshold,
            shard_ids=shard_ids,
            shard_count=shard_count,
            status=status,
        )
        options = blocking_run.RunOptions(
            asyncio_debug=asyncio_debug,
            close_loop=close_loop,
            close_executor=self._executor if close_passed_executor else None,
            coroutine_tracking_depth=coroutine_tracking_depth,
            enable_signal_handlers=enable_signal_handlers,
            propagate_interrupts=propagate_interrupts,
        )
        blocking_run.run_until_closed(self, start, options=options)

    # -- gateway commands -------------------------------------------------------------------------

    async def update_presence(
        self,
        *,
        status: undefined.UndefinedOr[presences.Status] = undefined.UNDEFINED,
        idle_since: undefined.UndefinedNoneOr[datetime.datetime] = undefined.UNDEFINED,
        activity: undefined.UndefinedNoneOr[presences.Activity] = undefined.UNDEFINED,
        afk: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
    ) -> None:
        """Change the bot's presence on every shard; `UNDEFINED` fields keep their current value."""
        self._check_running()
        await asyncio.gather(
            *(
                shard.update_presence(status=status, idle_since=idle_since, activity=activity, afk=afk)
                for shard in self._shards.values()
            )
        )

    async def request_guild_members(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        include_presences: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
        query: str = "",
        limit: int = 0,
        users: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]] = undefined.UNDEFINED,
        nonce: undefined.UndefinedOr[str] = undefined.UNDEFINED,
    ) -> None:
        """Ask the shard of `guild` for its members (they arrive as GUILD_MEMBERS_CHUNK dispatches).

        Raises
        ------
        RuntimeError
            If this process does not run the guild's shard (`(guild_id >> 22) % shard_count`).
        """
        self._check_running()
        shard = self._shard_of(guild)
        await shard.request_guild_members(
            guild, include_presences=include_presences, query=query, limit=limit, users=users, nonce=nonce
        )

    def _shard_of(self, guild: snowflakes.SnowflakeishOr) -> GatewayShardImpl:
        guild_id = snowflakes.snowflake_of(guild)
        shard_id = (int(guild_id) >> 22) % self._shard_count
        shard = self._shards.get(shard_id)
        if shard is None:
            raise RuntimeError(
                f"guild {guild_id} belongs to shard {shard_id}, which this process does not run"
            )
        return shard

    def _check_running(self) -> None:
        if self._phase is not _Phase.RUNNING:
            raise errors.ComponentStateConflictError("the bot is not running")
