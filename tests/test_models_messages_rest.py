"""A message's own methods against the emulated Discord over loopback: each is one REST call with
hikari's arguments, and the message models read what Discord answers."""

from __future__ import annotations

import typing

import pytest

from hikari_like import channels
from hikari_like import emojis
from hikari_like import errors
from hikari_like import messages
from hikari_like import snowflakes
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from tests.test_rest_members import refused
from tests.test_rest_reactions import add_guild_emoji

KAT: typing.Final = 42
REACTIONS: typing.Final = "/channels/{channel}/messages/{message}/reactions"


async def seeded(discord: EmulatedDiscord, rest: RESTClientImpl, content: str = "ping") -> messages.Message:
    """A message in the emulator's text channel, read back through REST (so `app` is `rest`)."""
    message = discord.seed_message(discord.channel_id, content)
    return await rest.fetch_message(discord.channel_id, message["id"])


def mine(message: messages.Message) -> dict[str, tuple[int, bool]]:
    return {reaction.emoji.name or "": (reaction.count, reaction.is_me) for reaction in message.reactions}


async def test_respond_with_reply_true_replies_to_the_message(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = await seeded(discord, rest)

    answer = await message.respond("pong", reply=True, mentions_reply=False)
    plain = await message.respond("no reply", reply=False)

    assert answer.app is rest
    assert (answer.content, answer.channel_id) == ("pong", message.channel_id)
    assert answer.message_reference is not None
    assert answer.message_reference.id == message.id
    assert answer.type is messages.MessageType.REPLY
    sent = discord.requests_to("POST /channels/{channel}/messages")
    assert sent[0].json["message_reference"]["message_id"] == str(message.id)
    assert sent[0].json["allowed_mentions"].get("replied_user", False) is False  # Discord's default: no ping
    assert "message_reference" not in sent[1].json
    assert plain.message_reference is None


async def test_a_reply_carries_the_message_it_answers(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    message = await seeded(discord, rest, "question")

    answer = await message.respond("answer", reply=True)
    again = await rest.fetch_message(discord.channel_id, answer)

    for reply in (answer, again):
        assert reply.referenced_message is not None
        assert (reply.referenced_message.id, reply.referenced_message.content) == (message.id, "question")


async def test_respond_replies_to_another_message_given_as_reply(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    first = await seeded(discord, rest, "first")
    second = await seeded(discord, rest, "second")

    answer = await second.respond("about the first", reply=first)

    assert answer.message_reference is not None
    assert answer.message_reference.id == first.id


async def test_edit_and_delete(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    message = await rest.create_message(discord.channel_id, "draft")

    edited = await message.edit("final")
    await edited.delete()

    assert (edited.id, edited.content) == (message.id, "final")
    assert edited.edited_timestamp is not None
    await refused(10008, rest.fetch_message(discord.channel_id, message.id))
    await refused(10008, message.delete())


async def test_add_and_remove_reactions_in_every_form(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    add_guild_emoji(discord, "party", 223456789012345678)
    message = await seeded(discord, rest)

    await message.add_reaction("👍")
    await message.add_reaction("party", 223456789012345678)
    await message.add_reaction(
        emojis.CustomEmoji(id=snowflakes.Snowflake(223456789012345678), name="party", is_animated=False)
    )
    after = await rest.fetch_message(message.channel_id, message.id)

    assert mine(after) == {"👍": (1, True), "party": (1, True)}
    party = next(reaction for reaction in after.reactions if reaction.emoji != "👍")
    assert isinstance(party.emoji, emojis.CustomEmoji)
    assert party.emoji.id == 223456789012345678
    paths = [request.path for request in discord.requests_to("PUT " + REACTIONS + "/{emoji}/@me")]
    assert paths[1] == paths[2]  # a name with its ID and a CustomEmoji are the same emoji

    await message.remove_reaction("👍")
    await message.remove_reaction("party:223456789012345678")

    assert (await rest.fetch_message(message.channel_id, message.id)).reactions == ()


async def test_remove_someone_elses_reaction_and_all_reactions(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = await seeded(discord, rest)
    discord.add_user("kat", user_id=KAT)
    for emoji in ("👍", "🔥"):
        discord.add_reaction(discord.channel_id, message.id, KAT, emoji)
    await message.add_reaction("👍")

    await message.remove_reaction("👍", user=KAT)
    assert mine(await rest.fetch_message(message.channel_id, message.id)) == {
        "👍": (1, True),
        "🔥": (1, False),
    }

    await message.remove_all_reactions("🔥")
    assert mine(await rest.fetch_message(message.channel_id, message.id)) == {"👍": (1, True)}

    await message.remove_all_reactions()
    assert (await rest.fetch_message(message.channel_id, message.id)).reactions == ()
    assert len(discord.requests_to("DELETE " + REACTIONS + "/{emoji}/{user}")) == 1
    assert len(discord.requests_to("DELETE " + REACTIONS + "/{emoji}")) == 1
    assert len(discord.requests_to("DELETE " + REACTIONS)) == 1


async def test_a_bad_emoji_is_refused_before_any_request(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = await seeded(discord, rest)
    before = len(discord.requests)

    with pytest.raises((ValueError, TypeError)):
        await message.add_reaction("")

    assert len(discord.requests) == before


async def test_fetch_channel_and_make_link(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    message = await seeded(discord, rest)

    channel = await message.fetch_channel()

    assert isinstance(channel, channels.GuildTextChannel)
    assert channel.id == message.channel_id
    assert message.make_link(channel.guild_id) == (
        f"https://discord.com/channels/{discord.guild_id}/{message.channel_id}/{message.id}"
    )


async def test_a_message_read_after_its_thread_started_has_the_thread(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = await seeded(discord, rest)

    started = await rest.create_message_thread(message.channel_id, message, "talk about it")
    again = await rest.fetch_message(message.channel_id, message.id)

    assert isinstance(again.thread, channels.GuildPublicThread)
    assert (again.thread.id, again.thread.name, again.thread.parent_id) == (
        message.id,
        "talk about it",
        message.channel_id,
    )
    assert again.thread.id == started.id
    assert messages.MessageFlag.HAS_THREAD in again.flags


async def test_reacting_to_a_deleted_message_is_unknown_message(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = await seeded(discord, rest)
    await message.delete()

    failure = await refused(10008, message.add_reaction("👍"))

    assert isinstance(failure, errors.NotFoundError)
