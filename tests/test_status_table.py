"""Every row of DESIGN.md's status table, over a real loopback socket.

Each case is a raw HTTP request; the recording listener proves that rejected requests never reach
user code. The same cases will run against every backend.
"""

from __future__ import annotations

import io
import logging
import time
import typing

import aiohttp
import attrs
import pytest

from hikari_like.impl.interaction_server import InteractionServer
from hikari_like.interactions.command_interactions import CommandInteraction
from hikari_like.internal import json
from hikari_like.testing import payloads
from hikari_like.testing.signing import KeyPair
from hikari_like.testing.signing import sign_request
from tests.conftest import Recorder

JSON = {"Content-Type": "application/json"}
OTHER_KEY = KeyPair.generate()


@attrs.frozen
class Request:
    method: str = "POST"
    path: str = "/"
    headers: typing.Mapping[str, str] = attrs.field(factory=lambda: dict(JSON))
    body: bytes = b""


def signed(
    body: bytes, key_pair: KeyPair, *, timestamp: int | None = None, headers: dict[str, str] | None = None
) -> Request:
    signature = sign_request(body, key_pair, timestamp=timestamp)
    return Request(headers={**JSON, **signature, **(headers or {})}, body=body)


def command_body() -> bytes:
    return json.dumps(payloads.slash_command("ping"))


Case = typing.Callable[[KeyPair], Request]

CASES: dict[str, tuple[Case, int]] = {
    "GET health": (lambda k: Request(method="GET"), 200),
    "HEAD health": (lambda k: Request(method="HEAD"), 200),
    "PUT": (lambda k: Request(method="PUT"), 405),
    "DELETE": (lambda k: Request(method="DELETE"), 405),
    "unknown path POST": (lambda k: Request(path="/elsewhere", body=command_body()), 404),
    "unknown path GET": (lambda k: Request(method="GET", path="/elsewhere"), 404),
    "text/plain": (lambda k: signed(command_body(), k, headers={"Content-Type": "text/plain"}), 415),
    "form content type": (
        lambda k: signed(b"a=b", k, headers={"Content-Type": "application/x-www-form-urlencoded"}),
        415,
    ),
    "no content type": (lambda k: Request(headers={}, body=command_body()), 415),
    "body over max_body_size": (lambda k: signed(b"{" + b" " * (1024**2) + b"}", k), 413),
    "no signature headers": (lambda k: Request(body=command_body()), 401),
    "no signature": (
        lambda k: Request(
            headers={**JSON, "X-Signature-Timestamp": str(int(time.time()))}, body=command_body()
        ),
        401,
    ),
    "no timestamp": (
        lambda k: Request(headers={**JSON, "X-Signature-Ed25519": "ab" * 64}, body=command_body()),
        401,
    ),
    "non-hex signature": (
        lambda k: signed(command_body(), k, headers={"X-Signature-Ed25519": "zz" * 64}),
        401,
    ),
    "short signature": (lambda k: signed(command_body(), k, headers={"X-Signature-Ed25519": "ab" * 32}), 401),
    "non-numeric timestamp": (
        lambda k: signed(command_body(), k, headers={"X-Signature-Timestamp": "yesterday"}),
        401,
    ),
    "signed by another key": (lambda k: signed(command_body(), OTHER_KEY), 401),
    "body changed after signing": (
        lambda k: attrs.evolve(signed(command_body(), k), body=command_body()),
        401,
    ),
    "timestamp too old": (lambda k: signed(command_body(), k, timestamp=int(time.time()) - 301), 401),
    "timestamp too new": (lambda k: signed(command_body(), k, timestamp=int(time.time()) + 301), 401),
    "empty body": (lambda k: signed(b"", k), 400),
    "not UTF-8": (lambda k: signed(b'{"type": 2, "x": "\xff"}', k), 400),
    "not JSON": (lambda k: signed(b"{type: 2", k), 400),
    "JSON array": (lambda k: signed(b"[1]", k), 400),
    "no type": (lambda k: signed(b'{"id": "1"}', k), 400),
    "string type": (lambda k: signed(b'{"type": "2"}', k), 400),
    "boolean type": (lambda k: signed(b'{"type": true}', k), 400),
    "PING": (lambda k: signed(b'{"type": 1}', k), 200),
    "PING, content type with charset": (
        lambda k: signed(b'{"type": 1}', k, headers={"Content-Type": "application/json; charset=utf-8"}),
        200,
    ),
    "unknown interaction type": (lambda k: signed(b'{"type": 99, "id": "1"}', k), 501),
    "malformed command payload": (lambda k: signed(b'{"type": 2, "data": 5}', k), 400),
}


