"""IPC pieces: hooks, the Request mapping, route registration, secrets, the frame codec."""

from __future__ import annotations

import hashlib
import logging
import typing

import pytest

from hikari_like import errors
from hikari_like import ipc
from hikari_like.ipc import handshake
from hikari_like.ipc import protocol


def serve(**options: typing.Any) -> ipc.Server[str]:
    defaults: dict[str, typing.Any] = {"host": "127.0.0.1", "port": 0, "multicast": False}
    options = defaults | options
    return ipc.Server("the bot", **options)


async def test_hooks_run_around_the_route_and_a_raising_raw_hook_stops_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    events: list[str] = []
    server = serve()

    async def before(request: ipc.Request) -> None:
        events.append(f"raw {request.endpoint}")
        if request.get("block"):
            raise PermissionError("blocked by policy")

    async def after(request: ipc.Request, result: typing.Any, error: Exception | None) -> None:
        events.append(f"done {request.endpoint} {result} {type(error).__name__}")
        raise RuntimeError("a broken completion hook is only logged")

    server.on_raw_ipc_request = before
    server.on_ipc_request_completion = after

    @server.route("double")
    async def double(request: ipc.Request) -> int:
        events.append("route")
        return int(request["n"]) * 2

    with caplog.at_level(logging.CRITICAL, "hikari_like.ipc"):
        async with server, ipc.ClientSession("127.0.0.1", port=server.port) as client:
            assert await client.request("double", n=21) == 42
            with pytest.raises(ipc.IPCHandlerError, match="blocked by policy") as refused:
                await client.request("double", n=1, block=True)
            assert await client.request("double", n=1) == 2

    assert refused.value.error_type == "PermissionError"
    assert events == [
        "raw double",
        "route",
        "done double 42 NoneType",
        "raw double",
        "done double None PermissionError",
        "raw double",
        "route",
        "done double 2 NoneType",
    ]


async def test_a_route_sees_a_read_only_mapping_and_headers_without_the_secret() -> None:
    seen: list[ipc.Request] = []
    server = serve(secret_key="sécret ✓")  # non-ASCII secrets travel intact

    @server.route()
    async def inspect(request: ipc.Request) -> list[str]:
        seen.append(request)
        return sorted(request.keys())

    async with server, ipc.ClientSession("127.0.0.1", port=server.port, secret_key="sécret ✓") as client:
        assert await client.request("inspect", b=2, a={"x": [1]}) == ["a", "b"]

    request = seen[0]
    assert (request.endpoint, request.request_id) == ("inspect", 1)
    assert dict(request.items()) == {"b": 2, "a": {"x": [1]}}
    assert list(request) == ["b", "a"]
    assert list(request.values()) == [2, {"x": [1]}]
    assert (request["b"], len(request), "a" in request, request.get("z")) == (2, 2, True, None)
    assert "authorization" not in request.headers
    assert request.headers["host"].startswith("127.0.0.1:")
    with pytest.raises(TypeError):
        request["b"] = 3  # type: ignore[index]


def test_routes_are_coroutine_functions_registered_once() -> None:
    server = serve()

    @server.route()
    async def count(request: ipc.Request) -> int:
        return 1

    with pytest.raises(ValueError, match="already"):
        server.add_route("count", count)
    with pytest.raises(TypeError, match="coroutine"):
        server.add_route("sync", lambda request: 1)  # type: ignore[arg-type, return-value]
    with pytest.raises(ValueError, match="characters"):
        server.add_route("", count)
    assert list(server.endpoints) == ["count"]
    assert server.bot == "the bot"


@pytest.mark.parametrize("secret", ["", " padded", "padded ", "new\nline", "tab\there"])
def test_a_secret_a_header_would_change_is_refused(secret: str) -> None:
    with pytest.raises(ValueError, match="secret_key"):
        serve(secret_key=secret)
    with pytest.raises(ValueError, match="secret_key"):
        ipc.ClientSession(secret_key=secret)


