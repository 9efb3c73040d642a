"""Scenarios for every rate-limit store around responses that arrive late.

A busy or paused process reads a response's `reset-after` late, so the window it implies ends
later than the one everyone else saw. That was once taken for a new window with room left, and the
next request got a 429 (seen in CI on a busy machine, with the Redis store). A slow request's
answer looks the same, and may really come from a newer window.
"""

from __future__ import annotations

__all__ = ["next_request_waits_after_an_early_window", "send_with_one_response_handled_late"]

import asyncio
import typing

import aiohttp

from hikari_like.impl.rest import buckets
from hikari_like.impl.rest import rate_limit_store
from hikari_like.impl.rest import routes
from hikari_like.testing.emulator import EmulatedDiscord

_CREATE: typing.Final = "POST /channels/{channel}/messages"


async def send_with_one_response_handled_late(
    store: rate_limit_store.RateLimitStore, token: str, *, period: float = 0.6, late: float = 0.45
) -> EmulatedDiscord:
    """Send 4 messages through `store`'s limiter in a bucket of 3; return the emulator to check."""
    async with EmulatedDiscord(token=token) as discord, aiohttp.ClientSession() as session:
        discord.rate_limits.set(_CREATE, limit=3, period=period)
        state: rate_limit_store.RateLimitState[typing.Any] = store.open(rate_limit_store.RateLimitSettings())
        route = routes.POST_CHANNEL_MESSAGES.compile(channel=discord.channel_id)

        async def send() -> tuple[typing.Any, buckets.RateLimitInfo | None]:
            ticket = await state.acquire(route, "token-digest")
            url = f"{discord.url}/channels/{discord.channel_id}/messages"
            headers = {"Authorization": f"Bot {discord.token}"}
            async with session.post(url, json={"content": "m"}, headers=headers) as response:
                return ticket, buckets.RateLimitInfo.from_headers(response.headers)

        state.release(*await send(), responded=True)  # names the bucket: 2 left in Discord's window
        held = await send()  # Discord: 1 left
        state.release(*await send(), responded=True)  # Discord: 0 left
        await asyncio.sleep(late)
        state.release(*held, responded=True)  # still says "1 left", and its reset looks later
        state.release(*await send(), responded=True)  # must wait for Discord's window to end
        await state.close()
    return discord


async def next_request_waits_after_an_early_window(store: rate_limit_store.RateLimitStore) -> bool:
    """Whether the next request waits after a slow request's answer shows a window that may be new.

    Ours ends at 0.8 s; the answer, read at 0.6 s, implies 1.3 s: past 0.8 plus half a period,
    yet the request may have been counted at once (0.7 s). If Discord's window is new, the request
    still in flight lands in it and takes its last slot, so nothing else may go. (Times leave half
    a second for a stalled machine before the scenario stops meaning what it says.)
    """
    state: rate_limit_store.RateLimitState[typing.Any] = store.open(rate_limit_store.RateLimitSettings())
    route = routes.POST_CHANNEL_MESSAGES.compile(channel=1)

    def info(remaining: int, reset_after: float) -> buckets.RateLimitInfo:
        return buckets.RateLimitInfo(bucket="b", limit=5, remaining=remaining, reset_after=reset_after)

    state.release(await state.acquire(route, "t"), info(4, 0.8), responded=True)
    slow, in_flight = await state.acquire(route, "t"), await state.acquire(route, "t")
    await asyncio.sleep(0.6)
    state.release(slow, info(1, 0.7), responded=True)
    try:
        extra = await asyncio.wait_for(state.acquire(route, "t"), 0.1)
    except TimeoutError:
        waited = True
    else:
        waited = False
        state.release(extra, None, responded=True, sent=False)
    state.release(in_flight, None, responded=True, sent=False)
    await state.close()
    return waited
