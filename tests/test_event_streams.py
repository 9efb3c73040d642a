"""`EventStream` (`bot.stream(...)`, `EventManagerImpl.stream`): events as they arrive while the
stream is open, filtered, capped by `limit`, ended by `timeout`, awaited as a list, and a dropped
stream closing itself."""

from __future__ import annotations

import asyncio
import gc
import logging

import pytest

import hikari_like
from hikari_like.impl import EventStream
from hikari_like.impl.gateway.event_manager import EventManagerImpl
from tests.test_events_manager import LoudPingEvent
from tests.test_events_manager import PingEvent
from tests.test_events_manager import PongEvent


async def _dispatch_all(manager: EventManagerImpl, *events: hikari_like.Event) -> None:
    for event in events:
        await manager.dispatch(event)


async def test_an_open_stream_yields_its_events_in_order_and_ends_after_the_timeout() -> None:
    manager = EventManagerImpl()
    with manager.stream(PingEvent, timeout=0.05) as stream:
        open_inside = stream.is_open
        await _dispatch_all(manager, PingEvent(number=1), PongEvent(), LoudPingEvent(number=2))
        received = [event async for event in stream]

    assert [event.number for event in received] == [1, 2]  # subclasses too, other classes not
    assert (open_inside, stream.is_open) == (True, False)
    assert manager.get_listeners(PingEvent) == []


async def test_the_stream_waits_for_events_that_arrive_later() -> None:
    manager = EventManagerImpl()
    with manager.stream(PingEvent, timeout=5) as stream:
        later = asyncio.get_running_loop().call_later(0.01, manager.dispatch, PingEvent(number=9))
        first = await stream.next()
    later.cancel()
    assert first.number == 9


async def test_filters_apply_as_events_arrive_and_to_those_already_kept() -> None:
    manager = EventManagerImpl()
    with manager.stream(PingEvent, timeout=0.05) as stream:
        await _dispatch_all(manager, *(PingEvent(number=n) for n in range(6)))
        stream.filter(lambda event: event.number % 2 == 0)  # 0, 2, 4 stay
        stream.filter(("number", 4), number=4)
        await _dispatch_all(manager, PingEvent(number=4), PingEvent(number=5))
        received = [event.number async for event in stream]

    assert received == [4, 4]


async def test_a_full_stream_drops_newer_events() -> None:
    manager = EventManagerImpl()
    with manager.stream(PingEvent, timeout=0.05, limit=2) as stream:
        await _dispatch_all(manager, *(PingEvent(number=n) for n in range(5)))
        assert [event.number async for event in stream] == [0, 1]


async def test_awaiting_a_stream_collects_until_the_timeout_and_closes_it() -> None:
    manager = EventManagerImpl()
    stream = manager.stream(PingEvent, timeout=0.2)
    collecting = asyncio.ensure_future(stream)
    await asyncio.sleep(0.01)
    await _dispatch_all(manager, PingEvent(number=1), PingEvent(number=2))

    assert [event.number for event in await collecting] == [1, 2]
    assert not stream.is_open


async def test_a_stream_that_was_never_opened_says_so() -> None:
    stream = EventManagerImpl().stream(PingEvent, timeout=1)
    with pytest.raises(TypeError, match="open the stream"):
        await stream.next()


def test_a_limit_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="limit must be at least 1"):
        EventManagerImpl().stream(PingEvent, timeout=1, limit=0)


async def test_a_stream_dropped_while_open_closes_itself(caplog: pytest.LogCaptureFixture) -> None:
    manager = EventManagerImpl()
    manager.stream(PingEvent, timeout=1).open()
    with caplog.at_level(logging.WARNING, logger="hikari_like.event_manager"):
        gc.collect()

    assert "PingEvent stream was dropped while open" in caplog.text
    assert manager.get_listeners(PingEvent) == []


async def test_streams_warn_like_wait_for_when_the_intents_rule_the_event_out() -> None:
    manager = EventManagerImpl(intents=hikari_like.Intents.GUILDS)
    with pytest.warns(hikari_like.errors.MissingIntentWarning, match="GuildMessageCreateEvent"):
        stream = manager.stream(hikari_like.GuildMessageCreateEvent, timeout=1)
    assert isinstance(stream, EventStream)
