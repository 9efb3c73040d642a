"""EventManagerImpl: subscribing, listening by annotation, delivery to base classes, wait_for, errors."""

from __future__ import annotations

import asyncio
import logging

import attrs
import pytest

import hikari_like
from hikari_like.events import base_events
from hikari_like.impl.gateway.event_manager import EventManagerImpl
from tests.helpers import APP


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class PingEvent(base_events.Event):
    app: hikari_like.traits.RESTAware = attrs.field(default=APP, repr=False)
    number: int = 0


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class LoudPingEvent(PingEvent):
    volume: int = 11


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class PongEvent(base_events.Event):
    app: hikari_like.traits.RESTAware = attrs.field(default=APP, repr=False)


class Seen:
    """An async listener that records the events it received."""

    def __init__(self) -> None:
        self.events: list[base_events.Event] = []

    async def __call__(self, event: base_events.Event) -> None:
        self.events.append(event)


async def test_a_subscribed_listener_gets_its_events_and_an_unsubscribed_one_does_not() -> None:
    manager, seen = EventManagerImpl(), Seen()
    manager.subscribe(PingEvent, seen)
    first = PingEvent(number=1)
    await manager.dispatch(first)
    manager.unsubscribe(PingEvent, seen)
    await manager.dispatch(PingEvent(number=2))

    assert seen.events == [first]
    assert manager.get_listeners(PingEvent) == []


async def test_listeners_of_a_base_class_receive_subclasses_but_not_the_reverse() -> None:
    manager, base, loud, anything = EventManagerImpl(), Seen(), Seen(), Seen()
    manager.subscribe(PingEvent, base)
    manager.subscribe(LoudPingEvent, loud)
    manager.subscribe(base_events.Event, anything)
    ping, loud_ping, pong = PingEvent(), LoudPingEvent(), PongEvent()
    for event in (ping, loud_ping, pong):
        await manager.dispatch(event)

    assert base.events == [ping, loud_ping]
    assert loud.events == [loud_ping]
    assert anything.events == [ping, loud_ping, pong]
    assert list(manager.get_listeners(LoudPingEvent)) == [loud, base, anything]
    assert list(manager.get_listeners(LoudPingEvent, polymorphic=False)) == [loud]


async def test_listen_takes_the_type_from_the_annotation_string_and_unions() -> None:
    manager = EventManagerImpl()
    received: list[str] = []

    @manager.listen()
    async def on_ping(event: PingEvent) -> None:  # a string annotation (future import)
        received.append(f"ping {event.number}")

    @manager.listen()
    async def on_either(event: LoudPingEvent | PongEvent) -> None:
        received.append(type(event).__name__)

    @manager.listen(PongEvent)
    async def explicit(event: base_events.Event) -> None:
        received.append("explicit")

    await manager.dispatch(PingEvent(number=3))
    await manager.dispatch(PongEvent())

    assert received == ["ping 3", "PongEvent", "explicit"]
    assert on_ping in manager.get_listeners(PingEvent)


async def test_listen_refuses_callbacks_it_cannot_type() -> None:
    manager = EventManagerImpl()

    async def no_annotation(event) -> None:  # type: ignore[no-untyped-def]
        pass

    async def not_an_event(event: int) -> None:
        pass

    def not_async(event: PingEvent) -> None:
        pass

    with pytest.raises(TypeError, match="annotated first parameter"):
        manager.listen()(no_annotation)
    with pytest.raises(TypeError, match="subclass of hikari_like"):
        manager.listen()(not_an_event)
    with pytest.raises(TypeError, match="async function"):
        manager.listen()(not_async)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="subclass of hikari_like"):
        manager.subscribe(int, Seen())


async def test_a_failing_listener_is_logged_and_does_not_stop_the_others(
    caplog: pytest.LogCaptureFixture,
) -> None:
    manager, seen = EventManagerImpl(), Seen()

    async def broken(event: PingEvent) -> None:
        raise RuntimeError("boom")

    manager.subscribe(PingEvent, broken)
    manager.subscribe(PingEvent, seen)
    with caplog.at_level(logging.ERROR, logger="hikari_like.event_manager"):
        results = await manager.dispatch(PingEvent())

    assert len(seen.events) == 1
    assert results == [None, None]
    assert "boom" in caplog.text


async def test_a_slow_listener_does_not_delay_dispatch_or_other_listeners() -> None:
    manager, seen = EventManagerImpl(), Seen()
    release = asyncio.Event()

    async def slow(event: PingEvent) -> None:
        await release.wait()

    manager.subscribe(PingEvent, slow)
    manager.subscribe(PingEvent, seen)
    done = manager.dispatch(PingEvent())  # returns at once: listeners run in tasks
    await asyncio.sleep(0)
    await asyncio.sleep(0)  # the finished listener's done-callback runs one step later

    assert len(seen.events) == 1
    assert not done.done()
    assert manager.running_listeners == 1
    release.set()
    await done
    assert manager.running_listeners == 0


async def test_wait_for_returns_the_first_matching_event_including_subclasses() -> None:
    manager = EventManagerImpl()
    waiting = asyncio.create_task(manager.wait_for(PingEvent, timeout=5, predicate=lambda e: e.number == 2))
    await asyncio.sleep(0)
    manager.dispatch(PingEvent(number=1))
    wanted = LoudPingEvent(number=2)
    manager.dispatch(wanted)

    assert await waiting is wanted


async def test_wait_for_times_out_and_leaves_no_waiter_behind() -> None:
    manager = EventManagerImpl()
    with pytest.raises(TimeoutError):
        await manager.wait_for(PingEvent, timeout=0.01)
    assert manager._waiters[PingEvent] == set()


async def test_wait_for_raises_what_the_predicate_raised() -> None:
    manager = EventManagerImpl()

    def predicate(event: PingEvent) -> bool:
        raise LookupError("bad predicate")

    waiting = asyncio.create_task(manager.wait_for(PingEvent, timeout=5, predicate=predicate))
    await asyncio.sleep(0)
    manager.dispatch(PingEvent())
    with pytest.raises(LookupError, match="bad predicate"):
        await waiting


async def test_close_cancels_listeners_that_outlive_the_grace_period() -> None:
    manager = EventManagerImpl()
    cancelled = asyncio.Event()

    async def forever(event: PingEvent) -> None:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.set()
            raise

    manager.subscribe(PingEvent, forever)
    manager.dispatch(PingEvent())
    await asyncio.sleep(0)
    await manager.close(grace_period=0.01)

    assert cancelled.is_set()
    assert manager.running_listeners == 0


def test_event_dispatches_its_event_bases_in_order() -> None:
    assert LoudPingEvent.dispatches() == (LoudPingEvent, PingEvent, base_events.Event)
    assert hikari_like.events.GuildMessageCreateEvent.dispatches()[-1] is base_events.Event
