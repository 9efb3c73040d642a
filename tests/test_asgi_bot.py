"""AsgiBot under real ASGI servers (uvicorn, hypercorn) and mounted in Starlette and FastAPI.

The servers run in the test's event loop, on loopback, with lifespan on; the REST side is the
emulated Discord, so the public-key fetch and the REST session are real too.
"""

from __future__ import annotations

import asyncio
import contextlib
import typing

import aiohttp
import fastapi
import pytest
import starlette.applications
import starlette.routing

import hikari_like
from hikari_like import errors
from hikari_like.impl.bots.asgi_bot import AsgiBot
from hikari_like.internal import json
from hikari_like.testing import InteractionClient
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.signing import sign_request
from tests.backends import serving_in_loop

if typing.TYPE_CHECKING:
    from hikari_like.impl.builders import InteractionMessageBuilder
    from hikari_like.impl.server.asgi_types import ASGIApp

TOKEN = "asgi-token"


@pytest.fixture
async def discord(key_pair: KeyPair) -> typing.AsyncIterator[EmulatedDiscord]:
    # The application's key is the one our test client signs with, as on Discord.
    async with EmulatedDiscord(token=TOKEN, key_pair=key_pair) as emulator:
        yield emulator


async def pong(interaction: hikari_like.CommandInteraction) -> InteractionMessageBuilder:
    return interaction.build_response().set_content("pong")


@pytest.mark.parametrize("server_name", ["uvicorn", "hypercorn"])
async def test_lifespan_starts_and_closes_the_bot(
    server_name: str, discord: EmulatedDiscord, key_pair: KeyPair
) -> None:
    bot = AsgiBot(TOKEN, rest_url=discord.url)  # no public key: fetched at startup
    bot.set_listener(hikari_like.CommandInteraction, pong)
    seen: list[tuple[str, bool]] = []

    async def on_start(received: AsgiBot) -> None:
        seen.append(("start", received.rest.is_alive))

    async def on_stop(received: AsgiBot) -> None:
        seen.append(("stop", received.rest.is_alive))

    bot.add_startup_callback(on_start)
    bot.add_shutdown_callback(on_stop)

    async with serving_in_loop(server_name, bot) as url:
        assert bot.is_alive
        async with InteractionClient(url + "/", key_pair) as client:
            response = await client.send(payloads.slash_command("ping"))
        assert (response.status, response.json()["data"]["content"]) == (200, "pong")

    assert seen == [("start", True), ("stop", True)]
    assert (bot.is_alive, bot.rest.is_alive) == (False, False)
    assert [r.route for r in discord.requests] == ["GET /oauth2/applications/@me"]


async def test_a_failing_startup_fails_the_server_start(discord: EmulatedDiscord) -> None:
    bot = AsgiBot(TOKEN, rest_url=discord.url)

    async def broken(_: AsgiBot) -> None:
        raise RuntimeError("no database")

    bot.add_startup_callback(broken)
    sent: list[typing.Any] = []
    incoming: asyncio.Queue[typing.Any] = asyncio.Queue()
    incoming.put_nowait({"type": "lifespan.startup"})

    async def send(message: typing.Any) -> None:
        sent.append(message)

    await bot({"type": "lifespan"}, incoming.get, send)

    assert sent == [{"type": "lifespan.startup.failed", "message": "RuntimeError: no database"}]
    assert (bot.is_alive, bot.rest.is_alive) == (False, False)


async def test_managed_bot_refuses_manual_lifecycle() -> None:
    bot = AsgiBot(TOKEN, public_key=KeyPair.generate().public_key)
    assert bot.asgi_managed
    with pytest.raises(errors.ComponentStateConflictError, match="asgi_managed=False"):
        await bot.start()
    with pytest.raises(errors.ComponentStateConflictError, match="asgi_managed=False"):
        await bot.close()
    with pytest.raises(errors.ComponentStateConflictError, match="uvicorn"):
        bot.run()
    with pytest.raises(errors.ComponentStateConflictError):
        await bot.join()


async def _post_pings(url: str, key_pair: KeyPair) -> dict[str, tuple[int, str | None]]:
    """POST a distinct signed PING to `/discord` and `/discord/`, without following redirects."""
    answers: dict[str, tuple[int, str | None]] = {}
    async with aiohttp.ClientSession() as http:
        for path in ("/discord", "/discord/"):
            body = json.dumps({"type": 1, "path": path})
            headers = {"Content-Type": "application/json", **sign_request(body, key_pair)}
            async with http.post(url + path, data=body, headers=headers, allow_redirects=False) as response:
                answers[path] = (response.status, response.headers.get("Location"))
    return answers


# Starlette (and so FastAPI) routes a mount's bare prefix to `prefix/` with a 307 before the app
# sees it; clients that follow redirects (aiohttp, httpx with follow_redirects) then get the answer.
MOUNTED: typing.Final = {"/discord": (307, "/discord/"), "/discord/": (200, None)}


@pytest.mark.parametrize("framework", ["starlette", "fastapi"])
async def test_mounted_under_a_prefix(framework: str, discord: EmulatedDiscord, key_pair: KeyPair) -> None:
    bot = AsgiBot(TOKEN, public_key=key_pair.public_key, rest_url=discord.url, asgi_managed=False)
    bot.set_listener(hikari_like.CommandInteraction, pong)

    @contextlib.asynccontextmanager
    async def lifespan(_: typing.Any) -> typing.AsyncIterator[None]:
        # Frameworks do not run a mounted app's lifespan: the bot is started from theirs.
        await bot.start()
        yield
        await bot.close()

    app: ASGIApp
    if framework == "fastapi":
        app = fastapi.FastAPI(lifespan=lifespan)
        app.mount("/discord", bot)
    else:
        app = starlette.applications.Starlette(
            routes=[starlette.routing.Mount("/discord", bot)], lifespan=lifespan
        )

    async with serving_in_loop("uvicorn", app) as url:
        assert bot.is_alive
        answers = await _post_pings(url, key_pair)
        async with InteractionClient(url + "/discord", key_pair) as client:
            response = await client.send(payloads.slash_command("ping"))

    assert {
        path: (status, location and location.removeprefix(url))
        for path, (status, location) in answers.items()
    } == MOUNTED
    assert (response.status, response.json()["data"]["content"]) == (200, "pong")
    assert (bot.is_alive, bot.rest.is_alive) == (False, False)


@pytest.mark.parametrize("framework", ["starlette", "fastapi"])
async def test_routes_answer_with_and_without_trailing_slash(framework: str) -> None:
    """The documented recipe for answering at both `/discord` and `/discord/` inside an app."""
    key_pair = KeyPair.generate()
    server = hikari_like.InteractionServer(public_key=key_pair.public_key_hex, interaction_path="/discord")
    adapter = hikari_like.AsgiAdapter(server)
    routes: list[starlette.routing.BaseRoute] = [
        starlette.routing.Route(path, adapter, methods=["GET", "HEAD", "POST"])
        for path in ("/discord", "/discord/")
    ]
    app = (
        starlette.applications.Starlette(routes=routes)
        if framework == "starlette"
        else fastapi.FastAPI(routes=routes)
    )

    statuses = []
    for path in ("/discord", "/discord/"):
        async with InteractionClient(f"http://testserver{path}", key_pair, app=app) as client:
            statuses.append((await client.send(payloads.ping())).status)

    assert statuses == [200, 200]