async def test_a_server_without_a_secret_warns_once_at_start(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, "hikari_like.ipc"):
        async with serve(host="0.0.0.0"):
            pass
        async with serve(host="127.0.0.1"), serve(host="0.0.0.0", secret_key="s"):
            pass

    warnings = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert "'0.0.0.0' without a secret_key: anyone who can reach it" in warnings[0]
    assert "'127.0.0.1' without a secret_key: every local process" in warnings[1]


async def test_starting_twice_is_refused() -> None:
    async with serve() as server:
        with pytest.raises(errors.ComponentStateConflictError):
            await server.start()
        assert server.is_alive
    assert not server.is_alive


def test_proofs_depend_on_the_whole_secret_both_nonces_the_side_the_purpose_and_the_port() -> None:
    key, near_key = handshake.derive_key("s3cret"), handshake.derive_key("s3cre")
    server_nonce, client_nonce = b"s" * 32, b"c" * 32
    proof = handshake.client_proof(key, handshake.Purpose.IPC, server_nonce, client_nonce)

    assert key == hashlib.scrypt(b"s3cret", salt=b"hikari_like.ipc/2", n=2**14, r=8, p=1, dklen=32)
    assert handshake.derive_key(None) == b""
    others = [
        handshake.client_proof(near_key, handshake.Purpose.IPC, server_nonce, client_nonce),
        handshake.client_proof(key, handshake.Purpose.DISCOVERY, server_nonce, client_nonce),
        handshake.client_proof(key, handshake.Purpose.IPC, client_nonce, server_nonce),
        handshake.server_proof(key, handshake.Purpose.IPC, server_nonce, client_nonce, None),
        handshake.server_proof(key, handshake.Purpose.DISCOVERY, server_nonce, client_nonce, 8000),
        handshake.server_proof(key, handshake.Purpose.DISCOVERY, server_nonce, client_nonce, 8001),
    ]
    assert len({proof, *others}) == 7


def test_a_request_frame_puts_its_id_first_so_a_refused_frame_is_still_addressed() -> None:
    frame = protocol.encode_request(77, "echo", {"blob": "x" * 100})

    assert frame.startswith('{"id":77,')
    with pytest.raises(protocol.FrameError) as refused:
        protocol.decode_request(frame.encode(), max_size=50)
    assert (refused.value.code, refused.value.request_id) == (protocol.ErrorCode.TOO_LARGE, 77)
    assert protocol.peek_request_id(b' { "id" : 5 }') == 5
    assert protocol.peek_request_id(b'{"endpoint": "x", "id": 5}') is None
    assert protocol.peek_request_id(b'{"id": 99999999999999999}') is None  # over 2**53 - 1


@pytest.mark.parametrize(
    ("frame", "request_id"),
    [
        (b"\xff", None),
        (b'"text"', None),
        (b'{"id": true, "endpoint": "e"}', None),
        (b'{"id": 1.5, "endpoint": "e"}', None),
        (b'{"id": 9007199254740992, "endpoint": "e"}', None),
        (b'{"id": 1}', 1),
        (b'{"id": 1, "endpoint": ""}', 1),
        (b'{"id": 2, "endpoint": "e", "data": null}', 2),
    ],
)
def test_malformed_requests_are_refused_as_bad_requests(frame: bytes, request_id: int | None) -> None:
    with pytest.raises(protocol.FrameError) as refused:
        protocol.decode_request(frame)

    assert (refused.value.code, refused.value.request_id) == (protocol.ErrorCode.BAD_REQUEST, request_id)


def test_replies_round_trip() -> None:
    success = protocol.decode_reply(protocol.encode_result(3, {"n": [1]}).encode())
    failure = protocol.decode_reply(
        protocol.encode_error(4, protocol.ErrorCode.HANDLER_ERROR, "boom", error_type="KeyError").encode()
    )

    assert (success.request_id, success.result, success.error) == (3, {"n": [1]}, None)
    assert failure.error == {"code": "handler_error", "message": "boom", "type": "KeyError"}
    with pytest.raises(ValueError):  # noqa: PT011 - any ValueError: the frame is not a reply
        protocol.decode_reply(b'{"id": "x"}')
    with pytest.raises(TypeError):
        protocol.encode_result(1, {1, 2})
