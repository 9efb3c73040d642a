"""Every row of the status table in docs/server.md, over real loopback sockets, on every backend.

Each case is a raw HTTP request sent to the built-in aiohttp server and to `AsgiAdapter` under
uvicorn, hypercorn and granian; every backend must answer with the same status, media type and
body bytes. The recording listener proves that rejected requests never reach user code.
"""

from __future__ import annotations

import io
import logging
import time
import typing

import aiohttp
import attrs
import pytest

from hikari_like.impl.server.interaction_server import InteractionServer
from hikari_like.interactions.command_interactions import CommandInteraction
from hikari_like.internal import json
from hikari_like.testing import payloads
from hikari_like.testing.signing import KeyPair
from hikari_like.testing.signing import sign_request
from tests import backends as backends_
from tests.conftest import Recorder

JSON = {"Content-Type": "application/json"}
OTHER_KEY = KeyPair.generate()
# A client sending a body the server will refuse waits to be told to go on; hypercorn and granian
# close the connection on a refused body, which races with a client still sending it.
BIG_BODY = {"Expect": "100-continue", "Connection": "close"}


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
    "body over max_body_size": (lambda k: signed(b"{" + b" " * (1024**2) + b"}", k, headers=BIG_BODY), 413),
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
    # A minute past the 300 s window: one second past it was within the window again by the time the
    # last of four backends read it on a busy machine (whole seconds, and the clock moves on).
    "timestamp too old": (lambda k: signed(command_body(), k, timestamp=int(time.time()) - 360), 401),
    "timestamp too new": (lambda k: signed(command_body(), k, timestamp=int(time.time()) + 360), 401),
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
    # Well-formed at the top level, which is all the partial decoder builds: the parts it leaves
    # for later must be refused as the full decoder refuses them.
    "not UTF-8 in a nested part": (lambda k: signed(command_body().replace(b'"ping"', b'"\xff"'), k), 400),
    "not JSON in a nested part": (lambda k: signed(command_body().replace(b'"ping"', b"pin"), k), 400),
    "command without data": (
        lambda k: signed(b'{"type": 2, "id": "1", "application_id": "2", "token": "t"}', k),
        400,
    ),
}


Answer = tuple[int, str, bytes]
"""Status, media type and body: what must be byte-identical across backends."""
MakeBackends = typing.Callable[..., typing.Awaitable[list[backends_.Backend]]]


@pytest.fixture(scope="session")
def asgi_servers() -> typing.Iterator[dict[str, tuple[backends_.ServerThread, backends_.Switchboard]]]:
    running: dict[str, tuple[backends_.ServerThread, backends_.Switchboard]] = {}
    try:
        for name in backends_.ASGI_SERVERS:
            switchboard = backends_.Switchboard()
            thread = backends_.ServerThread(name, switchboard)
            thread.start()
            running[name] = (thread, switchboard)
        yield running
    finally:
        for thread, _ in running.values():
            thread.stop()


@pytest.fixture
async def make_backends(
    key_pair: KeyPair, asgi_servers: dict[str, tuple[backends_.ServerThread, backends_.Switchboard]]
) -> typing.AsyncIterator[MakeBackends]:
    started: list[InteractionServer] = []

    async def make(**options: typing.Any) -> list[backends_.Backend]:
        options.setdefault("public_key", key_pair.public_key_hex)
        aiohttp_server = InteractionServer(**options)
        started.append(aiohttp_server)
        made = [await backends_.aiohttp_backend(aiohttp_server)]
        for thread, switchboard in asgi_servers.values():
            made.append(backends_.asgi_backend(thread, switchboard, InteractionServer(**options)))
        return made

    yield make
    for server in started:
        if server.is_alive:
            await server.close()


async def _send(session: aiohttp.ClientSession, url: str, request: Request) -> Answer:
    # Only a refused big body may meet a closed connection (see BIG_BODY): retry just that.
    attempts = 5 if "Expect" in request.headers else 1
    for attempt in range(attempts):
        body = io.BytesIO(request.body)  # aiohttp warns about large raw bytes; BytesIO sends Content-Length
        try:
            async with session.request(
                request.method, url + request.path, headers=request.headers, data=body
            ) as response:
                return response.status, response.content_type, await response.read()
        except (aiohttp.ClientOSError, aiohttp.ClientPayloadError):
            # The server answered 413 and closed while the body was still being sent.
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


async def _send_everywhere(
    session: aiohttp.ClientSession, backends: list[backends_.Backend], request: Request
) -> dict[str, Answer]:
    return {backend.name: await _send(session, backend.url, request) for backend in backends}


def _the_same_everywhere(answers: dict[str, Answer]) -> Answer:
    assert len(answers) == 1 + len(backends_.ASGI_SERVERS)
    reference = answers["aiohttp"]
    assert answers == dict.fromkeys(answers, reference)
    return reference


