"""Replay protection: refuse stale timestamps and requests already seen.

Discord signs `timestamp + body`, so a captured request stays valid forever unless the receiver
checks the timestamp; and inside the accepted window the same request could be sent again. A
`ReplayGuard` refuses both. It only ever sees requests whose signature verified, so its memory is
bounded by Discord's own request rate times the window.

A `ReplayGuard` remembers within one process; behind a load balancer a request replayed to
another worker would pass. `SharedReplayGuard` keeps the same checks with its memory in a
`ReplayStore` every worker shares (`RedisStore`: one `SET key NX PX` per request). When that
store fails, the requests it cannot vouch for are refused (503): the outage is logged once, at
ERROR, and its end once, at INFO, with how many requests were refused meanwhile.
"""

from __future__ import annotations

__all__ = ["ASK_STORE", "STORE_UNAVAILABLE", "ReplayGuard", "ReplayStore", "SharedReplayGuard"]

import logging
import time
import typing

_LOGGER: typing.Final = logging.getLogger("hikari_like.interaction_server")

STORE_UNAVAILABLE: typing.Final = "replay store unavailable"
"""`SharedReplayGuard.remember`'s reason when the store failed (answered with 503, not 401)."""
ASK_STORE: typing.Final = "the timestamp is fresh: ask the shared store"
"""`SharedReplayGuard.admit`'s answer for a fresh request: `await remember(signature)` decides."""


class ReplayStore(typing.Protocol):
    """Where verified signatures are remembered, shared by every worker of a bot."""

    async def remember(self, signature: bytes, *, ttl: float) -> bool:
        """Record `signature` for `ttl` seconds; `False` when it is already recorded.

        Must be atomic: of two workers given the same signature at once, exactly one gets `True`.
        """
        ...


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


class SharedReplayGuard:
    """`ReplayGuard`'s checks, with the memory of seen requests in a shared `ReplayStore`.

    The timestamp check stays local (`admit`, no I/O, the same call as `ReplayGuard.admit`); only
    a request with a fresh timestamp costs a round trip to the store (`remember`).
    """

    __slots__ = ("_clock", "_down_since", "_refused_while_down", "_store", "window")

    def __init__(
        self, store: ReplayStore, window: float, *, clock: typing.Callable[[], float] = time.time
    ) -> None:
        if window <= 0:
            raise ValueError(
                "replay_window must be a positive number of seconds (or None to disable the check)"
            )
        self.window = window
        self._store = store
        self._clock = clock
        self._down_since: float | None = None
        self._refused_while_down = 0

    @property
    def store_down(self) -> bool:
        """Whether the store's last answer was a failure (requests are refused until it answers)."""
        return self._down_since is not None

    def admit(self, timestamp: int, signature: bytes) -> str:
        """Why the request must be refused, or `ASK_STORE` when its timestamp is inside the window."""
        if abs(self._clock() - timestamp) > self.window:
            return "timestamp outside the replay window"
        return ASK_STORE

    async def remember(self, signature: bytes) -> str | None:
        """Record a verified request; the reason to refuse it, or `None` to accept it."""
        try:
            first = await self._store.remember(signature, ttl=2 * self.window)
        except Exception as error:
            self._note_failure(error)
            return STORE_UNAVAILABLE
        if self._down_since is not None:
            self._note_recovery()
        return None if first else "request already seen"

    def _note_failure(self, error: Exception) -> None:
        # One line for the outage, not one traceback per request refused during it.
        self._refused_while_down += 1
        if self._down_since is not None:
            return
        self._down_since = time.monotonic()
        _LOGGER.error(
            "the replay store %r failed (%s): verified requests get 503 until it answers again",
            self._store,
            _describe(error),
        )
        _LOGGER.debug("the replay store's first failure", exc_info=error)

    def _note_recovery(self) -> None:
        down_for = time.monotonic() - typing.cast("float", self._down_since)
        _LOGGER.info(
            "the replay store %r answers again after %.1f s; %d requests were refused meanwhile",
            self._store,
            down_for,
            self._refused_while_down,
        )
        self._down_since = None
        self._refused_while_down = 0


def _describe(error: BaseException) -> str:
    reason = getattr(error, "reason", None)  # a `RateLimitStoreError` names the store's own failure
    if isinstance(reason, str) and reason:
        return reason
    first_line = str(error).partition("\n")[0]
    return f"{type(error).__name__}: {first_line}" if first_line else type(error).__name__
