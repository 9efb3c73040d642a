"""zstd-stream transport compression end to end: the emulated gateway's encoder, the shard's decompressor."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import typing

import aiohttp
import pytest
import zstandard

from hikari_like.errors import GatewayTransportError
from hikari_like.impl.gateway import GatewayShardImpl
from hikari_like.impl.gateway import GatewayTimings
from hikari_like.impl.gateway.compression import ZstdStreamDecompressor
from hikari_like.impl.gateway.compression import make_decompressor
from hikari_like.intents import Intents
from hikari_like.testing.gateway import EmulatedGateway
from hikari_like.testing.gateway import EventRecorder

TOKEN = "gateway-zstd-token"
FAST = GatewayTimings(reconnect_base=0.01, reconnect_cap=0.05, invalid_session_wait=(0.01, 0.02))
LARGE_TEXT = "".join(f"{n:08x}" for n in range(12_000))  # 96 KB of text that compresses poorly


@pytest.fixture
async def gateway() -> typing.AsyncIterator[EmulatedGateway]:
    # Slow beats: a stall must not make a connection look like a zombie (the counts below are exact).
    async with EmulatedGateway(token=TOKEN, heartbeat_interval=5.0) as gateway:
        yield gateway


def make_shard(gateway: EmulatedGateway, recorder: EventRecorder, **kwargs: typing.Any) -> GatewayShardImpl:
    return GatewayShardImpl(
        token=TOKEN,
        url=gateway.url,
        intents=Intents.GUILDS,
        event_consumer=recorder,
        compression="zstd-stream",
        timings=FAST,
        **kwargs,
    )


def stream_of(*payloads: bytes) -> list[bytes]:
    """What Discord sends: one zstd frame, flushed (never ended) after each payload."""
    compressor = zstandard.ZstdCompressor().compressobj()
    return [compressor.compress(p) + compressor.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK) for p in payloads]


def message_data(recorder: EventRecorder, shard_id: int) -> list[typing.Any]:
    return [e.data for e in recorder.events if e.shard_id == shard_id and e.name == "MESSAGE_CREATE"]


# -- the decompressor on its own -------------------------------------------------------------------


def test_each_flushed_message_decompresses_whole_with_state_kept_between_them() -> None:
    payloads = [b'{"op":11}', json.dumps({"op": 0, "d": {"text": LARGE_TEXT}}).encode(), b'{"op":11}']
    frames = stream_of(*payloads)
    decompressor = ZstdStreamDecompressor()
    assert [decompressor.feed(frame) for frame in frames] == payloads
    # The repeated payload came out as a back-reference: only the shared context can decode it.
    with pytest.raises(GatewayTransportError):
        ZstdStreamDecompressor().feed(frames[2])


def test_corrupt_and_truncated_frames_raise_gateway_transport_error() -> None:
    with pytest.raises(GatewayTransportError, match="could not be decompressed"):
        ZstdStreamDecompressor().feed(b"certainly not zstd")
    (frame,) = stream_of(json.dumps({"text": LARGE_TEXT[:5000]}).encode())
    with pytest.raises(GatewayTransportError, match="whole gateway payload"):
        ZstdStreamDecompressor().feed(frame[: len(frame) // 2])


def test_a_frame_that_ends_is_followed_by_the_next_one() -> None:
    first = zstandard.ZstdCompressor().compressobj()
    ended = first.compress(b'{"op":11}') + first.flush(zstandard.COMPRESSOBJ_FLUSH_FINISH)
    (next_frame,) = stream_of(b'{"op":1}')
    decompressor = ZstdStreamDecompressor()
    assert decompressor.feed(ended) == b'{"op":11}'
    assert decompressor.feed(next_frame) == b'{"op":1}'


def test_every_connection_gets_its_own_decompressor() -> None:
    assert make_decompressor("zstd-stream") is not make_decompressor("zstd-stream")


def test_a_missing_zstandard_module_is_a_clear_value_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "zstandard", None)  # makes `import zstandard` fail
    with pytest.raises(ValueError, match=r"needs the 'zstandard' package.*hikari_like\[zstd\]"):
        make_decompressor("zstd-stream")


async def test_a_shard_without_zstandard_is_refused_when_it_is_made(
    gateway: EmulatedGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "zstandard", None)
    with pytest.raises(ValueError, match="zstandard"):
        make_shard(gateway, EventRecorder())
    assert gateway.connections == 0


# -- the emulated gateway on the wire --------------------------------------------------------------


async def test_emulator_sends_each_payload_as_one_message_in_one_unended_frame(
    gateway: EmulatedGateway,
) -> None:
    gateway.split_frames = 5  # a zlib-stream setting: zstd-stream never splits a message
    decompressor = zstandard.ZstdDecompressor().decompressobj()
    url = gateway.url + "?v=10&encoding=json&compress=zstd-stream"
    async with aiohttp.ClientSession() as http, http.ws_connect(url) as ws:
        hello = await ws.receive()
        assert hello.type is aiohttp.WSMsgType.BINARY
        assert json.loads(decompressor.decompress(hello.data))["op"] == 10
        identify = {"token": TOKEN, "intents": 1, "properties": {}}
        await ws.send_str(json.dumps({"op": 2, "d": identify}))
        ready = json.loads(decompressor.decompress((await ws.receive()).data))
        assert (ready["t"], ready["s"]) == ("READY", 1)
        await gateway.dispatch("MESSAGE_CREATE", {"text": LARGE_TEXT})
        message = json.loads(decompressor.decompress((await ws.receive()).data))
        assert message["d"]["text"] == LARGE_TEXT
        assert not decompressor.eof  # flushed, never ended


# -- a shard against the emulated gateway ----------------------------------------------------------


async def test_shard_identifies_and_receives_many_dispatches_and_a_large_one(
    gateway: EmulatedGateway,
) -> None:
    recorder = EventRecorder()
    shard = make_shard(gateway, recorder)
    try:
        await asyncio.wait_for(shard.start(), 5)
        assert [c.compress for c in gateway.open_connections()] == ["zstd-stream"]
        for index in range(150):
            text = LARGE_TEXT if index == 75 else f"message {index} " * (index % 7 + 1)
            await gateway.dispatch("MESSAGE_CREATE", {"i": index, "text": text})
        await gateway.wait_until(lambda: recorder.count("MESSAGE_CREATE") == 150)
    finally:
        await shard.close()
    assert gateway.connections == 1
    assert recorder.sequences() == list(range(1, 152))
    data = message_data(recorder, 0)
    assert [d["i"] for d in data] == list(range(150))
    assert len(json.dumps(data[75])) > 64 * 1024
    assert data[75]["text"] == LARGE_TEXT


async def test_shard_resumes_after_forced_disconnects_with_a_fresh_decompressor(
    gateway: EmulatedGateway,
) -> None:
    recorder = EventRecorder()
    shard = make_shard(gateway, recorder)
    sent = 0
    try:
        await asyncio.wait_for(shard.start(), 5)
        for round_number in range(6):
            for _ in range(5):
                await gateway.dispatch("MESSAGE_CREATE", {"i": sent, "text": f"text {sent} " * 20})
                sent += 1
            if round_number % 2:
                gateway.drop_connections()  # no close frame, as a network failure
            else:
                await gateway.close_connections(4000, "unknown error")
            # Sent while the shard is away: replayed on RESUME, through the new connection's stream.
            await gateway.dispatch("MESSAGE_CREATE", {"i": sent, "text": LARGE_TEXT})
            sent += 1
            resumes = round_number + 1
            await gateway.wait_until(lambda: gateway.resumes == resumes)  # noqa: B023 (awaited here)
        await gateway.wait_until(lambda: recorder.count("MESSAGE_CREATE") == sent)
    finally:
        await shard.close()
    assert (gateway.identifies, gateway.resumes, gateway.connections) == (1, 6, 7)
    assert [d["i"] for d in message_data(recorder, 0)] == list(range(sent))
    assert recorder.sequences() == list(range(1, sent + 8))  # READY, the messages, six RESUMED


async def test_two_shards_at_once_never_share_compression_state(gateway: EmulatedGateway) -> None:
    recorder = EventRecorder()
    shards = [make_shard(gateway, recorder, shard_id=i, shard_count=2) for i in range(2)]
    try:
        await asyncio.wait_for(asyncio.gather(*(shard.start() for shard in shards)), 5)
        for index in range(40):
            for shard_id in (0, 1):
                text = (
                    LARGE_TEXT if index % 10 == 0 else f"shard {shard_id} says {index} " * (index + shard_id)
                )
                await gateway.dispatch("MESSAGE_CREATE", {"i": index, "text": text}, shard_id=shard_id)
        await gateway.wait_until(lambda: recorder.count("MESSAGE_CREATE") == 80)
    finally:
        for shard in shards:
            await shard.close()
    assert gateway.connections == 2
    for shard_id in (0, 1):
        data = message_data(recorder, shard_id)
        assert [d["i"] for d in data] == list(range(40))
        assert data[1]["text"].startswith(f"shard {shard_id} says 1 ")
        assert recorder.sequences(shard_id=shard_id) == list(range(1, 42))


async def test_a_corrupt_frame_drops_the_connection_and_the_shard_resumes(
    gateway: EmulatedGateway, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = EventRecorder()
    shard = make_shard(gateway, recorder)
    try:
        await asyncio.wait_for(shard.start(), 5)
        await gateway.dispatch("MESSAGE_CREATE", {"i": 0})
        with caplog.at_level(logging.WARNING, logger="hikari_like.gateway"):
            await gateway.open_connections()[0].ws.send_bytes(b"\x28\xb5\x2f\xfd garbage")
            await gateway.wait_until(lambda: gateway.resumes == 1)
        await gateway.dispatch("MESSAGE_CREATE", {"i": 1})
        await gateway.wait_until(lambda: recorder.count("MESSAGE_CREATE") == 2)
    finally:
        await shard.close()
    assert gateway.identifies == 1
    assert "zstd-stream frame could not be decompressed" in caplog.text
