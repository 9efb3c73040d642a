"""Building and editing message objects from request bodies (shared by channels and webhooks),
forwarding them, and counting the votes on their polls."""

from __future__ import annotations

__all__ = [
    "FORWARDABLE_TYPES",
    "apply_edit",
    "build_attachments",
    "expire_poll",
    "forward_fields",
    "new_message",
    "record_votes",
]

import datetime
import typing

from hikari_like.internal import json
from hikari_like.testing.emulator import payloads
from hikari_like.testing.emulator.records import RecordedFile
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import field_error

_EDITABLE = ("content", "embeds", "components", "flags", "allowed_mentions")
_LOADING = 1 << 7
_HAS_SNAPSHOT = 1 << 14
_SPOILER_FLAG = 1 << 3
FORWARDABLE_TYPES: typing.Final = frozenset({0, 19, 20, 23})
"""Discord forwards DEFAULT, REPLY, CHAT_INPUT_COMMAND and CONTEXT_MENU_COMMAND messages only."""
_SNAPSHOT_FIELDS: typing.Final = (
    "type",
    "content",
    "embeds",
    "attachments",
    "timestamp",
    "edited_timestamp",
    "flags",
    "mentions",
    "mention_roles",
    "sticker_items",
    "components",
)
"""What a message snapshot keeps of the forwarded message (Discord's documented subset)."""
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
        _put_metadata(attachment, entry)
        attachments.append(attachment)
    return attachments


def _put_metadata(attachment: json.JSONObject, entry: json.JSONObject) -> None:
    # The attachment request's alt text and spoiler mark (`is_spoiler`, or the older file name prefix).
    if isinstance(entry.get("description"), str):
        attachment["description"] = entry["description"]
    spoiler = entry.get("is_spoiler")
    if spoiler is None:
        spoiler = str(attachment["filename"]).startswith("SPOILER_") or None
    if spoiler is not None:
        flags = int(attachment.get("flags", 0))
        attachment["flags"] = flags | _SPOILER_FLAG if spoiler else flags & ~_SPOILER_FLAG


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
    if isinstance(reference, dict) and reference.get("type", 0) == 0:
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
    """Edit `message` in place as Discord does: given fields replace, `attachments` keeps listed ones
    (updating their `description` and `is_spoiler`), and a poll is added only to a deferred
    interaction response that has not been edited yet."""
    if body.get("poll") is not None:
        message["poll"] = _poll_for_edit(message, body["poll"])
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
    listed = {str(entry.get("id")): entry for entry in body["attachments"] or () if isinstance(entry, dict)}
    kept = [attachment for attachment in message.get("attachments", []) if attachment["id"] in listed]
    for attachment in kept:
        _put_metadata(attachment, listed[attachment["id"]])
    return kept


def _is_unanswered_deferral(message: json.JSONObject) -> bool:
    # A deferred response is the only message with nothing visible that was never edited
    # (routes may clear LOADING just before the edit is applied).
    visible = ("content", "embeds", "components", "attachments", "poll", "sticker_items")
    untouched = message.get("edited_timestamp") is None and not any(message.get(name) for name in visible)
    return bool(message.get("flags", 0) & _LOADING) or untouched


def _poll_for_edit(message: json.JSONObject, poll: json.JSONObject) -> json.JSONObject:
    if message.get("poll"):
        raise DiscordError(400, "Cannot edit a poll message", 520003)
    if not _is_unanswered_deferral(message):
        errors = field_error(
            "poll",
            "POLL_EDIT_NOT_ALLOWED",
            "Polls can only be added when editing a deferred interaction response.",
        )
        raise DiscordError.invalid_form(errors)
    return payloads.poll_payload(poll)


def forward_fields(source: json.JSONObject, reference: json.JSONObject) -> json.JSONObject:
    """The fields a forward of `source` has: its FORWARD reference and the snapshot of `source`.

    Raises Discord's 50035 for a message that cannot be forwarded (a poll, a system message).
    """
    if source.get("type", 0) not in FORWARDABLE_TYPES or source.get("poll"):
        message = "Cannot forward this message: only plain messages without a poll can be forwarded."
        raise DiscordError.invalid_form(field_error("message_reference", "MESSAGE_FORWARD_INVALID", message))
    snapshot = {name: source[name] for name in _SNAPSHOT_FIELDS if name in source}
    forwarded_from = {"type": 1, "channel_id": source["channel_id"], "message_id": source["id"]}
    if reference.get("guild_id"):
        forwarded_from["guild_id"] = reference["guild_id"]
    return {
        "message_reference": forwarded_from,
        "message_snapshots": [
            {"message": json.loads(json.dumps(snapshot))}
        ],  # a copy: snapshots never change
        "flags": _HAS_SNAPSHOT,
    }


def record_votes(
    message: json.JSONObject, votes: dict[int, list[str]], user_id: str, answer_ids: typing.Sequence[int]
) -> None:
    """Replace `user_id`'s votes on `message`'s poll with `answer_ids` and recount its results.

    Votes come from tests, not requests: `ValueError` for a message without a poll, an ended poll
    (Discord's 520001), answers the poll does not have, or several answers on a poll without
    `allow_multiselect` (what Discord's clients never send).
    """
    poll = message.get("poll")
    if not isinstance(poll, dict):
        raise ValueError("this message has no poll")
    if _has_ended(poll):
        raise ValueError("Poll expired (Discord's 520001): nobody can vote on it any more")
    known = {answer["answer_id"] for answer in poll["answers"]}
    if not set(answer_ids) <= known or (len(answer_ids) > 1 and not poll["allow_multiselect"]):
        raise ValueError(f"answers {list(answer_ids)} are not a valid vote on this poll")
    for voters in votes.values():
        if user_id in voters:
            voters.remove(user_id)
    for answer_id in dict.fromkeys(answer_ids):
        votes.setdefault(answer_id, []).append(user_id)
    _recount(poll, votes, is_finalized=False)


def expire_poll(message: json.JSONObject, votes: dict[int, list[str]]) -> json.JSONObject:
    """End `message`'s poll now, as `POST .../polls/{message}/expire` does; its results are final."""
    poll = _poll_of(message)
    if _has_ended(poll):
        raise DiscordError(400, "Poll expired", 520001)
    poll["expiry"] = payloads.iso_timestamp()
    # Discord finalises the tally in the background shortly after; the emulator counts exactly at once.
    _recount(poll, votes, is_finalized=True)
    return message


def _poll_of(message: json.JSONObject) -> json.JSONObject:
    poll = message.get("poll")
    if not isinstance(poll, dict):
        raise DiscordError(400, "Cannot expire a non-poll message", 520006)
    return poll


def _has_ended(poll: json.JSONObject) -> bool:
    expiry = poll.get("expiry")
    return expiry is not None and datetime.datetime.fromisoformat(expiry) <= datetime.datetime.now(
        datetime.UTC
    )


def _recount(poll: json.JSONObject, votes: dict[int, list[str]], *, is_finalized: bool) -> None:
    counts = [
        {"id": answer_id, "count": len(voters), "me_voted": False}  # apps cannot vote
        for answer_id, voters in sorted(votes.items())
        if voters
    ]
    poll["results"] = {"is_finalized": is_finalized, "answer_counts": counts}
