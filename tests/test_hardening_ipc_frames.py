"""IPC frames no codec can choke on, and the rest of discord-ext-ipc's surface, on loopback sockets."""

from __future__ import annotations

import asyncio
import logging
import typing

import aiohttp
import pytest

from hikari_like import ipc
from hikari_like.internal import json
from tests.test_ipc_channel import SECRET
from tests.test_ipc_channel import Calls
from tests.test_ipc_channel import client_of
from tests.test_ipc_channel import make_server
from tests.test_ipc_channel import open_authenticated

DEEP = 100_000  # far past orjson's 1024 levels and the standard library's recursion limit


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture(params=["configured", "stdlib"])
def codec(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both sides use the codec this run chose (orjson when installed), or the standard library's
    (as under HIKARI_LIKE_JSON=stdlib)."""
    if request.param == "stdlib":
        monkeypatch.setattr(json, "loads", json._stdlib_loads)
        monkeypatch.setattr(json, "dumps", json._stdlib_dumps)
    return str(request.param)


@pytest.mark.usefixtures("codec")
async def test_every_undecodable_frame_is_answered_bad_request_and_the_socket_stays_usable(
    calls: Calls, session: aiohttp.ClientSession, caplog: pytest.LogCaptureFixture
) -> None:
    frames = [
        "[" * DEEP + "]" * DEEP,
        '{"id": 1, "endpoint": "echo", "data": {"x": ' + "[" * DEEP + "]" * DEEP + "}}",
        '{"id": 2, "endpoint": "echo", "data": {"x": NaN}}',
        '{"id": 3, "endpoint": "echo", "data": {"x": [-Infinity]}}',
        '{"id": 4, "endpoint": ["echo"]}',
        '{"id": "5", "endpoint": "echo"}',
        '{"id": 6, "endpoint": "echo", "data": "n=1"}',
    ]
    async with make_server(calls) as server, await open_authenticated(session, server.port) as ws:
        replies = []
        for frame in frames:
            await ws.send_str(frame)
            replies.append(await ws.receive_json(timeout=10))
        await ws.send_str('{"id": 7, "endpoint": "echo", "data": {"n": 7}}')
        answered = await ws.receive_json(timeout=10)

    assert [(reply["id"], reply["error"]["code"]) for reply in replies] == [
        (None, "bad_request"),
        (1, "bad_request"),  # addressed by its leading id, like a frame too large to read
        (2, "bad_request"),
        (3, "bad_request"),
        (4, "bad_request"),
        (None, "bad_request"),
        (6, "bad_request"),
    ]
    assert answered == {"id": 7, "result": {"n": 7}}
    assert calls.raw == ["echo"]
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


@pytest.mark.usefixtures("codec")
async def test_nan_and_infinity_never_reach_the_wire(calls: Calls) -> None:
    server = make_server(calls)

    @server.route()
    async def not_finite(request: ipc.Request) -> typing.Any:
        return {"nan": [float("nan")]} if request.get("nan") else float("-inf")

    async with server, client_of(server) as client:
        with pytest.raises(ipc.IPCHandlerError, match="NaN and Infinity are not JSON"):
            await client.request("not_finite", nan=True)
        with pytest.raises(ipc.IPCHandlerError, match="NaN and Infinity are not JSON"):
            await client.request("not_finite")
        with pytest.raises(TypeError, match="NaN and Infinity"):
            await client.request("echo", x=float("inf"))  # refused before it is sent
        assert await client.request("echo", x=None, y=1.5) == {"x": None, "y": 1.5}

    assert calls.routes == ["echo"]


async def test_terminate_server_is_close(calls: Calls) -> None:
    server = make_server(calls)
    await server.start()
    async with client_of(server) as client:
        in_flight = asyncio.create_task(client.request("slow"))
        await client.request("echo")

        await server.terminate_server()

        with pytest.raises(ipc.IPCDisconnectedError):
            await in_flight
    assert not server.is_alive


async def test_request_data_is_the_read_only_mapping_the_client_sent() -> None:
    server: ipc.Server[None] = ipc.Server(None, "127.0.0.1", 0, SECRET, multicast=False)
    seen: list[ipc.Request] = []

    @server.route()
    async def inspect(request: ipc.Request) -> dict[str, typing.Any]:
        seen.append(request)
        return dict(request.data)

    async with server, ipc.Client("127.0.0.1", server.port, 20000, SECRET) as client:
        assert await client.request("inspect", guild=1, name="x") == {"guild": 1, "name": "x"}

    request = seen[0]
    assert request.data == dict(request) == {"guild": 1, "name": "x"}
    assert list(request.data.keys()) == list(request.keys())
    with pytest.raises(TypeError):
        request.data["guild"] = 2  # type: ignore[index]


async def test_discord_ext_ipc_constructor_spelling_is_accepted() -> None:
    positional: ipc.Server[None] = ipc.Server(None, "127.0.0.1", 0, SECRET, False, 0)
    spelled: ipc.Server[None] = ipc.Server(
        None, host="127.0.0.1", port=0, secret_key=SECRET, do_multicast=False
    )

    assert positional.multicast is spelled.multicast is False
    assert ipc.Client is ipc.ClientSession
    async with spelled, ipc.Client("127.0.0.1", spelled.port, secret_key=SECRET) as client:
        with pytest.raises(ipc.IPCUnknownEndpointError):
            await client.request("anything")
