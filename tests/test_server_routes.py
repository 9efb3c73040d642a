"""Your own routes beside the interaction endpoint, the health answer, uptime, and ASGI mount recipes."""

from __future__ import annotations

import asyncio
import datetime
import typing

import aiohttp
import pytest
from aiohttp import web

import hikari_like
from hikari_like import impl
from hikari_like.impl.metrics import MetricsSettings
from hikari_like.impl.metrics import hooks
from hikari_like.impl.server.asgi import AsgiAdapter
from hikari_like.impl.server.interaction_server import InteractionServer
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from tests import backends


async def answer(interaction: hikari_like.CommandInteraction) -> impl.InteractionMessageBuilder:
    return interaction.build_response().set_content("hi")


async def status(request: web.BaseRequest) -> web.Response:
    return web.json_response({"guilds": 3})


async def vote(request: web.BaseRequest) -> web.Response:
    body = await request.json()  # raises on a body that is not JSON
    return web.json_response({"voter": body["user"]}, status=201)


@pytest.fixture
async def server(key_pair: KeyPair) -> typing.AsyncIterator[InteractionServer]:
    interaction_server = InteractionServer(public_key=key_pair.public_key_hex, interaction_path="/discord")
    interaction_server.set_listener(hikari_like.CommandInteraction, answer)
    interaction_server.extras.add_route("GET", "/status", status)
    interaction_server.extras.add_route("post", "/vote/", vote)
    await interaction_server.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    yield interaction_server
    await interaction_server.close()


def base(server: InteractionServer) -> str:
    return server.urls[0]


async def test_a_route_is_served_beside_interactions(
    server: InteractionServer, key_pair: KeyPair, session: aiohttp.ClientSession
) -> None:
    async with session.get(base(server) + "/status") as response:
        assert response.status == 200
        assert await response.json() == {"guilds": 3}
    async with session.post(base(server) + "/vote", json={"user": "42"}) as response:
        assert response.status == 201
        assert await response.json() == {"voter": "42"}
    async with InteractionClient(base(server) + "/discord", key_pair) as client:
        reply = await client.send(payloads.slash_command("hi"))
    assert reply.status == 200
    assert reply.json()["data"]["content"] == "hi"


async def test_other_paths_and_methods_are_404(
    server: InteractionServer, session: aiohttp.ClientSession
) -> None:
    for method, path in (("GET", "/nothing"), ("POST", "/status"), ("GET", "/vote"), ("DELETE", "/status")):
        async with session.request(method, base(server) + path) as response:
            assert response.status == 404, (method, path)


async def test_a_broken_route_does_not_touch_interactions(
    server: InteractionServer, key_pair: KeyPair, session: aiohttp.ClientSession
) -> None:
    async def forbidden(request: web.BaseRequest) -> web.Response:
        raise web.HTTPForbidden(text="no")

    server.extras.add_route("GET", "/secret", forbidden)
    async with session.post(base(server) + "/vote", data=b"{not json") as response:
        assert response.status == 500
        assert await response.text() == "Internal Server Error"
    async with session.get(base(server) + "/secret") as response:
        assert response.status == 403
        assert await response.text() == "no"
    async with InteractionClient(base(server) + "/discord", key_pair) as client:
        assert (await client.send(payloads.slash_command("hi"))).status == 200


async def test_a_route_body_too_slow_gets_408(key_pair: KeyPair, session: aiohttp.ClientSession) -> None:
    server = InteractionServer(public_key=key_pair.public_key_hex)
    server.extras.add_route("POST", "/vote", vote)
    await server.start(host="127.0.0.1", port=0, shutdown_timeout=5, request_timeout=0.3)

    async def trickle() -> typing.AsyncIterator[bytes]:
        yield b'{"user":'
        await asyncio.sleep(2)
        yield b' "42"}'

    try:
        async with session.post(base(server) + "/vote", data=trickle()) as response:
            assert response.status == 408
    finally:
        await server.close()


def test_routes_cannot_take_the_endpoints(key_pair: KeyPair) -> None:
    server = InteractionServer(public_key=key_pair.public_key_hex, interaction_path="/discord")
    refusals = (("GET", "/discord/", "already served"), ("FETCH", "/x", "unknown"), ("GET", "status", "'/'"))
    for method, path, reason in refusals:
        with pytest.raises(ValueError, match=reason):
            server.extras.add_route(method, path, status)


