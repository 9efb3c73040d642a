from __future__ import annotations

import pytest

from hikari_like.impl.server.replay import ReplayGuard


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_fresh_request_is_admitted_once() -> None:
    clock = Clock()
    guard = ReplayGuard(300, clock=clock)

    assert guard.admit(int(clock.now), b"sig") is None
    assert guard.admit(int(clock.now), b"sig") == "request already seen"
    assert guard.admit(int(clock.now), b"other") is None


@pytest.mark.parametrize("offset", [-301, 301])
def test_timestamps_outside_the_window_are_refused(offset: int) -> None:
    clock = Clock()
    assert ReplayGuard(300, clock=clock).admit(int(clock.now) + offset, b"sig") == (
        "timestamp outside the replay window"
    )


def test_memory_is_released_once_timestamps_expire() -> None:
    clock = Clock()
    guard = ReplayGuard(300, clock=clock)
    for index in range(10_000):
        guard.admit(int(clock.now), index.to_bytes(8, "big"))

    clock.now += 601
    guard.admit(int(clock.now), b"new")

    assert len(guard) == 1


def test_a_replay_stays_refused_for_as_long_as_its_timestamp_is_acceptable() -> None:
    clock = Clock()
    guard = ReplayGuard(300, clock=clock)
    future_timestamp = int(clock.now) + 300  # the sender's clock runs ahead
    guard.admit(future_timestamp, b"sig")

    clock.now += 599  # the timestamp is still inside the window (1 s left)

    assert guard.admit(future_timestamp, b"sig") == "request already seen"


@pytest.mark.parametrize("window", [0, -1])
def test_window_must_be_positive(window: float) -> None:
    with pytest.raises(ValueError, match="replay_window"):
        ReplayGuard(window)
