"""Running a listener: first result, deadline, errors, and the code after a generator's `yield`.

The dispatcher is transport-free: it takes a parsed interaction and the listener registered for
it, and returns the `Response` the backend must send.
"""

from __future__ import annotations

__all__ = ["DISCORD_DEADLINE", "AnswerThen", "Dispatcher", "ErrorHandlerT", "checked_auto_defer"]

import asyncio
import contextlib
import inspect
import logging
import time
import types
import typing

import attrs

from hikari_like import errors
from hikari_like.impl.builders import responses as response_builders
from hikari_like.impl.metrics import hooks as metrics_hooks
from hikari_like.impl.server import late_response
from hikari_like.impl.server.http_response import Response
from hikari_like.impl.server.http_response import text_response
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.interactions.command_interactions import AutocompleteInteraction
from hikari_like.interactions.command_interactions import CommandInteraction
from hikari_like.interactions.component_interactions import ComponentInteraction
from hikari_like.interactions.modal_interactions import ModalInteraction
from hikari_like.interactions.rest_methods import ANSWERED_AT_ONCE
from hikari_like.interactions.rest_methods import AnswerState
from hikari_like.interactions.rest_methods import note_answer
from hikari_like.internal import json
from hikari_like.internal import upload_limits

if typing.TYPE_CHECKING:
    from hikari_like.api import special_endpoints
    from hikari_like.impl import builders as special_endpoints_impl
    from hikari_like.impl.server.deferral_watch import DeferralWatch
    from hikari_like.interactions import base_interactions

    _Builder = special_endpoints.InteractionResponseBuilder
    _Interaction = base_interactions.PartialInteraction
    _AnyListener = typing.Callable[[typing.Any], typing.Any]

_LOGGER: typing.Final = logging.getLogger("hikari_like.interaction_server")

DISCORD_DEADLINE: typing.Final = 3.0
"""Seconds Discord waits for the initial response before showing "This interaction failed"."""

_CONTINUATION_START_TIMEOUT: typing.Final = 10.0
"""A continuation starts when the backend reports the response sent; this bounds the wait for a
backend that never reports (a custom one), so the code after `yield` always runs."""

_JSON: typing.Final = "application/json"
INTERNAL_SERVER_ERROR: typing.Final = text_response(500, "Internal Server Error")
NO_CONTENT: typing.Final = Response(status_code=204)

ErrorHandlerT = typing.Callable[
    ["base_interactions.PartialInteraction", Exception],
    typing.Awaitable["special_endpoints.InteractionResponseBuilder | None"],
]
"""`async def handler(interaction, exception) -> builder | None`: called when a listener raises.

Return a message builder to send it instead of the 500 (e.g. an ephemeral "something went
wrong"), or `None` to send the 500.
"""

_BUILDER_CLASSES: typing.Final = frozenset(
    {
        response_builders.InteractionMessageBuilder,
        response_builders.InteractionDeferredBuilder,
        response_builders.InteractionAutocompleteBuilder,
        response_builders.InteractionModalBuilder,
        response_builders.InteractionLaunchActivityBuilder,
    }
)
_R = ResponseType
_DEFERRED_BUILDER: typing.Final = response_builders.InteractionDeferredBuilder
# Response types Discord refuses for an interaction kind. Types this release does not know are
# let through, so a future Discord feature is not blocked by an old library.
_FORBIDDEN_RESPONSES: typing.Final[dict[type[typing.Any], frozenset[int]]] = {
    CommandInteraction: frozenset({_R.PONG, _R.DEFERRED_MESSAGE_UPDATE, _R.MESSAGE_UPDATE, _R.AUTOCOMPLETE}),
    ComponentInteraction: frozenset({_R.PONG, _R.AUTOCOMPLETE}),
    AutocompleteInteraction: frozenset(set(_R) - {_R.AUTOCOMPLETE}),
    ModalInteraction: frozenset({_R.PONG, _R.AUTOCOMPLETE, _R.MODAL}),
}


