"""The servers under test, each run in a child process of its own (its own core, loop and GIL).

Six contestants answer the same signed interaction with the same message:

- on aiohttp: hikari_like's `RESTBot`, hikari's `RESTBot`, and the floor: a hand-written aiohttp
  handler (read, verify with the same verifier, decode, encode a fixed answer);
- under uvicorn: hikari_like's `AsgiBot`, yuyo's `AsgiBot`, and the floor: a hand-written ASGI app.

Every child runs uvloop when it is installed (hikari_like's `RESTBot.run` would pick it; the
others get it too, so the loop is not what differs). Replay protection is off for hikari_like
(`replay_window=None`): the load generator repeats one signed request, and neither hikari nor
yuyo has such a check; the `core` benchmark measures what the check costs.
"""

from __future__ import annotations

__all__ = ["AIOHTTP", "ASGI", "CONTESTANTS", "Contestant", "running_servers"]

import asyncio
import binascii
import contextlib
import logging
import multiprocessing
import socket
import typing

import attrs

from benchmarks import _workload

if typing.TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from hikari_like.impl.server.asgi_types import Receive
    from hikari_like.impl.server.asgi_types import Scope
    from hikari_like.impl.server.asgi_types import Send

AsgiApp = typing.Callable[["Scope", "Receive", "Send"], typing.Awaitable[None]]
AIOHTTP: typing.Final = "aiohttp"
ASGI: typing.Final = "uvicorn"
_ANSWER: typing.Final = {"type": 4, "data": {"content": "hello back"}}


@attrs.frozen(kw_only=True)
class Contestant:
    """One server under test: its name in the tables and the stack it runs on."""

    name: str
    stack: str
    floor: bool = False


CONTESTANTS: typing.Final = (
    Contestant(name="hikari_like RESTBot", stack=AIOHTTP),
    Contestant(name="hikari RESTBot", stack=AIOHTTP),
    Contestant(name="floor (aiohttp)", stack=AIOHTTP, floor=True),
    Contestant(name="hikari_like AsgiBot", stack=ASGI),
    Contestant(name="yuyo AsgiBot", stack=ASGI),
    Contestant(name="floor (ASGI)", stack=ASGI, floor=True),
)


# -- aiohttp servers: each returns an async `close` -------------------------------------------------

Close = typing.Callable[[], typing.Awaitable[None]]


async def _hikari_like_restbot(sock: socket.socket) -> Close:
    import hikari_like

    bot = hikari_like.RESTBot(
        _workload.TOKEN, public_key=_workload.PUBLIC_KEY_HEX, replay_window=None, banner=None, logs=None
    )
    bot.set_listener(hikari_like.CommandInteraction, _workload.echo)
    await bot.start(socket=sock)
    return bot.close


async def _hikari_restbot(sock: socket.socket) -> Close:
    import hikari

    bot = hikari.RESTBot(
        _workload.TOKEN,
        "Bot",
        public_key=_workload.PUBLIC_KEY_HEX,
        banner=None,
        logs=None,
        suppress_optimization_warning=True,
    )
    bot.set_listener(hikari.CommandInteraction, _workload.echo)  # type: ignore[attr-defined]
    await bot.start(socket=sock, check_for_updates=False)
    return typing.cast("Close", bot.close)


async def _floor_aiohttp(sock: socket.socket) -> Close:
    from aiohttp import web

    from hikari_like.internal import ed25519
    from hikari_like.internal import json

    verify = ed25519.make_verifier(_workload.PUBLIC_KEY_HEX)
    answer = json.dumps(_ANSWER)

    async def handle(request: web.Request) -> web.Response:
        body = await request.read()
        signature = binascii.unhexlify(request.headers["X-Signature-Ed25519"])
        if not verify(request.headers["X-Signature-Timestamp"].encode() + body, signature):
            return web.Response(status=401)
        json.loads(body)
        return web.Response(body=answer, content_type="application/json")

    app = web.Application()
    app.router.add_post("/", handle)
    runner = web.AppRunner(app, handle_signals=False, access_log=None)
    await runner.setup()
    await web.SockSite(runner, sock).start()
    return runner.cleanup


# -- ASGI apps ----------------------------------------------------------------------------------------


def _hikari_like_asgibot() -> AsgiApp:
    import hikari_like
    from hikari_like.impl.bots.asgi_bot import AsgiBot

    bot = AsgiBot(_workload.TOKEN, public_key=_workload.PUBLIC_KEY_HEX, replay_window=None)
    bot.set_listener(hikari_like.CommandInteraction, _workload.echo)
    return bot


def _yuyo_asgibot() -> AsgiApp:
    import hikari
    import yuyo

    bot = yuyo.AsgiBot(_workload.TOKEN, public_key=_workload.PUBLIC_KEY_HEX)
    bot.interaction_server.set_listener(hikari.CommandInteraction, _workload.echo)  # type: ignore[attr-defined]
    return typing.cast("AsgiApp", bot)


