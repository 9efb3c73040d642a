"""Who may try a handshake now: failed ones lock a peer out for a while, doubling each time."""

from __future__ import annotations

__all__ = ["PeerThrottle", "peer_key"]

import collections
import contextlib
import ipaddress
import time
import typing

import attrs

FREE_FAILURES: typing.Final = 5
"""Failed handshakes a peer may have before it is locked out."""
FIRST_LOCKOUT: typing.Final = 1.0
"""Seconds of the first lockout; each further failure doubles it, up to `MAX_LOCKOUT`."""
MAX_LOCKOUT: typing.Final = 60.0
FORGET_AFTER: typing.Final = 600.0
"""A peer's failures are forgotten this many seconds after its last one."""
MAX_PENDING_PER_PEER: typing.Final = 4
"""Handshakes a peer may have in progress at once (one once it was locked out), so it cannot
guess in parallel."""
MAX_PENDING: typing.Final = 64
"""Handshakes in progress at once over all peers (each holds a socket until it ends or times out)."""
BUSY_RETRY_AFTER: typing.Final = 1.0
_MAX_PEERS: typing.Final = 4096  # failure records kept; the oldest goes first
_MAX_DOUBLINGS: typing.Final = 16


def peer_key(remote: str | None) -> str:
    """The group of addresses throttled together: an IPv4 address, an IPv6 /64, or all of loopback.

    Any local process may send from any address in 127.0.0.0/8, and an IPv6 host usually holds a
    whole /64: counting per exact address would hand a guesser millions of fresh allowances.
    """
    if remote is None:
        return "unknown"
    try:
        address = ipaddress.ip_address(remote)
    except ValueError:  # not an IP address (a Unix socket): as it is
        return remote
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_loopback:
        return "loopback"
    if isinstance(address, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


@attrs.define
class _Failures:
    count: int
    last: float
    locked_until: float


class PeerThrottle:
    """Counts failed handshakes per peer group (`peer_key`) and says when a peer must wait.

    After `FREE_FAILURES` failures a peer is locked out for `FIRST_LOCKOUT` seconds, doubling with
    every further failure up to `MAX_LOCKOUT`; while locked out its attempts are refused unread,
    so the rate of guesses falls to one a minute. A success clears the peer's record.
    """

    __slots__ = ("_clock", "_failures", "_pending")

    def __init__(self, *, clock: typing.Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures: dict[str, _Failures] = {}
        self._pending: collections.Counter[str] = collections.Counter()

    def retry_after(self, peer: str) -> float | None:
        """`None` when `peer` may try now, else the seconds it should wait."""
        record = self._failures.get(peer)
        now = self._clock()
        if record is not None and record.locked_until > now:
            return record.locked_until - now
        # Once locked out, a peer gets one handshake at a time, or a lockout's end would let it
        # start several guesses at once.
        on_probation = record is not None and record.count >= FREE_FAILURES
        allowed = 1 if on_probation else MAX_PENDING_PER_PEER
        if self._pending[peer] >= allowed or self._pending.total() >= MAX_PENDING:
            return BUSY_RETRY_AFTER
        return None

    @contextlib.contextmanager
    def pending(self, peer: str) -> typing.Iterator[None]:
        """Counts a handshake in progress for `peer` while the block runs."""
        self._pending[peer] += 1
        try:
            yield
        finally:
            self._pending[peer] -= 1
            if not self._pending[peer]:
                del self._pending[peer]

    def failed(self, peer: str) -> None:
        """A handshake from `peer` failed: count it, and lock the peer out past the free ones."""
        now = self._clock()
        record = self._failures.pop(peer, None)  # re-inserted last: the dict is oldest first
        if record is None or now - record.last > FORGET_AFTER:
            record = _Failures(count=0, last=now, locked_until=0.0)
        record.count += 1
        record.last = now
        if record.count >= FREE_FAILURES:
            doublings = min(record.count - FREE_FAILURES, _MAX_DOUBLINGS)
            record.locked_until = now + min(FIRST_LOCKOUT * 2**doublings, MAX_LOCKOUT)
        self._failures[peer] = record
        if len(self._failures) > _MAX_PEERS:
            del self._failures[next(iter(self._failures))]

    def succeeded(self, peer: str) -> None:
        """A handshake from `peer` passed: forget its failures."""
        self._failures.pop(peer, None)
