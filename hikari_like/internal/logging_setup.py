"""The `logs=` option of the bot: a level, a `dictConfig` dict, a config file, or `None`.

```python
init_logging("DEBUG", allow_color=True, force_color=False)  # coloured lines on stdout
config = {"version": 1, "incremental": True, "loggers": {"hikari_like": {"level": "DEBUG"}}}
init_logging(config, allow_color=True, force_color=False)
init_logging(None, allow_color=True, force_color=False)  # leave logging alone
```

Only what was asked is touched: with a level, a handler is added to the root logger only when the
root logger has none (an application that configured logging itself keeps its configuration).
No warnings filters, no global `logging` flags.
"""

from __future__ import annotations

__all__ = ["LogsT", "init_logging", "validate_logs"]

import logging
import os
import pathlib
import sys
import typing

from hikari_like.internal import ux

LogsT: typing.TypeAlias = "str | int | dict[str, typing.Any] | os.PathLike[str] | None"
"""What `logs=` accepts."""

_PLAIN_FORMAT: typing.Final = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
_COLOR_FORMAT: typing.Final = (
    "%(thin)s%(asctime)s%(reset)s %(log_color)s%(levelname)-8s%(reset)s "
    "%(bold)s%(name)s%(reset)s: %(log_color)s%(message)s%(reset)s"
)
# hikari has a level below DEBUG; we log nothing below DEBUG, so ported programs get DEBUG.
_LEVEL_ALIASES: typing.Final = {"TRACE_HIKARI": logging.DEBUG}
_LEVEL_NAMES: typing.Final = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG", "NOTSET")


def _level_of(name: str) -> int | None:
    key = name.strip().upper()
    if key in _LEVEL_ALIASES:
        return _LEVEL_ALIASES[key]
    return logging.getLevelNamesMapping().get(key)


def _config_file(logs: str | os.PathLike[str]) -> pathlib.Path | None:
    path = pathlib.Path(logs).expanduser()
    return path if path.is_file() else None


def validate_logs(logs: LogsT) -> None:
    """Raise now, rather than at start, if `logs` cannot be used.

    Raises
    ------
    TypeError
        If `logs` is not one of the accepted types.
    ValueError
        If a level name is unknown or a config file does not exist.
    """
    if logs is None or isinstance(logs, dict):
        return
    if isinstance(logs, bool) or not isinstance(logs, str | int | os.PathLike):
        raise TypeError(f"logs must be a level, a dictConfig dict, a config file path or None, not {logs!r}")
    if isinstance(logs, os.PathLike):
        if _config_file(logs) is None:
            raise ValueError(f"logging config file {os.fspath(logs)!r} does not exist")
        return
    if isinstance(logs, str) and _level_of(logs) is None and _config_file(logs) is None:
        raise ValueError(
            f"logs={logs!r} is neither a level ({', '.join(_LEVEL_NAMES)}) nor an existing config file"
        )


def _default_handler(*, allow_color: bool, force_color: bool) -> logging.Handler:
    handler = logging.StreamHandler(sys.stdout)
    if ux.supports_color(allow_color=allow_color, force_color=force_color):
        import colorlog  # here, not at the top: only a coloured handler needs it.

        # supports_color already decided; colorlog must not second-guess it with its own tty check.
        handler.setFormatter(colorlog.ColoredFormatter(_COLOR_FORMAT, force_color=True))
    else:
        handler.setFormatter(logging.Formatter(_PLAIN_FORMAT))
    return handler


def _install_default_handler(level: int | None, *, allow_color: bool, force_color: bool) -> None:
    root = logging.getLogger()
    if root.handlers:
        return  # the application configured logging itself: leave it as it is
    root.addHandler(_default_handler(allow_color=allow_color, force_color=force_color))
    if level is not None:
        root.setLevel(level)


def init_logging(logs: LogsT, *, allow_color: bool, force_color: bool) -> None:
    """Configure logging as `logs` asks.

    - `None`: nothing is touched.
    - a level (`"INFO"`, `logging.DEBUG`): one stdout handler on the root logger, coloured when
      the terminal wants colour, unless the root logger already has handlers.
    - a dict: passed to `logging.config.dictConfig`; an `"incremental": True` dict also gets the
      default stdout handler (when the root logger has none), since it cannot define handlers.
    - a path (`os.PathLike`, or a str naming an existing file): `logging.config.fileConfig`,
      keeping loggers that already exist enabled.
    """
    import logging.config  # here, not at the top: most bots pass a level and never need it.

    validate_logs(logs)
    if logs is None:
        return
    if isinstance(logs, dict):
        logging.config.dictConfig(logs)
        if logs.get("incremental"):
            _install_default_handler(None, allow_color=allow_color, force_color=force_color)
        return
    level = _level_of(logs) if isinstance(logs, str) else None
    if isinstance(logs, str | os.PathLike) and level is None:
        logging.config.fileConfig(os.fspath(logs), disable_existing_loggers=False)
        return
    if isinstance(logs, int):
        level = logs
    _install_default_handler(level, allow_color=allow_color, force_color=force_color)
