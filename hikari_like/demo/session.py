"""A scripted user session against the demo bot, printed as a transcript.

Everything crosses a real loopback socket: the bot is served by hikari_like's own HTTP server and
every interaction is signed with the application's key, exactly as Discord sends them.
"""

from __future__ import annotations

__all__ = ["run_demo"]

import typing

import attrs

import hikari_like
from hikari_like.demo import bot
from hikari_like.demo.transcript import describe_response
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject
    from hikari_like.testing import InteractionResponse

_Write = typing.Callable[[str], object]


@attrs.frozen
class Step:
    """One thing the user does, and what the bot must answer for the demo to pass."""

    action: str
    payload: JSONObject
    expected_status: int = 200
    expected_type: int | None = None
    signed: bool = True
    actor: str = "The user"


def _steps() -> list[Step]:
    show = payloads.subcommand("show", [payloads.option("name", "faq")])
    typing_tag = payloads.subcommand("show", [payloads.option("name", "fa", focused=True)])
    return [
        Step("runs /tag show name:faq", payloads.slash_command("tag", [show]), expected_type=4),
        Step('types "fa" in /tag show name:', payloads.autocomplete("tag", [typing_tag]), expected_type=8),
        Step('presses "Helpful"', payloads.button_press("helpful:0"), expected_type=7),
        Step("picks Blue in the colour menu", payloads.select_menu("colour", ["blue"]), expected_type=4),
        Step('presses "Suggest an edit"', payloads.button_press("suggest"), expected_type=9),
        Step(
            "submits the suggestion form",
            payloads.modal_submit("suggestion", {"text": "Mention the FAQ channel"}),
            expected_type=4,
        ),
        Step("runs /report (slow: the bot defers)", payloads.slash_command("report"), expected_type=5),
        Step(
            "posts a forged interaction",
            payloads.slash_command("tag"),
            401,
            signed=False,
            actor="An attacker",
        ),
    ]


async def _send(client: InteractionClient, step: Step) -> InteractionResponse:
    if step.signed:
        return await client.send(step.payload)
    forged = KeyPair.generate()
    async with InteractionClient(client.url, forged) as attacker:
        return await attacker.send(step.payload)


def _passed(step: Step, response: InteractionResponse) -> bool:
    if response.status != step.expected_status:
        return False
    if step.expected_type is None:
        return True
    body = response.payload_json if response.content_type == "multipart/form-data" else response.json()
    return bool(body.get("type") == step.expected_type)


async def run_demo(write: _Write = print) -> bool:
    """Run the demo bot, play the scripted session, print the transcript; `True` if all passed."""
    key_pair = KeyPair.generate()
    server = hikari_like.InteractionServer(public_key=key_pair.public_key_hex)
    bot.register(server)
    await server.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        url = server.urls[0]
        write(f"hikari_like {hikari_like.__version__} demo: a bot listening on {url}\n")
        async with InteractionClient(url, key_pair) as client:
            results = [await _play(client, number, step, write) for number, step in enumerate(_steps(), 1)]
    finally:
        await server.close()
    write(f"\n{sum(results)} of {len(results)} steps behaved as expected.")
    return all(results)


async def _play(client: InteractionClient, number: int, step: Step, write: _Write) -> bool:
    response = await _send(client, step)
    passed = _passed(step, response)
    write(f"{number:>2}. {step.actor} {step.action}")
    write(f"    {'->' if passed else 'XX'} {describe_response(response)}")
    return passed
