"""A gateway payload may not exceed `max_payload_size`, as received nor once inflated (#16).

The decompressors refuse a compression bomb while inflating it, holding about the cap in memory
(measured with tracemalloc, not RSS); a shard that receives one over a real loopback websocket
logs one WARNING, resumes, and goes on delivering dispatches.
"""

from __future__ import annotations

import asyncio
import logging
import tracemalloc
import typing
import zlib

import pytest
import zstandard

from hikari_like.impl.bots.gateway_bot import GatewayBot
from hikari_like.impl.gateway import GatewayShardImpl
from hikari_like.impl.gateway import GatewayTimings
from hikari_like.impl.gateway.compression import DEFAULT_MAX_PAYLOAD_SIZE
from hikari_like.impl.gateway.compression import PayloadTooLargeError
from hikari_like.impl.gateway.compression import ZlibStreamDecompressor
from hikari_like.impl.gateway.compression import ZstdStreamDecompressor
from hikari_like.intents import Intents
from hikari_like.testing.gateway import EmulatedGateway
from hikari_like.testing.gateway import EventRecorder
from hikari_like.testing.gateway import padded_heartbeat_ack

TOKEN = "hardening-gateway-limits-token"
FAST = GatewayTimings(reconnect_base=0.01, reconnect_cap=0.05, invalid_session_wait=(0.01, 0.02))
WITHIN = 20.0  # generous: a shared machine inflates and compresses tens of MiB here
MiB = 1024 * 1024


def zlib_stream(*payloads: typing.Iterable[bytes]) -> list[bytes]:
    """What Discord sends under zlib-stream: one deflate stream, sync-flushed after each payload."""
    deflater = zlib.compressobj()
    return [
        b"".join(deflater.compress(piece) for piece in pieces) + deflater.flush(zlib.Z_SYNC_FLUSH)
        for pieces in payloads
    ]


def zstd_stream(*payloads: typing.Iterable[bytes]) -> list[bytes]:
    """What Discord sends under zstd-stream: one zstd frame, flushed (never ended) after each payload."""
    compressor = zstandard.ZstdCompressor().compressobj()
    flush = zstandard.COMPRESSOBJ_FLUSH_BLOCK
    return [
        b"".join(compressor.compress(piece) for piece in pieces) + compressor.flush(flush)
        for pieces in payloads
    ]


ENCODERS = {"zlib-stream": zlib_stream, "zstd-stream": zstd_stream}
DECODERS: dict[str, typing.Callable[[int], ZlibStreamDecompressor | ZstdStreamDecompressor]] = {
    "zlib-stream": lambda cap: ZlibStreamDecompressor(max_size=cap),
    "zstd-stream": lambda cap: ZstdStreamDecompressor(max_size=cap),
}


