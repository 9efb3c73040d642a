"""The bot's terminal manners: colour decisions (CLICOLOR), the banner, and the `logs=` forms."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import pathlib
import subprocess
import sys
import textwrap
import typing

import colorlog
import pytest

import hikari_like
from hikari_like.impl.bots.rest_bot import RESTBot
from hikari_like.internal import banner
from hikari_like.internal import logging_setup
from hikari_like.internal import ux
from hikari_like.testing import KeyPair

PROJECT_ROOT = str(pathlib.Path(hikari_like.__file__).resolve().parent.parent)
COLOR_VARIABLES = ("CLICOLOR", "CLICOLOR_FORCE", "NO_COLOR")


class Terminal(io.StringIO):
    """Standard output that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in COLOR_VARIABLES:
        monkeypatch.delenv(variable, raising=False)


def use_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    # Called in the test body: pytest puts its own capture back on sys.stdout after fixtures ran.
    monkeypatch.setattr(sys, "stdout", Terminal())


@contextlib.contextmanager
def bare_root_logger() -> typing.Iterator[logging.Logger]:
    """The root logger without handlers (pytest adds its own), restored afterwards."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    root.handlers.clear()
    try:
        yield root
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)


# -- colour ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({}, True),
        ({"CLICOLOR": "1"}, True),
        ({"CLICOLOR": "0"}, False),
        ({"NO_COLOR": "1"}, False),
        ({"CLICOLOR_FORCE": "0", "CLICOLOR": "0"}, False),
        ({"CLICOLOR_FORCE": "1", "CLICOLOR": "0"}, True),
    ],
)
def test_a_terminal_gets_colour_unless_the_environment_says_no(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: bool
) -> None:
    use_terminal(monkeypatch)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert ux.supports_color(allow_color=True, force_color=False) is expected


def test_a_pipe_gets_colour_only_when_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert not ux.supports_color(allow_color=True, force_color=False)
    monkeypatch.setenv("CLICOLOR", "1")  # CLICOLOR only allows colour on a terminal
    assert not ux.supports_color(allow_color=True, force_color=False)
    assert ux.supports_color(allow_color=True, force_color=True)
    monkeypatch.setenv("CLICOLOR_FORCE", "1")
    assert ux.supports_color(allow_color=True, force_color=False)


def test_allow_color_false_wins_over_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    use_terminal(monkeypatch)
    monkeypatch.setenv("CLICOLOR_FORCE", "1")
    assert not ux.supports_color(allow_color=False, force_color=True)


# -- banner ----------------------------------------------------------------------------------------


def test_the_default_banner_without_colour(capsys: pytest.CaptureFixture[str]) -> None:
    RESTBot.print_banner("hikari_like", allow_color=True, force_color=False)
    out = capsys.readouterr().out
    assert f"hikari_like {hikari_like.__version__}" in out
    assert sys.version.split()[0] in out
    assert "\x1b[" not in out
    assert "${" not in out


def test_clicolor_force_colours_the_banner(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLICOLOR_FORCE", "1")
    RESTBot.print_banner("hikari_like", allow_color=True, force_color=False)
    assert "\x1b[" in capsys.readouterr().out
    RESTBot.print_banner("hikari_like", allow_color=False, force_color=False)
    assert "\x1b[" not in capsys.readouterr().out


def test_a_banner_from_another_package_with_extra_args(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "branded_bot"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "banner.txt").write_text(
        "${bold}${bot_name}${reset} on hikari_like ${hikari_like_version} ${keep}\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))

    RESTBot.print_banner("branded_bot", allow_color=True, force_color=False, extra_args={"bot_name": "Ping"})
    assert capsys.readouterr().out == f"Ping on hikari_like {hikari_like.__version__} ${{keep}}\n"
    with pytest.raises(ValueError, match="python_version"):
        banner.render_banner("branded_bot", color=False, extra_args={"python_version": "4.0"})
    RESTBot.print_banner(None, allow_color=True, force_color=False)
    assert capsys.readouterr().out == ""


async def test_banner_and_logging_wait_for_the_first_start(
    key_pair: KeyPair, capsys: pytest.CaptureFixture[str]
) -> None:
    bot = RESTBot("token", public_key=key_pair.public_key, banner="hikari_like", logs=None)
    assert capsys.readouterr().out == ""  # constructing a bot has no side effects

    for _ in range(2):
        await bot.start(host="127.0.0.1", port=0)
        await bot.close()
    assert capsys.readouterr().out.count("hikari_like ") == 1  # printed at the first start only


# -- logs= -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("logs", "level"),
    [
        ("DEBUG", logging.DEBUG),
        ("warning", logging.WARNING),
        (logging.ERROR, logging.ERROR),
        ("TRACE_HIKARI", 10),
    ],
)
def test_a_level_adds_one_stdout_handler(
    capsys: pytest.CaptureFixture[str], logs: str | int, level: int
) -> None:
    with bare_root_logger() as root:
        logging_setup.init_logging(logs, allow_color=True, force_color=False)
        assert root.level == level
        assert len(root.handlers) == 1
        logging.getLogger("hikari_like.test").error("visible")
    line = capsys.readouterr().out
    assert "ERROR" in line
    assert "hikari_like.test: visible" in line
    assert "\x1b[" not in line


def test_a_coloured_level_uses_colorlog(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLICOLOR_FORCE", "1")
    with bare_root_logger() as root:
        logging_setup.init_logging("INFO", allow_color=True, force_color=False)
        assert isinstance(root.handlers[0].formatter, colorlog.ColoredFormatter)
        logging.getLogger("hikari_like.test").warning("coloured")
    assert "\x1b[" in capsys.readouterr().out


def test_existing_configuration_is_left_alone() -> None:
    with bare_root_logger() as root:
        mine = logging.NullHandler()
        root.addHandler(mine)
        root.setLevel(logging.CRITICAL)
        logging_setup.init_logging("DEBUG", allow_color=True, force_color=False)
        assert root.handlers == [mine]
        assert root.level == logging.CRITICAL
        logging_setup.init_logging(None, allow_color=True, force_color=False)
        assert root.handlers == [mine]


def test_an_incremental_dict_adjusts_levels_and_adds_the_default_handler() -> None:
    logger = logging.getLogger("hikari_like.test.incremental")
    with bare_root_logger() as root:
        config = {"version": 1, "incremental": True, "loggers": {logger.name: {"level": "DEBUG"}}}
        logging_setup.init_logging(config, allow_color=True, force_color=False)
        assert logger.level == logging.DEBUG
        assert len(root.handlers) == 1
    logger.setLevel(logging.NOTSET)


def run_python(code: str, cwd: pathlib.Path) -> str:
    """Run `code` in a fresh interpreter (full logging configs replace every handler in the process)."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": PROJECT_ROOT},
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_full_dict_config_is_applied_as_given(tmp_path: pathlib.Path) -> None:
    out = run_python(
        """
        import logging
        from hikari_like.internal import logging_setup

        logging_setup.init_logging(
            {
                "version": 1,
                "disable_existing_loggers": False,
                "formatters": {"bare": {"format": "dict> %(message)s"}},
                "handlers": {
                    "out": {
                        "class": "logging.StreamHandler",
                        "stream": "ext://sys.stdout",
                        "formatter": "bare",
                    }
                },
                "root": {"level": "INFO", "handlers": ["out"]},
            },
            allow_color=True,
            force_color=True,
        )
        logging.getLogger("hikari_like").info("hello")
        """,
        tmp_path,
    )
    assert out == "dict> hello\n"


