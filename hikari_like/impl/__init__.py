"""Implementations: the interaction server and its backends, builders, and the REST client.

hikari programs reach builders as `hikari.impl.MessageActionRowBuilder()`; the same path works here.
The builders load with the package; the bots, servers and REST client load when first used
(`hikari_like.internal.lazy_imports`), so that defining listeners stays cheap.
"""

from __future__ import annotations

import typing

from hikari_like.impl import special_endpoints
from hikari_like.impl.special_endpoints import *  # noqa: F403 - the builders are this package's API.

if typing.TYPE_CHECKING:
    from hikari_like.impl.asgi import AsgiAdapter
    from hikari_like.impl.asgi_bot import AsgiBot
    from hikari_like.impl.config import BasicAuthHeader
    from hikari_like.impl.config import HTTPSettings
    from hikari_like.impl.config import HTTPTimeoutSettings
    from hikari_like.impl.config import ProxySettings
    from hikari_like.impl.event_factory import EventFactoryImpl
    from hikari_like.impl.event_manager import EventManagerImpl
    from hikari_like.impl.gateway import GatewayShardImpl
    from hikari_like.impl.gateway import GatewayTimings
    from hikari_like.impl.gateway import IdentifyLimiter
    from hikari_like.impl.gateway_bot import GatewayBot
    from hikari_like.impl.interaction_server import InteractionServer
    from hikari_like.impl.rate_limit_store import InMemoryRateLimitStore
    from hikari_like.impl.redis import RedisStore
    from hikari_like.impl.rest import RESTApp
    from hikari_like.impl.rest import RESTClientImpl
    from hikari_like.impl.rest_bot import RESTBot
    from hikari_like.impl.token_strategies import ClientCredentialsStrategy
    from hikari_like.impl.token_strategies import StaticTokenStrategy
    from hikari_like.impl.token_strategies import TokenStrategy
    from hikari_like.impl.workers import run_workers
else:
    from hikari_like.internal import lazy_imports

    _LAZY_SOURCES = lazy_imports.IMPL_SOURCES
    __getattr__, __dir__ = lazy_imports.exports(__name__, _LAZY_SOURCES)

__all__ = [
    "AsgiAdapter",
    "AsgiBot",
    "BasicAuthHeader",
    "ClientCredentialsStrategy",
    "HTTPSettings",
    "HTTPTimeoutSettings",
    "EventFactoryImpl",
    "EventManagerImpl",
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
    "TokenStrategy",
]
__all__ += special_endpoints.__all__
