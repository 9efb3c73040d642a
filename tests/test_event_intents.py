"""Events declare the gateway intents they need, as in hikari; GatewayBot warns of unreachable listeners."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
import warnings

import attrs
import hikari
import hikari.events
import pytest
from hikari.events import base_events as hikari_base_events

import hikari_like
from hikari_like import errors
from hikari_like import events
from hikari_like.events import base_events
from hikari_like.impl.bots.gateway_bot import GatewayBot
from hikari_like.intents import Intents
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.gateway import EmulatedGateway
from tests.helpers import TOKEN


def _event_classes() -> dict[str, type[base_events.Event]]:
    """Every public event class hikari_like defines, by name."""
    found: dict[str, type[base_events.Event]] = {}
    for info in pkgutil.iter_modules(events.__path__, f"{events.__name__}."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            is_event = inspect.isclass(value) and issubclass(value, base_events.Event)
            if is_event and value.__module__ == module.__name__ and not name.startswith("_"):
                found[name] = value
    return found


def _hikari_counterparts() -> dict[str, type[typing.Any]]:
    return {
        name: value
        for name, value in vars(hikari.events).items()
        if inspect.isclass(value) and issubclass(value, hikari_base_events.Event)
    }


def _groups(required: typing.Collection[typing.SupportsInt]) -> set[int]:
    return {int(group) for group in required}


def test_every_event_with_a_hikari_counterpart_requires_exactly_hikaris_intents() -> None:
    ours = _event_classes()
    theirs = _hikari_counterparts()
    shared = sorted(ours.keys() & theirs.keys())
    assert len(shared) > 80  # the comparison covers the event classes, not a handful

    ours_required = {name: _groups(base_events.get_required_intents_for(ours[name])) for name in shared}
    theirs_required = {
        name: _groups(hikari_base_events.get_required_intents_for(theirs[name])) for name in shared
    }
    assert ours_required == theirs_required


def test_requires_intents_is_read_along_the_mro_and_listed_in_the_docstring() -> None:
    @base_events.requires_intents(Intents.GUILDS | Intents.GUILD_MEMBERS, Intents.DM_MESSAGES)
    @attrs.define(slots=True, kw_only=True)
    class SomethingEvent(base_events.Event):
        """Something happened."""

        app: hikari_like.traits.RESTAware

    @attrs.define(slots=True, kw_only=True)
    class SomethingMoreEvent(SomethingEvent):
        """More happened."""

    expected = [Intents.GUILDS | Intents.GUILD_MEMBERS, Intents.DM_MESSAGES]
    assert list(base_events.get_required_intents_for(SomethingEvent)) == expected
    assert list(base_events.get_required_intents_for(SomethingMoreEvent)) == expected
    assert list(base_events.get_required_intents_for(base_events.Event)) == []
    doc = inspect.getdoc(SomethingEvent) or ""
    assert doc.startswith("Something happened.")
    assert "`Intents.GUILDS` + `Intents.GUILD_MEMBERS`" in doc
    assert "`Intents.DM_MESSAGES`" in doc


def test_each_event_class_has_a_bit_of_its_own() -> None:
    bits = [cls.bitmask() for cls in _event_classes().values()]

    assert base_events.Event.bitmask() == 1
    assert all(bit > 0 and bit & (bit - 1) == 0 for bit in bits)
    assert len(set(bits)) == len(bits)
    assert events.GuildMessageCreateEvent.bitmask() != events.MessageCreateEvent.bitmask()


def _bot(**options: typing.Any) -> GatewayBot:
    return GatewayBot(TOKEN, banner=None, logs=None, **options)


async def _noop(event: typing.Any) -> None:
    del event


def test_listening_to_an_event_the_intents_rule_out_warns_once_naming_both() -> None:
    bot = _bot(intents=Intents.GUILDS)

    with pytest.warns(errors.MissingIntentWarning) as record:
        bot.listen(events.MessageCreateEvent)(_noop)

    assert len(record) == 1
    message = str(record[0].message)
    assert "MessageCreateEvent" in message
    assert "DM_MESSAGES" in message
    assert "GUILD_MESSAGES" in message
    assert record[0].filename == __file__  # it points at the line that subscribed
    assert bot.get_listeners(events.MessageCreateEvent) == [_noop]  # a warning, not a refusal


def test_every_way_of_subscribing_warns_at_the_callers_line() -> None:
    bot = _bot(intents=Intents.GUILDS)

    async def on_reaction(event: events.GuildReactionAddEvent) -> None:
        del event

    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        bot.listen()(on_reaction)
        bot.subscribe(events.GuildTypingEvent, _noop)
        bot.event_manager.subscribe(events.InviteCreateEvent, _noop)

    assert [w.category for w in record] == [errors.MissingIntentWarning] * 3
    assert [w.filename for w in record] == [__file__] * 3
    named = [str(w.message).split()[0] for w in record]
    assert named == ["GuildReactionAddEvent", "GuildTypingEvent", "InviteCreateEvent"]


@pytest.mark.parametrize(
    ("intents", "event_type"),
    [
        (Intents.GUILD_MESSAGES, events.MessageCreateEvent),  # one of two groups is enough
        (Intents.DM_MESSAGES, events.DMMessageCreateEvent),
        (Intents.GUILDS, events.GuildThreadEvent),
        (Intents.NONE, events.ShardReadyEvent),  # needs no intent
        (Intents.NONE, events.InteractionCreateEvent),
        (Intents.NONE, base_events.Event),
    ],
)
def test_no_warning_when_the_intents_can_deliver_the_event(
    intents: Intents, event_type: type[base_events.Event]
) -> None:
    bot = _bot(intents=intents)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        bot.subscribe(event_type, _noop)


async def test_http_bots_have_no_intents_and_never_warn(discord: EmulatedDiscord) -> None:
    for bot in (
        hikari_like.RESTBot(discord.token, rest_url=discord.url, banner=None, logs=None),
        hikari_like.AsgiBot(discord.token, rest_url=discord.url),
    ):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            bot.subscribe(events.MessageCreateEvent, _noop)


async def test_the_warning_is_about_the_intents_the_shards_identify_with(discord: EmulatedDiscord) -> None:
    async with EmulatedGateway(token=TOKEN) as gateway:
        discord.gateway.attach(gateway, shards=1, max_concurrency=1)
        bot = GatewayBot(discord.token, rest_url=discord.url, banner=None, logs=None, intents=Intents.GUILDS)
        with pytest.warns(errors.MissingIntentWarning, match="GuildMessageCreateEvent"):
            bot.subscribe(events.GuildMessageCreateEvent, _noop)
        bot.subscribe(events.GuildChannelCreateEvent, _noop)  # GUILDS delivers it: no warning

        await bot.start()
        try:
            assert [session.intents for session in gateway.sessions.values()] == [int(Intents.GUILDS)]
        finally:
            await bot.close()


async def test_waiting_for_an_event_the_intents_rule_out_warns_too() -> None:
    bot = _bot(intents=Intents.GUILDS)

    with pytest.warns(errors.MissingIntentWarning, match="DMReactionAddEvent"), pytest.raises(TimeoutError):
        await bot.wait_for(events.DMReactionAddEvent, timeout=0)
