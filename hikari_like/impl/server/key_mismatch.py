"""Noticing a public key that is not the application's: every request fails its signature check.

With the wrong key (another application's, a test bot's, a mistyped one) Discord's requests all
get 401 and the bot looks dead, with nothing in the log above DEBUG. A single failure proves
nothing: Discord itself sends one badly signed request when the endpoint URL is saved, and
scanners probe any public URL. So the server warns once a streak of failures, with no request
passing, has lasted `window` seconds and counted at least `threshold` failures (three: a user
trying a command a few times, more than Discord's one check or a lone probe). It warns once per
streak; a request that verifies ends the streak.

The server's success path only sets a flag (`passed`); everything else runs on failures.
"""

from __future__ import annotations

__all__ = ["KeyMismatchWatch"]

import logging
import time
import typing

_LOGGER: typing.Final = logging.getLogger("hikari_like.interaction_server")

DEFAULT_WINDOW: typing.Final = 60.0
DEFAULT_THRESHOLD: typing.Final = 3


class KeyMismatchWatch:
    """Counts signature failures since the last request that verified; warns once per bad streak.

    The server sets `passed = True` on every request that verifies and calls `failed()` on every
    one that does not.
    """

    __slots__ = ("_clock", "_failures", "_streak_start", "_warned", "passed", "threshold", "window")

    def __init__(
        self,
        *,
        window: float = DEFAULT_WINDOW,
        threshold: int = DEFAULT_THRESHOLD,
        clock: typing.Callable[[], float] = time.monotonic,
    ) -> None:
        self.window = window
        self.threshold = threshold
        self._clock = clock
        self.passed = False
        """A request verified since the last failure (set by the server, cleared here)."""
        self._failures = 0
        self._streak_start = 0.0
        self._warned = False

    def failed(self) -> None:
        """Count one request whose signature did not verify; warn if the streak is long enough."""
        now = self._clock()
        if self.passed or self._failures == 0:
            self.passed, self._failures, self._streak_start, self._warned = False, 0, now, False
        self._failures += 1
        if self._warned or self._failures < self.threshold or now - self._streak_start < self.window:
            return
        self._warned = True
        _LOGGER.warning(
            "%d requests over the last %.0fs failed signature verification and none passed. If they "
            "came from Discord, the public key is not this application's: check DISCORD_PUBLIC_KEY (or "
            "the public_key you pass) against the Developer Portal (your application -> General "
            "Information -> Public Key) and that the portal's Interactions Endpoint URL belongs to the "
            "same application; if the bot fetched its key, check that its token is that application's",
            self._failures,
            now - self._streak_start,
        )
