"""Why the Redis store exists, and what it costs: `python -m benchmarks redis_store`.

1. Load: 4 processes x 250 messages over the same 20 channels of an emulated Discord (Discord's
   times divided by 20), once with each process's own in-memory limits, once with one shared
   `RedisStore`. Printed: the 429s Discord sent and the messages per second (timed from the
   moment every worker is up) against the 400/s Discord allows. The shared run's target: no 429
   at half the allowed rate or more (workers that waited on each other instead of sharing the
   limits would fall far below it).
2. Cost: the time one request spends in the Redis store (acquire + release, two `EVALSHA`s) on
   loopback, next to the in-memory store's, over sequential requests.

Needs `redis-server` on PATH (started on a free loopback port) and the `redis` extra.
"""

from __future__ import annotations

__all__ = ["main"]

import asyncio
import contextlib
import shutil
import socket
import statistics
import subprocess
import sys
import time
import typing

SCALE: typing.Final = 20
CREATE: typing.Final = "POST /channels/{channel}/messages"
TOKEN: typing.Final = "benchmark.redis.bot-token"
COST_REQUESTS: typing.Final = 3000
ALLOWED: typing.Final = 20 * 5 / (5.0 / SCALE)
"""Messages per second Discord allows the load: 20 channels x 5 per 0.25 s (the global 1000/s is above)."""
TARGET: typing.Final = 0.5

_CHILD: typing.Final = """
import asyncio, sys
from hikari_like.impl.rest import RESTClientImpl

async def main(rest_url, redis_url, period, first, channels, token):
    store = None
    if redis_url != "-":
        from hikari_like.impl.rest.redis import RedisStore
        store = RedisStore.from_url(redis_url, poll_interval=0.005)
    client = RESTClientImpl(token=token, token_type="Bot", rest_url=rest_url, max_retries=0,
                            max_rate_limit_retries=50, global_rate_limit_period=float(period),
                            rate_limit_store=store)
    channels = channels.split(",")
    async with client:
        print("ready", flush=True)
        await asyncio.to_thread(sys.stdin.readline)  # "go": every worker starts at once
        await asyncio.gather(*(client.create_message(channels[n % len(channels)], "m")
                               for n in range(int(first), int(first) + 250)))
    if store is not None:
        await store.close()

asyncio.run(main(*sys.argv[1:]))
"""


@contextlib.contextmanager
def _redis_server() -> typing.Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is not installed: this benchmark needs it")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL)
    try:
        for _ in range(500):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.1):
                break
            time.sleep(0.01)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait()


async def _load(redis_url: str | None) -> tuple[int, float]:
    from hikari_like.testing.emulator import EmulatedDiscord

    async with EmulatedDiscord(token=TOKEN, global_period=1.0 / SCALE) as discord:
        discord.rate_limits.set(CREATE, limit=5, period=5.0 / SCALE)
        channels = ",".join(discord.add_channel(name=f"c{n}")["id"] for n in range(20))
        args = [discord.url, redis_url or "-", str(1.0 / SCALE)]
        processes = [await _start_worker(*args, str(250 * n), channels, TOKEN) for n in range(4)]
        for process in processes:  # interpreter start-up is not what is measured
            assert process.stdout is not None
            if await asyncio.wait_for(process.stdout.readline(), 60) != b"ready\n":
                _raise_for(process, (await process.communicate())[1])
        started = time.monotonic()
        outcomes = await asyncio.gather(*(process.communicate(b"go\n") for process in processes))
        elapsed = time.monotonic() - started
    for process, (_, errors) in zip(processes, outcomes, strict=True):
        if process.returncode != 0:  # a rate measured over workers that died would be a lie
            _raise_for(process, errors)
    return discord.stats.rate_limited, 1000 / elapsed


async def _start_worker(*args: str) -> asyncio.subprocess.Process:
    pipe = subprocess.PIPE  # stderr kept quiet: the in-memory run logs every 429 it meets
    return await asyncio.create_subprocess_exec(
        sys.executable, "-c", _CHILD, *args, stdin=pipe, stdout=pipe, stderr=pipe
    )


def _raise_for(process: asyncio.subprocess.Process, errors: bytes) -> typing.NoReturn:
    raise RuntimeError(f"a worker failed ({process.returncode}):\n{errors.decode()[-2000:]}")


async def _cost(redis_url: str | None) -> list[float]:
    from hikari_like.impl.rest import rate_limit_store
    from hikari_like.impl.rest import routes
    from hikari_like.impl.rest.buckets import RateLimitInfo

    store: typing.Any = rate_limit_store.InMemoryRateLimitStore()
    if redis_url is not None:
        from hikari_like.impl.rest.redis import RedisStore

        store = RedisStore.from_url(redis_url)
    state = store.open(rate_limit_store.RateLimitSettings(global_limit=10**9))
    route = routes.POST_CHANNEL_MESSAGES.compile(channel=1)
    info = RateLimitInfo(bucket="b", limit=10**9, remaining=10**9, reset_after=60.0)
    timings = []
    for _ in range(COST_REQUESTS):
        started = time.perf_counter()
        ticket = await state.acquire(route, "benchmark")
        state.release(ticket, info, responded=True)
        await asyncio.sleep(0)  # let the release reach Redis, as the next request's wait would
        timings.append(time.perf_counter() - started)
    await state.close()
    if redis_url is not None:
        await store.close()
    return timings


def _verdict(rate_limited: int, rate: float) -> str:
    met = rate_limited == 0 and rate >= TARGET * ALLOWED
    return f" (target >= {TARGET:g}x without a 429: {'met' if met else 'MISSED'})"


def main() -> None:
    """Run both parts and print the results."""
    with _redis_server() as redis_url:
        for name, url in (("in-memory (per process)", None), ("RedisStore (shared)", redis_url)):
            rate_limited, rate = asyncio.run(_load(url))
            print(
                f"4 x 250 messages, {name:24}: {rate_limited:4d} 429s, {rate:6.0f} messages/s = "
                f"{rate / ALLOWED:.2f}x the allowed{_verdict(rate_limited, rate) if url else ''}"
            )
        print(f"(allowed: 20 channels x 5 per 0.25 s = {ALLOWED:.0f} messages/s)")
        for name, url in (("in-memory", None), ("RedisStore", redis_url)):
            timings = asyncio.run(_cost(url))
            median, p99 = statistics.median(timings), sorted(timings)[int(len(timings) * 0.99)]
            print(
                f"store cost per request, {name:10}: median {median * 1e6:7.1f} us, p99 {p99 * 1e6:7.1f} us"
            )
