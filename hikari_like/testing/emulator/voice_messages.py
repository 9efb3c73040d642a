"""Discord's voice message rules (`resources/message.mdx`, "Voice Messages"), shared by the
channel and webhook message routes.

A message flagged IS_VOICE_MESSAGE carries exactly one audio file, whose attachment entry gives
`duration_secs` and `waveform` (50161 "Voice messages must have supporting metadata" otherwise),
and nothing else: no content, embeds, stickers, components or poll (50035 at the field). Discord
keeps the two fields only for a file whose content type is `audio/...`. A voice message cannot
be edited (50162).

```python
check_voice_message(body, ctx.body.files)
message = message_ops.new_message(...)
keep_voice_metadata(message, body)
```
"""

from __future__ import annotations

__all__ = [
    "IS_VOICE_MESSAGE",
    "check_voice_edit",
    "check_voice_message",
    "is_voice_message",
    "keep_voice_metadata",
]

import typing

from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.responses import DiscordError

if typing.TYPE_CHECKING:
    from hikari_like.internal import json
    from hikari_like.testing.emulator.records import RecordedFile

IS_VOICE_MESSAGE: typing.Final = 1 << 13
_NOT_WITH_VOICE: typing.Final = ("content", "embeds", "sticker_ids", "components", "poll")
_METADATA: typing.Final = ("duration_secs", "waveform")


def is_voice_message(body: json.JSONObject) -> bool:
    """Whether the request's (or the stored message's) flags have IS_VOICE_MESSAGE."""
    flags = body.get("flags")
    return isinstance(flags, int) and not isinstance(flags, bool) and bool(flags & IS_VOICE_MESSAGE)


def check_voice_message(body: json.JSONObject, files: tuple[RecordedFile, ...]) -> None:
    """Refuse a voice message that breaks Discord's rules; any other message passes."""
    if not is_voice_message(body):
        return
    for name in _NOT_WITH_VOICE:
        if body.get(name):
            raise invalid(name, "VOICE_MESSAGE_INVALID", "Voice messages cannot have other content.")
    entries = [entry for entry in body.get("attachments") or () if isinstance(entry, dict)]
    if len(files) != 1 or len(entries) != 1 or any(entries[0].get(name) is None for name in _METADATA):
        raise DiscordError(400, "Voice messages must have supporting metadata.", 50161)
    duration = entries[0]["duration_secs"]
    if isinstance(duration, bool) or not isinstance(duration, int | float) or duration < 0:
        raise invalid(
            "attachments.0.duration_secs", "NUMBER_TYPE_COERCE", f'Value "{duration}" is not float.'
        )
    if not isinstance(entries[0]["waveform"], str):
        raise invalid("attachments.0.waveform", "STRING_TYPE_CONVERT", "Could not interpret value as string.")


def keep_voice_metadata(message: json.JSONObject, body: json.JSONObject) -> None:
    """Copy the checked voice fields onto the stored audio attachment."""
    if not is_voice_message(body) or not message.get("attachments"):
        return
    attachment = message["attachments"][0]
    if str(attachment.get("content_type") or "").startswith("audio/"):
        entry = next(entry for entry in body["attachments"] if isinstance(entry, dict))
        attachment.update({name: entry[name] for name in _METADATA})


def check_voice_edit(message: json.JSONObject) -> None:
    """Discord's 50162: a voice message is never edited."""
    if is_voice_message(message):
        raise DiscordError(400, "Voice messages cannot be edited.", 50162)
