"""`ExceptionEvent`: a listener's error dispatched as hikari dispatches it, logged only when nothing
listens, never looping, retried on request, and waited for at shutdown."""

from __future__ import annotations

import asyncio
import logging

import pytest

import hikari_like
from hikari_like.events import base_events
from hikari_like.impl.gateway.event_manager import EventManagerImpl
from tests.test_events_manager import PingEvent

LOGGER = "hikari_like.event_manager"


def _failing(error: Exception) -> base_events.FailedCallbackT[PingEvent]:
    async def fails(event: PingEvent) -> None:
        raise error

    return fails


async def test_a_listeners_error_reaches_exception_listeners_instead_of_the_error_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    manager = EventManagerImpl()
    error = KeyError("missing")
    fails = _failing(error)
    manager.subscribe(PingEvent, fails)
    reports: asyncio.Queue[hikari_like.ExceptionEvent[PingEvent]] = asyncio.Queue()
    manager.subscribe(hikari_like.ExceptionEvent, reports.put)

    ping = PingEvent(number=3)
    with caplog.at_level(logging.DEBUG, logger=LOGGER):
        manager.dispatch(ping)
        failure = await asyncio.wait_for(reports.get(), 5)

    assert (failure.exception, failure.failed_event, failure.failed_callback) == (error, ping, fails)
    assert failure.exc_info == (KeyError, error, error.__traceback__)
    assert failure.app is ping.app
    assert failure.shard is None  # a PingEvent has no shard
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


async def test_a_waiter_alone_does_not_hide_the_error_from_the_log(caplog: pytest.LogCaptureFixture) -> None:
    """As in hikari, only listeners count as handling errors: a `wait_for` gets the event, and the
    error is still logged."""
    manager = EventManagerImpl()
    manager.subscribe(PingEvent, _failing(ValueError("seen twice")))
    waiting = asyncio.create_task(manager.wait_for(hikari_like.ExceptionEvent, timeout=5))
    await asyncio.sleep(0)
    with caplog.at_level(logging.ERROR, logger=LOGGER):
        manager.dispatch(PingEvent())
        failure = await waiting

    assert isinstance(failure.exception, ValueError)
    assert len(caplog.records) == 1


async def test_without_an_exception_listener_the_error_is_logged_with_its_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    manager = EventManagerImpl()
    manager.subscribe(PingEvent, _failing(RuntimeError("boom")))
    with caplog.at_level(logging.ERROR, logger=LOGGER):
        await manager.dispatch(PingEvent())
        await _settle(manager)

    [record] = caplog.records
    assert "raised while handling PingEvent" in record.getMessage()
    assert record.exc_info is not None
    assert isinstance(record.exc_info[1], RuntimeError)


async def test_a_failing_exception_listener_is_logged_once_and_not_dispatched_again(
    caplog: pytest.LogCaptureFixture,
) -> None:
    manager = EventManagerImpl()
    reports: list[hikari_like.ExceptionEvent[PingEvent]] = []

    async def report(event: hikari_like.ExceptionEvent[PingEvent]) -> None:
        reports.append(event)
        raise LookupError("the reporter fails too")

    manager.subscribe(PingEvent, _failing(ValueError("first")))
    manager.listen()(report)  # the subscripted annotation subscribes to ExceptionEvent
    with caplog.at_level(logging.ERROR, logger=LOGGER):
        await manager.dispatch(PingEvent())
        await _settle(manager)

    assert [type(event.exception) for event in reports] == [ValueError]
    [record] = caplog.records
    assert "raised while handling ExceptionEvent (ignored)" in record.getMessage()


async def test_retry_runs_the_failed_listener_again_on_the_same_event() -> None:
    manager = EventManagerImpl()
    attempts: list[int] = []

    async def flaky(event: PingEvent) -> None:
        attempts.append(event.number)
        if len(attempts) == 1:
            raise ConnectionError("once")

    async def retry(event: hikari_like.ExceptionEvent[PingEvent]) -> None:
        await event.retry()

    manager.subscribe(PingEvent, flaky)
    manager.subscribe(hikari_like.ExceptionEvent, retry)
    await manager.dispatch(PingEvent(number=7))
    await _settle(manager)

    assert attempts == [7, 7]


async def test_close_waits_for_the_exception_listeners_an_error_starts() -> None:
    manager = EventManagerImpl()
    finished = asyncio.Event()

    async def slow_report(event: hikari_like.ExceptionEvent[PingEvent]) -> None:
        await asyncio.sleep(0.05)
        finished.set()

    manager.subscribe(PingEvent, _failing(ValueError("x")))
    manager.subscribe(hikari_like.ExceptionEvent[PingEvent], slow_report)
    manager.dispatch(PingEvent())
    await asyncio.sleep(0)
    await manager.close(grace_period=5)

    assert finished.is_set()
    assert manager.running_listeners == 0


async def test_subscripted_event_types_are_their_class_for_every_call() -> None:
    manager = EventManagerImpl()

    async def report(event: hikari_like.ExceptionEvent[PingEvent]) -> None: ...

    manager.subscribe(hikari_like.ExceptionEvent[PingEvent], report)
    assert list(manager.get_listeners(hikari_like.ExceptionEvent, polymorphic=False)) == [report]
    assert list(manager.get_listeners(hikari_like.ExceptionEvent[PingEvent], polymorphic=False)) == [report]
    manager.unsubscribe(hikari_like.ExceptionEvent[PingEvent], report)
    assert list(manager.get_listeners(hikari_like.ExceptionEvent)) == []


def test_exception_event_is_hikaris() -> None:
    hikari = pytest.importorskip("hikari")
    assert base_events.is_no_recursive_throw_event(hikari_like.ExceptionEvent)
    assert hikari_like.events.ExceptionEvent is hikari_like.ExceptionEvent
    ours = {name for name in dir(hikari_like.ExceptionEvent) if not name.startswith("_")}
    theirs = {name for name in dir(hikari.ExceptionEvent) if not name.startswith("_")}
    assert theirs <= ours
    assert set(hikari.events.base_events.__all__) <= set(base_events.__all__)


async def _settle(manager: EventManagerImpl) -> None:
    """Wait until every listener (and the ExceptionEvent listeners they start) has finished."""
    await manager.close(grace_period=5)
