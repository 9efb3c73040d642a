"""`AsgiBot`: a REST bot that is itself an ASGI app, for uvicorn, hypercorn, granian or a mount.

```python
# bot.py -- run with: uvicorn bot:bot --workers 4
import hikari_like as hikari

bot = hikari.AsgiBot(os.environ["DISCORD_TOKEN"], public_key=os.environ["DISCORD_PUBLIC_KEY"])


async def ping(interaction: hikari.CommandInteraction) -> hikari.impl.InteractionMessageBuilder:
    return interaction.build_response().set_content("Pong!")


bot.set_listener(hikari.CommandInteraction, ping)
```

By default (`asgi_managed=True`) the ASGI lifespan opens the REST client, fetches the public key
if none was given, and runs the startup callbacks; its shutdown waits for generator listeners,
runs the shutdown callbacks and closes the REST client. Frameworks do not run a mounted app's
lifespan: there pass `asgi_managed=False` and call `start()` / `close()` from the framework's own.
"""

from __future__ import annotations

__all__ = ["AsgiBot"]

import asyncio
import logging
import typing

from hikari_like import errors
from hikari_like.impl.bots import lifecycle as bot_lifecycle
from hikari_like.impl.server import asgi
from hikari_like.impl.server import limits

if typing.TYPE_CHECKING:
    from hikari_like.impl.rest import token_strategies
    from hikari_like.impl.server.asgi_types import Receive
    from hikari_like.impl.server.asgi_types import Scope
    from hikari_like.impl.server.asgi_types import Send

_LOGGER: typing.Final = logging.getLogger("hikari_like.rest_bot")
_SERVED_BY_ASGI: typing.Final = (
    "this AsgiBot is started and closed by its ASGI server's lifespan; "
    "pass asgi_managed=False to call start() and close() yourself"
)


class AsgiBot(bot_lifecycle.BotCore):
    """A Discord bot that receives interactions as an ASGI app and talks to Discord over REST.

    Parameters are `RESTBot`'s (without the banner and logging ones: the ASGI server owns
    those), plus:

    asgi_managed
        `True`: the ASGI lifespan starts and closes the bot; `start()`, `close()` and `run()`
        raise. `False`: you call `start()` and `close()` (e.g. from FastAPI's lifespan).
    shutdown_timeout
        Seconds the shutdown waits for generator listeners' code after `yield`.
    request_timeout
        Seconds a request body may take to arrive (default 10): later, it gets 408 and the
        connection is closed. Idle and slow-header connections are the ASGI server's to time
        out: see docs/deployment.md for its settings.
    """

    __slots__ = ("_adapter", "_asgi_managed", "_warned_not_started", "shutdown_timeout")

    @typing.overload
    def __init__(
        self,
        token: token_strategies.TokenStrategy,
        *,
        public_key: str | bytes | None = None,
        asgi_managed: bool = True,
        shutdown_timeout: float = 60.0,
        request_timeout: float = limits.DEFAULT_REQUEST_TIMEOUT,
        **options: typing.Unpack[bot_lifecycle.BotOptions],
    ) -> None: ...

    @typing.overload
    def __init__(
        self,
        token: str,
        token_type: str = "Bot",
        public_key: str | bytes | None = None,
        *,
        asgi_managed: bool = True,
        shutdown_timeout: float = 60.0,
        request_timeout: float = limits.DEFAULT_REQUEST_TIMEOUT,
        **options: typing.Unpack[bot_lifecycle.BotOptions],
    ) -> None: ...

    def __init__(
        self,
        token: str | token_strategies.TokenStrategy,
        token_type: str | None = None,
        public_key: str | bytes | None = None,
        *,
        asgi_managed: bool = True,
        shutdown_timeout: float = 60.0,
        request_timeout: float = limits.DEFAULT_REQUEST_TIMEOUT,
        **options: typing.Unpack[bot_lifecycle.BotOptions],
    ) -> None:
        super().__init__(token, token_type, public_key, **options)
        self.shutdown_timeout = shutdown_timeout
        self._asgi_managed = asgi_managed
        self._warned_not_started = False
        self._adapter = asgi.AsgiAdapter(
            self._server, shutdown_timeout=shutdown_timeout, request_timeout=request_timeout
        )
        if asgi_managed:
            self._adapter.add_startup_callback(self._start).add_shutdown_callback(self._close)

    def __repr__(self) -> str:
        state = "running" if self.is_alive else "stopped"
        return f"AsgiBot(rest_url={self._rest.rest_url!r}, asgi_managed={self._asgi_managed}, {state})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI 3 entry point (the bot is the app: `uvicorn module:bot`)."""
        # Cheapest test first: on a started bot this is the only one made per request.
        if self._closed is None and not self._warned_not_started and scope["type"] == "http":
            self._warned_not_started = True
            _LOGGER.warning(
                "an AsgiBot received a request before it started: run the ASGI lifespan "
                "(asgi_managed=True), or call start() (asgi_managed=False, e.g. when mounted)"
            )
        await self._adapter(scope, receive, send)

    @property
    def asgi_managed(self) -> bool:
        """Whether the ASGI lifespan starts and closes the bot."""
        return self._asgi_managed

    @property
    def adapter(self) -> asgi.AsgiAdapter:
        """The ASGI adapter in front of the interaction server."""
        return self._adapter

    @property
    def is_alive(self) -> bool:
        """Whether the bot has started and not closed yet."""
        return self._closed is not None

    async def start(self) -> None:
        """Open the REST client, fetch the public key if needed, run the startup callbacks.

        Raises
        ------
        hikari_like.errors.ComponentStateConflictError
            If the bot is ASGI-managed, or already running.
        """
        if self._asgi_managed:
            raise errors.ComponentStateConflictError(_SERVED_BY_ASGI)
        await self._start()

    async def close(self) -> None:
        """Wait for generator listeners (bounded), run the shutdown callbacks, close the REST client.

        Raises
        ------
        hikari_like.errors.ComponentStateConflictError
            If the bot is ASGI-managed, or not running.
        """
        if self._asgi_managed:
            raise errors.ComponentStateConflictError(_SERVED_BY_ASGI)
        await self._close()

    def run(self) -> typing.NoReturn:
        """Not available: an ASGI server runs this bot (`uvicorn module:bot`)."""
        raise errors.ComponentStateConflictError(
            "an AsgiBot is served by an ASGI server: run it with e.g. `uvicorn module:bot`, "
            "or use RESTBot for the built-in server"
        )

    async def _start(self) -> None:
        if self._closed is not None:
            raise errors.ComponentStateConflictError("the bot is already running")
        self._closed = asyncio.Event()
        try:
            await self._open_and_run_startup_callbacks()
        except BaseException:
            await self._close_rest_quietly()
            self._mark_stopped()
            raise
        _LOGGER.info("the bot started")

    async def _close(self) -> None:
        if self._closed is None:
            raise errors.ComponentStateConflictError("the bot is not running")
        try:
            await self._server.close_continuations(self.shutdown_timeout)
        finally:
            error = await self._release()
        if error is not None:
            raise error
