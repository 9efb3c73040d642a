"""Running a handler until it answers, without a task of its own.

A handler answers with `await ctx.respond(...)` and may go on working after it. The answer must
reach Discord at once, as the HTTP response, while the rest of the handler runs after it. A task
per interaction would do that, at the price of a task per interaction; instead the handler's
coroutine is stepped here, in the request's own task, until it has answered (or returned), and
only a handler that goes on after answering is handed over, as it stands, to the dispatcher's
"after the answer" work (`AnswerThen`). A handler that answers and returns, the usual one, costs
one step.

```python
call = handler(ctx, **options)
try:
    waiting_on = call.send(None)  # the first step, in the request's task
except StopIteration as stop:
    return finished(ctx, stop.value)  # the usual handler: answered and returned
outcome = await run_to_answer(ctx, call, waiting_on, on_error)
# -> the builder to send, AnswerThen(builder, rest_of_the_handler), or None (it answered itself)
```
"""

from __future__ import annotations

__all__ = ["ENDED", "finished", "first_step", "run_generator_to_answer", "run_to_answer"]

import contextvars
import logging
import typing

from hikari_like.app_commands import context as context_
from hikari_like.impl.server.dispatch import AnswerThen
from hikari_like.interactions.base_interactions import ResponseType

if typing.TYPE_CHECKING:
    from hikari_like.app_commands.context import Context

_LOGGER: typing.Final = logging.getLogger("hikari_like.app_commands")
_Coroutine = typing.Coroutine[typing.Any, typing.Any, typing.Any]
_AfterAnswerT = typing.Callable[["Context[typing.Any]", Exception], typing.Awaitable[None]]


class _Suspend:
    """Awaiting this suspends the awaiting task on what the handler waits for."""

    __slots__ = ("_waiting_on",)

    def __init__(self, waiting_on: object) -> None:
        self._waiting_on = waiting_on

    def __await__(self) -> typing.Generator[typing.Any, None, None]:
        yield self._waiting_on


ENDED: typing.Final = object()
"""What `first_step` gives for a handler that ended in its first step."""


def first_step(handler_call: _Coroutine) -> object:
    """Run a handler annotated `-> None` to its first suspension: what it waits on, or `ENDED`.

    A `for` over the coroutine's iterator ends without raising `StopIteration` when the coroutine
    returns `None`, where `send` raises one; that exception is a measurable share of a small
    command's cost. (A value such a handler returns anyway is dropped: its annotation says there
    is none, and the client logs that it did not answer.)
    """
    for waiting_on in handler_call.__await__():
        return waiting_on
    return ENDED


async def run_to_answer(
    ctx: Context[typing.Any],
    handler_call: _Coroutine,
    waiting_on: object,
    on_error: _AfterAnswerT,
    steps_in: contextvars.Context,
) -> typing.Any:
    """Go on stepping `handler_call`, suspended on `waiting_on` after its first step, until `ctx`
    has an answer or the handler returns.

    Returns the answer to send (a recorded one, or a builder the handler returned), an
    `AnswerThen` when the handler goes on after answering, or `None`. `on_error` gets an
    exception the handler raises after its answer was sent.
    """
    while ctx._kind is None:
        try:
            try:
                await _Suspend(waiting_on)
            except BaseException as exc:  # cancelled: the handler decides what that means
                waiting_on = steps_in.run(handler_call.throw, exc)
            else:
                waiting_on = steps_in.run(handler_call.send, None)
        except StopIteration as stop:
            return finished(ctx, stop.value)
    ctx._phase = context_._SENDING
    rest = _InContext(handler_call, steps_in, started=True, waiting_on=waiting_on)
    return AnswerThen(ctx._answer, _finish(ctx, rest, on_error))


def finished(ctx: Context[typing.Any], returned: object) -> object:
    """What a handler that returned `returned` answers: its recorded answer, or the builder it returned."""
    ctx._phase = context_._DETACHED
    if returned is None:
        if ctx._kind is None:
            _LOGGER.warning(
                "%s returned without answering: Discord tells the user it failed", ctx.command_key
            )
            return None
        return ctx._answer
    if ctx._kind is not None:
        _LOGGER.error(
            "%s answered and also returned %r; the return value is ignored", ctx.command_key, returned
        )
        return ctx._answer
    return returned


class _InContext:
    """Awaiting this runs each step of `awaitable` in `context`, whichever task awaits it (when
    `started`, it goes on from `waiting_on`, what its last step suspended on)."""

    __slots__ = ("_awaitable", "_context", "_started", "_waiting_on")

    def __init__(
        self,
        awaitable: typing.Awaitable[typing.Any],
        context: contextvars.Context,
        *,
        started: bool = False,
        waiting_on: object = None,
    ) -> None:
        self._awaitable = awaitable
        self._context = context
        self._started = started
        self._waiting_on = waiting_on

    def __await__(self) -> typing.Generator[typing.Any, None, typing.Any]:
        steps = self._awaitable.__await__()
        context, waiting_on = self._context, self._waiting_on
        try:
            if not self._started:
                waiting_on = context.run(steps.send, None)
            while True:
                try:
                    yield waiting_on
                except BaseException as exc:  # cancelled: the handler decides what that means
                    waiting_on = context.run(steps.throw, exc)
                else:
                    waiting_on = context.run(steps.send, None)
        except StopIteration as stop:
            return stop.value


async def _finish(ctx: Context[typing.Any], rest: _InContext, on_error: _AfterAnswerT) -> None:
    ctx._mark_sent()
    try:
        await rest
    except Exception as exc:
        await on_error(ctx, exc)


async def run_generator_to_answer(
    ctx: Context[typing.Any],
    generator: typing.AsyncGenerator[typing.Any, None],
    on_error: _AfterAnswerT,
    steps_in: contextvars.Context,
) -> typing.Any:
    """A generator handler: its first `yield` is the answer, the rest runs once it is sent."""
    answer = await _InContext(
        generator.__anext__(), steps_in
    )  # StopAsyncIteration: the dispatcher reports it
    if answer is not None:
        ctx._record(answer, ResponseType(answer.type))
    ctx._phase = context_._SENDING
    return AnswerThen(answer, _finish_generator(ctx, generator, on_error, steps_in))


async def _finish_generator(
    ctx: Context[typing.Any],
    generator: typing.AsyncGenerator[typing.Any, None],
    on_error: _AfterAnswerT,
    steps_in: contextvars.Context,
) -> None:
    ctx._mark_sent()
    try:
        await _InContext(generator.__anext__(), steps_in)
    except StopAsyncIteration:
        return
    except Exception as exc:
        await on_error(ctx, exc)
        return
    await generator.aclose()
    _LOGGER.error("%s yielded more than once; only the first yield is sent", ctx.command_key)
