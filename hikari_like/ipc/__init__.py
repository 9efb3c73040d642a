"""An authenticated request/response channel between a bot and its other processes.

```python
from hikari_like import ipc

server = ipc.Server(bot, secret_key="s3cret")        # in the bot's process

@server.route()
async def guild_count(request: ipc.Request) -> int:
    return (await bot.rest.fetch_application()).approximate_guild_count

async with ipc.ClientSession(secret_key="s3cret") as client:  # in the dashboard's process
    print(await client.request("guild_count"))
```

Both sides prove they hold the secret without ever sending it (`hikari_like.ipc.handshake`). The
protocol (the handshake, frames, request ids, errors and discovery) is in `docs/ipc.md`.
"""

from __future__ import annotations

__all__ = [
    "Client",
    "ClientSession",
    "CompletionHook",
    "Handler",
    "IPCBadRequestError",
    "IPCDisconnectedError",
    "IPCError",
    "IPCHandlerError",
    "IPCTimeoutError",
    "IPCUnauthorizedError",
    "IPCUnknownEndpointError",
    "RawRequestHook",
    "Request",
    "Server",
]

from hikari_like.ipc.client import Client
from hikari_like.ipc.client import ClientSession
from hikari_like.ipc.errors import IPCBadRequestError
from hikari_like.ipc.errors import IPCDisconnectedError
from hikari_like.ipc.errors import IPCError
from hikari_like.ipc.errors import IPCHandlerError
from hikari_like.ipc.errors import IPCTimeoutError
from hikari_like.ipc.errors import IPCUnauthorizedError
from hikari_like.ipc.errors import IPCUnknownEndpointError
from hikari_like.ipc.request import Request
from hikari_like.ipc.server import CompletionHook
from hikari_like.ipc.server import Handler
from hikari_like.ipc.server import RawRequestHook
from hikari_like.ipc.server import Server
