"""Per-request overhead of the REST client: hikari_like against hikari, in one run.

Both clients send `create_message` to the same emulated Discord and parse the answer into their
message model. The emulator runs in a child process (its own core and event loop), so what differs
between the columns is the client's own work: building the request, rate-limit bookkeeping,
aiohttp, and parsing the response. Two emulators run there:

- "limits off": rate limiting switched off, so responses carry no rate-limit headers at all.
  hikari keeps such a route in its "unknown bucket", which lets one request through at a time, so
  its concurrent figure here measures that policy as much as its overhead.
- "headers on": rate limiting on but out of reach (a billion requests per second), so both clients
  learn the bucket from the first response and then run free: the fair overhead comparison.

Runs alternate (ours, hikari's, ours, hikari's...) so drift in the machine's load hits both alike.
For each emulator, two variants: sequential (one request at a time: latency) and concurrent
(`IN_FLIGHT` requests in flight: throughput). Our proactive global limiter (50 requests/s against
Discord) is raised out of the way, as hikari has none; its bookkeeping still runs on every request.

Then, rate-limited throughput (ours alone; client and emulator share this process's loop, as in
the tests): how close to the rate Discord allows the client gets without a single 429, with
Discord's times divided by 10. Once with the channels' limits binding (1000 messages over 20
channels, 5 per 0.5 s each: 200/s allowed; target 90 %), once with the global limit binding
(225 requests at 25 per 0.1 s: 250/s allowed; target 75 %, since a permit comes back a period
after its answer, so the pace is `limit / (period + latency)`).

    python -m benchmarks rest
"""

from __future__ import annotations

__all__ = ["RateLimited", "RateLimitedRun", "main", "report_rate_limited", "run_rate_limited"]

import asyncio
import contextlib
import logging
import multiprocessing
import platform
import statistics
import time
import typing

import attrs

if typing.TYPE_CHECKING:
    from multiprocessing.connection import Connection

TOKEN: typing.Final = "benchmark-bot-token"
ROUNDS: typing.Final = 3
SEQUENTIAL_REQUESTS: typing.Final = 1000
CONCURRENT_REQUESTS: typing.Final = 3000
IN_FLIGHT: typing.Final = 50
WARM_UP_REQUESTS: typing.Final = 100

RATE_LIMITED_SCALE: typing.Final = 10
CREATE: typing.Final = "POST /channels/{channel}/messages"
GET_CHANNEL: typing.Final = "GET /channels/{channel}"

LIMITS_OFF: typing.Final = "limits off"
HEADERS_ON: typing.Final = "headers on"

Send = typing.Callable[[], typing.Awaitable[object]]


@attrs.frozen(kw_only=True)
class Target:
    """Where one emulator listens, and the channel to post to."""

    url: str
    channel: str


# -- the emulator, in its own process -----------------------------------------------------------------


def _serve(connection: Connection) -> None:
    asyncio.run(_serve_until_told(connection))


async def _serve_until_told(connection: Connection) -> None:
    from hikari_like.testing.emulator import EmulatedDiscord
    from hikari_like.testing.emulator import RouteLimit

    out_of_reach = RouteLimit(limit=1_000_000_000, period=1.0)
    limits_off = EmulatedDiscord(token=TOKEN)
    limits_off.rate_limits.enabled = False
    headers_on = EmulatedDiscord(
        token=TOKEN,
        global_limit=1_000_000_000,
        default_limit=out_of_reach,
        rate_limits={"POST /channels/{channel}/messages": out_of_reach},
    )
    async with limits_off, headers_on:
        emulators = {LIMITS_OFF: limits_off, HEADERS_ON: headers_on}
        connection.send({name: Target(url=e.url, channel=e.channel_id) for name, e in emulators.items()})
        # Recorded requests and stored messages would grow for the whole run; nobody reads them here.
        while not await asyncio.to_thread(connection.poll, 0.5):
            for emulator in emulators.values():
                emulator.clear_requests()
                emulator.state.messages.clear()


@contextlib.contextmanager
def _emulator_process() -> typing.Iterator[dict[str, Target]]:
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    process = context.Process(target=_serve, args=(theirs,), daemon=True)
    process.start()
    try:
        if not ours.poll(30):
            raise RuntimeError("the emulator process did not start")
        yield ours.recv()
    finally:
        ours.send("stop")
        process.join(10)
        if process.is_alive():
            process.kill()


