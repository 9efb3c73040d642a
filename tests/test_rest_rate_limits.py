"""The REST client against small purpose-built Discord stand-ins on loopback.

Each test starts an aiohttp server whose handler sends exact rate-limit headers, 429 bodies,
5xx runs or resets, and checks what the client did: how many requests reached the server, in
what order, when, and which typed error came out. Windows are short so the file stays fast, but
at least half a second where a verdict rests on them (a response read more than half a period
late is taken for one from another window), and a bound on a wait only tells "at once" from the
many seconds the wrong behaviour takes: no test here asserts a speed.
"""

from __future__ import annotations

import asyncio
import logging
import time
import typing

import aiohttp
import attrs
import pytest
from aiohttp import web

from hikari_like import errors
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.impl.rest import rate_limit_store
from hikari_like.impl.rest import rate_limits
from hikari_like.impl.rest import routes
from tests import late_response
from tests.helpers import FakeClock
from tests.helpers import rate_limit_log

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.secret-bot-token"
AT_ONCE = 3.0
"""Seconds within which "at once" must happen; the wrong behaviour waits 5-60 s."""
FAST = rate_limits.ExponentialBackOff(initial=0.01, factor=2.0, maximum=0.05, jitter=0.0)
Handler = typing.Callable[[web.Request], typing.Awaitable[web.StreamResponse]]


@attrs.define
class Seen:
    method: str
    path: str
    at: float
    query: dict[str, str]
    headers: dict[str, str]


@attrs.define
class FakeDiscord:
    """A loopback server; set `handler` per test. Records every request it receives."""

    handler: Handler | None = None
    seen: list[Seen] = attrs.field(factory=list)
    url: str = ""

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        self.seen.append(
            Seen(request.method, request.path, time.monotonic(), dict(request.query), dict(request.headers))
        )
        if self.handler is None:
            return web.json_response({})
        return await self.handler(request)

    def count(self, path_part: str = "") -> int:
        return sum(path_part in seen.path for seen in self.seen)


@attrs.define
class Window:
    """Server-side fixed-window bucket, as Discord runs them: `limit` per `period` per key."""

    limit: int
    period: float
    name: str = "abcd1234"
    windows: dict[str, tuple[float, int]] = attrs.field(factory=dict)
    rejected: int = 0

    def hit(self, key: str) -> web.Response:
        now = time.monotonic()
        ends, used = self.windows.get(key, (0.0, 0))
        if now >= ends:
            ends, used = now + self.period, 0
        used += 1
        self.windows[key] = (ends, used)
        headers = {
            "X-RateLimit-Bucket": self.name,
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(max(0, self.limit - used)),
            "X-RateLimit-Reset-After": f"{ends - now:.3f}",
        }
        if used > self.limit:
            self.rejected += 1
            body = {"message": "You are being rate limited.", "retry_after": ends - now, "global": False}
            return web.json_response(body, status=429, headers=headers)
        return web.json_response({"ok": True}, headers=headers)


@pytest.fixture
async def discord() -> typing.AsyncIterator[FakeDiscord]:
    fake = FakeDiscord()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", fake.dispatch)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    fake.url = f"http://127.0.0.1:{port}/api/v10"
    yield fake
    await runner.cleanup()


def client_for(discord: FakeDiscord, **options: typing.Any) -> RESTClientImpl:
    options.setdefault("backoff", FAST)
    return RESTClientImpl(token=TOKEN, token_type="Bot", rest_url=discord.url, **options)


def channel_key(request: web.Request) -> str:
    return request.path.split("/")[4]


# -- buckets -------------------------------------------------------------------------------------


async def test_unknown_bucket_sends_one_request_then_releases_at_the_real_limit(discord: FakeDiscord) -> None:
    window = Window(limit=4, period=0.5)
    in_flight = 0
    most_in_flight_before_first_reply = 0

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal in_flight, most_in_flight_before_first_reply
        in_flight += 1
        if len(discord.seen) == 1:
            await asyncio.sleep(0.05)  # the first reply is slow: nobody else may start meanwhile
            most_in_flight_before_first_reply = in_flight
        in_flight -= 1
        return window.hit(channel_key(request))

    discord.handler = handler
    async with client_for(discord) as client:
        started = time.monotonic()
        route = routes.POST_CHANNEL_MESSAGES.compile(channel=1)
        await asyncio.gather(*(client.request(route, json={"n": n}) for n in range(12)))
        elapsed = time.monotonic() - started

    assert most_in_flight_before_first_reply == 1
    assert window.rejected == 0
    assert discord.count() == 12
    # 12 requests at 4 per window need two full windows after the first (a physical bound), and
    # not many more: waiting out a window for each request would take 5 s.
    assert 2 * window.period <= elapsed < 2 * window.period + AT_ONCE


