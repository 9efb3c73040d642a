"""Member, role, ban, guild, auto-moderation, audit log and scheduled event dispatches reach a real
GatewayBot's listeners as hikari's event classes, with the payload's fields read by the models' own parsers.

Each test sends one Discord-shaped dispatch (discord-api-docs, "Gateway Events") through the
emulated gateway to a bot that connected to it, and reads what its listener got.
"""

from __future__ import annotations

import logging

import pytest

import hikari_like
from hikari_like.snowflakes import Snowflake
from hikari_like.testing.emulator import payloads
from tests import test_gateway_bot
from tests import test_gateway_channel_events
from tests.test_gateway_channel_events import AUTHOR
from tests.test_gateway_channel_events import GUILD
from tests.test_gateway_channel_events import MEMBER
from tests.test_gateway_channel_events import USER
from tests.test_gateway_channel_events import Live

# The bot (with every intent) connected to the emulated gateway, as the channel events' tests have it.
gateway, running, wired = test_gateway_bot.gateway, test_gateway_bot.running, test_gateway_bot.wired
live = test_gateway_channel_events.live


ROLE = "800000000000000008"
ROLE_OBJECT = {
    "id": ROLE,
    "name": "mods",
    "color": 0x3498DB,
    "hoist": True,
    "position": 3,
    "permissions": "8",
    "managed": False,
    "mentionable": True,
    "flags": 0,
}


# -- members -----------------------------------------------------------------------------------------


async def test_a_member_joining_carries_the_member(live: Live) -> None:
    data = {**MEMBER, "guild_id": GUILD, "nick": "kat", "roles": [ROLE]}
    event = await live.receive("GUILD_MEMBER_ADD", data, hikari_like.MemberEvent)

    assert type(event) is hikari_like.MemberCreateEvent
    assert (event.guild_id, event.user_id) == (int(GUILD), int(USER))
    assert event.member.nickname == "kat"
    assert int(ROLE) in event.member.role_ids
    assert event.user.username == "someone"
    assert (event.app, event.get_guild()) == (live.bot, None)


async def test_a_member_update_has_no_old_member(live: Live) -> None:
    data: dict[str, object] = {
        "guild_id": GUILD,
        "user": AUTHOR,
        "roles": [],
        "nick": None,
        "joined_at": None,
    }
    event = await live.receive("GUILD_MEMBER_UPDATE", data, hikari_like.MemberUpdateEvent)

    assert (event.member.nickname, event.old_member) == (None, None)
    assert event.member.display_name == "Someone"
    assert event.guild_id == int(GUILD)


async def test_a_member_leaving_is_known_by_its_user(live: Live) -> None:
    data = {"guild_id": GUILD, "user": AUTHOR}
    event = await live.receive("GUILD_MEMBER_REMOVE", data, hikari_like.MemberDeleteEvent)

    assert (event.guild_id, event.user_id, event.old_member) == (int(GUILD), int(USER), None)
    assert event.app is live.bot


# -- roles -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [("GUILD_ROLE_CREATE", hikari_like.RoleCreateEvent), ("GUILD_ROLE_UPDATE", hikari_like.RoleUpdateEvent)],
)
async def test_a_role_created_or_changed_carries_the_role(
    live: Live, name: str, kind: type[hikari_like.Event]
) -> None:
    event = await live.receive(name, {"guild_id": GUILD, "role": ROLE_OBJECT}, hikari_like.RoleEvent)

    assert type(event) is kind
    assert (event.guild_id, event.role_id) == (int(GUILD), int(ROLE))
    assert isinstance(event, hikari_like.RoleCreateEvent | hikari_like.RoleUpdateEvent)
    assert (event.role.name, event.role.is_hoisted, event.role.position) == ("mods", True, 3)
    assert event.role.permissions == hikari_like.Permissions.ADMINISTRATOR
    assert event.app is live.bot


async def test_a_deleted_role_is_known_by_its_id(live: Live) -> None:
    data = {"guild_id": GUILD, "role_id": ROLE}
    event = await live.receive("GUILD_ROLE_DELETE", data, hikari_like.RoleDeleteEvent)

    assert (event.guild_id, event.role_id, event.old_role) == (int(GUILD), int(ROLE), None)


# -- bans --------------------------------------------------------------------------------------------


