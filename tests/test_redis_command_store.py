"""Issue #20: the command layer's counters and claims in a real redis-server (`RedisStore.hit/claim`).

Workers are `RedisStore`s of their own, each with its own connection, as `--workers N` makes them;
only Redis is shared. Windows that must still be open are long (30 s) and windows that must have
ended are short and slept past, so a slow machine cannot change an outcome.
"""

from __future__ import annotations

import asyncio
import logging
import typing

import pytest

from hikari_like import errors
from hikari_like.app_commands import SlashContext
from hikari_like.app_commands.cooldowns import Cooldown
from hikari_like.app_commands.errors import OnCooldownError
from hikari_like.app_commands.store import CommandStore
from hikari_like.app_commands.store import LocalCommandStore
from hikari_like.app_commands.store import command_store_for
from hikari_like.impl.rest.redis import RedisStore
from tests.redis_server import RedisServer
from tests.redis_server import running_redis
from tests.test_app_commands_cooldowns import CHANNEL
from tests.test_app_commands_cooldowns import context_of

pytestmark = pytest.mark.redis

LONG: typing.Final = 30.0
SHORT: typing.Final = 0.05


@pytest.fixture(scope="module")
def redis_server() -> typing.Iterator[RedisServer]:
    with running_redis() as server:
        yield server


@pytest.fixture
async def workers(redis_server: RedisServer) -> typing.AsyncIterator[list[RedisStore]]:
    stores = [RedisStore.from_url(redis_server.url) for _ in range(4)]
    await stores[0].client.flushdb()
    yield stores
    for store in stores:
        await store.close()


async def used(limit: Cooldown, store: CommandStore, ctx: SlashContext) -> float:
    """0.0 when the use is allowed, else the `retry_after` it was refused with."""
    try:
        await limit.acquire(store, ctx)
    except OnCooldownError as refused:
        return refused.retry_after
    return 0.0


async def test_four_workers_share_one_cooldown(workers: list[RedisStore]) -> None:
    # Two uses per user per 30 s. Alice uses the command three times in each of four channels at
    # once, and each channel's interactions happen to reach another worker.
    limit = Cooldown(2, LONG)
    alice = [context_of(1, channel_id=CHANNEL + n) for n in range(4)]
    answers = await asyncio.gather(
        *(used(limit, worker, ctx) for worker, ctx in zip(workers, alice, strict=True) for _ in range(3))
    )

    assert answers.count(0.0) == 2
    assert all(0.0 < answer <= LONG for answer in answers if answer)
    assert await used(limit, workers[3], context_of(2)) == 0.0  # Bob has his own two

    # Without the shared store each worker would have let her in twice: 8 uses, not 2.
    apart = [LocalCommandStore() for _ in workers]
    alone = await asyncio.gather(
        *(used(limit, store, ctx) for store, ctx in zip(apart, alice, strict=True) for _ in range(3))
    )
    assert alone.count(0.0) == 8


def test_a_redis_store_is_the_command_store_when_it_is_the_rate_limit_store() -> None:
    store = RedisStore.from_url("redis://127.0.0.1:1/0")
    assert isinstance(store, CommandStore)
    assert command_store_for(store) is store


async def test_uses_are_counted_up_to_the_limit_then_refused_with_the_time_left(
    workers: list[RedisStore],
) -> None:
    store = workers[0]
    assert [await store.hit("/echo:user:1", limit=2, period=LONG) for _ in range(2)] == [0.0, 0.0]
    refused = await store.hit("/echo:user:1", limit=2, period=LONG)
    assert 0.0 < refused <= LONG
    assert await store.hit("/echo:user:2", limit=2, period=LONG) == 0.0
    # A refused use is not counted: the counter stays at the limit.
    assert await store.client.get("hikari_like:cmd:/echo:user:1") == b"2"