def _forbidden_for(interaction: _Interaction) -> frozenset[int]:
    forbidden = _FORBIDDEN_RESPONSES.get(type(interaction))
    if forbidden is not None:
        return forbidden
    # A subclass of one of the four kinds.
    return next((f for kind, f in _FORBIDDEN_RESPONSES.items() if isinstance(interaction, kind)), frozenset())


def _describe(listener: object) -> str:
    return getattr(listener, "__qualname__", None) or repr(listener)


def encode(
    builder: _Builder, *, with_sent_event: bool = False, interaction: _Interaction | None = None
) -> Response:
    """Turn a response builder into the HTTP response that carries it.

    With the `interaction` it answers, its files are checked against the interaction's
    `attachment_size_limit` (`DiscordRuleError`, before any byte goes out), and what the answer
    was is noted for the edits and followups that come after it (`note_answer`).
    """
    body, attachments = builder.build()
    if interaction is not None:
        if attachments:
            upload_limits.check_upload_sizes(attachments, interaction.attachment_size_limit)
        if type(builder) is _DEFERRED_BUILDER:
            note_answer(interaction, builder.type, components_v2=builder.is_components_v2)
        else:
            # Most answers: one slot set, no call (this runs for every interaction answered).
            interaction._answer_state = ANSWERED_AT_ONCE  # type: ignore[attr-defined] # a slot
    if attachments or with_sent_event:
        sent = asyncio.Event() if with_sent_event else None
        return Response(200, json.dumps(body), _JSON, files=attachments, sent=sent)
    return Response(200, json.dumps(body), _JSON)  # by position: see `Response`


def _check_builder(interaction: _Interaction, listener: object, result: typing.Any) -> _Builder:
    if type(result) not in _BUILDER_CLASSES:  # ours have `build` and `type`; anything else is checked
        build = getattr(result, "build", None)
        if not callable(build) or not hasattr(result, "type"):
            raise errors.ListenerError(
                f"listener {_describe(listener)} returned {type(result).__name__}, "
                "expected a response builder or None"
            )
    response_type = result.type  # an int or a ResponseType: both hash and compare as the int
    if response_type in _forbidden_for(interaction):
        name = ResponseType(response_type).name
        kind = type(interaction).__name__
        raise errors.ListenerError(
            f"listener {_describe(listener)} answered a {kind} with {name}, which Discord refuses"
        )
    builder: _Builder = result
    return builder


def checked_auto_defer(auto_defer_after: float | None) -> float | None:
    """`auto_defer_after` if it is under Discord's deadline (or `None`), else `ValueError`."""
    if auto_defer_after is not None and not 0 < auto_defer_after < DISCORD_DEADLINE:
        raise ValueError(
            f"auto_defer_after must be between 0 and {DISCORD_DEADLINE} seconds (exclusive), "
            f"got {auto_defer_after!r}"
        )
    return auto_defer_after


@attrs.frozen
class AnswerThen:
    """A listener's answer, and the rest of its work, to run once that answer has been sent.

    What a generator listener does with `yield`, for a listener that is not a generator: the
    command layer returns one when a handler answered (`ctx.respond`) and then went on awaiting.
    `then` starts only once the response is on its way, so its edits and followups find the
    interaction answered.
    """

    builder: _Builder
    then: typing.Coroutine[typing.Any, typing.Any, None]


@attrs.frozen
class _Outcome:
    """What a listener produced first: its (checked) builder, and the work to resume, if any."""

    builder: _Builder | None
    generator: typing.AsyncGenerator[typing.Any, None] | None = None
    then: typing.Coroutine[typing.Any, typing.Any, None] | None = None

    @property
    def continues(self) -> bool:
        return self.generator is not None or self.then is not None

    def abandon(self) -> typing.Coroutine[typing.Any, typing.Any, None]:
        """Close the rest of the work without running it (its answer was refused)."""
        if self.then is not None:
            self.then.close()
        return _close_quietly(self.generator) if self.generator is not None else _nothing()

    def resume(
        self, interaction: _Interaction, sent: asyncio.Event | None
    ) -> typing.Coroutine[typing.Any, typing.Any, None]:
        """Run the rest of the work once the answer is sent (only when `continues`)."""
        if self.generator is not None:
            return _run_continuation(self.generator, interaction, sent)
        return _run_then(
            typing.cast("typing.Coroutine[typing.Any, typing.Any, None]", self.then), interaction, sent
        )