async def test_a_ban_fetches_its_reason_over_rest(live: Live) -> None:
    discord = live.discord
    user = discord.add_user("troll", user_id=4343)
    discord.add_ban(4343, reason="spam")
    data = {"guild_id": discord.guild_id, "user": user}
    event = await live.receive("GUILD_BAN_ADD", data, hikari_like.BanEvent)

    assert type(event) is hikari_like.BanCreateEvent
    assert (event.guild_id, event.user_id) == (int(discord.guild_id), 4343)
    assert (await event.fetch_ban()).reason == "spam"
    assert (await event.fetch_user()).username == "troll"
    assert (await event.fetch_guild()).id == int(discord.guild_id)
    assert event.get_guild() is None


async def test_an_unban(live: Live) -> None:
    event = await live.receive("GUILD_BAN_REMOVE", {"guild_id": GUILD, "user": AUTHOR}, hikari_like.BanEvent)

    assert type(event) is hikari_like.BanDeleteEvent
    assert isinstance(event, hikari_like.GuildEvent)
    assert (event.guild_id, event.user.username) == (int(GUILD), "someone")


# -- faults ------------------------------------------------------------------------------------------


async def test_a_member_payload_without_its_user_fires_only_its_raw_event(
    live: Live, caplog: pytest.LogCaptureFixture
) -> None:
    typed: list[hikari_like.Event] = []

    @live.bot.listen()
    async def on_member(event: hikari_like.MemberEvent) -> None:
        typed.append(event)

    caplog.set_level(logging.WARNING, "hikari_like.event_factory")
    raw = await live.receive(
        "GUILD_MEMBER_ADD", {"guild_id": GUILD, "roles": []}, hikari_like.ShardPayloadEvent
    )
    # A later dispatch that parses shows the bad one was handled (and fired nothing typed).
    await live.receive(
        "GUILD_MEMBER_REMOVE", {"guild_id": GUILD, "user": AUTHOR}, hikari_like.MemberDeleteEvent
    )

    assert raw.name == "GUILD_MEMBER_ADD"
    assert [type(event) for event in typed] == [hikari_like.MemberDeleteEvent]
    assert "could not parse a GUILD_MEMBER_ADD dispatch" in caplog.text


# -- guilds ------------------------------------------------------------------------------------------

CHANNEL_ID, THREAD_ID = "400000000000000004", "600000000000000006"
CHANNEL_OBJECT = {
    "id": CHANNEL_ID,
    "guild_id": GUILD,
    "type": 0,
    "name": "general",
    "position": 0,
    "permission_overwrites": [],
    "nsfw": False,
    "topic": None,
    "last_message_id": None,
    "rate_limit_per_user": 0,
    "parent_id": None,
}
THREAD_OBJECT = {
    "id": THREAD_ID,
    "guild_id": GUILD,
    "parent_id": CHANNEL_ID,
    "owner_id": USER,
    "type": 11,
    "name": "ideas",
    "message_count": 3,
    "member_count": 2,
    "rate_limit_per_user": 0,
    "last_message_id": None,
    "thread_metadata": {
        "archived": False,
        "auto_archive_duration": 1440,
        "archive_timestamp": "2024-01-01T00:00:00.000000+00:00",
        "locked": False,
    },
}


EMOJI = {
    "id": "900000000000000009",
    "name": "blob",
    "animated": False,
    "available": True,
    "roles": [],
    "require_colons": True,
    "managed": False,
}


VOICE_STATE = {  # in a GUILD_CREATE, without its guild_id
    "user_id": USER,
    "channel_id": None,
    "session_id": "90326bd25d71d39b9ef95b299e3872ff",
    "deaf": False,
    "mute": False,
    "self_deaf": False,
    "self_mute": True,
    "self_video": False,
    "suppress": False,
    "request_to_speak_timestamp": None,
}


def guild_create(**extra: object) -> dict[str, object]:
    """A GUILD_CREATE's `d`: a guild object with the extra fields the gateway adds."""
    return {
        **payloads.guild_payload(GUILD, name="Emulated Guild", owner_id=USER, features=["COMMUNITY"]),
        "roles": [{**ROLE_OBJECT, "id": GUILD, "name": "@everyone", "position": 0}, ROLE_OBJECT],
        "emojis": [EMOJI],
        "stickers": [],
        "joined_at": "2024-01-01T00:00:00.000000+00:00",
        "large": False,
        "member_count": 2,
        "members": [MEMBER],
        "channels": [CHANNEL_OBJECT],
        "threads": [THREAD_OBJECT],
        "voice_states": [VOICE_STATE],
        "presences": [{"user": {"id": USER}, "status": "online", "activities": [], "client_status": {}}],
        **extra,
    }


