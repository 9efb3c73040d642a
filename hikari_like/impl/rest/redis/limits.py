"""Rate-limit state in Redis for one app: the `RateLimitState` the REST transport talks to.

Each acquire is one `EVALSHA` of `scripts.ACQUIRE` (bucket slot and global permit together,
atomically), each release one of `scripts.RELEASE`. Within this process, requests for the same
bucket queue locally in arrival order, so only the head of each queue asks Redis; a waiter sleeps
until the reset Redis reports, or a short poll when the wait depends on requests in flight
(possibly in other processes).

When Redis fails, `on_store_error` decides: `"raise"` fails the request with
`RateLimitStoreError`; `"local"` logs one WARNING and uses in-process limits, trying Redis again
every `retry_interval` seconds and logging when it is back.
"""

from __future__ import annotations

__all__ = ["RedisRateLimits", "RedisTicket"]

import asyncio
import logging
import time
import typing

import attrs

from hikari_like import errors
from hikari_like.impl.rest import rate_limit_store
from hikari_like.impl.rest import rate_limits

if typing.TYPE_CHECKING:
    from hikari_like.impl.rest import buckets as buckets_
    from hikari_like.impl.rest import routes
    from hikari_like.impl.rest.redis.store import RedisStore

_LOGGER: typing.Final = logging.getLogger("hikari_like.rest.redis")
_KEEP_IDLE_MS: typing.Final = 60_000
"""How long a bucket outlives its last use in Redis (interaction tokens would otherwise pile up)."""
_CLOSE_GRACE: typing.Final = 2.0


@attrs.define(slots=True, kw_only=True, eq=False)
class RedisTicket:
    """A lease on a bucket slot (and a global permit), or a local ticket while Redis is away."""

    route: routes.CompiledRoute
    auth_key: str
    lease: str = ""
    bucket_key: str = ""
    kind: str = "-"
    epoch: int = 0
    granted: int = 0
    """When Redis granted the slot (its clock, ms): Discord cannot have counted the request before."""
    local: buckets_.Ticket | None = None
    released: bool = False


@attrs.define(slots=True, eq=False)
class _Queue:
    lock: asyncio.Lock = attrs.field(factory=asyncio.Lock)
    users: int = 0


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _fill(ticket: RedisTicket, granted_reply: list[typing.Any]) -> None:
    ticket.bucket_key, ticket.kind = _text(granted_reply[1]), _text(granted_reply[2])
    ticket.epoch, ticket.granted = int(granted_reply[3]), int(granted_reply[4])


