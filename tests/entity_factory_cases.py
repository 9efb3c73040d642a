"""The entity factory's test table: Discord's documented objects (discord-api-docs' shapes, with
every field hikari's parser requires), the factory method that reads each, and the model and
fields expected.

`tests/test_entity_factory.py` runs it; a case is `Case(method, payload, kind, fields, kwargs)`.
"""

from __future__ import annotations

__all__ = [
    "CASES",
    "CHANNEL_ID",
    "EMBED",
    "EMOJI",
    "GUILD_ID",
    "MEMBER",
    "OVERWRITE",
    "ROLE",
    "S",
    "SCHEDULED_EVENT",
    "SLASH_COMMAND",
    "THREAD_MEMBER",
    "USER",
    "USER_COMMAND",
    "Case",
    "channel",
    "thread",
]

import datetime
import typing

import attrs

from hikari_like import applications
from hikari_like import audit_logs
from hikari_like import auto_mod
from hikari_like import channels
from hikari_like import colors
from hikari_like import commands
from hikari_like import embeds
from hikari_like import emojis
from hikari_like import guilds
from hikari_like import invites
from hikari_like import messages
from hikari_like import monetization
from hikari_like import permissions
from hikari_like import polls
from hikari_like import presences
from hikari_like import scheduled_events
from hikari_like import sessions
from hikari_like import snowflakes
from hikari_like import stage_instances
from hikari_like import stickers
from hikari_like import templates
from hikari_like import users
from hikari_like import voices
from hikari_like import webhooks
from hikari_like.interactions import AutocompleteInteraction
from hikari_like.interactions import CommandInteraction
from hikari_like.interactions import ComponentInteraction
from hikari_like.interactions import ModalInteraction
from hikari_like.interactions import callback_responses
from hikari_like.testing import payloads as interaction_payloads

S = snowflakes.Snowflake
GUILD_ID: typing.Final = "197038439483310086"
CHANNEL_ID: typing.Final = "41771983423143937"
USER: typing.Final[dict[str, typing.Any]] = {
    "id": "80351110224678912",
    "username": "nelly",
    "discriminator": "0",
    "global_name": "Nelly",
    "avatar": "8342729096ea3675442027381ff50dfe",
    "public_flags": 64,
}
MEMBER: typing.Final[dict[str, typing.Any]] = {
    "user": USER,
    "nick": "NOT API SUPPORT",
    "roles": ["41771983423143936"],
    "joined_at": "2015-04-26T06:26:56.936000+00:00",
    "deaf": False,
    "mute": False,
    "flags": 0,
}
ROLE: typing.Final[dict[str, typing.Any]] = {
    "id": "41771983423143936",
    "name": "WE DEM BOYZZ!!!!!!",
    "color": 3447003,
    "hoist": True,
    "icon": None,
    "unicode_emoji": None,
    "position": 1,
    "permissions": "66321471",
    "managed": False,
    "mentionable": False,
    "flags": 0,
}
OVERWRITE: typing.Final[dict[str, typing.Any]] = {
    "id": "41771983423143936",
    "type": 0,
    "allow": "1024",
    "deny": "2048",
}


def channel(channel_type: int, **extra: typing.Any) -> dict[str, typing.Any]:
    """A guild channel object of `channel_type` in `GUILD_ID`, with `extra` fields."""
    return {
        "id": CHANNEL_ID,
        "type": channel_type,
        "guild_id": GUILD_ID,
        "name": "general",
        "position": 6,
        "permission_overwrites": [OVERWRITE],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "rtc_region": None,
        "bitrate": 64000,
        "user_limit": 0,
        "video_quality_mode": 1,
        "default_auto_archive_duration": 1440,
        "flags": 0,
        **extra,
    }


THREAD_MEMBER: typing.Final[dict[str, typing.Any]] = {
    "id": "41771983423143937",
    "user_id": USER["id"],
    "join_timestamp": "2021-04-05T09:36:11.142000+00:00",
    "flags": 1,
}


def thread(channel_type: int, **extra: typing.Any) -> dict[str, typing.Any]:
    """A thread channel object of `channel_type`, with `extra` fields."""
    return channel(
        channel_type,
        parent_id="41771983423143938",
        owner_id=USER["id"],
        message_count=1,
        member_count=2,
        thread_metadata={
            "archived": False,
            "auto_archive_duration": 1440,
            "archive_timestamp": "2021-04-12T23:40:39.855793+00:00",
            "locked": False,
        },
        **extra,
    )


