"""Whole documented objects for the entity agreement test: the shapes of discord-api-docs' object
tables with their optional fields present (a bot user with a banner, a reply with mentions,
attachments, an embed and reactions, a forum with tags, a private thread...), and the shapes
that differ by where they come from (a DM message, a Unicode emoji, a channel follower webhook).

Each case is `(method, payload, kwargs)`, read by both entity factories.
"""

from __future__ import annotations

__all__ = ["RICH_CASES"]

import typing

from hikari_like import snowflakes
from tests import entity_factory_cases as table

_Payload = dict[str, typing.Any]
GUILD_ID: typing.Final = table.GUILD_ID
IN_GUILD: typing.Final = {"guild_id": snowflakes.Snowflake(GUILD_ID)}
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

RICH_CASES: typing.Final[list[tuple[str, _Payload, dict[str, object]]]] = [
    ("deserialize_user", BOT, {}),
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
]
