"""IPC over real loopback sockets: concurrency, auth, errors, discovery, restarts, clean close."""

from __future__ import annotations

import asyncio
import logging
import random
import typing

import aiohttp
import pytest

from hikari_like import ipc
from hikari_like.ipc import handshake

SECRET = "correct horse battery staple"


class Calls:
    """What reached user code on the server: raw hooks, routes, completions."""

    def __init__(self) -> None:
        self.raw: list[str] = []
        self.routes: list[str] = []
        self.completed: list[tuple[str, typing.Any, Exception | None]] = []


def make_server(calls: Calls, **options: typing.Any) -> ipc.Server[None]:
    defaults: dict[str, typing.Any] = {
        "host": "127.0.0.1",
        "port": 0,
        "secret_key": SECRET,
        "multicast_port": 0,
    }
    options = defaults | options
    server: ipc.Server[None] = ipc.Server(None, **options)

    @server.raw_request_hook
    async def on_raw(request: ipc.Request) -> None:
        calls.raw.append(request.endpoint)

    @server.completion_hook
    async def on_done(request: ipc.Request, result: typing.Any, error: Exception | None) -> None:
        calls.completed.append((request.endpoint, result, error))

    @server.route()
    async def echo(request: ipc.Request) -> dict[str, typing.Any]:
        calls.routes.append("echo")
        await asyncio.sleep(random.random() / 200)  # replies leave in a different order
        return dict(request)

    @server.route("fail")
    async def failing(request: ipc.Request) -> None:
        calls.routes.append("fail")
        raise KeyError("no guild 42")

    @server.route()
    async def slow(request: ipc.Request) -> str:
        await asyncio.sleep(request.get("seconds", 60))
        return "late"

    @server.route()
    async def repeat(request: ipc.Request) -> str:
        return str(request["text"]) * int(request["times"])

    @server.route()
    async def not_json(request: ipc.Request) -> object:
        return object()

    return server


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture
async def ipc_server(calls: Calls) -> typing.AsyncIterator[ipc.Server[None]]:
    async with make_server(calls) as server:
        yield server


def client_of(server: ipc.Server[None], **options: typing.Any) -> ipc.ClientSession:
    defaults: dict[str, typing.Any] = {"port": server.port, "secret_key": SECRET, "timeout": 5.0}
    options = defaults | options
    return ipc.ClientSession("127.0.0.1", **options)


async def open_authenticated(
    session: aiohttp.ClientSession, port: int, secret: str | None = SECRET
) -> aiohttp.ClientWebSocketResponse:
    """A raw websocket to the IPC server on `port`, past the handshake: frames go straight to it."""
    ws = await session.ws_connect(f"http://127.0.0.1:{port}/")
    await handshake.prove_to_server(ws, handshake.derive_key(secret), handshake.Purpose.IPC)
    return ws


async def wait_until(condition: typing.Callable[[], bool]) -> None:
    async with asyncio.timeout(10):
        while not condition():  # noqa: ASYNC110 - state of the code under test, which has no event for it
            await asyncio.sleep(0.01)


async def test_500_concurrent_requests_from_5_clients_each_get_their_own_reply(
    ipc_server: ipc.Server[None],
) -> None:
    clients = [client_of(ipc_server) for _ in range(5)]
    try:
        sent = [(c, n) for c in range(5) for n in range(100)]
        random.shuffle(sent)
        replies = await asyncio.gather(*(clients[c].request("echo", client=c, n=n) for c, n in sent))
        assert ipc_server.connection_count == 5  # one socket per client, not per request
    finally:
        for client in clients:
            await client.close()

    assert replies == [{"client": c, "n": n} for c, n in sent]


@pytest.mark.parametrize("secret", [None, "wrong", SECRET.upper(), SECRET[:-1]])
async def test_a_wrong_or_missing_secret_never_reaches_a_route(
    ipc_server: ipc.Server[None], calls: Calls, secret: str | None
) -> None:
    async with client_of(ipc_server, secret_key=secret) as client:
        with pytest.raises(ipc.IPCUnauthorizedError):
            await client.request("echo", n=1)  # refused at once, not retried until the timeout
        assert not client.is_connected
    async with client_of(
        ipc_server, port=None, multicast_port=ipc_server.multicast_port, secret_key=secret
    ) as client:
        with pytest.raises(ipc.IPCUnauthorizedError):
            await client.request("echo", n=1)
        assert client.resolved_port is None  # discovery told it nothing

    assert calls.raw == calls.routes == []
    assert calls.completed == []
    assert ipc_server.connection_count == 0