async def test_a_guild_loading_after_ready_is_available_with_its_contents(live: Live) -> None:
    event = await live.receive(
        "GUILD_CREATE", guild_create(unavailable=False), hikari_like.GuildVisibilityEvent
    )

    assert type(event) is hikari_like.GuildAvailableEvent
    assert isinstance(event.guild, hikari_like.GatewayGuild)
    assert (event.guild_id, event.guild.name, event.guild.member_count) == (int(GUILD), "Emulated Guild", 2)
    assert (event.guild.is_large, event.guild.joined_at is not None) == (False, True)
    assert set(event.roles) == {int(GUILD), int(ROLE)}
    assert [emoji.name for emoji in event.emojis.values()] == ["blob"]
    assert isinstance(event.channels[Snowflake(CHANNEL_ID)], hikari_like.GuildTextChannel)
    assert isinstance(event.threads[Snowflake(THREAD_ID)], hikari_like.GuildPublicThread)
    assert event.members[Snowflake(USER)].user.username == "someone"
    assert event.presences[Snowflake(USER)].visible_status == hikari_like.Status.ONLINE
    assert event.voice_states[Snowflake(USER)].channel_id is None
    assert (event.chunk_nonce, event.app, event.get_guild()) == (None, live.bot, None)


async def test_a_guild_without_the_unavailable_field_was_just_joined(live: Live) -> None:
    event = await live.receive("GUILD_CREATE", guild_create(), hikari_like.GuildVisibilityEvent)

    assert type(event) is hikari_like.GuildJoinEvent
    assert event.guild.features == [hikari_like.GuildFeature.COMMUNITY]


async def test_a_guild_update_carries_its_roles_and_emojis(live: Live) -> None:
    data = {key: value for key, value in guild_create(name="Renamed").items() if key != "members"}
    event = await live.receive("GUILD_UPDATE", data, hikari_like.GuildUpdateEvent)

    assert (event.guild.name, event.old_guild) == ("Renamed", None)
    assert event.roles[Snowflake(ROLE)].name == "mods"
    assert event.stickers == {}


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ({"id": GUILD, "unavailable": True}, hikari_like.GuildUnavailableEvent),
        ({"id": GUILD}, hikari_like.GuildLeaveEvent),
    ],
)
async def test_a_guild_delete_is_an_outage_or_a_leave(
    live: Live, data: dict[str, object], kind: type[hikari_like.Event]
) -> None:
    event = await live.receive("GUILD_DELETE", data, hikari_like.GuildVisibilityEvent)

    assert type(event) is kind
    assert (event.guild_id, event.app) == (int(GUILD), live.bot)


async def test_a_guild_still_unavailable_fires_only_its_raw_event_and_logs_nothing(
    live: Live, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, "hikari_like.event_factory")
    seen: list[hikari_like.Event] = []

    @live.bot.listen()
    async def on_guild(event: hikari_like.GuildEvent) -> None:
        seen.append(event)

    raw = await live.receive(
        "GUILD_CREATE", {"id": GUILD, "unavailable": True}, hikari_like.ShardPayloadEvent
    )
    await live.receive("GUILD_DELETE", {"id": GUILD}, hikari_like.GuildLeaveEvent)

    assert raw.payload == {"id": GUILD, "unavailable": True}
    assert [type(event) for event in seen] == [hikari_like.GuildLeaveEvent]
    # A guild in an outage is nothing wrong with the payload: no "could not parse" warning.
    assert [r.message for r in caplog.records if r.name == "hikari_like.event_factory"] == []


# -- auto-moderation, audit log, scheduled events ----------------------------------------------------

