"""A shard's normal life against the emulated gateway: identify, ready, heartbeats, commands, close.

The gateway beats slowly (5 s) unless a test is about heartbeats: then it fixes the first beat's
jitter and counts beats rather than timing them.
"""

from __future__ import annotations

import asyncio
import datetime
import math
import typing

import pytest

from hikari_like import errors
from hikari_like import presences
from hikari_like.impl.gateway import GatewayShardImpl
from hikari_like.impl.gateway import GatewayTimings
from hikari_like.intents import Intents
from hikari_like.testing.gateway import EmulatedGateway
from hikari_like.testing.gateway import EventRecorder
from tests.helpers import first_beat_after

TOKEN = "gateway-test-token"
FAST = GatewayTimings(reconnect_base=0.01, reconnect_cap=0.05, invalid_session_wait=(0.01, 0.02))


@pytest.fixture
async def gateway() -> typing.AsyncIterator[EmulatedGateway]:
    async with EmulatedGateway(token=TOKEN, heartbeat_interval=5.0, guild_ids=["1", "2"]) as gateway:
        yield gateway


def make_shard(gateway: EmulatedGateway, recorder: EventRecorder, **kwargs: typing.Any) -> GatewayShardImpl:
    kwargs.setdefault("intents", Intents.ALL_UNPRIVILEGED)
    return GatewayShardImpl(token=TOKEN, url=gateway.url, event_consumer=recorder, timings=FAST, **kwargs)


@pytest.mark.parametrize("compression", ["zlib-stream", None])
async def test_start_identifies_and_returns_once_ready(
    gateway: EmulatedGateway, compression: str | None
) -> None:
    recorder = EventRecorder()
    shard = make_shard(
        gateway, recorder, shard_id=1, shard_count=3, large_threshold=100, compression=compression
    )
    with pytest.raises(errors.ComponentStateConflictError, match="not received READY"):
        shard.get_user_id()
    await shard.start()
    assert shard.get_user_id() == int(gateway.user["id"])  # read from READY, as hikari's
    try:
        assert shard.is_alive
        assert shard.is_connected
        assert recorder.names() == ["CONNECTED", "READY"]
        assert shard.session_id == next(iter(gateway.sessions))
        assert shard.sequence == 1
        identify = next(c.d for c in gateway.commands if c.op == 2)
        assert identify["token"] == TOKEN
        assert identify["intents"] == int(Intents.ALL_UNPRIVILEGED)
        assert identify["shard"] == [1, 3]
        assert identify["large_threshold"] == 100
        assert identify["compress"] is False
        assert set(identify["properties"]) == {"os", "browser", "device"}
        assert "presence" not in identify  # no initial presence given: leave it alone
        assert [g["id"] for g in recorder.events[1].data["guilds"]] == ["1", "2"]
    finally:
        await shard.close()
    assert recorder.names()[-1] == "DISCONNECTED"
    assert gateway.close_codes == [1000]
    assert gateway.sessions == {}  # our 1000 ended the session on the gateway's side
    assert not shard.is_alive


async def test_close_is_idempotent_and_join_returns(gateway: EmulatedGateway) -> None:
    shard = make_shard(gateway, EventRecorder())
    await shard.start()
    joiner = asyncio.create_task(shard.join())
    await shard.close()
    await shard.close()
    await asyncio.wait_for(joiner, 1)
    with pytest.raises(errors.ComponentStateConflictError):
        await shard.start()


async def test_initial_presence_is_sent_with_identify(gateway: EmulatedGateway) -> None:
    since = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    shard = make_shard(
        gateway,
        EventRecorder(),
        initial_activity=presences.Activity(name="tests", type=presences.ActivityType.WATCHING),
        initial_status=presences.Status.OFFLINE,
        initial_idle_since=since,
        initial_is_afk=True,
    )
    await shard.start()
    await shard.close()
    presence = next(c.d for c in gateway.commands if c.op == 2)["presence"]
    assert presence == {
        "since": int(since.timestamp() * 1000),
        "afk": True,
        "activities": [{"name": "tests", "type": 3, "url": None, "state": None}],
        "status": "invisible",
    }