# -- the two clients ----------------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def _hikari_like_client(url: str, channel: str) -> typing.AsyncIterator[Send]:
    from hikari_like.impl.rest import RESTApp

    async with RESTApp(url=url, global_rate_limit=1_000_000) as app, app.acquire(TOKEN, "Bot") as client:

        async def send() -> object:
            return await client.create_message(channel, "hello")

        yield send


@contextlib.asynccontextmanager
async def _hikari_client(url: str, channel: str) -> typing.AsyncIterator[Send]:
    import hikari

    app = hikari.RESTApp(url=url)
    await app.start()
    try:
        async with app.acquire(TOKEN, "Bot") as client:

            async def send() -> object:
                return await client.create_message(int(channel), "hello")

            yield send
    finally:
        await app.close()


# -- measuring ----------------------------------------------------------------------------------------


@attrs.define(kw_only=True)
class Tally:
    """Every latency and the wall time of the runs of one client in one variant."""

    latencies: list[float] = attrs.field(factory=list)
    elapsed: float = 0.0

    @property
    def per_second(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    def percentile(self, percent: int) -> float:
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[percent - 1]


async def _timed(send: Send, latencies: list[float]) -> None:
    started = time.perf_counter()
    await send()
    latencies.append(time.perf_counter() - started)


async def _sequential(send: Send, tally: Tally) -> None:
    started = time.perf_counter()
    for _ in range(SEQUENTIAL_REQUESTS):
        await _timed(send, tally.latencies)
    tally.elapsed += time.perf_counter() - started


async def _concurrent(send: Send, tally: Tally) -> None:
    async def worker(count: int) -> None:
        for _ in range(count):
            await _timed(send, tally.latencies)

    started = time.perf_counter()
    await asyncio.gather(*(worker(CONCURRENT_REQUESTS // IN_FLIGHT) for _ in range(IN_FLIGHT)))
    tally.elapsed += time.perf_counter() - started


Runner = typing.Callable[[Send, "Tally"], typing.Awaitable[None]]
VARIANTS: typing.Final[dict[str, tuple[str, Runner]]] = {
    f"sequential, {LIMITS_OFF}": (LIMITS_OFF, _sequential),
    f"{IN_FLIGHT} in flight, {LIMITS_OFF}": (LIMITS_OFF, _concurrent),
    f"sequential, {HEADERS_ON}": (HEADERS_ON, _sequential),
    f"{IN_FLIGHT} in flight, {HEADERS_ON}": (HEADERS_ON, _concurrent),
}
CLIENTS: typing.Final = {"hikari_like": _hikari_like_client, "hikari": _hikari_client}


async def _measure(targets: dict[str, Target]) -> dict[tuple[str, str], Tally]:
    tallies = {(variant, name): Tally() for variant in VARIANTS for name in CLIENTS}
    async with contextlib.AsyncExitStack() as stack:
        senders: dict[tuple[str, str], Send] = {}
        for server, target in targets.items():
            for name, open_client in CLIENTS.items():
                send = await stack.enter_async_context(open_client(target.url, target.channel))
                # Connections, bucket discovery and first-call caches are not what we measure.
                await asyncio.gather(*(send() for _ in range(WARM_UP_REQUESTS)))
                senders[server, name] = send
        for _ in range(ROUNDS):
            for variant, (server, run) in VARIANTS.items():
                for name in CLIENTS:  # alternating: ours, hikari's, ours, hikari's...
                    await run(senders[server, name], tallies[variant, name])
    return tallies


# -- reporting ----------------------------------------------------------------------------------------


def _report(tallies: dict[tuple[str, str], Tally]) -> None:
    import hikari

    print(f"Python {platform.python_version()}, hikari {hikari.__version__}, {ROUNDS} alternating rounds")
    print(f"{'variant':<32}{'client':<14}{'requests/s':>12}{'p50 ms':>10}{'p99 ms':>10}")
    for variant in VARIANTS:
        for name in ("hikari_like", "hikari"):
            tally = tallies[variant, name]
            print(
                f"{variant:<32}{name:<14}{tally.per_second:>12.0f}"
                f"{tally.percentile(50) * 1e3:>10.2f}{tally.percentile(99) * 1e3:>10.2f}"
            )
        ours, theirs = tallies[variant, "hikari_like"], tallies[variant, "hikari"]
        print(
            f"{'':<32}{'ratio':<14}{ours.per_second / theirs.per_second:>11.2f}x"
            f"{ours.percentile(50) / theirs.percentile(50):>9.2f}x"
            f"{ours.percentile(99) / theirs.percentile(99):>9.2f}x"
        )
    print("ratio = hikari_like / hikari: above 1 is faster for requests/s, below 1 is faster for latency")


# -- rate-limited throughput ------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class RateLimited:
    """One rate-limited load: messages spread over channels, plus GETs, against Discord's limits."""

    name: str
    channels: int
    messages: int
    gets: int = 0
    channel_limit: int = 5
    channel_period: float = 5.0 / RATE_LIMITED_SCALE
    global_limit: int = 50
    global_period: float = 1.0 / RATE_LIMITED_SCALE
    target: float
    """The share of `allowed` the run must reach (with no 429) to meet its target."""

    @property
    def requests(self) -> int:
        return self.messages + self.gets

    @property
    def allowed(self) -> float:
        """Requests per second Discord allows this load: the channels' or the global limit."""
        channels = self.channels * self.channel_limit / self.channel_period
        return min(channels, self.global_limit / self.global_period)


RATE_LIMITED: typing.Final = (
    RateLimited(name="20 channels x 5 per 0.5 s", channels=20, messages=1000, target=0.9),
    RateLimited(
        name="global 25 per 0.1 s binding",
        channels=20,
        messages=150,
        gets=75,
        channel_limit=1000,
        channel_period=1.0 / RATE_LIMITED_SCALE,
        global_limit=25,
        target=0.75,
    ),
)


@attrs.frozen(kw_only=True)
class RateLimitedRun:
    """What one rate-limited load did: how long it took, and what the emulator counted."""

    load: RateLimited
    elapsed: float
    rate_limited: int

    @property
    def per_second(self) -> float:
        return self.load.requests / self.elapsed

    @property
    def met(self) -> bool:
        return self.rate_limited == 0 and self.per_second >= self.load.target * self.load.allowed


async def run_rate_limited(load: RateLimited) -> RateLimitedRun:
    """Send `load` through one client to an emulator in this loop; time it from the first request."""
    from hikari_like.impl.rest import RESTClientImpl
    from hikari_like.testing.emulator import EmulatedDiscord

    async with EmulatedDiscord(
        token=TOKEN, global_limit=load.global_limit, global_period=load.global_period
    ) as discord:
        for route in (CREATE, GET_CHANNEL):
            discord.rate_limits.set(route, limit=load.channel_limit, period=load.channel_period)
        channels = [discord.add_channel(name=f"load-{n}")["id"] for n in range(load.channels)]
        client = RESTClientImpl(
            token=TOKEN,
            token_type="Bot",
            rest_url=discord.url,
            global_rate_limit=load.global_limit,
            global_rate_limit_period=load.global_period,
        )
        async with client:
            started = time.perf_counter()
            await asyncio.gather(
                *(client.create_message(channels[n % load.channels], f"m{n}") for n in range(load.messages)),
                *(
                    client.request("GET", f"/channels/{channels[n % load.channels]}")
                    for n in range(load.gets)
                ),
            )
            elapsed = time.perf_counter() - started
    return RateLimitedRun(
        load=load,
        elapsed=elapsed,
        rate_limited=discord.stats.rate_limited,
    )


def report_rate_limited(runs: typing.Sequence[RateLimitedRun]) -> None:
    """Print each load's pace against the rate Discord allows it, and whether it met its target."""
    print(f"rate-limited throughput, hikari_like (Discord's times / {RATE_LIMITED_SCALE}):")
    for run in runs:
        load = run.load
        verdict = "met" if run.met else "MISSED"
        pace = f"{load.requests:>5} requests in {run.elapsed:5.2f} s = {run.per_second:4.0f}/s"
        print(
            f"  {load.name:<30}{pace}, {run.rate_limited} 429s; {run.per_second / load.allowed:.2f}x "
            f"the {load.allowed:.0f}/s allowed (target >= {load.target:g}x without a 429: {verdict})"
        )


def main() -> None:
    """Start the emulator process, measure both clients, print the table; then the rate-limited loads."""
    logging.getLogger("hikari").setLevel(logging.ERROR)
    with _emulator_process() as targets:
        tallies = asyncio.run(_measure(targets))
    _report(tallies)
    report_rate_limited([asyncio.run(run_rate_limited(load)) for load in RATE_LIMITED])


if __name__ == "__main__":
    main()
