"""Issue #9: replay protection shared through a real redis-server (`SET key NX PX`)."""

from __future__ import annotations

import typing

import aiohttp
import pytest

from hikari_like.impl.rest.redis import RedisStore
from hikari_like.impl.server.interaction_server import InteractionServer
from hikari_like.testing.signing import KeyPair
from hikari_like.testing.signing import sign_request
from tests.redis_server import RedisServer
from tests.redis_server import running_redis

pytestmark = pytest.mark.redis

PING: typing.Final = b'{"type":1,"id":"1","application_id":"2","token":"t","version":1}'


@pytest.fixture(scope="module")
def redis_server() -> typing.Iterator[RedisServer]:
    with running_redis() as server:
        yield server


async def post(session: aiohttp.ClientSession, url: str, headers: dict[str, str], body: bytes = PING) -> int:
    headers = {**headers, "Content-Type": "application/json"}
    async with session.post(url, data=body, headers=headers) as response:
        return response.status


async def serving(key_pair: KeyPair, store: RedisStore) -> InteractionServer:
    server = InteractionServer(public_key=key_pair.public_key_hex, replay_store=store)
    await server.start(host="127.0.0.1", port=0, shutdown_timeout=1)
    return server


async def test_a_request_replayed_to_a_second_worker_is_refused(
    redis_server: RedisServer, key_pair: KeyPair, session: aiohttp.ClientSession
) -> None:
    # Two workers: their own server and their own Redis connection; only Redis is shared.
    store_a, store_b = RedisStore.from_url(redis_server.url), RedisStore.from_url(redis_server.url)
    worker_a, worker_b = await serving(key_pair, store_a), await serving(key_pair, store_b)
    try:
        headers = sign_request(PING, key_pair)
        assert await post(session, worker_a.urls[0], headers) == 200
        assert await post(session, worker_b.urls[0], headers) == 401
        assert await post(session, worker_a.urls[0], headers) == 401
        other = PING + b" "
        assert await post(session, worker_b.urls[0], sign_request(other, key_pair), other) == 200
    finally:
        for worker in (worker_a, worker_b):
            await worker.close()
        for store in (store_a, store_b):
            await store.close()


async def test_a_stale_timestamp_is_refused_without_asking_redis(
    key_pair: KeyPair, session: aiohttp.ClientSession
) -> None:
    store = RedisStore.from_url("redis://127.0.0.1:1/0", on_store_error="raise")  # nothing listens
    worker = await serving(key_pair, store)
    try:
        assert (
            await post(session, worker.urls[0], sign_request(PING, key_pair, timestamp=1_600_000_000)) == 401
        )
    finally:
        await worker.close()
        await store.close()


@pytest.mark.parametrize(("policy", "statuses"), [("local", [200, 401]), ("raise", [503, 503])])
async def test_redis_down(
    policy: typing.Literal["local", "raise"],
    statuses: list[int],
    key_pair: KeyPair,
    session: aiohttp.ClientSession,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = RedisServer()
    server.start()
    store = RedisStore.from_url(server.url, on_store_error=policy)
    worker = await serving(key_pair, store)
    try:
        assert await post(session, worker.urls[0], sign_request(PING, key_pair)) == 200
        server.stop()
        other = PING + b" "
        headers = sign_request(other, key_pair)
        got = [await post(session, worker.urls[0], headers, other) for _ in range(2)]
    finally:
        await worker.close()
        await store.close()
        server.stop()
    # "local": refused within this process (one WARNING); "raise": 503, never a guess.
    assert got == statuses
    if policy == "local":
        assert len([r for r in caplog.records if r.levelname == "WARNING"]) == 1
