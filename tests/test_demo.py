"""The README's first command: the demo passes and says what happened."""

from __future__ import annotations

import asyncio
import re
import signal
import sys

import pytest

from hikari_like.__main__ import main
from hikari_like.demo import run_demo
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads


async def test_demo_passes_every_step() -> None:
    lines: list[str] = []

    assert await run_demo(lines.append)

    transcript = "\n".join(lines)
    assert "9 of 9 steps behaved as expected" in transcript
    assert "report.csv" in transcript  # delivered over REST after the deferral
    assert "401" in transcript  # the forged request was refused
    assert "AUTOCOMPLETE choices: faq, fanart" in transcript


def test_version_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])

    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("hikari_like ")


async def test_serve_keeps_running_and_answers_what_it_says_to_send() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "hikari_like",
        "demo",
        "--serve",
        "--port",
        "0",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        printed = ""
        while "Ctrl+C" not in printed:
            line = await asyncio.wait_for(process.stdout.readline(), timeout=30)
            assert line, "the demo exited early"
            printed += line.decode()
        url = re.search(r"^bot:\s+(\S+)", printed, re.MULTILINE)
        seed = re.search(r'bytes\.fromhex\("([0-9a-f]{64})"\)', printed)
        assert url is not None
        assert seed is not None

        async with InteractionClient(url[1], KeyPair.from_seed(bytes.fromhex(seed[1]))) as client:
            tag = payloads.subcommand("show", [payloads.option("name", "rules")])
            response = await client.send(payloads.slash_command("tag", [tag]))

        assert response.json()["data"]["embeds"][0]["description"] == "Be kind. No spam. Have fun."
    finally:
        process.send_signal(signal.SIGINT)
        assert await asyncio.wait_for(process.wait(), timeout=30) == 0
