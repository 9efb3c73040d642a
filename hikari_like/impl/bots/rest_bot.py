"""`RESTBot`: the bot users run — an interaction server, a REST client, and their lifecycle.

```python
import hikari_like as hikari

bot = hikari.RESTBot(os.environ["DISCORD_TOKEN"], public_key=os.environ["DISCORD_PUBLIC_KEY"])


async def ping(interaction: hikari.CommandInteraction) -> hikari.impl.InteractionMessageBuilder:
    return interaction.build_response().set_content("Pong!")


bot.set_listener(hikari.CommandInteraction, ping)
bot.run(host="0.0.0.0", port=8080)  # blocks; SIGINT / SIGTERM stop it cleanly
```

Inside an event loop you already run, use `await bot.start(...)`, `await bot.join()` and
`await bot.close()` instead of `run()`.
"""

from __future__ import annotations

__all__ = ["RESTBot"]

import asyncio
import enum
import functools
import logging
import typing

import attrs

from hikari_like import errors
from hikari_like.impl.bots import blocking_run
from hikari_like.impl.bots import lifecycle as bot_lifecycle
from hikari_like.impl.server import limits
from hikari_like.internal import banner as banner_
from hikari_like.internal import logging_setup

if typing.TYPE_CHECKING:
    import ssl
    from socket import socket as Socket

    from hikari_like.impl.rest import token_strategies


CallbackT = bot_lifecycle.BotCallbackT["RESTBot"]
"""A startup or shutdown callback: `async def callback(bot) -> None`."""

_LOGGER: typing.Final = logging.getLogger("hikari_like.rest_bot")


class _Phase(enum.Enum):
    STOPPED = enum.auto()
    STARTING = enum.auto()
    RUNNING = enum.auto()
    CLOSING = enum.auto()


@attrs.define(slots=True, kw_only=True, frozen=True)
class _Presentation:
    """The banner and logging set-up, applied once, when the bot first starts."""

    banner: str | None
    logs: logging_setup.LogsT
    allow_color: bool
    force_color: bool

    def apply(self) -> None:
        logging_setup.init_logging(self.logs, allow_color=self.allow_color, force_color=self.force_color)
        RESTBot.print_banner(self.banner, allow_color=self.allow_color, force_color=self.force_color)