async def test_major_parameters_have_separate_buckets(discord: FakeDiscord) -> None:
    window = Window(limit=3, period=5.0)
    discord.handler = lambda request: asyncio.sleep(0, window.hit(channel_key(request)))
    async with client_for(discord) as client:
        started = time.monotonic()
        await asyncio.gather(
            *(
                client.request(routes.POST_CHANNEL_MESSAGES.compile(channel=channel), json={})
                for channel in (1, 2, 3)
                for _ in range(3)
            )
        )
        assert time.monotonic() - started < AT_ONCE  # a shared bucket would wait 5 s
    assert window.rejected == 0


async def test_requests_leave_a_bucket_in_arrival_order(discord: FakeDiscord) -> None:
    window = Window(limit=4, period=0.5)
    discord.handler = lambda request: asyncio.sleep(0, window.hit(channel_key(request)))
    async with client_for(discord) as client:
        route = routes.POST_CHANNEL_MESSAGES.compile(channel=7)
        tasks = []
        for n in range(8):
            tasks.append(asyncio.create_task(client.request(route, json={}, query={"n": str(n)})))
            await asyncio.sleep(0)  # fix the arrival order
        await asyncio.gather(*tasks)
    assert [int(seen.query["n"]) for seen in discord.seen] == list(range(8))
    assert window.rejected == 0


async def test_a_request_cancelled_while_queued_frees_its_place(discord: FakeDiscord) -> None:
    release = asyncio.Event()

    async def handler(request: web.Request) -> web.StreamResponse:
        if request.query.get("n") == "0":
            await release.wait()
        return web.json_response({})  # no bucket headers: the route is unlimited afterwards

    discord.handler = handler
    async with client_for(discord) as client:
        route = routes.GET_CHANNEL.compile(channel=5)
        first = asyncio.create_task(client.request(route, query={"n": "0"}))
        await asyncio.sleep(0.05)
        queued = asyncio.create_task(client.request(route, query={"n": "1"}))
        last = asyncio.create_task(client.request(route, query={"n": "2"}))
        await asyncio.sleep(0.02)
        queued.cancel()
        release.set()
        await first
        await last
        with pytest.raises(asyncio.CancelledError):
            await queued
    assert [seen.query["n"] for seen in discord.seen] == ["0", "2"]


async def test_a_request_cancelled_in_flight_lets_the_next_one_go(discord: FakeDiscord) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        if request.query.get("n") == "0":
            await asyncio.sleep(5)
        return web.json_response({})

    discord.handler = handler
    async with client_for(discord) as client:
        route = routes.GET_CHANNEL.compile(channel=5)
        stuck = asyncio.create_task(client.request(route, query={"n": "0"}))
        await asyncio.sleep(0.05)
        waiting = asyncio.create_task(client.request(route, query={"n": "1"}))
        await asyncio.sleep(0.02)
        stuck.cancel()
        assert await asyncio.wait_for(waiting, AT_ONCE) == {}  # not after the stuck one's 5 s


async def test_close_fails_queued_requests_clearly(discord: FakeDiscord) -> None:
    on_the_wire = asyncio.Event()

    async def handler(request: web.Request) -> web.StreamResponse:
        on_the_wire.set()
        await asyncio.sleep(5)
        return web.json_response({})

    discord.handler = handler
    client = client_for(discord)
    client.start()
    route = routes.GET_CHANNEL.compile(channel=5)
    tasks = [asyncio.create_task(client.request(route)) for _ in range(3)]
    await asyncio.wait_for(on_the_wire.wait(), AT_ONCE)  # the first is; the others queue behind it
    started = time.monotonic()
    await client.close(grace=0.2)  # the first request is on the wire: it gets 0.2 s to finish
    results = await asyncio.gather(*tasks, return_exceptions=True)
    assert time.monotonic() - started < AT_ONCE  # not the handler's 5 s
    assert all(isinstance(result, errors.ComponentStateConflictError) for result in results)
    assert "may have received it" in str(results[0])
    assert "closed before GET /channels/{channel} was sent" in str(results[-1])
    with pytest.raises(errors.ComponentStateConflictError):
        await client.request(route)


# -- the global limit ----------------------------------------------------------------------------


