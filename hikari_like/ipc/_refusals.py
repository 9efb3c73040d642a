"""Refused IPC connections in the log: the first at once, then one summary line per window.

A peer guessing secrets thousands of times a second must not write thousands of lines: the
operator needs to know it happens, how often, and from how many places, not each attempt.
"""

from __future__ import annotations

__all__ = ["Refusal", "RefusalLog"]

import asyncio
import collections
import enum
import logging
import typing

_MAX_PEERS_COUNTED: typing.Final = 1024


class Refusal(enum.StrEnum):
    """Why a connection was refused, as the log says it."""

    WRONG_SECRET = "wrong secret key"
    MALFORMED = "not an IPC handshake"
    TIMED_OUT = "no handshake in time"
    ABANDONED = "hung up during the handshake"
    THROTTLED = "throttled after failed handshakes"
    ORIGIN = "Origin not allowed"


class RefusalLog:
    """Writes the first refusal of a quiet period at once, and the rest summed up per `window`."""

    __slots__ = ("_counts", "_logger", "_peers", "_timer", "window")

    def __init__(self, logger: logging.Logger, *, window: float = 60.0) -> None:
        self.window = window
        """Seconds summed up in one line."""
        self._logger = logger
        self._counts: collections.Counter[Refusal] = collections.Counter()
        self._peers: set[str] = set()
        self._timer: asyncio.TimerHandle | None = None

    def note(self, refusal: Refusal, *, remote: str | None, peer: str) -> None:
        """Record one refusal of `remote` (whose throttling group is `peer`)."""
        self._logger.debug("refused an IPC connection from %s: %s", remote, refusal)
        if self._timer is None:  # the first in a while: say it now
            self._logger.warning(
                "refused an IPC connection from %s: %s (more refusals are summed up every %g s)",
                remote,
                refusal,
                self.window,
            )
            self._arm()
            return
        self._counts[refusal] += 1
        if len(self._peers) < _MAX_PEERS_COUNTED:
            self._peers.add(peer)

    def close(self) -> None:
        """Write what is still counted; no timer is left behind."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._write_summary()

    def _arm(self) -> None:
        self._timer = asyncio.get_running_loop().call_later(self.window, self._end_window)

    def _end_window(self) -> None:
        self._timer = None
        if self._write_summary():  # still going on: keep summing up
            self._arm()

    def _write_summary(self) -> bool:
        if not self._counts:
            return False
        reasons = ", ".join(f"{count} {refusal}" for refusal, count in self._counts.most_common())
        peers = len(self._peers)
        self._logger.warning(
            "refused %d more IPC connections within %g s (%s) from %s%d address group(s)",
            self._counts.total(),
            self.window,
            reasons,
            "at least " if peers >= _MAX_PEERS_COUNTED else "",
            peers,
        )
        self._counts.clear()
        self._peers.clear()
        return True
