"""The request loop: rate limits, sending, retrying, and turning failures into typed errors.

One call of `RESTTransport.send` is one logical request. Each attempt takes a slot in its bucket
and, unless the route is an interaction callback, a global permit, both from the rate-limit state
(`rate_limit_store.py`: in this process by default, or shared through Redis), and sends. Then:

- 2xx: the decoded JSON body (or `None`).
- 429: wait as Discord says (the bucket, or everything for `global`), then retry, at most
  `max_rate_limit_retries` times; a wait over `max_rate_limit` raises `RateLimitTooLongError` at
  once; a 429 that is not JSON (Cloudflare's ban page) raises `RateLimitedError`.
- 500/502/503/504, connection errors and timeouts: retried `max_retries` times with exponential
  backoff and jitter, then `InternalServerError` / `HTTPError` - but only where a second copy
  cannot be applied twice (`retries.py`: idempotent methods, a message creation with `nonce` and
  `enforce_nonce`), or where the connection failed before anything was sent. Otherwise the first
  such failure raises that error at once, with `may_have_been_applied` set.
- 401 with a renewable token strategy: the token is renewed and the request retried once.
- anything else: the typed error, with Discord's `code`, `message` and field `errors`.

Once `close()` is called no new attempt starts: a request between attempts (waiting out a 429 or
a back-off) fails with `ComponentStateConflictError`. `on_wire` names the tasks whose request is
being sent or answered, so the client can let those finish (see `RESTClientBase.close`).

Logs name routes by their template (`POST /webhooks/{webhook}/{token}`) and never carry a token.
"""

from __future__ import annotations

__all__ = ["RESTTransport", "RequestBody", "resend_tracer"]

import asyncio
import hashlib
import logging
import time
import typing
import urllib.parse

import attrs

from hikari_like import _about
from hikari_like import errors
from hikari_like import undefined
from hikari_like.impl.metrics import hooks as metrics_hooks
from hikari_like.impl.rest import buckets as buckets_
from hikari_like.impl.rest import errors as rest_errors
from hikari_like.impl.rest import rate_limits
from hikari_like.impl.rest import retries
from hikari_like.impl.rest import token_strategies
from hikari_like.internal import json as json_
from hikari_like.internal import multipart

if typing.TYPE_CHECKING:
    import concurrent.futures
    import types

    import aiohttp

    from hikari_like import files as files_
    from hikari_like.api import rest as rest_api
    from hikari_like.impl import config
    from hikari_like.impl.metrics.registry import Metrics
    from hikari_like.impl.rest import rate_limit_store
    from hikari_like.impl.rest import routes

_LOGGER: typing.Final = logging.getLogger("hikari_like.rest")
_RETRIED_STATUSES: typing.Final = frozenset({500, 502, 503, 504})
_USER_AGENT: typing.Final = f"DiscordBot (https://github.com/hikari-like/hikari-like, {_about.__version__})"


@attrs.frozen(slots=True, kw_only=True)
class RequestBody:
    """What to send besides the route; the body is rebuilt from this for every attempt."""

    json: object | undefined.UndefinedType = undefined.UNDEFINED
    files: typing.Sequence[files_.Resource] = ()
    urlencoded: typing.Mapping[str, str] | None = None
    form: typing.Mapping[str, str | files_.Resource] | None = None
    """A multipart form of text fields and named files (no `payload_json`)."""
    query: typing.Mapping[str, str] | typing.Sequence[tuple[str, str]] | None = None
    reason: str | undefined.UndefinedType = undefined.UNDEFINED
    authorization: str | undefined.UndefinedType | None = undefined.UNDEFINED
    """UNDEFINED: the client's token; None: no `Authorization` header; a str: that header."""


@attrs.frozen(slots=True, kw_only=True)
class _Response:
    status: int
    reason: str
    headers: typing.Mapping[str, str]
    body: bytes
    resent: bool
    """Whether aiohttp sent the request twice (see `resend_tracer`)."""


