"""The webhook events endpoint of a bare `InteractionServer`: its options, its dispatcher, shutdown."""

from __future__ import annotations

import asyncio

import pytest

import hikari_like
from hikari_like.impl.server.interaction_server import InteractionServer
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import webhook_events
from hikari_like.testing.emulator import EmulatedDiscord


@pytest.mark.parametrize(
    ("path", "why"), [("events", "must start with '/'"), ("/x", "must differ"), ("/x/", "must differ")]
)
def test_a_webhook_events_path_is_checked(key_pair: KeyPair, path: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        InteractionServer(public_key=key_pair.public_key_hex, interaction_path="/x", webhook_events_path=path)


async def test_off_by_default_the_events_path_is_not_found(key_pair: KeyPair) -> None:
    server = InteractionServer(public_key=key_pair.public_key_hex)
    await server.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        async with InteractionClient(server.urls[0] + "/events", key_pair) as client:
            response = await client.send(webhook_events.ping())
    finally:
        await server.close()
    assert server.webhook_events_endpoint is None
    assert response.status == 404


async def test_a_bare_server_hands_events_to_its_dispatcher(key_pair: KeyPair) -> None:
    server = InteractionServer(public_key=key_pair.public_key_hex, webhook_events_path="/events/")
    received: list[hikari_like.Event] = []
    server.set_webhook_event_dispatcher(received.append)
    await server.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        async with InteractionClient(server.urls[0] + "/events", key_pair) as client:
            response = await client.send(webhook_events.application_deauthorized())
    finally:
        await server.close()  # dispatches what was answered
    assert response.status == 204
    assert [type(event) for event in received] == [hikari_like.ApplicationDeauthorizedEvent]


async def test_closing_the_bot_lets_a_running_listener_finish(discord: EmulatedDiscord) -> None:
    finished: list[str] = []
    bot = hikari_like.RESTBot(
        discord.token, rest_url=discord.url, banner=None, logs=None, webhook_events_path="/events"
    )
    started = asyncio.Event()

    @bot.listen()
    async def on_install(event: hikari_like.ApplicationAuthorizedEvent) -> None:
        started.set()
        await asyncio.sleep(0.2)  # still running when close() begins
        finished.append(event.user.username)

    await bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        user = {"id": "5", "username": "late", "discriminator": "0"}
        url = bot.interaction_server.urls[0] + "/events"
        delivery = await discord.send_webhook_event(url, webhook_events.application_authorized(user=user))
        await asyncio.wait_for(started.wait(), 20)
    finally:
        await bot.close()
    assert delivery.status == 204
    assert finished == ["late"]


async def test_an_event_with_no_dispatcher_is_acknowledged(key_pair: KeyPair) -> None:
    server = InteractionServer(public_key=key_pair.public_key_hex, webhook_events_path="/events")
    await server.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        async with InteractionClient(server.urls[0] + "/events", key_pair) as client:
            response = await client.send(webhook_events.entitlement_create())
    finally:
        await server.close()
    assert (response.status, response.body) == (204, b"")
    assert server.webhook_events_pending == 0
