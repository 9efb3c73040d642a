"""`RedisStore`: rate limits, replay protection and command cooldowns shared through one Redis.

```python
from hikari_like.impl.rest.redis import RedisStore

store = RedisStore.from_url("redis://localhost:6379/0")
bot = hikari_like.RESTBot(token, public_key=key, rate_limit_store=store, replay_store=store)
```

Keys start with `key_prefix` and a digest of the token (`hikari_like:{9c1e...}:...`): never the
token itself. The command layer's cooldowns and claims (`hit`, `claim`) are under
`hikari_like:cmd:` and `hikari_like:claim:`. Needs the `redis` extra (`pip install hikari_like[redis]`).
"""

from __future__ import annotations

__all__ = ["RedisStore", "StoreErrorPolicy"]

import hashlib
import itertools
import logging
import math
import os
import secrets
import time
import typing

from hikari_like import errors
from hikari_like.impl.rest import rate_limit_store
from hikari_like.impl.rest.redis import limits
from hikari_like.impl.rest.redis import scripts
from hikari_like.internal import fixed_windows

if typing.TYPE_CHECKING:
    import redis.asyncio

_LOGGER: typing.Final = logging.getLogger("hikari_like.redis")

StoreErrorPolicy = typing.Literal["raise", "local"]
"""What to do when Redis fails: raise `RateLimitStoreError`, or use in-process state for a while."""


class _Scripts:
    """The registered scripts (`EVALSHA`, loaded again by redis-py if the server forgot them)."""

    __slots__ = ("acquire", "command_hit", "penalise", "release", "throttle_global")

    def __init__(self, client: redis.asyncio.Redis) -> None:
        self.acquire = client.register_script(scripts.ACQUIRE)
        self.release = client.register_script(scripts.RELEASE)
        self.penalise = client.register_script(scripts.PENALISE)
        self.throttle_global = client.register_script(scripts.THROTTLE_GLOBAL)
        self.command_hit = client.register_script(scripts.COMMAND_HIT)


