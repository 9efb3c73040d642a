"""Reconnect delays: exponential, capped, with full jitter so many shards do not retry in step."""

from __future__ import annotations

__all__ = ["Backoff"]

import random


class Backoff:
    """`next_delay()` grows `base * 2**n` up to `cap`, jittered; `reset()` after a good connection.

    ```python
    backoff = Backoff(base=1.0, cap=60.0)
    await asyncio.sleep(backoff.next_delay())
    ```
    """

    __slots__ = ("_attempts", "_base", "_cap")

    def __init__(self, *, base: float, cap: float) -> None:
        self._base = base
        self._cap = cap
        self._attempts = 0

    @property
    def attempts(self) -> int:
        """Failed attempts since the last `reset()`."""
        return self._attempts

    def next_delay(self) -> float:
        """The wait before the next attempt (0 for the first one: reconnect at once)."""
        attempts = self._attempts
        self._attempts += 1
        if attempts == 0:
            return 0.0
        ceiling = min(self._cap, self._base * 2.0 ** min(attempts - 1, 30))
        # Half fixed, half random: never zero after a failure, never in step with other shards.
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def reset(self) -> None:
        """Start over after a success: the next failure waits the shortest time again."""
        self._attempts = 0
