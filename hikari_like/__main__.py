"""The command line: `python -m hikari_like demo`, `python -m hikari_like --version`."""

from __future__ import annotations

import argparse
import asyncio
import platform
import sys
import typing

from hikari_like._about import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m hikari_like", description=__doc__)
    parser.add_argument(
        "--version",
        action="version",
        version=f"hikari_like {__version__} (Python {platform.python_version()}, {platform.system()})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "demo", help="run a bot against real signed interactions, offline, and print a transcript"
    )
    return parser


def main(argv: typing.Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    arguments = _parser().parse_args(argv)
    if arguments.command == "demo":
        from hikari_like.demo import run_demo

        return 0 if asyncio.run(run_demo()) else 1
    _parser().print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
