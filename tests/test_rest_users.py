"""Users and DMs over REST: the token's own account, users, DM and group DM channels, `user.send`.

Against the emulated Discord on loopback; the shapes follow discord-api-docs `resources/user.mdx`
("Create DM", "Create Group DM") and `resources/channel.mdx` ("Group DM Add/Remove Recipient").
"""

from __future__ import annotations

import datetime

import pytest

import hikari_like
from hikari_like import channels
from hikari_like import errors
from hikari_like import locales
from hikari_like import users
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import routes_users


async def test_fetch_my_user_is_the_own_user_with_its_private_fields(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    me = await rest.fetch_my_user()

    assert discord.requests[-1].route == "GET /users/@me"
    assert isinstance(me, users.OwnUser)
    assert me.id == int(discord.application_id)
    assert me.is_bot
    assert me.is_mfa_enabled is False
    assert me.locale == locales.Locale.EN_US
    assert me.is_verified is True
    assert me.email is None
    assert me.premium_type is None
    assert me.app is rest


async def test_own_user_reads_malformed_private_fields_as_absent(rest: RESTClientImpl) -> None:
    payload = {"id": "1", "username": "me", "mfa_enabled": "yes", "locale": 7, "verified": "no", "email": 3}

    me = users.OwnUser.from_payload({**payload, "premium_type": 99}, app=rest)

    assert (me.is_mfa_enabled, me.locale, me.is_verified, me.email) == (False, None, None, None)
    assert me.premium_type == 99
    assert not users.PremiumType(99).is_known


async def test_own_user_cannot_dm_itself(rest: RESTClientImpl) -> None:
    me = await rest.fetch_my_user()

    with pytest.raises(TypeError, match="your own DM channel"):
        await me.fetch_dm_channel()
    with pytest.raises(TypeError, match="DM to yourself"):
        await me.send("hello")
    assert (await me.fetch_self()).id == me.id


async def test_a_user_knows_when_it_was_made_and_fetches_itself(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    discord.add_user("someone", user_id=175928847299117063)

    user = await rest.fetch_user(175928847299117063)
    again = await user.fetch_self()

    assert user.created_at == datetime.datetime(2016, 4, 30, 11, 18, 25, 796000, tzinfo=datetime.UTC)
    assert again == user
    assert discord.requests[-1].path.endswith("/users/175928847299117063")


async def test_create_dm_channel_opens_one_channel_per_user(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    added = discord.add_user("someone", user_id=4321)

    dm = await rest.create_dm_channel(4321)
    again = await rest.create_dm_channel(await rest.fetch_user(4321))

    recorded = [request for request in discord.requests if request.route == "POST /users/@me/channels"]
    assert [request.json for request in recorded] == [{"recipient_id": "4321"}] * 2
    assert isinstance(dm, channels.DMChannel)
    assert dm.type == channels.ChannelType.DM
    assert dm.recipient is not None
    assert dm.recipient.username == added["username"]
    assert again.id == dm.id


async def test_create_dm_channel_with_an_unknown_user_is_10013(rest: RESTClientImpl) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        await rest.create_dm_channel(999)

    assert caught.value.code == 10013


async def test_create_dm_channel_without_a_valid_recipient_is_a_form_error(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        await rest.request("POST", "/users/@me/channels", json={"recipient_id": "not-an-id"})

    assert caught.value.code == 50035
    assert "recipient_id" in caught.value.errors


async def test_user_send_opens_the_dm_then_creates_the_message(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    discord.add_user("someone", user_id=4321)
    user = await rest.fetch_user(4321)

    message = await user.send("Your report was received.", tts=False)

    routes = [request.route for request in discord.requests[-2:]]
    assert routes == ["POST /users/@me/channels", "POST /channels/{channel}/messages"]
    assert discord.requests[-1].json["content"] == "Your report was received."
    dm = await user.fetch_dm_channel()
    assert message.channel_id == dm.id
    assert message.content == "Your report was received."


async def test_messages_can_be_created_and_read_back_in_a_dm(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    discord.add_user("someone", user_id=4321)
    dm = await rest.create_dm_channel(4321)

    sent = await rest.create_message(dm, "first")
    read_back = await rest.fetch_message(dm, sent)

    assert read_back.content == "first"
    assert read_back.channel_id == dm.id


async def test_group_dm_takes_the_users_gdm_join_tokens_and_nicknames(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ann, bob = discord.add_user("ann", user_id=11), discord.add_user("bob", user_id=12)
    tokens = [discord.grant_gdm_join(user["id"]) for user in (ann, bob)]

    group = await rest.create_group_dm_channel(tokens, nicknames={11: "Ann"})

    assert discord.requests[-1].json == {"access_tokens": tokens, "nicks": {"11": "Ann"}}
    assert isinstance(group, channels.GroupDMChannel)
    assert group.type == channels.ChannelType.GROUP_DM
    assert group.owner_id == int(discord.application_id)
    assert group.is_managed
    assert sorted(user.username for user in group.recipients.values()) == ["ann", "bob"]
    stored = discord.state.channels[str(group.id)]
    assert [user["id"] for user in stored["recipients"]] == ["11", "12"]


async def test_group_dm_refuses_a_token_no_user_granted(rest: RESTClientImpl) -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        await rest.create_group_dm_channel(["made-up"])

    assert caught.value.code == 50025


async def test_an_application_has_at_most_ten_group_dms(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    user = discord.add_user("ann", user_id=11)
    for _ in range(routes_users.MAX_GROUP_DMS):
        await rest.create_group_dm_channel([discord.grant_gdm_join(user["id"])])

    with pytest.raises(errors.BadRequestError) as caught:
        await rest.create_group_dm_channel([discord.grant_gdm_join(user["id"])])

    assert caught.value.code == 30011


async def test_recipients_are_added_with_their_token_and_removed(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    ann, bob = discord.add_user("ann", user_id=11), discord.add_user("bob", user_id=12)
    group = await rest.create_group_dm_channel([discord.grant_gdm_join(ann["id"])])
    bob_token = discord.grant_gdm_join(bob["id"])

    await rest.add_recipient_to_group_dm(group, 12, access_token=bob_token, nickname="Bob")
    added = [user["id"] for user in discord.state.channels[str(group.id)]["recipients"]]
    await rest.remove_recipient_from_group_dm(group, 11)

    assert discord.requests[-2].route == "PUT /channels/{channel}/recipients/{user}"
    assert discord.requests[-2].json == {"access_token": bob_token, "nick": "Bob"}
    assert discord.requests[-1].route == "DELETE /channels/{channel}/recipients/{user}"
    assert added == ["11", "12"]
    assert [user["id"] for user in discord.state.channels[str(group.id)]["recipients"]] == ["12"]


async def test_recipients_are_only_for_group_dms(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    discord.add_user("ann", user_id=11)
    dm = await rest.create_dm_channel(11)

    with pytest.raises(errors.BadRequestError) as caught:
        await rest.remove_recipient_from_group_dm(dm, 11)

    assert caught.value.code == 50024


async def test_fetch_application_commands_asks_for_localizations(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    await rest.fetch_application_commands(discord.application_id)
    await rest.fetch_application_commands(discord.application_id, 1234)

    assert [request.query for request in discord.requests[-2:]] == [{"with_localizations": "true"}] * 2


async def test_token_type_has_hikaris_values_and_is_a_token_type_string(discord: EmulatedDiscord) -> None:
    assert [(member.name, member.value) for member in hikari_like.TokenType] == [
        ("BOT", "Bot"),
        ("BASIC", "Basic"),
        ("BEARER", "Bearer"),
    ]

    async with RESTClientImpl(
        token=discord.token, token_type=hikari_like.TokenType.BOT, rest_url=discord.url
    ) as client:
        me = await client.fetch_my_user()

    assert client.token_type == "Bot"
    assert me.is_bot
