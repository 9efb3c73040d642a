"""hikari's flag helpers on every flag type: the same answers as hikari 2.7's, except where its code
and its own description of `is_subset`/`is_superset` disagree (we follow the description, as sets do)."""

from __future__ import annotations

import typing

import pytest
from hikari import intents as hikari_intents
from hikari import permissions as hikari_permissions

import hikari_like
from hikari_like.internal import flags

OURS: typing.Final = hikari_like.Permissions
THEIRS: typing.Final = hikari_permissions.Permissions
SEND, EMBED, ADMIN = "SEND_MESSAGES", "EMBED_LINKS", "ADMINISTRATOR"


def both(*names: str) -> tuple[typing.Any, typing.Any]:
    """The same permissions in each library."""
    ours, theirs = OURS.NONE, THEIRS.NONE
    for name in names:
        ours |= OURS[name]
        theirs |= THEIRS[name]
    return ours, theirs


@pytest.mark.parametrize(
    "flag_type",
    [
        hikari_like.ApplicationFlags,
        hikari_like.ChannelFlag,
        hikari_like.GuildMemberFlags,
        hikari_like.GuildSystemChannelFlag,
        hikari_like.Intents,
        hikari_like.InviteFlags,
        hikari_like.MessageFlag,
        hikari_like.Permissions,
        hikari_like.UserFlag,
    ],
)
def test_every_flag_type_has_the_helpers(flag_type: type[flags.Flag]) -> None:
    assert issubclass(flag_type, flags.Flag)
    members = [member for member in flag_type.__members__.values() if int(member).bit_count() == 1]
    first, last = members[0], members[-1]  # one and the same when the type names a single flag
    both_set = first | last

    assert both_set.all(first, last)
    assert both_set.any(first)
    assert both_set.split() == sorted({first, last}, key=lambda member: member.name or "")
    assert both_set.invert().is_disjoint(both_set)
    assert both_set.invert().none(first, last)


def test_the_answers_are_hikaris() -> None:
    (ours, theirs), (embed, their_embed) = both(SEND, EMBED), both(EMBED)
    (admin, their_admin), (more, their_more) = both(ADMIN), both(SEND, EMBED, ADMIN)

    assert ours.all(embed) == theirs.all(their_embed) is True
    assert ours.all(embed, admin) == theirs.all(their_embed, their_admin) is False
    assert ours.any(admin, embed) == theirs.any(their_admin, their_embed) is True
    assert ours.none(admin) == theirs.none(their_admin) is True
    assert int(ours.difference(embed)) == int(theirs.difference(their_embed))
    assert int(ours.intersection(more)) == int(theirs.intersection(their_more))
    assert int(ours.union(admin)) == int(theirs.union(their_admin))
    assert int(ours.symmetric_difference(more)) == int(theirs.symmetric_difference(their_more))
    assert int(ours.symmetricdifference(more)) == int(theirs.symmetric_difference(their_more))
    assert int(ours.invert()) == int(theirs.invert())
    assert ours.is_disjoint(admin) == ours.isdisjoint(admin) == theirs.is_disjoint(their_admin) is True
    assert [flag.name for flag in ours.split()] == [flag.name for flag in theirs.split()]


def test_subset_and_superset_read_as_sets_do() -> None:
    ours, embed = both(SEND, EMBED)[0], OURS.EMBED_LINKS

    assert embed.is_subset(ours)
    assert embed.issubset(ours)
    assert not ours.is_subset(embed)
    assert ours.is_superset(embed)
    assert ours.issuperset(embed)
    assert {embed.name} <= {flag.name for flag in ours.split()}  # what `issubset` means for sets


def test_unnamed_bits_are_kept_but_not_split() -> None:
    unknown = hikari_like.MessageFlag(1 << 40 | int(hikari_like.MessageFlag.EPHEMERAL))

    assert unknown.split() == [hikari_like.MessageFlag.EPHEMERAL]
    assert int(unknown.union(hikari_like.MessageFlag.URGENT)) == int(unknown) | int(
        hikari_like.MessageFlag.URGENT
    )
    assert int(unknown.invert()) & (1 << 40) == 0  # invert speaks of named flags only


def test_an_alias_splits_into_its_member_once_as_in_hikari() -> None:
    ours = hikari_like.Intents.GUILD_MODERATION | hikari_like.Intents.GUILDS
    theirs = hikari_intents.Intents.GUILD_MODERATION | hikari_intents.Intents.GUILDS

    assert [flag.name for flag in ours.split()] == [flag.name for flag in theirs.split()]
    assert ours.split() == [hikari_like.Intents.GUILDS, hikari_like.Intents.GUILD_MODERATION]
