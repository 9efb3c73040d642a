"""Whole documented objects for the entity agreement test: the shapes of discord-api-docs' object
tables with their optional fields present (a bot user with a banner, a reply with mentions,
attachments, an embed and reactions, a forum with tags, a private thread...), and the shapes
that differ by where they come from (a DM message, a Unicode emoji, a channel follower webhook);
`SPARSE_CASES` has objects with their optional fields absent or null.

Each case is `(method, payload, kwargs)`, read by both entity factories.
"""

from __future__ import annotations

__all__ = ["RICH_CASES", "SPARSE_CASES"]

import typing

from hikari_like import snowflakes
from tests import entity_factory_cases as table

_Payload = dict[str, typing.Any]
GUILD_ID: typing.Final = table.GUILD_ID
IN_GUILD: typing.Final[dict[str, object]] = {"guild_id": snowflakes.Snowflake(GUILD_ID)}
WHEN: typing.Final = "2024-05-01T12:00:00.000000+00:00"
LATER: typing.Final = "2024-05-02T12:00:00.000000+00:00"

BOT: typing.Final[_Payload] = {
    "id": "175928847299117063",
    "username": "helper",
    "discriminator": "0",
    "global_name": None,
    "avatar": "a_1269e74af4df7417b13759eae50c83dc",
    "bot": True,
    "system": False,
    "banner": "a_06c16474723fe537c283b8efa61a30c8",
    "accent_color": 16711680,
    "public_flags": 65536,
    "avatar_decoration_data": {
        "asset": "a_fed43ab12698df65902ba06727e20c0e",
        "sku_id": "1144058844004233369",
    },
}
MEMBER: typing.Final[_Payload] = {
    **table.MEMBER,
    "avatar": "f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6",
    "premium_since": WHEN,
    "communication_disabled_until": LATER,
    "pending": False,
    "flags": 2,
}
EMBED: typing.Final[_Payload] = {
    "title": "Release",
    "type": "rich",
    "description": "Notes",
    "url": "https://example.com/notes",
    "timestamp": WHEN,
    "color": 0x5865F2,
    "footer": {
        "text": "feet",
        "icon_url": "https://example.com/f.png",
        "proxy_icon_url": "https://media.discordapp.net/f.png",
    },
    "image": {
        "url": "https://example.com/i.png",
        "proxy_url": "https://m.example/i.png",
        "height": 9,
        "width": 16,
    },
    "thumbnail": {
        "url": "https://example.com/t.png",
        "proxy_url": "https://m.example/t.png",
        "height": 1,
        "width": 1,
    },
    "video": {"url": "https://example.com/v.mp4", "height": 720, "width": 1280},
    "provider": {"name": "Example", "url": "https://example.com"},
    "author": {
        "name": "Nelly",
        "url": "https://example.com/nelly",
        "icon_url": "https://example.com/a.png",
        "proxy_icon_url": "https://m.example/a.png",
    },
    "fields": [{"name": "a", "value": "b", "inline": True}, {"name": "c", "value": "d"}],
}
ATTACHMENT: typing.Final[_Payload] = {
    "id": "1100",
    "filename": "voice-message.ogg",
    "description": "a voice message",
    "content_type": "audio/ogg",
    "size": 20480,
    "url": "https://cdn.discordapp.com/attachments/1/1100/voice-message.ogg",
    "proxy_url": "https://media.discordapp.net/attachments/1/1100/voice-message.ogg",
    "ephemeral": False,
    "duration_secs": 3.5,
    "waveform": "AAAA",
    "flags": 0,
}
IMAGE: typing.Final[_Payload] = {
    "id": "1101",
    "filename": "cat.png",
    "content_type": "image/png",
    "size": 1024,
    "url": "https://cdn.discordapp.com/attachments/1/1101/cat.png",
    "proxy_url": "https://media.discordapp.net/attachments/1/1101/cat.png",
    "height": 64,
    "width": 64,
    "flags": 4,
}
REACTION: typing.Final[_Payload] = {
    "count": 3,
    "count_details": {"burst": 1, "normal": 2},
    "me": True,
    "me_burst": False,
    "emoji": {"id": "41771983429993937", "name": "LUL", "animated": True},
    "burst_colors": ["#ff0000"],
}
DM_MESSAGE: typing.Final[_Payload] = {
    **{key: value for key, value in table.MESSAGE.items() if key != "guild_id"},
    "id": "334385199974967043",
    "flags": 0,
    "reactions": [{**REACTION, "emoji": {"id": None, "name": "🔥"}}],
}
REPLY: typing.Final[_Payload] = {
    **table.MESSAGE,
    "id": "334385199974967044",
    "author": BOT,
    "member": {key: value for key, value in MEMBER.items() if key != "user"},
    "content": f"<@{table.USER['id']}> hello",
    "edited_timestamp": LATER,
    "mention_everyone": True,
    "mentions": [{**table.USER, "member": {key: value for key, value in MEMBER.items() if key != "user"}}],
    "mention_roles": [table.ROLE["id"]],
    "mention_channels": [{"id": table.CHANNEL_ID, "guild_id": GUILD_ID, "type": 0, "name": "general"}],
    "attachments": [ATTACHMENT, IMAGE],
    "embeds": [EMBED],
    "reactions": [REACTION],
    "nonce": "1234",
    "type": 19,
    "flags": 8192,
    "application_id": "172150183260323840",
    "activity": {"type": 1, "party_id": "spotify:1"},
    "message_reference": {
        "type": 0,
        "message_id": table.MESSAGE["id"],
        "channel_id": table.MESSAGE["channel_id"],
        "guild_id": GUILD_ID,
    },
    "referenced_message": {**table.MESSAGE, "flags": 0},
    "sticker_items": [{"id": "749054660769218631", "name": "Wave", "format_type": 1}],
    "position": 4,
}
FORUM: typing.Final[_Payload] = table.channel(
    15,
    topic="Ask here",
    rate_limit_per_user=5,
    last_message_id="1102",
    default_auto_archive_duration=4320,
    default_thread_rate_limit_per_user=10,
    default_sort_order=1,
    default_forum_layout=2,
    default_reaction_emoji={"emoji_id": None, "emoji_name": "👍"},
    available_tags=[
        {"id": "1", "name": "bug", "moderated": True, "emoji_id": None, "emoji_name": "🐛"},
        {"id": "2", "name": "idea", "moderated": False, "emoji_id": "41771983429993937", "emoji_name": None},
    ],
    flags=16,
)
VOICE: typing.Final[_Payload] = table.channel(
    2,
    bitrate=96000,
    user_limit=10,
    rtc_region="us-west",
    video_quality_mode=2,
    last_message_id="1103",
    rate_limit_per_user=0,
    parent_id="41771983423143940",
)
PRIVATE_THREAD: typing.Final[_Payload] = {
    **table.thread(12),
    "name": "secret",
    "last_message_id": "1104",
    "rate_limit_per_user": 2,
    "total_message_sent": 7,
    "flags": 0,
    "applied_tags": [],
    "member": {**table.THREAD_MEMBER, "flags": 0},
    "thread_metadata": {
        "archived": True,
        "auto_archive_duration": 60,
        "archive_timestamp": LATER,
        "locked": True,
        "invitable": False,
        "create_timestamp": WHEN,
    },
}
GROUP_DM: typing.Final[_Payload] = {
    "id": "319674150115610528",
    "type": 3,
    "name": "Some test channel",
    "icon": None,
    "owner_id": table.USER["id"],
    "last_message_id": "3343820033257021450",
    "recipients": [table.USER, BOT],
}
ROLE: typing.Final[_Payload] = {
    **table.ROLE,
    "icon": "2a4b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
    "unicode_emoji": None,
    "managed": True,
    "tags": {"bot_id": BOT["id"], "integration_id": "33590653072239123", "premium_subscriber": None},
}
GUILD: typing.Final[_Payload] = {
    **table.GUILD,
    "icon": "1f7b6b5c4d3e2f1a0b9c8d7e6f5a4b3c",
    "splash": "2f7b6b5c4d3e2f1a0b9c8d7e6f5a4b3c",
    "banner": "a_3f7b6b5c4d3e2f1a0b9c8d7e6f5a4b3c",
    "afk_channel_id": "41771983423143941",
    "system_channel_id": table.CHANNEL_ID,
    "system_channel_flags": 5,
    "rules_channel_id": table.CHANNEL_ID,
    "vanity_url_code": "testers",
    "description": "For testers",
    "widget_enabled": True,
    "widget_channel_id": table.CHANNEL_ID,
    "roles": [table.ROLE, ROLE],
    "emojis": [{**table.EMOJI, "available": True}],
    "stickers": [table.STICKER],
    "features": ["COMMUNITY", "NEWS", "ANIMATED_BANNER"],
    "premium_subscription_count": 14,
    "max_members": 500000,
    "max_presences": None,
    "max_video_channel_users": 25,
    "max_stage_video_channel_users": 50,
    "approximate_member_count": 1200,
    "approximate_presence_count": 300,
    "safety_alerts_channel_id": None,
    "welcome_screen": {
        "description": "Welcome!",
        "welcome_channels": [
            {"channel_id": table.CHANNEL_ID, "description": "Rules", "emoji_id": None, "emoji_name": "📜"}
        ],
    },
}
VOICE_STATE: typing.Final[_Payload] = {
    "guild_id": GUILD_ID,
    "channel_id": VOICE["id"],
    "user_id": table.USER["id"],
    "member": MEMBER,
    "session_id": "90326bd25d71d39b9ef95b299e3872ff",
    "deaf": False,
    "mute": True,
    "self_deaf": False,
    "self_mute": True,
    "self_stream": True,
    "self_video": False,
    "suppress": True,
    "request_to_speak_timestamp": WHEN,
}
FOLLOWER_WEBHOOK: typing.Final[_Payload] = {
    **table.WEBHOOK,
    "type": 2,
    "token": None,
    "avatar": "5e2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
    "source_guild": {"id": "1", "name": "News Guild", "icon": None},
    "source_channel": {"id": "2", "name": "announcements"},
}
EXTERNAL_EVENT: typing.Final[_Payload] = {
    **table.SCHEDULED_EVENT,
    "channel_id": None,
    "entity_type": 3,
    "description": "Bring snacks",
    "scheduled_end_time": LATER,
    "entity_metadata": {"location": "The park"},
    "creator": table.USER,
    "image": "4b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e",
}
PRESET_RULE: typing.Final[_Payload] = {
    "id": "969707018069872671",
    "guild_id": GUILD_ID,
    "name": "Presets",
    "creator_id": table.USER["id"],
    "event_type": 1,
    "trigger_type": 4,
    "trigger_metadata": {"presets": [1, 3], "allow_list": ["sus"]},
    "actions": [
        {"type": 1, "metadata": {"custom_message": "Please keep it civil"}},
        {"type": 2, "metadata": {"channel_id": table.CHANNEL_ID}},
    ],
    "enabled": False,
    "exempt_roles": [table.ROLE["id"]],
    "exempt_channels": [table.CHANNEL_ID],
}
MENTION_RULE: typing.Final[_Payload] = {
    **PRESET_RULE,
    "id": "969707018069872672",
    "trigger_type": 5,
    "trigger_metadata": {"mention_total_limit": 5, "mention_raid_protection_enabled": True},
    "actions": [{"type": 1, "metadata": {}}],
}
STICKER_PACK: typing.Final[_Payload] = {
    "id": "847199849233514549",
    "stickers": [table.STANDARD_STICKER],
    "name": "Wumpus Beyond",
    "sku_id": "847199849233514547",
    "cover_sticker_id": table.STANDARD_STICKER["id"],
    "description": "Say hello to Wumpus!",
    "banner_asset_id": "761773777976819732",
}
STAGE: typing.Final[_Payload] = {
    "id": "840647391636226060",
    "guild_id": GUILD_ID,
    "channel_id": "733488538393510049",
    "topic": "Testing Testing, 123",
    "privacy_level": 2,
    "discoverable_disabled": False,
    "guild_scheduled_event_id": "947656305244532806",
}
INTEGRATION: typing.Final[_Payload] = {
    **table.INTEGRATION,
    "type": "discord",
    "syncing": False,
    "user": table.USER,
    "account": {"id": BOT["id"], "name": "helper"},
    "application": {
        "id": "172150183260323840",
        "name": "Baba O-Riley",
        "icon": None,
        "description": "Test",
        "bot": BOT,
    },
    "scopes": ["bot", "applications.commands"],
}