def peak_while(action: typing.Callable[[], None]) -> int:
    """The most memory Python held (beyond what was live before) while `action` ran."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - before


# -- the decompressors on their own ----------------------------------------------------------------


@pytest.mark.parametrize("compression", ["zlib-stream", "zstd-stream"])
def test_a_bomb_is_refused_while_it_inflates_holding_about_the_cap(compression: str) -> None:
    cap, bomb_size = 2 * MiB, 48 * MiB
    hello, bomb = ENCODERS[compression]([b'{"op":11}'], padded_heartbeat_ack(bomb_size))
    assert len(bomb) < bomb_size // 400  # a real bomb: tiny on the wire

    def receive_both() -> None:
        decompressor = DECODERS[compression](cap)
        assert decompressor.feed(hello) == b'{"op":11}'
        with pytest.raises(PayloadTooLargeError, match=f"larger than max_payload_size \\({cap} bytes\\)"):
            decompressor.feed(bomb)

    # What was inflated before the refusal was never more than about the cap: the bomb never was.
    assert peak_while(receive_both) < 3 * cap


@pytest.mark.parametrize("compression", ["zlib-stream", "zstd-stream"])
def test_a_payload_of_exactly_the_cap_is_inflated_and_one_byte_more_is_not(compression: str) -> None:
    cap = 3 * MiB + 5
    (exact,) = ENCODERS[compression](padded_heartbeat_ack(cap))
    assert len(DECODERS[compression](cap).feed(exact) or b"") == cap
    (over,) = ENCODERS[compression](padded_heartbeat_ack(cap + 1))
    with pytest.raises(PayloadTooLargeError):
        DECODERS[compression](cap).feed(over)


def test_a_zlib_message_split_into_many_frames_is_inflated_whole_under_the_cap() -> None:
    payload = b'{"op":0,"s":1,"t":"X","d":{"text":"' + bytes(range(256)) * 4096 + b'"}}'
    (stream,) = zlib_stream([payload])
    decompressor = ZlibStreamDecompressor(max_size=len(payload))
    frames = [stream[i : i + 1000] for i in range(0, len(stream), 1000)]
    assert [decompressor.feed(frame) for frame in frames][-1] == payload


def test_a_zlib_message_that_never_ends_is_refused_once_its_frames_pass_the_cap() -> None:
    decompressor = ZlibStreamDecompressor(max_size=1000)
    assert decompressor.feed(b"x" * 1000) is None
    with pytest.raises(PayloadTooLargeError):
        decompressor.feed(b"x")


@pytest.mark.parametrize("value", [0, -1, 1.5, "64MiB", True, None])
async def test_a_cap_that_is_not_a_positive_number_of_bytes_is_refused_when_made(value: typing.Any) -> None:
    with pytest.raises(ValueError, match="max_payload_size must be a positive number of bytes"):
        GatewayShardImpl(
            token=TOKEN, url="ws://127.0.0.1:1/", intents=Intents.GUILDS, event_consumer=EventRecorder(),
            max_payload_size=value,
        )  # fmt: skip
    with pytest.raises(ValueError, match="max_payload_size must be a positive number of bytes"):
        GatewayBot(TOKEN, banner=None, logs=None, max_gateway_payload_size=value)


def test_the_default_cap_is_64_mib() -> None:
    assert 64 * MiB == DEFAULT_MAX_PAYLOAD_SIZE


# -- a shard on a real websocket -------------------------------------------------------------------


@pytest.fixture
async def gateway() -> typing.AsyncIterator[EmulatedGateway]:
    async with EmulatedGateway(token=TOKEN, heartbeat_interval=0.2) as gateway:
        yield gateway


def make_shard(gateway: EmulatedGateway, recorder: EventRecorder, **options: typing.Any) -> GatewayShardImpl:
    return GatewayShardImpl(
        token=TOKEN, url=gateway.url, intents=Intents.GUILDS, event_consumer=recorder, timings=FAST, **options
    )


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.startswith("hikari_like") and r.levelno >= logging.WARNING]


async def survives_too_large(
    gateway: EmulatedGateway,
    caplog: pytest.LogCaptureFixture,
    shard: GatewayShardImpl,
    recorder: EventRecorder,
) -> None:
    """Send a good large dispatch, a too-large payload, another good one; check the shard's story."""
    await asyncio.wait_for(shard.start(), WITHIN)
    try:
        big_but_fine = "y" * (600 * 1024)
        await gateway.dispatch("MESSAGE_CREATE", {"text": big_but_fine})
        with caplog.at_level(logging.WARNING):
            await gateway.send_raw(padded_heartbeat_ack(8 * MiB))
            await gateway.wait_until(lambda: gateway.resumes == 1 and shard.is_connected, within=WITHIN)
            await gateway.dispatch("MESSAGE_CREATE", {"text": "after"})
            await gateway.wait_until(lambda: recorder.count("MESSAGE_CREATE") == 2, within=WITHIN)
        texts = [e.data["text"] for e in recorder.events if e.name == "MESSAGE_CREATE"]
        assert texts == [big_but_fine, "after"]
        assert (gateway.identifies, gateway.connections) == (1, 2)
        (warning,) = warnings_of(caplog)
        assert "larger than max_payload_size (1048576 bytes)" in warning.getMessage()
        assert warning.exc_info is None
        assert shard.is_alive
    finally:
        await shard.close()


@pytest.mark.parametrize("compression", [None, "zlib-stream", "zstd-stream"])
async def test_a_shard_refuses_a_payload_over_its_cap_and_resumes(
    gateway: EmulatedGateway, caplog: pytest.LogCaptureFixture, compression: str | None
) -> None:
    # Without compression aiohttp refuses the websocket message from its header (close 1009);
    # with it, the inflater refuses it as it inflates.
    recorder = EventRecorder()
    shard = make_shard(gateway, recorder, compression=compression, max_payload_size=MiB)
    await survives_too_large(gateway, caplog, shard, recorder)


async def test_the_default_cap_refuses_a_100_kb_zlib_bomb_of_100_mib(
    gateway: EmulatedGateway, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = EventRecorder()
    shard = make_shard(gateway, recorder)  # the defaults: zlib-stream, 64 MiB
    await asyncio.wait_for(shard.start(), WITHIN)
    try:
        (bomb,) = zlib_stream(padded_heartbeat_ack(100 * MiB))
        assert len(bomb) < 150_000  # the size of the bomb
        with caplog.at_level(logging.WARNING):
            await gateway.send_raw(padded_heartbeat_ack(100 * MiB))
            await gateway.wait_until(lambda: gateway.resumes == 1 and shard.is_connected, within=WITHIN)
            await gateway.dispatch("MESSAGE_CREATE", {"text": "after"})
            await gateway.wait_until(lambda: recorder.count("MESSAGE_CREATE") == 1, within=WITHIN)
        (warning,) = warnings_of(caplog)
        assert f"larger than max_payload_size ({64 * MiB} bytes)" in warning.getMessage()
    finally:
        await shard.close()
