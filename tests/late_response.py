"""One scenario for every rate-limit store: a response handled long after Discord counted it.

A busy or paused process reads a response's `reset-after` late, so the window it implies ends
later than the one everyone else saw. That was once taken for a new window with room left, and the
next request got a 429 (seen in CI on a busy machine, with the Redis store).
"""

from __future__ import annotations

__all__ = ["send_with_one_response_handled_late"]

import asyncio
import typing

import aiohttp

from hikari_like.impl import buckets
from hikari_like.impl import rate_limit_store
from hikari_like.impl import routes
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
