"""`RESTBot.run()` in a real child process: signals stop it cleanly, failures exit cleanly.

The child gets an already-listening socket (no port race), talks REST to an emulated Discord in
this process, and prints markers to stdout that the tests read.
"""

from __future__ import annotations

import asyncio
import json
import os
import pathlib
import signal
import socket
import sys
import typing

import pytest

import hikari_like
from hikari_like.internal import signals
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

TOKEN = "run-token"
PROJECT_ROOT = str(pathlib.Path(hikari_like.__file__).resolve().parent.parent)

BOT_SCRIPT = """
import asyncio, json, socket, sys

import hikari_like
from hikari_like.impl.bots.rest_bot import RESTBot

options = json.loads(sys.argv[1])
bot = RESTBot(options["token"], public_key=options["public_key"], rest_url=options["rest_url"])


async def slow(interaction):
    print("listener entered", flush=True)
    await asyncio.sleep(0.5)
    return interaction.build_response().set_content("drained")


async def on_start(bot):
    print("startup callback", flush=True)


async def on_stop(bot):
    print("shutdown callback", bot.rest.is_alive, flush=True)


bot.set_listener(hikari_like.CommandInteraction, slow)
bot.add_startup_callback(on_start)
bot.add_shutdown_callback(on_stop)
try:
    with socket.socket(fileno=options["fd"]) as sock:
        bot.run(socket=sock, shutdown_timeout=20, propagate_interrupts=options["propagate"])
except KeyboardInterrupt as interrupt:
    print("propagated", interrupt.signum, flush=True)
    sys.exit(3)
print("run returned", bot.is_alive, bot.rest.is_alive, flush=True)
"""

# What a clean exit must not print: warnings about leaked sessions, tasks or coroutines.
NOISE = ("Traceback", "Unclosed", "unclosed", "was destroyed", "never awaited", "Warning")


@pytest.fixture
async def discord(key_pair: KeyPair) -> typing.AsyncIterator[EmulatedDiscord]:
    # The application's key is the one our test client signs with, as on Discord.
    async with EmulatedDiscord(token=TOKEN, key_pair=key_pair) as emulator:
        yield emulator


@pytest.fixture
def listening() -> typing.Iterator[socket.socket]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock


class Spawner:
    """Starts the bot script in a child process; children still running at teardown are killed."""

    def __init__(self, tmp_path: pathlib.Path) -> None:
        self.script = tmp_path / "bot.py"
        self.script.write_text(BOT_SCRIPT)
        self.children: list[asyncio.subprocess.Process] = []

    async def __call__(self, sock: socket.socket, **options: typing.Any) -> asyncio.subprocess.Process:
        process = await launch(self.script, sock, **options)
        self.children.append(process)
        return process


@pytest.fixture
async def spawn(tmp_path: pathlib.Path) -> typing.AsyncIterator[Spawner]:
    spawner = Spawner(tmp_path)
    yield spawner
    for process in spawner.children:
        if process.returncode is None:
            process.kill()
            await process.communicate()


async def launch(
    script: pathlib.Path,
    sock: socket.socket,
    *,
    rest_url: str,
    token: str = TOKEN,
    public_key: str | None = None,
    propagate: bool = False,
    event_loop: str = "default",
) -> asyncio.subprocess.Process:
    options = {
        "fd": sock.fileno(),
        "token": token,
        "rest_url": rest_url,
        "public_key": public_key,
        "propagate": propagate,
    }
    env = {**os.environ, "HIKARI_LIKE_EVENT_LOOP": event_loop, "PYTHONPATH": PROJECT_ROOT}
    for variable in ("CLICOLOR", "CLICOLOR_FORCE", "NO_COLOR"):
        env.pop(variable, None)
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-X",
        "dev",  # ResourceWarnings and asyncio's debug checks on, so leaks show up on stderr
        str(script),
        json.dumps(options),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        pass_fds=(sock.fileno(),),
        env=env,
    )


async def read_until(process: asyncio.subprocess.Process, marker: str, *, count: int = 1) -> str:
    assert process.stdout is not None
    seen = ""
    while seen.count(marker) < count:
        line = await asyncio.wait_for(process.stdout.readline(), timeout=30)
        if not line:
            raise AssertionError(f"the bot exited before printing {marker!r}; output so far:\n{seen}")
        seen += line.decode()
    return seen


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()
    return f"http://{host}:{port}/"


