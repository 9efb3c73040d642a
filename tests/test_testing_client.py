from __future__ import annotations

import json
import time
import typing

import aiohttp
import aiohttp.web
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import SignedRequest
from hikari_like.testing import payloads
from hikari_like.testing._multipart import boundary_of
from hikari_like.testing._multipart import split_parts

PATH = "/interactions"


class EchoServer:
    """A tiny stand-in for a bot: verifies the signature, then echoes what it received.

    A payload with a `"files"` key (filename -> text) is answered with a multipart body, the way a
    bot answers with a message that has attachments.
    """

    def __init__(self, public_key: bytes) -> None:
        self.public_key = ed25519.Ed25519PublicKey.from_public_bytes(public_key)
        self.bodies: list[bytes] = []

    async def interaction(self, request: aiohttp.web.Request) -> aiohttp.web.StreamResponse:
        body = await request.read()
        self.bodies.append(body)
        timestamp = request.headers.get("X-Signature-Timestamp", "")
        try:
            signature = bytes.fromhex(request.headers.get("X-Signature-Ed25519", ""))
            self.public_key.verify(signature, timestamp.encode() + body)
        except (ValueError, InvalidSignature):
            return aiohttp.web.json_response({"error": "invalid request signature"}, status=401)
        payload = json.loads(body)
        content_type = request.headers.get("Content-Type")
        echo = {"echo": payload, "timestamp": timestamp, "content_type": content_type}
        if "files" in payload:
            return self.multipart(echo, payload["files"])
        return aiohttp.web.json_response(echo)

    def multipart(self, echo: dict[str, typing.Any], files: dict[str, str]) -> aiohttp.web.Response:
        writer = aiohttp.MultipartWriter("form-data")
        writer.append_json(echo).set_content_disposition("form-data", name="payload_json")
        for index, (filename, text) in enumerate(files.items()):
            part = writer.append(text.encode(), {"Content-Type": "text/plain"})
            part.set_content_disposition("form-data", name=f"files[{index}]", filename=filename)
        return aiohttp.web.Response(body=writer)

    async def health(self, _: aiohttp.web.Request) -> aiohttp.web.Response:
        return aiohttp.web.json_response({"status": "ok"})

    async def size(self, request: aiohttp.web.Request) -> aiohttp.web.Response:
        return aiohttp.web.json_response({"size": len(await request.read())})


@pytest.fixture
def key_pair() -> KeyPair:
    return KeyPair.generate()


@pytest.fixture
async def echo(key_pair: KeyPair) -> typing.AsyncIterator[tuple[EchoServer, str]]:
    server = EchoServer(key_pair.public_key)
    app = aiohttp.web.Application(client_max_size=8 * 1024 * 1024)
    app.router.add_post(PATH, server.interaction)
    app.router.add_get(PATH, server.health)
    app.router.add_post("/size", server.size)
    runner = aiohttp.web.AppRunner(app)
    await runner.setup()
    site = aiohttp.web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield server, f"http://{host}:{port}{PATH}"
    finally:
        await runner.cleanup()


@pytest.fixture
async def client(echo: tuple[EchoServer, str], key_pair: KeyPair) -> typing.AsyncIterator[InteractionClient]:
    async with InteractionClient(echo[1], key_pair) as client:
        yield client


async def test_send_signs_and_posts_json(client: InteractionClient, echo: tuple[EchoServer, str]) -> None:
    payload = payloads.slash_command("ping")
    response = await client.send(payload)

    assert response.status == 200
    assert response.content_type == "application/json"
    assert response.json()["echo"] == payload
    assert response.json()["content_type"] == "application/json"
    assert abs(int(response.json()["timestamp"]) - time.time()) < 5
    assert response.headers["content-type"].startswith("application/json")  # case-insensitive
    assert response.parts == []
    assert response.attachments == {}
    assert json.loads(echo[0].bodies[0]) == payload


async def test_send_with_an_old_timestamp_is_still_validly_signed(client: InteractionClient) -> None:
    response = await client.send(payloads.ping(), timestamp=1_600_000_000)

    assert response.status == 200
    assert response.json()["timestamp"] == "1600000000"


async def test_send_with_extra_headers(client: InteractionClient) -> None:
    response = await client.send(payloads.ping(), headers={"Content-Type": "application/json; charset=utf-8"})

    assert response.json()["content_type"] == "application/json; charset=utf-8"


