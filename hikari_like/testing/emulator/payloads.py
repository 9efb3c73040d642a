"""Discord API v10 JSON shapes the emulator answers with (users, applications, channels, messages...).

Plain dicts on purpose: the emulator speaks JSON and must not depend on the library's models, so a
bug in a model can never hide behind the same bug in the server that tests it.
"""

from __future__ import annotations

__all__ = [
    "SnowflakeFactory",
    "application_payload",
    "attachment_payload",
    "channel_payload",
    "command_payload",
    "iso_timestamp",
    "message_payload",
    "poll_payload",
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

    def __call__(self) -> str:
        milliseconds = int(time.time() * 1000) - snowflakes.DISCORD_EPOCH
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