APPLICATION: typing.Final[_Payload] = {
    **table.APPLICATION,
    "icon": "e7a8b3c4d5e6f7a8b9c0d1e2f3a4b5c6",
    "cover_image": "f7a8b3c4d5e6f7a8b9c0d1e2f3a4b5c6",
    "description": "A bot",
    "rpc_origins": ["https://example.com"],
    "bot_public": False,
    "bot_require_code_grant": True,
    "terms_of_service_url": "https://example.com/tos",
    "privacy_policy_url": "https://example.com/privacy",
    "guild_id": GUILD_ID,
    "primary_sku_id": "1088510058284990888",
    "slug": "baba",
    "flags": 8953856,
    "approximate_guild_count": 40,
    "approximate_user_install_count": 7,
    "redirect_uris": ["https://example.com/callback"],
    "interactions_endpoint_url": "https://example.com/interactions",
    "role_connections_verification_url": "https://example.com/verify",
    "tags": ["fun", "tools"],
    "install_params": {"scopes": ["bot", "applications.commands"], "permissions": "2048"},
    "integration_types_config": {
        "0": {"oauth2_install_params": {"scopes": ["bot"], "permissions": "2048"}},
    },
    "custom_install_url": "https://example.com/install",
    "team": {
        "icon": None,
        "id": "531992624043786253",
        "name": "Team",
        "owner_user_id": table.USER["id"],
        "members": [
            {
                "membership_state": 2,
                "permissions": ["*"],
                "team_id": "531992624043786253",
                "user": table.USER,
                "role": "admin",
            }
        ],
    },
}
AUDIT_LOG: typing.Final[_Payload] = {
    "audit_log_entries": [
        table.AUDIT_LOG_ENTRY,
        {
            "id": "1011",
            "action_type": 21,
            "target_id": None,
            "user_id": table.USER["id"],
            "changes": [],
            "options": {"delete_member_days": "7", "members_removed": "3"},
        },
        {
            "id": "1012",
            "action_type": 13,
            "target_id": table.CHANNEL_ID,
            "user_id": table.USER["id"],
            "changes": [
                {"key": "allow", "new_value": "1024"},
                {"key": "deny", "old_value": "0", "new_value": "2048"},
            ],
            "options": {"id": table.ROLE["id"], "type": "0", "role_name": "mods"},
        },
        {
            "id": "1015",
            "action_type": 15,
            "target_id": table.CHANNEL_ID,
            "user_id": table.USER["id"],
            "changes": [],
            "options": {"id": BOT["id"], "type": "1"},
        },
        {
            "id": "1013",
            "action_type": 1,
            "target_id": GUILD_ID,
            "user_id": table.USER["id"],
            "changes": [
                {"key": "name", "old_value": "Old", "new_value": "New"},
                {"key": "afk_timeout", "old_value": 60, "new_value": 300},
                {"key": "$add", "new_value": [{"id": table.ROLE["id"], "name": "mods"}]},
            ],
        },
    ],
    "users": [table.USER, BOT],
    "integrations": [
        {"id": "33590653072239123", "name": "A Name", "type": "twitch", "account": {"id": "1", "name": "x"}}
    ],
    "webhooks": [table.WEBHOOK],
    "threads": [PRIVATE_THREAD],
    "auto_moderation_rules": [PRESET_RULE],
    "application_commands": [],
    "guild_scheduled_events": [EXTERNAL_EVENT],
}
INVITE: typing.Final[_Payload] = {
    **table.INVITE_METADATA,
    "guild": {
        **table.INVITE["guild"],
        "splash": "5a7b6b5c4d3e2f1a0b9c8d7e6f5a4b3c",
        "banner": "6a7b6b5c4d3e2f1a0b9c8d7e6f5a4b3c",
        "icon": "7a7b6b5c4d3e2f1a0b9c8d7e6f5a4b3c",
        "description": "Lions",
        "verification_level": 2,
        "vanity_url_code": "lions",
        "nsfw_level": 0,
        "premium_subscription_count": 2,
        "features": ["COMMUNITY"],
    },
    "target_type": 1,
    "target_user": BOT,
    "expires_at": "2016-04-01T19:15:39.954000+00:00",  # created_at + max_age
    "max_age": 86400,
    "temporary": True,
    "guild_scheduled_event": EXTERNAL_EVENT,
}
OWN_GUILD: typing.Final[_Payload] = {
    "id": GUILD_ID,
    "name": "1337 Krew",
    "icon": "8a7b6b5c4d3e2f1a0b9c8d7e6f5a4b3c",
    "banner": "a_9a7b6b5c4d3e2f1a0b9c8d7e6f5a4b3c",
    "owner": False,
    "permissions": "2147483647",
    "features": ["COMMUNITY", "VANITY_URL"],
    "approximate_member_count": 3268,
    "approximate_presence_count": 784,
}
GUILD_PREVIEW: typing.Final[_Payload] = {
    "id": GUILD_ID,
    "name": "Discord Testers",
    "icon": "8a7b6b5c4d3e2f1a0b9c8d7e6f5a4b3c",
    "splash": "9a7b6b5c4d3e2f1a0b9c8d7e6f5a4b3c",
    "discovery_splash": "0a7b6b5c4d3e2f1a0b9c8d7e6f5a4b3c",
    "emojis": [{**table.EMOJI, "available": True}],
    "features": ["DISCOVERABLE"],
    "approximate_member_count": 60814,
    "approximate_presence_count": 20034,
    "description": "The official place to report Discord Bugs!",
    "stickers": [table.STICKER],
}