async def _send(
    http: aiohttp.ClientSession, server: InteractionServer, request: Request
) -> aiohttp.ClientResponse:
    url = server.urls[0] + request.path
    body = io.BytesIO(request.body)  # aiohttp warns about large raw bytes; BytesIO still sends Content-Length
    async with http.request(request.method, url, headers=request.headers, data=body) as response:
        await response.read()
        return response


@pytest.mark.parametrize(("case", "status"), CASES.values(), ids=CASES.keys())
async def test_status_table(
    case: Case,
    status: int,
    server: InteractionServer,
    http: aiohttp.ClientSession,
    key_pair: KeyPair,
    recorder: Recorder,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server.set_listener(CommandInteraction, recorder)

    response = await _send(http, server, case(key_pair))

    assert response.status == status
    assert recorder.calls == []
    # Anyone on the internet can send most of these: never an ERROR in the logs.
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


async def test_health_body_names_no_bot(server: InteractionServer, http: aiohttp.ClientSession) -> None:
    async with http.get(server.urls[0]) as response:
        assert await response.json() == {"status": "ok"}


async def test_health_check_can_be_turned_off(key_pair: KeyPair, http: aiohttp.ClientSession) -> None:
    server = InteractionServer(public_key=key_pair.public_key_hex, health_check=False)
    await server.start(host="127.0.0.1", port=0)
    try:
        async with http.get(server.urls[0]) as response:
            assert response.status == 405
            assert response.headers["Allow"] == "POST"
    finally:
        await server.close()


async def test_ping_answers_pong(
    server: InteractionServer, http: aiohttp.ClientSession, key_pair: KeyPair
) -> None:
    response = await _send(http, server, signed(b'{"type": 1}', key_pair))
    assert response.status == 200
    async with http.post(
        server.urls[0], data=b'{"type":1}', headers=signed(b'{"type":1}', key_pair).headers
    ) as again:
        assert await again.json() == {"type": 1}


async def test_replayed_request_is_refused(
    server: InteractionServer, http: aiohttp.ClientSession, key_pair: KeyPair
) -> None:
    request = signed(b'{"type": 1}', key_pair)

    first = await _send(http, server, request)
    second = await _send(http, server, request)

    assert (first.status, second.status) == (200, 401)


async def test_replay_window_none_turns_off_freshness_and_replay(
    key_pair: KeyPair, http: aiohttp.ClientSession
) -> None:
    server = InteractionServer(public_key=key_pair.public_key_hex, replay_window=None)
    await server.start(host="127.0.0.1", port=0)
    try:
        stale = signed(b'{"type": 1}', key_pair, timestamp=1_000_000)
        statuses = [(await _send(http, server, stale)).status for _ in range(2)]
    finally:
        await server.close()
    assert statuses == [200, 200]


async def test_no_listener_is_501(
    server: InteractionServer, http: aiohttp.ClientSession, key_pair: KeyPair
) -> None:
    response = await _send(http, server, signed(command_body(), key_pair))
    assert response.status == 501


async def test_chunked_body_over_limit_is_413(
    server: InteractionServer, http: aiohttp.ClientSession, key_pair: KeyPair, recorder: Recorder
) -> None:
    server.set_listener(CommandInteraction, recorder)
    body = b"{" + b" " * (1024**2) + b"}"

    async def chunks() -> typing.AsyncIterator[bytes]:
        for start in range(0, len(body), 65536):
            yield body[start : start + 65536]

    headers = {**JSON, **sign_request(body, key_pair)}
    async with http.post(server.urls[0], data=chunks(), headers=headers) as response:
        assert response.status == 413
    assert recorder.calls == []


async def test_trailing_slash_is_the_same_endpoint(key_pair: KeyPair, http: aiohttp.ClientSession) -> None:
    server = InteractionServer(public_key=key_pair.public_key_hex, interaction_path="/discord")
    await server.start(host="127.0.0.1", port=0)
    statuses = []
    try:
        for attempt, path in enumerate(("/discord", "/discord/", "/")):
            ping = signed(json.dumps({"type": 1, "attempt": attempt}), key_pair)  # distinct: not a replay
            statuses.append((await _send(http, server, attrs.evolve(ping, path=path))).status)
    finally:
        await server.close()
    assert statuses == [200, 200, 404]