def _floor_asgi() -> AsgiApp:
    from hikari_like.internal import ed25519
    from hikari_like.internal import json

    verify = ed25519.make_verifier(_workload.PUBLIC_KEY_HEX)
    answer = json.dumps(_ANSWER)
    answer_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(answer)).encode())]

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _floor_lifespan(receive, send)
            return
        headers = dict(scope["headers"])
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        if not verify(
            headers[b"x-signature-timestamp"] + body, binascii.unhexlify(headers[b"x-signature-ed25519"])
        ):
            await send({"type": "http.response.start", "status": 401, "headers": []})
            await send({"type": "http.response.body", "body": b""})
            return
        json.loads(body)
        await send({"type": "http.response.start", "status": 200, "headers": answer_headers})
        await send({"type": "http.response.body", "body": answer})

    return app


async def _floor_lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        else:
            await send({"type": "lifespan.shutdown.complete"})
            return


_AIOHTTP_SERVERS: typing.Final = {
    "hikari_like RESTBot": _hikari_like_restbot,
    "hikari RESTBot": _hikari_restbot,
    "floor (aiohttp)": _floor_aiohttp,
}
_ASGI_APPS: typing.Final = {
    "hikari_like AsgiBot": _hikari_like_asgibot,
    "yuyo AsgiBot": _yuyo_asgibot,
    "floor (ASGI)": _floor_asgi,
}


async def _close_yuyo_rest(app: AsgiApp) -> None:
    # yuyo's AsgiBot answers one lifespan message per call, while uvicorn makes one call for the
    # whole lifespan, so its shutdown never runs: close its REST client as that shutdown would
    # (else aiohttp reports an unclosed session when the child exits).
    await typing.cast("typing.Any", app).rest.close()


_AFTER_SERVING: typing.Final = {"yuyo AsgiBot": _close_yuyo_rest}


async def _serve_asgi_app(name: str, sock: socket.socket) -> Close:
    app = _ASGI_APPS[name]()
    stop_serving = await _serve_uvicorn(app, sock)
    after_serving = _AFTER_SERVING.get(name)

    async def close() -> None:
        await stop_serving()
        if after_serving is not None:
            await after_serving(app)

    return close


async def _serve_uvicorn(app: AsgiApp, sock: socket.socket) -> Close:
    import uvicorn

    config = uvicorn.Config(app, lifespan="on", log_level="warning", access_log=False, http="auto")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if task.done():
            await task  # raises what stopped it
            raise RuntimeError("uvicorn stopped before it started")
        await asyncio.sleep(0.01)

    async def close() -> None:
        server.should_exit = True
        await task

    return close


# -- the child process --------------------------------------------------------------------------------


def _new_loop() -> asyncio.AbstractEventLoop:
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop()
    return uvloop.new_event_loop()


def _serve(name: str, connection: Connection) -> None:
    logging.basicConfig(level=logging.ERROR)
    with asyncio.Runner(loop_factory=_new_loop) as runner:
        runner.run(_serve_until_told(name, connection))


async def _serve_until_told(name: str, connection: Connection) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    port = sock.getsockname()[1]
    if name in _AIOHTTP_SERVERS:
        close = await _AIOHTTP_SERVERS[name](sock)
    else:
        close = await _serve_asgi_app(name, sock)
    connection.send(f"http://127.0.0.1:{port}/")
    await asyncio.to_thread(connection.recv)
    await close()


@contextlib.contextmanager
def running_servers(names: typing.Sequence[str]) -> typing.Iterator[dict[str, tuple[str, int]]]:
    """Start the named contestants, each in a child process; yield each one's URL and process id.

    The children start in parallel; all are stopped (and killed if they hang) on exit.
    """
    context = multiprocessing.get_context("spawn")
    children: dict[str, tuple[Connection, typing.Any]] = {}
    try:
        for name in names:
            ours, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(name, theirs), daemon=True)
            process.start()
            children[name] = (ours, process)
        yield {name: _started(name, ours, process) for name, (ours, process) in children.items()}
    finally:
        for ours, _ in children.values():
            with contextlib.suppress(OSError):
                ours.send("stop")
        for _, process in children.values():
            process.join(15)
            if process.is_alive():
                process.kill()


def _started(
    name: str, connection: Connection, process: multiprocessing.process.BaseProcess
) -> tuple[str, int]:
    for _ in range(600):
        if connection.poll(0.1):
            break
        if not process.is_alive():
            raise RuntimeError(f"the {name} server exited with code {process.exitcode} before it started")
    else:
        raise RuntimeError(f"the {name} server did not start within a minute")
    try:
        url: str = connection.recv()
    except EOFError:
        raise RuntimeError(f"the {name} server exited before it started") from None
    return url, typing.cast("int", process.pid)
