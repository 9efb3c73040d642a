"""Channel message endpoints against the emulated Discord: what it receives, what we return."""

from __future__ import annotations

import pytest

from hikari_like import embeds
from hikari_like import errors
from hikari_like import files
from hikari_like import messages
from hikari_like.impl.builders.rows import MessageActionRowBuilder
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord

CREATE = "POST /channels/{channel}/messages"


async def test_create_message_sends_the_fields_and_returns_the_message(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    row = MessageActionRowBuilder().add_link_button("https://example.com", label="Docs")

    message = await rest.create_message(
        int(discord.channel_id),
        "hello",
        embed=embeds.Embed(title="Title"),
        component=row,
        tts=True,
        nonce="n-1",
        user_mentions=[1234],
    )

    sent = discord.requests_to(CREATE)[0].json
    assert sent["content"] == "hello"
    assert sent["embeds"][0]["title"] == "Title"
    assert sent["components"][0]["components"][0]["url"] == "https://example.com"
    assert sent["tts"] is True
    assert sent["nonce"] == "n-1"
    assert sent["allowed_mentions"] == {"parse": [], "users": ["1234"]}
    assert isinstance(message, messages.Message)
    assert message.content == "hello"
    assert message.channel_id == int(discord.channel_id)
    assert message.author.id == int(discord.application_id)
    assert message.embeds[0].title == "Title"
    assert message.is_tts
    assert discord.messages[discord.channel_id][-1]["id"] == str(message.id)


async def test_create_message_pings_nobody_by_default(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    await rest.create_message(discord.channel_id, "@everyone hi")

    assert discord.requests_to(CREATE)[0].json["allowed_mentions"] == {"parse": []}


async def test_create_message_uploads_attachments_as_multipart(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    report = files.Bytes(b"line 1\nline 2\n", "report.txt")

    message = await rest.create_message(discord.channel_id, "see attached", attachment=report)

    request = discord.requests_to(CREATE)[0]
    assert request.headers["Content-Type"].startswith("multipart/form-data")
    assert request.json["attachments"] == [{"id": 0, "filename": "report.txt"}]
    assert [(part.field, part.filename, bytes(part.data)) for part in request.files] == [
        ("files[0]", "report.txt", b"line 1\nline 2\n")
    ]
    assert [attachment.filename for attachment in message.attachments] == ["report.txt"]
    assert message.attachments[0].size == len(b"line 1\nline 2\n")


async def test_reply_sets_the_message_reference(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    original = await rest.create_message(discord.channel_id, "question")

    await rest.create_message(discord.channel_id, "answer", reply=original, mentions_reply=True)

    sent = discord.requests_to(CREATE)[1].json
    assert sent["message_reference"] == {"message_id": str(original.id)}
    assert sent["allowed_mentions"]["replied_user"] is True


async def test_reply_to_a_missing_message_is_unknown_message_unless_allowed(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        await rest.create_message(discord.channel_id, "answer", reply=42)
    assert caught.value.code == 10008

    await rest.create_message(discord.channel_id, "answer", reply=42, reply_must_exist=False)
    assert discord.requests_to(CREATE)[-1].json["message_reference"]["fail_if_not_exists"] is False


async def test_stickers_are_sent_by_id(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    first, second = discord.add_sticker("a", sticker_id=11), discord.add_sticker("b", sticker_id=12)
    await rest.create_message(discord.channel_id, stickers=[int(first["id"]), int(second["id"])])

    assert discord.requests_to(CREATE)[0].json["sticker_ids"] == ["11", "12"]
    with pytest.raises(ValueError, match="sticker or stickers"):
        await rest.create_message(discord.channel_id, sticker=1, stickers=[2])


async def test_fetch_message_returns_the_stored_message(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    seeded = discord.seed_message(discord.channel_id, "already here")

    message = await rest.fetch_message(discord.channel_id, seeded["id"])

    assert message.id == int(seeded["id"])
    assert message.content == "already here"


async def test_fetch_unknown_message_raises_not_found_with_discords_code(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        await rest.fetch_message(discord.channel_id, 1)

    assert caught.value.code == 10008
    assert caught.value.status == 404
    assert caught.value.route == "GET /channels/{channel}/messages/{message}"


async def test_edit_message_sends_only_what_changes(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    message = await rest.create_message(discord.channel_id, "draft", attachment=files.Bytes(b"x", "a.txt"))

    edited = await rest.edit_message(discord.channel_id, message, "final", attachment=None, embed=None)

    sent = discord.requests_to("PATCH /channels/{channel}/messages/{message}")[0].json
    assert sent == {"content": "final", "attachments": [], "embeds": None}
    assert edited.content == "final"
    assert edited.attachments == []
    assert edited.edited_timestamp is not None


async def test_edit_message_keeps_existing_attachments_and_adds_new_ones(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = await rest.create_message(discord.channel_id, "v1", attachment=files.Bytes(b"old", "old.txt"))
    kept = message.attachments[0]

    edited = await rest.edit_message(
        discord.channel_id, message, attachments=[kept, files.Bytes(b"new", "new.txt")]
    )

    request = discord.requests_to("PATCH /channels/{channel}/messages/{message}")[0]
    assert request.json["attachments"] == [
        {"id": str(kept.id), "filename": "old.txt"},
        {"id": 0, "filename": "new.txt"},
    ]
    assert [part.filename for part in request.files] == ["new.txt"]
    assert sorted(attachment.filename for attachment in edited.attachments) == ["new.txt", "old.txt"]


async def test_edit_message_refuses_singular_none_with_plural(rest: RESTClientImpl) -> None:
    with pytest.raises(ValueError, match="singular or the plural"):
        await rest.edit_message(1, 2, embed=None, embeds=[])


async def test_delete_message_removes_it_and_sends_the_audit_reason(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = await rest.create_message(discord.channel_id, "bye")

    await rest.delete_message(discord.channel_id, message.id, reason="cleanup")

    request = discord.requests_to("DELETE /channels/{channel}/messages/{message}")[0]
    assert request.headers["X-Audit-Log-Reason"] == "cleanup"
    assert discord.messages[discord.channel_id] == []
    with pytest.raises(errors.NotFoundError):
        await rest.fetch_message(discord.channel_id, message.id)


async def test_overlong_content_is_a_bad_request_with_field_errors(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        await rest.create_message(discord.channel_id, "x" * 2001)

    assert caught.value.code == 50035
    assert caught.value.errors["content"]["_errors"][0]["code"] == "BASE_TYPE_MAX_LENGTH"


async def test_empty_message_is_discords_50006(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        await rest.create_message(discord.channel_id)

    assert caught.value.code == 50006


async def test_unknown_channel_is_not_found(rest: RESTClientImpl) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        await rest.create_message(1, "hello")

    assert caught.value.code == 10003


async def test_uploads_carry_alt_text_and_the_spoiler_mark(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    photo = files.Bytes(b"\x89PNG\r\n\x1a\n", "cat.png", description="A cat asleep", spoiler=True)

    message = await rest.create_message(
        discord.channel_id, attachments=[photo, files.Bytes(b"x", "plain.txt")]
    )

    assert discord.requests_to(CREATE)[0].json["attachments"] == [
        {"id": 0, "filename": "SPOILER_cat.png", "description": "A cat asleep", "is_spoiler": True},
        {"id": 1, "filename": "plain.txt"},
    ]
    spoiler, plain = message.attachments
    assert (spoiler.description, spoiler.is_spoiler) == ("A cat asleep", True)
    assert messages.AttachmentFlag.IS_SPOILER in spoiler.flags
    assert (plain.description, plain.is_spoiler, plain.flags) == (None, False, messages.AttachmentFlag.NONE)


async def test_alt_text_over_discords_limit_is_refused_before_sending(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    with pytest.raises(errors.DiscordRuleError) as caught:
        await rest.create_message(
            discord.channel_id, attachment=files.Bytes(b"x", "a.txt", description="d" * 1025)
        )

    assert caught.value.rule == "attachment.description"
    assert discord.requests_to(CREATE) == []


async def test_an_edit_updates_a_kept_attachments_spoiler_mark(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = await rest.create_message(discord.channel_id, attachment=files.Bytes(b"x", "a.png"))
    attachment_id = message.attachments[0].id

    # The attachment request object of an edit may change `is_spoiler` and `description` (2026-06).
    entry = {"id": str(attachment_id), "is_spoiler": True, "description": "now hidden"}
    path = f"/channels/{discord.channel_id}/messages/{message.id}"
    edited = messages.Message.from_payload(
        await rest.request("PATCH", path, json={"attachments": [entry]}), app=rest
    )

    assert (edited.attachments[0].is_spoiler, edited.attachments[0].description) == (True, "now hidden")