@pytest.mark.parametrize(
    ("signum", "event_loop"),
    [(signal.SIGTERM, "default"), (signal.SIGINT, "asyncio")],
    ids=["SIGTERM-default-loop", "SIGINT-asyncio-loop"],
)
async def test_a_signal_drains_requests_then_exits_zero(
    spawn: Spawner,
    listening: socket.socket,
    discord: EmulatedDiscord,
    key_pair: KeyPair,
    signum: signal.Signals,
    event_loop: str,
) -> None:
    process = await spawn(listening, rest_url=discord.url, event_loop=event_loop)
    async with InteractionClient(url_of(listening), key_pair, timeout=30) as client:
        requests = [asyncio.create_task(client.send(payloads.slash_command("slow"))) for _ in range(5)]
        try:
            before = await read_until(process, "listener entered", count=len(requests))
            process.send_signal(signum)  # five requests in flight: all of them must be answered
        finally:
            responses = await asyncio.gather(*requests, return_exceptions=True)
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=30)

    for response in responses:
        assert not isinstance(response, BaseException), stderr.decode()
        assert response.status == 200
        assert response.json()["data"]["content"] == "drained"
    assert process.returncode == 0, stderr.decode()
    output = before + stdout.decode()
    # The public key came from the application at start, then the banner and log lines went to stdout.
    assert "GET /oauth2/applications/@me" in [r.route for r in discord.requests]
    assert "hikari_like 0." in output
    assert "\x1b[" not in output  # stdout is a pipe: no colour
    assert "shutdown callback True" in output  # REST still open for the shutdown callbacks
    assert output.index("startup callback") < output.index("shutdown callback")
    assert output.rstrip().endswith("run returned False False")
    assert not [noise for noise in NOISE if noise in stderr.decode()], stderr.decode()


async def test_propagate_interrupts_raises_after_a_clean_stop(
    spawn: Spawner, listening: socket.socket, discord: EmulatedDiscord, key_pair: KeyPair
) -> None:
    process = await spawn(listening, rest_url=discord.url, public_key=key_pair.public_key_hex, propagate=True)
    await read_until(process, "startup callback")
    # The socket already listens, so a health check answers as soon as the server serves.
    async with InteractionClient(url_of(listening), key_pair, timeout=30) as client:
        assert (await client.get()).status == 200
    process.send_signal(signal.SIGTERM)
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=30)

    assert process.returncode == 3, stderr.decode()
    assert "shutdown callback True" in stdout.decode()
    assert f"propagated {int(signal.SIGTERM)}" in stdout.decode()
    assert discord.requests == []  # the key was given, so nothing was fetched


async def test_a_bad_token_makes_run_raise_without_leaks(
    spawn: Spawner, listening: socket.socket, discord: EmulatedDiscord
) -> None:
    process = await spawn(listening, rest_url=discord.url, token="wrong-token")
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=30)

    assert process.returncode == 1
    errors = stderr.decode()
    assert errors.count("Traceback") == 1
    assert "UnauthorizedError" in errors
    assert not [noise for noise in NOISE[1:] if noise in errors], errors
    assert "startup callback" not in stdout.decode()


async def test_signals_reach_the_loop_and_old_handlers_come_back() -> None:
    received: list[int] = []
    arrived = asyncio.Event()

    def on_signal(signum: int) -> None:
        received.append(signum)
        arrived.set()

    before = signal.getsignal(signal.SIGTERM)
    with signals.forward_interrupts(asyncio.get_running_loop(), on_signal, enabled=True):
        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.wait_for(arrived.wait(), timeout=5)
    assert received == [signal.SIGTERM]
    assert signal.getsignal(signal.SIGTERM) == before


async def test_only_the_first_signal_cancels_the_main_task(caplog: pytest.LogCaptureFixture) -> None:
    stopper = signals.StopOnInterrupt()
    stopper.main_task = task = asyncio.create_task(asyncio.sleep(10))
    stopper.on_signal(signal.SIGINT)
    stopper.on_signal(signal.SIGTERM)  # during the shutdown: logged, not a second cancellation
    with pytest.raises(asyncio.CancelledError):
        await task
    assert task.cancelling() == 1
    assert stopper.signum == signal.SIGINT
    assert "ignoring SIGTERM" in caplog.text
    assert str(signals.Interrupt(signal.SIGTERM)).startswith("interrupted by")
