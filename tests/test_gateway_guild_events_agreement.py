"""hikari_like's guild, member, role, ban, moderation, scheduled event, voice and user events agree
with hikari's: the same Discord payload read by hikari 2.7's event factory and by `EventFactoryImpl`
gives events of the same class name with the same values, field by field (entities compared by ID).
A payload that lacks what its event needs gives only its `ShardPayloadEvent` and a warning."""

from __future__ import annotations

import logging
import typing

import hikari
import pytest

import hikari_like
from hikari_like.impl.gateway.event_factory import EventFactoryImpl
from hikari_like.impl.gateway.parsing.guild_dispatches import GuildDispatches
from hikari_like.impl.gateway.parsing.member_dispatches import MemberDispatches
from hikari_like.impl.gateway.parsing.moderation_dispatches import ModerationDispatches
from hikari_like.impl.gateway.parsing.voice_dispatches import VoiceDispatches
from tests.agreement import differences
from tests.gateway_programs import BOT_ID
from tests.gateway_programs import TOKEN
from tests.helpers import APP
from tests.test_events_factory import SHARD
from tests.test_events_factory import FakeShard
from tests.test_gateway_channel_events import AUTHOR
from tests.test_gateway_channel_events import GUILD
from tests.test_gateway_channel_events import MEMBER
from tests.test_gateway_channel_events import USER
from tests.test_gateway_guild_events import EMOJI
from tests.test_gateway_guild_events import INTEGRATION
from tests.test_gateway_guild_events import ROLE
from tests.test_gateway_guild_events import ROLE_OBJECT
from tests.test_gateway_guild_events import RULE
from tests.test_gateway_guild_events import SCHEDULED
from tests.test_gateway_guild_events import STICKER
from tests.test_gateway_guild_events import VOICE_STATE
from tests.test_gateway_guild_events import guild_create


class _BotShard(FakeShard):
    """A shard that knows the bot's user ID, which hikari reads the bot's own member with."""

    def get_user_id(self) -> hikari.Snowflake:
        return hikari.Snowflake(BOT_ID)


USER_IN_GUILD = {"guild_id": GUILD, "user": AUTHOR}
STATE = {**VOICE_STATE, "guild_id": GUILD, "channel_id": "400000000000000004", "member": MEMBER}
PRESENCE = {"user": {"id": USER}, "guild_id": GUILD, "status": "idle", "activities": [], "client_status": {}}
SUBSCRIBER = {"guild_scheduled_event_id": SCHEDULED["id"], "user_id": USER, "guild_id": GUILD}
VOICE_CHANNEL = {"id": "400000000000000004", "guild_id": GUILD}
STAGE = {
    "id": "400000000000000007",
    "guild_id": GUILD,
    "channel_id": "400000000000000004",
    "topic": "Office hours",
    "privacy_level": 2,
    "discoverable_disabled": False,
    "guild_scheduled_event_id": SCHEDULED["id"],
}
COMMAND_PERMISSIONS = {
    "id": "400000000000000008",
    "application_id": BOT_ID,
    "guild_id": GUILD,
    "permissions": [
        {"id": ROLE, "type": 1, "permission": False},
        {"id": USER, "type": 2, "permission": True},
        {"id": "400000000000000004", "type": 3, "permission": True},
    ],
}

MEMBERS_CHUNK = {  # discord-api-docs "Guild Members Chunk", answering a request with user_ids
    "guild_id": GUILD,
    "members": [MEMBER],
    "chunk_index": 1,
    "chunk_count": 3,
    "not_found": [200000000000000077, "200000000000000078"],  # Discord sends some IDs as numbers
    "presences": [PRESENCE],
    "nonce": "census-1",
}

