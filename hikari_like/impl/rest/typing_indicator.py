"""What `rest.trigger_typing(channel)` returns: "the bot is typing..." once, or for as long as a
block runs.

Discord shows a typing indicator for about 10 seconds after each Trigger Typing Indicator call
(docs: `resources/channel.mdx`), so keeping it up means calling again a little before it fades.

```python
await rest.trigger_typing(channel)              # once: shown for ~10 seconds

async with rest.trigger_typing(channel):        # until the block ends
    report = await build_slow_report()
await rest.create_message(channel, report)
```
"""

from __future__ import annotations

__all__ = ["ClientClosed", "TypingIndicator"]

import asyncio
import logging
import typing

from hikari_like import errors
from hikari_like import snowflakes
from hikari_like.impl.rest import routes

if typing.TYPE_CHECKING:
    import types

    from hikari_like.api import rest as rest_api

    _RequestCall = typing.Callable[[routes.CompiledRoute], typing.Awaitable[object]]

_LOGGER: typing.Final = logging.getLogger("hikari_like.rest")
_REFRESH_INTERVAL: typing.Final = 9.0
"""Seconds between calls: under Discord's ~10 s, so a slow request does not let it flicker off."""


class _ClosedSignal(typing.Protocol):
    def is_set(self) -> bool: ...


class ClientClosed:
    """Set once `rest` is closed: what a typing indicator watches (an `asyncio.Event` works too)."""

    __slots__ = ("_rest",)

    def __init__(self, rest: rest_api.RESTClient) -> None:
        self._rest = rest

    def is_set(self) -> bool:
        """Whether the client is closed."""
        return not self._rest.is_alive


class TypingIndicator:
    """hikari's `TypingIndicator`: `await` it to type once, `async with` it to type until the block ends.

    Entering sends the first call and waits for it, so a refusal (`ForbiddenError` without
    SEND_MESSAGES, `NotFoundError` for an unknown channel) is raised at the `async with`. Then it
    calls again every `interval` seconds in the background. It stops when the block ends, when the
    REST client closes, or when a repeat call fails (logged as a warning: the block's work matters
    more than the indicator). Sending a message ends Discord's indicator early; inside the block it
    comes back with the next repeat. An indicator can be entered once.
    """

    __slots__ = ("_closed", "_request_call", "_route", "_task", "interval")

    def __init__(
        self, request_call: _RequestCall, channel: snowflakes.SnowflakeishOr, rest_close_event: _ClosedSignal
    ) -> None:
        # hikari's constructor: the call that sends a request, the channel, and what says the client closed.
        self._request_call = request_call
        self._route = routes.POST_CHANNEL_TYPING.compile(channel=snowflakes.snowflake_of(channel))
        self._closed = rest_close_event
        self._task: asyncio.Task[None] | None = None
        self.interval = _REFRESH_INTERVAL
        """Seconds between the calls that keep the indicator up (9 by default)."""

    def __await__(self) -> typing.Generator[typing.Any, typing.Any, None]:
        return self._trigger().__await__()

    async def __aenter__(self) -> None:
        if self._task is not None:
            raise TypeError("a typing indicator can be entered once; call trigger_typing() again")
        await self._trigger()
        self._task = asyncio.create_task(self._keep_typing(), name=f"keep typing in {self._route}")

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: types.TracebackType | None,
    ) -> None:
        task = self._task
        if task is None:  # the first call failed in __aenter__: nothing is running
            return
        task.cancel()
        # Waited for, so that no task outlives the block (nor its event loop in tests).
        await asyncio.gather(task, return_exceptions=True)

    if not typing.TYPE_CHECKING:
        # Only at run time, so that type checkers do not take it for a synchronous context manager.
        def __enter__(self) -> typing.NoReturn:
            raise TypeError("a typing indicator is async only: use `async with`")

        def __exit__(self, *exc_info: object) -> None:
            return None

    async def _trigger(self) -> None:
        await self._request_call(self._route)

    async def _keep_typing(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            if self._closed.is_set():
                return
            try:
                await self._trigger()
            except errors.ComponentStateConflictError:  # the client closed meanwhile
                return
            except errors.HTTPError as error:
                _LOGGER.warning("stopped typing in %s: %s", self._route, error)
                return