async def test_global_limiter_never_lets_more_than_the_limit_through_in_any_period() -> None:
    limiter = rate_limits.GlobalRateLimiter(limit=5, period=0.1)
    spans: list[tuple[float, float]] = []

    async def one() -> None:
        await limiter.acquire("GET /x")
        sent = time.monotonic()
        await asyncio.sleep(0.01)  # on the wire: Discord counts it at some moment in here
        spans.append((sent, time.monotonic()))
        limiter.release()

    await asyncio.gather(*(one() for _ in range(20)))
    spans.sort()
    for index in range(len(spans) - 5):
        # The request five places later starts a full period after this one was answered.
        assert spans[index + 5][0] - spans[index][1] >= 0.1 - 1e-3
    assert spans[-1][0] - spans[0][0] < AT_ONCE  # every permit came back (a lost one never would)


async def test_the_global_limiter_waits_for_answers_when_every_permit_is_out() -> None:
    limiter = rate_limits.GlobalRateLimiter(limit=2, period=0.05)
    await limiter.acquire("GET /x")
    await limiter.acquire("GET /x")
    third = asyncio.create_task(limiter.acquire("GET /x"))
    await asyncio.sleep(0.15)  # longer than a period: still no permit, both requests are in flight
    assert not third.done()
    limiter.release()
    started = time.monotonic()
    await asyncio.wait_for(third, 1.0)
    assert time.monotonic() - started >= 0.05 - 1e-3


async def test_every_request_respects_the_global_limit(discord: FakeDiscord) -> None:
    async with client_for(discord, global_rate_limit=5) as client:
        await asyncio.gather(*(client.request("GET", f"/channels/{n}") for n in range(10)))
    arrivals = sorted(seen.at for seen in discord.seen)
    # The sixth permit came back a second after the first request was answered (physical bounds).
    assert arrivals[5] - arrivals[0] >= 1.0


async def test_interaction_callbacks_are_exempt_from_the_global_limit(discord: FakeDiscord) -> None:
    async with client_for(discord, global_rate_limit=1, global_rate_limit_period=30.0) as client:
        await client.request("GET", "/channels/1")  # the only permit of the next 30 s
        callbacks = (
            client.request(routes.POST_INTERACTION_RESPONSE.compile(interaction=n, token=f"t{n}"), json={})
            for n in range(10)
        )
        await asyncio.wait_for(asyncio.gather(*callbacks), AT_ONCE)
    assert discord.count("/callback") == 10


# -- 429 handling ---------------------------------------------------------------------------------


def rate_limited(retry_after: float, *, is_global: bool = False, scope: str = "user") -> web.Response:
    headers = {"X-RateLimit-Scope": scope}
    if is_global:
        headers["X-RateLimit-Global"] = "true"
    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": is_global}
    return web.json_response(body, status=429, headers=headers)


async def test_route_429_waits_retry_after_then_succeeds(discord: FakeDiscord) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return rate_limited(0.2) if len(discord.seen) == 1 else web.json_response({"id": "1"})

    discord.handler = handler
    async with client_for(discord) as client:
        assert await client.request("GET", "/users/1") == {"id": "1"}
    assert discord.seen[1].at - discord.seen[0].at >= 0.19


async def test_global_429_holds_every_route(discord: FakeDiscord, caplog: pytest.LogCaptureFixture) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        if len(discord.seen) == 1:
            return rate_limited(0.3, is_global=True, scope="global")
        return web.json_response({})

    def throttled() -> bool:
        return any("global rate limit" in record.getMessage() for record in caplog.records)

    discord.handler = handler
    async with client_for(discord) as client:
        first = asyncio.create_task(client.request("GET", "/users/1"))
        for _ in range(1000):  # until the client has read the 429
            if throttled():
                break
            await asyncio.sleep(0.005)
        await client.request("GET", "/channels/2")  # another route, held by the global limit
        await first
    assert throttled()
    limited, *later = discord.seen
    # Arrival times at the server: nothing came before the 429's 0.3 s had passed.
    assert len(later) == 2  # the retry, and the other route
    assert all(seen.at - limited.at >= 0.3 - 1e-6 for seen in later)


