"""Rate limits and compression state: sends per connection, IDENTIFY buckets, one inflater per shard."""

from __future__ import annotations

import asyncio
import time

import pytest

from hikari_like import presences
from hikari_like.impl.gateway import GatewayShardImpl
from hikari_like.impl.gateway import IdentifyLimiter
from hikari_like.impl.gateway.backoff import Backoff
from hikari_like.intents import Intents
from hikari_like.testing.gateway import EmulatedGateway
from hikari_like.testing.gateway import EventRecorder
from tests.helpers import first_beat_after

TOKEN = "gateway-test-token"


async def test_two_shards_with_split_frames_never_share_an_inflater() -> None:
    async with EmulatedGateway(token=TOKEN, heartbeat_interval=5.0) as gateway:
        gateway.split_frames = 7
        recorder = EventRecorder()
        shards = [
            GatewayShardImpl(
                token=TOKEN,
                url=gateway.url,
                intents=Intents.GUILDS,
                event_consumer=recorder,
                shard_id=i,
                shard_count=2,
            )
            for i in range(2)
        ]
        await asyncio.gather(*(shard.start() for shard in shards))
        try:
            for index in range(30):
                await gateway.dispatch("MESSAGE_CREATE", {"i": index, "text": f"payload {index} " * 40})
            await gateway.wait_until(lambda: recorder.count("MESSAGE_CREATE") == 60)
        finally:
            await asyncio.gather(*(shard.close() for shard in shards))
    for shard_id in (0, 1):
        assert recorder.sequences(shard_id=shard_id) == list(range(1, 32))
        texts = [
            e.data["i"] for e in recorder.events if e.shard_id == shard_id and e.name == "MESSAGE_CREATE"
        ]
        assert texts == list(range(30))


async def test_the_send_limit_holds_while_heartbeats_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    first_beat_after(monkeypatch, 1.0)  # no scheduled beat in this test: the gateway asks for each
    async with EmulatedGateway(token=TOKEN, heartbeat_interval=30.0) as gateway:
        shard = GatewayShardImpl(
            token=TOKEN, url=gateway.url, intents=Intents.GUILDS, event_consumer=EventRecorder()
        )
        await shard.start()

        async def flood() -> None:
            for _ in range(130):
                await shard.update_presence(status=presences.Status.IDLE)

        flooding = asyncio.create_task(flood())
        try:
            # 120 commands per minute, 3 of them kept for heartbeats: IDENTIFY and 116 updates.
            await gateway.wait_until(lambda: gateway.ops_sent().count(3) == 116)
            for _ in range(3):
                await gateway.request_heartbeat()  # op 1: a heartbeat goes at once, never queued
            await gateway.wait_until(lambda: gateway.heartbeats == 3)
            assert not flooding.done()  # the 117th update waits for the window
            assert gateway.ops_sent().count(3) == 116
            assert shard.is_connected
            assert gateway.connections == 1  # the gateway's own limit (close 4008) was never hit
        finally:
            flooding.cancel()
            await asyncio.gather(flooding, return_exceptions=True)
            await shard.close()
    assert gateway.ops_sent() == [2, *[3] * 116, 1, 1, 1]


async def test_identify_concurrency_buckets_for_four_shards() -> None:
    window = 1.0
    limiter = IdentifyLimiter(2, 100, 86_400.0, window=window)
    async with EmulatedGateway(token=TOKEN, heartbeat_interval=5.0) as gateway:
        shards = [
            GatewayShardImpl(
                token=TOKEN,
                url=gateway.url,
                intents=Intents.GUILDS,
                event_consumer=EventRecorder(),
                shard_id=i,
                shard_count=4,
                identify_limiter=limiter,
            )
            for i in range(4)
        ]
        await asyncio.gather(*(shard.start() for shard in shards))
        await asyncio.gather(*(shard.close() for shard in shards))
    times = {c.shard_id: c.time for c in gateway.commands if c.op == 2 and c.shard_id is not None}
    assert sorted(times) == [0, 1, 2, 3]
    for bucket in (0, 1):
        # One per bucket per window. The limiter spaces sends; these are arrivals at the gateway,
        # which the first send's busier trip (four shards connecting) can bring closer.
        assert abs(times[bucket + 2] - times[bucket]) >= window - 0.1
    first, second = sorted(times.values())[:2]
    assert second - first < window / 2  # two buckets identify side by side, not a window apart
    assert limiter.remaining == 96


async def test_the_session_start_limit_waits_for_its_reset() -> None:
    limiter = IdentifyLimiter(1, 1, 0.3, window=0.0)
    started = time.monotonic()
    async with limiter.acquire(0):
        pass
    assert limiter.remaining == 0
    async with limiter.acquire(0):
        pass
    assert time.monotonic() - started >= 0.28


def test_backoff_grows_is_capped_and_jittered() -> None:
    backoff = Backoff(base=1.0, cap=8.0)
    delays = [backoff.next_delay() for _ in range(8)]
    assert delays[0] == 0.0
    assert 0.5 <= delays[1] <= 1.0
    assert 1.0 <= delays[2] <= 2.0
    assert all(4.0 <= delay <= 8.0 for delay in delays[4:])
    backoff.reset()
    assert backoff.next_delay() == 0.0
