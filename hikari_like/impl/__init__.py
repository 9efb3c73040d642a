"""Implementations, one room per concept (`docs/architecture.md` draws the map):

- `server/`: the interaction server core (verify, parse, dispatch, encode) and its HTTP backends,
  the built-in aiohttp server and the ASGI adapter;
- `rest/`: the REST client, its transport, routes, rate limits (and their Redis store), and the
  endpoints in `rest/endpoints/`, one module per Discord resource;
- `builders/`: everything a bot sends, as builders with a pure `build()`;
- `gateway/`: the gateway shard, sharding, and the events made from its payloads;
- `bots/`: `RESTBot`, `AsgiBot` and `GatewayBot`, which put the rest together and run it.

hikari programs reach builders as `hikari.impl.MessageActionRowBuilder()`; the same path works
here, and so do hikari's module paths (`hikari_like.impl.rest`, `.special_endpoints`, `.config`,
`.rest_bot`, `.interaction_server`, `.buckets`, `.rate_limits`, ...). The builders load with the
package (modal fields and polls on first use); the bots, servers and REST client load when first used
(`hikari_like.internal.lazy_imports`), so that defining listeners stays cheap.
"""

from __future__ import annotations

import typing

from hikari_like.impl import builders

if typing.TYPE_CHECKING:
    from hikari_like.impl.bots.asgi_bot import AsgiBot
    from hikari_like.impl.bots.gateway_bot import GatewayBot
    from hikari_like.impl.bots.rest_bot import RESTBot
    from hikari_like.impl.bots.workers import run_workers
    from hikari_like.impl.builders import *  # noqa: F403 - the builders are this package's API.
    from hikari_like.impl.config import BasicAuthHeader
    from hikari_like.impl.config import HTTPSettings
    from hikari_like.impl.config import HTTPTimeoutSettings
    from hikari_like.impl.config import ProxySettings
    from hikari_like.impl.entity_factory import EntityFactoryImpl
    from hikari_like.impl.gateway import GatewayShardImpl
    from hikari_like.impl.gateway import GatewayTimings
    from hikari_like.impl.gateway import IdentifyLimiter
    from hikari_like.impl.gateway.event_factory import EventFactoryImpl
    from hikari_like.impl.gateway.event_manager import EventManagerImpl
    from hikari_like.impl.gateway.event_stream import EventStream
    from hikari_like.impl.rest.client import RESTApp
    from hikari_like.impl.rest.client import RESTClientImpl
    from hikari_like.impl.rest.rate_limit_store import InMemoryRateLimitStore
    from hikari_like.impl.rest.redis import RedisStore
    from hikari_like.impl.rest.thread_pages import ThreadMembersIterator
    from hikari_like.impl.rest.token_strategies import ClientCredentialsStrategy
    from hikari_like.impl.rest.token_strategies import StaticTokenStrategy
    from hikari_like.impl.rest.token_strategies import TokenStrategy
    from hikari_like.impl.rest.typing_indicator import TypingIndicator
    from hikari_like.impl.server.asgi import AsgiAdapter
    from hikari_like.impl.server.interaction_server import InteractionServer
else:
    from hikari_like.internal import lazy_imports

    # The builders are this package's API (`from builders import *`, modal fields and polls lazily).
    __getattr__, __dir__ = lazy_imports.reexport(
        __name__, builders, lazy_imports.BUILDER_SOURCES, also=lazy_imports.IMPL_SOURCES
    )

__all__ = [
    "AsgiAdapter",
    "AsgiBot",
    "BasicAuthHeader",
    "ClientCredentialsStrategy",
    "HTTPSettings",
    "HTTPTimeoutSettings",
    "EntityFactoryImpl",
    "EventFactoryImpl",
    "EventManagerImpl",
    "EventStream",
    "GatewayBot",
    "GatewayShardImpl",
    "GatewayTimings",
    "IdentifyLimiter",
    "InMemoryRateLimitStore",
    "InteractionServer",
    "RedisStore",
    "run_workers",
    "ProxySettings",
    "RESTApp",
    "RESTBot",
    "RESTClientImpl",
    "StaticTokenStrategy",
    "ThreadMembersIterator",
    "TokenStrategy",
    "TypingIndicator",
]
__all__ += builders.__all__