def _outcome_of(interaction: _Interaction, listener: object, result: object) -> _Outcome:
    if result is None:
        return _Outcome(None)
    if type(result) is AnswerThen:
        try:
            return _Outcome(_check_builder(interaction, listener, result.builder), then=result.then)
        except BaseException:
            result.then.close()
            raise
    return _Outcome(_check_builder(interaction, listener, result))


async def _run_to_first_result(listener: _AnyListener, interaction: _Interaction) -> _Outcome:
    return await _first_result_of(listener, interaction, listener(interaction))


async def _first_result_of(listener: _AnyListener, interaction: _Interaction, call: object) -> _Outcome:
    """The first result of a listener already called: a generator's first yield, what any other
    awaitable returns, or a builder (or `AnswerThen`) the call answered with at once."""
    if type(call) in _BUILDER_CLASSES or type(call) is AnswerThen:
        return _outcome_of(interaction, listener, call)
    if inspect.isasyncgen(call):
        return await _run_to_first_yield(
            listener, interaction, typing.cast("typing.AsyncGenerator[typing.Any, None]", call)
        )
    if not inspect.isawaitable(call):
        raise errors.ListenerError(
            f"listener {_describe(listener)} must be an async function or async generator function, "
            f"but calling it returned {type(call).__name__}"
        )
    return _outcome_of(interaction, listener, await call)


async def _run_to_first_yield(
    listener: _AnyListener, interaction: _Interaction, generator: typing.AsyncGenerator[typing.Any, None]
) -> _Outcome:
    try:
        result = await generator.__anext__()
    except StopAsyncIteration:
        raise errors.ListenerError(
            f"generator listener {_describe(listener)} finished without yielding a response"
        ) from None
    try:
        builder = None if result is None else _check_builder(interaction, listener, result)
    except BaseException:
        await _close_quietly(generator)
        raise
    return _Outcome(builder, generator)


def _watch_if_deferred(deferrals: DeferralWatch, interaction: _Interaction, listener: object) -> None:
    # The answer state says whether a "thinking..." deferral went out (as the HTTP answer, by
    # auto-defer or over REST) and is still open; most answers leave the ANSWERED_AT_ONCE marker.
    state = getattr(interaction, "_answer_state", None)
    if type(state) is AnswerState and state.deferral_pending:
        deferrals.deferred(interaction.token, interaction, listener)


