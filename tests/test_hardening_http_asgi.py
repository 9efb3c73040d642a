"""Oversized and trickled bodies on every backend, and the limits' options on the bots (issue #16).

The built-in server and `AsgiAdapter` under uvicorn, hypercorn and granian, over real loopback
sockets. A client that sends an oversized body whole must read the 413 rather than a reset
connection; a body that trickles in must get 408 and a closed connection.
"""

from __future__ import annotations

import asyncio
import inspect
import socket
import typing

import hikari
import pytest
from hikari.impl import interaction_server as hikari_interaction_server

import hikari_like
from hikari_like.impl.server.asgi import AsgiAdapter
from hikari_like.impl.server.interaction_server import InteractionServer
from hikari_like.impl.server.limits import ConnectionLimits
from hikari_like.interactions.command_interactions import CommandInteraction
from hikari_like.testing.signing import KeyPair
from tests import backends
from tests.conftest import Recorder
from tests.test_hardening_http_server import JSON_POST
from tests.test_hardening_http_server import port_of
from tests.test_hardening_http_server import read_until_closed
from tests.test_hardening_http_server import trickling
from tests.test_status_table import asgi_servers  # noqa: F401  (the ASGI servers, one set per session)

SERVERS: typing.Final = ("aiohttp", *backends.ASGI_SERVERS)
# Small client buffers, so the client is still sending when a server that refused the body
# early closes the connection: the kernel then resets it, and the 413 is lost with it.
CLIENT_SEND_BUFFER: typing.Final = 32 * 1024
BIG_BODY: typing.Final = b"{" + b" " * 1_500_000 + b"}"  # over 1 MiB, within the drain bound


@pytest.fixture
async def serve(
    key_pair: KeyPair,
    asgi_servers: dict[str, tuple[backends.ServerThread, backends.Switchboard]],  # noqa: F811
) -> typing.AsyncIterator[typing.Callable[..., typing.Awaitable[tuple[InteractionServer, int]]]]:
    started: list[InteractionServer] = []

    async def serve(name: str, *, request_timeout: float = 10.0) -> tuple[InteractionServer, int]:
        """A fresh server behind backend `name`, and the port it answers on."""
        server = InteractionServer(public_key=key_pair.public_key_hex)
        if name == "aiohttp":
            await server.start(host="127.0.0.1", port=0, shutdown_timeout=5, request_timeout=request_timeout)
            started.append(server)
            return server, int(server.urls[0].rsplit(":", 1)[1])
        thread, switchboard = asgi_servers[name]
        switchboard.target = AsgiAdapter(server, shutdown_timeout=5, request_timeout=request_timeout)
        return server, thread.port

    yield serve
    for server in started:
        await server.close()


def send_whole_and_read_status(port: int, head: bytes, body: bytes) -> bytes:
    """Send the request whole, as a naive client does, then read the status line."""
    with socket.socket() as client:
        client.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, CLIENT_SEND_BUFFER)
        client.settimeout(30)
        client.connect(("127.0.0.1", port))
        client.sendall(head + body)
        answer = b""
        while b"\r\n" not in answer:
            chunk = client.recv(4096)
            if not chunk:
                break
            answer += chunk
        return answer.split(b"\r\n", 1)[0]


def chunked(body: bytes) -> bytes:
    size = 64 * 1024
    pieces = [body[start : start + size] for start in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces) + b"0\r\n\r\n"


@pytest.mark.parametrize("name", SERVERS)
@pytest.mark.parametrize("framing", ["content-length", "chunked"])
async def test_an_oversized_body_sent_whole_reads_the_413(
    name: str, framing: str, serve: typing.Callable[..., typing.Any], recorder: Recorder
) -> None:
    server, port = await serve(name)
    server.set_listener(CommandInteraction, recorder)
    if framing == "chunked":
        head, body = JSON_POST + b"Transfer-Encoding: chunked\r\n\r\n", chunked(BIG_BODY)
    else:
        head, body = JSON_POST + b"Content-Length: %d\r\n\r\n" % len(BIG_BODY), BIG_BODY

    statuses = [await asyncio.to_thread(send_whole_and_read_status, port, head, body) for _ in range(2)]

    assert [status.split(b" ")[1] for status in statuses] == [b"413", b"413"]
    assert recorder.calls == []


@pytest.mark.parametrize("name", SERVERS)
async def test_a_trickled_body_gets_408_and_the_connection_closes(
    name: str, serve: typing.Callable[..., typing.Any], recorder: Recorder
) -> None:
    server, port = await serve(name, request_timeout=1.0)
    server.set_listener(CommandInteraction, recorder)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(JSON_POST + b"Content-Length: 10000\r\n\r\n")

    async with trickling(writer, b"{" + b" " * 9_998 + b"}"):
        answer = await read_until_closed(reader)

    assert server.stats.request_timeouts == 1
    assert recorder.calls == []
    # The ASGI server closes the connection after the 408 while trickled bytes are still arriving;
    # when one lands unread in its socket, the kernel resets the connection, and a reset may drop
    # the 408 before the client reads it (it happened once on a busy machine). The adapter's count
    # above says the 408 was sent; a client that does get bytes gets exactly that.
    if answer or name == "aiohttp":
        assert answer.split(b"\r\n", 1)[0].split(b" ")[1] == b"408"


# -- the options on the bots -------------------------------------------------------------------

EXTRAS: typing.Final = ("header_timeout", "request_timeout", "keep_alive_timeout", "max_connections")


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        (hikari_like.RESTBot.run, hikari.RESTBot.run),
        (hikari_like.RESTBot.start, hikari.RESTBot.start),
        (InteractionServer.start, hikari_interaction_server.InteractionServer.start),
    ],
    ids=["RESTBot.run", "RESTBot.start", "InteractionServer.start"],
)
def test_the_limits_are_keyword_only_extras_after_hikaris_parameters(
    ours: typing.Callable[..., typing.Any], theirs: typing.Callable[..., typing.Any]
) -> None:
    our_parameters = list(inspect.signature(ours).parameters.values())
    their_names = list(inspect.signature(theirs).parameters)

    assert [parameter.name for parameter in our_parameters] == [*their_names, *EXTRAS]
    for parameter in our_parameters[len(their_names) :]:
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
        assert parameter.default is not inspect.Parameter.empty


async def test_rest_bot_start_passes_the_limits_on(discord: typing.Any, key_pair: KeyPair) -> None:
    bot = hikari_like.RESTBot(
        discord.token, public_key=key_pair.public_key_hex, rest_url=discord.url, banner=None, logs=None
    )
    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5, header_timeout=0.5)
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port_of(bot.interaction_server))
        async with trickling(writer, JSON_POST * 100):
            assert await read_until_closed(reader) == b""
    finally:
        await bot.close()
    assert bot.stats.header_timeouts == 1


def test_asgi_bot_passes_request_timeout_to_its_adapter(discord: typing.Any, key_pair: KeyPair) -> None:
    bot = hikari_like.AsgiBot(discord.token, public_key=key_pair.public_key_hex, request_timeout=2.5)
    assert bot.adapter.request_timeout == 2.5
    assert bot.adapter.stats is bot.stats


def test_limits_are_validated() -> None:
    with pytest.raises(ValueError, match="request_timeout"):
        AsgiAdapter(InteractionServer(public_key=None), request_timeout=0)
    with pytest.raises(ValueError, match="max_connections"):
        ConnectionLimits(max_connections=0)
    with pytest.raises(ValueError, match="header_timeout"):
        ConnectionLimits(header_timeout=-1)
