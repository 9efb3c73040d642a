"""Fixtures for testing a bot against the emulated Discord, opt-in from a `conftest.py`.

```python
# conftest.py
pytest_plugins = ["hikari_like.testing.pytest_plugin"]
```

| fixture | what it is |
|---|---|
| `discord` | a started `EmulatedDiscord` on a free loopback port |
| `bot` | a `RESTBot` pointed at it (not started); override it to build your bot |
| `client` | an `app_commands.Client` on `bot` (no command sync); override it to declare yours |
| `user` | a started `CommandSession`: a user of the emulated Discord using `client` |

The fixtures are async and need pytest-asyncio (the `testing` extra). They work in its strict mode
(the default) and in auto mode, with no configuration: the plugin declares them with
`pytest_asyncio.fixture` and marks every `async def` test that uses one as an asyncio test.
Without pytest-asyncio, loading the plugin stops pytest with a message saying what to install.

```python
from hikari_like import testing


async def test_ping(user: testing.CommandSession) -> None:
    reply = await user.invoke("ping")
    assert reply.content == "Pong!"
```
"""

from __future__ import annotations

__all__ = ["bot", "client", "discord", "user"]

import inspect
import typing

import pytest

try:
    import pytest_asyncio
except ImportError as error:  # a clear message instead of "async def functions are not supported"
    raise pytest.UsageError(
        "hikari_like.testing.pytest_plugin needs pytest-asyncio: pip install 'hikari_like[testing]'"
    ) from error

from hikari_like.app_commands import Client
from hikari_like.impl.bots.rest_bot import RESTBot
from hikari_like.testing.commands import CommandSession
from hikari_like.testing.emulator import EmulatedDiscord


@pytest_asyncio.fixture
async def discord() -> typing.AsyncIterator[EmulatedDiscord]:
    """A started emulated Discord on a free loopback port, closed after the test."""
    async with EmulatedDiscord() as emulated:
        yield emulated


@pytest.fixture
def bot(discord: EmulatedDiscord) -> RESTBot:
    """A `RESTBot` using the emulated Discord (not started: `user` starts it on loopback).

    Override it in your conftest.py to test your own bot (keep `rest_url=discord.url`).
    """
    return RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None)


@pytest.fixture
def client(bot: RESTBot) -> Client:
    """The bot's command layer, without syncing commands at start; override it to declare yours."""
    return Client(bot, sync_on_start=False)


@pytest_asyncio.fixture
async def user(discord: EmulatedDiscord, client: Client) -> typing.AsyncIterator[CommandSession]:
    """A user of the emulated Discord driving `client`'s bot (started now, closed after the test)."""
    async with CommandSession(client, discord) as session:
        yield session


_FIXTURES: typing.Final = frozenset(__all__)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector: pytest.Collector, name: str, obj: object) -> None:
    """Mark `async def` tests using these fixtures as asyncio tests, so in strict mode a plain
    `async def test_x(user)` runs without `@pytest.mark.asyncio` (auto mode marks every test)."""
    if not (inspect.iscoroutinefunction(obj) and collector.funcnamefilter(name)):  # type: ignore[attr-defined]
        return
    wanted = set(inspect.signature(obj).parameters)
    if wanted & _FIXTURES and not any(mark.name == "asyncio" for mark in getattr(obj, "pytestmark", ())):
        pytest.mark.asyncio(obj)
