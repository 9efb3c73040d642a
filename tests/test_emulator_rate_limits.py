from __future__ import annotations

import asyncio
import time

import aiohttp

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import RouteLimit
from tests.helpers import AUTH
from tests.helpers import TOKEN
from tests.helpers import FakeClock

CREATE = "POST /channels/{channel}/messages"


async def post(session: aiohttp.ClientSession, url: str) -> aiohttp.ClientResponse:
    async with session.post(url, json={"content": "x"}, headers=AUTH) as response:
        await response.read()
        return response


def limited_key(discord: EmulatedDiscord) -> str:
    """The key of the one bucket the emulator has counted requests in."""
    (key,) = discord.stats.max_in_bucket_window
    return key


async def test_headers_and_route_429(session: aiohttp.ClientSession) -> None:
    async with EmulatedDiscord(token=TOKEN, rate_limits={CREATE: RouteLimit(limit=2, period=0.3)}) as discord:
        discord.rate_limits.clock = clock = FakeClock()  # the window ends when the test says
        url = f"{discord.url}/channels/{discord.channel_id}/messages"
        first = await post(session, url)
        assert first.headers["X-RateLimit-Limit"] == "2"
        assert first.headers["X-RateLimit-Remaining"] == "1"
        assert 0 < float(first.headers["X-RateLimit-Reset-After"]) <= 0.3
        assert abs(float(first.headers["X-RateLimit-Reset"]) - time.time()) < 1
        bucket = first.headers["X-RateLimit-Bucket"]
        assert len(bucket) == 32
        assert (await post(session, url)).headers["X-RateLimit-Remaining"] == "0"
        async with session.post(url, json={"content": "x"}, headers=AUTH) as limited:
            body = await limited.json()
            assert limited.status == 429
            assert limited.headers["X-RateLimit-Scope"] == "user"
            assert limited.headers["X-RateLimit-Bucket"] == bucket
            assert limited.headers["Retry-After"] == "1"
        assert body["global"] is False
        assert body["message"] == "You are being rate limited."
        assert 0 < body["retry_after"] <= 0.3
        assert body["code"] == 0
        assert [check.allowed for check in discord.rate_limits.checks_of(limited_key(discord))] == [
            True,
            True,
            False,
        ]
        clock.now += body["retry_after"] + 0.001
        assert (await post(session, url)).status == 200
        assert discord.stats.route_429s == 1
        assert discord.stats.rate_limited == 1
        assert discord.stats.max_requests_in_window() == 3
        assert len(discord.messages[discord.channel_id]) == 3


async def test_major_parameters_have_separate_buckets(session: aiohttp.ClientSession) -> None:
    async with EmulatedDiscord(token=TOKEN, rate_limits={CREATE: RouteLimit(limit=1, period=5)}) as discord:
        other = discord.add_channel(name="other")["id"]
        first = await post(session, f"{discord.url}/channels/{discord.channel_id}/messages")
        second = await post(session, f"{discord.url}/channels/{other}/messages")
        assert (first.status, second.status) == (200, 200)
        assert first.headers["X-RateLimit-Bucket"] == second.headers["X-RateLimit-Bucket"]
        assert (await post(session, f"{discord.url}/channels/{other}/messages")).status == 429


async def test_routes_can_share_a_bucket(session: aiohttp.ClientSession) -> None:
    shared = {
        "GET /users/{user}": RouteLimit(limit=1, period=5, bucket="abc"),
        "GET /users/@me": RouteLimit(limit=1, period=5, bucket="abc"),
    }
    async with EmulatedDiscord(token=TOKEN, rate_limits=shared) as discord:
        async with session.get(f"{discord.url}/users/@me", headers=AUTH) as response:
            assert response.headers["X-RateLimit-Bucket"] == "abc"
        async with session.get(f"{discord.url}/users/{discord.application_id}", headers=AUTH) as response:
            assert response.status == 429


async def test_global_limit_per_token(session: aiohttp.ClientSession) -> None:
    async with EmulatedDiscord(token=TOKEN, global_limit=3, global_period=0.5) as discord:
        discord.rate_limits.clock = FakeClock()  # all four in one window, however slow the machine
        statuses = []
        for _ in range(4):
            async with session.get(f"{discord.url}/gateway/bot", headers=AUTH) as response:
                statuses.append(response.status)
                body = await response.json()
        assert statuses == [200, 200, 200, 429]
        assert body["global"] is True
        assert response.headers["X-RateLimit-Global"] == "true"
        assert response.headers["X-RateLimit-Scope"] == "global"
        assert "X-RateLimit-Bucket" not in response.headers
        assert discord.stats.global_429s == 1
        assert max(discord.stats.max_in_global_window.values()) == 4
        assert max(discord.stats.max_in_sliding_global_window.values()) == 4


async def test_interaction_callbacks_are_exempt_from_the_global_limit(session: aiohttp.ClientSession) -> None:
    async with EmulatedDiscord(token=TOKEN, global_limit=1, global_period=5) as discord:
        async with session.get(f"{discord.url}/gateway/bot", headers=AUTH) as response:
            assert response.status == 200
        for _ in range(3):
            interaction = discord.issue_interaction()
            url = f"{discord.url}/interactions/{interaction.id}/{interaction.token}/callback"
            async with session.post(url, json={"type": 5}, headers=AUTH) as response:
                assert response.status == 204
        assert discord.stats.rate_limited == 0


async def test_limits_can_be_changed_and_disabled(session: aiohttp.ClientSession) -> None:
    async with EmulatedDiscord(token=TOKEN) as discord:
        url = f"{discord.url}/channels/{discord.channel_id}/messages"
        discord.rate_limits.set(CREATE, limit=1, period=5)
        assert (await post(session, url)).status == 200
        assert (await post(session, url)).status == 429
        discord.rate_limits.enabled = False
        response = await post(session, url)
        assert response.status == 200
        assert "X-RateLimit-Limit" not in response.headers
        discord.rate_limits.reset()
        assert discord.stats.rate_limited == 0


async def test_concurrent_burst_never_exceeds_the_limit(session: aiohttp.ClientSession) -> None:
    async with EmulatedDiscord(token=TOKEN, rate_limits={CREATE: RouteLimit(limit=5, period=5)}) as discord:
        url = f"{discord.url}/channels/{discord.channel_id}/messages"
        responses = await asyncio.gather(*(post(session, url) for _ in range(12)))
        assert sorted(r.status for r in responses) == [200] * 5 + [429] * 7
        assert discord.stats.route_429s == 7
        assert len(discord.messages[discord.channel_id]) == 5
