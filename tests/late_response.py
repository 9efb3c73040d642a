"""Scenarios for every rate-limit store around responses that arrive late or from another window.

A busy or paused process reads a response's `reset-after` late, so the window it implies ends
later than the one everyone else saw. That was once taken for a new window with room left, and the
next request got a 429 (seen in CI on a busy machine, with the Redis store). A slow request's
answer looks the same, and may really come from a newer window. And requests let through in one
window may reach Discord after it closed: the first answer read after our window ended then says
whether they count in the next one.

Each scenario runs on real time (the Redis store: its scripts read Redis's clock), or on a
`FakeClock` shared by the buckets and the emulator (the in-memory store), where nothing the
machine does can move a request into another window. On real time a scenario checks its premise
(which window each request was counted in) and runs again when a stall broke it, so a busy
machine costs a retry, never a wrong verdict.
"""

from __future__ import annotations

__all__ = [
    "ZERO_429_SCENARIOS",
    "Scenario",
    "next_request_waits_after_an_early_window",
    "refunds_after_a_window_closed_count_once",
    "requests_let_through_late_count_in_the_next_window",
    "send_with_one_response_handled_late",
]

import asyncio
import contextlib
import time
import typing

import aiohttp
import attrs
import pytest

from hikari_like.impl.rest import buckets
from hikari_like.impl.rest import rate_limit_store
from hikari_like.impl.rest import routes
from hikari_like.testing.emulator import EmulatedDiscord
from tests.helpers import FakeClock

_CREATE: typing.Final = "POST /channels/{channel}/messages"
_AT_ONCE: typing.Final = 0.2
"""How long `granted_at_once` gives a slot that is free (real seconds: a wait would be ~a period)."""
_TRIES: typing.Final = 3

Sent: typing.TypeAlias = tuple[typing.Any, buckets.RateLimitInfo | None]


def _sleeper(clock: FakeClock | None) -> typing.Callable[[float], typing.Awaitable[None]]:
    return asyncio.sleep if clock is None else clock.sleep


@attrs.define
class _Channel:
    """One channel of the emulator, sent to one step at a time through a rate-limit state."""

    state: rate_limit_store.RateLimitState[typing.Any]
    session: aiohttp.ClientSession
    discord: EmulatedDiscord
    route: routes.CompiledRoute

    async def acquire(self) -> typing.Any:
        return await self.state.acquire(self.route, "token-digest")

    async def granted_at_once(self) -> typing.Any | None:
        """A slot if one is free now, else `None` (the request would have to wait)."""
        try:
            return await asyncio.wait_for(self.acquire(), _AT_ONCE)
        except TimeoutError:
            return None

    async def granted_in_turn(self, clock: FakeClock | None, *, wait: float) -> typing.Any:
        """A slot, however long it takes: on a fake clock, `wait` seconds pass when there is none."""
        ticket = await self.granted_at_once()
        if ticket is None:
            if clock is not None:
                await clock.sleep(wait)  # the buckets' timers run on the loop's clock, not this one
            ticket = await self.acquire()
        return ticket

    async def post(self, ticket: typing.Any) -> Sent:
        url = f"{self.discord.url}/channels/{self.discord.channel_id}/messages"
        headers = {"Authorization": f"Bot {self.discord.token}"}
        async with self.session.post(url, json={"content": "m"}, headers=headers) as response:
            return ticket, buckets.RateLimitInfo.from_headers(response.headers)

    async def send(self) -> Sent:
        return await self.post(await self.acquire())

    def release(self, sent: Sent) -> None:
        self.state.release(*sent, responded=True)

    def windows(self) -> list[float]:
        """When the window that counted each request opened, in the order Discord counted them."""
        (key,) = self.discord.stats.max_in_bucket_window
        return [check.window_opened for check in self.discord.rate_limits.checks_of(key)]


