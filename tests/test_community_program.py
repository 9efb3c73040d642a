"""A hikari community bot runs unchanged on hikari and on hikari_like against the emulated Discord,
with the same answers, the same world afterwards and the same requests (#19).

`tests/programs/hikari_community_bot.py` purges the channel's latest messages (`fetch_messages`
then `delete_messages`), posts a question with reactions in several emoji forms
(`add_reaction`, `fetch_reactions_for_emoji`, `delete_my_reaction`, the message's `reactions`),
opens a thread on a message and adds the caller (`create_message_thread`, `add_thread_member`,
`fetch_thread_members`), and announces through a webhook it creates, executes under another name
and avatar, and deletes (`create_webhook`, `execute_webhook`, `delete_webhook`).
"""

from __future__ import annotations

import json
import pathlib
import re
import typing

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from tests import test_moderation_program as moderation
from tests.test_hikari_port import load_program
from tests.test_rest_reactions import PARTY_ID
from tests.test_rest_reactions import add_guild_emoji

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_community_bot.py"
# hikari_like adds a nonce to every new message so that a retry cannot post it twice; hikari does not.
_RETRY_SAFETY: typing.Final = frozenset({"nonce", "enforce_nonce"})
# Discord's reaction limit (one of the bot's own reactions per 250 ms) makes each run a second long.
pytestmark = pytest.mark.slow

_SNOWFLAKE: typing.Final = re.compile(r"\d{17,20}")
_Request = tuple[str | None, typing.Any, dict[str, str]]


class Run(moderation.Run):
    """The community bot under one library: the moderation program's runner (start, stop, slash
    commands from a guild member) with this program, and the requests it compares."""

    def __init__(self, library: str, discord: EmulatedDiscord) -> None:
        # Not the base's: it would build the moderation bot.
        self.program = load_program(library, PROGRAM)
        self.discord = discord
        self.bot = self.program.build_bot(discord.token, discord.key_pair.public_key_hex, discord.url)
        self.url = ""
        self.started = 0

    async def __aenter__(self) -> typing.Self:
        await super().__aenter__()
        return self

    def served(self) -> list[_Request]:
        # A 429 and its retry are the transport's business: adding and removing the bot's reactions
        # share a bucket either library learns only from its first answer, so a 429 there comes
        # and goes with timing. The requests that were served are the program's, queries included.
        served = [r for r in self.discord.requests[self.started :] if r.route and r.status != 429]
        return [(r.route, _without_retry_safety(r.json), r.query) for r in served]


def _without_retry_safety(body: typing.Any) -> typing.Any:
    if not isinstance(body, dict):
        return body
    return {key: value for key, value in body.items() if key not in _RETRY_SAFETY}


def _channel_contents(discord: EmulatedDiscord) -> list[str]:
    return [message["content"] for message in discord.messages[discord.channel_id]]


async def _community(library: str) -> dict[str, typing.Any]:
    async with EmulatedDiscord() as discord:
        add_guild_emoji(discord, "party", PARTY_ID)
        kat = discord.add_member("kat")["user"]
        for index in range(5):
            discord.seed_message(discord.channel_id, f"m{index}", author=kat)
        async with Run(library, discord) as run:
            purge = await run.command("purge", kat, count=3)
            after_purge = _channel_contents(discord)
            poll = await run.command("poll-react", kat, question="Lunch?", extra=f"<:party:{PARTY_ID}>")
            thread = await run.command("thread", kat, topic="lunch")
            announce = await run.command("announce", kat, text="Lunch is served")
        messages = discord.messages[discord.channel_id]
        asked = next(m for m in messages if m["content"] == "📊 Lunch?")
        threads = [c for c in discord.state.channels.values() if c.get("type") == 11]
        herald = next(m for m in messages if m["content"] == "Lunch is served")
        return {
            "commands": sorted(command["name"] for command in discord.commands),
            "answers": [purge, poll, thread, announce],
            "after_purge": after_purge,
            "contents": _channel_contents(discord),
            "reactions": [(r["emoji"].get("name"), r["count"], r["me"]) for r in asked.get("reactions", [])],
            "threads": [(t["name"], t["parent_id"] == discord.channel_id) for t in threads],
            "thread_members": sorted(
                sorted(member_id == kat["id"] for member_id in discord.state.thread_members.get(t["id"], {}))
                for t in threads
            ),
            "herald": (
                herald["author"]["username"],
                herald["author"].get("avatar"),
                bool(herald.get("webhook_id")),
            ),
            "webhooks": dict(discord.world.webhooks),
            "requests": run.served(),
        }


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_community_bot_purges_polls_opens_threads_and_announces(library: str) -> None:
    outcome = await _community(library)

    assert outcome["commands"] == ["announce", "poll-react", "purge", "thread"]
    purge, poll, thread, announce = outcome["answers"]
    assert purge == (200, "Purged 3 messages: m4, m3, m2", 64)
    assert outcome["after_purge"] == ["m0", "m1"]
    assert poll == (200, "Poll posted: 1️⃣=1 2️⃣=1 3️⃣=1 (first choice: emulated-app)", 0)
    assert outcome["reactions"] == [("1️⃣", 1, True), ("2️⃣", 1, True), ("3️⃣", 1, True)]
    assert thread == (200, "Thread lunch: 2 members, caller in: True", 0)
    assert outcome["threads"] == [("lunch", True)]
    assert outcome["thread_members"] == [[False, True]]
    assert announce == (200, "Herald said: Lunch is served (webhook True)", 64)
    assert (outcome["herald"][0], outcome["herald"][2]) == ("Herald", True)
    assert outcome["webhooks"] == {}
    # The public answers are messages of the channel too; the ephemeral ones are not.
    assert outcome["contents"] == [
        "m0",
        "m1",
        "📊 Lunch?",
        poll[1],
        "Let's talk about lunch",
        thread[1],
        "Lunch is served",
    ]


async def test_both_libraries_send_the_same_community_requests() -> None:
    with_hikari, with_hikari_like = await _community("hikari"), await _community("hikari_like")

    # hikari asks for another page after a short one (an empty page ends its walk) of reactors and
    # of thread members; hikari_like stops after the short page: the same users, a request fewer.
    hikari = with_hikari["requests"]
    expected = [r for i, r in enumerate(hikari) if not (i and _is_next_page(hikari[i - 1], r))]
    assert len(expected) == len(hikari) - 2
    assert _ids_as_labels(with_hikari_like["requests"]) == _ids_as_labels(expected)
    # ... and leave the same world behind, answered the same.
    world = (
        "answers",
        "after_purge",
        "contents",
        "reactions",
        "threads",
        "thread_members",
        "herald",
        "webhooks",
    )
    assert {key: with_hikari_like[key] for key in world} == {key: with_hikari[key] for key in world}


def _is_next_page(before: _Request, request: _Request) -> bool:
    return request[0] == before[0] and "after" in request[2] and "after" not in before[2]


def _ids_as_labels(requests: list[_Request]) -> list[typing.Any]:
    """The requests with each ID replaced by its order of first appearance: every run makes new IDs."""
    labels: dict[str, str] = {}
    as_text = json.dumps(requests, ensure_ascii=False)
    labelled: list[typing.Any] = json.loads(
        _SNOWFLAKE.sub(lambda match: labels.setdefault(match[0], f"id{len(labels)}"), as_text)
    )
    return labelled