COMMAND_INTERACTION: typing.Final[_Payload] = {
    "id": "786008729715212338",
    "application_id": "172150183260323840",
    "type": 2,
    "data": {
        "id": "771825006014889984",
        "name": "ban",
        "type": 1,
        "guild_id": GUILD_ID,
        "options": [
            {"name": "user", "type": 6, "value": table.USER["id"]},
            {"name": "reason", "type": 3, "value": "spam", "focused": False},
            {"name": "channel", "type": 7, "value": table.CHANNEL_ID},
        ],
        "resolved": {
            "users": {table.USER["id"]: table.USER},
            "members": {
                table.USER["id"]: {
                    **{key: value for key, value in MEMBER.items() if key != "user"},
                    "permissions": "2048",
                }
            },
            "roles": {table.ROLE["id"]: table.ROLE},
            "channels": {
                table.CHANNEL_ID: {
                    "id": table.CHANNEL_ID,
                    "name": "general",
                    "type": 0,
                    "permissions": "2048",
                    "parent_id": None,
                }
            },
            "attachments": {"1101": IMAGE},
        },
    },
    "guild_id": GUILD_ID,
    "guild": {"id": GUILD_ID, "locale": "en-US", "features": ["COMMUNITY"]},
    "channel_id": table.CHANNEL_ID,
    "channel": {"id": table.CHANNEL_ID, "name": "general", "type": 0, "guild_id": GUILD_ID},
    "member": {**MEMBER, "permissions": "2147483647"},
    "token": "A_UNIQUE_TOKEN",
    "version": 1,
    "app_permissions": "442368",
    "locale": "en-GB",
    "guild_locale": "en-US",
    "entitlements": [],
    "authorizing_integration_owners": {"0": GUILD_ID, "1": table.USER["id"]},
    "context": 0,
    "attachment_size_limit": 26214400,
}
COMPONENT_INTERACTION: typing.Final[_Payload] = {
    **{
        key: value for key, value in COMMAND_INTERACTION.items() if key not in ("guild_id", "guild", "member")
    },
    "type": 3,
    "data": {"custom_id": "click_one", "component_type": 2},
    "channel": {"id": "1105", "type": 1, "last_message_id": None, "recipients": [table.USER]},
    "user": table.USER,
    "message": {
        **DM_MESSAGE,
        "components": [
            {
                "type": 1,
                "id": 1,
                "components": [
                    {"type": 2, "id": 2, "style": 1, "label": "Click me!", "custom_id": "click_one"}
                ],
            }
        ],
    },
    "authorizing_integration_owners": {"1": table.USER["id"]},
    "context": 1,
}