CASES: list[tuple[str, str, dict[str, typing.Any]]] = [
    ("GUILD_MEMBER_ADD", "deserialize_guild_member_add_event", {**MEMBER, "guild_id": GUILD}),
    (
        "GUILD_MEMBER_UPDATE",
        "deserialize_guild_member_update_event",
        {**MEMBER, "guild_id": GUILD, "nick": "k"},
    ),
    ("GUILD_MEMBER_REMOVE", "deserialize_guild_member_remove_event", USER_IN_GUILD),
    ("GUILD_ROLE_CREATE", "deserialize_guild_role_create_event", {"guild_id": GUILD, "role": ROLE_OBJECT}),
    ("GUILD_ROLE_UPDATE", "deserialize_guild_role_update_event", {"guild_id": GUILD, "role": ROLE_OBJECT}),
    ("GUILD_ROLE_DELETE", "deserialize_guild_role_delete_event", {"guild_id": GUILD, "role_id": ROLE}),
    ("GUILD_BAN_ADD", "deserialize_guild_ban_add_event", USER_IN_GUILD),
    ("GUILD_BAN_REMOVE", "deserialize_guild_ban_remove_event", USER_IN_GUILD),
    (
        "GUILD_CREATE",
        "deserialize_guild_available_event",
        guild_create(unavailable=False, roles=[ROLE_OBJECT]),
    ),
    ("GUILD_CREATE", "deserialize_guild_join_event", guild_create(roles=[ROLE_OBJECT])),
    ("GUILD_UPDATE", "deserialize_guild_update_event", guild_create(roles=[ROLE_OBJECT])),
    ("GUILD_DELETE", "deserialize_guild_leave_event", {"id": GUILD}),
    ("GUILD_DELETE", "deserialize_guild_unavailable_event", {"id": GUILD, "unavailable": True}),
    ("GUILD_EMOJIS_UPDATE", "deserialize_guild_emojis_update_event", {"guild_id": GUILD, "emojis": [EMOJI]}),
    (
        "GUILD_STICKERS_UPDATE",
        "deserialize_guild_stickers_update_event",
        {"guild_id": GUILD, "stickers": [STICKER]},
    ),
    ("INTEGRATION_CREATE", "deserialize_integration_create_event", INTEGRATION),
    ("INTEGRATION_UPDATE", "deserialize_integration_update_event", INTEGRATION),
    (
        "INTEGRATION_DELETE",
        "deserialize_integration_delete_event",
        {"id": INTEGRATION["id"], "guild_id": GUILD},
    ),
    ("PRESENCE_UPDATE", "deserialize_presence_update_event", PRESENCE),
    ("AUTO_MODERATION_RULE_CREATE", "deserialize_auto_mod_rule_create_event", RULE),
    ("AUTO_MODERATION_RULE_UPDATE", "deserialize_auto_mod_rule_update_event", RULE),
    ("AUTO_MODERATION_RULE_DELETE", "deserialize_auto_mod_rule_delete_event", RULE),
    (
        "AUTO_MODERATION_ACTION_EXECUTION",
        "deserialize_auto_mod_action_execution_event",
        {
            "guild_id": GUILD,
            "action": {"type": 1, "metadata": {"custom_message": "no"}},
            "rule_id": RULE["id"],
            "rule_trigger_type": 1,
            "user_id": USER,
            "channel_id": "400000000000000004",
            "content": "a cat",
            "matched_keyword": "cat*",
            "matched_content": "cat",
        },
    ),
    (
        "GUILD_AUDIT_LOG_ENTRY_CREATE",
        "deserialize_audit_log_entry_create_event",
        {
            "id": "1100000000000000011",
            "guild_id": GUILD,
            "user_id": USER,
            "target_id": "4343",
            "action_type": 22,
        },
    ),
    ("GUILD_SCHEDULED_EVENT_CREATE", "deserialize_scheduled_event_create_event", SCHEDULED),
    ("GUILD_SCHEDULED_EVENT_UPDATE", "deserialize_scheduled_event_update_event", SCHEDULED),
    ("GUILD_SCHEDULED_EVENT_DELETE", "deserialize_scheduled_event_delete_event", SCHEDULED),
    ("GUILD_SCHEDULED_EVENT_USER_ADD", "deserialize_scheduled_event_user_add_event", SUBSCRIBER),
    ("GUILD_SCHEDULED_EVENT_USER_REMOVE", "deserialize_scheduled_event_user_remove_event", SUBSCRIBER),
    (
        "APPLICATION_COMMAND_PERMISSIONS_UPDATE",
        "deserialize_application_command_permission_update_event",
        COMMAND_PERMISSIONS,
    ),
    ("VOICE_STATE_UPDATE", "deserialize_voice_state_update_event", STATE),
    ("STAGE_INSTANCE_CREATE", "deserialize_stage_instance_create_event", STAGE),
    ("STAGE_INSTANCE_UPDATE", "deserialize_stage_instance_update_event", {**STAGE, "topic": "AMA"}),
    ("STAGE_INSTANCE_DELETE", "deserialize_stage_instance_delete_event", STAGE),
    ("GUILD_MEMBERS_CHUNK", "deserialize_guild_member_chunk_event", MEMBERS_CHUNK),
    (
        "GUILD_MEMBERS_CHUNK",
        "deserialize_guild_member_chunk_event",
        {"guild_id": GUILD, "members": [], "chunk_index": 0, "chunk_count": 1},
    ),
    (
        "VOICE_SERVER_UPDATE",
        "deserialize_voice_server_update_event",
        {"token": "t", "guild_id": GUILD, "endpoint": "x.discord.media:2048"},
    ),
    (
        "VOICE_CHANNEL_STATUS_UPDATE",
        "deserialize_voice_channel_status_update_event",
        {**VOICE_CHANNEL, "status": "Listening"},
    ),
    (
        "VOICE_CHANNEL_START_TIME_UPDATE",
        "deserialize_voice_channel_start_time_update_event",
        {**VOICE_CHANNEL, "voice_start_time": 1714564800},
    ),
    (
        "USER_UPDATE",
        "deserialize_own_user_update_event",
        {**AUTHOR, "bot": True, "verified": True, "mfa_enabled": False, "flags": 0},
    ),
]
FAMILIES = (GuildDispatches, MemberDispatches, ModerationDispatches, VoiceDispatches)


