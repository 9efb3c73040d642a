"""The emulated gateway checks what clients send, as Discord does; `/gateway/bot` describes it."""

from __future__ import annotations

import typing
import zlib

import aiohttp
import pytest

from hikari_like.internal import json
from hikari_like.sessions import GatewayBotInfo
from hikari_like.testing.emulator.routes_gateway import GatewayLink
from hikari_like.testing.gateway import EmulatedGateway

TOKEN = "gateway-test-token"
IDENTIFY_D: dict[str, typing.Any] = {"token": TOKEN, "intents": 1, "properties": {}, "shard": [0, 1]}
IDENTIFY = {"op": 2, "d": IDENTIFY_D}


@pytest.fixture
async def gateway() -> typing.AsyncIterator[EmulatedGateway]:
    async with EmulatedGateway(token=TOKEN, heartbeat_interval=5.0) as gateway:
        yield gateway


@pytest.fixture
async def http() -> typing.AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def receive(ws: aiohttp.ClientWebSocketResponse) -> typing.Any:
    message = await ws.receive(timeout=2)
    return message.json() if message.type is aiohttp.WSMsgType.TEXT else message


async def test_hello_identify_ready_and_heartbeat_ack(
    gateway: EmulatedGateway, http: aiohttp.ClientSession
) -> None:
    async with http.ws_connect(gateway.url + "?v=10&encoding=json") as ws:
        assert await receive(ws) == {"op": 10, "d": {"heartbeat_interval": 5000}}
        await ws.send_json(IDENTIFY)
        ready = await receive(ws)
        assert (ready["op"], ready["t"], ready["s"]) == (0, "READY", 1)
        assert ready["d"]["resume_gateway_url"] == gateway.url
        assert ready["d"]["shard"] == [0, 1]
        await ws.send_json({"op": 1, "d": 1})
        assert await receive(ws) == {"op": 11}
    assert gateway.ops_sent(0) == [2, 1]
    assert (gateway.identifies, gateway.heartbeats, gateway.connections) == (1, 1, 1)


async def test_resume_replays_missed_dispatches(
    gateway: EmulatedGateway, http: aiohttp.ClientSession
) -> None:
    async with http.ws_connect(gateway.url + "?v=10") as ws:
        await receive(ws)
        await ws.send_json(IDENTIFY)
        session_id = (await receive(ws))["d"]["session_id"]
        await ws.close(code=4900)
    await gateway.dispatch("MESSAGE_CREATE", {"n": 1})
    await gateway.dispatch("MESSAGE_CREATE", {"n": 2})
    async with http.ws_connect(gateway.url + "?v=10") as ws:
        await receive(ws)
        await ws.send_json({"op": 6, "d": {"token": TOKEN, "session_id": session_id, "seq": 1}})
        replayed = [await receive(ws) for _ in range(3)]
    assert [(p["s"], p["t"]) for p in replayed] == [
        (2, "MESSAGE_CREATE"),
        (3, "MESSAGE_CREATE"),
        (4, "RESUMED"),
    ]
    assert gateway.resumes == 1


async def test_resume_of_an_unknown_session_is_invalid(
    gateway: EmulatedGateway, http: aiohttp.ClientSession
) -> None:
    async with http.ws_connect(gateway.url + "?v=10") as ws:
        await receive(ws)
        await ws.send_json({"op": 6, "d": {"token": TOKEN, "session_id": "nope", "seq": 3}})
        assert await receive(ws) == {"op": 9, "d": False}


@pytest.mark.parametrize(
    ("query", "payload", "code"),
    [
        ("?v=9", None, 4012),
        ("?v=10", {"op": 2, "d": {**IDENTIFY_D, "token": "bad"}}, 4004),
        ("?v=10", {"op": 2, "d": {**IDENTIFY_D, "shard": [2, 2]}}, 4010),
        ("?v=10", {"op": 2, "d": {**IDENTIFY_D, "intents": "all"}}, 4013),
        ("?v=10", {"op": 2, "d": {**IDENTIFY_D, "capabilities": "obfuscation"}}, 4002),
        ("?v=10", {"op": 3, "d": {}}, 4003),
        ("?v=10", {"op": 99}, 4001),
    ],
)
async def test_bad_clients_are_closed_with_discords_codes(
    gateway: EmulatedGateway, http: aiohttp.ClientSession, query: str, payload: typing.Any, code: int
) -> None:
    async with http.ws_connect(gateway.url + query) as ws:
        if payload is not None:
            await receive(ws)
            await ws.send_json(payload)
        message = await ws.receive(timeout=2)
        assert message.type is aiohttp.WSMsgType.CLOSE
        assert message.data == code


async def test_too_many_commands_close_with_4008(http: aiohttp.ClientSession) -> None:
    async with EmulatedGateway(token=TOKEN, send_limit=5) as gateway:
        async with http.ws_connect(gateway.url + "?v=10") as ws:
            await receive(ws)
            for _ in range(6):
                await ws.send_json({"op": 1, "d": None})
            codes = [await ws.receive(timeout=2) for _ in range(6)]
        assert codes[-1].type is aiohttp.WSMsgType.CLOSE
        assert codes[-1].data == 4008


async def test_zlib_stream_frames_are_split_across_messages(
    gateway: EmulatedGateway, http: aiohttp.ClientSession
) -> None:
    gateway.split_frames = 4
    inflater = zlib.decompressobj()
    async with http.ws_connect(gateway.url + "?v=10&encoding=json&compress=zlib-stream") as ws:
        frames = [await ws.receive(timeout=2) for _ in range(4)]
    assert all(frame.type is aiohttp.WSMsgType.BINARY for frame in frames)
    assert not frames[0].data.endswith(b"\x00\x00\xff\xff")
    assert frames[-1].data.endswith(b"\x00\x00\xff\xff")
    hello = json.loads(inflater.decompress(b"".join(frame.data for frame in frames)))
    assert hello["op"] == 10


async def test_gateway_bot_answer_points_at_the_attached_gateway(gateway: EmulatedGateway) -> None:
    link = GatewayLink()
    assert GatewayBotInfo.from_payload(link.bot_payload()).url == "wss://gateway.discord.gg"
    link.attach(gateway, shards=4, max_concurrency=2)
    gateway.identifies = 3
    info = GatewayBotInfo.from_payload(link.bot_payload())
    assert (info.url, info.shard_count) == (gateway.url, 4)
    limit = info.session_start_limit
    assert (limit.total, limit.remaining, limit.max_concurrency) == (1000, 997, 2)
    assert limit.reset_after.total_seconds() == 86_400
