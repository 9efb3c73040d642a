"""A hikari moderation bot with a role menu runs unchanged on hikari and on hikari_like against the
emulated Discord, with the same answers, the same world afterwards and the same requests.

`tests/programs/hikari_moderation_bot.py` bans (`ban_user`, `fetch_ban`), lists bans
(`fetch_bans(newest_first=True).limit(3)`), unbans through the guild object (`fetch_guild`,
`guild.unban`), makes one-use invites (`create_invite`), times members out (`edit_member`) and
posts a role menu whose choices call `add_role_to_member` / `remove_role_from_member`.
"""

from __future__ import annotations

import datetime
import pathlib
import re
import typing

import pytest

from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from tests.backends import free_port
from tests.test_hikari_port import load_program

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_moderation_bot.py"
# hikari_like adds a nonce to every new message so that a retry cannot post it twice; hikari does not.
_RETRY_SAFETY: typing.Final = frozenset({"nonce", "enforce_nonce"})


class Guild(typing.NamedTuple):
    """The people and roles of the emulated guild the bot moderates."""

    mod: dict[str, typing.Any]
    kat: dict[str, typing.Any]
    troll: dict[str, typing.Any]
    admin: dict[str, typing.Any]
    roles: dict[str, str]


def seed(discord: EmulatedDiscord) -> Guild:
    roles = {name: discord.add_role(name)["id"] for name in ("blue", "green", "red", "staff")}
    above_bot = discord.add_role("admins", position=int(discord.bot_role()["position"]) + 1)["id"]
    users = {
        name: discord.add_member(name, roles=held)["user"]
        for name, held in (("mod", []), ("kat", [roles["red"]]), ("troll", []), ("admin", [above_bot]))
    }
    discord.seed_message(discord.channel_id, "buy gold", author=users["troll"])
    return Guild(**users, roles=roles)


class Run:
    """The bot under one library, started against one emulated Discord."""

    def __init__(self, library: str, discord: EmulatedDiscord) -> None:
        self.program = load_program(library, PROGRAM)
        self.discord = discord
        self.bot = self.program.build_bot(discord.token, discord.key_pair.public_key_hex, discord.url)
        self.url = ""
        self.started = 0

    async def __aenter__(self) -> Run:
        port = free_port()
        await self.bot.start(host="127.0.0.1", port=port, check_for_updates=False)
        self.url = f"http://127.0.0.1:{port}/"
        # What each library does at startup differs; the requests compared are the commands' own.
        self.started = len(self.discord.requests)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.bot.close()

    async def command(
        self, name: str, invoker: dict[str, typing.Any], **options: typing.Any
    ) -> tuple[int, str, int]:
        sent = [
            payloads.option(key, value, type=6 if key == "user" else None) for key, value in options.items()
        ]
        payload = payloads.slash_command(name, sent, **self.origin(invoker))
        return self._answer(await self.discord.send_interaction(self.url, payload))

    async def choose(
        self,
        invoker: dict[str, typing.Any],
        values: list[str],
        held: list[str],
    ) -> tuple[int, str, int]:
        """Pick `values` in the role menu as `invoker`, who holds the roles `held`."""
        payload = payloads.select_menu("roles", values, roles=held, **self.origin(invoker))
        return self._answer(await self.discord.send_interaction(self.url, payload))

    def origin(self, invoker: dict[str, typing.Any]) -> dict[str, typing.Any]:
        return {"guild_id": self.discord.guild_id, "channel_id": self.discord.channel_id, "user": invoker}

    @staticmethod
    def _answer(response: typing.Any) -> tuple[int, str, int]:
        data = response.json()["data"]
        return response.status, data["content"], data.get("flags", 0)

    def requests(self) -> list[tuple[str | None, typing.Any]]:
        def sent(body: typing.Any) -> typing.Any:
            if not isinstance(body, dict):
                return body
            return {key: value for key, value in body.items() if key not in _RETRY_SAFETY}

        return [(r.route, sent(r.json)) for r in self.discord.requests[self.started :] if r.route]


