"""AsgiAdapter driven in process: lifespan, websocket refusal, streamed multipart, continuations, mounts."""

from __future__ import annotations

import asyncio
import typing

import pytest

import hikari_like
from hikari_like import impl
from hikari_like.impl.server.asgi import AsgiAdapter
from hikari_like.impl.server.interaction_server import InteractionServer
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads

if typing.TYPE_CHECKING:
    from hikari_like.impl.server.asgi_types import Message

Sent = list[dict[str, typing.Any]]


async def run_lifespan(app: AsgiAdapter, *events: str) -> Sent:
    """Feed `lifespan.<event>` messages to the app; return what it sent back."""
    incoming: asyncio.Queue[Message] = asyncio.Queue()
    for event in events:
        incoming.put_nowait({"type": f"lifespan.{event}"})
    sent: Sent = []

    async def send(message: Message) -> None:
        sent.append(dict(message))

    await asyncio.wait_for(app({"type": "lifespan", "asgi": {"version": "3.0"}}, incoming.get, send), 5)
    return sent


@pytest.fixture
def server(key_pair: KeyPair) -> InteractionServer:
    return InteractionServer(public_key=key_pair.public_key_hex)


async def test_lifespan_runs_callbacks_in_order(server: InteractionServer) -> None:
    seen: list[str] = []

    def record(name: str) -> typing.Callable[[], typing.Coroutine[typing.Any, typing.Any, None]]:
        async def callback() -> None:
            seen.append(name)

        return callback

    removed = record("removed")
    app = (
        AsgiAdapter(server)
        .add_startup_callback(record("start 1"))
        .add_startup_callback(record("start 2"))
        .add_startup_callback(removed)
        .remove_startup_callback(removed)
        .add_shutdown_callback(record("stop 1"))
        .add_shutdown_callback(record("stop 2"))
    )
    assert len(app.on_startup) == 2
    assert len(app.on_shutdown) == 2

    sent = await run_lifespan(app, "startup", "shutdown")

    assert seen == ["start 1", "start 2", "stop 1", "stop 2"]
    assert sent == [{"type": "lifespan.startup.complete"}, {"type": "lifespan.shutdown.complete"}]


async def test_failing_startup_reports_its_message(server: InteractionServer) -> None:
    seen: list[str] = []

    async def broken() -> None:
        raise RuntimeError("database unreachable")

    async def never() -> None:
        seen.append("never")

    app = AsgiAdapter(server).add_startup_callback(broken).add_startup_callback(never)

    sent = await run_lifespan(app, "startup")

    assert sent == [{"type": "lifespan.startup.failed", "message": "RuntimeError: database unreachable"}]
    assert seen == []


async def test_every_shutdown_callback_runs_and_the_first_failure_is_reported(
    server: InteractionServer,
) -> None:
    seen: list[str] = []

    async def broken() -> None:
        raise ValueError("first")

    async def later() -> None:
        seen.append("later")

    app = AsgiAdapter(server).add_shutdown_callback(broken).add_shutdown_callback(later)

    sent = await run_lifespan(app, "startup", "shutdown")

    assert sent[-1] == {"type": "lifespan.shutdown.failed", "message": "ValueError: first"}
    assert seen == ["later"]


async def test_websocket_is_refused_cleanly(server: InteractionServer) -> None:
    incoming: asyncio.Queue[Message] = asyncio.Queue()
    incoming.put_nowait({"type": "websocket.connect"})
    sent: Sent = []

    async def send(message: Message) -> None:
        sent.append(dict(message))

    await AsgiAdapter(server)({"type": "websocket", "path": "/", "headers": []}, incoming.get, send)

    assert [message["type"] for message in sent] == ["websocket.close"]


async def test_unknown_scope_type_raises(server: InteractionServer) -> None:
    async def nothing() -> Message:
        raise AssertionError("not called")

    async def ignore(message: Message) -> None:
        raise AssertionError("not called")

    with pytest.raises(NotImplementedError):
        await AsgiAdapter(server)({"type": "telepathy"}, nothing, ignore)


async def test_settings_come_from_the_server_unless_given(key_pair: KeyPair) -> None:
    server = InteractionServer(public_key=key_pair.public_key_hex, max_body_size=10, interaction_path="/x")
    assert (AsgiAdapter(server).max_body_size, AsgiAdapter(server).endpoint.path) == (10, "/x")
    assert AsgiAdapter(server, max_body_size=20, interaction_path="/y/").endpoint.path == "/y"
    assert AsgiAdapter(server, max_body_size=20).max_body_size == 20


async def test_attachments_are_streamed_as_multipart(server: InteractionServer, key_pair: KeyPair) -> None:
    async def with_file(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
        return (
            interaction.build_response()
            .set_content("here")
            .add_attachment(hikari_like.Bytes(b"x" * 200_000, "big.bin"))
        )

    server.set_listener(hikari_like.CommandInteraction, with_file)
    async with InteractionClient("http://bot/", key_pair, app=AsgiAdapter(server)) as client:
        response = await client.send(payloads.slash_command("file"))

    assert response.status == 200
    assert response.content_type == "multipart/form-data"
    assert response.payload_json["data"]["content"] == "here"
    assert response.attachments == {"big.bin": b"x" * 200_000}


async def test_generator_listener_continues_after_the_response_is_sent(
    server: InteractionServer, key_pair: KeyPair
) -> None:
    after_yield = asyncio.Event()

    async def generator(
        interaction: hikari_like.CommandInteraction,
    ) -> typing.AsyncGenerator[impl.InteractionMessageBuilder, None]:
        yield interaction.build_response().set_content("first")
        after_yield.set()

    server.set_listener(hikari_like.CommandInteraction, generator)
    app = AsgiAdapter(server, shutdown_timeout=1)
    async with InteractionClient("http://bot/", key_pair, app=app) as client:
        response = await client.send(payloads.slash_command("gen"))

    assert response.json()["data"]["content"] == "first"
    await asyncio.wait_for(after_yield.wait(), 2)
    assert (await run_lifespan(app, "startup", "shutdown"))[-1] == {"type": "lifespan.shutdown.complete"}


@pytest.mark.parametrize("root_path", ["", "/discord"])
async def test_path_is_relative_to_root_path(server: InteractionServer, root_path: str) -> None:
    app = AsgiAdapter(server)
    sent: Sent = []

    async def send(message: Message) -> None:
        sent.append(dict(message))

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    for path in (f"{root_path}", f"{root_path}/", f"{root_path}/other"):
        scope = {"type": "http", "method": "GET", "path": path or "/", "root_path": root_path, "headers": []}
        await app(scope, receive, send)
    statuses = [message["status"] for message in sent if message["type"] == "http.response.start"]
    assert statuses == [200, 200, 404]
