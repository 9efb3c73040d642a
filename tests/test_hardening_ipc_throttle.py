"""The IPC throttle and refusal log on their own: lockouts, address groups, bounds, summaries."""

from __future__ import annotations

import asyncio
import logging

import pytest

from hikari_like.ipc import _throttle
from hikari_like.ipc._refusals import Refusal
from hikari_like.ipc._refusals import RefusalLog
from hikari_like.ipc._throttle import PeerThrottle
from hikari_like.ipc._throttle import peer_key


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_loopback_is_one_group_an_ipv6_host_is_its_64_and_ipv4_hosts_are_apart() -> None:
    assert {peer_key(a) for a in ("127.0.0.1", "127.9.8.7", "::1", "::ffff:127.0.0.1")} == {"loopback"}
    assert peer_key("2001:db8::1") == peer_key("2001:db8::ffff:1") == "2001:db8::/64"
    assert peer_key("2001:db8:0:1::1") != peer_key("2001:db8::1")
    assert peer_key("192.0.2.1") != peer_key("192.0.2.2")
    assert peer_key("::ffff:192.0.2.1") == peer_key("192.0.2.1")
    assert peer_key(None) == "unknown"


def test_failures_past_the_free_ones_lock_out_for_a_doubling_time_up_to_a_minute() -> None:
    clock = Clock()
    throttle = PeerThrottle(clock=clock)
    waits = []
    for _ in range(14):
        throttle.failed("p")
        waits.append(throttle.retry_after("p"))

    assert waits == [None, None, None, None, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0, 60.0, 60.0]
    assert throttle.retry_after("another") is None
    clock.now += 60.5
    assert throttle.retry_after("p") is None
    throttle.succeeded("p")
    throttle.failed("p")
    assert throttle.retry_after("p") is None  # the count started again


def test_failures_are_forgotten_after_ten_quiet_minutes() -> None:
    clock = Clock()
    throttle = PeerThrottle(clock=clock)
    for _ in range(5):
        throttle.failed("p")
    clock.now += _throttle.FORGET_AFTER + 1
    throttle.failed("p")

    assert throttle.retry_after("p") is None


def test_pending_handshakes_are_capped_per_peer_and_to_one_once_locked_out() -> None:
    clock = Clock()
    throttle = PeerThrottle(clock=clock)
    with throttle.pending("p"), throttle.pending("p"), throttle.pending("p"):
        assert throttle.retry_after("p") is None
        with throttle.pending("p"):
            assert throttle.retry_after("p") == _throttle.BUSY_RETRY_AFTER
    for _ in range(5):
        throttle.failed("p")
    clock.now += 2
    assert throttle.retry_after("p") is None
    with throttle.pending("p"):
        assert throttle.retry_after("p") == _throttle.BUSY_RETRY_AFTER


def test_the_failure_records_are_bounded() -> None:
    throttle = PeerThrottle(clock=Clock())
    for _ in range(5):
        throttle.failed("first")
    assert throttle.retry_after("first") is not None
    for n in range(5000):
        throttle.failed(f"peer {n}")

    assert throttle.retry_after("first") is None  # the oldest record went first


async def test_the_refusal_log_says_the_first_at_once_and_sums_up_the_rest_per_window(
    caplog: pytest.LogCaptureFixture,
) -> None:
    logger = logging.getLogger("hikari_like.ipc.test_refusals")
    log = RefusalLog(logger, window=0.2)

    def warnings() -> list[str]:
        return [
            r.getMessage() for r in caplog.records if r.name == logger.name and r.levelno == logging.WARNING
        ]

    with caplog.at_level(logging.DEBUG, logger.name):
        for n in range(30):
            log.note(
                Refusal.THROTTLED if n % 3 else Refusal.WRONG_SECRET, remote="127.0.0.1", peer=f"g{n % 2}"
            )
        async with asyncio.timeout(10):
            while len(warnings()) < 2:  # noqa: ASYNC110 - the window ends on a timer of the code under test
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.5)  # a quiet window after it: no empty summary
        log.note(Refusal.TIMED_OUT, remote="192.0.2.1", peer="192.0.2.1")
        log.close()

    lines = warnings()
    assert len(lines) == 3
    assert "wrong secret key" in lines[0]
    assert "29 more" in lines[1]
    assert "20 throttled after failed handshakes, 9 wrong secret key" in lines[1]
    assert "2 address group(s)" in lines[1]
    assert "192.0.2.1: no handshake in time" in lines[2]
