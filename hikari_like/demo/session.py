"""A scripted user session against the demo bot, printed as a transcript.

Everything crosses real loopback sockets: the emulated Discord serves the REST API, the bot is a
`RESTBot` on hikari_like's own HTTP server, and every interaction is signed with the application's
key and delivered by the emulator exactly as Discord delivers them.
"""

from __future__ import annotations

__all__ = ["Session", "run_demo", "running"]

import contextlib
import typing

import attrs

import hikari_like
from hikari_like.demo import bot as demo_bot
from hikari_like.demo.transcript import describe_discord_side
from hikari_like.demo.transcript import describe_response
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject
    from hikari_like.testing import InteractionResponse

_Write = typing.Callable[[str], object]


@attrs.frozen
class Step:
    """One thing a user does, and what the bot must answer for the demo to pass."""

    action: str
    payload: JSONObject
    expected_status: int = 200
    expected_type: int | None = None
    forged: bool = False
    actor: str = "The user"


def _steps() -> list[Step]:
    show = payloads.subcommand("show", [payloads.option("name", "faq")])
    typing_tag = payloads.subcommand("show", [payloads.option("name", "fa", focused=True)])
    # The custom_ids on /tag show's message, as the bot's routes write them.
    helpful = demo_bot.helpful_pressed.custom_id(count=0, name="faq")
    suggest = demo_bot.suggest_edit.custom_id(name="faq")
    suggestion = demo_bot.suggestion_sent.custom_id(name="faq")
    return [
        Step("runs /tag show name:faq", payloads.slash_command("tag", [show]), expected_type=4),
        Step('types "fa" in /tag show name:', payloads.autocomplete("tag", [typing_tag]), expected_type=8),
        Step('presses "Helpful"', payloads.button_press(helpful), expected_type=7),
        Step("picks Blue in the colour menu", payloads.select_menu("colour", ["blue"]), expected_type=4),
        Step('presses "Suggest an edit"', payloads.button_press(suggest), expected_type=9),
        Step(
            "submits the suggestion form",
            payloads.modal_submit(suggestion, {"text": "Mention the FAQ channel"}),
            expected_type=4,
        ),
        Step("right-clicks a user > Apps > Inspect", payloads.user_command("Inspect"), expected_type=4),
        Step(
            "runs /report (slow: the bot defers, then delivers)",
            payloads.slash_command("report"),
            expected_type=5,
        ),
        Step(
            "posts a forged interaction",
            payloads.slash_command("tag", [show]),
            401,
            forged=True,
            actor="An attacker",
        ),
    ]


def _passed(step: Step, response: InteractionResponse) -> bool:
    if response.status != step.expected_status:
        return False
    if step.expected_type is None:
        return True
    body = response.payload_json if response.content_type == "multipart/form-data" else response.json()
    return bool(body.get("type") == step.expected_type)


@attrs.define
class Session:
    """The emulated Discord and the demo bot, running; `play` walks one step."""

    discord: EmulatedDiscord
    bot: hikari_like.RESTBot
    write: _Write

    @property
    def url(self) -> str:
        """Where the bot listens."""
        return self.bot.interaction_server.urls[0]

    async def play(self, number: int, step: Step) -> bool:
        """Deliver `step`, write what happened; `True` if the bot answered as expected."""
        response = await self._deliver(step)
        await self.bot.interaction_server.close_continuations(grace_period=10)  # let followups land
        passed = _passed(step, response)
        self.write(f"{number:>2}. {step.actor} {step.action}")
        self.write(f"    {'->' if passed else 'XX'} bot answered {describe_response(response)}")
        issued = self.discord.interactions.get(step.payload["token"]) if not step.forged else None
        for line in describe_discord_side(issued, deferred=step.expected_type == 5):
            self.write(f"    -> {line}")
        return passed

    async def _deliver(self, step: Step) -> InteractionResponse:
        if not step.forged:
            return await self.discord.send_interaction(self.url, step.payload)
        async with InteractionClient(self.url, KeyPair.generate()) as attacker:
            return await attacker.send(step.payload)


@contextlib.asynccontextmanager
async def running(
    *, port: int = 0, discord_port: int = 0, permissive: bool = False
) -> typing.AsyncIterator[Session]:
    """The emulated Discord on `discord_port` and the demo bot on `port` (0: free ones), synced."""
    async with EmulatedDiscord(port=discord_port, permissive=permissive) as discord:
        bot = demo_bot.create_bot(discord.token, rest_url=discord.url, banner=None, logs="WARNING")
        await bot.start(host="127.0.0.1", port=port, shutdown_timeout=10)
        try:
            yield Session(discord, bot, print)
        finally:
            await bot.close()


async def run_demo(write: _Write = print) -> bool:
    """Run the demo bot against the emulated Discord, play the session; `True` if all passed."""
    async with running() as session:
        session.write = write
        names = ", ".join(
            f"/{command['name']}" if command["type"] == 1 else command["name"]
            for command in session.discord.commands
        )
        write(f"hikari_like {hikari_like.__version__} demo")
        write(f"  emulated Discord at {session.discord.url}")
        write(f"  bot listening on {session.url}, commands registered at start: {names}\n")
        results = [await session.play(number, step) for number, step in enumerate(_steps(), 1)]
    write(f"\n{sum(results)} of {len(results)} steps behaved as expected.")
    return all(results)