LEGACY_USER: typing.Final[_Payload] = {
    "id": "80351110224678913",
    "username": "old",
    "discriminator": "1337",
    "global_name": None,
    "avatar": None,
}
INTERACTION_MESSAGE: typing.Final[_Payload] = {
    **table.MESSAGE,
    "id": "334385199974967045",
    "author": BOT,
    "type": 20,
    "flags": 64,
    "webhook_id": "172150183260323840",
    "application_id": "172150183260323840",
    "interaction_metadata": {
        "id": "786008729715212338",
        "type": 2,
        "user": table.USER,
        "authorizing_integration_owners": {"0": GUILD_ID},
        "name": "ban",
        "command_type": 1,
    },
    "poll": table.POLL,
    "thread": PRIVATE_THREAD,
    "embeds": [{"type": "image", "url": "https://example.com/i.png", "thumbnail": EMBED["thumbnail"]}],
    "mention_roles": [],
    "mentions": [],
}

TWITCH: typing.Final[_Payload] = {
    **table.INTEGRATION,
    "syncing": True,
    "role_id": table.ROLE["id"],
    "enable_emoticons": True,
    "expire_behavior": 1,
    "expire_grace_period": 7,
    "user": table.USER,
    "synced_at": WHEN,
    "subscriber_count": 42,
    "revoked": False,
}
COMMAND: typing.Final[_Payload] = {
    **table.SLASH_COMMAND,
    "name_localizations": {"fr": "pong"},
    "description_localizations": {"fr": "Pong"},
    "default_member_permissions": "8",
    "dm_permission": False,
    "nsfw": True,
    "integration_types": [0, 1],
    "contexts": [0, 1, 2],
    "options": [
        {
            "type": 4,
            "name": "count",
            "description": "How many",
            "required": False,
            "min_value": 1,
            "max_value": 10,
            "choices": [{"name": "one", "value": 1, "name_localizations": {"fr": "un"}}],
        },
        {
            "type": 3,
            "name": "word",
            "description": "Which",
            "min_length": 2,
            "max_length": 8,
            "autocomplete": True,
        },
        {"type": 7, "name": "where", "description": "Where", "channel_types": [0, 5]},
        {
            "type": 1,
            "name": "sub",
            "description": "A subcommand",
            "options": [{"type": 5, "name": "flag", "description": "On?"}],
        },
    ],
}
ENTITLEMENT: typing.Final[_Payload] = {
    **table.ENTITLEMENT,
    "guild_id": GUILD_ID,
    "starts_at": WHEN,
    "ends_at": LATER,
    "subscription_id": "1019653835926409217",
    "consumed": True,
}
POLL: typing.Final[_Payload] = {
    **table.POLL,
    "question": {"text": "Which?"},
    "answers": [
        {"answer_id": 1, "poll_media": {"text": "Fire", "emoji": {"id": None, "name": "🔥"}}},
        {"answer_id": 2, "poll_media": {"text": "LUL", "emoji": {"id": "41771983429993937", "name": "LUL"}}},
    ],
    "allow_multiselect": True,
    "results": None,
}
STAGE_EVENT: typing.Final[_Payload] = {
    **table.SCHEDULED_EVENT,
    "entity_type": 1,
    "status": 2,
    "privacy_level": 2,
    "entity_id": "840647391636226060",
    "recurrence_rule": None,
}
INVITE_APPLICATION: typing.Final[_Payload] = {
    "id": "880218394199220334",
    "name": "Watch Together",
    "icon": "fe2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
    "description": "Watch videos together",
    "summary": "",
    "type": None,
    "cover_image": "ce2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
    "hook": True,
    "verify_key": "9b7c0ec6c4e3b5d1f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708",
    "flags": 131072,
    "max_participants": -1,
    "tags": ["Watch Together"],
}
"""The partial application of an Activity invite (`target_type` 2), as Discord sends it."""
ACTIVITY_INVITE: typing.Final[_Payload] = {
    **table.INVITE,
    "target_type": 2,
    "target_application": INVITE_APPLICATION,
    "guild_scheduled_event": STAGE_EVENT,
    "expires_at": LATER,
}
WIDGET: typing.Final[_Payload] = {"channel_id": None, "enabled": False}
TEXT: typing.Final[_Payload] = table.channel(
    0,
    topic="chat",
    rate_limit_per_user=30,
    last_message_id="1106",
    default_auto_archive_duration=60,
    nsfw=True,
)
STICKER: typing.Final[_Payload] = {
    **{key: value for key, value in table.STICKER.items() if key != "user"},
    "format_type": 4,
    "available": False,
}
FORWARD: typing.Final[_Payload] = {
    **table.MESSAGE,
    "id": "334385199974967046",
    "flags": 16384,
    "content": "",
    "message_reference": {
        "type": 1,
        "message_id": table.MESSAGE["id"],
        "channel_id": table.MESSAGE["channel_id"],
        "guild_id": GUILD_ID,
    },
    "message_snapshots": [
        {
            "message": {
                "type": 0,
                "content": "Supa Hot",
                "embeds": [],
                "attachments": [IMAGE],
                "timestamp": WHEN,
                "edited_timestamp": None,
                "flags": 0,
                "mentions": [],
                "mention_roles": [],
            }
        }
    ],
}