async def test_four_workers_counting_one_key_at_once_allow_exactly_the_limit(
    workers: list[RedisStore],
) -> None:
    hits = [store.hit("/roll:guild:7", limit=3, period=LONG) for store in workers for _ in range(10)]
    answers = await asyncio.gather(*hits)
    assert answers.count(0.0) == 3
    assert all(0.0 < answer <= LONG for answer in answers if answer)


async def test_a_window_ends_and_the_key_may_be_used_again(workers: list[RedisStore]) -> None:
    store = workers[0]
    assert await store.hit("/ping:user:1", limit=1, period=SHORT) == 0.0
    await asyncio.sleep(SHORT * 4)
    assert await workers[1].hit("/ping:user:1", limit=1, period=SHORT) == 0.0


async def test_keys_live_under_the_prefix_bounded_and_expiring(redis_server: RedisServer) -> None:
    store = RedisStore.from_url(redis_server.url, key_prefix="bot-a")
    try:
        await store.hit("component:vote:" + "9" * 5000, limit=1, period=LONG)
        (key,) = await store.client.keys("bot-a:cmd:component:vote:*")
        assert len(key) <= len("bot-a:cmd:") + 200
        assert 0 < await store.client.pttl(key) <= LONG * 1000
    finally:
        await store.close()


async def test_exactly_one_worker_claims_a_key_per_ttl(workers: list[RedisStore]) -> None:
    claims = await asyncio.gather(*(store.claim("sync:global", ttl=SHORT) for store in workers))
    assert sorted(claims) == [False, False, False, True]
    await asyncio.sleep(SHORT * 4)
    again = await asyncio.gather(*(store.claim("sync:global", ttl=LONG) for store in workers))
    assert sorted(again) == [False, False, False, True]
    assert 0 < await workers[0].client.pttl("hikari_like:claim:sync:global") <= LONG * 1000


async def test_invalid_windows_are_refused_before_asking_redis() -> None:
    store = RedisStore.from_url("redis://127.0.0.1:1/0", on_store_error="raise")  # nothing listens
    try:
        with pytest.raises(ValueError, match="limit"):
            await store.hit("k", limit=0, period=1.0)
        with pytest.raises(ValueError, match="period"):
            await store.hit("k", limit=1, period=-1.0)
        with pytest.raises(ValueError, match="ttl"):
            await store.claim("k", ttl=0.0)
    finally:
        await store.close()


async def test_redis_down_with_local_counts_here_then_shares_again(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="hikari_like.redis")
    server = RedisServer()
    server.start()
    store = RedisStore.from_url(server.url, retry_interval=SHORT)
    try:
        assert await store.hit("/echo:user:1", limit=1, period=LONG) == 0.0
        server.stop()
        # This process counts on its own: a fresh window, then refused like Redis would.
        assert await store.hit("/echo:user:1", limit=1, period=LONG) == 0.0
        assert await store.hit("/echo:user:1", limit=1, period=LONG) > 0.0
        assert await store.claim("sync", ttl=LONG) is True
        assert await store.claim("sync", ttl=LONG) is False
        server.start()
        await asyncio.sleep(SHORT * 4)
        # Back in Redis (started empty, as a restart without persistence is).
        assert await store.hit("/echo:user:1", limit=1, period=LONG) == 0.0
        assert await store.client.get("hikari_like:cmd:/echo:user:1") == b"1"
    finally:
        await store.close()
        server.stop()
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "in this process only" in warnings[0].getMessage()
    assert any("answers again" in record.getMessage() for record in caplog.records)


async def test_redis_down_with_raise_refuses_to_guess() -> None:
    server = RedisServer()
    server.start()
    store = RedisStore.from_url(server.url, on_store_error="raise")
    try:
        assert await store.hit("/echo:user:1", limit=1, period=LONG) == 0.0
        server.stop()
        with pytest.raises(errors.RateLimitStoreError) as raised:
            await store.hit("/echo:user:1", limit=1, period=LONG)
        assert "command store" in str(raised.value)
        with pytest.raises(errors.RateLimitStoreError):
            await store.claim("sync", ttl=LONG)
    finally:
        await store.close()
        server.stop()
