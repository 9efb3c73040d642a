from __future__ import annotations

import typing

import aiohttp
import attrs
import pytest

from hikari_like.impl.interaction_server import InteractionServer
from hikari_like.testing.signing import KeyPair


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
async def http() -> typing.AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session
