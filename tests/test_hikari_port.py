"""A hikari REST-bot program runs with only its import changed.

`tests/programs/hikari_rest_bot.py` is written against hikari's public API. It runs here twice
against the emulated Discord: under hikari itself (proving it is a genuine hikari program, and
that the emulator speaks Discord well enough for hikari) and under `import hikari_like as hikari`.
Both must give the same answers.
"""

from __future__ import annotations

import asyncio
import pathlib
import sys
import types
import typing

import pytest

from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from tests.backends import free_port

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_rest_bot.py"


def load_program(library: str, path: pathlib.Path = PROGRAM) -> types.ModuleType:
    """Load a program of `tests/programs/` under `library`: hikari itself, or hikari_like by
    rewriting its `import hikari  #` line (the only line that changes)."""
    source = path.read_text()
    if library == "hikari_like":
        source = source.replace("import hikari  #", "import hikari_like as hikari  #", 1)
    name = f"_hikari_program_{path.stem}_{library}"
    module = types.ModuleType(name)
    module.__file__ = str(path)
    sys.modules[name] = module  # dataclasses/attrs and typing look modules up by name
    exec(compile(source, str(path), "exec"), module.__dict__)
    return module


async def run_program(library: str, discord: EmulatedDiscord) -> dict[str, typing.Any]:
    program = load_program(library)
    bot = program.build_bot(discord.token, discord.key_pair.public_key_hex, discord.url)
    port = free_port()
    await bot.start(host="127.0.0.1", port=port, check_for_updates=False)
    url = f"http://127.0.0.1:{port}/"
    try:
        ping = await discord.send_interaction(
            url, payloads.slash_command("ping", [payloads.option("note", "hi")])
        )
        later = await discord.send_interaction(url, later_payload := payloads.slash_command("later"))
        button = await discord.send_interaction(url, payloads.button_press("again"))
        report = await discord.send_interaction(url, report_payload := payloads.slash_command("report"))
        for _ in range(100):
            if program.ANSWERS:
                break
            await asyncio.sleep(0.02)
    finally:
        await bot.close()
    original = discord.interactions[report_payload["token"]].original or {}
    ping_body, button_body = ping.json(), button.json()
    return {
        "commands": sorted(command["name"] for command in discord.commands),
        "ping": (
            ping.status,
            ping_body["type"],
            ping_body["data"]["content"],
            ping_body["data"]["embeds"][0]["title"],
        ),
        "later": (
            later.status,
            (discord.interaction_responses[later_payload["token"]].data or {})["content"],
        ),
        "button": (button.status, button_body["type"], button_body["data"]["title"]),
        "report": (
            report.json(),
            original["content"],
            [file["filename"] for file in original["attachments"]],
        ),
        "followups": [message["content"] for message in discord.followups[report_payload["token"]]],
        "answers": list(program.ANSWERS),
    }


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_program_runs(library: str, discord: EmulatedDiscord) -> None:
    outcome = await run_program(library, discord)

    assert outcome == {
        "commands": ["later", "ping", "report"],
        "ping": (200, 4, "pong", "Pong"),
        "later": (204, "answered over REST"),
        "button": (200, 9, "Feedback"),
        "report": ({"type": 5, "data": {"flags": 64}}, "report ready", ["report.csv"]),
        "followups": ["a followup"],
        "answers": ["report delivered"],
    }