BARE_USER: typing.Final[_Payload] = {"id": "1", "username": "u", "discriminator": "0", "avatar": None}
HOOK_AUTHOR: typing.Final[_Payload] = {
    "id": "5",
    "username": "hook",
    "discriminator": "0000",
    "avatar": None,
    "bot": True,
}
SPARSE_CASES: typing.Final[list[tuple[str, _Payload, dict[str, object]]]] = [
    ("deserialize_user", BARE_USER, {}),
    (
        "deserialize_member",
        {"user": BARE_USER, "roles": [], "joined_at": None, "deaf": False, "mute": False, "flags": 0},
        IN_GUILD,
    ),
    ("deserialize_member", {"user": BARE_USER, "roles": [], "joined_at": WHEN, "flags": 0}, IN_GUILD),
    (
        "deserialize_channel",
        table.channel(
            0, topic=None, permission_overwrites=[{"id": "1", "type": 1, "allow": "0", "deny": "8"}]
        ),
        {},
    ),
    ("deserialize_channel", {key: value for key, value in table.thread(11).items() if key != "nsfw"}, {}),
    ("deserialize_channel", table.thread(10), {}),
    ("deserialize_message", {**DM_MESSAGE, "webhook_id": "5", "author": HOOK_AUTHOR}, {}),
    ("deserialize_message", {**DM_MESSAGE, "type": 7, "content": ""}, {}),
    (
        "deserialize_message",
        {
            **DM_MESSAGE,
            "type": 19,
            "referenced_message": None,
            "message_reference": {"message_id": "9", "channel_id": "8"},
        },
        {},
    ),
    ("deserialize_embed", {"type": "rich"}, {}),
    (
        "deserialize_embed",
        {
            "type": "rich",
            "timestamp": "2024-05-01T12:00:00Z",
            "image": {"url": "attachment://cat.png"},
            "fields": [],
        },
        {},
    ),
    (
        "deserialize_embed",
        {
            "type": "video",
            "video": {"url": "https://example.com/v"},
            "provider": {"name": "YouTube"},
            "color": 0,
        },
        {},
    ),
    (
        "deserialize_role",
        {
            **table.ROLE,
            "colors": {"primary_color": 3447003, "secondary_color": 15844367, "tertiary_color": None},
            "flags": 1,
            "tags": {
                "premium_subscriber": None,
                "available_for_purchase": None,
                "guild_connections": None,
                "subscription_listing_id": "77",
            },
        },
        IN_GUILD,
    ),
    (
        "deserialize_voice_state",
        {**VOICE_STATE, "channel_id": None, "request_to_speak_timestamp": None, "self_stream": False},
        {},
    ),
    ("deserialize_scheduled_event", {**EXTERNAL_EVENT, "creator": None}, {}),
    (
        "deserialize_known_custom_emoji",
        {
            "id": "1",
            "name": "x",
            "roles": [],
            "require_colons": True,
            "managed": True,
            "animated": True,
            "available": False,
        },
        IN_GUILD,
    ),
    ("deserialize_emoji", {"id": "1", "name": None}, {}),
    ("deserialize_sticker_pack", {**STICKER_PACK, "cover_sticker_id": None, "banner_asset_id": None}, {}),
    ("deserialize_invite", {"type": 1, "code": "abc", "channel": {"id": "3", "name": None, "type": 3}}, {}),
    (
        "deserialize_invite_with_metadata",
        {
            **table.INVITE_METADATA,
            "target_type": 2,
            "target_application": {
                "id": INVITE_APPLICATION["id"],
                "name": "Sketch Heads",
                "description": "",
                "verify_key": INVITE_APPLICATION["verify_key"],
            },
            "guild_scheduled_event": None,
        },
        {},
    ),
    ("deserialize_auto_mod_rule", {**PRESET_RULE, "trigger_type": 3, "trigger_metadata": {}}, {}),
    (
        "deserialize_auto_mod_rule",
        {
            **PRESET_RULE,
            "trigger_type": 1,
            "trigger_metadata": {"keyword_filter": ["a"], "regex_patterns": ["b+"], "allow_list": []},
            "actions": [{"type": 3, "metadata": {"duration_seconds": 60}}, {"type": 1, "metadata": {}}],
        },
        {},
    ),
    ("deserialize_webhook", {key: value for key, value in table.WEBHOOK.items() if key != "user"}, {}),
    (
        "deserialize_application",
        {
            **table.APPLICATION,
            "approximate_guild_count": 0,
            "approximate_user_install_count": 0,
            "bot_public": True,
        },
        {},
    ),
    ("deserialize_sku", {**table.SKU, "type": 6, "flags": 256}, {}),
    ("deserialize_stage_instance", {**STAGE, "guild_scheduled_event_id": None}, {}),
]
"""Objects with their optional fields absent or null, as Discord sends them in other places."""