class RedisRateLimits:
    """The rate-limit state of one app, kept in Redis and shared with every process using it."""

    __slots__ = (
        "_closing",
        "_down_since",
        "_local",
        "_pending",
        "_queues",
        "_released",
        "_retry_at",
        "_settings",
        "_store",
    )

    def __init__(self, store: RedisStore, settings: rate_limit_store.RateLimitSettings) -> None:
        self._store = store
        self._settings = settings
        self._local = rate_limit_store.LocalRateLimits(settings)
        self._queues: dict[tuple[str, str, str], _Queue] = {}
        self._pending: set[asyncio.Task[None]] = set()
        self._released = asyncio.Event()
        self._closing = asyncio.Event()
        self._down_since: float | None = None
        self._retry_at = 0.0

    def __repr__(self) -> str:
        mode = "local fallback" if self._down_since is not None else "shared"
        return f"RedisRateLimits({self._store!r}, {mode})"

    @property
    def is_closed(self) -> bool:
        """Whether `close()` was called."""
        return self._closing.is_set()

    @property
    def is_degraded(self) -> bool:
        """Whether Redis failed and in-process limits are used until it answers again."""
        return self._down_since is not None

    # -- acquire ----------------------------------------------------------------------------------

    async def acquire(self, route: routes.CompiledRoute, auth_key: str) -> RedisTicket:
        """Lease a slot in `route`'s bucket and a global permit from Redis, shared by every process.

        While Redis is down, the in-process limits stand in (`is_degraded`). Raises
        `ComponentStateConflictError` once the state is closed.
        """
        if self._closing.is_set():
            raise errors.ComponentStateConflictError(f"the REST client is closed; cannot send {route}")
        if self._pending:
            # A 429 just reported must reach Redis before this request asks for a slot.
            await asyncio.wait(list(self._pending), timeout=_CLOSE_GRACE)
        if self._down_since is not None and time.monotonic() < self._retry_at:
            return RedisTicket(
                route=route, auth_key=auth_key, local=await self._local.acquire(route, auth_key)
            )
        try:
            ticket = await self._acquire_shared(route, auth_key)
        except self._store.failures as exc:
            self._on_failure(exc, route)
            return RedisTicket(
                route=route, auth_key=auth_key, local=await self._local.acquire(route, auth_key)
            )
        self._on_success()
        return ticket

    async def _acquire_shared(self, route: routes.CompiledRoute, auth_key: str) -> RedisTicket:
        key = (auth_key, route.route_key, route.major_key)
        queue = self._queues.get(key) or self._queues.setdefault(key, _Queue())
        queue.users += 1
        try:
            async with queue.lock:
                return await self._poll_until_granted(route, auth_key)
        finally:
            queue.users -= 1
            if not queue.users:
                del self._queues[key]

    async def _poll_until_granted(self, route: routes.CompiledRoute, auth_key: str) -> RedisTicket:
        while True:
            ticket = RedisTicket(route=route, auth_key=auth_key, lease=self._new_lease())
            reply = await self._call_acquire(ticket)
            if reply[0] == 0:
                _fill(ticket, reply)
                return ticket
            wait, is_global = float(_text(reply[1])) / 1000, int(reply[2]) == 1
            if wait > self._settings.max_rate_limit:
                raise errors.RateLimitTooLongError(
                    route=str(route),
                    retry_after=wait,
                    max_retry_after=self._settings.max_rate_limit,
                    is_global=is_global,
                )
            self._released.clear()
            await rate_limits.wait_unless_closed(
                self._closing, delay=max(wait, 0.0005), wake=self._released, what=str(route)
            )

    async def _call_acquire(self, ticket: RedisTicket) -> list[typing.Any]:
        route = ticket.route
        store = self._store
        call = asyncio.ensure_future(
            store.scripts.acquire(
                args=[
                    store.prefix_for(ticket.auth_key),
                    route.route_key,
                    route.major_key,
                    ticket.lease,
                    store.lease_ms,
                    0 if route.is_global_exempt else self._settings.global_limit,
                    store.poll_ms,
                    _KEEP_IDLE_MS,
                ]
            )
        )
        try:
            return typing.cast("list[typing.Any]", await asyncio.shield(call))
        except asyncio.CancelledError:
            # The script may still grant the lease: hand it straight back when it does.
            call.add_done_callback(lambda done: self._return_unused(done, ticket))
            raise

    def _return_unused(self, done: asyncio.Future[typing.Any], ticket: RedisTicket) -> None:
        if done.cancelled() or done.exception() is not None or done.result()[0] != 0:
            return
        _fill(ticket, done.result())
        self.release(ticket, None, responded=False, sent=False)

    def _new_lease(self) -> str:
        return self._store.new_lease()

    # -- release and 429s -------------------------------------------------------------------------

    def release(
        self,
        ticket: RedisTicket,
        info: buckets_.RateLimitInfo | None,
        *,
        responded: bool,
        sent: bool = True,
    ) -> None:
        """Give the request's lease back to Redis and record the bucket's limits from `info`."""
        if ticket.released:
            return
        ticket.released = True
        if ticket.local is not None:
            self._local.release(ticket.local, info, responded=responded, sent=sent)
            return
        self._spawn(self._release_shared(ticket, info, responded=responded, sent=sent))

    async def _release_shared(
        self, ticket: RedisTicket, info: buckets_.RateLimitInfo | None, *, responded: bool, sent: bool
    ) -> None:
        route = ticket.route
        store = self._store
        args: list[str | int | float] = [
            store.prefix_for(ticket.auth_key),
            route.route_key,
            route.major_key,
            ticket.bucket_key,
            ticket.kind,
            ticket.lease,
            ticket.epoch,
            0 if route.is_global_exempt else 1,
            self._settings.global_period * 1000,
            int(responded),
            int(sent),
            _KEEP_IDLE_MS,
            ticket.granted,
        ]
        if info is not None:
            args += [info.bucket, info.limit, info.remaining, info.reset_after * 1000]
        try:
            await store.scripts.release(args=args)
        finally:
            self._released.set()

    def penalise(self, route: routes.CompiledRoute, auth_key: str, retry_after: float) -> None:
        """A 429 on `route`: hold its bucket for `retry_after` seconds in every process."""
        prefix = self._store.prefix_for(auth_key)
        args: list[str | float] = [
            prefix,
            route.route_key,
            route.major_key,
            retry_after * 1000,
            _KEEP_IDLE_MS,
        ]
        self._spawn(self._store.scripts.penalise(args=args))

    def throttle_global(self, auth_key: str, retry_after: float) -> None:
        """A global 429: hold every process's requests with `auth_key`'s token for `retry_after` seconds."""
        args: list[str | float] = [self._store.prefix_for(auth_key), retry_after * 1000]
        self._spawn(self._store.scripts.throttle_global(args=args))

    def _spawn(self, call: typing.Awaitable[typing.Any]) -> None:
        task = asyncio.ensure_future(self._quietly(call))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _quietly(self, call: typing.Awaitable[typing.Any]) -> None:
        # A lost release costs at most one lease; the next acquire reports the outage.
        try:
            await call
        except self._store.failures as exc:
            _LOGGER.debug("could not update the shared rate-limit state: %s", exc)

    # -- failures ---------------------------------------------------------------------------------

    def _on_failure(self, exc: BaseException, route: routes.CompiledRoute) -> None:
        reason = self._store.describe_failure(exc)
        if self._store.on_store_error == "raise":
            raise errors.RateLimitStoreError(
                f"the shared rate-limit store {self._store!r} failed ({reason}); the request was not "
                "sent, because sending without shared limits could exceed Discord's together with "
                "the other processes",
                store=repr(self._store),
                reason=reason,
                route=str(route),
            ) from exc
        self._retry_at = time.monotonic() + self._store.retry_interval
        if self._down_since is None:
            self._down_since = time.monotonic()
            _LOGGER.warning(
                "the shared rate-limit store %r failed (%s): using this process's own rate limits "
                "until it answers again (retrying every %.0fs); processes no longer share limits",
                self._store,
                reason,
                self._store.retry_interval,
            )

    def _on_success(self) -> None:
        if self._down_since is not None:
            _LOGGER.info(
                "the shared rate-limit store %r answers again after %.1fs: shared limits resumed",
                self._store,
                time.monotonic() - self._down_since,
            )
            self._down_since = None

    async def close(self) -> None:
        """Fail later acquires, and give the leases of requests in flight back to Redis."""
        self._closing.set()
        await self._local.close()
        if self._pending:
            # Give releases in flight a moment, so leases come back now rather than at expiry.
            await asyncio.wait(list(self._pending), timeout=_CLOSE_GRACE)
