"""The command line: `python -m hikari_like demo [--serve]`, `python -m hikari_like --version`,
`python -m hikari_like send BOT_URL /tag show name:faq` (an interaction through the emulated Discord
of `demo --serve`), and `python -m hikari_like commands sync|diff module:attr` for a bot's
application commands."""

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
    demo = commands.add_parser(
        "demo", help="run a bot against an emulated Discord, offline, and print what happened"
    )
    demo.add_argument(
        "--serve", action="store_true", help="keep the bot and the emulated Discord running instead"
    )
    demo.add_argument("--port", type=int, default=8080, help="the bot's port with --serve (default 8080)")
    demo.add_argument(
        "--discord-port",
        type=int,
        default=8090,
        help="the emulated Discord's port with --serve (default 8090; 0 picks a free one)",
    )
    # `send`'s and `commands`' arguments are parsed by their own modules, imported only when they
    # run (the command layer is not a cost of `--version` or `demo`); `--help` after each shows them.
    commands.add_parser(
        "send", add_help=False, help="sign and post one interaction to a bot through the emulated Discord"
    )
    commands.add_parser(
        "commands", add_help=False, help="diff or sync a bot's declared application commands with Discord"
    )
    return parser


def main(argv: typing.Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    arguments, rest = parser.parse_known_args(argv)
    if arguments.command == "commands":
        from hikari_like.app_commands import cli

        return cli.main(rest)
    if arguments.command == "send":
        from hikari_like.demo import send

        return send.main(rest)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if arguments.command == "demo":
        from hikari_like import demo

        if arguments.serve:
            asyncio.run(demo.serve(arguments.port, discord_port=arguments.discord_port))
            return 0
        return 0 if asyncio.run(demo.run_demo()) else 1
    _parser().print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
