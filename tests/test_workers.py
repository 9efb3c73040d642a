"""`run_workers`: N processes of the built-in server on one port, refusing replays together."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import typing

import aiohttp
import pytest

import hikari_like
from hikari_like.impl.rest.redis import RedisStore
from hikari_like.testing.signing import KeyPair
from hikari_like.testing.signing import sign_request
from tests.redis_server import free_port
from tests.redis_server import running_redis

pytestmark = pytest.mark.redis

PING: typing.Final = b'{"type":1,"id":"1","application_id":"2","token":"t","version":1}'
PARENT: typing.Final = """
import sys
from hikari_like.impl.bots.workers import run_workers
from tests.test_workers import build_bot
sys.exit(run_workers(build_bot, workers=2, host="127.0.0.1", port=int(sys.argv[1]), shutdown_timeout=2))
"""


def build_bot() -> hikari_like.RESTBot:
    """What each worker runs (imported by the spawned worker processes)."""
    store = RedisStore.from_url(os.environ["TEST_REDIS_URL"])
    bot = hikari_like.RESTBot(
        "unused.bot.token",
        public_key=os.environ["TEST_PUBLIC_KEY"],
        rate_limit_store=store,
        replay_store=store,
        banner=None,
        logs=None,
        rest_url="http://127.0.0.1:9",
    )

    async def close_store(_: hikari_like.RESTBot) -> None:
        await store.close()

    bot.add_shutdown_callback(close_store)
    return bot


async def healthy(session: aiohttp.ClientSession, url: str) -> None:
    for _ in range(300):
        try:
            async with session.get(url) as response:
                if response.status == 200:
                    return
        except aiohttp.ClientConnectionError:
            pass
        await asyncio.sleep(0.05)
    raise AssertionError("the workers never answered")


async def test_two_workers_share_one_port_and_refuse_a_replay_whichever_gets_it(key_pair: KeyPair) -> None:
    port = free_port()
    with running_redis() as redis_server:
        env = {**os.environ, "TEST_REDIS_URL": redis_server.url, "TEST_PUBLIC_KEY": key_pair.public_key_hex}
        parent = await asyncio.create_subprocess_exec(sys.executable, "-c", PARENT, str(port), env=env)
        url = f"http://127.0.0.1:{port}/"
        headers = {**sign_request(PING, key_pair), "Content-Type": "application/json"}
        try:
            statuses = []
            for _ in range(8):  # a new connection each time: the kernel picks the worker
                async with aiohttp.ClientSession() as session:
                    await healthy(session, url)
                    async with session.post(url, data=PING, headers=headers) as response:
                        statuses.append(response.status)
        finally:
            parent.send_signal(signal.SIGTERM)
            code = await asyncio.wait_for(parent.wait(), 30)
    assert sorted(statuses) == [200] + [401] * 7
    assert code == 0


def test_workers_need_a_fixed_port() -> None:
    from hikari_like.impl.bots.workers import run_workers

    with pytest.raises(ValueError, match="fixed port"):
        run_workers(build_bot, workers=2, port=0)
    with pytest.raises(ValueError, match="at least 1"):
        run_workers(build_bot, workers=0, port=8080)
