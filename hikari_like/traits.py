"""Small protocols that say what an object can do, so code can ask for the least it needs.

```python
async def greet(app: hikari_like.traits.RESTAware, channel: int) -> None:
    await app.rest.create_message(channel, "hello")
```
"""

from __future__ import annotations

__all__ = [
    "EntityFactoryAware",
    "EventFactoryAware",
    "EventManagerAware",
    "ExecutorAware",
    "GatewayBotAware",
    "IntentsAware",
    "InteractionServerAware",
    "NetworkSettingsAware",
    "RESTAware",
    "RESTBotAware",
    "Runnable",
    "ShardAware",
]

import typing

from hikari_like import undefined

if typing.TYPE_CHECKING:
    import concurrent.futures
    import datetime

    from hikari_like import presences
    from hikari_like import snowflakes
    from hikari_like import users
    from hikari_like.api import entity_factory as entity_factory_api
    from hikari_like.api import interaction_server as interaction_server_api
    from hikari_like.impl import config
    from hikari_like.impl.gateway import event_factory as event_factory_impl
    from hikari_like.impl.gateway import event_manager as event_manager_impl
    from hikari_like.impl.gateway import shard as shard_impl
    from hikari_like.impl.rest import client as rest_impl
    from hikari_like.intents import Intents


@typing.runtime_checkable
class EntityFactoryAware(typing.Protocol):
    """Has an entity factory, to read raw Discord JSON into models."""

    @property
    def entity_factory(self) -> entity_factory_api.EntityFactory:
        """The entity factory."""
        ...


@typing.runtime_checkable
class ExecutorAware(typing.Protocol):
    """Has an executor for blocking work (file reads), or `None` for the loop's default."""

    @property
    def executor(self) -> concurrent.futures.Executor | None:
        """The executor used for blocking work such as file reads, if any."""
        ...


@typing.runtime_checkable
class NetworkSettingsAware(typing.Protocol):
    """Has the HTTP and proxy settings its connections use."""

    @property
    def http_settings(self) -> config.HTTPSettings:
        """The HTTP settings (timeouts, TLS, connection limits)."""
        ...

    @property
    def proxy_settings(self) -> config.ProxySettings:
        """The proxy settings."""
        ...


@typing.runtime_checkable
class RESTAware(typing.Protocol):
    """Has a REST client.

    Only that, unlike hikari's (which also asks for the entity factory, the network settings and
    the executor): models take any object with a `rest` as their `app`, so a test can pass a
    small stand-in. The bots and the REST client have all of hikari's members.
    """

    @property
    def rest(self) -> rest_impl.RESTClientImpl:
        """The REST client."""
        ...


@typing.runtime_checkable
class InteractionServerAware(
    RESTAware, EntityFactoryAware, NetworkSettingsAware, ExecutorAware, typing.Protocol
):
    """Has an interaction server, and what hikari's trait has with it: REST, entities, settings."""

    @property
    def interaction_server(self) -> interaction_server_api.InteractionServer:
        """The interaction server."""
        ...


@typing.runtime_checkable
class IntentsAware(typing.Protocol):
    """Has the gateway intents it identifies with."""

    @property
    def intents(self) -> Intents:
        """The intents: which events Discord sends."""
        ...


@typing.runtime_checkable
class EventManagerAware(typing.Protocol):
    """Has an event manager, to listen to events and wait for them."""

    @property
    def event_manager(self) -> event_manager_impl.EventManagerImpl:
        """The event manager."""
        ...


@typing.runtime_checkable
class EventFactoryAware(typing.Protocol):
    """Has an event factory, to turn gateway dispatches into events."""

    @property
    def event_factory(self) -> event_factory_impl.EventFactoryImpl:
        """The event factory."""
        ...


