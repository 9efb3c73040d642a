"""Issue #20: cooldowns (rate per period per user, member, channel, guild or everyone) counted in the
in-process command store, with interactions parsed from realistic payloads.

Time moves only when a test says so (`FakeClock`), so no stall of the machine changes an outcome.
The shared story (four workers, one Redis) is in tests/test_redis_command_store.py.
"""

from __future__ import annotations

import typing

import attrs
import pytest

import hikari_like
from hikari_like import app_commands
from hikari_like.app_commands import cooldowns
from hikari_like.app_commands import errors
from hikari_like.app_commands.cooldowns import BucketType
from hikari_like.app_commands.cooldowns import Cooldown
from hikari_like.app_commands.store import LocalCommandStore
from hikari_like.app_commands.store import command_store_for
from hikari_like.impl.rest import rate_limit_store
from hikari_like.internal import fixed_windows
from hikari_like.testing import KeyPair
from hikari_like.testing import payloads
from tests.helpers import APP
from tests.helpers import FakeClock

GUILD: typing.Final = 81384788765712384
CHANNEL: typing.Final = 81384788765712385
DM_CHANNEL: typing.Final = 81384788765712386


def _client() -> app_commands.Client:
    bot = hikari_like.RESTBot("token", public_key=KeyPair.generate().public_key_hex, banner=None, logs=None)
    return app_commands.Client(bot, sync_on_start=False)


CLIENT: typing.Final = _client()


def context_of(
    user_id: int, *, guild: bool = True, channel_id: int = CHANNEL, command_key: str = "/roll"
) -> app_commands.SlashContext:
    """A context of `/roll` used by `user_id`, from a real parsed interaction."""
    origin: payloads.Origin = {"user_id": user_id, "channel_id": channel_id, "guild": guild}
    if guild:
        origin["guild_id"] = GUILD
    payload = payloads.slash_command("roll", **origin)
    return app_commands.SlashContext(
        hikari_like.CommandInteraction.from_payload(payload, app=APP), CLIENT, command_key
    )


async def uses(
    limit: Cooldown, store: LocalCommandStore, *contexts: app_commands.SlashContext
) -> list[float]:
    """For each context in turn: 0.0 when allowed, else the `retry_after` it was refused with."""
    answers = []
    for ctx in contexts:
        try:
            await limit.acquire(store, ctx)
        except errors.OnCooldownError as refused:
            answers.append(refused.retry_after)
        else:
            answers.append(0.0)
    return answers


# -- counting ------------------------------------------------------------------------------------


async def test_rate_uses_per_user_then_refused_with_the_time_left() -> None:
    clock = FakeClock()
    store = LocalCommandStore(clock=clock)
    limit = Cooldown(2, 10.0)
    alice, bob = context_of(1), context_of(2)

    assert await uses(limit, store, alice, alice) == [0.0, 0.0]
    clock.now += 4.0
    assert await uses(limit, store, alice, bob) == [6.0, 0.0]


async def test_the_window_opens_at_the_first_use_and_ends_after_per_seconds() -> None:
    clock = FakeClock()
    store = LocalCommandStore(clock=clock)
    limit = Cooldown(1, 10.0)
    alice = context_of(1)

    assert await uses(limit, store, alice) == [0.0]
    clock.now += 9.5
    assert await uses(limit, store, alice) == [pytest.approx(0.5)]
    clock.now += 0.5
    assert await uses(limit, store, alice, alice) == [0.0, 10.0]


async def test_a_refused_use_is_not_counted() -> None:
    clock = FakeClock()
    store = LocalCommandStore(clock=clock)
    limit = Cooldown(1, 10.0)
    alice = context_of(1)

    await uses(limit, store, alice, alice, alice)
    clock.now += 10.0
    assert await uses(limit, store, alice) == [0.0]


async def test_a_channel_cooldown_is_shared_by_everyone_in_the_channel() -> None:
    store = LocalCommandStore(clock=FakeClock())
    limit = Cooldown(1, 10.0, BucketType.CHANNEL)

    here, there = context_of(1), context_of(2, channel_id=CHANNEL + 100)
    assert await uses(limit, store, here, context_of(2), there) == [0.0, 10.0, 0.0]


async def test_each_command_counts_its_own_uses() -> None:
    store = LocalCommandStore(clock=FakeClock())
    limit = Cooldown(1, 10.0)

    roll, flip = context_of(1), context_of(1, command_key="/flip")
    assert await uses(limit, store, roll, flip, roll) == [0.0, 0.0, 10.0]


# -- buckets -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bucket", "in_guild", "in_dm"),
    [
        (BucketType.USER, "/roll:user:7", "/roll:user:7"),
        (BucketType.MEMBER, f"/roll:member:{GUILD}:7", f"/roll:member:{DM_CHANNEL}:7"),
        (BucketType.CHANNEL, f"/roll:channel:{CHANNEL}", f"/roll:channel:{DM_CHANNEL}"),
        (BucketType.GUILD, f"/roll:guild:{GUILD}", f"/roll:guild:{DM_CHANNEL}"),
        (BucketType.GLOBAL, "/roll:global:*", "/roll:global:*"),
    ],
)
def test_the_key_names_the_command_the_bucket_and_whose_uses_count(
    bucket: BucketType, in_guild: str, in_dm: str
) -> None:
    limit = Cooldown(1, 5.0, bucket)

    assert limit.key(context_of(7)) == in_guild
    assert limit.key(context_of(7, guild=False, channel_id=DM_CHANNEL)) == in_dm


