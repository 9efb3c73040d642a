"""Webhook events end to end: the emulated Discord signs and POSTs them to a real bot on loopback.

Every test runs on the built-in server (`RESTBot`) and under uvicorn (`AsgiBot`); the REST side
is the emulated Discord, whose key signs the deliveries and whose application the bots fetch.
"""

from __future__ import annotations

import asyncio
import contextlib
import typing

import pytest

import hikari_like
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import webhook_events
from hikari_like.testing.emulator import EmulatedDiscord
from tests.backends import serving_in_loop

if typing.TYPE_CHECKING:
    from hikari_like.impl.bots.lifecycle import BotCore

EVENTS_PATH: typing.Final = "/events"
TRANSPORTS: typing.Final = ("aiohttp", "uvicorn")


class Served(typing.NamedTuple):
    bot: BotCore
    url: str
    """The Webhook Events URL."""


@contextlib.asynccontextmanager
async def serving(
    transport: str, discord: EmulatedDiscord, **options: typing.Any
) -> typing.AsyncIterator[Served]:
    """A bot with webhook events on `EVENTS_PATH`, on the built-in server or under uvicorn."""
    if transport == "aiohttp":
        bot = hikari_like.RESTBot(
            discord.token,
            rest_url=discord.url,
            banner=None,
            logs=None,
            webhook_events_path=EVENTS_PATH,
            **options,
        )
        await bot.start(host="127.0.0.1", port=0, shutdown_timeout=10)
        try:
            yield Served(bot, bot.interaction_server.urls[0] + EVENTS_PATH)
        finally:
            await bot.close()
        return
    asgi_bot = hikari_like.AsgiBot(
        discord.token, rest_url=discord.url, webhook_events_path=EVENTS_PATH, **options
    )
    async with serving_in_loop("uvicorn", asgi_bot) as base:
        yield Served(asgi_bot, base + EVENTS_PATH)


@pytest.fixture(params=TRANSPORTS)
def transport(request: pytest.FixtureRequest) -> str:
    return typing.cast("str", request.param)


def _collect(bot: BotCore, event_type: type[typing.Any]) -> list[typing.Any]:
    seen: list[typing.Any] = []

    async def listener(event: typing.Any) -> None:
        seen.append(event)

    bot.subscribe(event_type, listener)
    return seen


async def test_a_ping_gets_204_with_no_body(transport: str, discord: EmulatedDiscord) -> None:
    async with serving(transport, discord) as served:
        seen = _collect(served.bot, hikari_like.Event)
        delivery = await discord.send_webhook_event(served.url, webhook_events.ping())
        async with InteractionClient(served.url, discord.key_pair) as client:
            response = await client.send(webhook_events.ping())
    assert delivery.status == 204
    assert response.status == 204
    assert response.body == b""
    assert response.headers["Content-Type"].startswith("application/json")  # Discord asks for one
    assert seen == []
    assert discord.webhook_deliveries == [delivery]


FORGED: typing.Final[list[tuple[typing.Callable[[], dict[str, typing.Any]], type[hikari_like.Event]]]] = [
    (webhook_events.application_authorized, hikari_like.ApplicationAuthorizedEvent),
    (webhook_events.application_deauthorized, hikari_like.ApplicationDeauthorizedEvent),
    (webhook_events.entitlement_create, hikari_like.EntitlementCreateEvent),
    (webhook_events.entitlement_update, hikari_like.EntitlementUpdateEvent),
    (webhook_events.entitlement_delete, hikari_like.EntitlementDeleteEvent),
    (webhook_events.quest_user_enrollment, hikari_like.QuestUserEnrollmentEvent),
    (webhook_events.lobby_message_create, hikari_like.LobbyMessageCreateEvent),
    (webhook_events.lobby_message_update, hikari_like.LobbyMessageUpdateEvent),
    (webhook_events.lobby_message_delete, hikari_like.LobbyMessageDeleteEvent),
    (webhook_events.game_direct_message_create, hikari_like.GameDirectMessageCreateEvent),
    (webhook_events.game_direct_message_update, hikari_like.GameDirectMessageUpdateEvent),
    (webhook_events.game_direct_message_delete, hikari_like.GameDirectMessageDeleteEvent),
]


