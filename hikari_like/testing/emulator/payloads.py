"""Discord API v10 JSON shapes the emulator answers with (users, applications, channels, messages...).

Plain dicts on purpose: the emulator speaks JSON and must not depend on the library's models, so a
bug in a model can never hide behind the same bug in the server that tests it.
"""

from __future__ import annotations

__all__ = [
    "SnowflakeFactory",
    "application_payload",
    "team_payload",
    "team_placeholder_user",
    "attachment_payload",
    "ban_payload",
    "channel_payload",
    "command_payload",
    "guild_channel_payload",
    "guild_payload",
    "invite_payload",
    "iso_timestamp",
    "member_payload",
    "message_payload",
    "overwrite_payload",
    "poll_payload",
    "role_payload",
    "user_payload",
]

import datetime
import itertools
import time
import typing

from hikari_like import snowflakes
from hikari_like.internal import json

_CDN = "https://cdn.discordapp.com"
_MEDIA = "https://media.discordapp.net"


class SnowflakeFactory:
    """Fresh, increasing IDs built from the current time, like Discord's own."""

    __slots__ = ("_counter", "_worker")

    def __init__(self, *, worker: int = 1) -> None:
        self._counter = itertools.count()
        self._worker = worker & 0x1F

    def __call__(self, at: datetime.datetime | None = None) -> str:
        """A new ID made now, or made at the moment `at` (an old message's, say)."""
        moment = time.time() if at is None else at.timestamp()
        milliseconds = int(moment * 1000) - snowflakes.DISCORD_EPOCH
        increment = next(self._counter) & 0xFFF
        return str((milliseconds << 22) | (self._worker << 17) | increment)


def iso_timestamp(when: datetime.datetime | None = None) -> str:
    """Discord's timestamp form: ISO 8601 with microseconds and a `+00:00` offset."""
    moment = when or datetime.datetime.now(datetime.UTC)
    return moment.isoformat(timespec="microseconds")


def user_payload(
    user_id: str, username: str, *, bot: bool = False, global_name: str | None = None
) -> json.JSONObject:
    """A v10 user object (the public part every endpoint shows)."""
    payload: json.JSONObject = {
        "id": user_id,
        "username": username,
        "discriminator": "0",
        "global_name": global_name,
        "avatar": None,
        "avatar_decoration_data": None,
        "banner": None,
        "accent_color": None,
        "public_flags": 0,
        "flags": 0,
        "primary_guild": None,
        "collectibles": None,
    }
    if bot:
        payload["bot"] = True
    return payload


def application_payload(
    *, application_id: str, name: str, verify_key: str, bot: json.JSONObject, owner: json.JSONObject
) -> json.JSONObject:
    """A v10 application object as `GET /applications/@me` returns it."""
    return {
        "id": application_id,
        "name": name,
        "icon": None,
        "description": "An application served by hikari_like's emulated Discord.",
        "summary": "",
        "type": None,
        "bot_public": True,
        "bot_require_code_grant": False,
        "verify_key": verify_key,
        "flags": 0,
        "hook": True,
        "team": None,
        "owner": owner,
        "bot": bot,
        "redirect_uris": [],
        "interactions_endpoint_url": None,
        "role_connections_verification_url": None,
        "tags": [],
        "approximate_guild_count": 1,
        "approximate_user_install_count": 0,
        "integration_types_config": {"0": {}, "1": {}},
        "install_params": {"scopes": ["applications.commands", "bot"], "permissions": "0"},
    }


def team_payload(
    team_id: str, *, name: str, owner: json.JSONObject, members: typing.Sequence[json.JSONObject]
) -> json.JSONObject:
    """A v10 team object: `owner` an accepted admin, each of `members` an accepted developer."""
    roles = [(owner, "admin"), *((member, "developer") for member in members if member["id"] != owner["id"])]
    return {
        "id": team_id,
        "name": name,
        "icon": None,
        "owner_user_id": owner["id"],
        "members": [
            {"membership_state": 2, "team_id": team_id, "user": user, "role": role, "permissions": ["*"]}
            for user, role in roles
        ],
    }


def team_placeholder_user(team_id: str) -> json.JSONObject:
    """The `owner` Discord shows for a team application: a pseudo-user named after the team."""
    placeholder = user_payload(team_id, f"team{team_id}")
    placeholder["flags"] = placeholder["public_flags"] = 1 << 10  # TEAM_PSEUDO_USER
    return placeholder


def channel_payload(
    channel_id: str,
    *,
    guild_id: str | None,
    name: str,
    channel_type: int = 0,
    recipients: list[json.JSONObject] | None = None,
) -> json.JSONObject:
    """A v10 channel: a guild text channel, or a DM (type 1) when `guild_id` is `None`."""
    if guild_id is None:
        return {
            "id": channel_id,
            "type": 1,
            "last_message_id": None,
            "flags": 0,
            "recipients": recipients or [],
        }
    return {
        "id": channel_id,
        "type": channel_type,
        "guild_id": guild_id,
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "topic": None,
        "nsfw": False,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "parent_id": None,
        "flags": 0,
    }