class Dispatcher:
    """Runs listeners; answers in time for slow ones when auto-defer is on; tracks the work that
    goes on after a response was sent (generator continuations, late deliveries)."""

    __slots__ = (
        "_background",
        "auto_defer_after",
        "auto_defer_ephemeral",
        "deadline",
        "deferrals",
        "error_handler",
    )

    def __init__(
        self,
        *,
        deadline: float = DISCORD_DEADLINE,
        auto_defer_after: float | None = None,
        auto_defer_ephemeral: bool = False,
    ) -> None:
        self.deadline = deadline
        self.auto_defer_after = checked_auto_defer(auto_defer_after)
        self.auto_defer_ephemeral = auto_defer_ephemeral
        self.error_handler: ErrorHandlerT | None = None
        self.deferrals: DeferralWatch | None = None
        """Set when a REST client reports completions: each deferral sent is watched there."""
        self._background: set[asyncio.Task[None]] = set()

    @property
    def running_continuations(self) -> int:
        """How many listeners are still running after their response was sent."""
        return len(self._background)

    async def dispatch(self, listener: _AnyListener, interaction: _Interaction) -> Response:
        """Run `listener` for `interaction` and return the response to send."""
        if self.auto_defer_after is not None and _deferrable(interaction):
            return await self._answer_or_defer(listener, interaction, self.auto_defer_after)
        started = time.monotonic()
        try:
            answer = listener(interaction)
            if type(answer) is types.CoroutineType:
                # The usual listener, awaited here: no generator to resume, so no `_Outcome` and
                # no extra coroutine, which is a measurable share of a whole interaction.
                answer = await answer
                if answer is None:
                    return NO_CONTENT
            elif type(answer) not in _BUILDER_CLASSES:  # a generator, another awaitable, ...
                return self._respond(await _first_result_of(listener, interaction, answer), interaction)
            # A builder the listener returned, or answered with in the call itself (the command
            # layer's usual handler: nothing awaited), or an answer with work after it.
            if type(answer) is not AnswerThen:
                return encode(_check_builder(interaction, listener, answer), interaction=interaction)
            return self._respond(_outcome_of(interaction, listener, answer), interaction)
        except Exception as exc:
            return await self._on_listener_error(interaction, listener, exc)
        finally:
            elapsed = time.monotonic() - started
            if elapsed > self.deadline:
                self._warn_late(interaction, elapsed)
            if self.deferrals is not None:
                _watch_if_deferred(self.deferrals, interaction, listener)

    async def close(self, grace_period: float) -> None:
        """Wait up to `grace_period` seconds for background work, then cancel what is left.

        Deferrals still waiting for their answer are then forgotten without a warning.
        """
        try:
            await self._drain(grace_period)
        finally:
            if self.deferrals is not None:
                self.deferrals.close()

    async def _drain(self, grace_period: float) -> None:
        if not self._background:
            return
        _, pending = await asyncio.wait(set(self._background), timeout=grace_period)
        for task in pending:
            task.cancel()
        if pending:
            _LOGGER.warning(
                "cancelled %d generator listener(s) still running after %.1fs", len(pending), grace_period
            )
            await asyncio.wait(pending)

    def _respond(self, outcome: _Outcome, interaction: _Interaction) -> Response:
        continues = outcome.continues
        if outcome.builder is None:
            response = Response(status_code=204, sent=asyncio.Event()) if continues else NO_CONTENT
        else:
            try:
                response = encode(outcome.builder, with_sent_event=continues, interaction=interaction)
            except Exception:
                if continues:  # the answer is refused: the code after it never runs
                    self._in_background(outcome.abandon(), interaction)
                raise
        if continues:
            self._in_background(outcome.resume(interaction, response.sent), interaction)
        return response

    async def _answer_or_defer(
        self, listener: _AnyListener, interaction: _Interaction, after: float
    ) -> Response:
        first = asyncio.create_task(_run_to_first_result(listener, interaction))
        done, _ = await asyncio.wait({first}, timeout=after)
        if done:
            try:
                return self._respond(first.result(), interaction)
            except Exception as exc:
                return await self._on_listener_error(interaction, listener, exc)
        deferral = late_response.deferral_for(interaction, ephemeral=self.auto_defer_ephemeral)
        response = encode(deferral, with_sent_event=True, interaction=interaction)
        _LOGGER.debug("interaction %s: no answer after %.2fs, deferred", interaction.id, after)
        if metrics_hooks.current is not None:
            metrics_hooks.current.auto_deferred(type(interaction))
        self._in_background(
            self._deliver_late(first, listener, interaction, deferral, response.sent), interaction
        )
        return response

    async def _deliver_late(
        self,
        first: asyncio.Task[_Outcome],
        listener: _AnyListener,
        interaction: _Interaction,
        deferral: special_endpoints_impl.InteractionDeferredBuilder,
        sent: asyncio.Event | None,
    ) -> None:
        try:
            await _wait_until_sent(sent)
            try:
                outcome = await first
            except Exception as exc:
                outcome = _Outcome(await self._replacement_for(interaction, listener, exc))
            if outcome.builder is None:
                await late_response.withdraw(interaction, deferral)
            else:
                await late_response.deliver(interaction, outcome.builder, deferral)
        except Exception:
            _LOGGER.exception("interaction %s: could not deliver the answer after auto-defer", interaction.id)
            outcome = _Outcome(None)
        finally:
            first.cancel()  # only has an effect when this delivery itself was cancelled
        if outcome.continues:
            await outcome.resume(interaction, None)

    def _warn_late(self, interaction: _Interaction, elapsed: float) -> None:
        if metrics_hooks.current is not None:
            metrics_hooks.current.deadline_missed(type(interaction))
        _LOGGER.warning(
            "interaction %s took %.2fs to produce its response, past Discord's %.0f-second deadline; "
            "Discord has already told the user it failed. Answer sooner, send build_deferred_response() "
            "first, or turn on auto-defer",
            interaction.id,
            elapsed,
            self.deadline,
        )

    async def _replacement_for(
        self, interaction: _Interaction, listener: object, exc: Exception
    ) -> _Builder | None:
        """The error handler's message for `exc`, or `None` (after logging) when there is none."""
        if self.error_handler is None:
            _LOGGER.error(
                "listener %s raised on interaction %s", _describe(listener), interaction.id, exc_info=exc
            )
            return None
        try:
            replacement = await self.error_handler(interaction, exc)
            return (
                None if replacement is None else _check_builder(interaction, self.error_handler, replacement)
            )
        except Exception as handler_exc:
            _LOGGER.error("the error handler raised while handling %r", exc, exc_info=handler_exc)
            return None

    async def _on_listener_error(
        self, interaction: _Interaction, listener: object, exc: Exception
    ) -> Response:
        replacement = await self._replacement_for(interaction, listener, exc)
        if replacement is None:
            return INTERNAL_SERVER_ERROR
        try:
            return encode(replacement, interaction=interaction)
        except Exception:
            _LOGGER.exception("the error handler's answer for interaction %s was refused", interaction.id)
            return INTERNAL_SERVER_ERROR

    def _in_background(
        self, work: typing.Coroutine[typing.Any, typing.Any, None], interaction: _Interaction
    ) -> None:
        task = asyncio.create_task(work, name=f"interaction {interaction.id} continuation")
        self._background.add(task)
        task.add_done_callback(self._background.discard)