CHANGES: typing.Final[dict[str, tuple[object, object]]] = {
    "mfa_level": (0, 1),
    "verification_level": (0, 2),
    "explicit_content_filter": (0, 2),
    "default_message_notifications": (0, 1),
    "prune_delete_days": (1, 7),
    "colors": (
        {"primary_color": 1, "secondary_color": None, "tertiary_color": None},
        {"primary_color": 2, "secondary_color": 3, "tertiary_color": None},
    ),
    "max_uses": (0, 5),
    "max_age": (0, 60),
    "type": (0, 1),
    "expire_behavior": (0, 1),
    "expire_grace_period": (1, 7),
    "format_type": (1, 2),
    "afk_timeout": (60, 300),
    "rate_limit_per_user": (0, 5),
    "default_auto_archive_duration": (60, 1440),
    "owner_id": (table.USER["id"], BOT["id"]),
    "permissions": ("0", "8"),
    "color": (0, 255),
    "communication_disabled_until": (None, LATER),
    "permission_overwrites": ([], [table.OVERWRITE]),
    "nick": (None, "x"),
}
"""A guild update's changes, one per key hikari converts (and a few it keeps as sent)."""
CHANGES_ENTRY: typing.Final[_Payload] = {
    "id": "1014",
    "action_type": 1,
    "target_id": GUILD_ID,
    "user_id": table.USER["id"],
    "changes": [{"key": key, "old_value": old, "new_value": new} for key, (old, new) in CHANGES.items()],
}