@attrs.define(slots=True)
class _Connections:
    """How many connections one `session.request()` took: more than one means it was resent."""

    count: int = 0


async def _count_connection(
    session: aiohttp.ClientSession, context: types.SimpleNamespace, params: object
) -> None:
    counter = context.trace_request_ctx
    if isinstance(counter, _Connections):
        counter.count += 1


def resend_tracer() -> aiohttp.TraceConfig:
    """A trace config that lets the transport see aiohttp resend a request.

    aiohttp itself sends an idempotent request (PUT, DELETE, GET) once more when its connection
    drops before the answer; the first copy may have been applied (a DELETE answered 404 by the
    second), and the error must say so. Sessions made by `create_session` carry it.
    """
    import aiohttp

    tracer = aiohttp.TraceConfig()
    tracer.on_connection_create_start.append(_count_connection)
    tracer.on_connection_reuseconn.append(_count_connection)
    return tracer


class _ConnectionFailedError(Exception):
    """Internal: an attempt failed before a response came back (retried, then made an HTTPError)."""

    def __init__(self, description: str, *, sent: bool) -> None:
        super().__init__(description)
        self.sent = sent
        """Whether the request may have reached Discord (`False`: no connection was ever made)."""


@attrs.define(slots=True, kw_only=True)
class _RetryBudget:
    """The 5xx and connection-failure retries of one logical request, and what they left unknown."""

    limit: int
    resendable: bool
    """Whether a copy of the request can be sent after the first may have been applied."""
    changes_state: bool
    used: int = 0
    maybe_applied: bool = False

    @classmethod
    def of(cls, route: routes.CompiledRoute, body: RequestBody, limit: int) -> _RetryBudget:
        return cls(
            limit=limit,
            resendable=retries.can_resend(route, body.json),
            changes_state=retries.changes_state(route),
        )

    def note(self, response: _Response) -> None:
        """Take in what a response says about earlier copies of the request."""
        if response.resent and self.changes_state:
            self.maybe_applied = True

    def spend(self, *, sent: bool) -> str | None:
        """Count one failed attempt: `None` if it may be retried, else why it may not."""
        if sent and self.changes_state:
            self.maybe_applied = True
        if sent and not self.resendable:
            return "not retried: a second copy could be applied twice"
        if self.used >= self.limit:
            return f"after {self.limit} retries"
        self.used += 1
        return None

    def left_unknown(self, final_status: int) -> bool:
        """Whether Discord may have applied the request, given the status it finally answered."""
        # Any 5xx leaves it open whether Discord acted, as does an earlier ambiguous attempt.
        return self.maybe_applied or (self.changes_state and final_status >= 500)


_WAITED: typing.Final = 0.001
"""Seconds of waiting for a permit that count as a rate-limit wait (less is bookkeeping)."""


def _record_wait(metrics: Metrics, route: routes.CompiledRoute, seconds: float) -> None:
    if seconds >= _WAITED:
        metrics.rate_limit_waited(route.route_key, seconds)


def _auth_key(authorization: str | None) -> str:
    # The bucket key needs to tell tokens apart without holding them.
    if authorization is None:
        return "-"
    return hashlib.blake2s(authorization.encode(), digest_size=12).hexdigest()