def _deferrable(interaction: _Interaction) -> bool:
    # Autocomplete has no deferral; everything else can be answered "later".
    return not isinstance(interaction, AutocompleteInteraction)


async def _wait_until_sent(sent: asyncio.Event | None) -> None:
    if sent is not None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(sent.wait(), _CONTINUATION_START_TIMEOUT)


async def _run_continuation(
    generator: typing.AsyncGenerator[typing.Any, None], interaction: _Interaction, sent: asyncio.Event | None
) -> None:
    await _wait_until_sent(sent)
    try:
        await generator.__anext__()
    except StopAsyncIteration:
        return
    except Exception:
        _LOGGER.exception(
            "generator listener raised after its response was sent (interaction %s)", interaction.id
        )
        return
    await _close_quietly(generator)
    _LOGGER.error(
        "generator listener yielded more than once on interaction %s; only the first yield is sent, "
        "the rest of the generator was closed",
        interaction.id,
    )


async def _run_then(
    then: typing.Coroutine[typing.Any, typing.Any, None],
    interaction: _Interaction,
    sent: asyncio.Event | None,
) -> None:
    try:
        await _wait_until_sent(sent)
    except BaseException:
        then.close()
        raise
    try:
        await then
    except Exception:
        _LOGGER.exception("listener raised after its response was sent (interaction %s)", interaction.id)


async def _nothing() -> None:
    pass


async def _close_quietly(generator: typing.AsyncGenerator[typing.Any, None]) -> None:
    try:
        await generator.aclose()
    except Exception:
        _LOGGER.exception("generator listener raised while being closed")