class RESTBot(bot_lifecycle.BotCore):
    """A Discord bot that receives interactions over HTTP and talks to Discord over REST.

    Parameters follow hikari's `RESTBot`; see `__init__`.
    """

    __slots__ = ("_closing", "_phase", "_presentation")

    @typing.overload
    def __init__(
        self,
        token: token_strategies.TokenStrategy,
        *,
        public_key: str | bytes | None = None,
        allow_color: bool = True,
        banner: str | None = "hikari_like",
        force_color: bool = False,
        logs: logging_setup.LogsT = "INFO",
        suppress_optimization_warning: bool = False,
        **options: typing.Unpack[bot_lifecycle.BotOptions],
    ) -> None: ...

    @typing.overload
    def __init__(
        self,
        token: str,
        token_type: str = "Bot",
        public_key: str | bytes | None = None,
        *,
        allow_color: bool = True,
        banner: str | None = "hikari_like",
        force_color: bool = False,
        logs: logging_setup.LogsT = "INFO",
        suppress_optimization_warning: bool = False,
        **options: typing.Unpack[bot_lifecycle.BotOptions],
    ) -> None: ...

    def __init__(
        self,
        token: str | token_strategies.TokenStrategy,
        token_type: str | None = None,
        public_key: str | bytes | None = None,
        *,
        allow_color: bool = True,
        banner: str | None = "hikari_like",
        force_color: bool = False,
        logs: logging_setup.LogsT = "INFO",
        suppress_optimization_warning: bool = False,
        **options: typing.Unpack[bot_lifecycle.BotOptions],
    ) -> None:
        """Create the bot; nothing starts, prints or configures logging until `start()`/`run()`.

        Parameters
        ----------
        token
            The bot token (with `token_type`, default `"Bot"`), or a `TokenStrategy`.
        public_key
            The application's public key (hex or 32 bytes). When omitted it is fetched with
            `rest.fetch_application()` at start, before any request is accepted.
        allow_color, force_color
            Colour for the banner and default log format; `CLICOLOR`, `CLICOLOR_FORCE` and
            `NO_COLOR` are honoured (see `hikari_like.internal.ux.supports_color`).
        banner
            The package whose `banner.txt` is printed at the first start; `None` for none.
        logs
            A level (`"INFO"`, `logging.DEBUG`), a `logging.config.dictConfig` dict, a config
            file path, or `None` to leave logging alone. Applied at the first start; checked now.
        **options
            `executor`, `http_settings`, `proxy_settings`, `max_rate_limit`, `max_retries`,
            `rest_url`, `replay_window`, `max_body_size`, `interaction_path`, `health_check`,
            `auto_defer_after`, `rate_limit_store`, `replay_store`, `webhook_events_path`: see
            `hikari_like.impl.bots.lifecycle.BotOptions`.
        suppress_optimization_warning
            Accepted so hikari programs port unchanged; there is no such warning here.
        """
        logging_setup.validate_logs(logs)
        self._presentation: _Presentation | None = _Presentation(
            banner=banner, logs=logs, allow_color=allow_color, force_color=force_color
        )
        super().__init__(token, token_type, public_key, **options)
        self._phase = _Phase.STOPPED
        self._closing: asyncio.Task[None] | None = None

    def __repr__(self) -> str:
        return f"RESTBot(rest_url={self._rest.rest_url!r}, {self._phase.name.lower()})"

    # -- what the bot is made of ------------------------------------------------------------------

    @property
    def is_alive(self) -> bool:
        """Whether the bot is starting, running or closing (`False` once `close()` finished)."""
        return self._phase is not _Phase.STOPPED

    @staticmethod
    def print_banner(
        banner: str | None,
        *,
        allow_color: bool,
        force_color: bool,
        extra_args: typing.Mapping[str, str] | None = None,
    ) -> None:
        """Print the `banner.txt` of the package `banner` (`None`: print nothing).

        Override it (or pass your own package as `banner=`) to brand a bot; `extra_args` adds
        `${name}` substitutions but may not replace the built-in ones (`ValueError`).
        """
        banner_.print_banner(banner, allow_color=allow_color, force_color=force_color, extra_args=extra_args)

    # -- lifecycle --------------------------------------------------------------------------------

    async def start(
        self,
        *,
        backlog: int = 128,
        check_for_updates: bool = True,
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
        """Open the REST client, fetch the public key if needed, run the startup callbacks, then listen.

        Server parameters are `InteractionServer.start`'s (default: all interfaces, port 8080),
        including the connection limits: `header_timeout` (5 s), `request_timeout` (10 s),
        `keep_alive_timeout` (75 s) and `max_connections` (1000, or half the open-file limit).
        `check_for_updates` is accepted for hikari compatibility and never touches the network.
        If anything fails, everything opened so far is closed again before the error propagates.

        Raises
        ------
        hikari_like.errors.ComponentStateConflictError
            If the bot is already running.
        """
        if self._phase is not _Phase.STOPPED:
            raise errors.ComponentStateConflictError("the bot is already running")
        self._present_once()
        _LOGGER.info("starting the bot")
        self._phase, self._closed = _Phase.STARTING, asyncio.Event()
        await self._prepare_or_undo()
        try:
            await self._server.start(
                backlog=backlog,
                host=host,
                port=port,
                path=path,
                reuse_address=reuse_address,
                reuse_port=reuse_port,
                socket=socket,
                shutdown_timeout=shutdown_timeout,
                ssl_context=ssl_context,
                header_timeout=header_timeout,
                request_timeout=request_timeout,
                keep_alive_timeout=keep_alive_timeout,
                max_connections=max_connections,
            )
        except BaseException:
            # The startup callbacks completed, so their shutdown counterparts release what they opened.
            await self._undo_start(run_shutdown_callbacks=True)
            raise
        self._phase = _Phase.RUNNING

    def _present_once(self) -> None:
        presentation, self._presentation = self._presentation, None
        if presentation is not None:
            presentation.apply()

    async def _prepare_or_undo(self) -> None:
        try:
            await self._open_and_run_startup_callbacks()
        except BaseException:
            await self._undo_start(run_shutdown_callbacks=False)
            raise

    async def _undo_start(self, *, run_shutdown_callbacks: bool) -> None:
        # The start's own error is what the caller must see; cleanup failures are only logged.
        if run_shutdown_callbacks:
            await self._run_shutdown_callbacks()
        await self._close_rest_quietly()
        self._mark_stopped()
        _LOGGER.info("the bot did not start")

    def _mark_stopped(self) -> None:
        self._phase, self._closing = _Phase.STOPPED, None
        super()._mark_stopped()

    async def close(self) -> None:
        """Stop gracefully: stop accepting, finish requests in flight and generator continuations
        (bounded by `shutdown_timeout`), run the shutdown callbacks, close the REST client.

        Concurrent calls wait for the same shutdown. Cancelling a caller does not cut it short.

        Raises
        ------
        hikari_like.errors.ComponentStateConflictError
            If the bot is not running, or is still starting (a startup callback that wants to
            abort the start should raise instead).
        """
        if self._phase is _Phase.STOPPED:
            raise errors.ComponentStateConflictError("the bot is not running")
        if self._phase is _Phase.STARTING:
            raise errors.ComponentStateConflictError("the bot is still starting; it cannot close yet")
        if self._closing is None:
            self._phase = _Phase.CLOSING
            self._closing = asyncio.create_task(self._shut_down(), name="hikari_like RESTBot shutdown")
            # If every caller is cancelled nobody awaits the task; marking its outcome as seen keeps
            # asyncio from logging "exception was never retrieved". Callers that await still get it.
            self._closing.add_done_callback(lambda task: task.cancelled() or task.exception())
        await asyncio.shield(self._closing)

    async def _shut_down(self) -> None:
        _LOGGER.info("shutting down the bot")
        try:
            if self._server.is_alive:
                await self._server.close()
        finally:
            error = await self._release()
        if error is not None:
            raise error

    # -- run: the blocking entry point --------------------------------------------------------------

    def run(
        self,
        *,
        asyncio_debug: bool = False,
        backlog: int = 128,
        check_for_updates: bool = True,
        close_loop: bool = True,
        close_passed_executor: bool = False,
        coroutine_tracking_depth: int | None = None,
        enable_signal_handlers: bool | None = None,
        host: str | typing.Sequence[str] | None = None,
        path: str | None = None,
        port: int | None = None,
        propagate_interrupts: bool = False,
        reuse_address: bool | None = None,
        reuse_port: bool | None = None,
        shutdown_timeout: float = 60.0,
        socket: Socket | None = None,
        ssl_context: ssl.SSLContext | None = None,
        header_timeout: float = limits.DEFAULT_HEADER_TIMEOUT,
        request_timeout: float = limits.DEFAULT_REQUEST_TIMEOUT,
        keep_alive_timeout: float = limits.DEFAULT_KEEP_ALIVE_TIMEOUT,
        max_connections: int | None = None,
    ) -> None:
        """Start the bot in a new event loop and block until it closes.

        SIGINT and SIGTERM stop it gracefully (as `close()` does): connections that are idle or
        still sending a request close at once, requests being answered get `shutdown_timeout`.
        A second signal during the shutdown is logged and ignored (SIGKILL remains). Server
        parameters, the connection limits among them, are `start()`'s.

        Parameters
        ----------
        asyncio_debug
            Turn on the event loop's debug mode.
        close_loop
            Cancel leftover tasks, finish async generators and the default executor, and close
            the loop once the bot stopped. With `False` the loop stays open and current.
        close_passed_executor
            Shut down the `executor` given to the constructor once the bot stopped.
        coroutine_tracking_depth
            Passed to `sys.set_coroutine_origin_tracking_depth` (for finding unawaited coroutines).
        enable_signal_handlers
            Handle SIGINT/SIGTERM; `None` means "when called from the main thread".
        propagate_interrupts
            After a signal-triggered stop, raise `Interrupt` (a `KeyboardInterrupt`) instead of
            returning normally.
        check_for_updates
            Accepted for hikari compatibility; nothing is checked and no request is made.

        The loop is uvloop's when uvloop is installed, unless `HIKARI_LIKE_EVENT_LOOP=asyncio`.

        Raises
        ------
        hikari_like.errors.ComponentStateConflictError
            If the bot is already running, or an event loop is already running in this thread
            (use `await bot.start()` there).
        """
        start = functools.partial(
            self.start,
            backlog=backlog,
            check_for_updates=check_for_updates,
            host=host,
            port=port,
            path=path,
            reuse_address=reuse_address,
            reuse_port=reuse_port,
            socket=socket,
            shutdown_timeout=shutdown_timeout,
            ssl_context=ssl_context,
            header_timeout=header_timeout,
            request_timeout=request_timeout,
            keep_alive_timeout=keep_alive_timeout,
            max_connections=max_connections,
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
