"""The names of the ASGI 3 interface, for type annotations (as in Starlette's `types.py`).

```python
async def app(scope: Scope, receive: Receive, send: Send) -> None: ...
```
"""

from __future__ import annotations

__all__ = ["ASGIApp", "Message", "Receive", "Scope", "Send"]

import typing

Scope = typing.MutableMapping[str, typing.Any]
"""What the server says about one connection: `type` (`http`, `websocket`, `lifespan`), path, headers..."""
Message = typing.MutableMapping[str, typing.Any]
"""One event in either direction, e.g. `{"type": "http.request", "body": b"...", "more_body": False}`."""
Receive = typing.Callable[[], typing.Awaitable[Message]]
"""Awaited by the app for the next event from the server."""
Send = typing.Callable[[Message], typing.Awaitable[None]]
"""Awaited by the app to hand an event to the server."""
ASGIApp = typing.Callable[[Scope, Receive, Send], typing.Awaitable[None]]
"""An ASGI 3 application: `await app(scope, receive, send)`."""