async def test_a_raw_websocket_without_a_proof_is_closed_4001_before_any_frame_is_read(
    ipc_server: ipc.Server[None], session: aiohttp.ClientSession, calls: Calls
) -> None:
    async with session.ws_connect(f"http://127.0.0.1:{ipc_server.port}/") as ws:
        challenge = await ws.receive_json(timeout=5)
        await ws.send_str('{"id": 1, "endpoint": "echo", "data": {}}')  # a request instead of a proof
        closing = await ws.receive(timeout=5)

    assert challenge["type"] == "challenge"
    assert closing.type is aiohttp.WSMsgType.CLOSE
    assert ws.close_code == handshake.CLOSE_UNAUTHORISED
    assert calls.raw == []
    assert ipc_server.connection_count == 0


async def test_a_handler_exception_reaches_the_client_typed_and_the_server_keeps_serving(
    ipc_server: ipc.Server[None], calls: Calls, caplog: pytest.LogCaptureFixture
) -> None:
    async with client_of(ipc_server) as client:
        with (
            caplog.at_level(logging.CRITICAL, "hikari_like.ipc"),
            pytest.raises(ipc.IPCHandlerError) as failed,
        ):
            await client.request("fail")
        assert await client.request("echo", n=2) == {"n": 2}

    assert failed.value.message == "'no guild 42'"
    assert failed.value.error_type == "KeyError"
    assert failed.value.endpoint == "fail"
    endpoint, result, error = calls.completed[0]
    assert (endpoint, result, type(error)) == ("fail", None, KeyError)


async def test_an_unknown_endpoint_is_an_error_reply_seen_by_the_raw_hook(
    ipc_server: ipc.Server[None], calls: Calls
) -> None:
    async with client_of(ipc_server) as client:
        with pytest.raises(ipc.IPCUnknownEndpointError, match="'nope'"):
            await client.request("nope", n=1)
        assert await client.request("echo") == {}

    assert calls.raw == ["nope", "echo"]
    assert calls.routes == ["echo"]
    assert isinstance(calls.completed[0][2], ipc.IPCUnknownEndpointError)


async def test_a_result_that_is_not_json_is_a_handler_error(
    ipc_server: ipc.Server[None], caplog: pytest.LogCaptureFixture
) -> None:
    async with client_of(ipc_server) as client:
        with pytest.raises(ipc.IPCHandlerError, match="not JSON") as failed:
            await client.request("not_json")
        assert await client.request("echo", n=3) == {"n": 3}

    assert failed.value.error_type == "TypeError"


async def test_bad_frames_get_error_replies_and_the_socket_stays_usable(
    ipc_server: ipc.Server[None], session: aiohttp.ClientSession, calls: Calls
) -> None:
    async with await open_authenticated(session, ipc_server.port) as ws:
        replies = []
        for frame in [
            "not json",
            "[1, 2]",
            '{"id": -1, "endpoint": "echo"}',
            '{"id": 3}',
            '{"id": 4, "endpoint": "echo", "data": [1]}',
        ]:
            await ws.send_str(frame)
            replies.append(await ws.receive_json(timeout=2))
        await ws.send_bytes(b'{"id": 5, "endpoint": "echo", "data": {"n": 5}}')
        answered = await ws.receive_json(timeout=2)

    assert [(reply["id"], reply["error"]["code"]) for reply in replies] == [
        (None, "bad_request"),
        (None, "bad_request"),
        (None, "bad_request"),
        (3, "bad_request"),
        (4, "bad_request"),
    ]
    assert answered == {"id": 5, "result": {"n": 5}}
    assert calls.raw == ["echo"]  # refused frames reach no user code


async def test_an_oversized_request_gets_too_large_and_the_server_keeps_serving(calls: Calls) -> None:
    async with make_server(calls, max_message_size=4096) as server, client_of(server) as client:
        with pytest.raises(ipc.IPCBadRequestError) as refused:
            await client.request("echo", blob="x" * 5000)
        assert await client.request("echo", n=1) == {"n": 1}

    assert refused.value.code == "too_large"
    assert calls.routes == ["echo"]


async def test_a_too_large_result_is_a_handler_error(calls: Calls, caplog: pytest.LogCaptureFixture) -> None:
    async with make_server(calls, max_message_size=4096) as server, client_of(server) as client:
        with pytest.raises(ipc.IPCHandlerError, match="over the 4096"):
            await client.request("repeat", text="é", times=2100)  # 2100 characters, 4200 bytes in UTF-8
        assert await client.request("repeat", text="é", times=2) == "éé"


async def test_discovery_finds_the_port(ipc_server: ipc.Server[None]) -> None:
    async with client_of(ipc_server, port=None, multicast_port=ipc_server.multicast_port) as client:
        assert client.resolved_port is None
        assert await client.request("echo", n=1) == {"n": 1}
        assert client.resolved_port == ipc_server.port


