from __future__ import annotations

import time

import aiohttp
import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import FaultKind
from tests.helpers import AUTH

CREATE = "POST /channels/{channel}/messages"


def messages_url(discord: EmulatedDiscord) -> str:
    return f"{discord.url}/channels/{discord.channel_id}/messages"


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_server_error_run(
    discord: EmulatedDiscord, session: aiohttp.ClientSession, status: int
) -> None:
    fault = discord.faults.add(route=CREATE, kind=FaultKind.SERVER_ERROR, status=status, times=2)
    statuses = []
    for _ in range(3):
        async with session.post(messages_url(discord), json={"content": "x"}, headers=AUTH) as response:
            statuses.append(response.status)
    assert statuses == [status, status, 200]
    assert (fault.fired, fault.remaining) == (2, 0)
    assert len(discord.messages[discord.channel_id]) == 1  # Faulted requests changed nothing.


async def test_connection_reset(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    discord.faults.add(route=CREATE, kind="connection_reset")
    with pytest.raises(aiohttp.ClientConnectionError):
        async with session.post(messages_url(discord), json={"content": "x"}, headers=AUTH):
            pass
    assert discord.requests[-1].status is None
    async with session.post(messages_url(discord), json={"content": "x"}, headers=AUTH) as response:
        assert response.status == 200


async def test_slow_response(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    discord.faults.add(kind=FaultKind.SLOW, delay=0.2)  # No route: any request.
    started = time.monotonic()
    async with session.get(f"{discord.url}/users/@me", headers=AUTH) as response:
        assert response.status == 200
    assert time.monotonic() - started >= 0.2


async def test_cloudflare_429_is_html(discord: EmulatedDiscord, session: aiohttp.ClientSession) -> None:
    discord.faults.add(route=CREATE, kind=FaultKind.CLOUDFLARE_429, retry_after=2)
    async with session.post(messages_url(discord), json={"content": "x"}, headers=AUTH) as response:
        assert response.status == 429
        assert response.content_type == "text/html"
        assert "X-RateLimit-Bucket" not in response.headers
        assert "rate limited" in await response.text()


@pytest.mark.parametrize(
    ("kind", "scope", "is_global"),
    [(FaultKind.SHARED_429, "shared", False), (FaultKind.GLOBAL_429, "global", True)],
)
async def test_scoped_429s(
    discord: EmulatedDiscord, session: aiohttp.ClientSession, kind: FaultKind, scope: str, is_global: bool
) -> None:
    discord.faults.add(route=CREATE, kind=kind, retry_after=0.25)
    async with session.post(messages_url(discord), json={"content": "x"}, headers=AUTH) as response:
        body = await response.json()
        assert response.status == 429
        assert response.headers["X-RateLimit-Scope"] == scope
        assert response.headers["Retry-After"] == "1"
        assert (response.headers.get("X-RateLimit-Global") == "true") is is_global
    assert body == {
        "message": "You are being rate limited.",
        "retry_after": 0.25,
        "global": is_global,
        "code": 0,
    }
    assert discord.stats.rate_limited == 0  # Injected, not the limiter's doing.


async def test_faults_only_hit_their_route_and_can_be_cleared(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    discord.faults.add(route=CREATE, kind=FaultKind.SERVER_ERROR, times=5)
    async with session.get(f"{discord.url}/users/@me", headers=AUTH) as response:
        assert response.status == 200
    assert len(discord.faults) == 1
    discord.faults.clear()
    async with session.post(messages_url(discord), json={"content": "x"}, headers=AUTH) as response:
        assert response.status == 200


def test_invalid_fault_arguments() -> None:
    discord = EmulatedDiscord()
    with pytest.raises(ValueError, match="500, 502, 503 or 504"):
        discord.faults.add(kind=FaultKind.SERVER_ERROR, status=418)
    with pytest.raises(ValueError, match="at least 1"):
        discord.faults.add(kind=FaultKind.SLOW, times=0)
    with pytest.raises(ValueError, match="not_a_kind"):
        discord.faults.add(kind="not_a_kind")
