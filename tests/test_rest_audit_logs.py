"""The audit log against the emulated Discord over loopback: what the emulator records (bans,
kicks, roles, auto-moderation rules, with the request's reason), `fetch_audit_log`'s pages and
filters, and the tolerant parsing of entries, changes and options."""

from __future__ import annotations

import datetime

import pytest

from hikari_like import audit_logs
from hikari_like import auto_mod
from hikari_like import channels
from hikari_like import colors
from hikari_like import guilds
from hikari_like import impl
from hikari_like import permissions
from hikari_like import snowflakes
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.permissions import Permissions
from tests.test_rest_members import refused
from tests.test_rest_members import take_from_bot

Event = audit_logs.AuditLogEventType


async def entries(rest: RESTClientImpl, guild: int, **filters: object) -> list[audit_logs.AuditLogEntry]:
    pages = await rest.fetch_audit_log(guild, **filters)  # type: ignore[arg-type]
    return [entry for page in pages for entry in page]


async def test_moderation_is_recorded_with_its_reason(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = int(discord.guild_id)
    discord.add_member("spammer", user_id=42)
    discord.add_member("noisy", user_id=43)

    await rest.ban_user(guild, 42, reason="spam links")
    await rest.unban_user(guild, 42, reason="appeal: accepted")
    await rest.kick_user(guild, 43)

    kick, unban, ban = await entries(rest, guild)
    me = int(discord.state.bot_user["id"])
    assert [entry.action_type for entry in (ban, unban, kick)] == [
        Event.MEMBER_BAN_ADD,
        Event.MEMBER_BAN_REMOVE,
        Event.MEMBER_KICK,
    ]
    assert (ban.target_id, ban.user_id, ban.guild_id, ban.reason) == (42, me, guild, "spam links")
    assert unban.reason == "appeal: accepted"
    assert (kick.target_id, kick.reason) == (43, None)
    assert (await kick.fetch_user()) is not None


async def test_role_changes_come_with_typed_changes(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = int(discord.guild_id)
    role = await rest.create_role(guild, name="mods", color=0x3498DB)
    await rest.edit_role(guild, role, name="moderators", permissions=permissions.Permissions.KICK_MEMBERS)
    await rest.delete_role(guild, role)

    deleted, updated, created = await entries(rest, guild)

    assert [e.action_type for e in (created, updated, deleted)] == [
        Event.ROLE_CREATE,
        Event.ROLE_UPDATE,
        Event.ROLE_DELETE,
    ]
    assert {e.target_id for e in (created, updated, deleted)} == {role.id}
    by_key = {change.key: change for change in updated.changes}
    assert (by_key[audit_logs.AuditLogChangeKey.NAME].old_value, by_key["name"].new_value) == (
        "mods",
        "moderators",
    )
    assert by_key[audit_logs.AuditLogChangeKey.PERMISSIONS].new_value == permissions.Permissions.KICK_MEMBERS
    color = {change.key: change for change in created.changes}[audit_logs.AuditLogChangeKey.COLOR]
    assert color.new_value == colors.Color(0x3498DB)


async def test_auto_mod_rules_are_logged_and_given_with_the_page(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    guild = int(discord.guild_id)
    rule = await rest.create_auto_mod_rule(
        guild,
        name="spam",
        event_type=auto_mod.AutoModEventType.MESSAGE_SEND,
        trigger=impl.AutoModSpamTriggerBuilder(),
        actions=[impl.AutoModBlockMessageActionBuilder()],
        reason="new rule",
    )
    await rest.edit_auto_mod_rule(guild, rule, enabled=True)

    (page,) = await rest.fetch_audit_log(guild)

    updated, created = page
    assert (created.action_type, created.reason, created.target_id) == (
        Event.AUTO_MODERATION_RULE_CREATE,
        "new rule",
        rule.id,
    )
    assert updated.action_type is Event.AUTO_MODERATION_RULE_UPDATE
    assert [(c.key, c.old_value, c.new_value) for c in updated.changes] == [("enabled", False, True)]
    assert list(page.auto_mod_rules) == [rule.id]
    assert int(discord.state.bot_user["id"]) in page.users
    assert page.entries[created.id] is created
    assert len(page) == 2


async def test_filters_and_pages(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = int(discord.guild_id)
    for user_id in range(100, 205):
        discord.add_user(f"user{user_id}", user_id=user_id)
        await rest.ban_user(guild, user_id)
    await rest.unban_user(guild, 100)

    pages = await rest.fetch_audit_log(guild)
    bans = await entries(rest, guild, event_type=Event.MEMBER_BAN_ADD)
    by_me = await entries(rest, guild, user=discord.state.bot_user["id"], event_type=23)
    nobody = await entries(rest, guild, user=12345)

    assert [len(page) for page in pages] == [100, 6]
    ids = [entry.id for page in pages for entry in page]
    assert ids == sorted(ids, reverse=True)  # newest first, across pages
    assert len(bans) == 105
    assert [entry.target_id for entry in by_me] == [100]
    assert nobody == []


async def test_before_and_after(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    guild = int(discord.guild_id)
    for user_id in (11, 12, 13, 14):
        discord.add_user(f"user{user_id}", user_id=user_id)
        await rest.ban_user(guild, user_id)
    first, second, third, fourth = reversed(await entries(rest, guild))

    older = await entries(rest, guild, before=third.id)
    newer = await entries(rest, guild, after=second)
    since_then = await entries(rest, guild, after=datetime.datetime(2016, 1, 1, tzinfo=datetime.UTC))

    assert [entry.id for entry in older] == [second.id, first.id]
    assert sorted(entry.id for entry in newer) == [third.id, fourth.id]
    assert len(since_then) == 4
    with pytest.raises(ValueError, match="together"):
        rest.fetch_audit_log(guild, before=1, after=2)


async def test_needs_view_audit_log(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    take_from_bot(discord, Permissions.VIEW_AUDIT_LOG)

    await refused(50013, rest.fetch_audit_log(int(discord.guild_id)).next())


def _entry(**fields: object) -> audit_logs.AuditLogEntry:
    payload = {"id": "500", "user_id": "2", "target_id": "3", "action_type": 1, **fields}
    return audit_logs.AuditLogEntry.from_payload(payload, app=None, guild_id=snowflakes.Snowflake(1))


def test_every_options_shape() -> None:
    overwrite = _entry(action_type=14, options={"id": "9", "type": "0", "role_name": "mods"}).options
    pin = _entry(action_type=74, options={"channel_id": "5", "message_id": "6"}).options
    prune = _entry(action_type=21, options={"delete_member_days": "7", "members_removed": "3"}).options
    deleted = _entry(action_type=72, options={"channel_id": "5", "count": "2"}).options
    moved = _entry(action_type=26, options={"channel_id": "5", "count": "4"}).options
    status = _entry(action_type=192, options={"channel_id": "5", "status": "live"}).options

    assert isinstance(overwrite, audit_logs.ChannelOverwriteEntryInfo)
    assert (overwrite.id, overwrite.role_name) == (9, "mods")
    assert isinstance(pin, audit_logs.MessagePinEntryInfo)
    assert (pin.channel_id, pin.message_id) == (5, 6)
    assert isinstance(prune, audit_logs.MemberPruneEntryInfo)
    assert (prune.delete_member_days, prune.members_removed) == (datetime.timedelta(days=7), 3)
    assert isinstance(deleted, audit_logs.MessageDeleteEntryInfo)
    assert (deleted.channel_id, deleted.count) == (5, 2)
    assert isinstance(moved, audit_logs.MemberMoveEntryInfo)
    assert moved.count == 4
    assert isinstance(status, audit_logs.VoiceChannelStatusCreateEntryInfo)
    assert status.status == "live"


def test_unknown_and_broken_parts_never_raise() -> None:
    entry = _entry(
        action_type=999,
        options={"anything": 1},
        changes=[
            {"key": "brand_new_key", "new_value": {"x": 1}},
            {"key": "owner_id", "old_value": "not an id", "new_value": "7"},
            {"key": "$add", "new_value": [{"id": "8", "name": "vip"}, {"broken": True}]},
            {
                "key": "permission_overwrites",
                "new_value": [{"id": "9", "type": 1, "allow": "8", "deny": "0"}],
            },
            {"key": "max_age", "new_value": 3600},
            "not a change",
        ],
    )

    assert entry.action_type == 999
    assert not audit_logs.AuditLogEventType(999).is_known
    assert entry.options is None
    unknown, owner, roles, overwrites, max_age = entry.changes
    assert (unknown.key, unknown.new_value) == ("brand_new_key", {"x": 1})
    assert (owner.old_value, owner.new_value) == ("not an id", 7)
    assert roles.key is audit_logs.AuditLogChangeKey.ADD_ROLE_TO_MEMBER
    added, overwritten = roles.new_value, overwrites.new_value
    assert added is not None
    assert overwritten is not None
    assert list(added) == [8]
    assert isinstance(added[8], guilds.PartialRole)
    assert isinstance(overwritten[9], channels.PermissionOverwrite)
    assert max_age.new_value == datetime.timedelta(hours=1)


def test_an_unreadable_entry_is_left_out_of_the_log() -> None:
    payload = {
        "audit_log_entries": [{"id": "1", "action_type": 20}, {"no": "id"}],
        "users": [{"broken": True}],
        "auto_moderation_rules": [{"id": "no guild"}],
        "webhooks": None,
    }

    log = audit_logs.AuditLog.from_payload(payload, app=None, guild_id=snowflakes.Snowflake(5))  # type: ignore[arg-type]

    assert [entry.id for entry in log] == [1]
    assert log[0].guild_id == 5
    assert (log.users, log.auto_mod_rules, log.webhooks, log.threads, log.integrations) == (
        {},
        {},
        {},
        {},
        {},
    )