async def test_every_event_type_reaches_its_listener_parsed(transport: str, discord: EmulatedDiscord) -> None:
    async with serving(transport, discord) as served:
        for forge, event_class in FORGED:
            payload = forge()
            waiting: asyncio.Future[hikari_like.Event] = asyncio.ensure_future(
                served.bot.wait_for(event_class, timeout=20)
            )
            delivery = await discord.send_webhook_event(served.url, payload)
            event = await waiting
            assert delivery.status == 204, event_class
            assert type(event) is event_class
            assert event.app is served.bot
            if isinstance(event, hikari_like.WebhookEvent):
                assert event.event_type == payload["event"]["type"]
                assert event.application_id == int(discord.application_id)
                assert event.timestamp is not None
                assert event.data == payload["event"]["data"]
    statuses = [delivery.status for delivery in discord.webhook_deliveries]
    assert statuses == [204] * len(FORGED)


async def test_the_models_carry_discords_fields(transport: str, discord: EmulatedDiscord) -> None:
    user = {"id": "111178765189277770", "username": "installer", "discriminator": "0", "global_name": "Ins"}
    guild = {"id": "290926798626357999", "name": "Test Guild", "icon": None}
    entitlement = webhook_events.entitlement(sku_id="123489045643835123", user_id="111178765189277770")
    async with serving(transport, discord) as served:
        authorized = asyncio.ensure_future(
            served.bot.wait_for(hikari_like.ApplicationAuthorizedEvent, timeout=20)
        )
        await discord.send_webhook_event(
            served.url,
            webhook_events.application_authorized(
                user=user, guild=guild, scopes=["bot", "applications.commands"]
            ),
        )
        created = asyncio.ensure_future(served.bot.wait_for(hikari_like.EntitlementCreateEvent, timeout=20))
        await discord.send_webhook_event(served.url, webhook_events.entitlement_create(entitlement))
        deleted = asyncio.ensure_future(served.bot.wait_for(hikari_like.LobbyMessageDeleteEvent, timeout=20))
        await discord.send_webhook_event(
            served.url, webhook_events.lobby_message_delete(message_id="5", lobby_id="6")
        )
        passthrough = asyncio.ensure_future(
            served.bot.wait_for(hikari_like.GameDirectMessageUpdateEvent, timeout=20)
        )
        await discord.send_webhook_event(served.url, webhook_events.game_direct_message_update())
        install, purchase, deletion, update = await asyncio.gather(authorized, created, deleted, passthrough)
    assert install.user.username == "installer"
    assert install.scopes == ("bot", "applications.commands")
    assert install.integration_type is hikari_like.ApplicationIntegrationType.GUILD_INSTALL
    assert install.guild is not None
    assert (install.guild.id, install.guild.name) == (290926798626357999, "Test Guild")
    assert purchase.shard is None
    assert purchase.entitlement.sku_id == 123489045643835123
    assert purchase.entitlement.user_id == 111178765189277770
    assert (deletion.message_id, deletion.lobby_id) == (5, 6)
    assert update.message.is_passthrough


async def test_bad_signatures_get_401_and_reach_no_listener(transport: str, discord: EmulatedDiscord) -> None:
    async with serving(transport, discord) as served:
        seen = _collect(served.bot, hikari_like.Event)
        async with InteractionClient(served.url, KeyPair.generate()) as impostor:
            forged = await impostor.send(webhook_events.entitlement_create())
        async with InteractionClient(served.url, discord.key_pair) as client:
            unsigned = await client.post(b'{"type": 0}')
        await asyncio.sleep(0.1)
    assert (forged.status, unsigned.status) == (401, 401)
    assert seen == []


async def test_stale_and_replayed_requests_get_401(transport: str, discord: EmulatedDiscord) -> None:
    async with serving(transport, discord) as served:
        seen = _collect(served.bot, hikari_like.Event)
        stale = await discord.send_webhook_event(
            served.url, webhook_events.entitlement_create(), timestamp=1_700_000_000
        )
        async with InteractionClient(served.url, discord.key_pair) as client:
            first = await client.send(webhook_events.application_deauthorized())
            replayed = await client.replay()
        await _settle(served.bot)
    assert (stale.status, first.status, replayed.status) == (401, 204, 401)
    assert [type(event) for event in seen] == [hikari_like.ApplicationDeauthorizedEvent]


