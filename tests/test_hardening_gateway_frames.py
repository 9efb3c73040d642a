"""No payload from the gateway stops a shard: each malformed one is one WARNING and a resume (#16).

Every case sends a bad frame to a running shard over a real loopback websocket, then a good
dispatch, and checks that the shard reconnected, resumed (or identified, when READY gave no
session), delivered the good dispatch, and logged exactly one WARNING without a traceback.
"""

from __future__ import annotations

import asyncio
import logging
import re
import typing

import attrs
import pytest

from hikari_like.impl.gateway import GatewayShardImpl
from hikari_like.impl.gateway import GatewayTimings
from hikari_like.impl.gateway import IdentifyLimiter
from hikari_like.impl.gateway.compression import ZLIB_SUFFIX
from hikari_like.impl.gateway.payloads import GatewayPayload
from hikari_like.impl.gateway.payloads import MalformedPayloadError
from hikari_like.intents import Intents
from hikari_like.testing.gateway import EmulatedGateway
from hikari_like.testing.gateway import EventRecorder

TOKEN = "hardening-gateway-token"
FAST = GatewayTimings(reconnect_base=0.01, reconnect_cap=0.05, invalid_session_wait=(0.01, 0.02))
WITHIN = 10.0  # generous: the machine is shared; nothing here measures speed


@pytest.fixture
async def gateway() -> typing.AsyncIterator[EmulatedGateway]:
    async with EmulatedGateway(token=TOKEN, heartbeat_interval=0.1, guild_ids=["1"]) as gateway:
        yield gateway


def make_shard(
    gateway: EmulatedGateway, recorder: EventRecorder, compression: str | None
) -> GatewayShardImpl:
    return GatewayShardImpl(
        token=TOKEN,
        url=gateway.url,
        intents=Intents.GUILDS,
        event_consumer=recorder,
        compression=compression,
        timings=FAST,
        # A READY without a session identifies again: Discord's 5 s between IDENTIFYs, shortened.
        identify_limiter=IdentifyLimiter(1, 1000, 86_400.0, window=0.01),
    )


def problems(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.startswith("hikari_like") and r.levelno >= logging.WARNING]


def messages(recorder: EventRecorder) -> list[typing.Any]:
    return [event.data for event in recorder.events if event.name == "MESSAGE_CREATE"]


async def good_dispatch_arrives(gateway: EmulatedGateway, recorder: EventRecorder) -> None:
    await gateway.dispatch("MESSAGE_CREATE", {"content": "still here"})
    await gateway.wait_until(lambda: {"content": "still here"} in messages(recorder), within=WITHIN)


def resumed(gateway: EmulatedGateway, shard: GatewayShardImpl, *, times: int) -> typing.Callable[[], bool]:
    return lambda: gateway.resumes == times and shard.is_connected


def assert_one_warning(caplog: pytest.LogCaptureFixture, *, mentions: str) -> None:
    logged = problems(caplog)
    assert len(logged) == 1, [r.getMessage() for r in logged]
    (record,) = logged
    assert record.levelno == logging.WARNING
    assert record.exc_info is None
    assert re.search(mentions, record.getMessage()), record.getMessage()


# -- mid-session: frames that are not part of the session (never replayed) -------------------------


@attrs.frozen
class Frame:
    data: bytes
    mentions: str
    outside_compression: bool = False
    """Sent as one raw frame instead of through the connection's compression."""
    text: bool = False


RAW_FRAMES = [
    pytest.param(
        Frame(b'{"op":0,"s":"7","t":"MESSAGE_CREATE","d":{}}', "whose s is a string"), id="s-string"
    ),
    pytest.param(
        Frame(b'{"op":0,"s":true,"t":"MESSAGE_CREATE","d":{}}', "whose s is a boolean"), id="s-bool"
    ),
    pytest.param(
        Frame(b'{"op":0,"s":-1,"t":"MESSAGE_CREATE","d":{}}', "not a sequence number"), id="s-negative"
    ),
    pytest.param(
        Frame(b'{"op":0,"t":"MESSAGE_CREATE","d":{}}', "without a sequence number"), id="dispatch-no-s"
    ),
    pytest.param(Frame(b'{"op":"0","d":null}', "whose op is a string"), id="op-string"),
    pytest.param(Frame(b'{"op":1.5}', "whose op is a number, not an opcode"), id="op-float"),
    pytest.param(Frame(b'{"d":{}}', "whose op is null"), id="op-missing"),
    pytest.param(Frame(b'{"op":42}', "opcode 42, which it never sends after HELLO"), id="unknown-opcode"),
    pytest.param(Frame(b'{"op":2,"d":{}}', "opcode 2, which it never sends after HELLO"), id="client-opcode"),
    pytest.param(
        Frame(b'{"op":10,"d":{"heartbeat_interval":100}}', "opcode 10, which it never"), id="second-hello"
    ),
    pytest.param(Frame(b'{"op":9,"d":"yes"}', "INVALID_SESSION whose d is a string"), id="op9-d-string"),
    pytest.param(Frame(b"[1, 2]", "sent an array, not a payload object"), id="array"),
    pytest.param(Frame(b'"READY"', "sent a string, not a payload object"), id="string"),
    pytest.param(Frame(b"null", "sent null, not a payload object"), id="null"),
    pytest.param(Frame(b"{not json", "not JSON"), id="invalid-json"),
    pytest.param(Frame(b'{"op":0,"s":2,"t":"\xff\xfe"}', "not JSON|protocol refuses"), id="invalid-utf8"),
    pytest.param(Frame(b"[" * 100_000, "not JSON"), id="deep-nesting"),
    pytest.param(
        Frame(b"\x00\x01\x02 garbage", "not JSON|could not be inflated", outside_compression=True),
        id="binary-garbage",
    ),
    pytest.param(
        Frame(b'{"op":11}\xff', "websocket protocol refuses", outside_compression=True, text=True),
        id="text-frame-not-utf8",
    ),
]


