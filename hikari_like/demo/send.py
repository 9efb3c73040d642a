"""`python -m hikari_like send BOT_URL /tag show name:foo`: one interaction, as Discord sends it.

The command is resolved against the commands the bot registered with the emulated Discord
(`python -m hikari_like demo --serve`), which then signs the interaction with its application's
key, POSTs it to the bot and records it, so the bot's edits and followups succeed. Printed: the
bot's HTTP answer, then what the emulated Discord received once the bot is done (at most `--wait`
seconds later). A mistake is one line on stderr and exit code 2.

```console
$ python -m hikari_like send http://127.0.0.1:8080 /tag show name:faq
$ python -m hikari_like send http://127.0.0.1:8080 --button helpful:0:faq --json
```
"""

from __future__ import annotations

__all__ = ["DEFAULT_DISCORD_URL", "main"]

import argparse
import asyncio
import json
import os
import shlex
import sys
import time
import typing

import aiohttp

from hikari_like.demo.command_line import CommandLineError
from hikari_like.demo.command_line import interaction_for
from hikari_like.demo.transcript import describe_received
from hikari_like.testing import payloads

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject

DEFAULT_DISCORD_URL: typing.Final = "http://127.0.0.1:8090/api/v10"
"""Where `demo --serve` puts the emulated Discord unless told otherwise."""
_DEFAULT_TOKEN: typing.Final = "emulated-bot-token"
_QUIET: typing.Final = 1.0
"""Seconds without news after which the bot is taken to be done with an interaction."""
_START_SERVE: typing.Final = "start `python -m hikari_like demo --serve` first, or pass --discord URL"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m hikari_like send", description=__doc__.splitlines()[0])
    parser.add_argument(
        "bot_url", metavar="BOT_URL", help="where the bot listens, e.g. http://127.0.0.1:8080"
    )
    parser.add_argument("words", nargs="*", metavar="COMMAND", help="e.g. /tag show name:faq, or Inspect")
    parser.add_argument("--button", metavar="CUSTOM_ID", help="press a button with this custom_id instead")
    parser.add_argument(
        "--discord",
        default=os.environ.get("DISCORD_REST_URL", DEFAULT_DISCORD_URL),
        help=f"the emulated Discord (default: $DISCORD_REST_URL, else {DEFAULT_DISCORD_URL})",
    )
    parser.add_argument(
        "--token",
        default=os.environ.get("DISCORD_TOKEN", _DEFAULT_TOKEN),
        help="its bot token (default: $DISCORD_TOKEN, else the demo's)",
    )
    parser.add_argument(
        "--wait", type=float, default=3.0, help="seconds to wait for the bot's edits and followups (3)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object instead")
    return parser


def main(argv: typing.Sequence[str] | None = None) -> int:
    """Send one interaction and print what happened; returns the exit code (2 on a mistake)."""
    arguments = _parser().parse_intermixed_args(argv)
    try:
        answer, received = asyncio.run(_send(arguments))
    except CommandLineError as error:
        print(f"send: {error}", file=sys.stderr)
        return 2
    if arguments.json:
        print(json.dumps({"answer": answer, "received": received}, indent=2))
    else:
        print(f"bot answered {answer['status']}:\n{_readable(answer.get('json', answer.get('text')))}")
        print("\nDiscord received:", *(f"  {line}" for line in describe_received(received)), sep="\n")
    return 0


def _readable(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value, indent=2, ensure_ascii=False)


def _words(words: list[str]) -> list[str]:
    # `send URL "/tag show name:'two words'"`: one argument holding the whole command line.
    if len(words) == 1 and words[0].startswith("/") and " " in words[0]:
        return shlex.split(words[0])
    return words


async def _send(arguments: argparse.Namespace) -> tuple[JSONObject, JSONObject]:
    headers = {"Authorization": f"Bot {arguments.token}"}
    async with aiohttp.ClientSession(headers=headers) as session:
        emulator = _Emulator(session, arguments.discord.rstrip("/"))
        if arguments.button is not None:
            payload = payloads.button_press(arguments.button)
        else:
            payload = interaction_for(_words(arguments.words), await emulator.call("GET", "/commands"))
        answer = await emulator.call("POST", "/interactions", {"url": arguments.bot_url, "payload": payload})
        if answer["status"] == 401:
            raise CommandLineError(
                "the bot refused the signature (401): its public key is not the emulated application's;"
                " unset DISCORD_PUBLIC_KEY where the bot runs (it is then fetched from the emulator)"
            )
        deferred = isinstance(answer.get("json"), dict) and answer["json"].get("type") in (5, 6)
        return answer, await emulator.settled(payload["token"], wait=arguments.wait, deferred=deferred)


class _Emulator:
    """The `/_emulator` routes of a running emulated Discord."""

    def __init__(self, session: aiohttp.ClientSession, url: str) -> None:
        self._session = session
        self._url = url

    async def call(self, method: str, path: str, body: JSONObject | None = None) -> typing.Any:
        try:
            async with self._session.request(method, f"{self._url}/_emulator{path}", json=body) as response:
                answer = await response.json(content_type=None)
                status = response.status
        except (aiohttp.ClientError, OSError, ValueError):
            raise CommandLineError(f"no emulated Discord answers at {self._url}; {_START_SERVE}") from None
        if status == 401:
            raise CommandLineError(
                "the emulated Discord refused the token: unset DISCORD_TOKEN,"
                " or pass --token with the one demo --serve printed"
            )
        if status == 404 and path == "/commands":
            raise CommandLineError(f"{self._url} is no emulated Discord; {_START_SERVE}")
        if status >= 300:
            raise CommandLineError(str(answer.get("message", answer)))
        return answer

    async def settled(self, token: str, *, wait: float, deferred: bool) -> JSONObject:
        """What Discord received for `token`, once it stopped changing (or after `wait` seconds)."""
        deadline = time.monotonic() + wait
        received = await self.call("GET", f"/interactions/{token}")
        quiet_since = time.monotonic()
        while time.monotonic() < deadline:
            await asyncio.sleep(0.1)
            latest = await self.call("GET", f"/interactions/{token}")
            if latest != received:
                received, quiet_since = latest, time.monotonic()
            delivered = not deferred or received["edits"] or received["followups"]
            if delivered and time.monotonic() - quiet_since >= _QUIET:
                break
        return typing.cast("JSONObject", received)
