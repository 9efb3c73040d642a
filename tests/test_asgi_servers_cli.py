"""The deployment commands from docs/deployment.md, run for real: several workers, one port."""

from __future__ import annotations

import asyncio
import os
import pathlib
import signal
import sys

import pytest

from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from tests.backends import free_port

ROOT = pathlib.Path(__file__).parent.parent
BIN = pathlib.Path(sys.executable).parent

COMMANDS = {
    "uvicorn": [
        "uvicorn", "examples.asgi_bot:bot", "--host", "127.0.0.1", "--port", "{port}", "--workers", "2",
    ],
    "hypercorn": ["hypercorn", "examples.asgi_bot:bot", "--bind", "127.0.0.1:{port}", "--workers", "2"],
    "granian": [
        "granian", "--interface", "asgi", "examples.asgi_bot:bot",
        "--host", "127.0.0.1", "--port", "{port}", "--workers", "2", "--workers-kill-timeout", "5",
    ],
}  # fmt: skip
"""As docs/deployment.md gives them (granian's kill timeout: a worker still starting loses a SIGTERM)."""


async def start_server(server: str, discord: EmulatedDiscord) -> tuple[asyncio.subprocess.Process, str]:
    """The server running examples/asgi_bot.py against `discord`, and its URL."""
    port = free_port()
    command = [str(BIN / COMMANDS[server][0]), *(part.format(port=port) for part in COMMANDS[server][1:])]
    environment = {
        **os.environ,
        "DISCORD_TOKEN": discord.token,
        "DISCORD_REST_URL": discord.url,
        "PYTHONPATH": str(ROOT),
    }
    process = await asyncio.create_subprocess_exec(
        *command, cwd=ROOT, env=environment, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
    )
    return process, f"http://127.0.0.1:{port}/"


async def stop_server(process: asyncio.subprocess.Process) -> bytes:
    """SIGTERM, as a process manager stops it; what it wrote to stderr."""
    process.send_signal(signal.SIGTERM)
    _, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    return stderr


async def wait_until_answering(url: str, discord: EmulatedDiscord) -> None:
    deadline = asyncio.get_running_loop().time() + 30.0
    while True:
        try:
            if (await discord.send_interaction(url, payloads.ping())).status == 200:
                return
        except OSError:
            pass
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"nothing answered on {url}")
        await asyncio.sleep(0.2)


@pytest.mark.slow
@pytest.mark.parametrize("server", COMMANDS.keys())
async def test_workers_serve_the_example_bot(server: str, discord: EmulatedDiscord) -> None:
    process, url = await start_server(server, discord)
    try:
        await wait_until_answering(url, discord)
        responses = [await discord.send_interaction(url, payloads.slash_command("ping")) for _ in range(6)]
    finally:
        stderr = await stop_server(process)

    assert [response.json()["data"]["content"][:5] for response in responses] == ["Pong!"] * 6
    # every worker fetched the public key from Discord and registered the commands at startup
    assert "ping" in [command["name"] for command in discord.commands]
    assert b"Traceback" not in stderr, stderr.decode()[-2000:]


@pytest.mark.slow
@pytest.mark.parametrize("server", COMMANDS.keys())
async def test_a_sigterm_while_workers_start_stops_the_server(server: str, discord: EmulatedDiscord) -> None:
    process, _ = await start_server(server, discord)
    await asyncio.sleep(1.5)  # the workers are importing or starting up (the exact moment varies)

    stderr = await stop_server(process)  # within its timeout, which is the point

    assert b"Traceback" not in stderr, stderr.decode()[-2000:]