async def test_uptime_and_a_custom_index_ping_on_the_built_in_server(
    key_pair: KeyPair, session: aiohttp.ClientSession
) -> None:
    server = InteractionServer(public_key=key_pair.public_key_hex)
    assert server.uptime == datetime.timedelta()
    healthy = True

    async def index_ping() -> dict[str, typing.Any]:
        if not healthy:
            raise RuntimeError("database down")
        return {"status": "ok", "uptime": server.uptime.total_seconds()}

    server.extras.index_ping = index_ping
    await server.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    try:
        await asyncio.sleep(0.05)
        async with session.get(base(server)) as response:
            assert response.status == 200
            body = await response.json()
        assert body["status"] == "ok"
        assert body["uptime"] > 0
        healthy = False
        async with session.get(base(server)) as response:
            assert response.status == 503
            assert await response.json() == {"status": "unavailable"}
    finally:
        await server.close()
    assert server.uptime == datetime.timedelta()
    assert server.extras.started_at is None


async def test_uptime_and_index_ping_under_uvicorn(key_pair: KeyPair, session: aiohttp.ClientSession) -> None:
    server = InteractionServer(public_key=key_pair.public_key_hex)

    async def index_ping() -> dict[str, str]:
        return {"status": "fine"}

    server.extras.index_ping = index_ping
    adapter = AsgiAdapter(server, shutdown_timeout=5)
    assert adapter.uptime == datetime.timedelta()
    thread = backends.ServerThread("uvicorn", adapter)
    thread.start()
    try:
        async with session.get(thread.url + "/") as response:
            assert response.status == 200
            assert await response.json() == {"status": "fine"}
        assert adapter.uptime > datetime.timedelta()
        assert server.uptime == adapter.uptime or server.uptime > datetime.timedelta()
    finally:
        thread.stop()
    assert adapter.uptime == datetime.timedelta()


async def test_starlette_mount_recipe_under_uvicorn(
    key_pair: KeyPair, discord: EmulatedDiscord, session: aiohttp.ClientSession
) -> None:
    # The recipe of docs/metrics.md: the bot mounted at /discord, your routes beside it, and the
    # bot started and stopped by the outer app's lifespan (a mount's lifespan is not forwarded).
    import contextlib

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Mount
    from starlette.routing import Route

    hooks.uninstall()
    bot = hikari_like.AsgiBot(
        discord.token,
        public_key=key_pair.public_key_hex,
        rest_url=discord.url,
        asgi_managed=False,
        metrics=MetricsSettings(token="t"),
    )
    bot.set_listener(hikari_like.CommandInteraction, answer)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> typing.AsyncIterator[None]:
        await bot.start()
        yield
        await bot.close()

    async def starlette_status(request: Request) -> JSONResponse:
        return JSONResponse({"uptime": bot.uptime.total_seconds()})

    app = Starlette(
        routes=[Route("/status", starlette_status), Mount("/discord", app=bot)], lifespan=lifespan
    )
    assert bot.uptime == datetime.timedelta()
    thread = backends.ServerThread("uvicorn", app)
    thread.start()
    try:
        async with InteractionClient(thread.url + "/discord/", key_pair) as client:
            reply = await client.send(payloads.slash_command("hi"))
        assert reply.status == 200
        assert reply.json()["data"]["content"] == "hi"
        async with session.get(thread.url + "/status") as response:
            assert (await response.json())["uptime"] > 0
        async with session.get(
            thread.url + "/discord/metrics", headers={"Authorization": "Bearer t"}
        ) as response:
            assert response.status == 200
            scraped = await response.text()
        assert 'hikari_like_interactions_total{status="200",type="CommandInteraction"} 1.0' in scraped
        async with session.get(thread.url + "/discord/metrics") as response:
            assert response.status == 401
        async with session.get(thread.url + "/discord/elsewhere") as response:
            assert response.status == 404
    finally:
        thread.stop()
        hooks.uninstall()
    assert bot.uptime == datetime.timedelta()