RULE = {
    "id": "969707018069872670",
    "guild_id": GUILD,
    "name": "Keyword Filter 1",
    "creator_id": USER,
    "event_type": 1,
    "trigger_type": 1,
    "trigger_metadata": {"keyword_filter": ["cat*", "*dog"], "regex_patterns": [], "allow_list": []},
    "actions": [{"type": 1, "metadata": {"custom_message": "Please keep it civil"}}],
    "enabled": True,
    "exempt_roles": [ROLE],
    "exempt_channels": [],
}
SCHEDULED_ID = "1000000000000000010"
SCHEDULED = {
    "id": SCHEDULED_ID,
    "guild_id": GUILD,
    "channel_id": None,
    "creator_id": USER,
    "name": "Game night",
    "description": None,
    "scheduled_start_time": "2024-06-01T20:00:00.000000+00:00",
    "scheduled_end_time": "2024-06-01T23:00:00.000000+00:00",
    "privacy_level": 2,
    "status": 1,
    "entity_type": 3,
    "entity_id": None,
    "entity_metadata": {"location": "The park"},
    "user_count": 4,
}
RULE_EVENTS = (
    hikari_like.events.AutoModRuleCreateEvent,
    hikari_like.events.AutoModRuleUpdateEvent,
    hikari_like.events.AutoModRuleDeleteEvent,
)
SCHEDULED_EVENTS = (
    hikari_like.ScheduledEventCreateEvent,
    hikari_like.ScheduledEventUpdateEvent,
    hikari_like.ScheduledEventDeleteEvent,
)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("AUTO_MODERATION_RULE_CREATE", hikari_like.events.AutoModRuleCreateEvent),
        ("AUTO_MODERATION_RULE_UPDATE", hikari_like.events.AutoModRuleUpdateEvent),
        ("AUTO_MODERATION_RULE_DELETE", hikari_like.events.AutoModRuleDeleteEvent),
    ],
)
async def test_auto_mod_rule_events_carry_the_rule(
    live: Live, name: str, kind: type[hikari_like.Event]
) -> None:
    event = await live.receive(name, RULE, hikari_like.events.AutoModEvent)

    assert type(event) is kind
    assert isinstance(event, RULE_EVENTS)
    assert (event.rule.name, event.rule.guild_id, event.app) == ("Keyword Filter 1", int(GUILD), live.bot)


async def test_an_auto_mod_action_execution(live: Live) -> None:
    data = {
        "guild_id": GUILD,
        "action": {"type": 3, "metadata": {"duration_seconds": 60}},
        "rule_id": RULE["id"],
        "rule_trigger_type": 1,
        "user_id": USER,
        "channel_id": "400000000000000004",
        "content": "a cat picture",
        "matched_keyword": "cat*",
        "matched_content": "cat",
    }
    event = await live.receive("AUTO_MODERATION_ACTION_EXECUTION", data, hikari_like.events.AutoModEvent)

    assert isinstance(event, hikari_like.events.AutoModActionExecutionEvent)
    assert isinstance(event.action, hikari_like.AutoModTimeout)
    assert event.rule_trigger_type is hikari_like.AutoModTriggerType.KEYWORD
    assert (event.user_id, event.message_id, event.alert_system_message_id) == (int(USER), None, None)
    assert (event.content, event.matched_keyword, event.matched_content) == ("a cat picture", "cat*", "cat")


async def test_an_audit_log_entry(live: Live) -> None:
    data = {
        "id": "1100000000000000011",
        "guild_id": GUILD,
        "user_id": USER,
        "target_id": "4343",
        "action_type": 22,
        "reason": "spam",
        "changes": [],
    }
    event = await live.receive("GUILD_AUDIT_LOG_ENTRY_CREATE", data, hikari_like.GuildEvent)

    assert isinstance(event, hikari_like.AuditLogEntryCreateEvent)
    assert (event.guild_id, event.entry.reason, event.entry.target_id) == (int(GUILD), "spam", 4343)
    assert event.entry.action_type == hikari_like.AuditLogEventType.MEMBER_BAN_ADD
    assert event.app is live.bot


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("GUILD_SCHEDULED_EVENT_CREATE", hikari_like.ScheduledEventCreateEvent),
        ("GUILD_SCHEDULED_EVENT_UPDATE", hikari_like.ScheduledEventUpdateEvent),
        ("GUILD_SCHEDULED_EVENT_DELETE", hikari_like.ScheduledEventDeleteEvent),
    ],
)
async def test_scheduled_events_carry_the_event(live: Live, name: str, kind: type[hikari_like.Event]) -> None:
    event = await live.receive(name, SCHEDULED, hikari_like.ScheduledEventEvent)

    assert type(event) is kind
    assert isinstance(event, SCHEDULED_EVENTS)
    assert isinstance(event.event, hikari_like.ScheduledExternalEvent)
    assert (event.event_id, event.event.name, event.event.location) == (
        int(SCHEDULED_ID),
        "Game night",
        "The park",
    )
    assert event.app is live.bot


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("GUILD_SCHEDULED_EVENT_USER_ADD", hikari_like.ScheduledEventUserAddEvent),
        ("GUILD_SCHEDULED_EVENT_USER_REMOVE", hikari_like.ScheduledEventUserRemoveEvent),
    ],
)
async def test_scheduled_event_subscriptions(live: Live, name: str, kind: type[hikari_like.Event]) -> None:
    data = {"guild_scheduled_event_id": SCHEDULED_ID, "user_id": USER, "guild_id": GUILD}
    event = await live.receive(name, data, hikari_like.ScheduledEventEvent)

    assert type(event) is kind
    assert isinstance(
        event, hikari_like.ScheduledEventUserAddEvent | hikari_like.ScheduledEventUserRemoveEvent
    )
    assert (event.event_id, event.user_id, event.guild_id) == (int(SCHEDULED_ID), int(USER), int(GUILD))


