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
        "--host", "127.0.0.1", "--port", "{port}", "--workers", "2",
    ],
}  # fmt: skip


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
    url = f"http://127.0.0.1:{port}/"
    try:
        await wait_until_answering(url, discord)
        responses = [await discord.send_interaction(url, payloads.slash_command("ping")) for _ in range(6)]
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)

    assert [response.json()["data"]["content"][:5] for response in responses] == ["Pong!"] * 6
    # every worker fetched the public key from Discord and registered the commands at startup
    assert "ping" in [command["name"] for command in discord.commands]
    assert b"Traceback" not in stderr, stderr.decode()[-2000:]