async def send(gateway: EmulatedGateway, frame: Frame) -> None:
    if frame.outside_compression:
        await gateway.send_frame(frame.data, text=frame.text)
    else:
        await gateway.send_raw(frame.data)


@pytest.mark.parametrize("compression", [None, "zlib-stream"])
@pytest.mark.parametrize("frame", RAW_FRAMES)
async def test_a_malformed_frame_is_one_warning_and_a_resume(
    gateway: EmulatedGateway, caplog: pytest.LogCaptureFixture, compression: str | None, frame: Frame
) -> None:
    recorder = EventRecorder()
    shard = make_shard(gateway, recorder, compression)
    await asyncio.wait_for(shard.start(), WITHIN)
    try:
        with caplog.at_level(logging.WARNING):
            await send(gateway, frame)
            await gateway.wait_until(lambda: gateway.resumes == 1 and shard.is_connected, within=WITHIN)
            await good_dispatch_arrives(gateway, recorder)
        assert shard.is_alive
        assert (gateway.identifies, gateway.connections) == (1, 2)
        assert recorder.sequences() == list(range(1, len(recorder.sequences()) + 1))
        assert_one_warning(caplog, mentions=frame.mentions)
    finally:
        await shard.close()


async def test_a_zlib_stream_that_fails_to_inflate_is_replaced_by_a_fresh_one(
    gateway: EmulatedGateway, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = EventRecorder()
    shard = make_shard(gateway, recorder, "zlib-stream")
    await asyncio.wait_for(shard.start(), WITHIN)
    try:
        with caplog.at_level(logging.WARNING):
            await gateway.send_frame(b"this is no deflate data" + ZLIB_SUFFIX)
            await gateway.wait_until(lambda: gateway.resumes == 1 and shard.is_connected, within=WITHIN)
            await good_dispatch_arrives(gateway, recorder)
        assert_one_warning(caplog, mentions="could not be inflated")
    finally:
        await shard.close()


# -- mid-session: numbered dispatches that are malformed (a resume would replay them) ---------------


@pytest.mark.parametrize(
    ("event_name", "data", "mentions"),
    [
        pytest.param("MESSAGE_CREATE", "not an object", "whose d is a string", id="d-string"),
        pytest.param("MESSAGE_CREATE", [1, 2], "whose d is an array", id="d-array"),
        pytest.param(5, {}, "event name is a number", id="t-number"),
        pytest.param("", {}, "event name is a string, not an event name", id="t-empty"),
        pytest.param("FORGED\nERROR line", {}, "not an event name", id="t-newline"),
    ],
)
async def test_a_malformed_dispatch_counts_as_handled_so_the_resume_does_not_replay_it(
    gateway: EmulatedGateway,
    caplog: pytest.LogCaptureFixture,
    event_name: typing.Any,
    data: typing.Any,
    mentions: str,
) -> None:
    # Discord replays every dispatch after the resume's sequence: were the bad one not counted,
    # the shard would receive it again on every reconnect and never get past it.
    recorder = EventRecorder()
    shard = make_shard(gateway, recorder, "zlib-stream")
    await asyncio.wait_for(shard.start(), WITHIN)
    try:
        with caplog.at_level(logging.WARNING):
            await gateway.dispatch(event_name, data)
            await gateway.wait_until(lambda: gateway.resumes == 1 and shard.is_connected, within=WITHIN)
            await good_dispatch_arrives(gateway, recorder)
        assert gateway.connections == 2  # one reconnect, no loop
        assert shard.sequence == 4  # READY 1, the bad one 2, RESUMED 3, the good one 4
        assert recorder.names().count("MESSAGE_CREATE") == 1
        assert_one_warning(caplog, mentions=mentions)
        assert "(dispatch 2, dropped)" in caplog.text
    finally:
        await shard.close()


# -- at the start: a bad HELLO or READY ------------------------------------------------------------


def ready_with(**fields: typing.Any) -> typing.Callable[[dict[str, typing.Any]], typing.Any]:
    return lambda payload: {**payload, "d": {**payload["d"], **fields}}


def hello_with(d: typing.Any) -> typing.Callable[[dict[str, typing.Any]], typing.Any]:
    return lambda payload: {"op": 10, "d": d}


@pytest.mark.parametrize(
    ("op", "rewrite", "mentions", "identifies", "resumes"),
    [
        pytest.param(
            0, ready_with(user="nobody"), "READY whose user is a string", 1, 1, id="ready-user-string"
        ),
        pytest.param(0, ready_with(user=None), "READY whose user is null", 1, 1, id="ready-user-null"),
        pytest.param(
            0, ready_with(guilds=3), "READY whose guilds is a number", 1, 1, id="ready-guilds-number"
        ),
        pytest.param(
            0,
            ready_with(resume_gateway_url="https://elsewhere.example"),
            "resume_gateway_url",
            1,
            1,
            id="ready-url",
        ),
        pytest.param(
            0, ready_with(session_id=None), "READY whose session_id is null", 2, 0, id="ready-no-session"
        ),
        pytest.param(
            0, ready_with(session_id=7), "READY whose session_id is a number", 2, 0, id="ready-session-int"
        ),
        pytest.param(
            10, hello_with({}), "HELLO whose heartbeat_interval is null", 1, 0, id="hello-no-interval"
        ),
        pytest.param(10, hello_with({"heartbeat_interval": "41250"}), "is a string", 1, 0, id="hello-string"),
        pytest.param(10, hello_with({"heartbeat_interval": -5}), "not between", 1, 0, id="hello-negative"),
        pytest.param(10, hello_with({"heartbeat_interval": 1e12}), "not between", 1, 0, id="hello-huge"),
        pytest.param(10, hello_with([41250]), "heartbeat_interval is null", 1, 0, id="hello-d-array"),
    ],
)
async def test_a_bad_hello_or_ready_is_survived_and_start_still_returns(
    gateway: EmulatedGateway,
    caplog: pytest.LogCaptureFixture,
    op: int,
    rewrite: typing.Callable[[dict[str, typing.Any]], typing.Any],
    mentions: str,
    identifies: int,
    resumes: int,
) -> None:
    gateway.rewrite_next(op, rewrite, t="READY" if op == 0 else None)
    recorder = EventRecorder()
    shard = make_shard(gateway, recorder, "zlib-stream")
    with caplog.at_level(logging.WARNING):
        await asyncio.wait_for(shard.start(), WITHIN)
    try:
        await good_dispatch_arrives(gateway, recorder)
        assert (gateway.identifies, gateway.resumes, gateway.connections) == (identifies, resumes, 2)
        assert_one_warning(caplog, mentions=mentions)
        if op == 0:
            assert "READY" not in recorder.names()[:2]  # the bad READY never reached the consumer
    finally:
        await shard.close()


async def test_repeated_protocol_errors_back_off_instead_of_reconnecting_at_once(
    gateway: EmulatedGateway, caplog: pytest.LogCaptureFixture
) -> None:
    # A healthy connection resets the backoff; one that ended in a protocol error must not, or a
    # gateway sending a bad frame on every connection would be reconnected to in a tight loop.
    recorder = EventRecorder()
    timings = GatewayTimings(reconnect_base=0.2, reconnect_cap=5.0)
    shard = GatewayShardImpl(
        token=TOKEN, url=gateway.url, intents=Intents.GUILDS, event_consumer=recorder, timings=timings
    )
    await asyncio.wait_for(shard.start(), WITHIN)
    try:
        with caplog.at_level(logging.DEBUG, logger="hikari_like.gateway"):
            for resumes in (1, 2, 3):
                await gateway.send_raw(b'{"op":0,"s":"x"}')
                await gateway.wait_until(resumed(gateway, shard, times=resumes), within=WITHIN)
        found = (re.match(r"shard 0 waits ([0-9.]+) s", r.getMessage()) for r in caplog.records)
        waits = [float(match[1]) for match in found if match]
        # Backoff 0.2 * 2**n with half-jitter: the n-th wait lies in [0.1 * 2**n, 0.2 * 2**n].
        assert len(waits) == 3
        assert waits[1] >= 0.2
        assert waits[2] >= 0.4
        assert shard.is_alive
    finally:
        await shard.close()


# -- the decoder on its own ------------------------------------------------------------------------


def test_decode_errors_name_the_field_and_its_type_never_its_value() -> None:
    secret_ish = "x" * 10_000
    with pytest.raises(MalformedPayloadError) as caught:
        GatewayPayload.decode(f'{{"op":0,"s":"{secret_ish}","t":"A","d":{{}}}}')
    assert secret_ish[:50] not in str(caught.value)
    assert len(str(caught.value)) < 200
    assert isinstance(caught.value, ValueError)  # what `decode` raised before, still true


def test_a_malformed_dispatch_carries_its_sequence_and_a_good_one_decodes() -> None:
    with pytest.raises(MalformedPayloadError) as caught:
        GatewayPayload.decode(b'{"op":0,"s":12,"t":"MESSAGE_CREATE","d":"nope"}')
    assert caught.value.sequence == 12
    payload = GatewayPayload.decode(b'{"op":0,"s":12,"t":"RESUMED","d":null}')
    assert (payload.s, payload.t, payload.d) == (12, "RESUMED", {})
    assert GatewayPayload.decode(b'{"op":11,"s":null,"t":null}').d is None
