"""IPC against hostile peers on real loopback sockets: squatters, wrong servers, guessers, idlers, pages.

Each test names what an unauthenticated peer cannot do (docs/security.md cites them).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import secrets
import typing

import aiohttp
import pytest
from aiohttp import web

from hikari_like import ipc
from hikari_like.ipc import handshake
from hikari_like.ipc import protocol
from tests.test_ipc_channel import SECRET
from tests.test_ipc_channel import Calls
from tests.test_ipc_channel import client_of
from tests.test_ipc_channel import make_server

PAYLOAD = "the dashboard's private question"


@pytest.fixture
def calls() -> Calls:
    return Calls()


def forms_of(secret: str) -> list[bytes]:
    """The secret as it could leak: as is, encoded, or under a cheap unsalted hash."""
    raw = secret.encode()
    digests = [hashlib.new(name, raw).digest() for name in ("md5", "sha1", "sha256", "sha512")]
    forms = [raw, raw.hex().encode(), base64.b64encode(raw), base64.urlsafe_b64encode(raw)]
    for digest in digests:
        forms += [digest, digest.hex().encode(), base64.b64encode(digest)]
    return forms


class Squatter:
    """A program that bound an IPC port before the bot did.

    It records every byte a client sends, and plays the server's part of the handshake as far as
    it can without the secret: a challenge, then a welcome with a made-up proof (and, on the
    discovery port, its own port). Anything else is answered as the first discovery protocol did.
    """

    def __init__(self, purpose: handshake.Purpose) -> None:
        self.purpose = purpose
        self.received: list[bytes] = []
        self.nonce = secrets.token_bytes(handshake.NONCE_SIZE)
        self.port = 0

    async def answer(self, request: web.Request) -> web.StreamResponse:
        """The squatter's only route."""
        head = [f"{request.method} {request.path_qs}", *(f"{k}: {v}" for k, v in request.headers.items())]
        self.received.append("\r\n".join(head).encode())
        self.received.append(await request.read())
        ws = web.WebSocketResponse()
        if not ws.can_prepare(request):
            return web.json_response({"port": self.port})
        await ws.prepare(request)
        challenge = {
            "type": "challenge",
            "version": 2,
            "purpose": self.purpose.value,
            "nonce": self.nonce.hex(),
        }
        await ws.send_json(challenge)
        async for message in ws:
            data = message.data
            self.received.append(data.encode() if isinstance(data, str) else data)
            await ws.send_json({"type": "welcome", "proof": secrets.token_hex(32), "port": self.port})
        return ws

    def sent_proofs(self) -> list[dict[str, typing.Any]]:
        """The handshake answers the client sent (JSON objects with a `proof`)."""
        answers = []
        for chunk in self.received:
            try:
                value = protocol.loads(chunk)
            except ValueError:
                continue
            if isinstance(value, dict) and "proof" in value:
                answers.append(value)
        return answers


@pytest.fixture
async def squatters() -> typing.AsyncIterator[
    typing.Callable[[handshake.Purpose], typing.Awaitable[Squatter]]
]:
    runners: list[web.AppRunner] = []

    async def squat(purpose: handshake.Purpose) -> Squatter:
        squatter = Squatter(purpose)
        app = web.Application()
        app.router.add_get("/", squatter.answer)
        runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=1)
        await runner.setup()
        runners.append(runner)
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        squatter.port = int(runner.addresses[0][1])
        return squatter

    yield squat
    for runner in runners:
        await runner.cleanup()


@pytest.mark.parametrize("purpose", list(handshake.Purpose))
async def test_a_squatter_on_an_ipc_port_learns_neither_the_secret_nor_the_request(
    squatters: typing.Callable[[handshake.Purpose], typing.Awaitable[Squatter]], purpose: handshake.Purpose
) -> None:
    squatter = await squatters(purpose)
    discovered = purpose is handshake.Purpose.DISCOVERY
    where: dict[str, typing.Any] = (
        {"multicast_port": squatter.port} if discovered else {"port": squatter.port}
    )
    async with ipc.ClientSession("127.0.0.1", secret_key=SECRET, timeout=10, **where) as client:
        with pytest.raises(ipc.IPCUnauthorizedError, match="did not prove"):
            await client.request("echo", question=PAYLOAD)

    seen = b"\n".join(squatter.received)
    assert not [form for form in forms_of(SECRET) if form in seen]
    assert b"echo" not in seen
    assert PAYLOAD.encode() not in seen
    # What it did get is one proof over its own nonce, keyed by scrypt of the secret: each offline
    # guess costs a 16 MiB scrypt run, not a hash.
    (answer,) = squatter.sent_proofs()
    key = handshake.derive_key(SECRET)
    client_nonce = bytes.fromhex(answer["nonce"])
    assert bytes.fromhex(answer["proof"]) == handshake.client_proof(
        key, purpose, squatter.nonce, client_nonce
    )


async def test_a_client_refuses_a_server_that_does_not_hold_its_secret_before_sending_a_request(
    calls: Calls,
) -> None:
    # A server without a secret admits any client: it can reply, but cannot prove it holds ours.
    async with make_server(calls, secret_key=None) as impostor:
        async with client_of(impostor) as client:
            with pytest.raises(ipc.IPCUnauthorizedError, match="did not prove"):
                await client.request("echo", question=PAYLOAD)
        async with client_of(impostor, port=None, multicast_port=impostor.multicast_port) as client:
            with pytest.raises(ipc.IPCUnauthorizedError, match="did not prove"):
                await client.request("echo", question=PAYLOAD)
            assert client.resolved_port is None  # nor did it believe the port it was told

    assert calls.raw == calls.routes == []


