"""A hikari info bot with DMs runs unchanged on hikari and on hikari_like against the emulated
Discord, with the same answers, the same DMs and the same requests.

`tests/programs/hikari_info_dm_bot.py` fetches a user, DMs them (`user.send`, `fetch_dm_channel`),
answers with their avatar URL and account age through the client's builder factories, and shows
the bot's own account (`fetch_my_user`).
"""

from __future__ import annotations

import datetime
import pathlib
import typing

import pytest

from hikari_like import snowflakes
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from tests.backends import free_port
from tests.test_hikari_port import load_program

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_info_dm_bot.py"
ANN = 175928847299117063
AVATAR = "a_1269e74af4df7417b13759eae50c83dc"


# hikari_like adds a nonce to every new message so that a retry cannot post it twice; hikari does not.
_RETRY_SAFETY: typing.Final = frozenset({"nonce", "enforce_nonce"})


def _sent(body: typing.Any) -> typing.Any:
    return (
        {key: value for key, value in body.items() if key not in _RETRY_SAFETY}
        if isinstance(body, dict)
        else body
    )


async def _run(library: str) -> dict[str, typing.Any]:
    program = load_program(library, PROGRAM)
    async with EmulatedDiscord() as discord:
        discord.add_user("ann", user_id=ANN)["avatar"] = AVATAR
        bot = program.build_bot(discord.token, discord.key_pair.public_key_hex, discord.url)
        port = free_port()
        await bot.start(host="127.0.0.1", port=port, check_for_updates=False)
        # What each library does at startup differs (hikari_like checks the commands it replaces);
        # the requests compared are the ones the commands make.
        started = len(discord.requests)
        url = f"http://127.0.0.1:{port}/"
        try:
            info = await discord.send_interaction(
                url, payloads.slash_command("info", [payloads.option("user", ANN, type=6)])
            )
            unknown = await discord.send_interaction(
                url, payloads.slash_command("info", [payloads.option("user", 999, type=6)])
            )
            whoami = await discord.send_interaction(url, payloads.slash_command("whoami"))
        finally:
            await bot.close()
        dms = [
            (
                channel["recipients"][0]["id"],
                [m["content"] for m in discord.state.messages[channel["id"]].values()],
            )
            for channel in discord.state.channels.values()
            if channel["type"] == 1 and channel["recipients"][0]["id"] == str(ANN)
        ]
        requests = [
            (request.route, _sent(request.json)) for request in discord.requests[started:] if request.route
        ]
    info_data = info.json()["data"]
    return {
        "commands": sorted(command["name"] for command in discord.commands),
        "info": (info.status, info_data["content"], info_data["components"][0]["components"][0]["url"]),
        "unknown": (unknown.status, unknown.json()["data"]["content"], unknown.json()["data"]["flags"]),
        "whoami": (whoami.status, whoami.json()["data"]["content"]),
        "dms": dms,
        "program_dms": [user_id for user_id, _ in program.DMS],
        "requests": requests,
    }


def _expected_age() -> str:
    created, now = snowflakes.Snowflake(ANN).created_at, datetime.datetime.now(datetime.UTC)
    years = now.year - created.year - ((now.month, now.day) < (created.month, created.day))
    return f"{years} years (since 2016-04-30)"


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_info_bot_answers_and_dms(library: str) -> None:
    outcome = await _run(library)
    avatar_url = f"https://cdn.discordapp.com/avatars/{ANN}/{AVATAR}.gif?size=4096"

    assert outcome["commands"] == ["info", "whoami"]
    assert outcome["info"] == (200, f"ann: {_expected_age()}; avatar {avatar_url}; dm True", avatar_url)
    assert outcome["unknown"] == (200, "no such user", 64)
    assert outcome["whoami"] == (200, "emulated-app (own user, bot=True, mfa=False)")
    assert outcome["dms"] == [(str(ANN), ["Hello ann, someone looked up your card."])]
    assert outcome["program_dms"] == [ANN]


async def test_both_libraries_send_the_same_requests() -> None:
    with_hikari, with_hikari_like = await _run("hikari"), await _run("hikari_like")

    assert with_hikari_like["requests"] == with_hikari["requests"]