# -- emojis, stickers, integrations, presences, voice, own user --------------------------------------

STICKER = {
    "id": "910000000000000010",
    "name": "wave",
    "tags": "wave",
    "type": 2,
    "format_type": 1,
    "description": "hi",
    "available": True,
    "guild_id": GUILD,
}
INTEGRATION_ID = "920000000000000011"
INTEGRATION = {
    "id": INTEGRATION_ID,
    "guild_id": GUILD,
    "name": "Some Bot",
    "type": "discord",
    "enabled": True,
    "account": {"id": "930000000000000012", "name": "Some Bot"},
    "application": {"id": "930000000000000012", "name": "Some Bot", "icon": None, "description": ""},
}


async def test_the_guilds_emojis_and_stickers_now(live: Live) -> None:
    discord = live.discord
    emojis = await live.receive(
        "GUILD_EMOJIS_UPDATE", {"guild_id": GUILD, "emojis": [EMOJI]}, hikari_like.EmojisUpdateEvent
    )
    stickers = await live.receive(
        "GUILD_STICKERS_UPDATE",
        {"guild_id": discord.guild_id, "stickers": [STICKER]},
        hikari_like.StickersUpdateEvent,
    )

    assert ([emoji.name for emoji in emojis.emojis], emojis.old_emojis) == (["blob"], None)
    assert ([sticker.name for sticker in stickers.stickers], stickers.old_stickers) == (["wave"], None)
    assert await stickers.fetch_stickers() == []  # the emulated guild has none


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("INTEGRATION_CREATE", hikari_like.IntegrationCreateEvent),
        ("INTEGRATION_UPDATE", hikari_like.IntegrationUpdateEvent),
    ],
)
async def test_an_integration_added_or_changed(live: Live, name: str, kind: type[hikari_like.Event]) -> None:
    event = await live.receive(name, INTEGRATION, hikari_like.IntegrationEvent)

    assert type(event) is kind
    assert (event.id, event.guild_id, event.application_id) == (
        int(INTEGRATION_ID),
        int(GUILD),
        930000000000000012,
    )


async def test_an_integration_removed(live: Live) -> None:
    data = {"id": INTEGRATION_ID, "guild_id": GUILD}
    event = await live.receive("INTEGRATION_DELETE", data, hikari_like.IntegrationDeleteEvent)

    assert (event.id, event.guild_id, event.application_id) == (int(INTEGRATION_ID), int(GUILD), None)


async def test_a_presence_update_with_only_the_users_id(live: Live) -> None:
    data = {
        "user": {"id": USER},
        "guild_id": GUILD,
        "status": "idle",
        "activities": [{"name": "chess", "type": 0, "created_at": 1714564800000}],
        "client_status": {"desktop": "idle"},
    }
    event = await live.receive("PRESENCE_UPDATE", data, hikari_like.PresenceUpdateEvent)

    assert (event.user_id, event.guild_id, event.user, event.old_presence) == (
        int(USER),
        int(GUILD),
        None,
        None,
    )
    assert event.presence.visible_status == hikari_like.Status.IDLE
    assert [activity.name for activity in event.presence.activities] == ["chess"]
    assert event.get_user() is None


async def test_a_presence_update_that_names_the_user(live: Live) -> None:
    data = {"user": AUTHOR, "guild_id": GUILD, "status": "online", "activities": [], "client_status": {}}
    event = await live.receive("PRESENCE_UPDATE", data, hikari_like.PresenceUpdateEvent)

    assert isinstance(event.user, hikari_like.User)
    assert event.user.username == "someone"


