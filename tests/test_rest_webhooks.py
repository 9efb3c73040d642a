"""Webhook endpoints against the emulated Discord over loopback: management with the bot's token
and with the webhook's own, executing (threads, overrides, wait, components, flags) and the
webhook's messages, with the refusals Discord documents."""

from __future__ import annotations

import typing

import pytest

from hikari_like import errors
from hikari_like import files
from hikari_like import messages
from hikari_like import webhooks
from hikari_like.components import ButtonStyle
from hikari_like.impl import builders
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import payloads
from hikari_like.testing.emulator import routes_webhooks
from hikari_like.testing.emulator.permissions import Permissions

PNG: bytes = b"\x89PNG\r\n\x1a\n" + bytes(16)
EXECUTE = "POST /webhooks/{webhook}/{token}"


async def refused(code: int, call: typing.Awaitable[object]) -> errors.HTTPResponseError:
    with pytest.raises(errors.HTTPResponseError) as caught:
        await call
    assert caught.value.code == code
    return caught.value


def take_from_bot(discord: EmulatedDiscord, permission: Permissions) -> None:
    role = discord.bot_role()
    role["permissions"] = str(int(role["permissions"]) & ~permission)


def seed_webhook(
    discord: EmulatedDiscord, name: str = "relay", **fields: typing.Any
) -> dict[str, typing.Any]:
    """A webhook someone else made (no application), in the default channel unless told."""
    channel_id = fields.pop("channel_id", discord.channel_id)
    return routes_webhooks.add_webhook(
        discord.state, str(channel_id), name, user=discord.state.owner, **fields
    )


def add_thread(discord: EmulatedDiscord, parent_id: str, *, archived: bool = False) -> dict[str, typing.Any]:
    thread = payloads.guild_channel_payload(
        discord.state.ids(), guild_id=discord.guild_id, name="thread", channel_type=11, parent_id=parent_id
    )
    thread["thread_metadata"] = {"archived": archived, "locked": False, "auto_archive_duration": 60}
    discord.state.channels[thread["id"]] = thread
    discord.state.messages.setdefault(thread["id"], {})
    return thread


# -- management ---------------------------------------------------------------------------------------


async def test_create_webhook_sends_name_avatar_and_reason(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    hook = await rest.create_webhook(
        discord.channel_id, "Deploys", avatar=files.Bytes(PNG, "a.png"), reason="CI"
    )

    assert isinstance(hook, webhooks.IncomingWebhook)
    assert (hook.name, hook.type, hook.channel_id, hook.guild_id) == (
        "Deploys",
        webhooks.WebhookType.INCOMING,
        int(discord.channel_id),
        int(discord.guild_id),
    )
    assert hook.token
    assert hook.avatar_hash
    assert hook.author
    assert hook.author.id == int(discord.application_id)
    assert hook.application_id == int(discord.application_id)
    assert hook.make_avatar_url() == files.URL(
        f"https://cdn.discordapp.com/avatars/{hook.id}/{hook.avatar_hash}.png?size=4096"
    )
    sent = discord.requests_to("POST /channels/{channel}/webhooks")[0]
    assert sent.json["name"] == "Deploys"
    assert sent.json["avatar"].startswith("data:image/png;base64,")
    assert sent.headers["X-Audit-Log-Reason"] == "CI"
    assert hook.app is rest


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", "BASE_TYPE_BAD_LENGTH"),
        ("x" * 81, "BASE_TYPE_BAD_LENGTH"),
        ("Clyde bot", "USERNAME_INVALID_CONTAINS"),
        ("my DISCORD hook", "USERNAME_INVALID_CONTAINS"),
    ],
)
async def test_create_webhook_refuses_names_discord_refuses(
    discord: EmulatedDiscord, rest: RESTClientImpl, name: str, code: str
) -> None:
    error = await refused(50035, rest.create_webhook(discord.channel_id, name))

    assert typing.cast(errors.BadRequestError, error).errors["name"]["_errors"][0]["code"] == code