MESSAGE: typing.Final[dict[str, typing.Any]] = {
    "id": "334385199974967042",
    "channel_id": "290926798999357250",
    "guild_id": GUILD_ID,
    "author": USER,
    "content": "Supa Hot",
    "timestamp": "2017-07-11T17:27:07.299000+00:00",
    "edited_timestamp": None,
    "tts": False,
    "mention_everyone": False,
    "mentions": [],
    "mention_roles": [],
    "attachments": [],
    "embeds": [],
    "reactions": [],
    "pinned": False,
    "type": 0,
    "flags": 0,
}
EMBED: typing.Final[dict[str, typing.Any]] = {
    "title": "Hello",
    "type": "rich",
    "description": "A description",
    "url": "https://example.com",
    "color": 0x00FF00,
    "fields": [{"name": "a", "value": "b", "inline": True}],
    "footer": {"text": "feet"},
}
APPLICATION: typing.Final[dict[str, typing.Any]] = {
    "id": "172150183260323840",
    "name": "Baba O-Riley",
    "icon": None,
    "description": "Test",
    "bot_public": True,
    "bot_require_code_grant": False,
    "verify_key": "1e0a356058d627ca38a5c8c9648818061d49e49bd9da9e3ab17d98ad4d6bf2a8",
    "flags": 0,
    "team": None,
    "owner": USER,
    "approximate_guild_count": 1,
    "approximate_user_install_count": 0,
}
GUILD: typing.Final[dict[str, typing.Any]] = {
    "id": GUILD_ID,
    "name": "Discord Testers",
    "icon": None,
    "splash": None,
    "discovery_splash": None,
    "owner_id": USER["id"],
    "afk_channel_id": None,
    "afk_timeout": 300,
    "verification_level": 3,
    "default_message_notifications": 1,
    "explicit_content_filter": 2,
    "roles": [ROLE],
    "emojis": [],
    "features": ["COMMUNITY"],
    "mfa_level": 1,
    "application_id": None,
    "system_channel_id": None,
    "system_channel_flags": 0,
    "rules_channel_id": None,
    "vanity_url_code": None,
    "description": None,
    "banner": None,
    "premium_tier": 3,
    "preferred_locale": "en-US",
    "public_updates_channel_id": None,
    "nsfw_level": 0,
    "premium_progress_bar_enabled": False,
    "max_members": 250000,
    "max_presences": None,
    "max_video_channel_users": 25,
    "max_stage_video_channel_users": 50,
    "approximate_member_count": 3,
    "approximate_presence_count": 1,
    "stickers": [],
    "safety_alerts_channel_id": None,
    "premium_subscription_count": 0,
    "widget_enabled": False,
    "widget_channel_id": None,
}
INVITE: typing.Final[dict[str, typing.Any]] = {
    "type": 0,
    "code": "0vCdhLbwjZZTWZLD",
    "guild": {
        "id": GUILD_ID,
        "name": "CODE LIONS",
        "splash": None,
        "banner": None,
        "icon": None,
        "features": [],
        "description": None,
        "verification_level": 2,
        "vanity_url_code": None,
        "nsfw_level": 0,
    },
    "channel": {"id": "165176875973476352", "name": "illuminati", "type": 0},
    "inviter": USER,
    "approximate_member_count": 15,
    "approximate_presence_count": 3,
}
INVITE_METADATA: typing.Final[dict[str, typing.Any]] = {
    **INVITE,
    "uses": 2,
    "max_uses": 10,
    "max_age": 3600,
    "temporary": False,
    "created_at": "2016-03-31T19:15:39.954000+00:00",
}
SLASH_COMMAND: typing.Final[dict[str, typing.Any]] = {
    "id": "1002",
    "type": 1,
    "application_id": APPLICATION["id"],
    "guild_id": GUILD_ID,
    "name": "ping",
    "description": "Ping",
    "default_member_permissions": None,
    "version": "1003",
    "options": [{"type": 3, "name": "who", "description": "Who", "required": True}],
}
USER_COMMAND: typing.Final[dict[str, typing.Any]] = {
    **SLASH_COMMAND,
    "type": 2,
    "name": "High Five",
    "description": "",
    "options": [],
}
EMOJI: typing.Final[dict[str, typing.Any]] = {
    "id": "41771983429993937",
    "name": "LUL",
    "roles": ["41771983429993000"],
    "user": USER,
    "require_colons": True,
    "managed": False,
    "animated": False,
    "available": True,
}
STICKER: typing.Final[dict[str, typing.Any]] = {
    "id": "749054660769218631",
    "name": "Wave",
    "tags": "wave",
    "type": 2,
    "format_type": 1,
    "description": "Wave hello",
    "available": True,
    "guild_id": GUILD_ID,
    "user": USER,
}
STANDARD_STICKER: typing.Final[dict[str, typing.Any]] = {
    "id": "749054660769218632",
    "pack_id": "847199849233514549",
    "name": "Wumpus Beyond",
    "description": "Wumpus waves hello",
    "tags": "wumpus, hello",
    "type": 1,
    "format_type": 3,
    "sort_value": 12,
}
SCHEDULED_EVENT: typing.Final[dict[str, typing.Any]] = {
    "id": "1009",
    "guild_id": GUILD_ID,
    "channel_id": CHANNEL_ID,
    "creator_id": USER["id"],
    "name": "Movie night",
    "description": None,
    "scheduled_start_time": "2026-12-24T20:00:00+00:00",
    "scheduled_end_time": None,
    "privacy_level": 2,
    "status": 1,
    "entity_type": 2,
    "entity_id": None,
    "entity_metadata": None,
    "user_count": 3,
    "image": None,
}
WEBHOOK: typing.Final[dict[str, typing.Any]] = {
    "id": "223704706495545344",
    "type": 1,
    "guild_id": GUILD_ID,
    "channel_id": "199737254929760256",
    "user": USER,
    "name": "test webhook",
    "avatar": None,
    "token": "3d89bb7572e0fb30d8128367b3b1b44fecd1726de135cbe28a41f8b2f777c372",
    "application_id": None,
}
TOKEN: typing.Final[dict[str, typing.Any]] = {
    "access_token": "6qrZcUqja7812RVdnEKjpzOL4CvHBFG",
    "token_type": "Bearer",
    "expires_in": 604800,
    "refresh_token": "D43f5y0ahjqew82jZ4NViEr2YafMKhue",
    "scope": "identify guilds",
}
AUDIT_LOG_ENTRY: typing.Final[dict[str, typing.Any]] = {
    "id": "1010",
    "action_type": 22,
    "target_id": USER["id"],
    "user_id": "80351110224678913",
    "changes": [],
    "reason": "spam",
}
INTEGRATION: typing.Final[dict[str, typing.Any]] = {
    "id": "33590653072239123",
    "name": "A Name",
    "type": "twitch",
    "enabled": True,
    "account": {"id": "1234567", "name": "account name"},
}
AUTO_MOD_ACTION: typing.Final[dict[str, typing.Any]] = {"type": 3, "metadata": {"duration_seconds": 60}}
SKU: typing.Final[dict[str, typing.Any]] = {
    "id": "1088510058284990888",
    "type": 5,
    "application_id": APPLICATION["id"],
    "name": "Test Premium",
    "slug": "test-premium",
    "flags": 128,
}
ENTITLEMENT: typing.Final[dict[str, typing.Any]] = {
    "id": "1019653835926409216",
    "sku_id": SKU["id"],
    "application_id": APPLICATION["id"],
    "user_id": USER["id"],
    "type": 8,
    "deleted": False,
    "starts_at": None,
    "ends_at": None,
    "consumed": False,
}
POLL: typing.Final[dict[str, typing.Any]] = {
    "question": {"text": "Cats or dogs?"},
    "answers": [
        {"answer_id": 1, "poll_media": {"text": "Cats"}},
        {"answer_id": 2, "poll_media": {"text": "Dogs"}},
    ],
    "expiry": "2026-12-25T00:00:00+00:00",
    "allow_multiselect": False,
    "layout_type": 1,
    "results": {"is_finalized": False, "answer_counts": [{"id": 1, "count": 3, "me_voted": True}]},
}


