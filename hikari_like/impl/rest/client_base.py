"""The REST client's lifecycle and its low-level `request()`; the endpoint methods build on it.

A client either owns its HTTP session and limiters (made standalone) or borrows a `RESTApp`'s
(one connection pool and one set of buckets for every token the app serves).
"""

from __future__ import annotations

__all__ = ["DEFAULT_REST_URL", "RESTClientBase", "SharedState", "create_session"]

import asyncio
import concurrent.futures
import typing

import attrs

from hikari_like import errors
from hikari_like import undefined
from hikari_like import urls
from hikari_like.api import rest as rest_api
from hikari_like.impl import config
from hikari_like.impl.rest import rate_limit_store as rate_limit_store_
from hikari_like.impl.rest import rate_limits
from hikari_like.impl.rest import routes
from hikari_like.impl.rest import token_strategies
from hikari_like.impl.rest import transport as rest_transport

if typing.TYPE_CHECKING:
    import types
    from typing import Self

    import aiohttp

    from hikari_like import files as files_

DEFAULT_REST_URL: typing.Final = urls.REST_API_URL
_MAX_RETRIES_CEILING: typing.Final = 5
_DEFAULT_CLOSE_GRACE: typing.Final = 5.0


def create_session(
    http_settings: config.HTTPSettings, proxy_settings: config.ProxySettings
) -> aiohttp.ClientSession:
    """An aiohttp session with keep-alive, the pool size and TLS of `http_settings`."""
    import aiohttp  # here, not at the top: defining a bot must not pay for aiohttp's import.

    connector = aiohttp.TCPConnector(
        limit=http_settings.connection_limit,
        ssl=http_settings.ssl,
        enable_cleanup_closed=http_settings.enable_cleanup_closed,
        force_close=False,  # keep-alive: Discord's TLS handshakes cost more than the requests
    )
    return aiohttp.ClientSession(
        connector=connector,
        connector_owner=True,
        trust_env=proxy_settings.trust_env,
        raise_for_status=False,
        trace_configs=[rest_transport.resend_tracer()],
    )


@attrs.define(slots=True, kw_only=True, eq=False)
class SharedState:
    """What clients of one `RESTApp` share: the connection pool and the rate-limit state."""

    session: aiohttp.ClientSession
    limits: rate_limit_store_.RateLimitState[typing.Any]

    @classmethod
    def open(
        cls,
        http_settings: config.HTTPSettings,
        proxy_settings: config.ProxySettings,
        *,
        max_rate_limit: float,
        global_rate_limit: int,
        global_rate_limit_period: float,
        rate_limit_store: rate_limit_store_.RateLimitStore | None = None,
    ) -> SharedState:
        """A new connection pool and rate-limit state from `rate_limit_store` (in memory by default).

        Call it inside the event loop.
        """
        store = rate_limit_store or rate_limit_store_.InMemoryRateLimitStore()
        settings = rate_limit_store_.RateLimitSettings(
            max_rate_limit=max_rate_limit,
            global_limit=global_rate_limit,
            global_period=global_rate_limit_period,
        )
        return cls(session=create_session(http_settings, proxy_settings), limits=store.open(settings))

    async def close(self) -> None:
        """Stop the limiters and close the connection pool."""
        try:
            await self.limits.close()
        finally:
            await self.session.close()


def _strategy(
    token: str | token_strategies.TokenStrategy | None, token_type: str | None
) -> token_strategies.TokenStrategy | None:
    if token is None:
        return None
    if isinstance(token, str):
        if token_type is None:
            raise ValueError("token_type ('Bot' or 'Bearer') is required when the token is a str")
        return token_strategies.StaticTokenStrategy(token, token_type)
    if token_type is not None:
        raise ValueError("token_type comes from the token strategy; do not pass both")
    return token


