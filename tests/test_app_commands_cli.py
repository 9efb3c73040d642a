"""`python -m hikari_like commands sync|diff module:attr`, run as users run it (a real process, the
emulated Discord over loopback), and its one-line errors."""

from __future__ import annotations

import asyncio
import os
import pathlib
import sys
import typing

import pytest

from hikari_like.app_commands import cli

if typing.TYPE_CHECKING:
    from hikari_like.testing.emulator import EmulatedDiscord

ROOT: typing.Final = pathlib.Path(__file__).parent.parent
BOT: typing.Final = "tests.programs.commands_cli_bot"
GLOBAL_PUT: typing.Final = "PUT /applications/{application}/commands"
GUILD_PUT: typing.Final = "PUT /applications/{application}/guilds/{guild}/commands"


class Result(typing.NamedTuple):
    code: int
    out: str
    err: str


async def commands_cli(discord: EmulatedDiscord, *arguments: str, token: str | None = None) -> Result:
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TEST_DISCORD_URL": discord.url,
        "TEST_DISCORD_TOKEN": discord.token if token is None else token,
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "hikari_like",
        "commands",
        *arguments,
        cwd=ROOT,
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode is not None
    return Result(process.returncode, out.decode(), err.decode())


async def test_diff_shows_what_sync_would_write_and_writes_nothing(discord: EmulatedDiscord) -> None:
    result = await commands_cli(discord, "diff", f"{BOT}:bot")

    assert result == Result(0, "global commands: 2 to add, 0 unchanged\n+ /ping\n+ /echo\n", "")
    assert discord.requests_to(GLOBAL_PUT) == []


async def test_sync_writes_then_a_second_sync_and_the_diff_find_nothing(discord: EmulatedDiscord) -> None:
    first = await commands_cli(discord, "sync", f"{BOT}:client")
    second = await commands_cli(discord, "sync", f"{BOT}:make_client")
    diff = await commands_cli(discord, "diff", f"{BOT}:bot")

    assert first.code == 0, first.err
    assert first.out.splitlines()[-1] == "wrote: global commands"
    assert second.out == "global commands: up to date (2 commands)\nnothing to write\n"
    assert diff.out == "global commands: up to date (2 commands)\n"
    assert len(discord.requests_to(GLOBAL_PUT)) == 1
    assert [command["name"] for command in discord.commands] == ["ping", "echo"]


async def test_a_dry_run_says_what_it_would_write(discord: EmulatedDiscord) -> None:
    result = await commands_cli(discord, "sync", f"{BOT}:bot", "--dry-run")

    assert result.code == 0, result.err
    assert result.out.splitlines()[-1] == "would write: global commands"
    assert discord.requests_to(GLOBAL_PUT) == []


async def test_guild_puts_every_command_in_that_guild(discord: EmulatedDiscord) -> None:
    # A factory returning a bot whose Client it made (as run_workers' build_bot does).
    target = "tests.programs.sync_workers_bot:build_bot"

    result = await commands_cli(discord, "sync", target, "--guild", discord.guild_id)

    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == f"guild {discord.guild_id} commands: 3 to add, 0 unchanged"
    assert [c["name"] for c in discord.guild_commands[discord.guild_id]] == ["ping", "echo", "User info"]
    assert discord.requests_to(GLOBAL_PUT) == []
    assert len(discord.requests_to(GUILD_PUT)) == 1


async def test_a_refused_request_is_one_line_and_exit_code_1(discord: EmulatedDiscord) -> None:
    result = await commands_cli(discord, "diff", f"{BOT}:bot", token="not-the-token")

    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith("error: UnauthorizedError: ")
    assert result.err.count("\n") == 1
    assert "not-the-token" not in result.err


async def test_a_bot_without_a_client_is_named(discord: EmulatedDiscord) -> None:
    result = await commands_cli(discord, "diff", f"{BOT}:plain_bot")

    assert result == Result(
        1, "", f"error: no app_commands.Client found for {BOT}:plain_bot (make one with Client(bot))\n"
    )


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("no_such_module_anywhere:bot", "error: module not found: no_such_module_anywhere\n"),
        ("tests.programs.no_such_module:bot", "error: module not found: tests.programs.no_such_module\n"),
        ("tests.programs:nothing_here", "error: tests.programs has no attribute 'nothing_here'\n"),
        ("just_a_module", "error: expected module:attr (such as mybot:bot), got 'just_a_module'\n"),
    ],
)
def test_what_cannot_be_found_is_one_line_and_exit_code_1(
    target: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["diff", target]) == 1

    assert capsys.readouterr() == ("", message)


def test_a_module_that_fails_to_import_says_why(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "broken_bot_module.py").write_text("import os\nTOKEN = os.environ['NOT_SET_ANYWHERE']\n")
    monkeypatch.syspath_prepend(str(tmp_path))

    assert cli.main(["sync", "broken_bot_module:bot"]) == 1

    assert (
        capsys.readouterr().err == "error: importing broken_bot_module failed: KeyError: 'NOT_SET_ANYWHERE'\n"
    )


def test_the_help_lists_both_actions(capsys: pytest.CaptureFixture[str]) -> None:
    from hikari_like.__main__ import main

    with pytest.raises(SystemExit) as exited:
        main(["commands", "--help"])

    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: python -m hikari_like commands")
    assert "sync" in out
    assert "diff" in out
