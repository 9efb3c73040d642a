"""Request Guild Members end to end: `MemberChunkEvent` read from GUILD_MEMBERS_CHUNK (a sequence of
its members), and the emulated gateway answering opcode 8 by Discord's rules (user IDs and
`not_found`, query and limit, chunks of 1,000, presences, the nonce)."""

from __future__ import annotations

import typing

import pytest

import hikari_like
from hikari_like.impl.gateway.event_factory import EventFactoryImpl
from hikari_like.internal import json
from hikari_like.testing.emulator import payloads
from hikari_like.testing.gateway import member_requests
from tests.helpers import APP
from tests.test_events_factory import SHARD

GUILD: typing.Final = "500000000000000005"


def member(user_id: int, username: str, *, nick: str | None = None) -> json.JSONObject:
    return {
        "user": payloads.user_payload(str(user_id), username),
        "nick": nick,
        "roles": [],
        "joined_at": "2024-01-01T00:00:00.000000+00:00",
        "deaf": False,
        "mute": False,
    }


def presence(user_id: int) -> json.JSONObject:
    return {"user": {"id": str(user_id)}, "guild_id": GUILD, "status": "online", "activities": []}


MEMBERS: typing.Final = [
    member(1, "alice"),
    member(2, "Albert"),
    member(3, "bob", nick="Alfie"),
    member(4, "carol"),
]


def _chunk_event(payload: json.JSONObject) -> hikari_like.MemberChunkEvent:
    _, event = EventFactoryImpl(APP).deserialize(SHARD, "GUILD_MEMBERS_CHUNK", payload)
    assert isinstance(event, hikari_like.MemberChunkEvent)
    return event


# -- the event --------------------------------------------------------------------------------------


def test_a_chunk_is_a_sequence_of_its_members_in_discords_order() -> None:
    event = _chunk_event(
        {
            "guild_id": GUILD,
            "members": [*MEMBERS, {"user": {"id": "not an id"}}],  # an unreadable member is left out
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [9, "10", "eleven"],
            "presences": [presence(1)],
            "nonce": "n-1",
        }
    )

    assert len(event) == 4
    assert [m.username for m in event] == ["alice", "Albert", "bob", "carol"]
    assert (event[0].id, event[-1].id, [m.id for m in event[1:3]]) == (1, 4, [2, 3])
    assert event.members[hikari_like.Snowflake(3)].nickname == "Alfie"
    assert event.not_found == [9, 10]
    assert list(event.presences) == [1]
    assert (event.guild_id, event.chunk_index, event.chunk_count, event.nonce) == (int(GUILD), 0, 1, "n-1")
    assert event.shard is SHARD
    with pytest.raises(IndexError):
        event[4]


@pytest.mark.parametrize("missing", ["guild_id", "chunk_index", "chunk_count"])
def test_a_chunk_without_its_required_fields_is_only_a_raw_event(missing: str) -> None:
    payload = {"guild_id": GUILD, "members": [], "chunk_index": 0, "chunk_count": 1}
    del payload[missing]
    (raw,) = EventFactoryImpl(APP).deserialize(SHARD, "GUILD_MEMBERS_CHUNK", payload)
    assert isinstance(raw, hikari_like.ShardPayloadEvent)


# -- the emulated gateway's answer -------------------------------------------------------------------


def _answer(request: json.JSONObject, members: list[json.JSONObject] = MEMBERS) -> list[json.JSONObject]:
    return member_requests.member_chunks({"guild_id": GUILD, **request}, members, {"1": presence(1)})


def _names(chunk: json.JSONObject) -> list[str]:
    return [item["user"]["username"] for item in chunk["members"]]


def test_every_member_comes_with_an_empty_query_and_no_limit() -> None:
    [chunk] = _answer({"query": "", "limit": 0, "nonce": "all"})
    assert _names(chunk) == ["alice", "Albert", "bob", "carol"]
    assert (chunk["chunk_index"], chunk["chunk_count"], chunk["nonce"]) == (0, 1, "all")
    assert "presences" not in chunk


def test_a_query_matches_the_start_of_usernames_and_nicknames_without_case() -> None:
    assert _names(_answer({"query": "AL", "limit": 10})[0]) == ["alice", "Albert", "bob"]
    assert _names(_answer({"query": "al", "limit": 2})[0]) == ["alice", "Albert"]
    assert _names(_answer({"query": "zed", "limit": 10})[0]) == []


def test_user_ids_pick_members_and_name_the_others_not_found() -> None:
    [chunk] = _answer({"user_ids": ["4", "1", "99"], "presences": True})
    assert _names(chunk) == ["carol", "alice"]
    assert chunk["not_found"] == ["99"]
    assert chunk["presences"] == [presence(1)]


def test_members_come_in_chunks_of_a_thousand_and_a_query_gives_at_most_a_hundred() -> None:
    crowd = [member(n, f"user{n}") for n in range(1, 2501)]
    chunks = _answer({"query": "", "limit": 0}, crowd)
    assert [len(chunk["members"]) for chunk in chunks] == [1000, 1000, 500]
    assert [(chunk["chunk_index"], chunk["chunk_count"]) for chunk in chunks] == [(0, 3), (1, 3), (2, 3)]
    assert len(_answer({"query": "user", "limit": 0}, crowd)[0]["members"]) == 100