def attachment_payload(
    attachment_id: str, *, channel_id: str, filename: str, size: int, content_type: str | None
) -> json.JSONObject:
    """A v10 attachment object for an uploaded file."""
    path = f"attachments/{channel_id}/{attachment_id}/{filename}"
    payload: json.JSONObject = {
        "id": attachment_id,
        "filename": filename,
        "size": size,
        "url": f"{_CDN}/{path}",
        "proxy_url": f"{_MEDIA}/{path}",
    }
    if content_type:
        payload["content_type"] = content_type
    return payload


# Fields a create or edit request may set on a message, with the value a fresh message has.
_MESSAGE_FIELD_DEFAULTS: typing.Final[dict[str, typing.Any]] = {
    "content": "",
    "tts": False,
    "embeds": [],
    "components": [],
    "flags": 0,
    "sticker_items": [],
    "poll": None,
}


def message_payload(
    message_id: str,
    *,
    channel_id: str,
    author: json.JSONObject,
    fields: json.JSONObject,
    attachments: list[json.JSONObject],
) -> json.JSONObject:
    """A v10 message object built from the fields of a create request."""
    payload: json.JSONObject = {
        "id": message_id,
        "type": 0,
        "channel_id": channel_id,
        "author": author,
        "timestamp": iso_timestamp(),
        "edited_timestamp": None,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "mention_channels": [],
        "attachments": attachments,
        "pinned": False,
    }
    for name, default in _MESSAGE_FIELD_DEFAULTS.items():
        value = fields.get(name)
        payload[name] = default if value is None else value
    if payload["poll"] is None:
        del payload["poll"]
    else:
        payload["poll"] = poll_payload(payload["poll"])
    if fields.get("nonce") is not None:
        payload["nonce"] = fields["nonce"]
    return payload


def poll_payload(request: json.JSONObject, *, now: datetime.datetime | None = None) -> json.JSONObject:
    """The poll object Discord stores for a (validated) poll create request object.

    Answers are numbered from 1, `duration` (hours, default 24) becomes `expiry`, and the results
    start empty and not finalized.
    """
    start = now or datetime.datetime.now(datetime.UTC)
    hours = request.get("duration", 24)
    answers = [
        {"answer_id": number, "poll_media": answer["poll_media"]}
        for number, answer in enumerate(request["answers"], start=1)
    ]
    return {
        "question": {"text": request["question"]["text"]},
        "answers": answers,
        "expiry": iso_timestamp(start + datetime.timedelta(hours=hours)),
        "allow_multiselect": request.get("allow_multiselect", False),
        "layout_type": request.get("layout_type", 1),
        "results": {"is_finalized": False, "answer_counts": []},
    }


def command_payload(
    command_id: str, *, application_id: str, guild_id: str | None, body: json.JSONObject, version: str
) -> json.JSONObject:
    """A v10 application command built from a create/overwrite request body."""
    payload: json.JSONObject = {
        "id": command_id,
        "application_id": application_id,
        "version": version,
        "type": body.get("type", 1),
        "name": body["name"],
        "name_localizations": body.get("name_localizations"),
        "description": body.get("description", ""),
        "description_localizations": body.get("description_localizations"),
        "default_member_permissions": body.get("default_member_permissions"),
        "nsfw": bool(body.get("nsfw", False)),
        "integration_types": body.get("integration_types", [0]),
        "contexts": body.get("contexts"),
    }
    if guild_id is not None:
        payload["guild_id"] = guild_id
    else:
        payload["dm_permission"] = body.get("dm_permission", True)
    if body.get("options"):
        payload["options"] = body["options"]
    return payload


def guild_payload(
    guild_id: str, *, name: str, owner_id: str, features: typing.Sequence[str] = ()
) -> json.JSONObject:
    """A v10 guild object's own fields (`GET /guilds/{id}` adds `roles`, `emojis` and `stickers`)."""
    return {
        "id": guild_id,
        "name": name,
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "banner": None,
        "description": None,
        "features": list(features),
        "owner_id": owner_id,
        "application_id": None,
        "region": None,
        "afk_channel_id": None,
        "afk_timeout": 300,
        "widget_enabled": False,
        "widget_channel_id": None,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "max_presences": None,
        "max_members": 250000,
        "max_video_channel_users": 25,
        "max_stage_video_channel_users": 50,
        "vanity_url_code": None,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": None,
        "safety_alerts_channel_id": None,
        "nsfw_level": 0,
        "premium_progress_bar_enabled": False,
        "incidents_data": None,
    }


