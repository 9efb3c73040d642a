"""Building and editing message objects from request bodies (shared by channels and webhooks)."""

from __future__ import annotations

__all__ = ["apply_edit", "build_attachments", "new_message"]

import typing

from hikari_like.internal import json
from hikari_like.testing.emulator import payloads
from hikari_like.testing.emulator.records import RecordedFile

_EDITABLE = ("content", "embeds", "components", "flags", "allowed_mentions", "poll")
# Flags a client may set or clear on edit; the others (e.g. EPHEMERAL, 64) are fixed at creation.
_EDITABLE_FLAGS = 1 << 2 | 1 << 12 | 1 << 15


def _file_index(field: str) -> str:
    # `files[3]` -> "3"; older clients send `file`, `file1`...: use what follows the prefix.
    return field.removeprefix("files[").removesuffix("]").removeprefix("file") or "0"


def build_attachments(
    ids: payloads.SnowflakeFactory,
    *,
    channel_id: str,
    body: json.JSONObject,
    files: tuple[RecordedFile, ...],
) -> list[json.JSONObject]:
    """Attachment objects for the uploaded `files`, named by their `attachments` entries when given."""
    entries = {
        str(entry.get("id")): entry for entry in body.get("attachments") or () if isinstance(entry, dict)
    }
    attachments = []
    for file in files:
        entry = entries.get(_file_index(file.field), {})
        attachment = payloads.attachment_payload(
            ids(),
            channel_id=channel_id,
            filename=entry.get("filename") or file.filename,
            size=len(file.data),
            content_type=file.content_type,
        )
        if entry.get("description"):
            attachment["description"] = entry["description"]
        attachments.append(attachment)
    return attachments


def new_message(
    ids: payloads.SnowflakeFactory,
    *,
    channel_id: str,
    author: json.JSONObject,
    body: json.JSONObject,
    files: tuple[RecordedFile, ...],
    extra: json.JSONObject | None = None,
) -> json.JSONObject:
    """A stored message for a create request; `extra` adds fields such as `webhook_id`."""
    attachments = build_attachments(ids, channel_id=channel_id, body=body, files=files)
    message = payloads.message_payload(
        ids(), channel_id=channel_id, author=author, fields=body, attachments=attachments
    )
    reference = body.get("message_reference")
    if isinstance(reference, dict):
        message["type"] = 19  # REPLY
        message["message_reference"] = {"type": 0, "channel_id": channel_id, **reference}
    message.update(extra or {})
    return message


def apply_edit(
    ids: payloads.SnowflakeFactory,
    message: json.JSONObject,
    *,
    body: json.JSONObject,
    files: tuple[RecordedFile, ...],
) -> json.JSONObject:
    """Edit `message` in place as Discord does: given fields replace, `attachments` keeps listed ones."""
    for name in _EDITABLE:
        if name not in body:
            continue
        value = body[name]
        if name == "flags":
            value = (message.get("flags", 0) & ~_EDITABLE_FLAGS) | (int(value or 0) & _EDITABLE_FLAGS)
        message[name] = value if value is not None else _cleared(name)
    if "attachments" in body or files:
        message["attachments"] = _kept_attachments(message, body) + build_attachments(
            ids, channel_id=message["channel_id"], body=body, files=files
        )
    message["edited_timestamp"] = payloads.iso_timestamp()
    return message


def _cleared(name: str) -> typing.Any:
    return {"content": "", "embeds": [], "components": [], "flags": 0}.get(name)


def _kept_attachments(message: json.JSONObject, body: json.JSONObject) -> list[json.JSONObject]:
    if "attachments" not in body:
        return list(message.get("attachments", []))
    listed = {str(entry.get("id")) for entry in body["attachments"] or () if isinstance(entry, dict)}
    return [attachment for attachment in message.get("attachments", []) if attachment["id"] in listed]
