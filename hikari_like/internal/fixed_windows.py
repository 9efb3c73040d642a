"""Uses of keys counted in fixed windows, in this process, in bounded memory.

A key's window opens at its first use and lasts `period` seconds; within it at most `limit`
uses count, and a use over the limit is told how long the window still has to run (it is not
counted). The command layer's in-process store and `RedisStore`'s fallback during a Redis outage
both count this way, so a cooldown behaves the same whichever of them answers.

```python
windows = FixedWindows()
windows.hit("/echo:user:42", limit=1, period=10.0)  # 0.0: allowed, and counted
windows.hit("/echo:user:42", limit=1, period=10.0)  # ~10.0: seconds until the window ends
```
"""

from __future__ import annotations

__all__ = ["MAX_KEY_LENGTH", "MAX_PERIOD", "FixedWindows", "bounded_key", "check_window"]

import hashlib
import heapq
import time
import types
import typing

MAX_KEY_LENGTH: typing.Final = 200
"""Keys longer than this are shortened by `bounded_key` (they are built from user input)."""
MAX_PERIOD: typing.Final = 366 * 24 * 3600.0
"""The longest window, in seconds; Redis keeps expiry times in milliseconds, and a year is plenty."""
_DIGEST_SIZE: typing.Final = 16


def bounded_key(key: str, *, max_length: int = MAX_KEY_LENGTH) -> str:
    """`key`, or its start and a digest of the whole when it is longer than `max_length`.

    The same key always gives the same result, and two long keys differ unless their digests do.

    >>> bounded_key("/echo:user:42")
    '/echo:user:42'
    >>> len(bounded_key("x" * 1000))
    200
    """
    if len(key) <= max_length:
        return key
    digest = hashlib.blake2s(key.encode("utf-8", "surrogatepass"), digest_size=_DIGEST_SIZE).hexdigest()
    return f"{key[: max_length - len(digest) - 1]}#{digest}"


def check_window(limit: int, period: float, *, period_name: str = "period") -> None:
    """Raise `ValueError` unless `limit` is a whole number >= 1 and `period` a positive number of seconds.

    >>> check_window(0, 1.0)
    Traceback (most recent call last):
    ...
    ValueError: limit must be a whole number of uses >= 1, got 0
    """
    if not _is_number(limit, int) or limit < 1:
        raise ValueError(f"limit must be a whole number of uses >= 1, got {limit!r}")
    if not _is_number(period, int | float) or not 0 < period <= MAX_PERIOD:
        raise ValueError(
            f"{period_name} must be a number of seconds > 0 and <= {MAX_PERIOD:.0f}, got {period!r}"
        )


def _is_number(value: object, kind: type | types.UnionType) -> bool:
    # Annotations are not enforced, and True is an int: a declaration typo must not pass.
    return isinstance(value, kind) and not isinstance(value, bool)


class _Window:
    __slots__ = ("ends", "uses")

    def __init__(self, ends: float) -> None:
        self.ends = ends
        self.uses = 1


class FixedWindows:
    """Fixed windows of uses per key, forgotten once they end; at most `max_keys` at a time.

    When `max_keys` windows are open, opening another drops the one opened longest ago (its key
    may then be used again at once): memory stays bounded whatever keys users make us count.
    `clock` returns seconds (`time.monotonic` unless a test gives its own).
    """

    __slots__ = ("_clock", "_ends", "_windows", "max_keys")

    def __init__(
        self, *, max_keys: int = 100_000, clock: typing.Callable[[], float] = time.monotonic
    ) -> None:
        if max_keys < 1:
            raise ValueError(f"max_keys must be at least 1, got {max_keys!r}")
        self.max_keys = max_keys
        self._clock = clock
        # Insertion order is opening order (an ended window is deleted before its key reopens),
        # so the first key is the one to drop when full. The heap finds ended windows in order.
        self._windows: dict[str, _Window] = {}
        self._ends: list[tuple[float, str]] = []

    def __len__(self) -> int:
        """How many windows are open (ended ones are forgotten on the next `hit`)."""
        return len(self._windows)

    def hit(self, key: str, *, limit: int, period: float) -> float:
        """Count one use of `key`: 0.0 when it is within `limit` uses, else the seconds left in its window.

        A use over the limit is not counted. `limit` and `period` are not checked here (see
        `check_window`): callers check them once, where they are declared.
        """
        now = self._clock()
        self._forget_ended(now)
        window = self._windows.get(key)
        if window is None:
            self._open(key, now + period)
            return 0.0
        if window.uses >= limit:
            return window.ends - now
        window.uses += 1
        return 0.0

    def _open(self, key: str, ends: float) -> None:
        if len(self._windows) >= self.max_keys:
            del self._windows[next(iter(self._windows))]
        self._windows[key] = _Window(ends)
        heapq.heappush(self._ends, (ends, key))
        if len(self._ends) > 2 * self.max_keys:
            # Windows dropped when full left their entries behind: keep only the live ones.
            self._ends = [(window.ends, name) for name, window in self._windows.items()]
            heapq.heapify(self._ends)

    def _forget_ended(self, now: float) -> None:
        ends, windows = self._ends, self._windows
        while ends and ends[0][0] <= now:
            when, key = heapq.heappop(ends)
            window = windows.get(key)
            # A stale entry: the window was dropped (and maybe reopened with another end).
            if window is not None and window.ends == when:
                del windows[key]
