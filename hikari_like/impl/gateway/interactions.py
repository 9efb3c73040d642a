"""Interactions that arrive over the gateway, answered by the same listeners as HTTP ones.

Over HTTP the listener's answer is the HTTP response. Over the gateway there is no request to
answer, so the same answer (the `Response` of `InteractionServer.dispatch_payload`) is POSTed to
`/interactions/{id}/{token}/callback`: JSON, or multipart when it has files.

```python
bridge = GatewayInteractions(server, rest)
bridge.submit(payload)  # from the shard's INTERACTION_CREATE; never blocks the shard
await bridge.close(grace_period=10)
```

| the core's answer | sent over REST |
|---|---|
| 200 with a body (a builder) | that body as the initial response |
| 204 (the listener returned `None`) | nothing: the listener answered itself, or chose not to |
| 501 (no listener for the type) | nothing; logged at DEBUG |
| anything else (the listener raised, a malformed payload) | nothing; logged at WARNING |

A generator listener's code after `yield` starts once the callback POST has finished (or failed).
"""

from __future__ import annotations

__all__ = ["GatewayInteractions"]

import asyncio
import contextlib
import logging
import typing

from hikari_like import errors
from hikari_like.impl.rest import routes
from hikari_like.internal import json

if typing.TYPE_CHECKING:
    from hikari_like.impl.rest import client as rest_impl
    from hikari_like.impl.server import interaction_server as interaction_server_impl
    from hikari_like.impl.server.http_response import Response
    from hikari_like.internal.json import JSONObject

_LOGGER: typing.Final = logging.getLogger("hikari_like.gateway_interactions")
_MAX_SNOWFLAKE_DIGITS: typing.Final = 20


def _shown_id(payload: JSONObject) -> str:
    """The interaction's ID for logs and task names; anything but a snowflake string shows as `?`."""
    value = payload.get("id")
    if isinstance(value, str) and value.isdigit() and len(value) <= _MAX_SNOWFLAKE_DIGITS:
        return value
    return "?"


class GatewayInteractions:
    """Answers gateway interactions through `server`'s listeners and `rest`'s callback endpoint."""

    __slots__ = ("_rest", "_server", "_tasks")

    def __init__(
        self, server: interaction_server_impl.InteractionServer, rest: rest_impl.RESTClientImpl
    ) -> None:
        self._server = server
        self._rest = rest
        # asyncio keeps only weak references to tasks: an answer must not vanish mid-flight.
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def pending(self) -> int:
        """How many interactions are being answered right now."""
        return len(self._tasks)

    def submit(self, payload: JSONObject) -> asyncio.Task[None]:
        """Answer the INTERACTION_CREATE `payload` in a task of its own (returned, for tests)."""
        task = asyncio.create_task(self.answer(payload), name=f"hikari_like interaction {_shown_id(payload)}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def answer(self, payload: JSONObject) -> None:
        """Run the listener for `payload` and send its answer as the initial response."""
        response = await self._server.dispatch_payload(payload)
        try:
            await self._deliver(payload, response)
        finally:
            response.mark_sent()

    async def _deliver(self, payload: JSONObject, response: Response) -> None:
        interaction_id = _shown_id(payload)
        if response.status_code == 204:
            return
        if response.status_code == 501:
            _LOGGER.debug("interaction %s has no listener; nothing sent", interaction_id)
            return
        if response.status_code != 200 or response.payload is None:
            _LOGGER.warning(
                "interaction %s was not answered (the core said %s)", interaction_id, response.status_code
            )
            return
        route = routes.POST_INTERACTION_RESPONSE.compile(
            interaction=payload.get("id"), token=payload.get("token")
        )
        try:
            # The interaction token in the path is the credential; no bot token goes with it.
            await self._rest.request(
                route, json=json.loads(response.payload), files=response.files, authorization=None
            )
        except errors.HikariLikeError as error:
            _LOGGER.error("could not send the initial response to interaction %s: %r", interaction_id, error)

    async def close(self, grace_period: float) -> None:
        """Wait up to `grace_period` seconds for answers in flight, cancel the rest, then wait for
        generator continuations (bounded by the same period)."""
        pending = set(self._tasks)
        if pending:
            _, late = await asyncio.wait(pending, timeout=grace_period)
            for task in late:
                task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.gather(*late, return_exceptions=True)
        await self._server.close_continuations(grace_period)