@pytest.mark.parametrize(("case", "status"), CASES.values(), ids=CASES.keys())
async def test_status_table(
    case: Case,
    status: int,
    make_backends: MakeBackends,
    session: aiohttp.ClientSession,
    key_pair: KeyPair,
    recorder: Recorder,
    caplog: pytest.LogCaptureFixture,
) -> None:
    backends = await make_backends()
    for backend in backends:
        backend.server.set_listener(CommandInteraction, recorder)

    answer = _the_same_everywhere(await _send_everywhere(session, backends, case(key_pair)))

    assert answer[0] == status
    assert recorder.calls == []
    # Anyone on the internet can send most of these: never an ERROR in the logs.
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


async def test_health_body_names_no_bot(make_backends: MakeBackends, session: aiohttp.ClientSession) -> None:
    answer = _the_same_everywhere(
        await _send_everywhere(session, await make_backends(), Request(method="GET"))
    )
    assert answer == (200, "application/json", b'{"status":"ok"}')


async def test_health_check_can_be_turned_off(
    make_backends: MakeBackends, session: aiohttp.ClientSession
) -> None:
    for backend in await make_backends(health_check=False):
        async with session.get(backend.url) as response:
            assert (backend.name, response.status, response.headers["Allow"]) == (backend.name, 405, "POST")


async def test_ping_answers_pong(
    make_backends: MakeBackends, session: aiohttp.ClientSession, key_pair: KeyPair
) -> None:
    answers = await _send_everywhere(session, await make_backends(), signed(b'{"type": 1}', key_pair))
    assert _the_same_everywhere(answers) == (200, "application/json", b'{"type":1}')


async def test_replayed_request_is_refused(
    make_backends: MakeBackends, session: aiohttp.ClientSession, key_pair: KeyPair
) -> None:
    backends = await make_backends()
    request = signed(b'{"type": 1}', key_pair)

    first = _the_same_everywhere(await _send_everywhere(session, backends, request))
    second = _the_same_everywhere(await _send_everywhere(session, backends, request))

    assert (first[0], second[0]) == (200, 401)


async def test_replay_window_none_turns_off_freshness_and_replay(
    make_backends: MakeBackends, key_pair: KeyPair, session: aiohttp.ClientSession
) -> None:
    backends = await make_backends(replay_window=None)
    stale = signed(b'{"type": 1}', key_pair, timestamp=1_000_000)
    for _ in range(2):
        assert _the_same_everywhere(await _send_everywhere(session, backends, stale))[0] == 200


async def test_no_listener_is_501(
    make_backends: MakeBackends, session: aiohttp.ClientSession, key_pair: KeyPair
) -> None:
    answers = await _send_everywhere(session, await make_backends(), signed(command_body(), key_pair))
    assert _the_same_everywhere(answers)[0] == 501


async def test_chunked_body_over_limit_is_413(
    make_backends: MakeBackends, session: aiohttp.ClientSession, key_pair: KeyPair, recorder: Recorder
) -> None:
    body = b"{" + b" " * (1024**2) + b"}"

    async def chunks() -> typing.AsyncIterator[bytes]:
        for start in range(0, len(body), 65536):
            yield body[start : start + 65536]

    headers = {**JSON, **sign_request(body, key_pair)}
    answers: dict[str, Answer] = {}
    for backend in await make_backends():
        backend.server.set_listener(CommandInteraction, recorder)
        async with session.post(backend.url, data=chunks(), headers=headers) as response:
            answers[backend.name] = (response.status, response.content_type, await response.read())
    assert _the_same_everywhere(answers)[0] == 413
    assert recorder.calls == []


async def test_trailing_slash_is_the_same_endpoint(
    make_backends: MakeBackends, key_pair: KeyPair, session: aiohttp.ClientSession
) -> None:
    backends = await make_backends(interaction_path="/discord")
    statuses = []
    for attempt, path in enumerate(("/discord", "/discord/", "/")):
        ping = signed(json.dumps({"type": 1, "attempt": attempt}), key_pair)  # distinct: not a replay
        statuses.append(
            _the_same_everywhere(await _send_everywhere(session, backends, attrs.evolve(ping, path=path)))[0]
        )
    assert statuses == [200, 200, 404]


async def test_expect_100_continue_is_answered_everywhere(
    make_backends: MakeBackends, session: aiohttp.ClientSession, key_pair: KeyPair
) -> None:
    """A client that asks before sending its body (curl does for large ones) is told to go on."""
    backends = await make_backends()
    statuses = {}
    for backend in backends:
        body = json.dumps({"type": 1, "backend": backend.name})
        headers = {**JSON, **sign_request(body, key_pair)}
        async with session.post(
            backend.url, data=body, headers=headers, expect100=True, timeout=aiohttp.ClientTimeout(total=10)
        ) as response:
            statuses[backend.name] = response.status
    assert set(statuses.values()) == {200}
