"""The demo as a playground: `demo --serve` prints `send` commands that work, and `send` delivers
interactions through the emulated Discord, which then knows them (edits and followups succeed)."""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import typing

import pytest

from hikari_like.demo.bot import create_bot
from hikari_like.demo.command_line import CommandLineError
from hikari_like.demo.command_line import interaction_for
from hikari_like.testing import KeyPair

_TIMEOUT: typing.Final = 120  # generous: a busy 2-core box runs two interpreters per test
# The environment the examples read; unset, so `send` and `serve` use their own defaults.
_ENVIRONMENT: typing.Final = {
    name: value
    for name, value in os.environ.items()
    if name not in {"DISCORD_TOKEN", "DISCORD_REST_URL", "DISCORD_PUBLIC_KEY"}
}


class Served(typing.NamedTuple):
    process: subprocess.Popen[str]
    printed: str

    @property
    def sends(self) -> list[list[str]]:
        """The `send` commands it printed, as argv lists (the bot's own, not the example's)."""
        lines = [line.strip() for line in self.printed.splitlines()]
        return [
            shlex.split(line) for line in lines if " -m hikari_like send " in line and ":8081" not in line
        ]

    def send(self, suffix: str) -> list[str]:
        """The printed `send` command that ends with `suffix`."""
        lines = [line.strip() for line in self.printed.splitlines()]
        return shlex.split(
            next(line for line in lines if " -m hikari_like send " in line and line.endswith(suffix))
        )

    def stop(self) -> tuple[int, str]:
        """SIGINT, as Ctrl+C sends; its exit code and what it logged."""
        self.process.send_signal(signal.SIGINT)
        _, logged = self.process.communicate(timeout=_TIMEOUT)
        return self.process.returncode, logged


def _serve() -> Served:
    argv = [sys.executable, "-m", "hikari_like", "demo", "--serve", "--port", "0", "--discord-port", "0"]
    process = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_ENVIRONMENT
    )
    assert process.stdout is not None
    printed = ""
    while "Ctrl+C" not in printed:
        line = process.stdout.readline()
        assert line, f"demo --serve exited early: {process.communicate(timeout=_TIMEOUT)}"
        printed += line
    return Served(process, printed)


@pytest.fixture(scope="module")
def served() -> typing.Iterator[Served]:
    running = _serve()
    try:
        yield running
    finally:
        running.process.kill()
        running.process.communicate(timeout=_TIMEOUT)


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, capture_output=True, text=True, timeout=_TIMEOUT, env=_ENVIRONMENT, check=False
    )


def _send_json(argv: list[str]) -> typing.Any:
    finished = _run([*argv, "--json", "--wait", "60"])
    assert finished.returncode == 0, finished.stderr
    return json.loads(finished.stdout)


def _discord_url(served: Served) -> str:
    return served.sends[0][served.sends[0].index("--discord") + 1]


def test_serve_prints_the_real_urls_and_commands_with_this_interpreter(served: Served) -> None:
    assert "emulated Discord: http://127.0.0.1:" in served.printed
    assert ":8090" not in served.printed  # --discord-port 0: a free port, printed as it is
    assert all(argv[0] == sys.executable for argv in served.sends)
    assert f"PORT=8081 {shlex.quote(sys.executable)} examples/ping_bot.py" in served.printed
    assert f"DISCORD_REST_URL={_discord_url(served)}" in served.printed


def test_a_printed_send_command_shows_the_bot_answer(served: Served) -> None:
    finished = _run(served.send("/tag show name:faq"))

    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.startswith("bot answered 200:")
    assert "Read the pinned messages first, then ask away." in finished.stdout
    assert "Discord received:" in finished.stdout


def test_what_discord_received_is_summed_up_in_lines(served: Served) -> None:
    finished = _run([*served.send("/report"), "--wait", "60"])

    assert finished.returncode == 0, finished.stderr
    received = finished.stdout.partition("Discord received:\n")[2].splitlines()
    assert received[0] == "  response DEFERRED_MESSAGE_CREATE"
    assert received[1].endswith(': "This week\'s report is ready."')
    assert '  original message now: "This week\'s report is ready." files: report.csv' in received


def test_a_quoted_value_with_spaces_is_one_option(served: Served) -> None:
    sent = _send_json(served.send('/tag show name:"no such tag"'))

    assert sent["answer"]["json"]["data"]["content"].startswith("There is no tag 'no such tag'")


