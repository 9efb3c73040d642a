"""Small protocols that say what an object can do, so code can ask for the least it needs.

```python
async def greet(app: hikari_like.traits.RESTAware, channel: int) -> None:
    await app.rest.create_message(channel, "hello")
```
"""

from __future__ import annotations

__all__ = ["EntityFactoryAware", "InteractionServerAware", "RESTAware", "RESTBotAware", "Runnable"]

import typing

if typing.TYPE_CHECKING:
    import concurrent.futures

    from hikari_like.api import entity_factory as entity_factory_api
    from hikari_like.api import interaction_server as interaction_server_api
    from hikari_like.impl.rest import client as rest_impl


@typing.runtime_checkable
class RESTAware(typing.Protocol):
    """Has a REST client."""

    @property
    def rest(self) -> rest_impl.RESTClientImpl:
        """The REST client."""
        ...


@typing.runtime_checkable
class EntityFactoryAware(typing.Protocol):
    """Has an entity factory, to read raw Discord JSON into models."""

    @property
    def entity_factory(self) -> entity_factory_api.EntityFactory:
        """The entity factory."""
        ...


@typing.runtime_checkable
class InteractionServerAware(typing.Protocol):
    """Has an interaction server."""

    @property
    def interaction_server(self) -> interaction_server_api.InteractionServer:
        """The interaction server."""
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


@typing.runtime_checkable
class RESTBotAware(RESTAware, InteractionServerAware, Runnable, typing.Protocol):
    """A bot that receives interactions over HTTP and talks to Discord over REST."""

    @property
    def executor(self) -> concurrent.futures.Executor | None:
        """The executor used for blocking work such as file reads, if any."""
        ...
