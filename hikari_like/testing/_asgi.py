"""Call an ASGI application in process, as a server would for one HTTP request.

The test client uses it when given `app=`: the same requests, no socket.
"""

from __future__ import annotations

__all__ = ["ASGIApp", "RawResponse", "call_asgi"]

import asyncio
import typing
from collections.abc import AsyncIterable
from collections.abc import AsyncIterator
from collections.abc import Awaitable
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import MutableMapping

import yarl

Message = MutableMapping[str, typing.Any]
ASGIApp = Callable[
    [Message, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]
"""An ASGI 3 application: `await app(scope, receive, send)`."""
RawResponse = tuple[int, list[tuple[str, str]], bytes]
"""Status, headers and body of one answer."""


async def _chunks_of(body: bytes | AsyncIterable[bytes] | None) -> AsyncIterator[bytes]:
    if isinstance(body, bytes):
        yield body
    elif body is not None:
        async for chunk in body:
            yield chunk


def _scope(method: str, url: yarl.URL, headers: Mapping[str, str]) -> Message:
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": method.upper(),
        "scheme": url.scheme or "http",
        "path": url.path,
        "raw_path": url.raw_path.encode(),
        "query_string": url.raw_query_string.encode(),
        "root_path": "",
        "headers": [(name.lower().encode(), value.encode()) for name, value in headers.items()],
        "client": ("127.0.0.1", 50000),
        "server": (url.host or "testserver", url.port or 80),
    }


class _Exchange:
    """One request's `receive` and `send` channels, and the answer they collect."""

    __slots__ = ("_body_ended", "_chunks", "_finished", "body_parts", "headers", "status")

    def __init__(self, body: bytes | AsyncIterable[bytes] | None) -> None:
        self._chunks = _chunks_of(body)
        self._body_ended = False
        self._finished = asyncio.Event()
        self.status = 500
        self.headers: list[tuple[str, str]] = []
        self.body_parts: list[bytes] = []

    async def receive(self) -> Message:
        if not self._body_ended:
            async for chunk in self._chunks:
                return {"type": "http.request", "body": chunk, "more_body": True}
            self._body_ended = True
            return {"type": "http.request", "body": b"", "more_body": False}
        # The client stays until the answer is complete, as a real one would.
        await self._finished.wait()
        return {"type": "http.disconnect"}

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            self.headers.extend((name.decode(), value.decode()) for name, value in message.get("headers", []))
        elif message["type"] == "http.response.body":
            self.body_parts.append(message.get("body", b""))
            if not message.get("more_body", False):
                self._finished.set()

    def finish(self) -> RawResponse:
        self._finished.set()
        return self.status, self.headers, b"".join(self.body_parts)


async def call_asgi(
    app: ASGIApp,
    *,
    method: str,
    url: yarl.URL,
    headers: Mapping[str, str],
    body: bytes | AsyncIterable[bytes] | None,
) -> RawResponse:
    """Run one request through `app` and collect its answer."""
    exchange = _Exchange(body)
    await app(_scope(method, url, headers), exchange.receive, exchange.send)
    return exchange.finish()
