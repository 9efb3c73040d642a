"""Real HTTP servers for the cross-backend suites: aiohttp (built in) and ASGI under three servers.

Each ASGI server runs for the whole session in its own thread and event loop, serving a
`Switchboard` whose target a test replaces with a fresh `AsgiAdapter` (so every test starts
with a fresh replay guard, as with the per-test aiohttp server).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
import typing

import attrs

from hikari_like.impl.server.asgi import AsgiAdapter
from hikari_like.impl.server.interaction_server import InteractionServer

if typing.TYPE_CHECKING:
    from hikari_like.impl.server.asgi_types import ASGIApp
    from hikari_like.impl.server.asgi_types import Receive
    from hikari_like.impl.server.asgi_types import Scope
    from hikari_like.impl.server.asgi_types import Send

ASGI_SERVERS: typing.Final = ("uvicorn", "hypercorn", "granian")


@attrs.define
class Switchboard:
    """An ASGI app that forwards HTTP to whatever app the current test installed."""

    target: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if self.target is None:
            raise RuntimeError("no app installed")
        await self.target(scope, receive, send)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, *, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return
        time.sleep(0.02)
    raise TimeoutError(f"nothing listens on port {port} after {timeout}s")


async def _serve_uvicorn(app: ASGIApp, port: int, stop: asyncio.Event) -> None:
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    serving = asyncio.ensure_future(server.serve())
    await stop.wait()
    server.should_exit = True
    await serving


async def _serve_hypercorn(app: ASGIApp, port: int, stop: asyncio.Event) -> None:
    from hypercorn.asyncio import serve
    from hypercorn.config import Config

    config = Config()
    config.bind = [f"127.0.0.1:{port}"]
    config.loglevel = "WARNING"
    await serve(app, config, shutdown_trigger=stop.wait)  # type: ignore[arg-type]


async def _serve_granian(app: ASGIApp, port: int, stop: asyncio.Event) -> None:
    from granian.constants import Interfaces
    from granian.server.embed import Server

    server = Server(app, address="127.0.0.1", port=port, interface=Interfaces.ASGI, log_enabled=False)
    serving = asyncio.ensure_future(server.serve())
    await stop.wait()
    server.stop()  # type: ignore[no-untyped-call]
    await serving


_SERVERS: typing.Final = {"uvicorn": _serve_uvicorn, "hypercorn": _serve_hypercorn, "granian": _serve_granian}


class ServerThread:
    """One ASGI server on loopback, in a thread with its own event loop."""

    def __init__(self, name: str, app: ASGIApp) -> None:
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._app = app
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, name=f"{name} server", daemon=True)
        self.error: BaseException | None = None

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as error:  # reported by start()/stop()
            self.error = error

    async def _main(self) -> None:
        self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
        await _SERVERS[self.name](self._app, self.port, self._stop)

    def start(self) -> None:
        self._thread.start()
        wait_for_port(self.port)

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=10)


@attrs.define
class Backend:
    """A fresh `InteractionServer` reachable over HTTP at `url` through one backend."""

    name: str
    server: InteractionServer
    url: str


async def aiohttp_backend(server: InteractionServer) -> Backend:
    await server.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    return Backend("aiohttp", server, server.urls[0])


def asgi_backend(thread: ServerThread, switchboard: Switchboard, server: InteractionServer) -> Backend:
    switchboard.target = AsgiAdapter(server, shutdown_timeout=5)
    return Backend(thread.name, server, thread.url)


@contextlib.asynccontextmanager
async def serving_in_loop(name: str, app: ASGIApp) -> typing.AsyncIterator[str]:
    """Serve `app` with uvicorn or hypercorn on loopback in this event loop, lifespan on.

    Yields the base URL once the server listens (after the app's lifespan startup); stops it on
    exit. For tests that need the app in the test's own loop (the session-wide `ServerThread`s
    run theirs in another).
    """
    port = free_port()
    if name == "uvicorn":
        import uvicorn

        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="on", log_level="warning")
        )
        task = asyncio.create_task(server.serve())
        try:
            while not server.started:
                await asyncio.sleep(0.01)
                if task.done():
                    raise RuntimeError("uvicorn did not start")
            yield f"http://127.0.0.1:{port}"
        finally:
            server.should_exit = True
            await asyncio.wait_for(task, 20)
        return
    from hypercorn.asyncio import serve
    from hypercorn.config import Config

    config = Config()
    config.bind = [f"127.0.0.1:{port}"]
    config.loglevel = "WARNING"
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, config, shutdown_trigger=stop.wait))  # type: ignore[arg-type]
    try:
        await _wait_for_port(port, task)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop.set()
        await asyncio.wait_for(task, 20)


async def _wait_for_port(port: int, task: asyncio.Task[typing.Any]) -> None:
    for _ in range(500):
        if task.done():
            raise RuntimeError("the server did not start")
        with contextlib.suppress(OSError):
            _, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.close()
            await writer.wait_closed()
            return
        await asyncio.sleep(0.01)
    raise TimeoutError(f"nothing listens on port {port}")