@attrs.frozen
class Case:
    """One factory call: `method(payload, **kwargs)` makes a `kind` whose `fields` read as given."""

    method: str
    payload: typing.Any
    kind: type[typing.Any]
    fields: dict[str, object]
    kwargs: dict[str, object] = attrs.field(factory=dict)


def _case(method: str, payload: typing.Any, kind: type[typing.Any], **fields: object) -> Case:
    return Case(method, payload, kind, fields)


def _with_kwargs(
    method: str, payload: typing.Any, kind: type[typing.Any], kwargs: dict[str, object], **fields: object
) -> Case:
    return Case(method, payload, kind, fields, kwargs)


NO_GUILD: typing.Final[dict[str, typing.Any]] = {
    key: value for key, value in channel(0).items() if key != "guild_id"
}

CASES: typing.Final[list[Case]] = [
    # applications and OAuth2
    _case(
        "deserialize_activity_instance",
        {
            "application_id": APPLICATION["id"],
            "instance_id": "i-1",
            "launch_id": "1011",
            "location": {"id": "gc-1-2", "kind": "gc", "channel_id": CHANNEL_ID, "guild_id": GUILD_ID},
            "users": [USER["id"]],
        },
        applications.ActivityInstance,
        instance_id="i-1",
    ),
    _case(
        "deserialize_application",
        APPLICATION,
        applications.Application,
        id=S(APPLICATION["id"]),
        name="Baba O-Riley",
    ),
    _case(
        "deserialize_application_connection_metadata_record",
        {"type": 2, "key": "level", "name": "Level", "description": "At least"},
        applications.ApplicationRoleConnectionMetadataRecord,
        key="level",
        type=applications.ApplicationRoleConnectionMetadataRecordType.INTEGER_GREATER_THAN_OR_EQUAL,
    ),
    _case(
        "deserialize_authorization_information",
        {
            "application": APPLICATION,
            "scopes": ["identify"],
            "expires": "2026-12-30T00:00:00+00:00",
            "user": USER,
        },
        applications.AuthorizationInformation,
        scopes=[applications.OAuth2Scope.IDENTIFY],
    ),
    _case(
        "deserialize_authorization_token",
        TOKEN,
        applications.OAuth2AuthorizationToken,
        access_token=TOKEN["access_token"],
        refresh_token=TOKEN["refresh_token"],
        expires_in=datetime.timedelta(days=7),
    ),
    _case(
        "deserialize_implicit_token",
        {
            "access_token": "RTfP0OK99U3kbRtHOoKLmJbOn45PjL",
            "token_type": "Bearer",
            "expires_in": "604800",
            "scope": "identify",
            "state": "15773059ghq9183habn",
        },
        applications.OAuth2ImplicitToken,
        access_token="RTfP0OK99U3kbRtHOoKLmJbOn45PjL",
        state="15773059ghq9183habn",
        expires_in=datetime.timedelta(days=7),
    ),
    _case(
        "deserialize_own_application_role_connection",
        {"platform_name": "Cat Game", "platform_username": "kat", "metadata": {"level": "7"}},
        applications.OwnApplicationRoleConnection,
        platform_name="Cat Game",
        metadata={"level": "7"},
    ),
    _case(
        "deserialize_own_connection",
        {
            "id": "kat-codes",
            "name": "kat-codes",
            "type": "github",
            "verified": True,
            "friend_sync": False,
            "show_activity": True,
            "visibility": 1,
            "two_way_link": False,
        },
        applications.OwnConnection,
        name="kat-codes",
        is_verified=True,
    ),
    _case(
        "deserialize_partial_token",
        {
            "access_token": "6qrZcUqja7812RVdnEKjpzOL4CvHBFG",
            "token_type": "Bearer",
            "expires_in": 604800,
            "scope": "identify connections",
        },
        applications.PartialOAuth2Token,
        access_token="6qrZcUqja7812RVdnEKjpzOL4CvHBFG",
    ),
    # audit logs and auto-moderation
    _with_kwargs(
        "deserialize_audit_log",
        {
            "audit_log_entries": [AUDIT_LOG_ENTRY],
            "users": [USER],
            "integrations": [],
            "webhooks": [],
            "threads": [],
            "auto_moderation_rules": [],
        },
        audit_logs.AuditLog,
        {"guild_id": S(GUILD_ID)},
    ),
    _with_kwargs(
        "deserialize_audit_log_entry",
        AUDIT_LOG_ENTRY,
        audit_logs.AuditLogEntry,
        {"guild_id": S(GUILD_ID)},
        guild_id=S(GUILD_ID),
        reason="spam",
        action_type=audit_logs.AuditLogEventType.MEMBER_BAN_ADD,
    ),
    _case(
        "deserialize_auto_mod_action",
        AUTO_MOD_ACTION,
        auto_mod.AutoModTimeout,
        duration=datetime.timedelta(seconds=60),
    ),
    _case(
        "deserialize_auto_mod_rule",
        {
            "id": "969707018069872670",
            "guild_id": GUILD_ID,
            "name": "Keyword Filter 1",
            "creator_id": USER["id"],
            "event_type": 1,
            "trigger_type": 1,
            "trigger_metadata": {"keyword_filter": ["cat*"], "regex_patterns": [], "allow_list": []},
            "actions": [AUTO_MOD_ACTION],
            "enabled": True,
            "exempt_roles": [],
            "exempt_channels": [],
        },
        auto_mod.AutoModRule,
        name="Keyword Filter 1",
        is_enabled=True,
    ),
    # channels and threads
    _case("deserialize_channel", channel(0), channels.GuildTextChannel, name="general"),
    _with_kwargs(
        "deserialize_channel",
        NO_GUILD,
        channels.GuildTextChannel,
        {"guild_id": S(GUILD_ID)},
        guild_id=S(GUILD_ID),
    ),
    _case(
        "deserialize_channel_follow",
        {"channel_id": CHANNEL_ID, "webhook_id": WEBHOOK["id"]},
        channels.ChannelFollow,
        webhook_id=S(WEBHOOK["id"]),
    ),
    _case(
        "deserialize_dm",
        {"id": CHANNEL_ID, "type": 1, "last_message_id": None, "recipients": [USER]},
        channels.DMChannel,
        id=S(CHANNEL_ID),
    ),
    _case(
        "deserialize_group_dm",
        {
            "id": CHANNEL_ID,
            "type": 3,
            "name": "friends",
            "owner_id": USER["id"],
            "icon": None,
            "recipients": [USER],
            "last_message_id": None,
        },
        channels.GroupDMChannel,
        name="friends",
    ),
    _case("deserialize_guild_category", channel(4), channels.GuildCategory, position=6),
    _case(
        "deserialize_guild_forum_channel",
        channel(
            15,
            available_tags=[
                {"id": "1", "name": "bug", "moderated": False, "emoji_id": None, "emoji_name": "🐛"}
            ],
        ),
        channels.GuildForumChannel,
        name="general",
    ),
    _case("deserialize_guild_media_channel", channel(16), channels.GuildMediaChannel, name="general"),
    _case("deserialize_guild_news_channel", channel(5), channels.GuildNewsChannel, name="general"),
    _case(
        "deserialize_guild_stage_channel",
        channel(13, bitrate=64000),
        channels.GuildStageChannel,
        bitrate=64000,
    ),
    _case(
        "deserialize_guild_text_channel", channel(0, topic="cats"), channels.GuildTextChannel, topic="cats"
    ),
    _with_kwargs(
        "deserialize_guild_voice_channel",
        {key: value for key, value in channel(2, bitrate=64000, user_limit=5).items() if key != "guild_id"},
        channels.GuildVoiceChannel,
        {"guild_id": S(GUILD_ID)},
        guild_id=S(GUILD_ID),
        user_limit=5,
    ),
    _case("deserialize_guild_thread", thread(11), channels.GuildPublicThread, approximate_member_count=2),
    _case("deserialize_guild_news_thread", thread(10), channels.GuildNewsThread, approximate_message_count=1),
    _case(
        "deserialize_guild_private_thread", thread(12), channels.GuildPrivateThread, owner_id=S(USER["id"])
    ),
    _case(
        "deserialize_guild_public_thread",
        thread(11),
        channels.GuildPublicThread,
        parent_id=S("41771983423143938"),
    ),
    _case("deserialize_partial_channel", channel(0), channels.PartialChannel, name="general"),
    _case(
        "deserialize_permission_overwrite",
        OVERWRITE,
        channels.PermissionOverwrite,
        allow=permissions.Permissions.VIEW_CHANNEL,
        deny=permissions.Permissions.SEND_MESSAGES,
    ),
    _case(
        "deserialize_thread_member",
        THREAD_MEMBER,
        channels.ThreadMember,
        thread_id=S(THREAD_MEMBER["id"]),
        user_id=S(USER["id"]),
    ),
    # application commands
    _case("deserialize_command", SLASH_COMMAND, commands.SlashCommand, name="ping", guild_id=S(GUILD_ID)),
    _with_kwargs(
        "deserialize_command", USER_COMMAND, commands.ContextMenuCommand, {"guild_id": None}, guild_id=None
    ),
    _case(
        "deserialize_context_menu_command",
        USER_COMMAND,
        commands.ContextMenuCommand,
        type=commands.CommandType.USER,
    ),
    _with_kwargs(
        "deserialize_slash_command",
        {k: v for k, v in SLASH_COMMAND.items() if k != "guild_id"},
        commands.SlashCommand,
        {"guild_id": S(GUILD_ID)},
        guild_id=S(GUILD_ID),
        description="Ping",
    ),
    _case(
        "deserialize_guild_command_permissions",
        {
            "id": SLASH_COMMAND["id"],
            "application_id": APPLICATION["id"],
            "guild_id": GUILD_ID,
            "permissions": [{"id": ROLE["id"], "type": 1, "permission": False}],
        },
        commands.GuildCommandPermissions,
        guild_id=S(GUILD_ID),
    ),
    # emojis and stickers
    _case("deserialize_emoji", {"id": None, "name": "🔥"}, emojis.UnicodeEmoji, name="🔥"),
    _case(
        "deserialize_custom_emoji",
        {"id": EMOJI["id"], "name": "LUL", "animated": True},
        emojis.CustomEmoji,
        name="LUL",
        is_animated=True,
    ),
    _case("deserialize_unicode_emoji", {"id": None, "name": "🔥"}, emojis.UnicodeEmoji, name="🔥"),
    _with_kwargs(
        "deserialize_known_custom_emoji",
        EMOJI,
        emojis.KnownCustomEmoji,
        {"guild_id": S(GUILD_ID)},
        guild_id=S(GUILD_ID),
        role_ids=[S("41771983429993000")],
    ),
    _case("deserialize_guild_sticker", STICKER, stickers.GuildSticker, name="Wave", guild_id=S(GUILD_ID)),
    _case(
        "deserialize_partial_sticker",
        {"id": STICKER["id"], "name": "Wave", "format_type": 1},
        stickers.PartialSticker,
        name="Wave",
    ),
    _case(
        "deserialize_standard_sticker",
        STANDARD_STICKER,
        stickers.StandardSticker,
        pack_id=S(STANDARD_STICKER["pack_id"]),
    ),
    _case(
        "deserialize_sticker_pack",
        {
            "id": "847199849233514549",
            "stickers": [STANDARD_STICKER],
            "name": "Wumpus Beyond",
            "sku_id": "847199849233514547",
            "cover_sticker_id": STANDARD_STICKER["id"],
            "description": "Say hello",
            "banner_asset_id": None,
        },
        stickers.StickerPack,
        name="Wumpus Beyond",
    ),
    # guilds and members
    _case(
        "deserialize_bulk_ban_response",
        {"banned_users": [USER["id"]], "failed_users": []},
        guilds.BulkBanResponse,
        banned_users=[S(USER["id"])],
    ),
    _case(
        "deserialize_guild_incidents",
        {"invites_disabled_until": None, "dms_disabled_until": "2026-12-24T00:00:00+00:00"},
        guilds.GuildIncidents,
        invites_disabled_until=None,
    ),
    _case("deserialize_guild_incidents", None, guilds.GuildIncidents, dms_disabled_until=None),
    _case("deserialize_guild_member_ban", {"reason": "mean", "user": USER}, guilds.GuildBan, reason="mean"),
    _case(
        "deserialize_guild_onboarding",
        {
            "guild_id": GUILD_ID,
            "prompts": [],
            "default_channel_ids": [CHANNEL_ID],
            "enabled": True,
            "mode": 0,
        },
        guilds.GuildOnboarding,
        guild_id=S(GUILD_ID),
    ),
    _case(
        "deserialize_guild_preview",
        {
            "id": GUILD_ID,
            "name": "Discord Testers",
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "emojis": [],
            "features": [],
            "approximate_member_count": 60814,
            "approximate_presence_count": 20034,
            "description": None,
            "stickers": [],
        },
        guilds.GuildPreview,
        approximate_member_count=60814,
    ),
    _case(
        "deserialize_guild_widget",
        {"channel_id": CHANNEL_ID, "enabled": True},
        guilds.GuildWidget,
        channel_id=S(CHANNEL_ID),
        is_enabled=True,
    ),
    _with_kwargs(
        "deserialize_integration",
        INTEGRATION,
        guilds.Integration,
        {"guild_id": S(GUILD_ID)},
        guild_id=S(GUILD_ID),
        name="A Name",
    ),
    _with_kwargs(
        "deserialize_member",
        MEMBER,
        guilds.Member,
        {"guild_id": S(GUILD_ID)},
        guild_id=S(GUILD_ID),
        nickname="NOT API SUPPORT",
    ),
    _case(
        "deserialize_member",
        {**MEMBER, "guild_id": GUILD_ID},
        guilds.Member,
        guild_id=S(GUILD_ID),
        role_ids=[S(ROLE["id"]), S(GUILD_ID)],
    ),
    _with_kwargs(
        "deserialize_member_presence",
        {
            "user": {"id": USER["id"]},
            "status": "idle",
            "activities": [{"name": "Rocket League", "type": 0, "created_at": 1_700_000_000_000}],
            "client_status": {"mobile": "idle"},
        },
        presences.MemberPresence,
        {"guild_id": S(GUILD_ID)},
        user_id=S(USER["id"]),
        guild_id=S(GUILD_ID),
        visible_status=presences.Status.IDLE,
    ),
    _case(
        "deserialize_own_guild",
        {
            "id": GUILD_ID,
            "name": "1337 Krew",
            "icon": None,
            "banner": None,
            "owner": True,
            "permissions": "36953089",
            "features": ["COMMUNITY"],
            "approximate_member_count": 3268,
            "approximate_presence_count": 784,
        },
        guilds.OwnGuild,
        is_owner=True,
        approximate_member_count=3268,
    ),
    _case(
        "deserialize_partial_integration",
        INTEGRATION,
        guilds.PartialIntegration,
        name="A Name",
        type=guilds.IntegrationType.TWITCH,
    ),
    _case("deserialize_rest_guild", GUILD, guilds.RESTGuild, name="Discord Testers"),
    _with_kwargs(
        "deserialize_role",
        ROLE,
        guilds.Role,
        {"guild_id": S(GUILD_ID)},
        guild_id=S(GUILD_ID),
        color=colors.Color(3447003),
        is_hoisted=True,
    ),
    _with_kwargs(
        "deserialize_role",
        {**ROLE, "id": GUILD_ID, "name": "@everyone"},
        guilds.Role,
        {"guild_id": S(GUILD_ID)},
        mention="@everyone",  # the guild's own role, whose id is the guild's
    ),
    _case(
        "deserialize_welcome_screen",
        {
            "description": "Discord Developers is a place to learn about Discord's API",
            "welcome_channels": [
                {
                    "channel_id": CHANNEL_ID,
                    "description": "Follow for updates",
                    "emoji_id": None,
                    "emoji_name": "📡",
                }
            ],
        },
        guilds.WelcomeScreen,
        description="Discord Developers is a place to learn about Discord's API",
    ),
    # interactions
    _case(
        "deserialize_interaction",
        interaction_payloads.slash_command("ping"),
        CommandInteraction,
        command_name="ping",
    ),
    _case(
        "deserialize_autocomplete_interaction",
        interaction_payloads.autocomplete("pick", interaction_payloads.option("what", "ca", focused=True)),
        AutocompleteInteraction,
        command_name="pick",
    ),
    _case(
        "deserialize_command_interaction",
        interaction_payloads.user_command("High Five", target_id=USER["id"]),
        CommandInteraction,
        command_name="High Five",
    ),
    _case(
        "deserialize_component_interaction",
        interaction_payloads.button_press("vote:yes"),
        ComponentInteraction,
        custom_id="vote:yes",
    ),
    _case(
        "deserialize_modal_interaction",
        interaction_payloads.modal_submit("feedback", {"why": "because"}),
        ModalInteraction,
        custom_id="feedback",
    ),
    _case(
        "deserialize_interaction_callback_response",
        {
            "interaction": {
                "id": "1012",
                "type": 2,
                "activity_instance_id": None,
                "response_message_id": MESSAGE["id"],
                "response_message_loading": False,
                "response_message_ephemeral": False,
            },
            "resource": {"type": 4, "message": MESSAGE},
        },
        callback_responses.InteractionCallbackResponse,
    ),
    # invites and templates
    _case("deserialize_invite", INVITE, invites.Invite, code="0vCdhLbwjZZTWZLD", approximate_member_count=15),
    _case(
        "deserialize_invite_with_metadata", INVITE_METADATA, invites.InviteWithMetadata, uses=2, max_uses=10
    ),
    _case(
        "deserialize_template",
        {
            "code": "hgM48av5Q69A",
            "name": "Friends & Family",
            "description": None,
            "usage_count": 49605,
            "creator_id": USER["id"],
            "creator": USER,
            "created_at": "2020-04-02T21:10:38+00:00",
            "updated_at": "2020-05-01T17:57:38+00:00",
            "source_guild_id": GUILD_ID,
            "serialized_source_guild": {**GUILD, "icon_hash": None, "channels": []},
            "is_dirty": None,
        },
        templates.Template,
        code="hgM48av5Q69A",
        usage_count=49605,
    ),
    _case("deserialize_vanity_url", {"code": "abc", "uses": 12}, invites.VanityURL, code="abc", uses=12),
    # messages, embeds and polls
    _case("deserialize_embed", EMBED, embeds.Embed, title="Hello", color=colors.Color(0x00FF00)),
    _case("deserialize_message", MESSAGE, messages.Message, content="Supa Hot", guild_id=S(GUILD_ID)),
    _case(
        "deserialize_message_search_result",
        {
            "doing_deep_historical_index": False,
            "total_results": 1,
            "messages": [[MESSAGE]],
            "threads": [],
            "members": [],
        },
        messages.MessageSearchResult,
        total_results=1,
    ),
    _case(
        "deserialize_message_snapshot",
        {
            "message": {
                k: MESSAGE[k]
                for k in (
                    "type",
                    "content",
                    "embeds",
                    "attachments",
                    "timestamp",
                    "edited_timestamp",
                    "mentions",
                    "mention_roles",
                )
            }
        },
        messages.MessageSnapshot,
    ),
    _case(
        "deserialize_partial_message",
        {"id": MESSAGE["id"], "channel_id": MESSAGE["channel_id"], "content": "edited"},
        messages.PartialMessage,
        content="edited",
    ),
    _case(
        "deserialize_pinned_message",
        {"pinned_at": "2025-01-01T00:00:00+00:00", "message": MESSAGE},
        messages.PinnedMessage,
    ),
    _case("deserialize_poll", POLL, polls.Poll, allow_multiselect=False),
    # monetization
    _case(
        "deserialize_entitlement",
        ENTITLEMENT,
        monetization.Entitlement,
        sku_id=S(SKU["id"]),
        type=monetization.EntitlementType.APPLICATION_SUBSCRIPTION,
    ),
    _case("deserialize_sku", SKU, monetization.SKU, name="Test Premium", slug="test-premium"),
    # scheduled events and stages
    _case(
        "deserialize_scheduled_event",
        SCHEDULED_EVENT,
        scheduled_events.ScheduledVoiceEvent,
        name="Movie night",
    ),
    _case(
        "deserialize_scheduled_external_event",
        {
            **SCHEDULED_EVENT,
            "entity_type": 3,
            "channel_id": None,
            "entity_metadata": {"location": "The park"},
            "scheduled_end_time": "2026-12-24T22:00:00+00:00",
        },
        scheduled_events.ScheduledExternalEvent,
        location="The park",
    ),
    _case(
        "deserialize_scheduled_stage_event",
        {**SCHEDULED_EVENT, "entity_type": 1},
        scheduled_events.ScheduledStageEvent,
        channel_id=S(CHANNEL_ID),
    ),
    _case(
        "deserialize_scheduled_voice_event",
        SCHEDULED_EVENT,
        scheduled_events.ScheduledVoiceEvent,
        channel_id=S(CHANNEL_ID),
    ),
    _with_kwargs(
        "deserialize_scheduled_event_user",
        {"guild_scheduled_event_id": SCHEDULED_EVENT["id"], "user": USER, "member": MEMBER},
        scheduled_events.ScheduledEventUser,
        {"guild_id": S(GUILD_ID)},
        event_id=S(SCHEDULED_EVENT["id"]),
    ),
    _case(
        "deserialize_stage_instance",
        {
            "id": "840647391636226060",
            "guild_id": GUILD_ID,
            "channel_id": CHANNEL_ID,
            "topic": "Testing Testing, 123",
            "privacy_level": 2,
            "discoverable_disabled": False,
            "guild_scheduled_event_id": None,
        },
        stage_instances.StageInstance,
        topic="Testing Testing, 123",
    ),
    # users, sessions and voice
    _case(
        "deserialize_gateway_bot_info",
        {
            "url": "wss://gateway.discord.gg",
            "shards": 9,
            "session_start_limit": {
                "total": 1000,
                "remaining": 999,
                "reset_after": 14400000,
                "max_concurrency": 1,
            },
        },
        sessions.GatewayBotInfo,
        url="wss://gateway.discord.gg",
        shard_count=9,
    ),
    _case(
        "deserialize_my_user",
        {
            **USER,
            "bot": True,
            "mfa_enabled": True,
            "locale": "en-US",
            "verified": True,
            "email": None,
            "flags": 0,
        },
        users.OwnUser,
        username="nelly",
        is_mfa_enabled=True,
    ),
    _case("deserialize_user", USER, users.User, username="nelly", global_name="Nelly"),
    _case(
        "deserialize_voice_region",
        {"id": "rotterdam", "name": "Rotterdam", "optimal": True, "deprecated": False, "custom": False},
        voices.VoiceRegion,
        id="rotterdam",
        is_optimal_location=True,
    ),
    _with_kwargs(
        "deserialize_voice_state",
        {
            "channel_id": CHANNEL_ID,
            "user_id": USER["id"],
            "session_id": "90326bd25d71d39b9ef95b299e3872ff",
            "deaf": False,
            "mute": False,
            "self_deaf": False,
            "self_mute": True,
            "self_video": False,
            "suppress": False,
            "request_to_speak_timestamp": None,
            "member": MEMBER,
        },
        voices.VoiceState,
        {"guild_id": S(GUILD_ID)},
        guild_id=S(GUILD_ID),
        is_self_muted=True,
    ),
    # webhooks
    _case(
        "deserialize_application_webhook",
        {
            **WEBHOOK,
            "type": 3,
            "guild_id": None,
            "channel_id": None,
            "token": None,
            "application_id": APPLICATION["id"],
        },
        webhooks.ApplicationWebhook,
        name="test webhook",
    ),
    _case(
        "deserialize_channel_follower_webhook",
        {
            **WEBHOOK,
            "type": 2,
            "token": None,
            "source_guild": {"id": "1013", "name": "News", "icon": None},
            "source_channel": {"id": "1014", "name": "announcements"},
        },
        webhooks.ChannelFollowerWebhook,
        name="test webhook",
    ),
    _case("deserialize_incoming_webhook", WEBHOOK, webhooks.IncomingWebhook, token=WEBHOOK["token"]),
    _case("deserialize_webhook", WEBHOOK, webhooks.IncomingWebhook, channel_id=S(WEBHOOK["channel_id"])),
]