async def test_a_server_restart_is_survived_by_a_waiting_client(calls: Calls) -> None:
    first = make_server(calls, multicast=False)
    await first.start()
    port = first.port
    async with client_of(first) as client:
        assert await client.request("echo", n=1) == {"n": 1}
        await first.close()
        await wait_until(lambda: not client.is_connected)

        waiting = asyncio.create_task(client.request("echo", n=2))
        await asyncio.sleep(0.2)  # the request retries connecting meanwhile
        assert not waiting.done()
        async with make_server(calls, port=port, multicast=False):
            assert await waiting == {"n": 2}
            assert await client.request("echo", n=3) == {"n": 3}


async def test_a_request_in_flight_when_the_server_closes_gets_disconnected(calls: Calls) -> None:
    server = make_server(calls)
    await server.start()
    async with client_of(server) as client:
        in_flight = asyncio.create_task(client.request("slow"))
        await wait_until(lambda: "slow" in calls.raw)  # the request reached its route
        await server.close()
        with pytest.raises(ipc.IPCDisconnectedError, match="'slow'"):
            await in_flight


async def test_a_request_times_out_and_a_late_reply_is_dropped(
    ipc_server: ipc.Server[None], calls: Calls
) -> None:
    async with client_of(ipc_server) as client:
        with pytest.raises(ipc.IPCTimeoutError) as timed_out:
            await client.request("slow", seconds=0.2, timeout=0.05)
        await wait_until(lambda: any(done[0] == "slow" for done in calls.completed))
        await asyncio.sleep(0.05)  # the late reply, sent, reaches a client that no longer waits
        assert await client.request("echo", n=1) == {"n": 1}

    assert timed_out.value.timeout == 0.05


async def test_connecting_to_nothing_times_out_with_the_reason() -> None:
    async with ipc.ClientSession("127.0.0.1", port=1, timeout=2.0) as client:
        with pytest.raises(ipc.IPCTimeoutError, match="not connected"):
            await client.request("echo")


async def test_close_leaves_no_task_and_no_connection(ipc_server: ipc.Server[None], calls: Calls) -> None:
    before = asyncio.all_tasks()
    client = client_of(ipc_server)
    await asyncio.gather(*(client.request("echo", n=n) for n in range(20)))
    pending = asyncio.create_task(client.request("slow"))
    await wait_until(lambda: "slow" in calls.raw)

    await client.close()

    with pytest.raises(ipc.IPCDisconnectedError, match="closed"):
        await pending
    assert not [task for task in asyncio.all_tasks() if task.get_name().startswith("hikari_like.ipc")]
    await wait_until(lambda: ipc_server.connection_count == 0)
    await wait_until(lambda: asyncio.all_tasks() == before)  # the server's side of the socket ended too
    with pytest.raises(ipc.IPCDisconnectedError):
        await client.request("echo")


async def test_a_lent_session_is_used_and_left_open(
    ipc_server: ipc.Server[None], session: aiohttp.ClientSession
) -> None:
    async with client_of(ipc_server, session=session) as client:
        assert await client.request("echo", n=1) == {"n": 1}

    assert not session.closed


async def test_the_server_closes_with_clients_connected_and_leaves_no_task(calls: Calls) -> None:
    before = asyncio.all_tasks()
    server = make_server(calls)
    await server.start()
    async with client_of(server) as client:
        await client.request("echo")
        await server.close()
        await wait_until(lambda: not client.is_connected)
        assert server.connection_count == 0
    assert asyncio.all_tasks() == before


async def test_a_frame_far_over_the_limit_closes_only_its_socket(
    calls: Calls, session: aiohttp.ClientSession
) -> None:
    async with make_server(calls, max_message_size=1024) as server, client_of(server) as client:
        async with await open_authenticated(session, server.port) as ws:
            await ws.send_str('{"id": 1, "endpoint": "echo", "data": {"blob": "' + "x" * 8000 + '"}}')
            closing = await ws.receive(timeout=2)
        assert closing.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
        assert ws.close_code == aiohttp.WSCloseCode.MESSAGE_TOO_BIG
        assert await client.request("echo", n=1) == {"n": 1}


async def test_close_stops_a_request_that_is_still_trying_to_connect() -> None:
    client = ipc.ClientSession("127.0.0.1", port=1, timeout=None)
    connecting = asyncio.create_task(client.request("echo"))
    await asyncio.sleep(0.1)

    await client.close()

    async with asyncio.timeout(2):
        with pytest.raises(ipc.IPCDisconnectedError, match="closed"):
            await connecting