@contextlib.asynccontextmanager
async def _channel(
    store: rate_limit_store.RateLimitStore, token: str, *, limit: int, period: float, clock: FakeClock | None
) -> typing.AsyncIterator[_Channel]:
    async with EmulatedDiscord(token=token) as discord, aiohttp.ClientSession() as session:
        if clock is not None:
            discord.rate_limits.clock = clock
        discord.rate_limits.set(_CREATE, limit=limit, period=period)
        state: rate_limit_store.RateLimitState[typing.Any] = store.open(rate_limit_store.RateLimitSettings())
        try:
            yield _Channel(
                state, session, discord, routes.POST_CHANNEL_MESSAGES.compile(channel=discord.channel_id)
            )
        finally:
            await state.close()


async def _until_premise_holds(
    run: typing.Callable[[], typing.Awaitable[tuple[EmulatedDiscord, bool]]],
) -> EmulatedDiscord:
    """Run a scenario until its premise held (at most `_TRIES` times); its emulator to check.

    The verdict (no 429) must hold whatever happened; the premise only says the run tested the
    case it was written for, so a run that a stall pushed elsewhere is repeated, not failed.
    """
    for _ in range(_TRIES - 1):
        discord, premise_held = await run()
        if premise_held:
            return discord
    discord, _ = await run()
    return discord


async def send_with_one_response_handled_late(
    store: rate_limit_store.RateLimitStore,
    token: str,
    *,
    period: float = 0.6,
    late: float = 0.45,
    clock: FakeClock | None = None,
) -> EmulatedDiscord:
    """Send 4 messages through `store`'s limiter in a bucket of 3; return the emulator to check.

    Premise: the held response is handled while Discord's window is still open (so its late
    `reset-after` could be mistaken for a newer window's).
    """

    async def run() -> tuple[EmulatedDiscord, bool]:
        async with _channel(store, token, limit=3, period=period, clock=clock) as channel:
            channel.release(await channel.send())  # names the bucket: 2 left in Discord's window
            held = await channel.send()  # Discord: 1 left
            channel.release(await channel.send())  # Discord: 0 left
            await _sleeper(clock)(late)
            premise_held = channel.discord.rate_limits.clock() < channel.windows()[0] + period
            channel.release(held)  # still says "1 left", and its reset looks later
            # Must wait for Discord's window to end:
            channel.release(await channel.post(await channel.granted_in_turn(clock, wait=period)))
        return channel.discord, premise_held

    return await _until_premise_holds(run)


async def requests_let_through_late_count_in_the_next_window(
    store: rate_limit_store.RateLimitStore, token: str, *, period: float = 1.0, clock: FakeClock | None = None
) -> EmulatedDiscord:
    """Two requests let through in one window reach Discord after it ended; return the emulator.

    They open Discord's next window. The first answer read after our window ended starts our next
    one: both requests count in it (the one answered too), so one slot is left, not two. (Seen in
    CI with four processes sharing Redis: a fourth request went through beside three late ones.)
    Premise: everything after the wait lands in one Discord window (`period` seconds).
    """

    async def run() -> tuple[EmulatedDiscord, bool]:
        async with _channel(store, token, limit=3, period=period, clock=clock) as channel:
            channel.release(await channel.send())  # names the bucket; Discord's window opens
            late = [await channel.acquire(), await channel.acquire()]  # this window's last 2 slots
            await _sleeper(clock)(period * 1.2)  # ... held back until it ended, here and at Discord
            first, second = [await channel.post(ticket) for ticket in late]  # Discord's next window
            channel.release(first)
            more = [await channel.granted_at_once(), await channel.granted_at_once()]
            sent = [await channel.post(ticket) for ticket in more if ticket is not None]
            for answer in [second, *sent]:
                channel.release(answer)
        windows = channel.windows()
        return channel.discord, len(set(windows[1:])) == 1

    return await _until_premise_holds(run)