async def test_heartbeats_are_acked_and_latency_measured(
    gateway: EmulatedGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_beat_after(monkeypatch, 0.0)
    gateway.heartbeat_interval = 0.5
    shard = make_shard(gateway, EventRecorder())
    assert math.isnan(shard.heartbeat_latency)
    await shard.start()
    try:
        await gateway.wait_until(lambda: gateway.heartbeats >= 2)
        # One beat's round trip, not the time between beats (which would be the 0.5 s interval).
        assert 0 <= shard.heartbeat_latency < 0.25
        beat = next(c.d for c in reversed(gateway.commands) if c.op == 1)
        assert beat == shard.sequence
        assert gateway.connections == 1
    finally:
        await shard.close()


async def test_opcode_1_beats_at_once(gateway: EmulatedGateway, monkeypatch: pytest.MonkeyPatch) -> None:
    first_beat_after(monkeypatch, 1.0)  # the loop's first beat is 5 s away
    shard = make_shard(gateway, EventRecorder())
    await shard.start()
    try:
        await gateway.request_heartbeat()
        await gateway.wait_until(lambda: gateway.heartbeats == 1, within=2)
        assert shard.is_connected
        assert gateway.connections == 1
    finally:
        await shard.close()


async def test_the_beat_loop_keeps_its_schedule_after_opcode_1(monkeypatch: pytest.MonkeyPatch) -> None:
    first_beat_after(monkeypatch, 1.0)
    async with EmulatedGateway(token=TOKEN, heartbeat_interval=0.1) as gateway:
        shard = make_shard(gateway, EventRecorder())
        await shard.start()
        try:
            await gateway.request_heartbeat()
            await gateway.wait_until(lambda: gateway.heartbeats >= 3)
            assert shard.is_connected
        finally:
            await shard.close()


async def test_update_presence_and_request_guild_members(gateway: EmulatedGateway) -> None:
    shard = make_shard(gateway, EventRecorder(), intents=Intents.GUILDS | Intents.GUILD_MEMBERS)
    await shard.start()
    try:
        await shard.update_presence(status=presences.Status.DO_NOT_DISTURB)
        await shard.update_presence(
            activity=presences.Activity(name="hi", type=presences.ActivityType.CUSTOM)
        )
        await shard.request_guild_members(123, query="ab", limit=5, nonce="n1")
        await shard.request_guild_members(123, users=[1, "2"])
        await gateway.wait_until(lambda: gateway.ops_sent().count(8) == 2)
    finally:
        await shard.close()
    sent = [c.d for c in gateway.commands if c.op in (3, 8)]
    assert sent[0]["status"] == "dnd"
    assert sent[0]["activities"] == []
    # Partial update: the status set before is kept; a custom status's text goes to `state`.
    assert sent[1]["status"] == "dnd"
    assert sent[1]["activities"] == [{"name": "Custom Status", "type": 4, "url": None, "state": "hi"}]
    assert sent[2] == {"guild_id": "123", "query": "ab", "limit": 5, "nonce": "n1"}
    assert sent[3] == {"guild_id": "123", "user_ids": ["1", "2"]}


async def test_request_guild_members_checks_the_rules(gateway: EmulatedGateway) -> None:
    shard = make_shard(gateway, EventRecorder(), intents=Intents.GUILDS)
    with pytest.raises(errors.ComponentStateConflictError):
        await shard.request_guild_members(1, query="a")
    await shard.start()
    try:
        with pytest.raises(ValueError, match="GUILD_MEMBERS"):
            await shard.request_guild_members(1)
        with pytest.raises(ValueError, match="GUILD_PRESENCES"):
            await shard.request_guild_members(1, query="a", include_presences=True)
        with pytest.raises(ValueError, match="not both"):
            await shard.request_guild_members(1, query="a", users=[2])
    finally:
        await shard.close()


async def test_dispatches_reach_the_consumer_in_order_and_a_raising_consumer_is_survived(
    gateway: EmulatedGateway,
) -> None:
    seen: list[tuple[str, typing.Any]] = []

    def consumer(shard: GatewayShardImpl, name: str, data: typing.Any) -> None:
        seen.append((name, shard.sequence))
        if name == "BOOM":
            raise RuntimeError("consumer bug")

    shard = GatewayShardImpl(token=TOKEN, url=gateway.url, intents=Intents.GUILDS, event_consumer=consumer)
    await shard.start()
    try:
        for index in range(20):
            await gateway.dispatch("BOOM" if index == 5 else "MESSAGE_CREATE", {"i": index})
        await gateway.wait_until(lambda: len(seen) == 22)
        assert [s for _, s in seen[1:]] == list(range(1, 22))
        assert shard.is_connected
    finally:
        await shard.close()


async def test_slow_listeners_do_not_stall_heartbeats(
    gateway: EmulatedGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_beat_after(monkeypatch, 0.0)
    gateway.heartbeat_interval = 0.1
    listeners: set[asyncio.Task[None]] = set()

    def consumer(shard: GatewayShardImpl, name: str, data: typing.Any) -> None:
        # The consumer contract: schedule the (slow) listener, never wait for it here.
        task = asyncio.get_running_loop().create_task(asyncio.sleep(5))
        listeners.add(task)

    shard = GatewayShardImpl(token=TOKEN, url=gateway.url, intents=Intents.GUILDS, event_consumer=consumer)
    await shard.start()
    try:
        for index in range(50):
            await gateway.dispatch("MESSAGE_CREATE", {"i": index})
        before = gateway.heartbeats
        await gateway.wait_until(lambda: gateway.heartbeats >= before + 2)
    finally:
        await shard.close()
        for task in listeners:
            task.cancel()
        await asyncio.gather(*listeners, return_exceptions=True)
