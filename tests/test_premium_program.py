"""A hikari premium bot runs unchanged on hikari and on hikari_like against the emulated Discord,
with the same outcomes and the same requests.

`tests/programs/hikari_premium_bot.py` lists SKUs, creates and deletes a test entitlement,
filters, fetches and consumes entitlements, and walks OAuth2: the code grant,
`fetch_authorization` with the Bearer token, a refresh, a revocation and a client credentials
token.
"""

from __future__ import annotations

import pathlib
import typing

import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import monetization_world as world
from tests.test_hikari_port import load_program

PROGRAM = pathlib.Path(__file__).parent / "programs" / "hikari_premium_bot.py"
BUYER = 7100


def _seed(discord: EmulatedDiscord) -> str:
    discord.add_user("buyer", user_id=BUYER)
    store = discord.state.monetization
    store.add_sku("Gold Badge")
    coins = store.add_sku("Coin Pack", sku_type=world.CONSUMABLE)
    store.grant(str(coins["id"]), user_id=str(BUYER))
    return discord.authorize_user(
        BUYER, ["identify", "applications.entitlements"], "https://dashboard.example.com/callback"
    )


async def _run(library: str) -> tuple[dict[str, typing.Any], list[typing.Any]]:
    program = load_program(library, PROGRAM)
    async with EmulatedDiscord() as discord:
        code = _seed(discord)
        outcome = await program.run(
            discord.url,
            discord.token,
            int(discord.application_id),
            discord.credentials.client_secret,
            BUYER,
            code,
        )
        sent = [
            (request.route, request.query, request.json, request.form)
            for request in discord.requests
            if request.route
        ]
    return outcome, sent


@pytest.mark.parametrize("library", ["hikari", "hikari_like"])
async def test_the_premium_bot_sells_and_logs_users_in(library: str) -> None:
    outcome, _ = await _run(library)

    assert outcome["skus"] == [("Gold Badge", "gold-badge", 2, True), ("Coin Pack", "coin-pack", 3, True)]
    assert outcome["test"] == (BUYER, 4, None, None)
    assert outcome["owned"] == [0, 1]
    assert outcome["spent"] == (True, False)
    assert outcome["left"] == [(True, True)]
    assert outcome["twice"] == "refused"
    assert outcome["grant"] == (["identify", "applications.entitlements"], "Bearer", 7)
    assert outcome["who"][0] == "buyer"
    assert outcome["who"][2] == ["identify", "applications.entitlements"]
    assert outcome["renewed"] is True
    assert outcome["after_revoke"] == "revoked"
    assert outcome["own"] == (["identify"], "Bearer")
    assert outcome["reused_code"] == "refused"


async def test_both_libraries_send_the_same_requests() -> None:
    (_, with_hikari), (_, with_hikari_like) = await _run("hikari"), await _run("hikari_like")

    blank = [_without_secrets(request) for request in with_hikari]
    assert [_without_secrets(request) for request in with_hikari_like] == blank


def _without_secrets(request: tuple[typing.Any, ...]) -> tuple[typing.Any, ...]:
    # Codes, tokens and IDs are minted per run; the shape of each request is what must match.
    route, query, body, form = request
    return route, sorted(query), body if body is None else sorted(body), sorted(form)
