"""hikari_like's models read alike with hikari's: every documented object of the entity factory's
table (`tests/entity_factory_cases.py`, completed with the fields Discord documents and hikari 2.7
needs), and the whole and sparse objects of `tests/entity_agreement_cases.py`, read by hikari's
`EntityFactoryImpl` and by hikari_like's give the same values, field by field over the public
attributes both models have, nested models recursively (`tests.agreement.differences`).

A field that differs on purpose is a named exception in `KNOWN`, with its reason.
"""

from __future__ import annotations

import re
import typing

import hikari
import pytest
from hikari.impl import entity_factory as hikari_entity_factory

from hikari_like import snowflakes
from hikari_like.impl import EntityFactoryImpl
from hikari_like.impl import RESTClientImpl
from tests import entity_factory_cases as table
from tests.agreement import differences
from tests.entity_agreement_cases import RICH_CASES
from tests.entity_agreement_cases import SPARSE_CASES
from tests.gateway_programs import TOKEN

_Payload = dict[str, typing.Any]

MESSAGE: typing.Final[_Payload] = {**table.MESSAGE, "flags": 0}
"""A guild message as Discord documents it (`flags` is in every message object)."""


INVITE_GUILD: typing.Final[_Payload] = {
    "description": None,
    "verification_level": 0,
    "vanity_url_code": None,
    "nsfw_level": 0,
}
"""The fields of an invite's partial guild that the trimmed table leaves out (Discord's example has them)."""


def _without(payload: _Payload, key: str) -> _Payload:
    """The payload without `key`: a field Discord documents as optional rather than nullable."""
    return {name: value for name, value in payload.items() if name != key}


def _with(**fields: typing.Any) -> typing.Callable[[_Payload], _Payload]:
    """The payload with the documented top-level `fields` hikari needs set."""
    return lambda payload: {**payload, **fields}


COMPLETE: typing.Final[dict[str, typing.Callable[[_Payload], _Payload]]] = {
    "deserialize_application": _with(approximate_guild_count=12, approximate_user_install_count=3),
    "deserialize_auto_mod_rule": lambda payload: {
        **payload,
        "trigger_metadata": {**payload["trigger_metadata"], "allow_list": []},
    },
    "deserialize_channel": _with(topic=None),
    "deserialize_guild_forum_channel": _with(topic=None),
    "deserialize_guild_media_channel": _with(topic=None),
    "deserialize_guild_news_channel": _with(topic=None),
    "deserialize_guild_stage_channel": _with(rtc_region=None, user_limit=0),
    "deserialize_known_custom_emoji": _with(available=True),
    "deserialize_rest_guild": _with(
        max_members=250000, max_presences=None, max_video_channel_users=25, stickers=[]
    ),
    "deserialize_interaction_callback_response": lambda payload: {
        "interaction": _without(payload["interaction"], "activity_instance_id"),  # optional, not nullable
        "resource": {**payload["resource"], "message": MESSAGE},
    },
    "deserialize_invite": lambda payload: {**payload, "guild": {**payload["guild"], **INVITE_GUILD}},
    "deserialize_invite_with_metadata": lambda payload: {
        **payload,
        "guild": {**payload["guild"], **INVITE_GUILD},
    },
    "deserialize_template": lambda payload: {
        **payload,
        "serialized_source_guild": {**payload["serialized_source_guild"], "icon_hash": None},
    },
    "deserialize_message": lambda _: MESSAGE,
    "deserialize_message_search_result": _with(messages=[[MESSAGE]]),
    "deserialize_pinned_message": _with(message=MESSAGE),
    "deserialize_entitlement": lambda payload: {
        key: value for key, value in payload.items() if key != "guild_id"
    },
}
"""How each trimmed table payload is made whole: what Discord documents and hikari reads."""