async def test_fifty_wrong_guesses_are_throttled_and_summed_up_in_a_few_lines(
    calls: Calls, caplog: pytest.LogCaptureFixture
) -> None:
    async def guess(server: ipc.Server[None]) -> str:
        try:
            async with client_of(server, secret_key="a wrong guess", timeout=3) as client:
                await client.request("echo")
        except ipc.IPCUnauthorizedError:
            return "answered"
        except ipc.IPCTimeoutError as error:
            return "throttled" if "throttles this address" in error.message else f"timed out: {error}"
        return "admitted"

    with caplog.at_level(logging.DEBUG, "hikari_like.ipc"):
        async with make_server(calls) as server:
            outcomes = await asyncio.gather(*(guess(server) for _ in range(50)))

    assert "admitted" not in outcomes
    assert outcomes.count("throttled") >= 25  # refused unchecked: 5 free guesses, then ~1 a lockout
    lines = [
        r for r in caplog.records if r.name.startswith("hikari_like.ipc") and r.levelno >= logging.WARNING
    ]
    assert 1 <= len(lines) <= 3
    assert "throttled" in lines[-1].getMessage()
    assert calls.raw == []


async def test_a_throttled_peer_is_told_when_to_come_back_and_is_not_even_checked(
    calls: Calls, session: aiohttp.ClientSession
) -> None:
    wrong_key = handshake.derive_key("a wrong guess")
    refusals: list[aiohttp.WSServerHandshakeError] = []
    async with make_server(calls) as server:
        for _ in range(20):  # until the lockout outlasts the gap between two attempts, however slow
            try:
                ws = await session.ws_connect(f"http://127.0.0.1:{server.port}/")
            except aiohttp.WSServerHandshakeError as error:
                refusals.append(error)
                break
            async with ws:
                with pytest.raises(ipc.IPCUnauthorizedError):
                    await handshake.prove_to_server(ws, wrong_key, handshake.Purpose.IPC)
        async with client_of(server, timeout=60) as client:  # the right secret gets in after the lockout
            assert await client.request("echo", n=1) == {"n": 1}

    (refused,) = refusals
    assert refused.status == 429
    assert refused.headers is not None
    assert int(refused.headers["Retry-After"]) >= 1
    assert calls.raw == ["echo"]


async def test_a_connection_that_never_authenticates_is_dropped_after_the_handshake_timeout(
    calls: Calls, session: aiohttp.ClientSession, caplog: pytest.LogCaptureFixture
) -> None:
    async def trickle(writer: asyncio.StreamWriter) -> None:
        writer.write(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        for _ in range(100):
            writer.write(b"X")  # one byte of a header name every 0.1 s: never a whole request
            await asyncio.sleep(0.1)

    async with make_server(calls, handshake_timeout=0.5) as server, client_of(server) as client:
        assert await client.request("echo", n=1) == {"n": 1}
        silent = await asyncio.open_connection("127.0.0.1", server.port)
        trickling = await asyncio.open_connection("127.0.0.1", server.port)
        trickler = asyncio.create_task(trickle(trickling[1]))
        upgraded = await session.ws_connect(f"http://127.0.0.1:{server.port}/")
        challenge = await upgraded.receive_json(timeout=5)
        async with asyncio.timeout(10):
            closing = await upgraded.receive()
            assert await silent[0].read() == b""
            assert await trickling[0].read() == b""
        trickler.cancel()
        for _, writer in (silent, trickling):
            writer.close()
        assert await client.request("echo", n=2) == {"n": 2}  # a proven connection has no such limit

    assert challenge["type"] == "challenge"
    assert closing.type is aiohttp.WSMsgType.CLOSE
    assert upgraded.close_code == handshake.CLOSE_HANDSHAKE_TIMEOUT
    assert any("no handshake in time" in record.getMessage() for record in caplog.records)


async def test_a_browser_page_cannot_drive_a_server_even_without_a_secret(
    calls: Calls, session: aiohttp.ClientSession
) -> None:
    async with make_server(calls, secret_key=None) as server:
        for port in (server.port, server.multicast_port):
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await session.ws_connect(
                    f"http://127.0.0.1:{port}/", headers={"Origin": "https://evil.example"}
                )
            assert refused.value.status == 403

    assert calls.raw == []


async def test_an_origin_in_the_allow_list_may_connect(calls: Calls, session: aiohttp.ClientSession) -> None:
    allowed = "https://dashboard.example"
    async with make_server(calls, allowed_origins=[allowed + "/"]) as server:
        ws = await session.ws_connect(f"http://127.0.0.1:{server.port}/", headers={"Origin": allowed.upper()})
        async with ws:
            await handshake.prove_to_server(ws, handshake.derive_key(SECRET), handshake.Purpose.IPC)
            await ws.send_str('{"id": 1, "endpoint": "echo", "data": {"n": 1}}')
            assert await ws.receive_json(timeout=5) == {"id": 1, "result": {"n": 1}}
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await session.ws_connect(f"http://127.0.0.1:{server.port}/", headers={"Origin": "null"})

    assert refused.value.status == 403


async def test_unparsable_http_on_the_ipc_port_logs_no_error_and_no_traceback(
    calls: Calls, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        async with make_server(calls) as server:
            reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
            writer.write(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nnot a header line\r\n\r\n")
            answer = await asyncio.wait_for(reader.read(), 10)
            writer.close()

    assert answer.startswith(b"HTTP/1.0 400")
    loud = [
        r for r in caplog.records if r.levelno >= logging.ERROR or (r.exc_info and r.levelno > logging.DEBUG)
    ]
    assert loud == []
