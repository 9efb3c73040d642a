"""What several test files share that is not a fixture: the emulated Discord's bot token, the
smallest app a model can hold, the stored real-shaped payloads, a clock that moves only when told,
and the emulator's account of a 429."""

from __future__ import annotations

__all__ = [
    "APP",
    "AUTH",
    "PAYLOADS",
    "TOKEN",
    "App",
    "FakeClock",
    "first_beat_after",
    "load_payload",
    "rate_limit_log",
]

import asyncio
import pathlib
import random
import typing

import attrs
import pytest

from hikari_like.impl.rest import buckets
from hikari_like.impl.rest import client as rest
from hikari_like.internal import json

if typing.TYPE_CHECKING:
    from hikari_like.testing.emulator import EmulatedDiscord

TOKEN: typing.Final = "test-bot-token"
"""The bot token the `discord` fixture's emulated Discord accepts."""

AUTH: typing.Final = {"Authorization": f"Bot {TOKEN}"}
"""The headers of a raw request the `discord` fixture's emulated Discord accepts."""


class App:
    """The smallest `RESTAware`: models only keep a reference to it."""

    @property
    def rest(self) -> rest.RESTClientImpl:
        raise NotImplementedError


APP: typing.Final = App()

PAYLOADS: typing.Final = pathlib.Path(__file__).parent / "payloads"
"""Real-shaped interaction payloads written from Discord's documentation."""


def load_payload(name: str) -> dict[str, typing.Any]:
    """The stored payload `tests/payloads/<name>.json`."""
    payload: dict[str, typing.Any] = json.loads((PAYLOADS / f"{name}.json").read_bytes())
    return payload


@attrs.define
class FakeClock:
    """Seconds that pass only when a test says so (`sleep`, or `now +=`).

    Give it to the emulator (`discord.rate_limits.clock = clock`) and to the in-memory buckets
    (`clock.install(monkeypatch)`), and no stall of the machine can move a request into another
    rate-limit window.
    """

    now: float = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Make it the in-memory buckets' clock (`RESTBucketManager.now`) for one test."""
        monkeypatch.setattr(buckets.RESTBucketManager, "now", staticmethod(self))


def first_beat_after(monkeypatch: pytest.MonkeyPatch, share: float) -> None:
    """Fix a shard's first heartbeat at `share` of an interval after HELLO (0: at once, 1: a whole one).

    The heartbeat draws that delay from `random.random()` (Discord's jitter); fixed, a test knows
    which beats come when and can count them.
    """
    monkeypatch.setattr(random, "random", lambda: share)


def rate_limit_log(discord: EmulatedDiscord) -> str:
    """Every check of each bucket that answered a 429, for an assertion message.

    It shows which window went over and when each request was counted in it, so a failure on a
    loaded machine can be read rather than guessed at.
    """
    limiter = discord.rate_limits
    lines = [f"{discord.stats}"]
    for key in limiter.stats.max_in_bucket_window:
        checks = limiter.checks_of(key)
        if all(check.allowed for check in checks):
            continue
        lines.append(f"bucket {key}:")
        lines += [f"  {check.describe(checks[0].at)}" for check in checks]
    return "\n".join(lines)