async def test_shared_scope_429_is_retried_quietly(
    discord: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return rate_limited(0.05, scope="shared") if len(discord.seen) == 1 else web.json_response({})

    discord.handler = handler
    caplog.set_level(logging.DEBUG)
    async with client_for(discord) as client:
        assert await client.request("GET", "/channels/3") == {}
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert any("shared" in record.getMessage() for record in caplog.records)


async def test_cloudflare_429_raises_rate_limited_error(discord: FakeDiscord) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(status=429, text="<html>banned</html>", content_type="text/html")

    discord.handler = handler
    async with client_for(discord) as client:
        with pytest.raises(errors.RateLimitedError, match="Cloudflare"):
            await client.request("GET", "/users/1")
    assert discord.count() == 1


async def test_429_retries_are_capped(discord: FakeDiscord) -> None:
    discord.handler = lambda request: asyncio.sleep(0, rate_limited(0.01))
    async with client_for(discord, max_rate_limit_retries=2) as client:
        with pytest.raises(errors.RateLimitedError):
            await client.request("GET", "/users/1")
    assert discord.count() == 3


@pytest.mark.parametrize("is_global", [False, True])
async def test_a_long_429_raises_rate_limit_too_long_at_once(discord: FakeDiscord, is_global: bool) -> None:
    discord.handler = lambda request: asyncio.sleep(0, rate_limited(60.0, is_global=is_global))
    async with client_for(discord, max_rate_limit=1.0) as client:
        started = time.monotonic()
        with pytest.raises(errors.RateLimitTooLongError) as caught:
            await client.request("GET", "/users/1")
        assert time.monotonic() - started < AT_ONCE
    assert caught.value.is_global is is_global
    assert caught.value.retry_after == pytest.approx(60.0)


async def test_a_long_known_bucket_wait_raises_before_sending(discord: FakeDiscord) -> None:
    window = Window(limit=1, period=30.0)
    discord.handler = lambda request: asyncio.sleep(0, window.hit(channel_key(request)))
    async with client_for(discord, max_rate_limit=1.0) as client:
        route = routes.POST_CHANNEL_MESSAGES.compile(channel=1)
        await client.request(route, json={})
        started = time.monotonic()
        with pytest.raises(errors.RateLimitTooLongError):
            await client.request(route, json={})
        assert time.monotonic() - started < AT_ONCE
    assert discord.count() == 1


async def test_a_global_block_longer_than_the_maximum_raises_at_once() -> None:
    limiter = rate_limits.GlobalRateLimiter(limit=50, max_rate_limit=1.0)
    limiter.throttle(30.0)
    with pytest.raises(errors.RateLimitTooLongError) as caught:
        await asyncio.wait_for(limiter.acquire("GET /users/{user}"), AT_ONCE)
    assert caught.value.is_global
    assert (caught.value.limit, caught.value.period) == (50, 1.0)  # the global window, as hikari says


# -- 5xx, resets, typed errors --------------------------------------------------------------------


async def test_5xx_run_is_survived_within_max_retries(discord: FakeDiscord) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        if len(discord.seen) <= 3:
            return web.json_response({"message": "oops"}, status=(500, 502, 503)[len(discord.seen) - 1])
        return web.json_response({"ok": True})

    discord.handler = handler
    async with client_for(discord, max_retries=3) as client:
        assert await client.request("GET", "/users/1") == {"ok": True}
    assert discord.count() == 4


async def test_5xx_beyond_max_retries_is_an_internal_server_error(discord: FakeDiscord) -> None:
    discord.handler = lambda request: asyncio.sleep(0, web.json_response({"message": "down"}, status=503))
    async with client_for(discord, max_retries=2) as client:
        with pytest.raises(errors.InternalServerError) as caught:
            await client.request("GET", "/users/1")
    assert caught.value.status == 503
    assert discord.count() == 3


async def test_connection_resets_are_retried_then_typed(discord: FakeDiscord) -> None:
    resets_left = 2

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal resets_left
        if resets_left:
            resets_left -= 1
            assert request.transport is not None
            request.transport.close()  # reset: no response at all
            await asyncio.sleep(0.01)
        return web.json_response({"ok": True})

    discord.handler = handler
    # A nonce Discord enforces makes a message creation safe to send again (see `retries.py`).
    once = {"content": "once", "nonce": "1", "enforce_nonce": True}
    async with client_for(discord, max_retries=3) as client:
        assert await client.request("POST", "/channels/1/messages", json=once) == {"ok": True}
    resets_left = 1000
    async with client_for(discord, max_retries=1) as strict:
        with pytest.raises(errors.HTTPError) as caught:
            await strict.request("POST", "/channels/1/messages", json=once)
    assert type(caught.value) is errors.HTTPError
    assert "retries" in str(caught.value)


async def test_unreachable_server_is_an_http_error(discord: FakeDiscord) -> None:
    async with RESTClientImpl(
        token=TOKEN, token_type="Bot", rest_url="http://127.0.0.1:9/api", max_retries=1, backoff=FAST
    ) as client:
        with pytest.raises(errors.HTTPError):
            await client.request("GET", "/users/1")


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (401, errors.UnauthorizedError),
        (403, errors.ForbiddenError),
        (404, errors.NotFoundError),
        (405, errors.ClientHTTPResponseError),
    ],
)
async def test_4xx_gives_the_typed_error_with_discords_code(
    discord: FakeDiscord, status: int, error_type: type[errors.HTTPResponseError]
) -> None:
    body = {"message": "Unknown Channel", "code": 10003}
    discord.handler = lambda request: asyncio.sleep(0, web.json_response(body, status=status))
    async with client_for(discord) as client:
        with pytest.raises(error_type) as caught:
            await client.request("GET", "/channels/42")
    assert caught.value.status == status
    assert caught.value.code == 10003
    assert caught.value.message == "Unknown Channel"
    assert caught.value.route == "GET /channels/{channel}"
    assert discord.count() == 1