def role_payload(
    role_id: str,
    *,
    name: str,
    permissions: int,
    position: int,
    color: int = 0,
    hoist: bool = False,
    managed: bool = False,
    mentionable: bool = False,
    bot_id: str | None = None,
) -> json.JSONObject:
    """A v10 role object: permissions as a string, `colors` always filled from `color`."""
    payload: json.JSONObject = {
        "id": role_id,
        "name": name,
        "color": color,
        "colors": {"primary_color": color, "secondary_color": None, "tertiary_color": None},
        "hoist": hoist,
        "icon": None,
        "unicode_emoji": None,
        "position": position,
        "permissions": str(permissions),
        "managed": managed,
        "mentionable": mentionable,
        "flags": 0,
    }
    if bot_id is not None:
        payload["tags"] = {"bot_id": bot_id}  # a bot's own role, made when it joins
    return payload


def member_payload(
    user: json.JSONObject,
    *,
    roles: typing.Sequence[str] = (),
    nick: str | None = None,
    joined_at: str | None = None,
    communication_disabled_until: str | None = None,
    flags: int = 0,
    pending: bool = False,
) -> json.JSONObject:
    """A v10 guild member object as `GET /guilds/{id}/members/{user}` returns it."""
    return {
        "user": user,
        "nick": nick,
        "avatar": None,
        "banner": None,
        "roles": list(roles),
        "joined_at": joined_at or iso_timestamp(),
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": flags,
        "pending": pending,
        "communication_disabled_until": communication_disabled_until,
        "avatar_decoration_data": None,
        "collectibles": None,
    }


def ban_payload(user: json.JSONObject, *, reason: str | None = None) -> json.JSONObject:
    """A v10 ban object."""
    return {"reason": reason, "user": user}


def overwrite_payload(target_id: str, *, type: int, allow: int = 0, deny: int = 0) -> json.JSONObject:
    """A v10 permission overwrite: `type` 0 for a role, 1 for a member; bit sets as strings."""
    return {"id": target_id, "type": type, "allow": str(allow), "deny": str(deny)}


_VOICE_TYPES: typing.Final = frozenset({2, 13})
_THREAD_ONLY_TYPES: typing.Final = frozenset({15, 16})  # forum and media channels hold only threads


def guild_channel_payload(
    channel_id: str,
    *,
    guild_id: str,
    name: str,
    channel_type: int = 0,
    position: int = 0,
    parent_id: str | None = None,
    permission_overwrites: typing.Sequence[json.JSONObject] = (),
    topic: str | None = None,
    nsfw: bool = False,
) -> json.JSONObject:
    """A v10 guild channel of any guild type (text 0, voice 2, category 4, announcement 5,
    stage 13, directory 14, forum 15, media 16), with the fields Discord shows for that type."""
    payload = channel_payload(channel_id, guild_id=guild_id, name=name, channel_type=channel_type)
    payload.update(
        position=position,
        parent_id=parent_id,
        permission_overwrites=list(permission_overwrites),
        topic=topic,
        nsfw=nsfw,
    )
    if channel_type == 4:  # a category holds channels, never messages
        for field in ("topic", "last_message_id", "rate_limit_per_user"):
            del payload[field]
    if channel_type in _VOICE_TYPES:
        payload.update(bitrate=64000, user_limit=0, rtc_region=None, video_quality_mode=1)
    if channel_type in _THREAD_ONLY_TYPES:
        payload.update(
            available_tags=[],
            default_reaction_emoji=None,
            default_thread_rate_limit_per_user=0,
            default_sort_order=None,
            default_forum_layout=0,
        )
    return payload


def invite_payload(
    stored: json.JSONObject,
    *,
    guild: json.JSONObject | None,
    channel: json.JSONObject,
    counts: tuple[int, int] | None = None,
    metadata: bool = False,
) -> json.JSONObject:
    """A v10 invite object from what the emulator stores of it: `guild` and `channel` are shown
    partially, `counts` (members, presences) only when asked, the metadata only where Discord
    shows it (`GET /guilds/{id}/invites`, `GET /channels/{id}/invites`)."""
    payload: json.JSONObject = {
        "type": 0 if guild is not None else 1,
        "code": stored["code"],
        "inviter": stored["inviter"],
        "expires_at": stored["expires_at"],
        "channel": {"id": channel["id"], "name": channel.get("name"), "type": channel["type"]},
        "flags": 0,
    }
    if guild is not None:
        payload["guild"] = {name: guild[name] for name in _INVITE_GUILD_FIELDS}
    payload.update({name: stored[name] for name in _INVITE_TARGET_FIELDS if name in stored})
    if counts is not None:
        payload["approximate_member_count"], payload["approximate_presence_count"] = counts
    if metadata:
        payload.update({name: stored[name] for name in _INVITE_METADATA_FIELDS})
    return payload


# The partial guild an invite shows (Discord's example invite object).
_INVITE_GUILD_FIELDS: typing.Final = (
    "id",
    "name",
    "splash",
    "banner",
    "description",
    "icon",
    "features",
    "verification_level",
    "vanity_url_code",
    "nsfw_level",
    "premium_subscription_count",
)
_INVITE_METADATA_FIELDS: typing.Final = ("uses", "max_uses", "max_age", "temporary", "created_at")
_INVITE_TARGET_FIELDS: typing.Final = ("target_type", "target_user", "target_application")
