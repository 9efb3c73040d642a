"""Replay protection: refuse stale timestamps and requests already seen.

Discord signs `timestamp + body`, so a captured request stays valid forever unless the receiver
checks the timestamp; and inside the accepted window the same request could be sent again. A
`ReplayGuard` refuses both. It only ever sees requests whose signature verified, so its memory is
bounded by Discord's own request rate times the window.
"""

from __future__ import annotations

__all__ = ["ReplayGuard"]

import time
import typing


class ReplayGuard:
    """Remembers verified signatures for as long as their timestamps stay acceptable.

    `window` is in seconds: a timestamp more than `window` away from this machine's clock, in
    either direction (clocks drift both ways), is refused.
    """

    __slots__ = ("_clock", "_seen", "window")

    def __init__(self, window: float, *, clock: typing.Callable[[], float] = time.time) -> None:
        if window <= 0:
            raise ValueError(
                "replay_window must be a positive number of seconds (or None to disable the check)"
            )
        self.window = window
        self._clock = clock
        # signature -> when it may be forgotten. Insertion order is forget order, because
        # every entry is kept for the same span (see `admit`).
        self._seen: dict[bytes, float] = {}

    def __len__(self) -> int:
        return len(self._seen)

    def admit(self, timestamp: int, signature: bytes) -> str | None:
        """Record a verified request; return why it must be refused, or `None` to accept it."""
        now = self._clock()
        if abs(now - timestamp) > self.window:
            return "timestamp outside the replay window"
        self._forget_expired(now)
        if signature in self._seen:
            return "request already seen"
        # A timestamp may lead the clock by up to `window`, and stays acceptable for `window`
        # after that, so `2 * window` from now covers every accepted timestamp.
        self._seen[signature] = now + 2 * self.window
        return None

    def _forget_expired(self, now: float) -> None:
        seen = self._seen
        while seen:
            oldest = next(iter(seen))
            if seen[oldest] > now:
                return
            del seen[oldest]