async def test_400_carries_discords_field_errors(discord: FakeDiscord) -> None:
    body = {
        "message": "Invalid Form Body",
        "code": 50035,
        "errors": {"content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Too long"}]}},
    }
    discord.handler = lambda request: asyncio.sleep(0, web.json_response(body, status=400))
    async with client_for(discord) as client:
        with pytest.raises(errors.BadRequestError) as caught:
            await client.request(
                routes.POST_CHANNEL_MESSAGES.compile(channel=1), json={"content": "x" * 3000}
            )
    assert caught.value.code == 50035
    assert caught.value.errors["content"]["_errors"][0]["code"] == "BASE_TYPE_MAX_LENGTH"
    assert "50035" in str(caught.value)


# -- tokens stay secret ---------------------------------------------------------------------------


async def test_tokens_never_reach_logs_reprs_or_errors(
    discord: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    interaction_token = "aW50ZXJhY3Rpb246c2VjcmV0"

    async def handler(request: web.Request) -> web.StreamResponse:
        if len(discord.seen) == 1:
            return rate_limited(0.01)
        if len(discord.seen) == 2:
            return web.json_response({"message": "down"}, status=502)
        return web.json_response({"message": "Unknown Webhook", "code": 10015}, status=404)

    discord.handler = handler
    caplog.set_level(logging.DEBUG)
    async with client_for(discord) as client:
        assert TOKEN not in repr(client)
        with pytest.raises(errors.NotFoundError) as caught:
            await client.delete_webhook_message(1, interaction_token, 2)
    assert discord.seen[0].path.endswith(f"/webhooks/1/{interaction_token}/messages/2")
    texts = [str(caught.value), repr(caught.value), caught.value.route or ""]
    texts += [record.getMessage() for record in caplog.records]
    for text in texts:
        assert TOKEN not in text
        assert interaction_token not in text
    assert "{token}" in str(caught.value)
    assert discord.seen[0].headers.get("Authorization") is None  # webhook tokens authenticate


async def test_bot_token_is_sent_in_the_authorization_header(discord: FakeDiscord) -> None:
    user = {"id": "80351110224678912", "username": "Nelly", "discriminator": "0", "global_name": None}
    discord.handler = lambda request: asyncio.sleep(0, web.json_response(user))
    async with client_for(discord) as client:
        me = await client.fetch_my_user()
    assert me.id == 80351110224678912
    assert discord.seen[0].headers["Authorization"] == f"Bot {TOKEN}"
    assert discord.seen[0].headers["User-Agent"].startswith("DiscordBot ")


async def test_aiohttp_exceptions_never_escape(discord: FakeDiscord) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(status=200, headers={"Content-Length": "100"})
        await response.prepare(request)
        await response.write(b"{")
        assert request.transport is not None
        request.transport.close()
        return response

    discord.handler = handler
    async with client_for(discord, max_retries=0) as client:
        with pytest.raises(errors.HTTPError) as caught:
            await client.request("GET", "/users/1")
    assert not isinstance(caught.value.__cause__, aiohttp.ClientError)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """The in-memory buckets' clock, moved only by the scenario: no stall can change a window."""
    fake = FakeClock()
    fake.install(monkeypatch)
    return fake


@pytest.mark.parametrize(("scenario", "messages"), late_response.ZERO_429_SCENARIOS)
async def test_answers_read_late_or_after_a_window_closed_never_cost_a_429(
    clock: FakeClock, scenario: late_response.Scenario, messages: int
) -> None:
    discord = await scenario(rate_limit_store.InMemoryRateLimitStore(), TOKEN, clock=clock)

    assert discord.stats.rate_limited == 0, rate_limit_log(discord)
    assert len(discord.messages[discord.channel_id]) == messages


async def test_a_window_discord_opened_early_counts_the_requests_still_in_flight(clock: FakeClock) -> None:
    store = rate_limit_store.InMemoryRateLimitStore()
    assert await late_response.next_request_waits_after_an_early_window(store, clock=clock)
