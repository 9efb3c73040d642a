"""`GatewayBot.run()` in a child process: it connects its shards, and SIGTERM closes it cleanly."""

from __future__ import annotations

import asyncio
import json
import os
import pathlib
import signal
import sys

import hikari_like
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from tests.test_gateway_bot import gateway  # noqa: F401 - a fixture
from tests.test_gateway_bot import wired  # noqa: F401 - a fixture

PROJECT_ROOT = str(pathlib.Path(hikari_like.__file__).resolve().parent.parent)

BOT_SCRIPT = """
import json, sys

from hikari_like import events
from hikari_like.impl.bots.gateway_bot import GatewayBot

options = json.loads(sys.argv[1])
bot = GatewayBot(options["token"], rest_url=options["rest_url"], banner=None, logs=None)


@bot.listen()
async def on_lifetime(event: events.StartedEvent | events.StoppingEvent | events.StoppedEvent) -> None:
    print(type(event).__name__, sorted(bot.shards), flush=True)


try:
    bot.run(propagate_interrupts=True)
except KeyboardInterrupt as interrupt:
    print("propagated", interrupt.signum, bot.is_alive, bot.rest.is_alive, flush=True)
"""

# What a clean exit must not print: warnings about leaked sessions, tasks or coroutines.
NOISE = ("Traceback", "Unclosed", "unclosed", "was destroyed", "never awaited", "Warning")


async def test_run_connects_and_a_signal_closes_it_cleanly(
    wired: EmulatedDiscord,  # noqa: F811 - the fixture
    gateway: EmulatedGateway,  # noqa: F811 - the fixture
    tmp_path: pathlib.Path,
) -> None:
    script = tmp_path / "bot.py"
    script.write_text(BOT_SCRIPT)
    options = json.dumps({"token": wired.token, "rest_url": wired.url})
    env = {**os.environ, "PYTHONPATH": PROJECT_ROOT}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-X", "dev", str(script), options,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        started = await asyncio.wait_for(process.stdout.readline(), 20)
        assert started.decode().strip() == "StartedEvent [0, 1]"
        process.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(process.communicate(), 20)
    finally:
        if process.returncode is None:
            process.kill()
            await process.communicate()

    assert out.decode().splitlines() == [
        "StoppingEvent [0, 1]",
        "StoppedEvent []",
        f"propagated {signal.SIGTERM} False False",
    ]
    assert not [line for line in err.decode().splitlines() if any(noise in line for noise in NOISE)]
    assert gateway.close_codes == [1000, 1000]