async def test_multipart_answer_is_decoded(client: InteractionClient) -> None:
    files = {"report.txt": "all good\r\n--not a boundary", 'we"ird name.txt': ""}
    response = await client.send({"type": 2, "files": files})

    assert response.status == 200
    assert response.content_type == "multipart/form-data"
    assert response.payload_json["echo"]["files"] == files
    assert response.json() == response.payload_json
    assert response.attachments == {name: text.encode() for name, text in files.items()}
    assert [part.name for part in response.parts] == ["payload_json", "files[0]", "files[1]"]
    assert response.parts[1].content_type == "text/plain"


async def test_replay_resends_the_same_bytes(client: InteractionClient, echo: tuple[EchoServer, str]) -> None:
    first = await client.send(payloads.button_press("again"))
    request = client.last_request
    second = await client.replay()

    assert request is not None
    assert request.headers["X-Signature-Timestamp"] == first.json()["timestamp"]
    assert second.status == 200
    assert second.json() == first.json()
    assert echo[0].bodies[0] == echo[0].bodies[1] == request.body
    assert (await client.replay(request)).status == 200


async def test_sign_then_replay_sends_a_prepared_request(client: InteractionClient) -> None:
    request = client.sign(b'{"type":1}', timestamp=0)
    response = await client.replay(request)

    assert isinstance(request, SignedRequest)
    assert response.status == 200
    assert response.json()["timestamp"] == "0"


async def test_replay_before_any_request_is_an_error(key_pair: KeyPair) -> None:
    async with InteractionClient("http://127.0.0.1:9/", key_pair) as client:
        with pytest.raises(RuntimeError, match="nothing to replay"):
            await client.replay()


async def test_raw_post_sends_bad_signatures_as_given(client: InteractionClient) -> None:
    headers = {"X-Signature-Ed25519": "00" * 64, "X-Signature-Timestamp": str(int(time.time()))}
    response = await client.post(b'{"type":1}', headers=headers)

    assert response.status == 401
    assert response.json() == {"error": "invalid request signature"}
    assert client.last_request is not None
    assert client.last_request.headers["Content-Type"] == "application/json"


async def test_request_signed_by_another_key_is_refused(echo: tuple[EchoServer, str]) -> None:
    async with InteractionClient(echo[1], KeyPair.generate()) as client:
        assert (await client.send(payloads.ping())).status == 401


async def test_raw_post_keeps_a_given_content_type(client: InteractionClient) -> None:
    signed = client.sign(b'{"type":1}')
    headers = {**signed.headers, "content-type": "text/plain"}
    response = await client.post(signed.body, headers=headers)

    assert response.json()["content_type"] == "text/plain"


async def test_raw_post_without_any_content_type(client: InteractionClient) -> None:
    signed = client.sign(b'{"type":1}')
    headers = {name: value for name, value in signed.headers.items() if name != "Content-Type"}
    response = await client.post(signed.body, headers=headers, content_type=None)

    assert response.status == 200
    assert response.json()["content_type"] is None


async def test_raw_post_with_a_content_type_argument(client: InteractionClient) -> None:
    signed = client.sign(b'{"type":1}')
    headers = {name: value for name, value in signed.headers.items() if name != "Content-Type"}
    response = await client.post(signed.body, headers=headers, content_type="application/xml")

    assert response.json()["content_type"] == "application/xml"


async def test_streamed_huge_body(client: InteractionClient) -> None:
    async def chunks() -> typing.AsyncIterator[bytes]:
        for _ in range(4):
            yield b"x" * (1024 * 1024)

    response = await client.post(chunks(), path="/size")

    assert response.json() == {"size": 4 * 1024 * 1024}
    assert client.last_request is None


async def test_get_and_other_methods(client: InteractionClient) -> None:
    health = await client.get()
    not_found = await client.get(path="/elsewhere")
    not_allowed = await client.request("PUT", body=b"{}")

    assert (health.status, health.json()) == (200, {"status": "ok"})
    assert not_found.status == 404
    assert not_allowed.status == 405


