"""Plugins: a bot split over modules, each declaring its own commands, loaded and unloaded.

```python
# mybot/plugins/tags.py
from hikari_like import app_commands

plugin = app_commands.Plugin("tags")


@plugin.slash("tag", "Show a tag")
async def tag(ctx: app_commands.SlashContext, name: str) -> None: ...


# mybot/main.py
client.load_module("mybot.plugins.tags")  # and client.unload_module(...) to take it out again
```

A plugin's `checks` run before those of each of its commands. Declarations made after the plugin
was added are routed at once; removing it stops routing them, and its commands leave Discord at
the next sync.
"""

from __future__ import annotations

__all__ = ["Plugin"]

import typing

from hikari_like.app_commands import checks as checks_
from hikari_like.app_commands.registry import Declarations
from hikari_like.app_commands.registry import Item
from hikari_like.app_commands.registry import Registry

if typing.TYPE_CHECKING:
    from hikari_like.app_commands.client import Client


class Plugin(Declarations):
    """A named set of commands and routes, added to a client with `add_plugin` or `load_module`."""

    __slots__ = ("_clients", "checks", "name", "registry")

    def __init__(self, name: str, *, checks: typing.Iterable[object] = ()) -> None:
        """`checks`: `Check`s or check decorators (`app_commands.guild_only`, `has_permissions(...)`)."""
        self.name = name
        self.checks: list[typing.Any] = [checks_.as_check(item) for item in checks]
        """Checks each of the plugin's commands and routes runs first."""
        self.registry = Registry()
        self._clients: list[Client] = []

    def __repr__(self) -> str:
        return f"Plugin({self.name!r}, {len(list(self.registry))} declarations)"

    @property
    def clients(self) -> typing.Sequence[Client]:
        """The clients the plugin is added to (one bot per process, usually; tests make more)."""
        return tuple(self._clients)

    def _declare(self, item: Item) -> None:
        item.plugin = self
        self.registry.add(item)
        done: list[Client] = []
        try:
            for client in self._clients:
                client.registry.add(item)
                done.append(client)
        except BaseException:
            # A clash with a client: neither the plugin nor any client keeps what one refused.
            for client in done:
                client.registry.remove(item)
            self.registry.remove(item)
            raise

    def _attach(self, client: Client) -> None:
        added: list[Item] = []
        try:
            for item in self.registry:
                client.registry.add(item)
                added.append(item)
        except BaseException:
            for item in added:  # all or nothing: a clash leaves the client as it was
                client.registry.remove(item)
            raise
        self._clients.append(client)

    def _detach(self, client: Client) -> None:
        for item in self.registry:
            client.registry.remove(item)
        self._clients.remove(client)