def test_a_long_command_key_is_shortened_and_stays_distinct() -> None:
    limit = Cooldown(1, 5.0, BucketType.MEMBER)
    long_a = context_of(7, command_key="component:" + "a" * 500)
    long_b = context_of(7, command_key="component:" + "a" * 499 + "b")

    assert len(limit.key(long_a)) <= fixed_windows.MAX_KEY_LENGTH
    assert limit.key(long_a) == limit.key(long_a)
    assert limit.key(long_a) != limit.key(long_b)


# -- declaring -----------------------------------------------------------------------------------


@pytest.mark.parametrize("rate", [0, -1, True, 1.5, "2"])
def test_a_rate_that_is_not_a_whole_number_of_uses_is_a_value_error(rate: typing.Any) -> None:
    with pytest.raises(ValueError, match="rate is a whole number of uses"):
        cooldowns.cooldown(rate, 5.0)


@pytest.mark.parametrize("per", [0, -1.0, float("nan"), float("inf"), 400 * 24 * 3600.0, "5", None])
def test_a_per_that_is_not_a_positive_number_of_seconds_is_a_value_error(per: typing.Any) -> None:
    with pytest.raises(ValueError, match="per is a number of seconds"):
        Cooldown(1, per)


def test_a_bucket_that_is_not_a_bucket_type_is_a_declaration_error() -> None:
    with pytest.raises(errors.DeclarationError, match="BucketType"):
        cooldowns.cooldown(1, 5.0, bucket=typing.cast("BucketType", "user"))


def test_the_decorator_leaves_the_cooldown_for_the_command_decorator() -> None:
    @cooldowns.cooldown(3, 60, bucket=BucketType.GUILD)
    async def handler(ctx: app_commands.SlashContext) -> None: ...

    async def bare(ctx: app_commands.SlashContext) -> None: ...

    assert cooldowns.pending_cooldown(handler) == Cooldown(3, 60, BucketType.GUILD)
    assert cooldowns.pending_cooldown(bare) is None


def test_two_cooldowns_on_one_handler_are_a_declaration_error() -> None:
    async def handler(ctx: app_commands.SlashContext) -> None: ...

    once = cooldowns.cooldown(1, 5.0)(handler)
    with pytest.raises(errors.DeclarationError, match="handler has two cooldowns"):
        cooldowns.cooldown(2, 5.0)(once)


@attrs.define
class Declaration:
    """What the command decorators return: `checks` and a `cooldown`."""

    handler: typing.Callable[..., typing.Any]
    checks: list[object] = attrs.field(factory=list)
    cooldown: Cooldown | None = None


def test_a_cooldown_above_the_command_decorator_sets_the_declarations() -> None:
    async def roll(ctx: app_commands.SlashContext) -> None: ...

    declared = Declaration(roll)
    assert cooldowns.cooldown(1, 5.0)(declared) is declared
    assert declared.cooldown == Cooldown(1, 5.0)
    with pytest.raises(errors.DeclarationError, match="roll has two cooldowns"):
        cooldowns.cooldown(1, 9.0)(declared)


def test_a_cooldown_on_something_that_is_not_a_handler_is_a_declaration_error() -> None:
    with pytest.raises(errors.DeclarationError, match="decorates a command handler"):
        cooldowns.cooldown(1, 5.0)(42)


# -- the in-process store ------------------------------------------------------------------------


async def test_the_local_store_forgets_ended_windows() -> None:
    clock = FakeClock()
    store = LocalCommandStore(clock=clock)
    for user in range(50):
        await store.hit(f"/roll:user:{user}", limit=1, period=5.0)
    clock.now += 5.0
    await store.hit("/roll:user:0", limit=1, period=5.0)

    assert repr(store) == "LocalCommandStore(keys=1, claims=0)"


async def test_the_local_store_keeps_at_most_max_keys_dropping_the_oldest() -> None:
    store = LocalCommandStore(max_keys=3, clock=FakeClock())
    for user in range(5):
        await store.hit(f"k{user}", limit=1, period=60.0)

    assert repr(store) == "LocalCommandStore(keys=3, claims=0)"
    assert await store.hit("k4", limit=1, period=60.0) == 60.0  # kept
    assert await store.hit("k0", limit=1, period=60.0) == 0.0  # dropped first: counts anew


def test_dropped_windows_leave_no_unbounded_bookkeeping() -> None:
    windows = fixed_windows.FixedWindows(max_keys=10, clock=FakeClock())
    for key in range(10_000):
        windows.hit(str(key), limit=1, period=3600.0)

    assert len(windows) == 10
    assert len(windows._ends) <= 2 * windows.max_keys


async def test_a_local_claim_is_granted_once_per_ttl() -> None:
    clock = FakeClock()
    store = LocalCommandStore(clock=clock)

    assert [await store.claim("sync", ttl=60.0) for _ in range(3)] == [True, False, False]
    assert await store.claim("other", ttl=60.0) is True
    clock.now += 60.0
    assert await store.claim("sync", ttl=60.0) is True
    # Claims and uses are apart: a claim's key is not a cooldown's.
    assert await store.hit("sync", limit=1, period=60.0) == 0.0


async def test_the_local_store_refuses_invalid_windows() -> None:
    store = LocalCommandStore()
    with pytest.raises(ValueError, match="limit"):
        await store.hit("k", limit=0, period=1.0)
    with pytest.raises(ValueError, match="ttl"):
        await store.claim("k", ttl=-1.0)
    with pytest.raises(ValueError, match="max_keys"):
        LocalCommandStore(max_keys=0)


def test_without_a_shared_store_each_client_counts_in_its_own_process() -> None:
    in_memory = rate_limit_store.InMemoryRateLimitStore()

    assert isinstance(command_store_for(None), LocalCommandStore)
    assert isinstance(command_store_for(in_memory), LocalCommandStore)
    assert command_store_for(None) is not command_store_for(None)
