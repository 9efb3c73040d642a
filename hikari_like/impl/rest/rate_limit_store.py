"""Where the REST client keeps its rate-limit state: the interface, and the in-process default.

A *store* says where the state lives; `open()` gives the live state for one `RESTApp` (or one
standalone client), set up with that client's limits. The transport only ever talks to the
state, through five calls:

```python
ticket = await state.acquire(route, auth_key)      # a bucket slot, and a global permit if it applies
try:
    response = ...                                 # send the request
finally:
    state.release(ticket, RateLimitInfo.from_headers(response.headers), responded=True)
state.penalise(route, auth_key, retry_after)       # a 429 on the route's bucket
state.throttle_global(auth_key, retry_after)       # a global 429
```

`InMemoryRateLimitStore` (the default) keeps it in this process: `buckets.RESTBucketManager`
and `rate_limits.GlobalRateLimiter`, unchanged. `hikari_like.impl.rest.redis.RedisStore` keeps
it in Redis, so every process sharing a token shares its limits.
"""

from __future__ import annotations

__all__ = [
    "InMemoryRateLimitStore",
    "LocalRateLimits",
    "RateLimitSettings",
    "RateLimitState",
    "RateLimitStore",
]

import typing

import attrs

from hikari_like.impl.rest import buckets as buckets_
from hikari_like.impl.rest import rate_limits

if typing.TYPE_CHECKING:
    from hikari_like.impl.rest import routes

_TicketT = typing.TypeVar("_TicketT")


@attrs.frozen(slots=True, kw_only=True)
class RateLimitSettings:
    """The limits one REST client (or `RESTApp`) asks its rate-limit state to keep."""

    max_rate_limit: float = 300.0
    """Waits longer than this raise `RateLimitTooLongError` instead of sleeping."""
    global_limit: int = 50
    """Requests per `global_period` across every route (Discord's global limit)."""
    global_period: float = 1.0


class RateLimitState(typing.Protocol[_TicketT]):
    """The live rate-limit state of one app: what the REST transport calls."""

    @property
    def is_closed(self) -> bool:
        """Whether `close()` was called."""
        ...

    async def acquire(self, route: routes.CompiledRoute, auth_key: str) -> _TicketT:
        """Wait for a slot in `route`'s bucket and, unless the route is exempt, a global permit.

        Raises `RateLimitTooLongError` when the wait would exceed `max_rate_limit`, and
        `ComponentStateConflictError` when the state is closed meanwhile.
        """
        ...

    def release(
        self, ticket: _TicketT, info: buckets_.RateLimitInfo | None, *, responded: bool, sent: bool = True
    ) -> None:
        """The request is over: free its slot and permit, and learn from the headers (`info`).

        `responded`: Discord answered; `sent=False`: the request never left (its slot comes back).
        """
        ...

    def penalise(self, route: routes.CompiledRoute, auth_key: str, retry_after: float) -> None:
        """A 429 on `route`: hold its bucket for `retry_after` seconds."""
        ...

    def throttle_global(self, auth_key: str, retry_after: float) -> None:
        """A global 429: hold every request of `auth_key`'s token for `retry_after` seconds."""
        ...

    async def close(self) -> None:
        """Fail every queued request with `ComponentStateConflictError`; later acquires fail too."""
        ...


class RateLimitStore(typing.Protocol):
    """Where rate-limit state lives; `RESTApp(rate_limit_store=...)` takes one."""

    def open(self, settings: RateLimitSettings) -> RateLimitState[typing.Any]:
        """The live state for one app with `settings` (called inside the event loop)."""
        ...


class LocalRateLimits:
    """Rate-limit state in this process: the buckets and the global limiter."""

    __slots__ = ("buckets", "global_limiter")

    def __init__(self, settings: RateLimitSettings) -> None:
        self.buckets = buckets_.RESTBucketManager(max_rate_limit=settings.max_rate_limit)
        self.global_limiter = rate_limits.GlobalRateLimiter(
            limit=settings.global_limit, period=settings.global_period, max_rate_limit=settings.max_rate_limit
        )

    def __repr__(self) -> str:
        return f"LocalRateLimits({self.buckets!r}, {self.global_limiter!r})"

    @property
    def is_closed(self) -> bool:
        """Whether `close()` was called."""
        return self.buckets.is_closed

    async def acquire(self, route: routes.CompiledRoute, auth_key: str) -> buckets_.Ticket:
        """Wait for a slot in `route`'s bucket, then (unless the route is exempt) a global permit."""
        ticket = await self.buckets.acquire(route, auth_key)
        if route.is_global_exempt:
            return ticket
        try:
            await self.global_limiter.acquire(str(route))
        except BaseException:
            self.buckets.release(ticket, None, responded=False, sent=False)
            raise
        return ticket

    def release(
        self,
        ticket: buckets_.Ticket,
        info: buckets_.RateLimitInfo | None,
        *,
        responded: bool,
        sent: bool = True,
    ) -> None:
        """Free the request's slot and global permit, and learn the bucket's limits from `info`."""
        if not ticket.released and not ticket.route.is_global_exempt:
            self.global_limiter.release()
        self.buckets.release(ticket, info, responded=responded, sent=sent)

    def penalise(self, route: routes.CompiledRoute, auth_key: str, retry_after: float) -> None:
        """A 429 on `route`: hold its bucket in this process for `retry_after` seconds."""
        self.buckets.penalise(route, auth_key, retry_after)

    def throttle_global(self, auth_key: str, retry_after: float) -> None:
        """A global 429: hold every request of this process for `retry_after` seconds."""
        # One limiter serves every token of this process: Discord's limit is per token, so this
        # is stricter than needed when an app serves several, never looser.
        self.global_limiter.throttle(retry_after)

    async def close(self) -> None:
        """Fail every queued request with `ComponentStateConflictError`; later acquires fail too."""
        self.buckets.close()
        self.global_limiter.close()


@attrs.frozen(slots=True)
class InMemoryRateLimitStore:
    """The default: each app keeps its limits in its own process (nothing shared between processes).

    ```python
    app = RESTApp(rate_limit_store=InMemoryRateLimitStore())  # the same as RESTApp()
    ```
    """

    def open(self, settings: RateLimitSettings) -> LocalRateLimits:
        """Fresh buckets and a global limiter for one app."""
        return LocalRateLimits(settings)