async def test_voice_state_and_server_updates(live: Live) -> None:
    state = {**VOICE_STATE, "guild_id": GUILD, "channel_id": CHANNEL_ID, "member": MEMBER}
    moved = await live.receive("VOICE_STATE_UPDATE", state, hikari_like.VoiceEvent)
    server = {"token": "my_token", "guild_id": GUILD, "endpoint": "sweetwater-12345.discord.media:2048"}
    told = await live.receive("VOICE_SERVER_UPDATE", server, hikari_like.VoiceEvent)

    assert isinstance(moved, hikari_like.VoiceStateUpdateEvent)
    assert (moved.guild_id, moved.state.channel_id, moved.state.is_self_muted) == (
        int(GUILD),
        400000000000000004,
        True,
    )
    assert (moved.old_state, moved.app) == (None, live.bot)
    assert isinstance(told, hikari_like.VoiceServerUpdateEvent)
    assert told.endpoint == "wss://sweetwater-12345.discord.media:2048"
    assert "my_token" not in repr(told)


async def test_the_bots_own_user_changed(live: Live) -> None:
    data = {**AUTHOR, "bot": True, "verified": True, "mfa_enabled": False, "flags": 0}
    event = await live.receive("USER_UPDATE", data, hikari_like.OwnUserUpdateEvent)

    assert isinstance(event.user, hikari_like.OwnUser)
    assert (event.user.username, event.old_user, event.app) == ("someone", None, live.bot)


async def test_a_voice_channels_status_and_start_time(live: Live) -> None:
    channel = {"id": "400000000000000004", "guild_id": GUILD}
    status = await live.receive(
        "VOICE_CHANNEL_STATUS_UPDATE", {**channel, "status": "Listening"}, hikari_like.VoiceEvent
    )
    started = await live.receive(
        "VOICE_CHANNEL_START_TIME_UPDATE", {**channel, "voice_start_time": 1714564800}, hikari_like.VoiceEvent
    )

    assert isinstance(status, hikari_like.VoiceChannelStatusUpdateEvent)
    assert (status.guild_id, status.channel_id, status.status) == (
        int(GUILD),
        400000000000000004,
        "Listening",
    )
    assert isinstance(started, hikari_like.VoiceChannelStartTimeUpdateEvent)
    assert started.voice_start_time is not None
    assert started.voice_start_time.year == 2024


# -- stages and command permissions ------------------------------------------------------------------


STAGE = {
    "id": "400000000000000007",
    "guild_id": GUILD,
    "channel_id": "400000000000000004",
    "topic": "Office hours",
    "privacy_level": 2,
    "discoverable_disabled": False,
    "guild_scheduled_event_id": None,
}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("STAGE_INSTANCE_CREATE", hikari_like.events.StageInstanceCreateEvent),
        ("STAGE_INSTANCE_UPDATE", hikari_like.events.StageInstanceUpdateEvent),
        ("STAGE_INSTANCE_DELETE", hikari_like.events.StageInstanceDeleteEvent),
    ],
)
async def test_stage_instance_events_carry_the_stage(
    live: Live, name: str, kind: type[hikari_like.Event]
) -> None:
    event = await live.receive(name, STAGE, hikari_like.events.StageInstanceEvent)

    assert type(event) is kind
    assert isinstance(event, hikari_like.events.StageInstanceEvent)
    stage = event.stage_instance
    assert (stage.id, stage.channel_id, stage.topic) == (
        400000000000000007,
        400000000000000004,
        "Office hours",
    )
    assert stage.privacy_level is hikari_like.StageInstancePrivacyLevel.GUILD_ONLY
    assert event.app is live.bot


async def test_a_commands_permissions_changed_in_a_guild(live: Live) -> None:
    data = {
        "id": "400000000000000008",
        "application_id": "100000000000000001",
        "guild_id": GUILD,
        "permissions": [{"id": ROLE, "type": 1, "permission": False}],
    }
    event = await live.receive(
        "APPLICATION_COMMAND_PERMISSIONS_UPDATE",
        data,
        hikari_like.events.ApplicationCommandPermissionsUpdateEvent,
    )

    assert (event.permissions.command_id, event.permissions.guild_id) == (400000000000000008, int(GUILD))
    (overwrite,) = event.permissions.permissions
    assert (overwrite.id, overwrite.type, overwrite.has_access) == (
        int(ROLE),
        hikari_like.CommandPermissionType.ROLE,
        False,
    )
    assert event.app is live.bot