class RESTClientBase(config.NetworkSettingsProperties, rest_api.RESTClient):
    """Lifecycle and `request()`; see `RESTClientImpl` for the endpoints."""

    __slots__ = (
        "__weakref__",  # a RESTApp tracks the clients it hands out without keeping them alive
        "_active",
        "_backoff",
        "_cancelled_by_close",
        "_executor",
        "_global_rate_limit",
        "_global_rate_limit_period",
        "_http_settings",
        "_max_rate_limit",
        "_max_rate_limit_retries",
        "_max_retries",
        "_owned",
        "_proxy_settings",
        "_rate_limit_store",
        "_rest_url",
        "_shared",
        "_token",
        "_transport",
        "interaction_answer_observer",
    )

    def __init__(
        self,
        *,
        token: str | token_strategies.TokenStrategy | None,
        token_type: str | None = None,
        executor: concurrent.futures.Executor | None = None,
        http_settings: config.HTTPSettings | None = None,
        proxy_settings: config.ProxySettings | None = None,
        max_rate_limit: float = 300.0,
        max_retries: int = 3,
        max_rate_limit_retries: int = 5,
        global_rate_limit: int = 50,
        global_rate_limit_period: float = 1.0,
        backoff: rate_limits.ExponentialBackOff | None = None,
        rest_url: str | None = None,
        shared: SharedState | None = None,
        rate_limit_store: rate_limit_store_.RateLimitStore | None = None,
    ) -> None:
        if not 0 <= max_retries <= _MAX_RETRIES_CEILING:
            raise ValueError(f"max_retries must be between 0 and {_MAX_RETRIES_CEILING}")
        if max_rate_limit <= 0:
            raise ValueError("max_rate_limit must be a positive number of seconds")
        self._token = _strategy(token, token_type)
        self._executor = executor
        self._http_settings = http_settings or config.HTTPSettings()
        self._proxy_settings = proxy_settings or config.ProxySettings()
        self._max_rate_limit = max_rate_limit
        self._max_retries = max_retries
        self._max_rate_limit_retries = max_rate_limit_retries
        self._global_rate_limit = global_rate_limit
        self._global_rate_limit_period = global_rate_limit_period
        self._backoff = backoff or rate_limits.ExponentialBackOff()
        self._rest_url = (rest_url or DEFAULT_REST_URL).rstrip("/")
        self._shared = shared
        self._rate_limit_store = rate_limit_store
        self._owned: SharedState | None = None
        self._transport: rest_transport.RESTTransport | None = None
        self._active: dict[asyncio.Task[typing.Any], asyncio.Future[None]] = {}
        """Tasks with a request under way -> a future done when that request is over."""
        self._cancelled_by_close: dict[asyncio.Task[typing.Any], str] = {}
        """Tasks `close()` cancelled -> what their request was doing (for the error message)."""
        self.interaction_answer_observer: typing.Callable[[str], None] | None = None
        """Called with an interaction token after an edit or deletion of its original response or
        a followup succeeded; the bot's interaction server sets it to watch its deferrals."""

    def __repr__(self) -> str:
        state = "open" if self.is_alive else "closed"
        return f"{type(self).__name__}(token_type={self.token_type!r}, rest_url={self._rest_url!r}, {state})"

    # -- properties -----------------------------------------------------------------------------

    @property
    def is_alive(self) -> bool:
        """Whether `start()` ran and `close()` did not."""
        return self._transport is not None

    @property
    def token_type(self) -> str | None:
        """`"Bot"`, `"Bearer"` or `None`."""
        return None if self._token is None else self._token.token_type

    @property
    def rest_url(self) -> str:
        """The API base URL, such as `https://discord.com/api/v10` or an emulator's."""
        return self._rest_url

    @property
    def rate_limit_store(self) -> rate_limit_store_.RateLimitStore | None:
        """The store given as `rate_limit_store` (`None`: this process's own, in memory)."""
        return self._rate_limit_store

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> None:
        """Open the client (call it inside the event loop); `async with` does this for you."""
        if self._transport is not None:
            raise errors.ComponentStateConflictError("the REST client is already started")
        state = self._shared
        if state is None:
            state = self._owned = SharedState.open(
                self._http_settings,
                self._proxy_settings,
                max_rate_limit=self._max_rate_limit,
                global_rate_limit=self._global_rate_limit,
                global_rate_limit_period=self._global_rate_limit_period,
                rate_limit_store=self._rate_limit_store,
            )
        self._transport = rest_transport.RESTTransport(
            client=self,
            session=state.session,
            limits=state.limits,
            token=self._token,
            http_settings=self._http_settings,
            proxy_settings=self._proxy_settings,
            rest_url=self._rest_url,
            max_rate_limit=self._max_rate_limit,
            max_retries=self._max_retries,
            max_rate_limit_retries=self._max_rate_limit_retries,
            backoff=self._backoff,
            executor=self._executor,
        )

    async def close(self, *, grace: float = _DEFAULT_CLOSE_GRACE) -> None:
        """Close the client; every request under way ends with its answer or a clear error, nothing hangs.

        - A request still waiting for its turn (its bucket, the global limit, a 429's wait, a retry's
          back-off) fails at once with `ComponentStateConflictError`: Discord never saw that attempt.
        - A request already on the wire may finish for up to `grace` seconds, because Discord may
          have acted on it (a message sent): its caller gets the real answer instead of a guess. It
          starts no further attempt. Still unanswered after `grace`, it is cancelled and fails with
          `ComponentStateConflictError` saying Discord may have received it.
        - Later calls fail with `ComponentStateConflictError`.

        ```python
        await client.close(grace=1.0)
        ```
        """
        transport = self._transport
        if transport is None:
            raise errors.ComponentStateConflictError("the REST client is not running")
        self._transport = None
        transport.close()
        for task in list(self._active):
            if task not in transport.on_wire:
                self._cancel_by_close(task, "was sent")
        in_flight = [done for task, done in self._active.items() if task not in self._cancelled_by_close]
        if in_flight:
            await asyncio.wait(in_flight, timeout=grace)
        for task in list(self._active):
            if task not in self._cancelled_by_close:
                self._cancel_by_close(task, "was answered (Discord may have received it)")
        if self._active:
            await asyncio.wait(list(self._active.values()))
        owned, self._owned = self._owned, None
        if owned is not None:
            await owned.close()

    def _cancel_by_close(self, task: asyncio.Task[typing.Any], unfinished: str) -> None:
        self._cancelled_by_close[task] = unfinished
        task.cancel()

    async def __aenter__(self) -> Self:
        self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: types.TracebackType | None,
    ) -> None:
        if self.is_alive:  # its RESTApp may have closed it already
            await self.close()

    # -- requests -------------------------------------------------------------------------------

    async def request(
        self,
        route_or_method: routes.CompiledRoute | str,
        path: str | None = None,
        /,
        *,
        json: object | undefined.UndefinedType = undefined.UNDEFINED,
        files: typing.Sequence[files_.Resource] = (),
        urlencoded: typing.Mapping[str, str] | None = None,
        form: typing.Mapping[str, str | files_.Resource] | None = None,
        query: typing.Mapping[str, str] | typing.Sequence[tuple[str, str]] | None = None,
        reason: str | undefined.UndefinedType = undefined.UNDEFINED,
        authorization: str | undefined.UndefinedType | None = undefined.UNDEFINED,
    ) -> typing.Any:
        """Send one request; see `hikari_like.api.rest.RESTClient.request`.

        ```python
        me = await client.request("GET", "/users/@me")
        await client.request(routes.POST_CHANNEL_MESSAGES.compile(channel=123), json={"content": "hi"})
        ```
        """
        route = _compiled(route_or_method, path)
        bodies = (urlencoded is not None, form is not None, bool(files) or json is not undefined.UNDEFINED)
        if sum(bodies) > 1:
            raise TypeError("urlencoded=, form= and json=/files= cannot be combined")
        body = rest_transport.RequestBody(
            json=json,
            files=tuple(files),
            urlencoded=urlencoded,
            form=form,
            query=query,
            reason=reason,
            authorization=authorization,
        )
        return await self._send_tracked(route, body)

    async def _send_tracked(
        self, route: routes.CompiledRoute, body: rest_transport.RequestBody
    ) -> typing.Any:
        transport = self._transport
        if transport is None:
            raise errors.ComponentStateConflictError(f"the REST client is not running; cannot send {route}")
        task = asyncio.current_task()
        if task is None or task in self._active:
            # Outside a task nothing can be cancelled; a nested request (a token strategy fetching
            # its token) is covered by its caller's tracking.
            return await transport.send(route, body)
        done = asyncio.get_running_loop().create_future()
        self._active[task] = done
        try:
            return await transport.send(route, body)
        except asyncio.CancelledError:
            unfinished = self._cancelled_by_close.get(task)
            if unfinished is not None and task.uncancel() == 0:
                raise errors.ComponentStateConflictError(
                    f"the REST client was closed before {route} {unfinished}"
                ) from None
            raise
        finally:
            del self._active[task]
            self._cancelled_by_close.pop(task, None)
            done.set_result(None)


def _compiled(route_or_method: routes.CompiledRoute | str, path: str | None) -> routes.CompiledRoute:
    if isinstance(route_or_method, routes.CompiledRoute):
        if path is not None:
            raise TypeError("a compiled route already has its path")
        return route_or_method
    if path is None:
        raise TypeError("request(method, path) needs a path")
    return routes.parse_path(route_or_method, path)
