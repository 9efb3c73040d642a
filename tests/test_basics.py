"""Transport-free basics: UNDEFINED, snowflakes, tolerant enums."""

from __future__ import annotations

import datetime

from hikari_like import undefined
from hikari_like.interactions.base_interactions import InteractionType
from hikari_like.messages import MessageFlag
from hikari_like.snowflakes import Snowflake


def test_undefined_is_falsy_and_named() -> None:
    assert not undefined.UNDEFINED
    assert repr(undefined.UNDEFINED) == "UNDEFINED"


def test_snowflake_reads_strings_and_knows_its_time() -> None:
    snowflake = Snowflake("175928847299117063")

    assert snowflake == 175928847299117063
    assert snowflake.created_at == datetime.datetime(2016, 4, 30, 11, 18, 25, 796000, tzinfo=datetime.UTC)
    assert Snowflake.from_datetime(snowflake.created_at) >> 22 == snowflake >> 22


def test_unknown_enum_values_are_kept() -> None:
    future = InteractionType(42)

    assert future == 42
    assert future.name == "UNKNOWN_42"
    assert not future.is_known
    assert InteractionType(2) is InteractionType.APPLICATION_COMMAND
    assert InteractionType.APPLICATION_COMMAND.is_known


def test_unknown_flag_bits_are_kept() -> None:
    flags = MessageFlag(1 << 40 | MessageFlag.EPHEMERAL)

    assert MessageFlag.EPHEMERAL in flags
    assert int(flags) == 1 << 40 | 64
