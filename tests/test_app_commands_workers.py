"""Four processes start the same bot and Client at once: exactly one bulk PUT reaches the emulated
Discord, and a second round of starts writes nothing.

(a) `run_workers` with a RedisStore (a real redis-server): the claim in Redis decides;
(b) `run_workers` without a store: worker 0 syncs (`HIKARI_LIKE_WORKER_INDEX`);
(c) `uvicorn --workers 4` with an AsgiBot: the lock file decides.

The processes are real; each writes a marker file once its startup (the sync included) is done,
so the tests wait for that, never for a time. The bot is tests/programs/sync_workers_bot.py.
"""

from __future__ import annotations

import asyncio
import os
import pathlib
import signal
import sys
import typing

import pytest

from tests.backends import free_port

if typing.TYPE_CHECKING:
    from hikari_like.testing.emulator import EmulatedDiscord

pytestmark = pytest.mark.slow

ROOT: typing.Final = pathlib.Path(__file__).parent.parent
GLOBAL_PUT: typing.Final = "PUT /applications/{application}/commands"
GLOBAL_GET: typing.Final = "GET /applications/{application}/commands"
WORKERS: typing.Final = 4
PARENT: typing.Final = """
import sys
from hikari_like.impl.bots.workers import run_workers
from tests.programs.sync_workers_bot import build_bot
sys.exit(run_workers(build_bot, workers=4, host="127.0.0.1", port=int(sys.argv[1]), shutdown_timeout=2))
"""
UVICORN: typing.Final = [
    str(pathlib.Path(sys.executable).parent / "uvicorn"),
    "tests.programs.sync_workers_bot:build_asgi_bot",
    "--factory",
    "--host",
    "127.0.0.1",
    "--workers",
    str(WORKERS),
    "--port",
]


class Round(typing.NamedTuple):
    decisions: list[str]
    """Each process's log line saying whether it syncs and why."""
    output: str


async def start_round(
    command: list[str], discord: EmulatedDiscord, tmp_path: pathlib.Path, name: str, **env: str
) -> Round:
    """Start `command` (four processes of the bot), wait until all four started, stop them."""
    markers = tmp_path / name
    markers.mkdir()
    log = tmp_path / f"{name}.log"
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TEST_DISCORD_URL": discord.url,
        "TEST_DISCORD_TOKEN": discord.token,
        "TEST_MARKER_DIR": str(markers),
        "TMPDIR": str(tmp_path),  # the sync's lock files, in this test's directory
        **env,
    }
    with log.open("wb") as output:
        process = await asyncio.create_subprocess_exec(
            *command, cwd=ROOT, env=environment, stdout=output, stderr=output
        )
        try:
            await wait_for_markers(markers, process)
        finally:
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), timeout=60)
    text = log.read_text(errors="replace")
    decisions = [
        line for line in text.splitlines() if " the command sync" in line or " syncs the commands" in line
    ]
    return Round(decisions=decisions, output=text)


async def wait_for_markers(markers: pathlib.Path, process: asyncio.subprocess.Process) -> None:
    deadline = asyncio.get_running_loop().time() + 120.0  # a generous bound for a busy 2-core box
    while (started := len(os.listdir(markers))) < WORKERS:
        if process.returncode is not None:
            raise AssertionError(f"the processes exited early (code {process.returncode})")
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"only {started} of {WORKERS} processes started")
        await asyncio.sleep(0.1)


def check_round(result: Round, *, syncers: int | None = 1) -> None:
    """Every process decided once, none failed; `syncers` of them synced (`None`: any number)."""
    assert "Traceback" not in result.output, result.output[-3000:]
    assert len(result.decisions) == WORKERS, result.output[-3000:]
    if syncers is not None:
        assert sum(" syncs the commands" in line for line in result.decisions) == syncers, result.decisions


def run_workers_command() -> list[str]:
    return [sys.executable, "-c", PARENT, str(free_port())]


@pytest.mark.redis
async def test_run_workers_with_a_redis_store_sync_once(
    discord: EmulatedDiscord, tmp_path: pathlib.Path
) -> None:
    from tests.redis_server import running_redis

    with running_redis() as redis_server:
        first = await start_round(
            run_workers_command(), discord, tmp_path, "first", TEST_REDIS_URL=redis_server.url
        )
        second = await start_round(
            run_workers_command(), discord, tmp_path, "second", TEST_REDIS_URL=redis_server.url
        )

    check_round(first)
    check_round(second, syncers=0)
    assert len(discord.requests_to(GLOBAL_PUT)) == 1
    assert [c["name"] for c in discord.commands] == ["ping", "echo", "User info"]
    assert sum("claimed the sync in the shared store" in line for line in first.decisions) == 1
    assert sum("another process claimed it in the shared store" in line for line in first.decisions) == 3
    # The same commands within the claim's lifetime: nobody needs to look again.
    assert all("another process claimed it" in line for line in second.decisions)


@pytest.mark.redis
async def test_a_redeploy_with_changed_commands_syncs_again(
    discord: EmulatedDiscord, tmp_path: pathlib.Path
) -> None:
    from tests.redis_server import running_redis

    with running_redis() as redis_server:
        await start_round(run_workers_command(), discord, tmp_path, "first", TEST_REDIS_URL=redis_server.url)
        changed = await start_round(
            run_workers_command(),
            discord,
            tmp_path,
            "changed",
            TEST_REDIS_URL=redis_server.url,
            TEST_EXTRA_COMMAND="1",
        )

    check_round(changed)
    assert len(discord.requests_to(GLOBAL_PUT)) == 2
    assert sorted(c["name"] for c in discord.commands) == ["User info", "echo", "extra", "ping"]


async def test_run_workers_without_a_store_worker_zero_syncs(
    discord: EmulatedDiscord, tmp_path: pathlib.Path
) -> None:
    first = await start_round(run_workers_command(), discord, tmp_path, "first")
    second = await start_round(run_workers_command(), discord, tmp_path, "second")

    check_round(first)
    check_round(second, syncers=0)
    assert len(discord.requests_to(GLOBAL_PUT)) == 1
    assert sum("syncs the commands: it is worker 0" in line for line in first.decisions) == 1
    for result in (first, second):
        assert sum("skips the command sync: worker 0 syncs" in line for line in result.decisions) == 3
    # The second round's worker 0 knows from the lock file that these commands were just synced.
    assert sum("skips the command sync: synced on this host" in line for line in second.decisions) == 1


async def test_uvicorn_workers_sync_once(discord: EmulatedDiscord, tmp_path: pathlib.Path) -> None:
    first = await start_round([*UVICORN, str(free_port())], discord, tmp_path, "first")
    second = await start_round([*UVICORN, str(free_port())], discord, tmp_path, "second")

    check_round(first)
    check_round(second, syncers=0)
    assert len(discord.requests_to(GLOBAL_PUT)) == 1
    assert len(discord.requests_to(GLOBAL_GET)) == 1
    assert [c["name"] for c in discord.commands] == ["ping", "echo", "User info"]
    assert sum("syncs the commands: it holds the lock file" in line for line in first.decisions) == 1
