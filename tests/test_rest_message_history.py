"""Message history, bulk delete, pins, crossposts, follows and typing against the emulated Discord
over loopback: what Discord receives, what we return, and Discord's refusals (permissions, the
2-100 and two-week rules of bulk delete, the pin limit, crossposts outside announcement channels)."""

from __future__ import annotations

import asyncio
import datetime
import typing

import pytest

from hikari_like import channels
from hikari_like import errors
from hikari_like import messages
from hikari_like import snowflakes
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.impl.rest import typing_indicator
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.permissions import Permissions

BULK = "POST /channels/{channel}/messages/bulk-delete"
HISTORY = "GET /channels/{channel}/messages"
PINS = "GET /channels/{channel}/messages/pins"
TYPING = "POST /channels/{channel}/typing"


async def refused(code: int, call: typing.Awaitable[object]) -> errors.HTTPResponseError:
    with pytest.raises(errors.HTTPResponseError) as caught:
        await call
    assert caught.value.code == code
    return caught.value


def deny_in_channel(discord: EmulatedDiscord, channel_id: str, permission: Permissions) -> None:
    """An overwrite on the bot's role that takes `permission` away in one channel."""
    channel = discord.state.channels[channel_id]
    deny = {"id": discord.bot_role()["id"], "type": 0, "allow": "0", "deny": str(int(permission))}
    channel["permission_overwrites"] = [*channel.get("permission_overwrites", []), deny]


def seed(discord: EmulatedDiscord, channel_id: str, count: int, *, prefix: str = "m") -> list[str]:
    return [discord.seed_message(channel_id, f"{prefix}{index}")["id"] for index in range(count)]


def seed_old(discord: EmulatedDiscord, channel_id: str, *, days: int) -> str:
    """A message whose ID (and so its age, as Discord reads it) is `days` old."""
    when = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=days)
    return str(discord.seed_message(channel_id, "old", created_at=when)["id"])


# -- history ------------------------------------------------------------------------------------------