async def _moderate(library: str) -> dict[str, typing.Any]:
    async with EmulatedDiscord() as discord:
        guild = seed(discord)
        async with Run(library, discord) as run:
            ban = await run.command("ban", guild.mod, user=guild.troll["id"], reason="spam")
            refused = await run.command("ban", guild.mod, user=guild.admin["id"])
            listed = await run.command("bans", guild.mod)
            banned = dict(discord.world.guild(discord.guild_id).bans)
            unban = await run.command("unban", guild.mod, user=guild.troll["id"])
            again = await run.command("unban", guild.mod, user=guild.troll["id"])
            invite = await run.command("invite", guild.mod)
        world = discord.world.guild(discord.guild_id)
        return {
            "commands": sorted(command["name"] for command in discord.commands),
            "answers": [ban, refused, listed, unban, again],
            "banned": {user_id: ban["reason"] for user_id, ban in banned.items()},
            "bans_after": dict(world.bans),
            "troll_messages": [
                m["content"]
                for m in discord.messages[discord.channel_id]
                if m["author"]["id"] == guild.troll["id"]
            ],
            "members": sorted(member["user"]["username"] for member in world.members.values()),
            "invite": invite,
            "invites": [
                (stored["max_age"], stored["max_uses"], stored["channel_id"])
                for stored in discord.world.invites.values()
            ],
            "requests": run.requests(),
            "troll": guild.troll["id"],
        }


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_moderation_bot_bans_unbans_and_invites(library: str) -> None:
    outcome = await _moderate(library)

    assert outcome["commands"] == ["ban", "bans", "invite", "rolemenu", "timeout", "unban"]
    ban, refused, listed, unban, again = outcome["answers"]
    assert ban == (200, "Banned troll (mod: spam)", 0)
    assert refused == (200, "I cannot ban them", 64)
    assert listed == (200, "Latest bans: troll (mod: spam)", 0)
    assert unban == (200, "Unbanned them in Emulated Guild", 0)
    assert again == (200, "they are not banned", 64)
    assert outcome["banned"] == {outcome["troll"]: "mod: spam"}
    assert outcome["bans_after"] == {}
    assert outcome["troll_messages"] == []  # the ban deleted the last day of their messages
    assert "troll" not in outcome["members"]
    status, content, flags = outcome["invite"]
    assert (status, flags) == (200, 64)
    assert re.fullmatch(r"https://discord\.gg/\w+ \(1 use, 1:00:00\)", content)
    assert [(age, uses) for age, uses, _ in outcome["invites"]] == [(3600, 1)]


async def test_both_libraries_send_the_same_moderation_requests() -> None:
    with_hikari, with_hikari_like = await _moderate("hikari"), await _moderate("hikari_like")

    # hikari asks for another page after a short one (an empty page ends its walk); hikari_like
    # stops after the short page: the same bans, one request fewer.
    bans_walk = ("GET /guilds/{guild}/bans", None)
    hikari = with_hikari["requests"]
    expected = [r for i, r in enumerate(hikari) if not (r == bans_walk and i and hikari[i - 1] == bans_walk)]
    assert len(expected) == len(hikari) - 1
    assert with_hikari_like["requests"] == expected


async def _role_menu(library: str) -> dict[str, typing.Any]:
    async with EmulatedDiscord() as discord:
        guild = seed(discord)
        async with Run(library, discord) as run:
            posted = await discord.send_interaction(
                run.url, payloads.slash_command("rolemenu", **run.origin(guild.mod))
            )
            chosen = [guild.roles["blue"], guild.roles["green"]]
            picked = await run.choose(guild.kat, chosen, [guild.roles["red"]])
            kept = await run.choose(guild.kat, chosen, chosen)
            timeout = await run.command("timeout", guild.mod, user=guild.kat["id"], minutes=10)
        kat = discord.world.guild(discord.guild_id).members[guild.kat["id"]]
        select = posted.json()["data"]["components"][0]["components"][0]
        by_id = {role_id: name for name, role_id in guild.roles.items()}
        return {
            "answers": [picked, kept, timeout],
            "menu": (
                posted.status,
                posted.json()["data"]["content"],
                select["custom_id"],
                select["max_values"],
            ),
            "options": [(o["label"], by_id[o["value"]]) for o in select["options"]],
            "kat_roles": sorted(by_id[role_id] for role_id in kat["roles"]),
            "kat_timeout": kat["communication_disabled_until"],
            "requests": run.requests(),
        }


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_role_menu_adds_and_removes_roles_and_timeouts_apply(library: str) -> None:
    before = datetime.datetime.now(datetime.UTC)
    outcome = await _role_menu(library)

    assert outcome["menu"] == (200, "Pick your colours (3)", "roles", 3)
    assert outcome["options"] == [("blue", "blue"), ("green", "green"), ("red", "red")]
    picked, kept, timeout = outcome["answers"]
    assert picked == (200, "added: blue, green; removed: red", 64)
    assert kept == (200, "added: -; removed: -", 64)
    assert outcome["kat_roles"] == ["blue", "green"]
    assert timeout == (200, "kat timed out: True", 0)
    until = datetime.datetime.fromisoformat(outcome["kat_timeout"])
    assert before + datetime.timedelta(minutes=9) < until < before + datetime.timedelta(minutes=11)


async def test_both_libraries_send_the_same_role_menu_requests() -> None:
    with_hikari, with_hikari_like = await _role_menu("hikari"), await _role_menu("hikari_like")

    def timeless(requests: list[tuple[str | None, typing.Any]]) -> list[tuple[str | None, typing.Any]]:
        # The timeout's moment is the clock's, not the library's.
        return [
            (
                route,
                {**body, "communication_disabled_until": "-"}
                if route and route.startswith("PATCH")
                else body,
            )
            for route, body in requests
        ]

    assert timeless(with_hikari_like["requests"]) == timeless(with_hikari["requests"])