async def test_a_redelivered_event_is_acknowledged_and_dispatched_once(
    transport: str, discord: EmulatedDiscord
) -> None:
    async with serving(transport, discord) as served:
        seen = _collect(served.bot, hikari_like.EntitlementCreateEvent)
        first = await discord.send_webhook_event(served.url, webhook_events.entitlement_create())
        again = await discord.redeliver_webhook_event()
        other = await discord.send_webhook_event(served.url, webhook_events.entitlement_create())
        await _settle(served.bot)
    assert (first.status, again.status, other.status) == (204, 204, 204)
    assert again.is_redelivery
    assert again.timestamp != first.timestamp  # a fresh signature: the replay guard alone would pass it
    assert len(seen) == 2
    assert seen[0].entitlement.id != seen[1].entitlement.id


async def test_the_204_is_written_before_a_slow_listener_finishes(
    transport: str, discord: EmulatedDiscord
) -> None:
    order: list[str] = []
    release = asyncio.Event()
    async with serving(transport, discord) as served:

        @served.bot.listen()
        async def slow(event: hikari_like.ApplicationAuthorizedEvent) -> None:
            order.append("listener started")
            await release.wait()  # held until the test has read the 204
            order.append("listener finished")

        delivery = await discord.send_webhook_event(served.url, webhook_events.application_authorized())
        order.append(f"answered {delivery.status}")
        release.set()
        await _settle(served.bot)
    assert order[-1] == "listener finished"
    assert order.index("answered 204") < order.index("listener finished")


async def test_unknown_and_malformed_deliveries(transport: str, discord: EmulatedDiscord) -> None:
    async with serving(transport, discord) as served:
        unknown_events = _collect(served.bot, hikari_like.UnknownWebhookEvent)
        unknown = await discord.send_webhook_event(
            served.url, webhook_events.event("SOMETHING_NEW", {"x": 1})
        )
        unreadable = await discord.send_webhook_event(
            served.url,
            webhook_events.event("APPLICATION_AUTHORIZED", {"scopes": []}),  # no user
        )
        new_kind = await discord.send_webhook_event(served.url, {"version": 1, "type": 7})
        no_event = await discord.send_webhook_event(served.url, {"version": 1, "type": 1})
        no_type = await discord.send_webhook_event(served.url, {"version": 1})
        async with InteractionClient(served.url, discord.key_pair) as client:
            not_json = await client.post(b"{nope", headers=client.sign(b"{nope").headers)
            listed = await client.post(b"[]", headers=client.sign(b"[]").headers)
            get = await client.get()
            text = await client.post(b"{}", content_type="text/plain")
        await _settle(served.bot)
    assert (unknown.status, unreadable.status, new_kind.status) == (204, 204, 204)
    assert (no_event.status, no_type.status, not_json.status, listed.status) == (400, 400, 400, 400)
    assert (get.status, text.status) == (405, 415)
    assert get.headers["Allow"] == "POST"
    assert [event.event_type for event in unknown_events] == ["SOMETHING_NEW", "APPLICATION_AUTHORIZED"]
    assert unknown_events[0].data == {"x": 1}


async def test_the_interaction_endpoint_still_answers_beside_it(
    transport: str, discord: EmulatedDiscord
) -> None:
    async with (
        serving(transport, discord) as served,
        InteractionClient(served.url.removesuffix(EVENTS_PATH) + "/", discord.key_pair) as client,
    ):
        pong = await client.send({"type": 1})
    assert (pong.status, pong.json()) == (200, {"type": 1})


async def _settle(bot: BotCore) -> None:
    """Wait (bounded) until the events delivered so far have run their listeners."""
    for _ in range(2000):
        pending = bot.interaction_server.webhook_events_pending
        if pending == 0 and bot.event_manager.running_listeners == 0:
            return
        await asyncio.sleep(0.01)
    raise TimeoutError("the listeners did not finish")