async def test_create_webhook_needs_manage_webhooks_and_a_free_place(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    for index in range(15):
        seed_webhook(discord, f"hook {index}")
    await refused(30007, rest.create_webhook(discord.channel_id, "one too many"))
    category = discord.add_guild_channel("cat", type=4)
    await refused(50024, rest.create_webhook(category["id"], "in a category"))
    take_from_bot(discord, Permissions.MANAGE_WEBHOOKS)
    await refused(50013, rest.create_webhook(discord.add_guild_channel("other")["id"], "no permission"))
    await refused(10003, rest.create_webhook(123, "nowhere"))


async def test_fetch_webhook_by_bot_and_by_token(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    seeded = seed_webhook(discord)

    by_bot = await rest.fetch_webhook(int(seeded["id"]))
    by_token = await rest.fetch_webhook(seeded["id"], token=seeded["token"])

    assert isinstance(by_bot, webhooks.IncomingWebhook)
    assert isinstance(by_token, webhooks.IncomingWebhook)
    assert by_bot.author is not None
    assert by_bot.token == seeded["token"]
    assert by_token.author is None
    assert by_token.id == by_bot.id
    token_request = discord.requests_to("GET /webhooks/{webhook}/{token}")[0]
    assert "Authorization" not in token_request.headers
    await refused(50027, rest.fetch_webhook(seeded["id"], token="wrong"))
    await refused(10015, rest.fetch_webhook(42))
    await refused(10015, rest.fetch_webhook(42, token="any"))


async def test_fetching_a_webhook_needs_manage_webhooks_unless_the_app_owns_it(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    own = await rest.create_webhook(discord.channel_id, "mine")
    theirs = seed_webhook(discord)
    take_from_bot(discord, Permissions.MANAGE_WEBHOOKS)

    assert (await rest.fetch_webhook(own)).id == own.id
    await refused(50013, rest.fetch_webhook(theirs["id"]))
    await refused(50013, rest.fetch_channel_webhooks(discord.channel_id))
    await refused(50013, rest.fetch_guild_webhooks(discord.guild_id))


async def test_channel_and_guild_webhooks_list_every_kind(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    other = discord.add_guild_channel("other")
    incoming = seed_webhook(discord)
    follower = seed_webhook(discord, "news", channel_id=other["id"], webhook_type=2)
    follower.update(
        source_guild={"id": "77", "name": "Source", "icon": None},
        source_channel={"id": "78", "name": "announcements"},
    )

    in_channel = await rest.fetch_channel_webhooks(discord.channel_id)
    in_guild = await rest.fetch_guild_webhooks(discord.guild_id)

    assert [hook.id for hook in in_channel] == [int(incoming["id"])]
    assert {type(hook) for hook in in_guild} == {webhooks.IncomingWebhook, webhooks.ChannelFollowerWebhook}
    followed = next(hook for hook in in_guild if isinstance(hook, webhooks.ChannelFollowerWebhook))
    assert followed.source_guild is not None
    assert followed.source_guild.name == "Source"
    assert followed.source_channel is not None
    assert followed.source_channel.id == 78
    assert "token" not in follower


async def test_edit_webhook_renames_moves_and_clears_the_avatar(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    hook = await rest.create_webhook(discord.channel_id, "old", avatar=files.Bytes(PNG, "a.png"))
    target = discord.add_guild_channel("target")

    edited = await rest.edit_webhook(hook, name="new", avatar=None, channel=target["id"], reason="tidy")

    assert isinstance(edited, webhooks.IncomingWebhook)
    assert (edited.name, edited.avatar_hash, edited.channel_id) == ("new", None, int(target["id"]))
    sent = discord.requests_to("PATCH /webhooks/{webhook}")[0]
    assert sent.json == {"name": "new", "channel_id": target["id"], "avatar": None}
    assert sent.headers["X-Audit-Log-Reason"] == "tidy"
    await refused(50035, rest.edit_webhook(hook, name="discord"))
    discord.add_guild(guild_id=900)
    elsewhere = discord.add_guild_channel("elsewhere", guild_id=900)
    await refused(10003, rest.edit_webhook(hook, channel=elsewhere["id"]))


async def test_edit_webhook_with_its_token_cannot_move_it(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    seeded = seed_webhook(discord)

    edited = await rest.edit_webhook(seeded["id"], token=seeded["token"], name="renamed")

    assert edited.name == "renamed"
    assert isinstance(edited, webhooks.IncomingWebhook)
    assert edited.author is None
    assert "Authorization" not in discord.requests_to("PATCH /webhooks/{webhook}/{token}")[0].headers
    with pytest.raises(errors.DiscordRuleError):
        await rest.edit_webhook(seeded["id"], token=seeded["token"], channel=discord.channel_id)
    await refused(50027, rest.edit_webhook(seeded["id"], token="nope", name="x"))


async def test_delete_webhook_by_bot_and_by_token(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    first, second = seed_webhook(discord, "one"), seed_webhook(discord, "two")

    await rest.delete_webhook(first["id"], reason="cleanup")
    await rest.delete_webhook(second["id"], token=second["token"])

    assert discord.world.webhooks == {}
    assert discord.requests_to("DELETE /webhooks/{webhook}")[0].headers["X-Audit-Log-Reason"] == "cleanup"
    await refused(10015, rest.delete_webhook(first["id"]))


# -- executing and the webhook's messages -------------------------------------------------------------


async def test_execute_posts_as_the_webhook_and_waits(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    seeded = seed_webhook(discord, avatar="abc123")

    message = await rest.execute_webhook(seeded["id"], seeded["token"], "hello")
    custom = await rest.execute_webhook(
        seeded["id"], seeded["token"], "hi", username="CI", avatar_url="https://example.com/ci.png"
    )

    assert isinstance(message, messages.Message)
    assert (message.webhook_id, message.author.id, message.author.username) == (
        int(seeded["id"]),
        int(seeded["id"]),
        "relay",
    )
    assert message.author.avatar_hash == "abc123"
    assert message.author.is_bot
    assert message.channel_id == int(discord.channel_id)
    assert message.content == "hello"
    assert custom.author.username == "CI"
    assert custom.author.avatar_hash not in (None, "abc123")
    sent = discord.requests_to(EXECUTE)[0]
    assert sent.query == {"wait": "true", "with_components": "true"}
    assert "Authorization" not in sent.headers
    assert [m["content"] for m in discord.messages[discord.channel_id]] == ["hello", "hi"]
    await refused(50035, rest.execute_webhook(seeded["id"], seeded["token"], "x", username="clyde"))
    await refused(50027, rest.execute_webhook(seeded["id"], "bad-token", "x"))


async def test_execute_through_a_webhook_object_uses_its_id(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    hook = await rest.create_webhook(discord.channel_id, "Alerts")

    sent = await hook.execute(
        "disk almost full", flags=messages.MessageFlag.SUPPRESS_EMBEDS | messages.MessageFlag.EPHEMERAL
    )
    fetched = await hook.fetch_message(sent)
    edited = await hook.edit_message(sent, "disk full")
    await hook.delete_message(sent)

    assert fetched.id == sent.id == edited.id
    assert edited.content == "disk full"
    # Only SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS and IS_COMPONENTS_V2 can be set on a webhook's message.
    assert sent.flags == messages.MessageFlag.SUPPRESS_EMBEDS
    assert discord.messages[discord.channel_id] == []
    await refused(10008, hook.fetch_message(sent))


async def test_a_webhook_without_a_token_refuses_to_post(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    seeded = seed_webhook(discord)
    tokenless = webhooks.IncomingWebhook.from_payload({**seeded, "token": None}, app=rest)

    with pytest.raises(ValueError, match="token"):
        await tokenless.execute("x")
    with pytest.raises(ValueError, match="token"):
        await tokenless.delete(use_token=True)


async def test_execute_without_wait_is_204_for_raw_clients(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    seeded = seed_webhook(discord)

    answer = await rest.request(
        "POST", f"/webhooks/{seeded['id']}/{seeded['token']}", json={"content": "fire"}, authorization=None
    )

    assert answer is None
    assert discord.messages[discord.channel_id][0]["webhook_id"] == seeded["id"]


async def test_execute_in_a_thread_of_the_webhook_channel(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    seeded = seed_webhook(discord)
    thread = add_thread(discord, discord.channel_id, archived=True)
    elsewhere = add_thread(discord, discord.add_guild_channel("other")["id"])

    message = await rest.execute_webhook(seeded["id"], seeded["token"], "in thread", thread=int(thread["id"]))
    fetched = await rest.fetch_webhook_message(seeded["id"], seeded["token"], message, thread=thread["id"])
    edited = await rest.edit_webhook_message(
        seeded["id"], seeded["token"], message, "edited", thread=thread["id"]
    )

    assert message.channel_id == fetched.channel_id == int(thread["id"])
    assert edited.content == "edited"
    assert thread["thread_metadata"]["archived"] is False
    assert discord.requests_to(EXECUTE)[0].query["thread_id"] == thread["id"]
    assert discord.requests_to("PATCH /webhooks/{webhook}/{token}/messages/{message}")[0].query == {
        "with_components": "true",
        "thread_id": thread["id"],
    }
    await refused(10008, rest.fetch_webhook_message(seeded["id"], seeded["token"], message))
    await refused(10003, rest.execute_webhook(seeded["id"], seeded["token"], "x", thread=elsewhere["id"]))
    await rest.delete_webhook_message(seeded["id"], seeded["token"], message, thread=thread["id"])
    assert discord.messages[thread["id"]] == []


async def test_a_forum_webhook_needs_a_thread(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    forum = discord.add_guild_channel("forum", type=15)
    seeded = seed_webhook(discord, channel_id=forum["id"])
    url = f"/webhooks/{seeded['id']}/{seeded['token']}"

    await refused(220001, rest.execute_webhook(seeded["id"], seeded["token"], "x"))
    post = await rest.request(
        "POST",
        url,
        json={"content": "first", "thread_name": "Release"},
        query={"wait": "true"},
        authorization=None,
    )
    plain = seed_webhook(discord)
    await refused(
        220003,
        rest.request(
            "POST",
            f"/webhooks/{plain['id']}/{plain['token']}",
            json={"content": "x", "thread_name": "t"},
            authorization=None,
        ),
    )

    thread = discord.state.channels[post["channel_id"]]
    assert (thread["type"], thread["parent_id"], thread["name"]) == (11, forum["id"], "Release")


async def test_only_app_owned_webhooks_send_interactive_components(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    own = await rest.create_webhook(discord.channel_id, "mine")
    theirs = seed_webhook(discord)
    buttons = builders.MessageActionRowBuilder().add_interactive_button(ButtonStyle.PRIMARY, "ok", label="OK")
    links = builders.MessageActionRowBuilder().add_link_button("https://example.com", label="site")

    with_button = await own.execute("pick", component=buttons)
    with_link = await rest.execute_webhook(theirs["id"], theirs["token"], "see", component=links)
    error = await refused(
        50035, rest.execute_webhook(theirs["id"], theirs["token"], "pick", component=buttons)
    )
    raw = await rest.request(
        "POST",
        f"/webhooks/{theirs['id']}/{theirs['token']}",
        json={"content": "c", "components": [links.build()[0]]},
        query={"wait": "true"},
        authorization=None,
    )

    assert len(with_button.components) == 1
    assert len(with_link.components) == 1
    assert "components" in typing.cast(errors.BadRequestError, error).errors
    # Without with_components=true Discord ignores a non-owned webhook's components.
    assert raw["components"] == []


async def test_interaction_followups_still_reach_the_interaction(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    seed_webhook(discord)
    interaction = discord.issue_interaction()
    await rest.create_interaction_response(interaction.id, interaction.token, 5)

    followup = await rest.execute_webhook(discord.application_id, interaction.token, "later")

    assert followup.content == "later"
    await refused(10015, rest.execute_webhook(12345, interaction.token, "x"))


async def test_incoming_webhook_methods_prefer_its_token(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    hook = await rest.create_webhook(discord.channel_id, "Alerts")
    target = discord.add_guild_channel("target")

    renamed = await hook.edit(name="Renamed")
    moved = await renamed.edit(channel=target["id"])  # a move goes with the bot's token
    fetched = await moved.fetch_self()
    by_bot = await moved.fetch_self(use_token=False)
    channel = await moved.fetch_channel()
    await moved.delete()

    assert (renamed.name, moved.channel_id, channel.id) == ("Renamed", int(target["id"]), int(target["id"]))
    assert fetched.author is None  # fetched with its token
    assert by_bot.author is not None
    assert [request.route for request in discord.requests if "webhooks/" in request.path] == [
        "PATCH /webhooks/{webhook}/{token}",
        "PATCH /webhooks/{webhook}",
        "GET /webhooks/{webhook}/{token}",
        "GET /webhooks/{webhook}",
        "DELETE /webhooks/{webhook}/{token}",
    ]


async def test_channel_follower_webhook_methods_use_the_bot(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    seeded = seed_webhook(discord, "news", webhook_type=2)
    hook = await rest.fetch_webhook(seeded["id"])
    assert isinstance(hook, webhooks.ChannelFollowerWebhook)

    edited = await hook.edit(name="News feed", reason="rename")
    again = await edited.fetch_self()
    await again.delete()

    assert (edited.name, again.name, again.source_guild) == ("News feed", "News feed", None)
    assert discord.world.webhooks == {}
    await refused(10015, again.fetch_self())


async def test_execute_with_attachments_and_a_poll(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    seeded = seed_webhook(discord)
    poll = builders.PollBuilder(question_text="Ship it?", allow_multiselect=False).add_answer(text="Yes")

    with_file = await rest.execute_webhook(
        seeded["id"], seeded["token"], "log", attachment=files.Bytes(PNG, "log.png")
    )
    with_poll = await rest.execute_webhook(seeded["id"], seeded["token"], poll=poll)

    assert [attachment.filename for attachment in with_file.attachments] == ["log.png"]
    assert with_poll.poll is not None
    assert with_poll.poll.question.text == "Ship it?"
    assert discord.requests_to(EXECUTE)[0].files[0].filename == "log.png"
