"""Forwarding: `forward_message` against the emulated Discord, `Message.message_snapshots`, and a
message command on a forwarded message seeing what was forwarded (through a bot on loopback)."""

from __future__ import annotations

import typing

import pytest

import hikari_like
from hikari_like import errors
from hikari_like import files
from hikari_like import messages
from hikari_like.impl import PollBuilder
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing import payloads
from hikari_like.testing.emulator import EmulatedDiscord
from tests.helpers import APP

CREATE = "POST /channels/{channel}/messages"


async def test_forward_message_sends_a_forward_reference_and_returns_the_snapshot(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    source = await rest.create_message(
        discord.channel_id, "the original", attachment=files.Bytes(b"png", "cat.png", description="A cat")
    )
    elsewhere = discord.add_channel(name="log")

    forward = await rest.forward_message(elsewhere["id"], source)

    sent = discord.requests_to(CREATE)[-1].json
    assert sent["message_reference"] == {
        "type": 1,
        "message_id": str(source.id),
        "channel_id": str(source.channel_id),
    }
    assert sent["enforce_nonce"] is True  # a retry returns the same forward
    assert forward.content is None
    assert forward.message_reference is not None
    assert forward.message_reference.type is messages.MessageReferenceType.FORWARD
    assert (forward.message_reference.id, forward.message_reference.channel_id) == (
        source.id,
        source.channel_id,
    )
    assert forward.message_reference.guild_id == int(discord.guild_id)
    assert messages.MessageFlag.HAS_SNAPSHOT in forward.flags
    (snapshot,) = forward.message_snapshots
    assert snapshot.content == "the original"
    assert snapshot.type is messages.MessageType.DEFAULT
    assert [(a.filename, a.description) for a in snapshot.attachments] == [("cat.png", "A cat")]
    assert snapshot.timestamp == source.timestamp


async def test_a_snapshot_does_not_follow_later_edits(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    source = await rest.create_message(discord.channel_id, "before")
    forward = await rest.forward_message(discord.channel_id, source)

    await rest.edit_message(discord.channel_id, source, "after")
    fetched = await rest.fetch_message(discord.channel_id, forward)

    assert fetched.message_snapshots[0].content == "before"


async def test_forwarding_by_id_needs_the_channel_it_comes_from(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    source = await rest.create_message(discord.channel_id, "by id")

    with pytest.raises(ValueError, match="channel_from"):
        await rest.forward_message(discord.channel_id, source.id)
    forward = await rest.forward_message(discord.channel_id, source.id, source.channel_id)

    assert forward.message_snapshots[0].content == "by id"


async def test_discord_refuses_to_forward_a_poll_or_a_missing_message(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    poll = PollBuilder(question_text="q", allow_multiselect=False).add_answer(text="a")
    with_poll = await rest.create_message(discord.channel_id, poll=poll)

    with pytest.raises(errors.BadRequestError) as refused:
        await rest.forward_message(discord.channel_id, with_poll)
    with pytest.raises(errors.NotFoundError) as missing:
        await rest.forward_message(discord.channel_id, 123, discord.channel_id)

    assert refused.value.code == 50035
    assert missing.value.code == 10008


def forwarded_message() -> dict[str, typing.Any]:
    return {
        "id": "900",
        "channel_id": "901",
        "author": {"id": "902", "username": "kat"},
        "timestamp": "2026-02-12T10:00:00.000000+00:00",
        "content": "",
        "type": 0,
        "flags": 1 << 14,
        "message_reference": {"type": 1, "message_id": "800", "channel_id": "801", "guild_id": "802"},
        "message_snapshots": [
            {
                "message": {
                    "type": 0,
                    "content": "what was forwarded",
                    "embeds": [{"title": "An embed"}],
                    "attachments": [{"id": "1", "url": "https://cdn/x.png", "filename": "x.png", "flags": 8}],
                    "timestamp": "2026-02-11T09:00:00.000000+00:00",
                    "edited_timestamp": None,
                    "flags": 0,
                    "mentions": [{"id": "5", "username": "bo"}],
                    "mention_roles": ["6"],
                    "components": [{"type": 1, "components": [{"type": 2, "style": 5, "url": "https://x"}]}],
                }
            }
        ],
    }


def test_message_snapshots_are_read_with_hikaris_fields() -> None:
    message = messages.Message.from_payload(forwarded_message(), app=APP)

    (snapshot,) = message.message_snapshots
    assert snapshot.content == "what was forwarded"
    assert snapshot.embeds[0].title == "An embed"
    assert snapshot.attachments[0].is_spoiler
    assert snapshot.flags == messages.MessageFlag.NONE
    assert snapshot.edited_timestamp is None
    assert list(snapshot.user_mentions) == [5] == snapshot.user_mentions_ids
    assert snapshot.role_mention_ids == [6]
    assert len(snapshot.components) == 1


@pytest.mark.parametrize(
    "hostile",
    ["snapshots", [5, {"message": "x"}, {"message": {"type": "0", "attachments": [{"id": "x"}]}}], None],
)
def test_malformed_snapshots_never_raise(hostile: object) -> None:
    payload = forwarded_message()
    payload["message_snapshots"] = hostile

    message = messages.Message.from_payload(payload, app=APP)

    for snapshot in message.message_snapshots:
        assert snapshot.attachments == []
        assert snapshot.timestamp is hikari_like.UNDEFINED
        assert snapshot.flags is hikari_like.UNDEFINED


async def test_a_message_command_on_a_forward_sees_the_forwarded_content(
    bot: hikari_like.RESTBot, discord: EmulatedDiscord
) -> None:
    seen: list[str | None] = []

    async def on_command(interaction: hikari_like.CommandInteraction) -> typing.Any:
        assert interaction.resolved is not None
        (target,) = interaction.resolved.messages.values()
        seen.append(target.message_snapshots[0].content)
        return interaction.build_response().set_content("quoted")

    bot.set_listener(hikari_like.CommandInteraction, on_command)
    payload = payloads.message_command("Quote", target=forwarded_message())

    response = await discord.send_interaction(bot.interaction_server.urls[0], payload)

    assert response.status == 200
    assert seen == ["what was forwarded"]
