"""hikari 2.7 itself drives the emulated Discord's reaction routes: it sends each emoji form it
takes as Discord reads it, pages the reactors, and parses the message's `reactions` into its
`Reaction` models (count details, super reactions, colours), a second witness after Discord's
documentation that the emulator's shapes are right. hikari_like sends the same requests."""

from __future__ import annotations

import typing

import pytest
from hikari import emojis as hikari_emojis
from hikari.api import rest as rest_api

from hikari_like import emojis as our_emojis
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from tests.test_rest_reactions import PARTY_ID
from tests.test_rest_reactions import PUT
from tests.test_rest_reactions import add_guild_emoji
from tests.test_rest_reactions import message_in


def forms(emojis: typing.Any) -> list[tuple[typing.Any, typing.Any]]:
    """The forms both libraries take, built from either library's emoji module."""
    party = emojis.CustomEmoji(id=PARTY_ID, name="party", is_animated=False)
    return [
        ("👍", None),
        (emojis.UnicodeEmoji("🔥"), None),
        (party, None),
        (f"party:{PARTY_ID}", None),
        ("party", PARTY_ID),
        ("party", party),
    ]


@pytest.mark.slow  # twelve reactions at Discord's pace of one per 250 ms
async def test_hikari_and_hikari_like_send_the_same_reaction_paths(
    discord: EmulatedDiscord, hikari_rest: rest_api.RESTClient, rest: RESTClientImpl
) -> None:
    add_guild_emoji(discord, "party", PARTY_ID)
    theirs, ours = message_in(discord, "hikari"), message_in(discord, "hikari_like")

    for emoji, emoji_id in forms(hikari_emojis):
        extra = {} if emoji_id is None else {"emoji_id": emoji_id}
        await hikari_rest.add_reaction(int(discord.channel_id), int(theirs["id"]), emoji, **extra)
    for emoji, emoji_id in forms(our_emojis):
        extra = {} if emoji_id is None else {"emoji_id": emoji_id}
        await rest.add_reaction(int(discord.channel_id), int(ours["id"]), emoji, **extra)

    sent: dict[str, list[tuple[str, int | None]]] = {message["id"]: [] for message in (theirs, ours)}
    # Both clients react in one channel, so one bucket: a client that has not learnt it yet may meet
    # a 429 (and retry); the requests served are what each library sent.
    for request in discord.requests_to(PUT):
        if request.status != 429:
            sent[request.params["message"]].append((request.path.split("/reactions/")[1], request.status))
    assert sent[theirs["id"]] == sent[ours["id"]]
    assert [status for _, status in sent[ours["id"]]] == [204] * 6
    assert discord.state.reactions[theirs["id"]] == discord.state.reactions[ours["id"]]


async def test_hikari_parses_the_reactions_a_message_shows(
    discord: EmulatedDiscord, hikari_rest: rest_api.RESTClient
) -> None:
    add_guild_emoji(discord, "party", PARTY_ID, animated=True)
    message = message_in(discord)
    discord.add_user("kat", user_id=42)
    discord.add_reaction(discord.channel_id, message["id"], 42, "👍")
    discord.add_reaction(discord.channel_id, message["id"], 42, f"<a:party:{PARTY_ID}>", burst=True)
    await hikari_rest.add_reaction(int(discord.channel_id), int(message["id"]), "👍")

    fetched = await hikari_rest.fetch_message(int(discord.channel_id), int(message["id"]))

    thumbs, party = fetched.reactions
    assert (thumbs.emoji, thumbs.count, thumbs.is_me, thumbs.is_me_burst) == ("👍", 2, True, False)
    assert (thumbs.count_details.normal, thumbs.count_details.burst, thumbs.burst_colors) == (2, 0, [])
    assert isinstance(party.emoji, hikari_emojis.CustomEmoji)
    assert (party.emoji.id, party.emoji.name, party.emoji.is_animated) == (PARTY_ID, "party", True)
    assert (party.count, party.count_details.burst, party.is_me, party.is_me_burst) == (1, 1, False, False)
    assert [color.hex_code for color in party.burst_colors] == ["#FFCC4D", "#F4900C"]


async def test_hikari_pages_the_reactors_and_removes_reactions(
    discord: EmulatedDiscord, hikari_rest: rest_api.RESTClient
) -> None:
    message = message_in(discord)
    ids = [7000 + i for i in range(150)]
    for user_id in ids:
        discord.add_user(f"u{user_id}", user_id=user_id)
        discord.add_reaction(discord.channel_id, message["id"], user_id, "👍")
    channel, message_id = int(discord.channel_id), int(message["id"])

    reactors = [user.id async for user in hikari_rest.fetch_reactions_for_emoji(channel, message_id, "👍")]
    await hikari_rest.delete_reaction(channel, message_id, ids[0], "👍")
    after_one = discord.state.reactions[message["id"]]["👍"][:]
    await hikari_rest.delete_all_reactions_for_emoji(channel, message_id, hikari_emojis.UnicodeEmoji("👍"))
    await hikari_rest.delete_all_reactions(channel, message_id)

    assert reactors == ids
    assert after_one == [str(user_id) for user_id in ids[1:]]
    assert "reactions" not in discord.state.message(discord.channel_id, message["id"])