KNOWN: typing.Final[dict[str, tuple[str, str]]] = {
    "shard_id": (
        r"None != 'raises ZeroDivisionError'",
        "before a bot starts, hikari divides a guild's ID by a shard count of 0; hikari_like says None",
    ),
    "reset_at": (
        r"datetime\.datetime\(.*\) != datetime\.datetime\(.*\)",
        "both add `reset_after` to the moment each read it, so they differ by the microseconds between",
    ),
    **dict.fromkeys(
        ("user_mentions", "user_mentions_ids", "role_mention_ids"),
        (
            r"(\[\]|\{\}) != UNDEFINED",
            "hikari 2.7 reads a partial message's empty `mentions`/`mention_roles` as UNDEFINED (not"
            " sent); Discord sent them, empty, and hikari_like reads no mentions (docs/porting.md)",
        ),
    ),
}
"""Fields that differ on purpose: the field's name, the pattern its difference matches, and why."""


def unexplained(found: dict[str, str]) -> dict[str, str]:
    """The differences `KNOWN` does not explain."""
    return {path: difference for path, difference in found.items() if not _explained(path, difference)}


def _explained(path: str, difference: str) -> bool:
    known = KNOWN.get(path.rsplit(".", 1)[-1])
    return known is not None and re.fullmatch(known[0], difference) is not None


@pytest.fixture(scope="module")
def hikari_factory() -> hikari_entity_factory.EntityFactoryImpl:
    """hikari's entity factory over a gateway bot that is never started."""
    return hikari_entity_factory.EntityFactoryImpl(hikari.GatewayBot(TOKEN, banner=None, logs=None))


@pytest.fixture(scope="module")
def factory() -> EntityFactoryImpl:
    """hikari_like's entity factory over a REST client that is never started."""
    return EntityFactoryImpl(RESTClientImpl(token="a.b.c", token_type="Bot"))


def _as_documented(method: str, payload: _Payload) -> _Payload:
    """The table's payload for `method`, made whole as `COMPLETE` says."""
    complete = COMPLETE.get(method)
    return payload if complete is None else complete(payload)


CASES: typing.Final = (
    [
        (case.method, _as_documented(case.method, case.payload), case.kwargs)
        for case in table.CASES
        if hasattr(hikari_entity_factory.EntityFactoryImpl, case.method)
    ]
    + RICH_CASES
    + SPARSE_CASES
)


@pytest.mark.parametrize(("method", "payload", "kwargs"), CASES, ids=[case[0] for case in CASES])
def test_both_libraries_read_an_object_alike(
    hikari_factory: typing.Any,
    factory: EntityFactoryImpl,
    method: str,
    payload: _Payload,
    kwargs: dict[str, object],
) -> None:
    theirs = getattr(hikari_factory, method)(payload, **kwargs)
    ours = getattr(factory, method)(payload, **kwargs)

    assert unexplained(differences(ours, theirs)) == {}


def test_every_method_both_factories_have_is_compared() -> None:
    theirs = {
        name for name in dir(hikari_entity_factory.EntityFactoryImpl) if name.startswith("deserialize_")
    }
    ours = {name for name in dir(EntityFactoryImpl) if name.startswith("deserialize_")}

    assert {method for method, _, _ in CASES} == theirs & ours


def test_a_field_that_differs_is_named_with_both_values(
    hikari_factory: typing.Any, factory: EntityFactoryImpl
) -> None:
    renamed = {**table.USER, "username": "other"}

    found = differences(factory.deserialize_user(table.USER), hikari_factory.deserialize_user(renamed))

    assert found == {"username": "'nelly' != 'other'"}


def test_a_members_role_ids_include_the_guild_as_in_hikari(
    hikari_factory: typing.Any, factory: EntityFactoryImpl
) -> None:
    guild_id = snowflakes.Snowflake(table.GUILD_ID)

    ours = factory.deserialize_member(table.MEMBER, guild_id=guild_id).role_ids
    theirs = hikari_factory.deserialize_member(table.MEMBER, guild_id=hikari.Snowflake(guild_id)).role_ids

    assert list(ours) == list(theirs) == [snowflakes.Snowflake(table.ROLE["id"]), guild_id]