async def test_fetch_messages_pages_newest_first_by_default(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ids = seed(discord, discord.channel_id, 130)

    walked = [str(message.id) for message in await rest.fetch_messages(discord.channel_id)]

    assert walked == ids[::-1]
    requests = discord.requests_to(HISTORY)
    assert [request.query for request in requests] == [{"limit": "100"}, {"limit": "100", "before": ids[30]}]


async def test_fetch_messages_before_after_and_around(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    ids = seed(discord, discord.channel_id, 9)

    before = [str(m.id) for m in await rest.fetch_messages(discord.channel_id, before=ids[4])]
    after = [str(m.id) for m in await rest.fetch_messages(discord.channel_id, after=int(ids[4]))]
    around = [str(m.id) for m in await rest.fetch_messages(discord.channel_id, around=ids[4])]

    assert before == ids[:4][::-1]
    assert after == ids[5:]  # oldest first
    assert around == ids[::-1]  # all nine are within 100 of it, newest first
    assert discord.requests_to(HISTORY)[-1].query == {"around": ids[4], "limit": "100"}
    assert len(discord.requests_to(HISTORY)) == 3  # around is one request


async def test_fetch_messages_after_walks_several_pages_oldest_first(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ids = seed(discord, discord.channel_id, 205)

    walked = [str(m.id) for m in await rest.fetch_messages(discord.channel_id, after=0)]

    assert walked == ids
    assert [r.query.get("after") for r in discord.requests_to(HISTORY)] == ["0", ids[99], ids[199]]


async def test_fetch_messages_takes_a_moment_and_one_cursor_only(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    seed(discord, discord.channel_id, 2)
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=1)

    assert len(await rest.fetch_messages(discord.channel_id, before=later)) == 2
    assert discord.requests_to(HISTORY)[0].query["before"] == str(snowflakes.Snowflake.from_datetime(later))
    with pytest.raises(TypeError):
        rest.fetch_messages(discord.channel_id, before=1, after=2)


async def test_history_needs_read_message_history(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    ids = seed(discord, discord.channel_id, 3)
    deny_in_channel(discord, discord.channel_id, Permissions.READ_MESSAGE_HISTORY)

    assert await rest.fetch_messages(discord.channel_id) == []  # Discord lists none
    await refused(50001, rest.fetch_message(discord.channel_id, ids[0]))
    deny_in_channel(discord, discord.channel_id, Permissions.VIEW_CHANNEL)
    await refused(50001, rest.fetch_messages(discord.channel_id))


async def test_channel_fetch_history_is_rest_fetch_messages(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ids = seed(discord, discord.channel_id, 3)
    channel = await rest.fetch_channel(discord.channel_id)
    assert isinstance(channel, channels.TextableChannel)

    history = [str(m.id) for m in await channel.fetch_history(after=ids[0])]

    assert history == ids[1:]


# -- bulk delete --------------------------------------------------------------------------------------


async def test_delete_messages_sends_hundreds_in_chunks_and_one_left_alone(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ids = seed(discord, discord.channel_id, 201)

    await rest.delete_messages(discord.channel_id, ids[:150], *ids[150:], reason="purge")

    assert discord.messages[discord.channel_id] == []
    bulk = discord.requests_to(BULK)
    assert [request.json["messages"] for request in bulk] == [ids[:100], ids[100:200]]
    assert bulk[0].headers["X-Audit-Log-Reason"] == "purge"
    single = discord.requests_to("DELETE /channels/{channel}/messages/{message}")
    assert [request.path.rsplit("/", 1)[1] for request in single] == [ids[200]]


async def test_delete_messages_takes_one_id_objects_and_an_async_iterable(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ids = seed(discord, discord.channel_id, 5)

    await rest.delete_messages(discord.channel_id, ids[0])  # a string is one ID
    await rest.delete_messages(discord.channel_id, rest.fetch_messages(discord.channel_id).limit(2))
    gone_already = ids[0]
    await rest.delete_messages(discord.channel_id, [gone_already])  # 10008 on a single: not an error

    assert [m["id"] for m in discord.messages[discord.channel_id]] == ids[1:3]
    assert discord.requests_to(BULK)[0].json == {"messages": [ids[4], ids[3]]}
    with pytest.raises(TypeError):
        await rest.delete_messages(discord.channel_id, rest.fetch_messages(discord.channel_id), ids[1])


async def test_bulk_delete_refuses_a_message_older_than_two_weeks(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    recent = seed(discord, discord.channel_id, 100)
    old = seed_old(discord, discord.channel_id, days=15)
    fresh_enough = seed_old(discord, discord.channel_id, days=13)

    with pytest.raises(errors.BulkDeleteError) as caught:
        await rest.delete_messages(discord.channel_id, [*recent, old, fresh_enough])

    # The first hundred went; the second request failed as a whole, with Discord's 50034.
    assert [str(m) for m in caught.value.deleted_messages] == recent
    assert isinstance(caught.value.__cause__, errors.BadRequestError)
    assert caught.value.__cause__.code == 50034
    assert {m["id"] for m in discord.messages[discord.channel_id]} == {old, fresh_enough}
    assert "100 messages" in str(caught.value)


async def test_bulk_delete_rules_on_the_raw_route(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    ids = seed(discord, discord.channel_id, 3)
    route = f"/channels/{discord.channel_id}/messages/bulk-delete"

    for body, path in (
        ({"messages": ids[:1]}, "BASE_TYPE_MIN_LENGTH"),
        ({"messages": [ids[0]] * 101}, "BASE_TYPE_MAX_LENGTH"),
        ({"messages": [ids[0], ids[0]]}, "LIST_ITEM_VALUE_DUPLICATE"),
    ):
        error = await refused(50035, rest.request("POST", route, json=body))
        assert isinstance(error, errors.BadRequestError)
        assert error.errors["messages"]["_errors"][0]["code"] == path
    unknown = str(snowflakes.Snowflake.from_datetime(datetime.datetime.now(datetime.UTC)))
    await rest.request("POST", route, json={"messages": [ids[0], unknown]})  # unknown IDs count, are skipped
    assert [m["id"] for m in discord.messages[discord.channel_id]] == ids[1:]


async def test_bulk_delete_needs_manage_messages_and_a_guild_channel(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ids = seed(discord, discord.channel_id, 2)
    dm = discord.state.add_channel(guild_id=None)
    dm_ids = seed(discord, dm["id"], 2)
    deny_in_channel(discord, discord.channel_id, Permissions.MANAGE_MESSAGES)

    with pytest.raises(errors.BulkDeleteError) as caught:
        await rest.delete_messages(discord.channel_id, ids)
    assert isinstance(caught.value.__cause__, errors.ForbiddenError)
    assert caught.value.deleted_messages == []
    with pytest.raises(errors.BulkDeleteError) as in_dm:
        await rest.delete_messages(dm["id"], dm_ids)
    assert typing.cast(errors.HTTPResponseError, in_dm.value.__cause__).code == 50003


async def test_deleting_anothers_message_needs_manage_messages(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    theirs = discord.seed_message(discord.channel_id, "theirs")
    ours = await rest.create_message(discord.channel_id, "ours")
    deny_in_channel(discord, discord.channel_id, Permissions.MANAGE_MESSAGES)

    await rest.delete_message(discord.channel_id, ours)
    await refused(50013, rest.delete_message(discord.channel_id, theirs["id"]))
    await refused(50005, rest.edit_message(discord.channel_id, theirs["id"], "mine now"))


# -- pins ---------------------------------------------------------------------------------------------


async def test_pins_round_trip_newest_pin_first(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    ids = seed(discord, discord.channel_id, 3)
    channel = await rest.fetch_channel(discord.channel_id)
    assert isinstance(channel, channels.TextableChannel)

    for message_id in ids:
        await rest.pin_message(discord.channel_id, message_id)
    await channel.unpin_message(ids[1])
    pins = await channel.fetch_pins()

    assert [str(pin.message.id) for pin in pins] == [ids[2], ids[0]]
    assert all(type(pin) is messages.PinnedMessage and pin.pinned_at.tzinfo for pin in pins)
    assert pins[0].pinned_at >= pins[1].pinned_at
    assert discord.requests_to("PUT /channels/{channel}/messages/pins/{message}")
    await refused(10008, rest.unpin_message(discord.channel_id, ids[1]))  # not pinned any more
    await refused(10008, rest.pin_message(discord.channel_id, 1))


async def test_fetch_pins_pages_by_pin_time_until_discord_has_no_more(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ids = seed(discord, discord.channel_id, 60)
    start = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    discord.state.pins[discord.channel_id] = {
        message_id: (start + datetime.timedelta(minutes=index)).isoformat()
        for index, message_id in enumerate(ids)
    }

    walked = [str(pin.message.id) for pin in await rest.fetch_pins(discord.channel_id)]
    before = await rest.fetch_pins(discord.channel_id, before=start + datetime.timedelta(minutes=2))

    assert walked == ids[::-1]
    requests = discord.requests_to(PINS)
    assert [r.query for r in requests[:2]] == [
        {"limit": "50"},
        {"limit": "50", "before": (start + datetime.timedelta(minutes=10)).isoformat()},
    ]
    assert len(requests) == 3  # has_more was false on the second page: no third for the walk
    assert [str(pin.message.id) for pin in before] == [ids[1], ids[0]]
    assert requests[2].query["before"] == "2025-01-01T00:02:00+00:00"


async def test_pins_need_pin_messages_and_stop_at_250(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    ids = seed(discord, discord.channel_id, 2)
    discord.state.pins[discord.channel_id] = {str(index): "2025-01-01T00:00:00+00:00" for index in range(250)}

    await refused(30003, rest.pin_message(discord.channel_id, ids[0]))
    deny_in_channel(discord, discord.channel_id, Permissions.PIN_MESSAGES | Permissions.MANAGE_MESSAGES)
    await refused(50013, rest.pin_message(discord.channel_id, ids[1]))
    deny_in_channel(discord, discord.channel_id, Permissions.READ_MESSAGE_HISTORY)
    assert await rest.fetch_pins(discord.channel_id) == []


# -- crossposts and follows ---------------------------------------------------------------------------


async def test_crosspost_reaches_a_following_channel(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    news = discord.add_guild_channel("news", type=5)
    follower = discord.add_guild_channel("updates")
    follow = await rest.follow_channel(news["id"], follower["id"], reason="subscribe")
    posted = await rest.create_message(news["id"], "v2 is out")

    published = await rest.crosspost_message(news["id"], posted)

    assert isinstance(follow, channels.ChannelFollow)
    assert str(follow.channel_id) == news["id"]
    assert discord.world.webhooks[str(follow.webhook_id)]["type"] == 2
    assert messages.MessageFlag.CROSSPOSTED in published.flags
    copy = discord.messages[follower["id"]][-1]
    assert (copy["content"], copy["webhook_id"], copy["flags"]) == ("v2 is out", str(follow.webhook_id), 2)
    assert copy["message_reference"]["message_id"] == str(posted.id)
    await refused(40033, rest.crosspost_message(news["id"], posted))


async def test_crosspost_and_follow_only_in_announcement_channels(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    news = discord.add_guild_channel("news", type=5)
    theirs = discord.seed_message(news["id"], "from a member")
    text_message = await rest.create_message(discord.channel_id, "plain")

    await refused(50024, rest.crosspost_message(discord.channel_id, text_message))
    await refused(50024, rest.follow_channel(discord.channel_id, news["id"]))
    await refused(10003, rest.follow_channel(news["id"], 1))
    deny_in_channel(discord, news["id"], Permissions.MANAGE_MESSAGES)
    await refused(50013, rest.crosspost_message(news["id"], theirs["id"]))
    deny_in_channel(discord, discord.channel_id, Permissions.MANAGE_WEBHOOKS)
    await refused(50013, rest.follow_channel(news["id"], discord.channel_id))


# -- typing -------------------------------------------------------------------------------------------


async def test_trigger_typing_once_and_refused(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    await rest.trigger_typing(discord.channel_id)
    assert len(discord.requests_to(TYPING)) == 1

    deny_in_channel(discord, discord.channel_id, Permissions.SEND_MESSAGES)
    await refused(50013, rest.trigger_typing(discord.channel_id))
    with pytest.raises(errors.ForbiddenError):
        async with rest.trigger_typing(discord.channel_id):  # the first call is made on entry
            pytest.fail("the block must not run")


async def test_typing_block_keeps_typing_until_it_ends(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    channel = await rest.fetch_channel(discord.channel_id)
    assert isinstance(channel, channels.TextableChannel)
    indicator = channel.trigger_typing()
    assert isinstance(indicator, typing_indicator.TypingIndicator)
    indicator.interval = 0.01

    async with indicator:
        for _ in range(500):  # until a few repeats arrived; bounded so a bug fails, not hangs
            if len(discord.requests_to(TYPING)) >= 3:
                break
            await asyncio.sleep(0.01)
    sent = len(discord.requests_to(TYPING))
    await asyncio.sleep(0.05)

    assert sent >= 3
    assert len(discord.requests_to(TYPING)) == sent  # nothing after the block
    with pytest.raises(TypeError):
        async with indicator:
            pass


async def test_typing_stops_quietly_when_the_client_closes(discord: EmulatedDiscord) -> None:
    client = RESTClientImpl(token=discord.token, token_type="Bot", rest_url=discord.url)
    client.start()
    indicator = client.trigger_typing(discord.channel_id)
    indicator.interval = 0.01
    async with indicator:
        await client.close()
        await asyncio.sleep(0.05)  # the repeats see the client closed and stop
    with pytest.raises(errors.ComponentStateConflictError):
        client.trigger_typing(discord.channel_id)
    with pytest.raises(TypeError), indicator:  # type: ignore[attr-defined]
        pass
