"""Every opcode and close code gives the documented reaction; no dispatch is lost across reconnects.

Heartbeats are slow here (5 s, so a stalled machine cannot make a connection look like a zombie
and add a resume the counts below do not expect), except in the zombie test, which counts beats.
"""

from __future__ import annotations

import logging
import typing

import pytest

from hikari_like.impl.gateway import GatewayServerClosedConnectionError
from hikari_like.impl.gateway import GatewayShardImpl
from hikari_like.impl.gateway import GatewayTimings
from hikari_like.impl.gateway import IdentifyLimiter
from hikari_like.intents import Intents
from hikari_like.testing.gateway import EmulatedGateway
from hikari_like.testing.gateway import EventRecorder

TOKEN = "gateway-test-token"
FAST = GatewayTimings(reconnect_base=0.01, reconnect_cap=0.05, invalid_session_wait=(0.01, 0.02))


def quick_identify() -> IdentifyLimiter:
    # Discord's 5 s between IDENTIFYs of one bucket, shortened: these tests identify again on purpose.
    return IdentifyLimiter(1, 1000, 86_400.0, window=0.01)


@pytest.fixture
async def gateway() -> typing.AsyncIterator[EmulatedGateway]:
    async with EmulatedGateway(token=TOKEN, heartbeat_interval=5.0) as gateway:
        yield gateway


@pytest.fixture
async def recorder() -> EventRecorder:
    return EventRecorder()


def make_shard(gateway: EmulatedGateway, recorder: EventRecorder, **kwargs: typing.Any) -> GatewayShardImpl:
    kwargs.setdefault("timings", FAST)
    return GatewayShardImpl(
        token=TOKEN,
        url=gateway.url,
        intents=Intents.GUILDS,
        event_consumer=recorder,
        identify_limiter=quick_identify(),
        **kwargs,
    )


@pytest.fixture
async def shard(gateway: EmulatedGateway, recorder: EventRecorder) -> typing.AsyncIterator[GatewayShardImpl]:
    shard = make_shard(gateway, recorder)
    await shard.start()
    yield shard
    await shard.close()


def resumed(gateway: EmulatedGateway, shard: GatewayShardImpl, *, times: int) -> typing.Callable[[], bool]:
    return lambda: gateway.resumes == times and shard.is_connected


def contiguous(recorder: EventRecorder) -> bool:
    sequences = recorder.sequences()
    return sequences == list(range(1, len(sequences) + 1))


async def test_opcode_7_closes_resumably_and_resumes(
    gateway: EmulatedGateway, shard: GatewayShardImpl, recorder: EventRecorder
) -> None:
    await gateway.reconnect()
    await gateway.wait_until(lambda: gateway.resumes == 1 and shard.is_connected)
    assert gateway.identifies == 1
    assert gateway.close_codes == [3000]
    assert recorder.names() == ["CONNECTED", "READY", "DISCONNECTED", "CONNECTED", "RESUMED"]


async def test_resumable_opcode_9_resumes(gateway: EmulatedGateway, shard: GatewayShardImpl) -> None:
    await gateway.invalidate_session(resumable=True)
    await gateway.wait_until(lambda: gateway.resumes == 1 and shard.is_connected)
    assert gateway.identifies == 1


async def test_opcode_9_not_resumable_waits_then_identifies(
    gateway: EmulatedGateway, shard: GatewayShardImpl, recorder: EventRecorder
) -> None:
    first_session = shard.session_id
    await gateway.invalidate_session(resumable=False)
    await gateway.wait_until(lambda: gateway.identifies == 2 and shard.is_connected)
    assert gateway.resumes == 0
    assert shard.session_id != first_session
    assert recorder.names().count("READY") == 2
    assert shard.sequence == 1  # a new session counts from 1 again


async def test_the_invalid_session_wait_is_the_configured_one(
    gateway: EmulatedGateway, recorder: EventRecorder, caplog: pytest.LogCaptureFixture
) -> None:
    shard = make_shard(gateway, recorder, timings=GatewayTimings(invalid_session_wait=(0.3, 0.35)))
    await shard.start()
    try:
        await gateway.invalidate_session(resumable=False)
        await gateway.wait_until(lambda: gateway.identifies == 2)
    finally:
        await shard.close()
    (waiting,) = [r for r in caplog.records if r.levelno == logging.WARNING and "identifying again" in r.msg]
    drawn = typing.cast("tuple[object, ...]", waiting.args)[-1]
    assert isinstance(drawn, float)
    assert 0.3 <= drawn <= 0.35  # from the configured range, not Discord's 1-5 s
    first, second = [c for c in gateway.commands if c.op == 2]
    assert second.time - first.time >= drawn  # and waited (it began after the first IDENTIFY)


