"""Where cooldowns are counted and one-worker claims are taken: in Redis for every worker, or here.

With a `RedisStore` as the bot's `rate_limit_store`, every worker counts a cooldown in the same
Redis keys, so `--workers 4` still means one use per user per cooldown; without one, each
process counts its own.

```python
from hikari_like.app_commands.store import command_store_for

store = command_store_for(None)  # no shared store configured: a LocalCommandStore
await store.hit("/echo:user:42", limit=1, period=10.0)  # 0.0: allowed
await store.hit("/echo:user:42", limit=1, period=10.0)  # ~10.0: seconds to wait
await store.claim("sync", ttl=60.0)  # True for one caller per minute
```
"""

from __future__ import annotations

__all__ = ["CommandStore", "LocalCommandStore", "command_store_for"]

import time
import typing

from hikari_like.internal import fixed_windows


@typing.runtime_checkable
class CommandStore(typing.Protocol):
    """Counters and claims shared by every worker (`RedisStore`), or kept in this process."""

    async def hit(self, key: str, *, limit: int, period: float) -> float:
        """Count one use of `key`; 0.0 if it is within `limit` uses per `period` seconds.

        The window starts at the first use. Over the limit the use is not counted, and the
        answer is the seconds until the window ends. Atomic across processes.
        """
        ...

    async def claim(self, key: str, *, ttl: float) -> bool:
        """True for exactly one caller per `ttl` seconds across processes (`SET NX PX` in Redis)."""
        ...


class LocalCommandStore:
    """A `CommandStore` in this process: windows end and are forgotten, at most `max_keys` kept.

    `max_keys` bounds the memory of each of the two tables (uses and claims); when one is full,
    the window opened longest ago is dropped. `clock` returns seconds (`time.monotonic`).

    ```python
    store = LocalCommandStore(max_keys=10_000)
    assert await store.claim("sync", ttl=60.0)
    assert not await store.claim("sync", ttl=60.0)
    ```
    """

    __slots__ = ("_claims", "_uses")

    def __init__(
        self, *, max_keys: int = 100_000, clock: typing.Callable[[], float] = time.monotonic
    ) -> None:
        self._uses = fixed_windows.FixedWindows(max_keys=max_keys, clock=clock)
        self._claims = fixed_windows.FixedWindows(max_keys=max_keys, clock=clock)

    def __repr__(self) -> str:
        return f"LocalCommandStore(keys={len(self._uses)}, claims={len(self._claims)})"

    async def hit(self, key: str, *, limit: int, period: float) -> float:
        """Count one use of `key` (see `CommandStore.hit`)."""
        fixed_windows.check_window(limit, period)
        return self._uses.hit(fixed_windows.bounded_key(key), limit=limit, period=period)

    async def claim(self, key: str, *, ttl: float) -> bool:
        """True for one caller per `ttl` seconds in this process (see `CommandStore.claim`)."""
        fixed_windows.check_window(1, ttl, period_name="ttl")
        return self._claims.hit(fixed_windows.bounded_key(key), limit=1, period=ttl) == 0.0


def command_store_for(rate_limit_store: object | None) -> CommandStore:
    """The store to share cooldowns through: the bot's rate-limit store when it is a `CommandStore`.

    A `RedisStore` is one, so workers sharing it share cooldowns and claims; anything else (the
    in-memory default, or `None`) gives a new `LocalCommandStore`.

    ```python
    store = command_store_for(RedisStore.from_url("redis://localhost:6379/0"))  # that RedisStore
    ```
    """
    if isinstance(rate_limit_store, CommandStore):
        return rate_limit_store
    return LocalCommandStore()