class RESTTransport:
    """Sends requests for one REST client; the session and limiters may be shared with others."""

    __slots__ = (
        "_backoff",
        "_client",
        "_closing",
        "_executor",
        "_http_settings",
        "_limits",
        "_proxy_settings",
        "_rest_url",
        "_session",
        "_token",
        "max_rate_limit",
        "max_rate_limit_retries",
        "max_retries",
        "on_wire",
    )

    def __init__(
        self,
        *,
        client: rest_api.RESTClient,
        session: aiohttp.ClientSession,
        limits: rate_limit_store.RateLimitState[typing.Any],
        token: token_strategies.TokenStrategy | None,
        http_settings: config.HTTPSettings,
        proxy_settings: config.ProxySettings,
        rest_url: str,
        max_rate_limit: float,
        max_retries: int,
        max_rate_limit_retries: int,
        backoff: rate_limits.ExponentialBackOff,
        executor: concurrent.futures.Executor | None = None,
    ) -> None:
        self._executor = executor
        self._client = client
        self._session = session
        self._limits = limits
        self._token = token
        self._http_settings = http_settings
        self._proxy_settings = proxy_settings
        self._rest_url = rest_url
        self.max_rate_limit = max_rate_limit
        self.max_retries = max_retries
        self.max_rate_limit_retries = max_rate_limit_retries
        self._backoff = backoff
        self._closing = asyncio.Event()
        self.on_wire: set[asyncio.Task[typing.Any] | None] = set()
        """The tasks whose request is being sent or answered right now (`None`: outside a task)."""

    def __repr__(self) -> str:
        return f"RESTTransport(rest_url={self._rest_url!r}, max_retries={self.max_retries})"

    @property
    def is_closing(self) -> bool:
        """Whether `close()` was called (or the shared rate-limit state was closed)."""
        return self._closing.is_set() or self._limits.is_closed

    def close(self) -> None:
        """Start no new attempt: requests between attempts fail with `ComponentStateConflictError`."""
        self._closing.set()

    async def send(self, route: routes.CompiledRoute, body: RequestBody) -> typing.Any:
        """Send until success or a final error; see the module docstring for the rules."""
        budget = _RetryBudget.of(route, body, self.max_retries)
        rate_limited = 0
        renewed = False
        while True:
            self._raise_if_closing(route)
            authorization = await self._authorization(body)
            try:
                response = await self._attempt(route, body, authorization)
            except _ConnectionFailedError as exc:
                await self._retry_or_raise(route, budget, str(exc), sent=exc.sent)
                continue
            budget.note(response)
            status = response.status
            if status < 300:
                return rest_errors.parse_json_body(response.headers, response.body)
            if status == 429:
                rate_limited += 1
                self._on_rate_limited(route, response, authorization, rate_limited)
                continue
            if status in _RETRIED_STATUSES:
                await self._retry_or_raise(route, budget, f"{status} {response.reason}", response=response)
                continue
            if status == 401 and not renewed and self._can_renew(body):
                renewed = True
                typing.cast("token_strategies.TokenStrategy", self._token).invalidate(authorization)
                continue
            raise self._error(route, response, budget)

    async def _retry_or_raise(
        self,
        route: routes.CompiledRoute,
        budget: _RetryBudget,
        what: str,
        *,
        sent: bool = True,
        response: _Response | None = None,
    ) -> None:
        """Back off before the next attempt, or raise when the failure may not be retried."""
        stop = budget.spend(sent=sent)
        if stop is None:
            await self._back_off(route, budget.used, what)
            return
        if response is not None:
            raise self._error(route, response, budget, note=stop)
        raise errors.HTTPError(
            f"{route} failed: {what} ({stop})", route=str(route), may_have_been_applied=budget.maybe_applied
        ) from None

    def _can_renew(self, body: RequestBody) -> bool:
        # A static token cannot be renewed: retrying it would only repeat the 401.
        renewable = self._token is not None and not isinstance(
            self._token, token_strategies.StaticTokenStrategy
        )
        return body.authorization is undefined.UNDEFINED and renewable

    async def _authorization(self, body: RequestBody) -> str | None:
        if body.authorization is not undefined.UNDEFINED:
            return body.authorization
        if self._token is None:
            return None
        return await self._token.acquire(self._client)

    async def _attempt(
        self, route: routes.CompiledRoute, body: RequestBody, authorization: str | None
    ) -> _Response:
        metrics = metrics_hooks.current
        asked = time.perf_counter() if metrics is not None else 0.0
        ticket = await self._limits.acquire(route, _auth_key(authorization))
        if metrics is not None:
            _record_wait(metrics, route, time.perf_counter() - asked)
        try:
            response = await self._http(route, body, authorization)
        except BaseException:
            self._limits.release(ticket, None, responded=False)
            raise
        if metrics is not None:
            metrics.rest_requested(route.route_key, response.status)
        info = buckets_.RateLimitInfo.from_headers(response.headers)
        normal = response.status < 500 and response.status != 429
        self._limits.release(ticket, info, responded=info is not None or normal)
        return response

    async def _http(
        self, route: routes.CompiledRoute, body: RequestBody, authorization: str | None
    ) -> _Response:
        import aiohttp  # here, not at the top: defining a bot must not pay for aiohttp's import.

        timeouts = self._http_settings.timeouts
        url = route.create_url(self._rest_url)
        headers = self._headers(body, authorization)
        proxy_headers = self._proxy_settings.all_headers
        if proxy_headers and self._proxy_settings.url and url.startswith("http:"):
            # aiohttp sends `proxy_headers` only on an HTTPS tunnel's CONNECT; a plain-HTTP request
            # goes to the proxy as it is, so the proxy's headers (its credentials) must be on it.
            headers.update(proxy_headers)
        data = self._payload(body, headers)
        task = asyncio.current_task()
        self.on_wire.add(task)
        connections = _Connections()
        try:
            async with self._session.request(
                route.method,
                url,
                headers=headers,
                data=data,
                # Pairs keep a repeated key (Discord's array query strings: `?has=link&has=poll`).
                params=body.query or None,
                proxy=self._proxy_settings.url,
                proxy_headers=self._proxy_settings.all_headers,
                allow_redirects=self._http_settings.max_redirects is not None,
                max_redirects=self._http_settings.max_redirects or 10,
                ssl=self._http_settings.ssl,
                timeout=aiohttp.ClientTimeout(
                    total=timeouts.total,
                    connect=timeouts.acquire_and_connect,
                    sock_connect=timeouts.request_socket_connect,
                    sock_read=timeouts.request_socket_read,
                ),
                trace_request_ctx=connections,
            ) as response:
                raw = await response.read()
                _LOGGER.debug("%s -> %s (%d bytes)", route, response.status, len(raw))
                return _Response(
                    status=response.status,
                    reason=response.reason or "",
                    headers=response.headers,
                    body=raw,
                    resent=connections.count > 1,
                )
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            unreadable = _attachment_error_in(exc)
            if unreadable is not None:
                raise unreadable from unreadable.__cause__
            raise _ConnectionFailedError(_describe_failure(exc, route), sent=not _never_sent(exc)) from None
        finally:
            self.on_wire.discard(task)

    @staticmethod
    def _headers(body: RequestBody, authorization: str | None) -> dict[str, str]:
        headers = {"User-Agent": _USER_AGENT}
        if authorization is not None:
            headers["Authorization"] = authorization
        if body.reason is not undefined.UNDEFINED:
            headers["X-Audit-Log-Reason"] = urllib.parse.quote(body.reason, safe="")
        if body.json is not undefined.UNDEFINED:
            headers["Content-Type"] = "application/json"
        return headers

    def _payload(self, body: RequestBody, headers: dict[str, str]) -> typing.Any:
        if body.files:
            # A fresh body per attempt: a retried upload re-reads its files from the start.
            payload_json = json_.dumps({} if body.json is undefined.UNDEFINED else body.json)
            form = multipart.MultipartBody(payload_json, body.files, executor=self._executor)
            headers["Content-Type"] = form.content_type
            return form.stream()
        if body.form is not None:
            # Rebuilt per attempt too: a retried upload re-reads its files.
            fields = multipart.MultipartForm(body.form, executor=self._executor)
            headers["Content-Type"] = fields.content_type
            return fields.stream()
        if body.json is not undefined.UNDEFINED:
            return json_.dumps(body.json)
        if body.urlencoded is not None:
            return dict(body.urlencoded)
        return None

    def _raise_if_closing(self, route: routes.CompiledRoute) -> None:
        if self.is_closing:
            raise errors.ComponentStateConflictError(f"the REST client was closed before {route} was sent")

    async def _back_off(self, route: routes.CompiledRoute, failures: int, what: str) -> None:
        self._raise_if_closing(route)
        delay = self._backoff.delay(failures - 1)
        _LOGGER.warning(
            "%s failed (%s); retry %d of %d in %.2fs", route, what, failures, self.max_retries, delay
        )
        await rate_limits.wait_unless_closed(self._closing, delay=delay, what=f"{route} (retry)")

    def _on_rate_limited(
        self, route: routes.CompiledRoute, response: _Response, authorization: str | None, count: int
    ) -> None:
        """Throttle as the 429 says, or raise when it cannot (or should not) be waited out."""
        if not rest_errors.is_json(response.headers):
            raise errors.RateLimitedError(
                route.create_safe_url(self._rest_url),
                dict(response.headers),
                response.body,
                "Discord answered 429 without a JSON body: likely a Cloudflare ban for too many invalid "
                "requests; stop sending for a while",
                retry_after=rest_errors.retry_after_of(response.headers, {}),
                route=str(route),
            )
        details = rest_errors.parse_json_body(response.headers, response.body)
        details = details if isinstance(details, dict) else {}
        retry_after = rest_errors.retry_after_of(response.headers, details)
        is_global = bool(details.get("global")) or response.headers.get("X-RateLimit-Global") == "true"
        scope = response.headers.get("X-RateLimit-Scope", "global" if is_global else "user")
        if metrics_hooks.current is not None:
            metrics_hooks.current.rate_limited_by(route.route_key, scope)
        # Throttle even when this request gives up: the next ones must not walk into the same 429.
        if is_global:
            self._limits.throttle_global(_auth_key(authorization), retry_after)
        else:
            self._limits.penalise(route, _auth_key(authorization), retry_after)
        if retry_after > self.max_rate_limit:
            raise errors.RateLimitTooLongError(
                route=str(route),
                retry_after=retry_after,
                max_retry_after=self.max_rate_limit,
                is_global=is_global,
            )
        if count > self.max_rate_limit_retries:
            raise self._error(route, response)
        log = _LOGGER.debug if scope == "shared" else _LOGGER.warning
        kind = "global" if is_global else "route"
        log("%s hit a %s rate limit (scope %s); waiting %.2fs", route, kind, scope, retry_after)

    def _error(
        self,
        route: routes.CompiledRoute,
        response: _Response,
        budget: _RetryBudget | None = None,
        *,
        note: str = "",
    ) -> errors.HTTPResponseError:
        unknown = budget is not None and budget.left_unknown(response.status)
        return rest_errors.error_from_response(
            status=response.status,
            reason=response.reason,
            route=str(route),
            headers=response.headers,
            body=response.body,
            may_have_been_applied=unknown,
            note=note,
            url=route.create_safe_url(self._rest_url),
        )


def _describe_failure(exc: BaseException, route: routes.CompiledRoute) -> str:
    # aiohttp messages can quote the URL, and the URL can hold an interaction token.
    text = str(exc).replace(route.compiled_path, route.template)
    if isinstance(exc, TimeoutError):
        return "timed out"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _never_sent(exc: BaseException) -> bool:
    """Whether the attempt failed before any of the request could leave: no connection was made.

    A refused connection, a DNS or TLS failure, and aiohttp's connect timeout (which also covers
    waiting for a connection from the pool) are; a reset, a disconnect or a read timeout are not.
    """
    import aiohttp

    # aiohttp < 3.10 has no ConnectionTimeoutError: its connect timeouts stay ambiguous there.
    connect_timeout = getattr(aiohttp, "ConnectionTimeoutError", aiohttp.ClientConnectorError)
    return isinstance(exc, aiohttp.ClientConnectorError | connect_timeout)


def _attachment_error_in(exc: BaseException) -> errors.AttachmentReadError | None:
    """The attachment failure behind a send error, if that is what it was.

    aiohttp reports a failure of the body it streams as a connection error, with the real cause
    chained; an unreadable file must not be retried like a dropped connection.
    """
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, errors.AttachmentReadError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None
