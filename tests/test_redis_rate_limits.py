"""Issue #9: rate limits shared through a real redis-server, against the emulated Discord.

Times are Discord's divided by `SCALE` (a channel's 5 messages per 5 s become 5 per 0.5 s, the
global 50 per second 50 per 0.1 s), as in `test_rest_acceptance.py`. Nothing here asserts a speed:
`python -m benchmarks redis_store` measures how fast the shared limits go.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
import time
import typing

import pytest

from hikari_like import errors
from hikari_like.impl.rest import RESTApp
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.impl.rest import rate_limit_store
from hikari_like.impl.rest import rate_limits
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.redis import RedisStore
from hikari_like.testing.emulator import EmulatedDiscord
from tests import late_response
from tests.helpers import rate_limit_log
from tests.redis_server import RedisServer
from tests.redis_server import running_redis

pytestmark = pytest.mark.redis

SCALE: typing.Final = 10
CHANNEL_LIMIT: typing.Final = 5
CHANNEL_PERIOD: typing.Final = 5.0 / SCALE
GLOBAL_PERIOD: typing.Final = 1.0 / SCALE
CREATE: typing.Final = "POST /channels/{channel}/messages"
TOKEN: typing.Final = "MTAwMDAwMDAwMDAwMDAwMDAw.redis.bot-token-secret"
FAST: typing.Final = rate_limits.ExponentialBackOff(initial=0.01, factor=2.0, maximum=0.05, jitter=0.0)

# One worker process: its own client and RedisStore, sending its share of the messages.
CHILD: typing.Final = """
import asyncio, sys
from hikari_like.impl.rest.redis import RedisStore
from hikari_like.impl.rest import RESTClientImpl

async def main(rest_url, redis_url, token, period, lease, first, count, channels):
    store = RedisStore.from_url(redis_url, lease=float(lease), poll_interval=0.005)
    client = RESTClientImpl(token=token, token_type="Bot", rest_url=rest_url, max_retries=0,
                            global_rate_limit_period=float(period), rate_limit_store=store)
    channels = channels.split(",")
    async with client:
        print("ready", flush=True)
        await asyncio.gather(*(client.create_message(channels[n % len(channels)], f"m{n}")
                               for n in range(int(first), int(first) + int(count))))
    await store.close()
    print("done", flush=True)

