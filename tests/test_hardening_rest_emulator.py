"""The emulated Discord's `nonce` + `enforce_nonce` and its faults after a request is applied (#16)."""

from __future__ import annotations

import asyncio
import typing

import aiohttp
import pytest

from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import FaultKind
from tests.helpers import AUTH

CREATE: typing.Final = "POST /channels/{channel}/messages"


def messages_url(discord: EmulatedDiscord) -> str:
    return f"{discord.url}/channels/{discord.channel_id}/messages"


async def post(
    session: aiohttp.ClientSession, discord: EmulatedDiscord, body: dict[str, typing.Any]
) -> tuple[int, typing.Any]:
    async with session.post(messages_url(discord), json=body, headers=AUTH) as response:
        is_json = response.content_type == "application/json"
        return response.status, await response.json() if is_json else await response.text()


async def eventually(condition: typing.Callable[[], bool]) -> None:
    """Wait (generously: the machine may be busy) until `condition()` holds."""
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the condition never held")


async def test_an_enforced_nonce_returns_the_first_message_instead_of_a_second(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    body = {"content": "once", "nonce": "1234567890", "enforce_nonce": True}
    first_status, first = await post(session, discord, body)
    again_status, again = await post(session, discord, {**body, "content": "a second copy"})
    await post(session, discord, {"content": "not enforced", "nonce": "1234567890"})
    discord.state.nonce_window = 0.0
    await post(session, discord, {**body, "content": "after the window"})

    assert (first_status, again_status) == (200, 200)
    assert again == first
    assert first["nonce"] == "1234567890"
    contents = [m["content"] for m in discord.messages[discord.channel_id]]
    assert contents == ["once", "not enforced", "after the window"]


async def test_an_integer_nonce_is_enforced_like_a_string(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    _, first = await post(session, discord, {"content": "n", "nonce": 987, "enforce_nonce": True})
    _, again = await post(session, discord, {"content": "n", "nonce": 987, "enforce_nonce": True})

    assert again["id"] == first["id"]
    assert len(discord.messages[discord.channel_id]) == 1


@pytest.mark.parametrize(
    ("field", "body"),
    [
        ("nonce", {"nonce": "x" * 26, "enforce_nonce": True}),
        ("nonce", {"nonce": ["not", "a", "nonce"]}),
        ("nonce", {"nonce": True}),
        ("enforce_nonce", {"nonce": "1", "enforce_nonce": "yes"}),
    ],
    ids=["too-long", "a-list", "a-boolean", "enforce-not-boolean"],
)
async def test_a_malformed_nonce_is_discords_invalid_form_body(
    discord: EmulatedDiscord, session: aiohttp.ClientSession, field: str, body: dict[str, typing.Any]
) -> None:
    status, error = await post(session, discord, {"content": "x", **body})

    assert status == 400
    assert error["code"] == 50035
    assert field in error["errors"]
    assert not discord.messages[discord.channel_id]


async def test_a_nonce_may_have_25_characters_not_26(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    accepted, message = await post(session, discord, {"content": "x", "nonce": "n" * 25})
    refused, _ = await post(session, discord, {"content": "x", "nonce": "n" * 26})

    assert (accepted, refused) == (200, 400)
    assert message["nonce"] == "n" * 25


@pytest.mark.parametrize(
    ("kind", "status"), [(FaultKind.SERVER_ERROR, 503), (FaultKind.CONNECTION_RESET, None)]
)
async def test_a_fault_after_applying_loses_the_answer_not_the_message(
    discord: EmulatedDiscord, session: aiohttp.ClientSession, kind: FaultKind, status: int | None
) -> None:
    fault = discord.faults.add(route=CREATE, kind=kind, status=503, after_applying=True)
    try:
        answered, _ = await post(session, discord, {"content": "applied"})
    except aiohttp.ClientConnectionError:
        answered = None

    assert answered == status
    assert discord.requests_to(CREATE)[-1].status == status
    assert fault.fired == 1
    assert [m["content"] for m in discord.messages[discord.channel_id]] == ["applied"]


async def test_a_fault_after_applying_skips_requests_that_were_refused(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    fault = discord.faults.add(route=CREATE, kind=FaultKind.SERVER_ERROR, status=500, after_applying=True)
    refused, _ = await post(session, discord, {"content": ""})  # an empty message: 400, nothing applied
    faulted, _ = await post(session, discord, {"content": "applied"})

    assert (refused, faulted) == (400, 500)
    assert fault.fired == 1
    assert len(discord.messages[discord.channel_id]) == 1


async def test_a_slow_answer_after_applying_comes_after_the_state_changed(
    discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    fault = discord.faults.add(route=CREATE, kind=FaultKind.SLOW, delay=3.0, after_applying=True)
    timeout = aiohttp.ClientTimeout(total=1.0)
    url = messages_url(discord)
    with pytest.raises(TimeoutError):
        async with session.post(url, json={"content": "late"}, headers=AUTH, timeout=timeout):
            pass

    await eventually(lambda: fault.fired == 1)  # only an applied request takes an after-applying fault
    assert [m["content"] for m in discord.messages[discord.channel_id]] == ["late"]


@pytest.mark.parametrize("kind", [FaultKind.CLOUDFLARE_429, FaultKind.SHARED_429, FaultKind.GLOBAL_429])
def test_a_429_cannot_come_after_applying(discord: EmulatedDiscord, kind: FaultKind) -> None:
    with pytest.raises(ValueError, match="after the request is applied"):
        discord.faults.add(route=CREATE, kind=kind, after_applying=True)
