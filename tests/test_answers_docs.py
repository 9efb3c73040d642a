"""docs/answers.md: every Python example is valid Python, and the listeners it defines answer as the
page says when the emulated Discord delivers an interaction to them."""

from __future__ import annotations

import ast
import pathlib
import re
import typing

import hikari_like
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord

PAGE = pathlib.Path(__file__).parent.parent / "docs" / "answers.md"
BLOCKS = re.findall(r"```python\n(.*?)```", PAGE.read_text(), flags=re.DOTALL)


def test_every_example_compiles() -> None:
    assert len(BLOCKS) >= 5
    for number, block in enumerate(BLOCKS):
        # An example may `await` at its top level: it is the body of a listener.
        compile(block, f"{PAGE.name} example {number}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def defined(name: str) -> typing.Any:
    """The function `name` as the page's examples define it (run in one namespace, in order)."""
    namespace: dict[str, typing.Any] = {}
    for block in BLOCKS:
        if block.lstrip().startswith(("import", "async def", "poll =")):
            exec(block, namespace)
    return namespace[name]


async def test_the_examples_answer_as_documented(bot: hikari_like.RESTBot, discord: EmulatedDiscord) -> None:
    bot.set_listener(hikari_like.CommandInteraction, defined("on_vote"))
    vote = payloads.slash_command("vote")

    response = await discord.send_interaction(bot.interaction_server.urls[0], vote)
    await bot.interaction_server.close_continuations(grace_period=5)

    assert response.json()["data"]["poll"]["question"] == {"text": "Lunch?"}
    (followup,) = discord.followups[vote["token"]]
    assert followup["content"] == "one more"
