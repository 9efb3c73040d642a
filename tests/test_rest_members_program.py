"""A hikari member and role manager runs unchanged on hikari and on hikari_like against the
emulated Discord, with the same answers, the same guild afterwards and the same requests.

`tests/programs/hikari_roles_bot.py` creates a role and gives it to the invoker
(`member.add_role`), renames members (`member.edit`, refused above the bot), lists a member's
roles (`member.fetch_roles`), searches members, kicks (`member.kick`, refused above the bot),
counts members and role holders, edits and moves a role, and gives a role back and deletes it
(`guild.fetch_roles`, `member.remove_role`).
"""

from __future__ import annotations

import pathlib
import re
import typing
import urllib.parse

import pytest

from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import RecordedRequest
from tests.backends import free_port
from tests.test_hikari_port import load_program

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_roles_bot.py"
KAT, BOB, BOSS = 4200, 4300, 4400
COMMANDS: typing.Final[tuple[tuple[str, dict[str, typing.Any]], ...]] = (
    ("selfrole", {"name": "blue"}),
    ("nick", {"user": BOB, "nickname": "Bobby"}),
    ("nick", {"user": BOSS, "nickname": "x"}),
    ("roles", {"user": KAT}),
    ("whois", {"name": "bo"}),
    ("kick", {"user": BOB}),
    ("kick", {"user": BOSS}),
    ("kick", {"user": 99}),
    ("census", {}),
    ("promote", {"name": "blue"}),
    ("droprole", {"name": "BLUE"}),
)
_USER_OPTIONS: typing.Final = frozenset({"user"})


# hikari reads one more page after a short page of members; hikari_like stops (docs/rest.md).
MEMBER_PAGES: typing.Final = "GET /guilds/{guild}/members"
_ID: typing.Final = re.compile(r"^[0-9]{17,20}$")


def _comparable(request: RecordedRequest) -> tuple[typing.Any, ...]:
    """The request with minted IDs blanked, permissions as Discord's string (hikari 2.7 sends an
    integer where Discord documents a string) and the audit-log reason decoded (the libraries
    URL-encode different characters; Discord decodes both)."""
    body = _blank_ids(request.json)
    if isinstance(body, dict) and "permissions" in body:
        body["permissions"] = str(body["permissions"])
    reason = request.headers.get("X-Audit-Log-Reason")
    return request.route, request.query, body, None if reason is None else urllib.parse.unquote(reason)


def _blank_ids(value: typing.Any) -> typing.Any:
    if isinstance(value, dict):
        return {key: _blank_ids(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_blank_ids(item) for item in value]
    return "<id>" if isinstance(value, str) and _ID.match(value) else value


def _seed(discord: EmulatedDiscord) -> None:
    high = discord.add_role("high", position=50)
    discord.add_role("green")
    discord.add_member("kat", user_id=KAT)
    discord.add_member("bob", user_id=BOB)
    discord.add_member("boss", user_id=BOSS, roles=[high["id"]])


def _command(discord: EmulatedDiscord, name: str, values: dict[str, typing.Any]) -> dict[str, typing.Any]:
    options = [
        payloads.option(key, value, type=6 if key in _USER_OPTIONS else 3) for key, value in values.items()
    ]
    return payloads.slash_command(
        name, options, guild_id=discord.guild_id, user=discord.world.users[str(KAT)]
    )


async def _run(library: str) -> dict[str, typing.Any]:
    program = load_program(library, PROGRAM)
    async with EmulatedDiscord() as discord:
        _seed(discord)
        bot = program.build_bot(discord.token, discord.key_pair.public_key_hex, discord.url)
        port = free_port()
        await bot.start(host="127.0.0.1", port=port, check_for_updates=False)
        started = len(discord.requests)  # startup differs between the libraries; commands must not
        try:
            answers = [
                (await discord.send_interaction(f"http://127.0.0.1:{port}/", _command(discord, name, values)))
                for name, values in COMMANDS
            ]
        finally:
            await bot.close()
        guild = discord.world.guild(discord.guild_id)
        requests = [_comparable(request) for request in discord.requests[started:] if request.route]
        return {
            "answers": [(answer.status, answer.json()["data"]["content"]) for answer in answers],
            "members": sorted((m["user"]["username"], m["nick"]) for m in guild.members.values()),
            "roles": [(role["name"], role["hoist"]) for role in guild.sorted_roles()],
            "requests": requests,
            "bot": discord.bot_user["username"],
            "guild": guild.fields["name"],
            "owner": discord.state.owner["username"],
        }


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_roles_bot_manages_members_and_roles(library: str) -> None:
    outcome = await _run(library)

    assert outcome["answers"] == [
        (200, "made blue (#3498DB) for kat"),
        (200, "bob is now Bobby"),
        (200, "I cannot rename boss"),
        (200, "kat: @everyone, blue"),
        (200, "found: Bobby, boss"),
        (200, "kicked bob"),
        (200, "I cannot kick them"),
        (200, "no such member"),
        (200, f"3 humans; {outcome['bot']}=1, high=1, blue=1"),
        (200, "BLUE hoisted=True at 2"),
        (200, f"deleted BLUE from {outcome['guild']}"),
    ]
    assert outcome["members"] == sorted(
        [("boss", None), ("kat", None), (outcome["bot"], None), (outcome["owner"], None)]
    )
    assert [name for name, _ in outcome["roles"]] == ["@everyone", "green", outcome["bot"], "high"]


async def test_both_libraries_send_the_same_requests() -> None:
    with_hikari, with_hikari_like = await _run("hikari"), await _run("hikari_like")

    def without_extra_pages(requests: list[tuple[typing.Any, ...]]) -> list[tuple[typing.Any, ...]]:
        seen = False
        kept = []
        for request in requests:
            if request[0] == MEMBER_PAGES and seen:
                continue
            seen = seen or request[0] == MEMBER_PAGES
            kept.append(request)
        return kept

    assert with_hikari_like["requests"] == without_extra_pages(with_hikari["requests"])
    assert next(r for r in with_hikari["requests"] if r[0] == MEMBER_PAGES)[1] == {"limit": "1000"}