LAYOUT: typing.Final[list[_Payload]] = [
    {
        "type": 17,
        "id": 1,
        "accent_color": 255,
        "spoiler": False,
        "components": [
            {"type": 10, "id": 2, "content": "# Hi"},
            {
                "type": 9,
                "id": 3,
                "components": [{"type": 10, "id": 4, "content": "s"}],
                "accessory": {
                    "type": 11,
                    "id": 5,
                    "media": {"url": "attachment://cat.png"},
                    "description": "d",
                    "spoiler": True,
                },
            },
            {
                "type": 12,
                "id": 6,
                "items": [
                    {
                        "media": {
                            "url": "https://example.com/a.png",
                            "proxy_url": "https://media.example/a.png",
                            "width": 1,
                            "height": 1,
                            "content_type": "image/png",
                            "loading_state": 3,
                            "flags": 0,
                        },
                        "description": None,
                        "spoiler": False,
                    }
                ],
            },
            {"type": 14, "id": 7, "divider": True, "spacing": 2},
            {
                "type": 13,
                "id": 8,
                "file": {"url": "attachment://a.txt"},
                "spoiler": False,
                "name": "a.txt",
                "size": 3,
            },
            {
                "type": 1,
                "id": 9,
                "components": [
                    {
                        "type": 3,
                        "id": 10,
                        "custom_id": "s",
                        "options": [
                            {
                                "label": "A",
                                "value": "a",
                                "description": None,
                                "emoji": {"id": None, "name": "🔥"},
                                "default": True,
                            }
                        ],
                        "placeholder": "p",
                        "min_values": 1,
                        "max_values": 1,
                        "disabled": False,
                    },
                ],
            },
            {
                "type": 1,
                "id": 11,
                "components": [
                    {"type": 5, "id": 12, "custom_id": "u", "default_values": [{"id": "1", "type": "user"}]},
                ],
            },
            {
                "type": 1,
                "id": 13,
                "components": [
                    {"type": 2, "id": 14, "style": 5, "label": "L", "url": "https://example.com"},
                    {"type": 2, "id": 15, "style": 6, "sku_id": "1088510058284990888"},
                    {
                        "type": 2,
                        "id": 16,
                        "style": 2,
                        "custom_id": "x",
                        "emoji": {"id": "41771983429993937", "name": "LUL", "animated": False},
                    },
                ],
            },
        ],
    },
]
"""A components v2 layout: a container of text, a section with a thumbnail, a gallery, a separator,
a file and rows of a select menu, a user select and buttons."""