asyncio.run(main(*sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def redis_server() -> typing.Iterator[RedisServer]:
    with running_redis() as server:
        yield server


@pytest.fixture
async def store(redis_server: RedisServer) -> typing.AsyncIterator[RedisStore]:
    store = RedisStore.from_url(redis_server.url, lease=2.0, poll_interval=0.005)
    await store.client.flushdb()
    yield store
    await store.close()


def client_for(
    discord: EmulatedDiscord, store: rate_limit_store.RateLimitStore, **options: typing.Any
) -> RESTClientImpl:
    options.setdefault("global_rate_limit_period", GLOBAL_PERIOD)
    options.setdefault("backoff", FAST)
    return RESTClientImpl(
        token=discord.token, token_type="Bot", rest_url=discord.url, rate_limit_store=store, **options
    )


async def start_child(
    discord: EmulatedDiscord, redis_url: str, *, first: int, count: int, channels: list[str], lease: float
) -> asyncio.subprocess.Process:
    args = [discord.url, redis_url, discord.token, str(GLOBAL_PERIOD), str(lease), str(first), str(count)]
    return await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, *args, ",".join(channels), stdout=asyncio.subprocess.PIPE
    )


async def wait_ready(process: asyncio.subprocess.Process) -> None:
    assert process.stdout is not None
    line = await asyncio.wait_for(process.stdout.readline(), 20)
    assert line.strip() == b"ready", line


# -- sharing ---------------------------------------------------------------------------------------


@pytest.mark.slow
async def test_4_processes_x_100_messages_share_the_limits_without_a_429(redis_server: RedisServer) -> None:
    async with EmulatedDiscord(token=TOKEN, global_period=GLOBAL_PERIOD) as discord:
        discord.rate_limits.set(CREATE, limit=CHANNEL_LIMIT, period=CHANNEL_PERIOD)
        channels = [discord.add_channel(name=f"shared-{n}")["id"] for n in range(20)]
        processes = [
            await start_child(discord, redis_server.url, first=100 * n, count=100, channels=channels, lease=5)
            for n in range(4)
        ]
        await asyncio.gather(*(wait_ready(process) for process in processes))
        codes = await asyncio.wait_for(asyncio.gather(*(process.wait() for process in processes)), 60)

    # 20 messages per channel: 4 windows each, shared by 4 processes that all send to every channel.
    assert codes == [0, 0, 0, 0]
    assert discord.stats.rate_limited == 0, rate_limit_log(discord)
    assert len(discord.requests_to(CREATE)) == 400  # not one retry
    assert sum(len(discord.messages[channel]) for channel in channels) == 400
    assert max(discord.stats.max_in_bucket_window.values()) <= CHANNEL_LIMIT


async def test_two_apps_on_one_store_share_a_bucket(store: RedisStore) -> None:
    async with EmulatedDiscord(token=TOKEN) as discord:
        discord.rate_limits.set(CREATE, limit=2, period=30.0)
        async with (
            client_for(discord, store) as first,
            client_for(discord, store, max_rate_limit=1.0) as second,
        ):
            await first.create_message(discord.channel_id, "one")
            await second.create_message(discord.channel_id, "two")
            started = time.monotonic()
            with pytest.raises(errors.RateLimitTooLongError) as caught:
                await second.create_message(discord.channel_id, "three")  # used up by both
            assert time.monotonic() - started < 5.0  # at once, not after the bucket's 30 s
    assert caught.value.retry_after == pytest.approx(30.0, abs=1.0)
    assert discord.stats.rate_limited == 0
    assert len(discord.requests_to(CREATE)) == 2


async def test_the_global_limit_is_shared_by_the_apps_of_one_token(store: RedisStore) -> None:
    await send_60_gets_from_two_apps(store)


async def test_the_global_limit_holds_when_the_machine_is_busy(store: RedisStore) -> None:
    # Scheduling delays are what once made the apps' leases collide: keep both cores busy.
    burners = [
        await asyncio.create_subprocess_exec(sys.executable, "-c", "while True: pass") for _ in range(2)
    ]
    try:
        await send_60_gets_from_two_apps(store)
    finally:
        for burner in burners:
            burner.kill()
            await burner.wait()


async def test_apps_on_one_store_never_share_a_lease(store: RedisStore) -> None:
    settings = rate_limit_store.RateLimitSettings(global_limit=10, global_period=0.2)
    first, second = store.open(settings), store.open(settings)
    tickets = [
        await first.acquire(routes.GET_CHANNEL.compile(channel=1), "token-digest"),
        await second.acquire(routes.GET_CHANNEL.compile(channel=2), "token-digest"),
    ]
    # Two requests in flight hold two global permits, whichever app sent them.
    assert await store.client.zcard(f"{store.prefix_for('token-digest')}:global") == 2
    assert tickets[0].lease != tickets[1].lease
    for state, ticket in zip([first, second], tickets, strict=True):
        state.release(ticket, None, responded=False, sent=False)
        await state.close()


async def send_60_gets_from_two_apps(store: RedisStore) -> None:
    async with EmulatedDiscord(token=TOKEN, global_limit=10, global_period=0.2) as discord:
        discord.rate_limits.set("GET /channels/{channel}", limit=1000, period=0.2)
        options: dict[str, typing.Any] = {"global_rate_limit": 10, "global_rate_limit_period": 0.2}
        async with (
            RESTApp(url=discord.url, rate_limit_store=store, **options) as app_a,
            RESTApp(url=discord.url, rate_limit_store=store, **options) as app_b,
            app_a.acquire(discord.token, "Bot") as a,
            app_b.acquire(discord.token, "Bot") as b,
        ):
            await asyncio.gather(
                *(client.request("GET", f"/channels/{discord.channel_id}") for client in [a, b] * 30)
            )
    assert discord.stats.rate_limited == 0
    assert max(discord.stats.max_in_sliding_global_window.values()) <= 10


async def test_a_request_sent_before_another_channel_named_its_bucket_still_counts(store: RedisStore) -> None:
    async with EmulatedDiscord(token=TOKEN) as discord:
        discord.rate_limits.set(CREATE, limit=5, period=0.5)
        other = discord.add_channel(name="other")["id"]
        discord.faults.add(route=CREATE, kind="slow", delay=0.3)
        async with client_for(discord, store) as client:
            slow = asyncio.ensure_future(client.create_message(discord.channel_id, "first, slow"))
            for _ in range(400):  # until the slow one is on its way
                if discord.requests_to(CREATE):
                    break
                await asyncio.sleep(0.005)
            await client.create_message(other, "names the bucket while the first is on its way")
            # Five more for the first channel: four fit beside the slow one, the fifth must wait.
            more = [client.create_message(discord.channel_id, f"m{n}") for n in range(5)]
            await asyncio.gather(slow, *more)
    assert discord.stats.rate_limited == 0
    assert len(discord.messages[discord.channel_id]) == 6


@pytest.mark.parametrize(("scenario", "messages"), late_response.ZERO_429_SCENARIOS)
async def test_answers_read_late_or_after_a_window_closed_never_cost_a_429(
    store: RedisStore, scenario: late_response.Scenario, messages: int
) -> None:
    discord = await scenario(store, TOKEN)

    assert discord.stats.rate_limited == 0, rate_limit_log(discord)
    assert len(discord.messages[discord.channel_id]) == messages


async def test_keys_hold_a_digest_of_the_token_never_the_token(store: RedisStore) -> None:
    async with EmulatedDiscord(token=TOKEN) as discord, client_for(discord, store) as client:
        await client.create_message(discord.channel_id, "hello")
    keys = [key.decode() async for key in store.client.scan_iter("*")]
    assert keys
    assert all(key.startswith("hikari_like:{") for key in keys)
    secret = TOKEN.split(".")[-1]
    assert not any(secret in key or TOKEN in key for key in keys)
    assert "password" not in repr(store)


# -- leases ------------------------------------------------------------------------------------------


async def test_a_killed_process_leaks_no_capacity_beyond_its_lease(
    redis_server: RedisServer, store: RedisStore
) -> None:
    lease = 2.0
    async with EmulatedDiscord(token=TOKEN, global_limit=3, global_period=0.05) as discord:
        discord.faults.add(route=CREATE, kind="slow", delay=3.0, times=3)
        channels = [discord.add_channel(name=f"slow-{n}")["id"] for n in range(3)]
        child = await start_child(discord, redis_server.url, first=0, count=3, channels=channels, lease=lease)
        await wait_ready(child)
        for _ in range(500):  # until its 3 requests hold every global permit
            if len(discord.requests_to(CREATE)) == 3:
                break
            await asyncio.sleep(0.01)
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        await child.wait()
        async with client_for(discord, store, global_rate_limit=3, global_rate_limit_period=0.05) as other:
            await other.create_message(discord.channel_id, "after the lease")
        waited = time.monotonic() - killed_at
    # The dead process's permits counted until their leases ran out, and not much longer. (Its
    # requests were granted before this process saw them arrive, so `waited` may fall short of
    # the lease by as long as that took; a stall can add to either side.)
    assert lease - 1.0 <= waited <= lease + 1.5, waited
    assert discord.stats.rate_limited == 0


# -- Redis unreachable ---------------------------------------------------------------------------------


async def test_redis_down_with_the_local_policy_falls_back_with_one_warning_and_comes_back(
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = RedisServer()
    server.start()
    store = RedisStore.from_url(server.url, retry_interval=0.2)
    try:
        async with EmulatedDiscord(token=TOKEN) as discord, client_for(discord, store) as client:
            await client.create_message(discord.channel_id, "shared")
            server.stop()
            with caplog.at_level(logging.INFO, logger="hikari_like.rest.redis"):
                await client.create_message(discord.channel_id, "local 1")
                await client.create_message(discord.channel_id, "local 2")
                server.start()
                await asyncio.sleep(0.25)
                await client.create_message(discord.channel_id, "shared again")
            keys = [key async for key in store.client.scan_iter("*")]
    finally:
        await store.close()
        server.stop()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "using this process's own rate limits" in warnings[0].getMessage()
    assert any("shared limits resumed" in r.getMessage() for r in caplog.records)
    assert len(discord.messages[discord.channel_id]) == 4
    assert keys  # the last message went through Redis again


async def test_redis_down_with_the_raise_policy_fails_the_request_with_a_typed_error() -> None:
    server = RedisServer()
    server.start()
    store = RedisStore.from_url(server.url, on_store_error="raise")
    try:
        async with EmulatedDiscord(token=TOKEN) as discord, client_for(discord, store) as client:
            await client.create_message(discord.channel_id, "shared")
            server.stop()
            with pytest.raises(errors.RateLimitStoreError) as caught:
                await client.create_message(discord.channel_id, "refused")
    finally:
        await store.close()
    assert isinstance(caught.value, errors.HTTPError)
    assert caught.value.route == CREATE
    assert "ConnectionError" in caught.value.reason
    assert f"127.0.0.1:{server.port}" in caught.value.store
    assert "was not sent" in str(caught.value)
    assert len(discord.requests_to(CREATE)) == 1


def test_a_store_checks_its_options() -> None:
    import redis.asyncio

    client = redis.asyncio.Redis()
    with pytest.raises(ValueError, match="on_store_error"):
        RedisStore(client, on_store_error="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="positive"):
        RedisStore(client, lease=0)


async def test_a_window_discord_opened_early_counts_the_requests_still_in_flight(store: RedisStore) -> None:
    assert await late_response.next_request_waits_after_an_early_window(store)
