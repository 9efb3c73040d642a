"""Uploads that cannot be read fail at once, and RESTApp closes what it handed out."""

from __future__ import annotations

import logging
import pathlib

import pytest

import hikari_like
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord


async def test_an_unreadable_file_fails_at_once_without_retries(
    rest: RESTClientImpl, discord: EmulatedDiscord, tmp_path: pathlib.Path, caplog: pytest.LogCaptureFixture
) -> None:
    missing = hikari_like.File(tmp_path / "nowhere.png")

    with pytest.raises(hikari_like.AttachmentReadError, match=r"nowhere\.png") as caught:
        await rest.create_message(discord.channel_id, "see attached", attachment=missing)

    # No back-off and no second try (each would log a WARNING): a missing file stays missing.
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert isinstance(caught.value.__cause__, FileNotFoundError)
    assert len(discord.requests_to("POST /channels/{channel}/messages")) <= 1


async def test_a_readable_file_is_uploaded(
    rest: RESTClientImpl, discord: EmulatedDiscord, tmp_path: pathlib.Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello")

    message = await rest.create_message(discord.channel_id, attachment=hikari_like.File(path))

    assert [attachment.filename for attachment in message.attachments] == ["notes.txt"]


async def test_rest_app_close_closes_the_clients_it_acquired(discord: EmulatedDiscord) -> None:
    app = hikari_like.RESTApp(url=discord.url, global_rate_limit=10, global_rate_limit_period=0.5)
    await app.start()
    client = app.acquire(discord.token, "Bot")
    client.start()
    await client.fetch_my_user()

    await app.close()

    assert not client.is_alive
    with pytest.raises(hikari_like.ComponentStateConflictError):
        await client.fetch_my_user()


async def test_an_update_keeps_the_messages_own_attachment_by_id(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    message = await bot.rest.create_message(discord.channel_id, attachment=hikari_like.Bytes(b"v1", "a.txt"))
    (existing,) = message.attachments

    async def on_component(
        interaction: hikari_like.ComponentInteraction,
    ) -> hikari_like.impl.InteractionMessageBuilder:
        return (
            interaction.build_response(hikari_like.ResponseType.MESSAGE_UPDATE)
            .set_content("updated")
            .add_attachment(existing)
        )

    bot.set_listener(hikari_like.ComponentInteraction, on_component)
    (message_json,) = discord.messages[discord.channel_id]
    payload = payloads.button_press("update", message=message_json, channel_id=discord.channel_id)

    response = await discord.send_interaction(bot.interaction_server.urls[0], payload)

    assert response.content_type == "application/json", "nothing was downloaded or uploaded again"
    assert response.json()["data"]["attachments"] == [{"id": str(existing.id), "filename": "a.txt"}]