async def test_non_json_body_raises_value_error_on_json(client: InteractionClient) -> None:
    response = await client.get(path="/elsewhere")

    with pytest.raises(ValueError):  # noqa: PT011 - both JSON codecs raise ValueError subclasses.
        response.json()


async def test_given_session_is_used_and_left_open(echo: tuple[EchoServer, str], key_pair: KeyPair) -> None:
    async with aiohttp.ClientSession() as session:
        async with InteractionClient(echo[1], key_pair, session=session) as client:
            assert (await client.send(payloads.ping())).status == 200
        assert not session.closed
        assert (await session.get(echo[1])).status == 200


async def test_close_is_idempotent(echo: tuple[EchoServer, str], key_pair: KeyPair) -> None:
    client = InteractionClient(echo[1], key_pair)
    await client.close()
    assert (await client.send(payloads.ping())).status == 200
    await client.close()
    await client.close()


def test_multipart_reader_refuses_a_truncated_body() -> None:
    body = b'--b\r\nContent-Disposition: form-data; name="payload_json"\r\n\r\n{}\r\n'

    with pytest.raises(ValueError, match="closing delimiter"):
        split_parts(body, "b")


def test_multipart_reader_reads_parts_and_escaped_filenames() -> None:
    body = (
        b"preamble\r\n--b\r\n"
        b'Content-Disposition: form-data; name="files[0]"; filename="a%22b.png"\r\n'
        b"Content-Type: image/png\r\n\r\n\x89PNG\r\n\r\n--b--\r\n"
    )
    (part,) = split_parts(body, "b")

    assert (part.name, part.filename, part.content_type, part.content) == (
        "files[0]",
        'a"b.png',
        "image/png",
        b"\x89PNG\r\n",
    )
    assert boundary_of('multipart/form-data; boundary="b"') == "b"
    assert boundary_of("application/json") is None


# ---- in process, through an ASGI app ---------------------------------------------------------------


def asgi_echo(public_key: bytes) -> typing.Any:
    verifier = ed25519.Ed25519PublicKey.from_public_bytes(public_key)

    async def app(scope: dict[str, typing.Any], receive: typing.Any, send: typing.Any) -> None:
        headers = {name.decode(): value.decode() for name, value in scope["headers"]}
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        try:
            signature = bytes.fromhex(headers.get("x-signature-ed25519", ""))
            verifier.verify(signature, headers.get("x-signature-timestamp", "").encode() + body)
            status, answer = 200, {"echo": json.loads(body) if body else None}
        except (ValueError, InvalidSignature):
            status, answer = 401, {"error": "invalid request signature"}
        answer |= {"method": scope["method"], "path": scope["path"], "length": headers.get("content-length")}
        encoded = json.dumps(answer).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        # Two body messages, as a streaming app would send them.
        await send({"type": "http.response.body", "body": encoded[:5], "more_body": True})
        await send({"type": "http.response.body", "body": encoded[5:]})
        assert await receive() == {"type": "http.disconnect"}

    return app


async def test_asgi_app_receives_signed_requests_in_process(key_pair: KeyPair) -> None:
    app = asgi_echo(key_pair.public_key)
    async with InteractionClient("http://bot.test/interactions", key_pair, app=app) as client:
        payload = payloads.modal_submit("m", {"a": "b"})
        response = await client.send(payload)
        sent = client.last_request
        replayed = await client.replay()
        forged = await client.post(b'{"type":1}', headers={"X-Signature-Ed25519": "00" * 64})

    assert response.status == 200
    assert response.headers["Content-Type"] == "application/json"
    assert response.json()["echo"] == payload
    assert response.json()["path"] == "/interactions"
    assert sent is not None
    assert response.json()["length"] == str(len(sent.body))
    assert replayed.json() == response.json()
    assert forged.status == 401


async def test_asgi_app_gets_streamed_bodies_and_other_methods(key_pair: KeyPair) -> None:
    async def chunks() -> typing.AsyncIterator[bytes]:
        yield b'{"type":'
        yield b"1}"

    async with InteractionClient(
        "http://bot.test/interactions", key_pair, app=asgi_echo(key_pair.public_key)
    ) as client:
        streamed = await client.post(chunks())
        health = await client.get(path="/health")

    assert (streamed.status, streamed.json()["length"]) == (401, None)
    assert (health.json()["method"], health.json()["path"]) == ("GET", "/health")