RICH_CASES: typing.Final[list[tuple[str, _Payload, dict[str, object]]]] = [
    ("deserialize_user", BOT, {}),
    ("deserialize_message", {**DM_MESSAGE, "flags": 32768, "components": LAYOUT, "content": ""}, {}),
    (
        "deserialize_partial_message",
        {
            "id": "1",
            "channel_id": "2",
            "content": "x",
            "mentions": [table.USER],
            "mention_roles": ["3"],
            "attachments": [],
            "embeds": [],
            "edited_timestamp": WHEN,
            "pinned": True,
        },
        {},
    ),
    (
        "deserialize_member",
        {**MEMBER, "avatar_decoration_data": {"asset": "a", "sku_id": "1"}, "banner": "b"},
        IN_GUILD,
    ),
    ("deserialize_audit_log_entry", CHANGES_ENTRY, IN_GUILD),
    ("deserialize_integration", TWITCH, IN_GUILD),
    ("deserialize_command", COMMAND, {}),
    ("deserialize_entitlement", ENTITLEMENT, {}),
    ("deserialize_poll", POLL, {}),
    ("deserialize_scheduled_event", STAGE_EVENT, {}),
    ("deserialize_guild_widget", WIDGET, {}),
    ("deserialize_channel", TEXT, {}),
    ("deserialize_channel", table.channel(4), {}),
    ("deserialize_guild_sticker", STICKER, {}),
    ("deserialize_message", FORWARD, {}),
    ("deserialize_user", LEGACY_USER, {}),
    ("deserialize_message", INTERACTION_MESSAGE, {}),
    ("deserialize_member", MEMBER, IN_GUILD),
    ("deserialize_embed", EMBED, {}),
    ("deserialize_message", REPLY, {}),
    ("deserialize_message", DM_MESSAGE, {}),
    ("deserialize_emoji", {"id": None, "name": "🔥"}, {}),
    ("deserialize_emoji", {"id": "41771983429993937", "name": "LUL", "animated": True}, {}),
    ("deserialize_channel", FORUM, {}),
    ("deserialize_channel", VOICE, {}),
    ("deserialize_channel", PRIVATE_THREAD, {}),
    ("deserialize_channel", GROUP_DM, {}),
    ("deserialize_channel", {"id": "1105", "type": 1, "last_message_id": None, "recipients": [BOT]}, {}),
    ("deserialize_role", ROLE, IN_GUILD),
    ("deserialize_rest_guild", GUILD, {}),
    ("deserialize_voice_state", VOICE_STATE, {}),
    ("deserialize_webhook", FOLLOWER_WEBHOOK, {}),
    ("deserialize_scheduled_event", EXTERNAL_EVENT, {}),
    ("deserialize_auto_mod_rule", PRESET_RULE, {}),
    ("deserialize_auto_mod_rule", MENTION_RULE, {}),
    ("deserialize_sticker_pack", STICKER_PACK, {}),
    ("deserialize_stage_instance", STAGE, {}),
    ("deserialize_integration", INTEGRATION, IN_GUILD),
    ("deserialize_application", APPLICATION, {}),
    ("deserialize_audit_log", AUDIT_LOG, IN_GUILD),
    ("deserialize_invite_with_metadata", INVITE, {}),
    ("deserialize_invite", ACTIVITY_INVITE, {}),
    ("deserialize_own_guild", OWN_GUILD, {}),
    ("deserialize_guild_preview", GUILD_PREVIEW, {}),
    ("deserialize_interaction", COMMAND_INTERACTION, {}),
    ("deserialize_interaction", COMPONENT_INTERACTION, {}),
    ("deserialize_channel", table.channel(5, topic="news", rate_limit_per_user=0, last_message_id=None), {}),
    (
        "deserialize_channel",
        table.channel(13, topic="Stage", bitrate=64000, user_limit=0, rtc_region=None),
        {},
    ),
]