@typing.runtime_checkable
class Runnable(typing.Protocol):
    """Can be started, waited on and closed."""

    @property
    def is_alive(self) -> bool:
        """Whether it is running."""
        ...

    async def close(self) -> None:
        """Stop it and release what it holds."""
        ...

    async def join(self) -> None:
        """Wait until it stops."""
        ...

    def run(self) -> None:
        """Start it and block until it stops (owns the event loop)."""
        ...

    async def start(self) -> None:
        """Start it and return once it runs."""
        ...


@typing.runtime_checkable
class ShardAware(IntentsAware, NetworkSettingsAware, ExecutorAware, typing.Protocol):
    """Runs gateway shards: their latencies, and the commands sent over them.

    hikari's trait also has `update_voice_state` (voice) and `request_channel_info`; hikari_like
    has no voice connections and does not parse that answer, so neither has its bot.
    """

    def get_me(self) -> users.OwnUser | None:
        """The bot's own user from the latest READY or USER_UPDATE; `None` before the first READY."""
        ...

    @property
    def heartbeat_latencies(self) -> typing.Mapping[int, float]:
        """Each shard's last heartbeat round trip in seconds, by shard ID (`nan` before the first)."""
        ...

    @property
    def heartbeat_latency(self) -> float:
        """The mean heartbeat latency of the shards that have one, in seconds (`nan` if none has)."""
        ...

    @property
    def shards(self) -> typing.Mapping[int, shard_impl.GatewayShardImpl]:
        """The shards this process runs, by shard ID."""
        ...

    @property
    def shard_count(self) -> int:
        """How many shards the bot has in all (across every process)."""
        ...

    async def update_presence(
        self,
        *,
        status: undefined.UndefinedOr[presences.Status] = undefined.UNDEFINED,
        idle_since: undefined.UndefinedNoneOr[datetime.datetime] = undefined.UNDEFINED,
        activity: undefined.UndefinedNoneOr[presences.Activity] = undefined.UNDEFINED,
        afk: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
    ) -> None:
        """Change the presence on every shard."""
        ...

    async def request_guild_members(
        self,
        guild: snowflakes.SnowflakeishOr,
        *,
        include_presences: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
        query: str = "",
        limit: int = 0,
        users: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]] = undefined.UNDEFINED,
        nonce: undefined.UndefinedOr[str] = undefined.UNDEFINED,
    ) -> None:
        """Ask the guild's shard for members; they arrive as member chunk events."""
        ...


@typing.runtime_checkable
class GatewayBotAware(
    RESTAware, EntityFactoryAware, Runnable, ShardAware, EventFactoryAware, EventManagerAware, typing.Protocol
):
    """A bot that receives events over gateway shards and talks to Discord over REST.

    hikari's also has a cache (`CacheAware`); hikari_like keeps none.
    """


@typing.runtime_checkable
class RESTBotAware(InteractionServerAware, Runnable, typing.Protocol):
    """A bot that receives interactions over HTTP and talks to Discord over REST."""

    @property
    def on_startup(
        self,
    ) -> typing.Sequence[typing.Callable[[typing.Self], typing.Coroutine[typing.Any, typing.Any, None]]]:
        """The startup callbacks, in the order they run."""
        ...

    @property
    def on_shutdown(
        self,
    ) -> typing.Sequence[typing.Callable[[typing.Self], typing.Coroutine[typing.Any, typing.Any, None]]]:
        """The shutdown callbacks, in the order they run."""
        ...

    def add_startup_callback(self, callback: _BotCallback, /) -> None:
        """Run `await callback(bot)` when the bot starts."""
        ...

    def remove_startup_callback(self, callback: _BotCallback, /) -> None:
        """Remove a startup callback."""
        ...

    def add_shutdown_callback(self, callback: _BotCallback, /) -> None:
        """Run `await callback(bot)` when the bot closes."""
        ...

    def remove_shutdown_callback(self, callback: _BotCallback, /) -> None:
        """Remove a shutdown callback."""
        ...


_BotCallback = typing.Callable[[RESTBotAware], typing.Coroutine[typing.Any, typing.Any, None]]
