"""A shared replay store that goes away mid-run (issue #16): one ERROR for the outage, not one per request.

A real `redis-server` is stopped while the bot serves, and started again on the same port.
"""

from __future__ import annotations

import logging
import typing

import pytest

from hikari_like.impl.rest.redis import RedisStore
from hikari_like.impl.server.interaction_server import InteractionServer
from hikari_like.testing import InteractionClient
from hikari_like.testing.signing import KeyPair
from tests import redis_server


@pytest.fixture
def redis() -> typing.Iterator[redis_server.RedisServer]:
    with redis_server.running_redis() as server:
        yield server


async def test_a_replay_store_outage_is_logged_once_and_its_end_too(
    redis: redis_server.RedisServer, key_pair: KeyPair, caplog: pytest.LogCaptureFixture
) -> None:
    store = RedisStore.from_url(redis.url, on_store_error="raise")
    server = InteractionServer(public_key=key_pair.public_key_hex, replay_store=store)
    await server.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    caplog.set_level(logging.DEBUG)
    try:
        async with InteractionClient(server.urls[0], key_pair) as client:
            ping = 0

            async def send_ping() -> int:
                nonlocal ping
                ping += 1  # a new body each time, so no ping is a replay of another
                return (await client.send({"type": 1, "ping": ping})).status

            before = await send_ping()
            redis.stop()
            during = [await send_ping() for _ in range(5)]
            redis.start()
            after = [await send_ping() for _ in range(2)]
    finally:
        await server.close()
        await store.close()

    assert (before, during, after) == (200, [503] * 5, [200, 200])
    loud = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert [record.levelname for record in loud] == ["ERROR"]
    assert "replay store" in loud[0].getMessage()
    assert [record for record in caplog.records if record.exc_info and record.levelno > logging.DEBUG] == []
    (recovered,) = [record for record in caplog.records if "answers again after" in record.getMessage()]
    assert recovered.levelname == "INFO"
    assert "5 requests were refused" in recovered.getMessage()
    assert server.stats.replay_store_refusals == 5