def test_a_deferred_command_is_answered_then_edited_over_rest(served: Served) -> None:
    sent = _send_json(served.send("/report"))

    assert sent["answer"]["json"]["type"] == 5  # deferred in the HTTP answer
    received = sent["received"]
    assert received["response"]["type"] == 5
    assert [edit["body"].get("content") for edit in received["edits"]][:1] == ["This week's report is ready."]
    assert received["original"]["attachments"][0]["filename"] == "report.csv"


def test_a_button_press(served: Served) -> None:
    sent = _send_json(served.send("--button helpful:0:faq"))

    assert sent["answer"]["json"]["type"] == 7  # the message is updated
    assert sent["received"]["response"]["type"] == 7


def test_the_same_command_sent_twice_is_answered_twice(served: Served) -> None:
    first, second = (_send_json(served.send("/tag show name:faq")) for _ in range(2))

    assert first["answer"]["status"] == second["answer"]["status"] == 200
    assert first["received"]["token"] != second["received"]["token"]


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["/nope"], "unknown command '/nope'; known: /tag, /report, 'Inspect'"),
        (["/tag", "shw"], "/tag has no 'shw'; it has: show"),
        (["/tag", "show", "nam:x"], "/tag show has no option 'nam:x'; its options: name:"),
        (["/tag", "show"], "/tag show needs name:..."),
    ],
)
def test_send_mistakes_are_one_line_and_exit_2(served: Served, words: list[str], message: str) -> None:
    argv = served.send("/report")[:-1]

    finished = _run([*argv, *words])

    assert finished.returncode == 2
    assert finished.stderr.strip() == f"send: {message}"
    assert "Traceback" not in finished.stderr


def test_an_unreachable_bot_or_emulator_is_named(served: Served) -> None:
    no_bot = _run([*served.send("/report")[:-2], "http://127.0.0.1:9", "/report"])
    no_discord = _run(
        [
            sys.executable,
            "-m",
            "hikari_like",
            "send",
            "--discord",
            "http://127.0.0.1:9/api/v10",
            "http://127.0.0.1:9",
            "/report",
        ]
    )

    assert (no_bot.returncode, no_discord.returncode) == (2, 2)
    assert "the bot at http://127.0.0.1:9 is unreachable" in no_bot.stderr
    assert "start `python -m hikari_like demo --serve` first" in no_discord.stderr
    assert "Traceback" not in no_bot.stderr + no_discord.stderr


async def test_a_bot_with_another_public_key_is_told_apart(served: Served) -> None:
    import asyncio

    discord_url = _discord_url(served)
    bot = create_bot(
        "emulated-bot-token",
        rest_url=discord_url,
        public_key=KeyPair.generate().public_key_hex,
        banner=None,
        logs=None,
    )
    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=10)
    try:
        argv = [*served.send("/report")[:-2], bot.interaction_server.urls[0], "/report"]
        process = await asyncio.create_subprocess_exec(
            *argv, stderr=asyncio.subprocess.PIPE, env=_ENVIRONMENT
        )
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=_TIMEOUT)
    finally:
        await bot.close()

    assert process.returncode == 2
    assert "unset DISCORD_PUBLIC_KEY" in stderr.decode()


def test_serve_logs_each_interaction_and_stops_cleanly_on_sigint() -> None:
    running = _serve()
    try:
        assert _run(running.send("/tag show name:faq")).returncode == 0
    finally:
        exit_code, logged = running.stop()

    assert exit_code == 0
    assert (
        "INFO hikari_like.testing.emulator.playground: APPLICATION_COMMAND /tag show to http://127.0.0.1:"
        in logged
    )
    assert "the bot answered 200 MESSAGE_CREATE" in logged


_COMMANDS: typing.Final = [
    {
        "id": "1",
        "name": "roll",
        "type": 1,
        "options": [
            {"name": "sides", "type": 4, "required": True},
            {"name": "weight", "type": 10},
            {"name": "loud", "type": 5},
        ],
    }
]


def test_options_are_typed_from_the_definition() -> None:
    payload = interaction_for(["/roll", "sides:6", "weight:1.5", "loud:yes"], _COMMANDS)

    assert payload["data"]["id"] == "1"
    assert [(o["name"], o["value"]) for o in payload["data"]["options"]] == [
        ("sides", 6),
        ("weight", 1.5),
        ("loud", True),
    ]


def test_a_bad_int_is_refused() -> None:
    with pytest.raises(CommandLineError, match="'six' is not a integer"):
        interaction_for(["/roll", "sides:six"], _COMMANDS)