class RedisStore:
    """Rate-limit state (`rate_limit_store=`), the replay cache (`replay_store=`) and cooldowns in Redis.

    It is also the command layer's `CommandStore` (`hit`, `claim`): given as the bot's
    `rate_limit_store`, every worker counts the same cooldowns.

    Parameters
    ----------
    client
        A `redis.asyncio.Redis` client; `from_url` makes one with short timeouts.
    lease
        Seconds a slot counts for a request that is never released (its process died). Keep it
        above your longest request (the HTTP timeout): a request outliving its lease stops
        counting against its bucket.
    on_store_error
        `"local"` (default): when Redis fails, log one WARNING and use this process's own limits
        and replay cache, trying Redis again every `retry_interval` seconds. A Redis outage then
        degrades the bot (processes stop sharing limits; Discord's 429s are still obeyed) instead
        of stopping it. `"raise"`: fail each request with `RateLimitStoreError` (and answer
        interactions with 503) until Redis is back, for deployments where exceeding limits
        together is worse than not answering. Cooldowns and claims follow the same policy.
    key_prefix
        The start of every key, to share one Redis between bots or environments.
    poll_interval
        Seconds between checks while a wait depends on requests in flight in other processes.
    """

    __slots__ = (
        "_client",
        "_commands_down_since",
        "_commands_retry_at",
        "_leases",
        "_local_claims",
        "_local_replays",
        "_local_uses",
        "_owns_client",
        "_replay_down",
        "instance_id",
        "key_prefix",
        "lease_ms",
        "on_store_error",
        "poll_ms",
        "retry_interval",
        "scripts",
    )

    def __init__(
        self,
        client: redis.asyncio.Redis,
        *,
        lease: float = 30.0,
        on_store_error: StoreErrorPolicy = "local",
        key_prefix: str = "hikari_like",
        poll_interval: float = 0.01,
        retry_interval: float = 5.0,
    ) -> None:
        if on_store_error not in ("raise", "local"):
            raise ValueError(f"on_store_error must be 'raise' or 'local', got {on_store_error!r}")
        if lease <= 0 or poll_interval <= 0 or retry_interval <= 0:
            raise ValueError("lease, poll_interval and retry_interval must be positive numbers of seconds")
        self._client = client
        self._owns_client = False
        self.lease_ms = lease * 1000
        self.on_store_error: StoreErrorPolicy = on_store_error
        self.key_prefix = key_prefix
        self.poll_ms = poll_interval * 1000
        self.retry_interval = retry_interval
        self.scripts = _Scripts(client)
        self.instance_id = f"{os.getpid()}-{secrets.token_hex(4)}"
        """Names this process's leases (for debugging: `ZRANGE <bucket>:f 0 -1`)."""
        # One counter per store, not per app: apps sharing a store and a token share the keys, and
        # two leases with one name would be one sorted-set member, counting once for two requests.
        self._leases = itertools.count()
        self._local_replays: dict[bytes, float] = {}
        self._replay_down = False
        self._local_uses = fixed_windows.FixedWindows()
        self._local_claims = fixed_windows.FixedWindows()
        self._commands_down_since: float | None = None
        self._commands_retry_at = 0.0

    @classmethod
    def from_url(cls, url: str, **options: typing.Any) -> RedisStore:
        """A store on a new client for `url` (`redis://host:6379/0`, `rediss://`, `unix://`).

        Options are `RedisStore`'s; the client fails fast (1 s timeouts, one retry) so a Redis
        outage is noticed within a request, not after redis-py's default ten retries.
        `close()` closes that client.
        """
        import redis.asyncio
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        client = redis.asyncio.Redis.from_url(
            url, socket_timeout=1.0, socket_connect_timeout=1.0, retry=Retry(NoBackoff(), 1)
        )
        store = cls(client, **options)
        store._owns_client = True
        return store

    def __repr__(self) -> str:
        kwargs = self._client.connection_pool.connection_kwargs
        where = kwargs.get("path") or f"{kwargs.get('host')}:{kwargs.get('port')}"
        return f"RedisStore({where}/{kwargs.get('db', 0)}, on_store_error={self.on_store_error!r})"

    @property
    def client(self) -> redis.asyncio.Redis:
        """The redis-py client."""
        return self._client

    @property
    def failures(self) -> tuple[type[BaseException], ...]:
        """The exceptions that mean "Redis failed" (connection, timeout, server errors)."""
        import redis.exceptions

        return (redis.exceptions.RedisError, OSError, TimeoutError)

    @staticmethod
    def describe_failure(exc: BaseException) -> str:
        """The error, short and without credentials (redis-py messages name host and port only)."""
        text = str(exc).splitlines()[0] if str(exc) else ""
        return f"{type(exc).__name__}: {text}" if text else type(exc).__name__

    def new_lease(self) -> str:
        """A lease name no other request of any app on this store (or any other store) uses."""
        return f"{self.instance_id}:{next(self._leases)}"

    def prefix_for(self, auth_key: str) -> str:
        """The key prefix of one token (`auth_key` is already a digest of its header)."""
        return f"{self.key_prefix}:{{{auth_key}}}"

    # -- the two roles ----------------------------------------------------------------------------

    def open(self, settings: rate_limit_store.RateLimitSettings) -> limits.RedisRateLimits:
        """The shared rate-limit state for one app (see `RateLimitStore`)."""
        return limits.RedisRateLimits(self, settings)

    async def remember(self, signature: bytes, *, ttl: float) -> bool:
        """Record a request's signature for `ttl` seconds; `False` when it was recorded before.

        One `SET key NX PX`, so of two workers given the same request exactly one sees `True`.
        """
        digest = hashlib.blake2s(signature, digest_size=16).hexdigest()
        try:
            first = await self._client.set(
                f"{self.key_prefix}:replay:{digest}", b"1", nx=True, px=int(ttl * 1000)
            )
        except self.failures as exc:
            return self._remember_locally(signature, ttl, exc)
        if self._replay_down:
            self._replay_down = False
            _LOGGER.info("the replay store %r answers again: replays refused across processes", self)
        return bool(first)

    def _remember_locally(self, signature: bytes, ttl: float, exc: BaseException) -> bool:
        reason = self.describe_failure(exc)
        if self.on_store_error == "raise":
            raise errors.RateLimitStoreError(
                f"the replay store {self!r} failed ({reason})", store=repr(self), reason=reason
            ) from exc
        if not self._replay_down:
            self._replay_down = True
            _LOGGER.warning(
                "the replay store %r failed (%s): refusing replays within this process only until it "
                "answers again",
                self,
                reason,
            )
        now = time.monotonic()
        seen = self._local_replays
        for old in [key for key, until in seen.items() if until <= now]:
            del seen[old]
        if signature in seen:
            return False
        seen[signature] = now + ttl
        return True

    # -- the command layer's store (`hikari_like.app_commands.store.CommandStore`) -----------------

    async def hit(self, key: str, *, limit: int, period: float) -> float:
        """Count one use of `key`: 0.0 within `limit` uses per `period` seconds, else the seconds to wait.

        The window opens at the key's first use, in one script (`INCR`, `PEXPIRE` on the first
        use; over the limit `DECR` and `PTTL`), so of N workers counting one key at once exactly
        `limit` are allowed.

        ```python
        retry_after = await store.hit("/echo:user:42", limit=1, period=10.0)
        ```
        """
        fixed_windows.check_window(limit, period)
        key = fixed_windows.bounded_key(key)
        if self._commands_local():
            return self._local_uses.hit(key, limit=limit, period=period)
        try:
            left_ms = await self.scripts.command_hit(
                keys=[f"{self.key_prefix}:cmd:{key}"], args=[limit, _milliseconds(period)]
            )
        except self.failures as exc:
            self._commands_failed(exc)
            return self._local_uses.hit(key, limit=limit, period=period)
        self._commands_answered()
        return int(left_ms) / 1000

    async def claim(self, key: str, *, ttl: float) -> bool:
        """True for exactly one caller per `ttl` seconds, whichever process asks (`SET NX PX`).

        ```python
        if await store.claim("sync:global", ttl=60.0):
            ...  # only this worker syncs
        ```
        """
        fixed_windows.check_window(1, ttl, period_name="ttl")
        key = fixed_windows.bounded_key(key)
        if self._commands_local():
            return self._local_claims.hit(key, limit=1, period=ttl) == 0.0
        try:
            first = await self._client.set(
                f"{self.key_prefix}:claim:{key}", b"1", nx=True, px=_milliseconds(ttl)
            )
        except self.failures as exc:
            self._commands_failed(exc)
            return self._local_claims.hit(key, limit=1, period=ttl) == 0.0
        self._commands_answered()
        return bool(first)

    def _commands_local(self) -> bool:
        # After a failure, count here for `retry_interval` seconds instead of waiting for a
        # timeout on every interaction (each has only 3 seconds to be answered).
        return self._commands_down_since is not None and time.monotonic() < self._commands_retry_at

    def _commands_failed(self, exc: BaseException) -> None:
        reason = self.describe_failure(exc)
        if self.on_store_error == "raise":
            raise errors.RateLimitStoreError(
                f"the command store {self!r} failed ({reason})", store=repr(self), reason=reason
            ) from exc
        self._commands_retry_at = time.monotonic() + self.retry_interval
        if self._commands_down_since is None:
            self._commands_down_since = time.monotonic()
            _LOGGER.warning(
                "the command store %r failed (%s): counting cooldowns and claims in this process only "
                "until it answers again (retrying every %.0fs)",
                self,
                reason,
                self.retry_interval,
            )

    def _commands_answered(self) -> None:
        if self._commands_down_since is not None:
            _LOGGER.info(
                "the command store %r answers again after %.1fs: cooldowns and claims shared again",
                self,
                time.monotonic() - self._commands_down_since,
            )
            self._commands_down_since = None

    async def close(self) -> None:
        """Close the client if `from_url` made it (a client you passed in stays yours)."""
        if self._owns_client:
            await self._client.aclose()


def _milliseconds(seconds: float) -> int:
    # Redis expiries are whole milliseconds; a window never rounds down to none.
    return max(1, math.ceil(seconds * 1000))