async def refunds_after_a_window_closed_count_once(
    store: rate_limit_store.RateLimitStore, token: str, *, period: float = 1.0, clock: FakeClock | None = None
) -> EmulatedDiscord:
    """Two requests counted late in a window are answered after it ended; return the emulator.

    The first answer read after our window ended starts our next one, counting both as possibly
    in it; each answer then shows its request was in the old window and gives its slot back, once.
    (Seen in CI: a slot given back that the new window never took, and a sixth request of five.)
    Premise: both are counted in the first window, all the later ones in the next.
    """

    async def run() -> tuple[EmulatedDiscord, bool]:
        async with _channel(store, token, limit=3, period=period, clock=clock) as channel:
            channel.release(await channel.send())  # names the bucket; Discord's window opens
            await _sleeper(clock)(period * 0.6)
            first, second = await channel.send(), await channel.send()  # counted late in it
            await _sleeper(clock)(period * 0.6)  # the window is over, here and at Discord
            channel.release(first)  # from the old window: our new one has room for 2 more
            more = [await channel.granted_at_once(), await channel.granted_at_once()]
            channel.release(second)  # from the old window too: 1 more
            more += [await channel.granted_at_once(), await channel.granted_at_once()]
            sent = [await channel.post(ticket) for ticket in more if ticket is not None]
            for answer in sent:
                channel.release(answer)
        windows = channel.windows()
        return channel.discord, len(set(windows[:3])) == 1 and len(set(windows[3:])) == 1

    return await _until_premise_holds(run)


async def next_request_waits_after_an_early_window(
    store: rate_limit_store.RateLimitStore, *, clock: FakeClock | None = None
) -> bool:
    """Whether the next request waits after a slow request's answer shows a window that may be new.

    Ours ends at 0.8 s; the answer, read at 0.6 s, implies 1.3 s: past 0.8 plus half a period,
    yet the request may have been counted at once (0.7 s). If Discord's window is new, the request
    still in flight lands in it and takes its last slot, so nothing else may go. Premise: the slow
    answer is read before our window ends (0.2 s of room on real time; a run that a stall pushed
    past it is repeated).
    """
    for _ in range(_TRIES):
        waited, premise_held = await _early_window(store, clock)
        if waited or premise_held:
            return waited
    return waited


async def _early_window(store: rate_limit_store.RateLimitStore, clock: FakeClock | None) -> tuple[bool, bool]:
    state: rate_limit_store.RateLimitState[typing.Any] = store.open(rate_limit_store.RateLimitSettings())
    route = routes.POST_CHANNEL_MESSAGES.compile(channel=1)
    now = time.monotonic if clock is None else clock

    def info(remaining: int, reset_after: float) -> buckets.RateLimitInfo:
        return buckets.RateLimitInfo(bucket="b", limit=5, remaining=remaining, reset_after=reset_after)

    started = now()
    state.release(await state.acquire(route, "t"), info(4, 0.8), responded=True)
    slow, in_flight = await state.acquire(route, "t"), await state.acquire(route, "t")
    await _sleeper(clock)(0.6)
    state.release(slow, info(1, 0.7), responded=True)
    try:
        extra = await asyncio.wait_for(state.acquire(route, "t"), 0.1)
    except TimeoutError:
        waited = True
    else:
        waited = False
        state.release(extra, None, responded=True, sent=False)
    # The extra request asked only once the slow answer was stored, so this bounds when it was.
    premise_held = now() - started < 0.8
    state.release(in_flight, None, responded=True, sent=False)
    await state.close()
    return waited, premise_held


class Scenario(typing.Protocol):
    """A scenario that sends messages to one channel; the emulator it returns saw no 429."""

    async def __call__(
        self, store: rate_limit_store.RateLimitStore, token: str, *, clock: FakeClock | None = None
    ) -> EmulatedDiscord: ...


ZERO_429_SCENARIOS: typing.Final = [
    pytest.param(send_with_one_response_handled_late, 4, id="a-response-handled-late"),
    pytest.param(requests_let_through_late_count_in_the_next_window, 4, id="requests-let-through-late"),
    pytest.param(refunds_after_a_window_closed_count_once, 6, id="slots-given-back-after-the-window"),
]
"""`(scenario, messages)` parameters: each scenario, and how many messages it sends (all arrive)."""