@pytest.mark.parametrize(
    ("code", "cause"),
    [
        (4004, "token"),
        (4010, "shard"),
        (4011, "sharding required"),
        (4012, "version"),
        (4013, "invalid intents"),
        (4014, "disallowed intents"),
    ],
)
async def test_fatal_close_codes_stop_the_shard_naming_the_cause(
    gateway: EmulatedGateway, shard: GatewayShardImpl, code: int, cause: str
) -> None:
    await gateway.close_connections(code)
    with pytest.raises(GatewayServerClosedConnectionError, match=cause) as info:
        await shard.join()
    assert info.value.code == code
    assert info.value.can_reconnect is False
    assert not shard.is_alive
    assert gateway.connections == 1


async def test_a_bad_token_fails_start(gateway: EmulatedGateway) -> None:
    shard = GatewayShardImpl(
        token="wrong", url=gateway.url, intents=Intents.GUILDS, event_consumer=EventRecorder()
    )
    with pytest.raises(GatewayServerClosedConnectionError, match="token") as info:
        await shard.start()
    assert info.value.code == 4004
    assert "wrong" not in str(info.value)


async def test_disallowed_intents_fail_start() -> None:
    async with EmulatedGateway(token=TOKEN, allowed_intents=int(Intents.ALL_UNPRIVILEGED)) as gateway:
        shard = GatewayShardImpl(
            token=TOKEN, url=gateway.url, intents=Intents.ALL, event_consumer=EventRecorder()
        )
        with pytest.raises(GatewayServerClosedConnectionError, match="privileged intent"):
            await shard.start()


@pytest.mark.parametrize("code", [4007, 4009])
async def test_session_ending_close_codes_identify_afresh(
    gateway: EmulatedGateway, shard: GatewayShardImpl, code: int
) -> None:
    await gateway.close_connections(code)
    await gateway.wait_until(lambda: gateway.identifies == 2 and shard.is_connected)
    assert gateway.resumes == 0


@pytest.mark.parametrize("code", [1000, 1001, 1011, 4000, 4001, 4002, 4003, 4005, 4008, 4999])
async def test_other_close_codes_resume(gateway: EmulatedGateway, shard: GatewayShardImpl, code: int) -> None:
    await gateway.close_connections(code)
    await gateway.wait_until(lambda: gateway.resumes == 1 and shard.is_connected)
    assert gateway.identifies == 1


async def test_a_dropped_connection_resumes(gateway: EmulatedGateway, shard: GatewayShardImpl) -> None:
    gateway.drop_connections()
    await gateway.wait_until(lambda: gateway.resumes == 1 and shard.is_connected)
    assert gateway.identifies == 1


async def test_a_zombie_is_detected_after_one_unanswered_beat_and_resumes(
    gateway: EmulatedGateway, recorder: EventRecorder
) -> None:
    gateway.heartbeat_interval = 0.2
    shard = make_shard(gateway, recorder)
    await shard.start()
    try:
        await gateway.wait_until(lambda: gateway.heartbeats >= 1)
        gateway.ack_heartbeats = False  # no await since the last beat counted: it was ACKed
        commands, closes = len(gateway.commands), len(gateway.close_codes)
        await gateway.wait_until(lambda: len(gateway.close_codes) > closes)
        beats = [c for c in gateway.commands[commands:] if c.op == 1 and c.connection == 1]
        # The loop checks for an ACK before each beat, so a zombie costs at most one beat that
        # goes unanswered: detected at most two intervals after the last ACK.
        assert len(beats) <= 1
        assert gateway.close_codes[closes] == 3000
        gateway.ack_heartbeats = True
        await gateway.wait_until(lambda: gateway.resumes >= 1 and shard.is_connected)
    finally:
        await shard.close()
    assert gateway.identifies == 1


async def test_fifty_forced_disconnects_lose_nothing(
    gateway: EmulatedGateway, shard: GatewayShardImpl, recorder: EventRecorder
) -> None:
    async def force(round_: int) -> None:
        kind = round_ % 4
        if kind == 0:
            await gateway.reconnect()
        elif kind == 1:
            gateway.drop_connections()
        elif kind == 2:
            await gateway.close_connections(4000)
        else:
            await gateway.invalidate_session(resumable=True)

    for round_ in range(50):
        await gateway.dispatch("MESSAGE_CREATE", {"round": round_})
        await force(round_)
        # Sent while the shard is away: kept by the session and replayed on RESUME.
        await gateway.dispatch("MESSAGE_CREATE", {"round": round_, "late": True})
        await gateway.wait_until(resumed(gateway, shard, times=round_ + 1))
    await gateway.dispatch("MESSAGE_CREATE", {"round": "final"})
    await gateway.wait_until(lambda: recorder.count("MESSAGE_CREATE") == 101)
    assert gateway.identifies == 1
    assert contiguous(recorder)
    assert recorder.sequences()[-1] == next(iter(gateway.sessions.values())).sequence