@pytest.fixture(scope="module")
def hikari_factory() -> typing.Any:
    return hikari.GatewayBot(TOKEN, banner=None, logs=None).event_factory


@pytest.mark.parametrize(
    ("name", "method", "payload"), CASES, ids=[f"{case[0]}-{i}" for i, case in enumerate(CASES)]
)
def test_both_libraries_read_a_dispatch_alike(
    hikari_factory: typing.Any, name: str, method: str, payload: dict[str, typing.Any]
) -> None:
    shard = _BotShard()
    theirs = getattr(hikari_factory, method)(shard, payload)
    _, ours = EventFactoryImpl(APP).deserialize(shard, name, payload)

    assert type(ours).__name__ == type(theirs).__name__
    # hikari's bot here runs no shards, so its models' shard_id raise; ours say None.
    assert {
        path: why for path, why in differences(ours, theirs).items() if not path.endswith("shard_id")
    } == {}


def test_every_dispatch_of_the_families_is_compared() -> None:
    assert {name for name, _, _ in CASES} == {name for family in FAMILIES for name in family.DISPATCHES}


@pytest.mark.parametrize("name", sorted({name for family in FAMILIES for name in family.DISPATCHES}))
def test_a_dispatch_missing_its_ids_gives_only_its_raw_event(
    name: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, "hikari_like.event_factory")
    (raw,) = EventFactoryImpl(APP).deserialize(SHARD, name, {"guild_id": "not an id", "id": "nor this"})

    assert isinstance(raw, hikari_like.ShardPayloadEvent)
    assert f"could not parse a {name} dispatch" in caplog.text