@pytest.mark.parametrize("as_path", [True, False], ids=["PathLike", "str"])
def test_a_config_file_is_applied(tmp_path: pathlib.Path, as_path: bool) -> None:
    config = tmp_path / "logging.ini"
    config.write_text(
        textwrap.dedent(
            """
            [loggers]
            keys=root
            [handlers]
            keys=out
            [formatters]
            keys=bare
            [logger_root]
            level=INFO
            handlers=out
            [handler_out]
            class=StreamHandler
            formatter=bare
            args=(sys.stdout,)
            [formatter_bare]
            format=file> %(message)s
            """
        )
    )
    logs = f"pathlib.Path({str(config)!r})" if as_path else repr(str(config))
    out = run_python(
        f"""
        import logging, pathlib
        from hikari_like.internal import logging_setup

        early = logging.getLogger("hikari_like.early")  # exists before the config: stays enabled
        logging_setup.init_logging({logs}, allow_color=False, force_color=False)
        early.info("hello")
        """,
        tmp_path,
    )
    assert out == "file> hello\n"


@pytest.mark.parametrize(
    ("logs", "error"),
    [
        ("VERBOSE", ValueError),
        (True, TypeError),
        (1.5, TypeError),
        (pathlib.Path("/no/such/file.ini"), ValueError),
    ],
)
def test_unusable_logs_fail_at_construction(
    key_pair: KeyPair, logs: typing.Any, error: type[Exception]
) -> None:
    with pytest.raises(error):
        RESTBot("token", public_key=key_pair.public_key, logs=logs)
