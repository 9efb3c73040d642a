"""hikari itself on the emulated Discord's message history, pins, search, follows and bulk delete:
its entity factory is strict about Discord's shapes, so the answers parsing into hikari's models
is a second witness (after Discord's documentation) that they are right, and its requests show
that ours are the ones hikari sends."""

from __future__ import annotations

import typing

import hikari
from hikari.api import rest as rest_api

from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord


def seed(discord: EmulatedDiscord, count: int) -> list[str]:
    return [discord.seed_message(discord.channel_id, f"note {index}")["id"] for index in range(count)]


async def test_hikari_reads_history_pins_and_search(
    discord: EmulatedDiscord, hikari_rest: rest_api.RESTClient
) -> None:
    ids = seed(discord, 4)
    channel = int(discord.channel_id)
    await hikari_rest.pin_message(channel, int(ids[1]))

    history = await hikari_rest.fetch_messages(channel, after=int(ids[0]))
    pins = await hikari_rest.fetch_pins(channel)
    result = await hikari_rest.search_messages(int(discord.guild_id), content="note", limit=2)

    assert [str(message.id) for message in history] == ids[1:]
    assert [(str(pin.message.id), pin.message.is_pinned) for pin in pins] == [(ids[1], True)]
    assert (result.total_results, len(result.messages)) == (4, 2)


async def test_hikari_follows_crossposts_and_purges(
    discord: EmulatedDiscord, hikari_rest: rest_api.RESTClient
) -> None:
    news = discord.add_guild_channel("news", type=5)
    target = discord.add_guild_channel("updates")
    follow = await hikari_rest.follow_channel(int(news["id"]), int(target["id"]))
    posted = await hikari_rest.create_message(int(news["id"]), "release")
    published = await hikari_rest.crosspost_message(int(news["id"]), posted)
    ids = seed(discord, 101)

    await hikari_rest.delete_messages(int(discord.channel_id), [int(i) for i in ids])
    await hikari_rest.trigger_typing(int(discord.channel_id))

    assert str(follow.webhook_id) in discord.world.webhooks
    assert hikari.messages.MessageFlag.CROSSPOSTED in published.flags
    assert discord.messages[discord.channel_id] == []


async def test_hikari_and_hikari_like_send_the_same_message_history_requests(
    discord: EmulatedDiscord,
) -> None:
    ids = seed(discord, 120)

    async def walk(rest: typing.Any) -> None:
        await rest.fetch_messages(int(discord.channel_id))
        await rest.fetch_messages(int(discord.channel_id), after=int(ids[10]))
        await rest.fetch_pins(int(discord.channel_id))
        await rest.delete_messages(int(discord.channel_id), [int(i) for i in ids[:3]])

    app = hikari.RESTApp(url=discord.url)
    await app.start()
    async with app.acquire(discord.token, hikari.TokenType.BOT) as theirs:
        await walk(theirs)
    await app.close()
    theirs_sent = [(r.route, r.query, r.json) for r in discord.requests]
    discord.clear_requests()
    async with RESTClientImpl(token=discord.token, token_type="Bot", rest_url=discord.url) as ours:
        await walk(ours)
    ours_sent = [(r.route, r.query, r.json) for r in discord.requests]

    # hikari asks once more after a short page (and gets an empty one); we stop at the short page.
    extra = [request for request in theirs_sent if request not in ours_sent]
    assert [request for request in theirs_sent if request in ours_sent] == ours_sent
    assert extra == [
        ("GET /channels/{channel}/messages", {"before": ids[0], "limit": "100"}, None),
        ("GET /channels/{channel}/messages", {"after": ids[-1], "limit": "100"}, None),
    ]
