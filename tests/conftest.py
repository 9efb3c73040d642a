from __future__ import annotations

import typing

import aiohttp
import attrs
import pytest

import hikari_like
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.impl.server.interaction_server import InteractionServer
from hikari_like.testing import InteractionClient
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.signing import KeyPair
from tests.helpers import TOKEN

if typing.TYPE_CHECKING:
    from hikari.api import rest as hikari_rest_api


@pytest.fixture(scope="session")
def key_pair() -> KeyPair:
    return KeyPair.generate()


@attrs.define
class Recorder:
    """A listener that records what reached user code and answers with what it is told to."""

    calls: list[typing.Any] = attrs.field(factory=list)
    answer: typing.Callable[[typing.Any], typing.Any] = lambda interaction: None

    async def __call__(self, interaction: typing.Any) -> typing.Any:
        self.calls.append(interaction)
        return self.answer(interaction)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
async def server(key_pair: KeyPair) -> typing.AsyncIterator[InteractionServer]:
    interaction_server = InteractionServer(public_key=key_pair.public_key_hex)
    await interaction_server.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    yield interaction_server
    if interaction_server.is_alive:
        await interaction_server.close()


@pytest.fixture
async def session() -> typing.AsyncIterator[aiohttp.ClientSession]:
    """A plain aiohttp client, for raw requests to a server or the emulated Discord."""
    async with aiohttp.ClientSession() as client:
        yield client


@pytest.fixture
async def discord() -> typing.AsyncIterator[EmulatedDiscord]:
    """An emulated Discord on loopback accepting `helpers.TOKEN` (a file may override it)."""
    async with EmulatedDiscord(token=TOKEN) as emulator:
        yield emulator


@pytest.fixture
async def rest(discord: EmulatedDiscord) -> typing.AsyncIterator[RESTClientImpl]:
    """A REST client talking to the emulated Discord."""
    async with RESTClientImpl(token=discord.token, token_type="Bot", rest_url=discord.url) as client:
        yield client


@pytest.fixture
async def hikari_rest(discord: EmulatedDiscord) -> typing.AsyncIterator[hikari_rest_api.RESTClient]:
    """Real hikari's REST client on the emulated Discord, for tests that hold us to hikari."""
    import hikari  # only the tests that compare with hikari pay for importing it

    app = hikari.RESTApp(url=discord.url)
    await app.start()
    try:
        async with app.acquire(discord.token, hikari.TokenType.BOT) as client:
            yield client
    finally:
        await app.close()


@pytest.fixture
async def bot(discord: EmulatedDiscord) -> typing.AsyncIterator[hikari_like.RESTBot]:
    """A RESTBot serving on a loopback port, with the emulated Discord as its REST API."""
    rest_bot = hikari_like.RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None)
    await rest_bot.start(host="127.0.0.1", port=0, shutdown_timeout=5)
    yield rest_bot
    await rest_bot.close()


@pytest.fixture
async def client(server: InteractionServer, key_pair: KeyPair) -> typing.AsyncIterator[InteractionClient]:
    """An interaction client signing with `key_pair`, posting to the `server` fixture."""
    async with InteractionClient(server.urls[0], key_pair) as interaction_client:
        yield interaction_client
