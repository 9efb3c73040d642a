"""hikari's small helpers, alike here: `undefined.all_undefined`/`any_undefined`/`count`,
`snowflakes.calculate_shard_id`, the `UserFlag` bits and `base_events.no_recursive_throw`."""

from __future__ import annotations

import doctest

import hikari
import hikari.events.base_events
import hikari.snowflakes
import hikari.undefined
import hikari.users
import pytest

from hikari_like import errors
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import users
from hikari_like.events import base_events
from hikari_like.testing.emulator import EmulatedDiscord
from tests.test_gateway_bot import make_bot

U = undefined.UNDEFINED
CASES = [(), (U,), (U, U), (U, None), (None, 0, ""), (U, None, 3, U)]


@pytest.mark.parametrize("items", CASES, ids=repr)
def test_the_undefined_helpers_count_as_hikaris(items: tuple[object, ...]) -> None:
    theirs = tuple(hikari.UNDEFINED if item is U else item for item in items)

    assert undefined.all_undefined(*items) is hikari.undefined.all_undefined(*theirs)
    assert undefined.any_undefined(*items) is hikari.undefined.any_undefined(*theirs)
    assert undefined.count(*items) == hikari.undefined.count(*theirs)


@pytest.mark.parametrize("guild", [0, 1 << 22, 81384788765712384, "175928847299117063", (1 << 64) - 1])
@pytest.mark.parametrize("shard_count", [1, 2, 3, 16, 1000])
def test_a_guilds_shard_is_hikaris(guild: int | str, shard_count: int) -> None:
    assert snowflakes.calculate_shard_id(shard_count, guild) == hikari.snowflakes.calculate_shard_id(
        shard_count, int(guild)
    )


async def test_a_guilds_shard_can_be_read_from_a_bots_shard_count(discord: EmulatedDiscord) -> None:
    bot = make_bot(discord)
    bot._shard_count = 4  # what start() sets from /gateway/bot; no connection needed for the rule

    assert snowflakes.calculate_shard_id(bot, 81384788765712384) == 2


def test_no_shards_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="at least 1, got 0"):
        snowflakes.calculate_shard_id(0, 1)


def test_every_user_flag_of_hikari_is_here_with_its_bit() -> None:
    ours = {name: int(flag) for name, flag in users.UserFlag.__members__.items()}
    theirs = {name: int(flag) for name, flag in hikari.users.UserFlag.__members__.items()}

    assert ours == theirs


def test_no_recursive_throw_marks_a_class_as_hikaris_does() -> None:
    @base_events.no_recursive_throw()
    class QuietEvent(base_events.Event):
        """An event whose listeners' errors must not be dispatched."""

    @hikari.events.base_events.no_recursive_throw()
    class TheirQuietEvent(hikari.Event):  # type: ignore[misc]
        """The same in hikari."""

    assert base_events.is_no_recursive_throw_event(QuietEvent)
    assert not base_events.is_no_recursive_throw_event(base_events.Event)
    assert hikari.events.base_events.is_no_recursive_throw_event(TheirQuietEvent)


@pytest.mark.parametrize("module", [undefined, snowflakes])
def test_the_docstring_examples_hold(module: object) -> None:
    failed, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert attempted
    assert not failed


def test_a_state_conflict_says_why_in_reason_as_hikaris() -> None:
    from hikari_like import errors

    conflict = errors.ComponentStateConflictError("the bot is already running")

    assert conflict.reason == str(conflict) == "the bot is already running"


def test_gateway_and_interrupt_errors_take_hikaris_positional_arguments() -> None:
    closed = errors.GatewayServerClosedConnectionError("Authentication failed.", 4004, False)
    assert (closed.reason, closed.code, closed.can_reconnect) == ("Authentication failed.", 4004, False)
    interrupt = errors.HikariInterrupt(15, "SIGTERM")
    assert (interrupt.signum, interrupt.signame) == (15, "SIGTERM")
    assert errors.HikariInterrupt(2).signame  # described by the platform when not given
