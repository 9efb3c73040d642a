"""Issue #3's "done when", proved against the emulated Discord on loopback.

Times are Discord's divided by `SCALE` (a channel's 5 messages per 5 s become 5 per 0.5 s, the
global 50 per second becomes 50 per 0.1 s), so the proportions of the issue hold and the file
stays fast. The emulator counts what really arrived: 429s it sent, and the busiest windows. No
test here asserts a speed (`python -m benchmarks rest` measures the pace against the allowed
rate); a bound on a wait only tells "at once" from the many seconds the wrong behaviour takes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import typing

import pytest

from hikari_like import errors
from hikari_like.impl.rest import RESTApp
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.impl.rest import rate_limits
from hikari_like.impl.rest import token_strategies
from hikari_like.testing.emulator import EmulatedDiscord
from tests.helpers import rate_limit_log

SCALE: typing.Final = 10
CHANNEL_LIMIT: typing.Final = 5
CHANNEL_PERIOD: typing.Final = 5.0 / SCALE
GLOBAL_LIMIT: typing.Final = 50
GLOBAL_PERIOD: typing.Final = 1.0 / SCALE
CREATE: typing.Final = "POST /channels/{channel}/messages"
FAST: typing.Final = rate_limits.ExponentialBackOff(initial=0.01, factor=2.0, maximum=0.05, jitter=0.0)
BOT_TOKEN: typing.Final = "MTAwMDAwMDAwMDAwMDAwMDAw.acceptance.bot-token-secret"
AT_ONCE: typing.Final = 2.0
"""Seconds within which "at once" must happen; the wrong behaviour waits 5-30 s."""


@contextlib.asynccontextmanager
async def emulated(**options: typing.Any) -> typing.AsyncIterator[EmulatedDiscord]:
    options.setdefault("global_period", GLOBAL_PERIOD)
    async with EmulatedDiscord(token=BOT_TOKEN, **options) as discord:
        yield discord


def client_for(discord: EmulatedDiscord, **options: typing.Any) -> RESTClientImpl:
    options.setdefault("backoff", FAST)
    options.setdefault("global_rate_limit", GLOBAL_LIMIT)
    options.setdefault("global_rate_limit_period", GLOBAL_PERIOD)
    options.setdefault("token", discord.token)
    options.setdefault("token_type", "Bot")
    return RESTClientImpl(rest_url=discord.url, **options)


async def until(condition: typing.Callable[[], bool], what: str) -> None:
    """Return once `condition()` holds (polled; at most 5 s)."""
    deadline = time.monotonic() + 5.0
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited 5 s for {what}")
        await asyncio.sleep(0.005)


async def arrival(discord: EmulatedDiscord, route: str) -> None:
    """Return once the emulator has received a request for `route`."""
    await until(lambda: bool(discord.requests_to(route)), f"a request for {route}")


def logged(caplog: pytest.LogCaptureFixture, text: str) -> typing.Callable[[], bool]:
    """Whether the REST client has logged a WARNING containing `text`."""
    return lambda: any(r.levelno == logging.WARNING and text in r.getMessage() for r in caplog.records)


async def client_with_a_used_up_bucket(discord: EmulatedDiscord) -> RESTClientImpl:
    """A started client that sent its one message of the next 30 s: a second `create_message` queues."""
    discord.rate_limits.set(CREATE, limit=1, period=30.0)
    client = client_for(discord, max_rate_limit=60.0)
    client.start()
    await client.create_message(discord.channel_id, "first")
    return client


def busiest_global_second(discord: EmulatedDiscord) -> int:
    return max(discord.stats.max_in_sliding_global_window.values(), default=0)


# -- throughput without 429s -------------------------------------------------------------------------


@pytest.mark.slow
async def test_1000_messages_over_20_channels_without_a_429() -> None:
    async with emulated() as discord:
        discord.rate_limits.set(CREATE, limit=CHANNEL_LIMIT, period=CHANNEL_PERIOD)
        channels = [discord.add_channel(name=f"load-{n}")["id"] for n in range(20)]
        async with client_for(discord) as client:
            await asyncio.gather(
                *(client.create_message(channels[n % 20], f"message {n}") for n in range(1000))
            )

    # How close to the allowed 200/s this runs is `python -m benchmarks rest`'s question (90 %).
    assert discord.stats.rate_limited == 0, rate_limit_log(discord)
    assert len(discord.requests_to(CREATE)) == 1000  # not one retry
    assert sum(len(discord.messages[channel]) for channel in channels) == 1000
    assert discord.stats.max_requests_in_window() <= CHANNEL_LIMIT
    assert busiest_global_second(discord) <= GLOBAL_LIMIT


async def test_the_global_limit_holds_in_every_sliding_window_when_it_is_what_binds() -> None:
    global_limit = 25
    async with emulated(global_limit=global_limit) as discord:
        discord.rate_limits.set(CREATE, limit=1000, period=GLOBAL_PERIOD)
        discord.rate_limits.set("GET /channels/{channel}", limit=1000, period=GLOBAL_PERIOD)
        channels = [discord.add_channel(name=f"global-{n}")["id"] for n in range(20)]
        async with client_for(discord, global_rate_limit=global_limit) as client:
            await asyncio.gather(
                *(client.create_message(channels[n % 20], "hi") for n in range(150)),
                *(client.request("GET", f"/channels/{channels[n % 20]}") for n in range(75)),
            )

    # The pace (limit / (period + latency), measured by `python -m benchmarks rest`) is no test's.
    assert discord.stats.rate_limited == 0, rate_limit_log(discord)
    assert len(discord.requests) == 225
    assert busiest_global_second(discord) <= global_limit
    assert max(discord.stats.max_in_global_window.values()) <= global_limit


# -- waits too long to make --------------------------------------------------------------------------


async def test_a_known_bucket_wait_over_max_rate_limit_raises_before_sending() -> None:
    async with emulated() as discord, client_for(discord, max_rate_limit=1.0) as client:
        discord.rate_limits.set(CREATE, limit=1, period=30.0)
        await client.create_message(discord.channel_id, "first")
        started = time.monotonic()
        with pytest.raises(errors.RateLimitTooLongError) as caught:
            await client.create_message(discord.channel_id, "second")
        assert time.monotonic() - started < AT_ONCE
    assert not caught.value.is_global
    assert caught.value.route == CREATE
    # hikari's view of the limit: the bucket's window, when it lifts, and nothing left in it.
    assert (caught.value.limit, caught.value.remaining) == (1, 0)
    assert caught.value.period == pytest.approx(30.0, abs=0.5)
    assert caught.value.reset_at == pytest.approx(time.time() + caught.value.retry_after, abs=5)
    assert len(discord.requests_to(CREATE)) == 1
    assert discord.stats.rate_limited == 0


async def test_a_route_429_over_max_rate_limit_raises_at_once() -> None:
    async with emulated() as discord:
        discord.rate_limits.set(CREATE, limit=1, period=30.0)
        async with client_for(discord) as other_process:  # shares the token, not our bucket state
            await other_process.create_message(discord.channel_id, "first")
        async with client_for(discord, max_rate_limit=1.0) as client:
            started = time.monotonic()
            with pytest.raises(errors.RateLimitTooLongError) as caught:
                await client.create_message(discord.channel_id, "second")
            assert time.monotonic() - started < AT_ONCE
    assert not caught.value.is_global
    assert caught.value.retry_after == pytest.approx(30.0, abs=0.5)
    assert discord.stats.route_429s == 1


async def test_a_global_429_over_max_rate_limit_raises_at_once_on_every_route() -> None:
    async with emulated(global_limit=2, global_period=30.0) as discord:
        async with client_for(discord) as other_process:
            await other_process.fetch_my_user()
            await other_process.fetch_my_user()
        async with client_for(discord, max_rate_limit=1.0) as client:
            started = time.monotonic()
            with pytest.raises(errors.RateLimitTooLongError) as caught:
                await client.create_message(discord.channel_id, "over the global limit")
            with pytest.raises(errors.RateLimitTooLongError) as held:
                await client.request("GET", f"/channels/{discord.channel_id}")  # not even sent
            assert time.monotonic() - started < AT_ONCE
    assert caught.value.is_global
    assert held.value.is_global
    assert discord.stats.global_429s == 1
    assert len(discord.requests) == 3


# -- 5xx and resets ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "status"), [("server_error", 502), ("connection_reset", 500)])
async def test_a_burst_of_failures_within_max_retries_is_survived(kind: str, status: int) -> None:
    async with emulated() as discord, client_for(discord, max_retries=3) as client:
        discord.faults.add(route=CREATE, kind=kind, status=status, times=3)
        message = await client.create_message(discord.channel_id, "still arrives")
    assert message.content == "still arrives"
    assert len(discord.requests_to(CREATE)) == 4
    assert [m["content"] for m in discord.messages[discord.channel_id]] == ["still arrives"]


async def test_5xx_beyond_max_retries_is_an_internal_server_error() -> None:
    async with emulated() as discord, client_for(discord, max_retries=2) as client:
        discord.faults.add(route=CREATE, kind="server_error", status=503, times=3)
        with pytest.raises(errors.InternalServerError) as caught:
            await client.create_message(discord.channel_id, "lost")
    assert caught.value.status == 503
    assert caught.value.route == CREATE
    assert len(discord.requests_to(CREATE)) == 3


async def test_resets_beyond_max_retries_are_an_http_error() -> None:
    async with emulated() as discord, client_for(discord, max_retries=2) as client:
        discord.faults.add(route=CREATE, kind="connection_reset", times=3)
        with pytest.raises(errors.HTTPError) as caught:
            await client.create_message(discord.channel_id, "lost")
    assert type(caught.value) is errors.HTTPError
    assert "after 2 retries" in str(caught.value)
    assert len(discord.requests_to(CREATE)) == 3


async def test_failures_in_the_middle_of_a_rate_limited_burst_cost_no_429() -> None:
    async with emulated() as discord:
        discord.rate_limits.set(CREATE, limit=CHANNEL_LIMIT, period=CHANNEL_PERIOD)
        channels = [discord.add_channel(name=f"faulty-{n}")["id"] for n in range(4)]
        async with client_for(discord, max_retries=3) as client:
            first = asyncio.gather(*(client.create_message(channel, "warm") for channel in channels))
            await first
            discord.faults.add(route=CREATE, kind="server_error", status=500, times=4)
            discord.faults.add(route=CREATE, kind="connection_reset", times=3)
            await asyncio.gather(*(client.create_message(channels[n % 4], f"m{n}") for n in range(40)))
    assert discord.stats.rate_limited == 0, rate_limit_log(discord)
    assert sum(len(discord.messages[channel]) for channel in channels) == 44


# -- error responses ---------------------------------------------------------------------------------


Call = typing.Callable[[RESTClientImpl, EmulatedDiscord], typing.Awaitable[object]]


@pytest.mark.parametrize(
    ("call", "error_type", "status", "code", "route"),
    [
        (lambda client, _: client.create_message(424242, "x"), errors.NotFoundError, 404, 10003, CREATE),
        (
            lambda client, discord: client.create_message(discord.channel_id, "x" * 2001),
            errors.BadRequestError,
            400,
            50035,
            CREATE,
        ),
        (
            lambda client, _: client.request("GET", "/applications/1/commands"),
            errors.ForbiddenError,
            403,
            50001,
            "GET /applications/{application}/commands",
        ),
        (
            lambda client, _: client.delete_webhook_message(1, "no-such-token", 2),
            errors.NotFoundError,
            404,
            10015,
            "DELETE /webhooks/{webhook}/{token}/messages/{message}",
        ),
    ],
    ids=["unknown-channel", "invalid-form-body", "missing-access", "unknown-webhook"],
)
async def test_4xx_give_the_typed_error_with_discords_code(
    call: Call, error_type: type[errors.HTTPResponseError], status: int, code: int, route: str
) -> None:
    async with emulated() as discord, client_for(discord) as client:
        with pytest.raises(error_type) as caught:
            await call(client, discord)
    assert (caught.value.status, caught.value.code, caught.value.route) == (status, code, route)
    assert str(code) in str(caught.value)
    assert len(discord.requests) == 1  # a 4xx is final: never retried
    if isinstance(caught.value, errors.BadRequestError):
        assert "content" in caught.value.errors


async def test_a_wrong_token_is_an_unauthorized_error() -> None:
    async with emulated() as discord, client_for(discord, token="wrong-token") as client:
        with pytest.raises(errors.UnauthorizedError) as caught:
            await client.fetch_my_user()
    assert caught.value.status == 401
    assert len(discord.requests) == 1  # a static token cannot be renewed, so it is not retried


async def _raised(call: typing.Awaitable[object]) -> BaseException:
    try:
        await call
    except errors.HikariLikeError as error:
        return error
    raise AssertionError("no error was raised")


async def test_a_cloudflare_429_raises_rate_limited_error_without_retrying() -> None:
    async with emulated() as discord, client_for(discord) as client:
        discord.faults.add(route=CREATE, kind="cloudflare_429", retry_after=5.0)
        with pytest.raises(errors.RateLimitedError, match="Cloudflare") as caught:
            await client.create_message(discord.channel_id, "banned")
    assert caught.value.retry_after == 5.0
    assert len(discord.requests_to(CREATE)) == 1
    assert not discord.messages.get(discord.channel_id)


async def test_a_shared_scope_429_is_waited_out_quietly(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    async with emulated() as discord, client_for(discord) as client:
        discord.faults.add(route=CREATE, kind="shared_429", retry_after=0.1)
        started = time.monotonic()
        await client.create_message(discord.channel_id, "after the shared limit")
        assert time.monotonic() - started >= 0.1
    assert len(discord.requests_to(CREATE)) == 2
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert any("scope shared" in record.getMessage() for record in caplog.records)


async def test_a_global_429_holds_every_route_then_lets_them_go(caplog: pytest.LogCaptureFixture) -> None:
    async with emulated() as discord, client_for(discord) as client:
        discord.faults.add(route=CREATE, kind="global_429", retry_after=0.2)
        first = asyncio.create_task(client.create_message(discord.channel_id, "first"))
        await until(logged(caplog, "global rate limit"), "the client to be throttled")
        await client.fetch_my_user()
        await first
    limited, retried = discord.requests_to(CREATE)
    # Arrival times at the emulator: the 429 came after the first arrived, and held everything.
    assert discord.requests_to("GET /users/@me")[0].time - limited.time >= 0.2 - 1e-6
    assert retried.time - limited.time >= 0.2 - 1e-6


# -- secrets -----------------------------------------------------------------------------------------


async def test_no_token_in_any_log_line_repr_or_error(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    async with emulated() as discord:
        interaction = discord.issue_interaction()
        discord.rate_limits.set(CREATE, limit=2, period=0.1)
        discord.faults.add(route=CREATE, kind="server_error", status=502, times=2)
        discord.faults.add(route=CREATE, kind="connection_reset", times=1)
        discord.faults.add(route=CREATE, kind="shared_429", retry_after=0.01)
        async with client_for(discord) as client:
            texts.append(repr(client))
            await asyncio.gather(*(client.create_message(discord.channel_id, f"m{n}") for n in range(6)))
            for call in (
                client.delete_webhook_message(discord.application_id, interaction.token, 1),
                client.request("PATCH", f"/webhooks/1/{interaction.token}/messages/@original", json={}),
                client.request("GET", "/channels/999"),
            ):
                texts += _error_texts(await _raised(call))
        strategy = token_strategies.ClientCredentialsStrategy(
            discord.application_id, discord.credentials.client_secret, scopes=["identify"]
        )
        async with client_for(discord, token=strategy, token_type=None) as bearer_client:
            await bearer_client.fetch_my_user()
            discord.revoke_bearer_tokens()  # the next call gets a 401, renews the token and retries
            await bearer_client.fetch_my_user()
            texts += [repr(strategy), repr(bearer_client)]
        bearer_tokens = list(discord.credentials.bearer_tokens)
    texts += [record.getMessage() for record in caplog.records]
    texts += [str(record.exc_info) for record in caplog.records if record.exc_info]
    secrets = [BOT_TOKEN, interaction.token, discord.credentials.client_secret, *bearer_tokens]
    assert len(bearer_tokens) == 1
    assert any(record.levelno == logging.WARNING for record in caplog.records)  # retries were logged
    for text in texts:
        for secret in secrets:
            assert secret not in text


def _error_texts(error: BaseException) -> list[str]:
    texts = [str(error), repr(error), str(error.args)]
    if isinstance(error, errors.HTTPError):
        texts.append(str(error.route))
    if error.__cause__ is not None or error.__context__ is not None:
        texts += _error_texts(typing.cast("BaseException", error.__cause__ or error.__context__))
    return texts


# -- closing -----------------------------------------------------------------------------------------


async def test_close_fails_every_queued_request_at_once() -> None:
    async with emulated() as discord:
        client = await client_with_a_used_up_bucket(discord)
        queued = [asyncio.create_task(client.create_message(discord.channel_id, f"q{n}")) for n in range(5)]
        behind_global = client_for(discord, global_rate_limit=1, global_rate_limit_period=30.0)
        behind_global.start()
        await behind_global.fetch_my_user()
        held = asyncio.create_task(behind_global.fetch_my_user())
        await asyncio.sleep(0.05)
        started = time.monotonic()
        await client.close()
        await behind_global.close()
        results = await asyncio.gather(*queued, held, return_exceptions=True)
        assert time.monotonic() - started < AT_ONCE
        with pytest.raises(errors.ComponentStateConflictError, match="not running"):
            await client.create_message(discord.channel_id, "after close")
    for result in results:
        assert isinstance(result, errors.ComponentStateConflictError)
        assert "was sent" in str(result)
    assert len(discord.requests_to(CREATE)) == 1


async def test_close_lets_a_request_on_the_wire_finish_within_the_grace() -> None:
    async with emulated() as discord:
        discord.faults.add(route=CREATE, kind="slow", delay=0.2)
        client = client_for(discord)
        client.start()
        on_the_wire = asyncio.create_task(client.create_message(discord.channel_id, "made it"))
        await arrival(discord, CREATE)
        started = time.monotonic()
        await client.close(grace=30.0)
        assert time.monotonic() - started < 10.0  # the answer ended it, not the grace
        message = await on_the_wire
    assert message.content == "made it"


async def test_close_cancels_what_is_still_on_the_wire_after_the_grace() -> None:
    async with emulated() as discord:
        discord.faults.add(route=CREATE, kind="slow", delay=2.0)  # the emulator's close waits for it
        client = client_for(discord)
        client.start()
        stuck = asyncio.create_task(client.create_message(discord.channel_id, "too slow"))
        await arrival(discord, CREATE)
        started = time.monotonic()
        await client.close(grace=0.1)
        assert time.monotonic() - started < 1.5  # the grace ended it, not the answer
        with pytest.raises(errors.ComponentStateConflictError, match="may have received it"):
            await stuck


async def test_close_fails_a_request_waiting_to_retry_without_another_attempt(
    caplog: pytest.LogCaptureFixture,
) -> None:
    patient = rate_limits.ExponentialBackOff(initial=10.0, jitter=0.0)
    async with emulated() as discord:
        discord.faults.add(route=CREATE, kind="server_error", status=503)
        client = client_for(discord, backoff=patient)
        client.start()
        retrying = asyncio.create_task(client.create_message(discord.channel_id, "retry me"))
        await until(logged(caplog, "retry 1 of"), "the client to wait for its retry")
        started = time.monotonic()
        await client.close()
        with pytest.raises(errors.ComponentStateConflictError):
            await retrying
        assert time.monotonic() - started < AT_ONCE
    assert len(discord.requests_to(CREATE)) == 1


async def test_close_does_not_wait_for_what_the_caller_does_after_its_request() -> None:
    async with emulated() as discord:
        client = await client_with_a_used_up_bucket(discord)

        async def caller() -> str:
            try:
                await client.create_message(discord.channel_id, "queued")
            except errors.ComponentStateConflictError:
                await asyncio.sleep(5)  # carries on with other work: close() must not wait for it
            return "done"

        task = asyncio.create_task(caller())
        await asyncio.sleep(0.05)
        started = time.monotonic()
        await client.close()
        assert time.monotonic() - started < AT_ONCE
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


async def test_closing_a_rest_app_fails_the_queued_requests_of_its_clients() -> None:
    async with emulated() as discord:
        discord.rate_limits.set(CREATE, limit=1, period=30.0)
        app = RESTApp(url=discord.url, max_rate_limit=60.0, backoff=FAST)
        await app.start()
        async with app.acquire(discord.token, "Bot") as client:
            await client.create_message(discord.channel_id, "first")
            queued = [asyncio.create_task(client.create_message(discord.channel_id, "q")) for _ in range(3)]
            await asyncio.sleep(0.05)
            started = time.monotonic()
            await app.close()
            results = await asyncio.gather(*queued, return_exceptions=True)
            assert time.monotonic() - started < AT_ONCE
    assert all(isinstance(result, errors.ComponentStateConflictError) for result in results)
    assert len(discord.requests_to(CREATE)) == 1
