"""Voice messages against the emulated Discord: the multipart request Discord documents (one
audio file, its attachment entry with `duration_secs` and `waveform`, the IS_VOICE_MESSAGE flag,
nothing else), what is stored and returned, and Discord's voice rules (50161, 50162)."""

from __future__ import annotations

import pytest

from hikari_like import errors
from hikari_like import files
from hikari_like import messages
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import routes_webhooks
from hikari_like.testing.emulator.permissions import Permissions

CREATE = "POST /channels/{channel}/messages"
WAVEFORM = "AAAAAAAAAAAA//8AAAAA"
OGG = b"OggS" + bytes(60)


def voice_file(name: str = "note.ogg") -> files.Bytes:
    return files.Bytes(OGG, name)


async def test_create_voice_message_sends_discords_voice_shape(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    earlier = await rest.create_message(discord.channel_id, "say something")

    message = await rest.create_voice_message(
        discord.channel_id,
        voice_file(),
        WAVEFORM,
        2.5,
        reply=earlier,
        mentions_reply=True,
        flags=messages.MessageFlag.SUPPRESS_NOTIFICATIONS,
    )

    sent = discord.requests_to(CREATE)[-1]
    assert sent.json["attachments"] == [
        {"id": 0, "filename": "note.ogg", "duration_secs": 2.5, "waveform": WAVEFORM}
    ]
    assert sent.json["flags"] == (1 << 13) | (1 << 12)
    assert sent.json["message_reference"] == {"message_id": str(earlier.id)}
    assert sent.json["allowed_mentions"]["replied_user"] is True
    assert "content" not in sent.json
    assert [(file.field, file.filename, file.content_type) for file in sent.files] == [
        ("files[0]", "note.ogg", "audio/ogg")
    ]
    assert messages.MessageFlag.IS_VOICE_MESSAGE in message.flags
    assert message.referenced_message is None or message.referenced_message.id == earlier.id
    stored = discord.messages[discord.channel_id][-1]["attachments"][0]
    assert (stored["duration_secs"], stored["waveform"]) == (2.5, WAVEFORM)


async def test_voice_messages_cannot_be_edited_and_need_their_permission(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = await rest.create_voice_message(discord.channel_id, voice_file(), WAVEFORM, 1.0)

    with pytest.raises(errors.BadRequestError) as caught:
        await rest.edit_message(discord.channel_id, message, "words")
    assert caught.value.code == 50162
    role = discord.bot_role()
    everyone = discord.world.guild(discord.guild_id).everyone
    for holder in (role, everyone):
        holder["permissions"] = str(int(holder["permissions"]) & ~Permissions.SEND_VOICE_MESSAGES)
    with pytest.raises(errors.ForbiddenError):
        await rest.create_voice_message(discord.channel_id, voice_file(), WAVEFORM, 1.0)


async def test_emulated_discord_refuses_a_voice_message_without_metadata_or_with_content(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    flags = messages.MessageFlag.IS_VOICE_MESSAGE

    with pytest.raises(errors.BadRequestError) as bare:
        await rest.create_message(discord.channel_id, attachment=voice_file(), flags=flags)
    with pytest.raises(errors.BadRequestError) as worded:
        await rest.create_message(discord.channel_id, "hi", attachment=voice_file(), flags=flags)

    assert bare.value.code == 50161
    assert worded.value.code == 50035
    assert "content" in worded.value.errors


async def test_execute_webhook_voice_message_posts_with_the_webhook_token(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    hook = routes_webhooks.add_webhook(discord.state, discord.channel_id, "Relay", user=discord.state.owner)

    message = await rest.execute_webhook_voice_message(
        int(hook["id"]), hook["token"], voice_file("memo.ogg"), WAVEFORM, 4.0, username="Recorder"
    )

    sent = discord.requests_to("POST /webhooks/{webhook}/{token}")[-1]
    assert "Authorization" not in sent.headers
    assert sent.query == {"wait": "true"}
    assert sent.json["username"] == "Recorder"
    assert sent.json["attachments"] == [
        {"id": 0, "filename": "memo.ogg", "duration_secs": 4.0, "waveform": WAVEFORM}
    ]
    assert sent.json["flags"] & messages.MessageFlag.IS_VOICE_MESSAGE
    assert str(message.webhook_id) == hook["id"]
    assert [attachment.filename for attachment in message.attachments] == ["memo.ogg"]
    # What Discord keeps: the voice flag and the attachment's duration and waveform.
    assert messages.MessageFlag.IS_VOICE_MESSAGE in message.flags
    assert (message.attachments[0].duration, message.attachments[0].waveform) == (4.0, WAVEFORM)
    with pytest.raises(errors.BadRequestError) as edited:
        await rest.edit_webhook_message(int(hook["id"]), hook["token"], message, "words")
    assert edited.value.code == 50162
