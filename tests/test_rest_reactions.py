"""Reaction endpoints against the emulated Discord over loopback: every emoji form hikari takes,
what Discord receives, the message's `reactions` as Discord shows them, the reactors' pages, and
Discord's refusals (permissions, unknown messages and emojis, 20 emojis, DMs)."""

from __future__ import annotations

import typing

import pytest

from hikari_like import emojis
from hikari_like import errors
from hikari_like import messages
from hikari_like import snowflakes
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.emoji_paths import emoji_path
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.routes_reactions import MAX_DISTINCT_REACTIONS
from tests.test_rest_members import refused

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject

PUT = "PUT /channels/{channel}/messages/{message}/reactions/{emoji}/@me"
GET = "GET /channels/{channel}/messages/{message}/reactions/{emoji}"
PARTY_ID = 223456789012345678
PARTY = emojis.CustomEmoji(id=snowflakes.Snowflake(PARTY_ID), name="party", is_animated=True)


def add_guild_emoji(
    discord: EmulatedDiscord, name: str, emoji_id: int, *, guild_id: str | None = None, animated: bool = False
) -> JSONObject:
    emoji: JSONObject = {
        "id": str(emoji_id),
        "name": name,
        "roles": [],
        "require_colons": True,
        "managed": False,
        "animated": animated,
        "available": True,
    }
    discord.world.guild(guild_id or discord.guild_id).emojis[str(emoji_id)] = emoji
    return emoji


def message_in(discord: EmulatedDiscord, content: str = "vote!") -> JSONObject:
    return discord.seed_message(discord.channel_id, content)


def reacted_message(discord: EmulatedDiscord, *emojis_: str) -> JSONObject:
    """A message the user "kat" (ID 42) reacted to with `emojis_`."""
    message = message_in(discord)
    discord.add_user("kat", user_id=42)
    for emoji in emojis_:
        discord.add_reaction(discord.channel_id, message["id"], 42, emoji)
    return message


def stored(discord: EmulatedDiscord, message: JSONObject) -> JSONObject:
    return discord.state.message(discord.channel_id, message["id"])


def deny_bot(discord: EmulatedDiscord, permission: Permissions) -> None:
    # A member overwrite on the channel: the bot keeps its role, loses `permission` here.
    channel = discord.state.channels[discord.channel_id]
    deny = {"id": discord.application_id, "type": 1, "allow": "0", "deny": str(int(permission))}
    channel["permission_overwrites"] = [*(channel.get("permission_overwrites") or ()), deny]


# --- the emoji forms -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("emoji", "emoji_id", "path"),
    [
        ("👍", None, "👍"),
        ("1️⃣", None, "1️⃣"),
        (emojis.UnicodeEmoji("🔥"), None, "🔥"),
        (PARTY, None, f"party:{PARTY_ID}"),
        (
            emojis.CustomEmoji(id=snowflakes.Snowflake(PARTY_ID), name=None, is_animated=False),
            None,
            f"_:{PARTY_ID}",
        ),
        (f"party:{PARTY_ID}", None, f"party:{PARTY_ID}"),
        (f"<:party:{PARTY_ID}>", None, f"party:{PARTY_ID}"),
        (f"<a:party:{PARTY_ID}>", None, f"party:{PARTY_ID}"),
        ("party", PARTY_ID, f"party:{PARTY_ID}"),
        ("party", str(PARTY_ID), f"party:{PARTY_ID}"),
        ("party", snowflakes.Snowflake(PARTY_ID), f"party:{PARTY_ID}"),
        ("party", PARTY, f"party:{PARTY_ID}"),
    ],
)
def test_emoji_path_reads_every_form_hikari_takes(emoji: typing.Any, emoji_id: typing.Any, path: str) -> None:
    assert (emoji_path(emoji) if emoji_id is None else emoji_path(emoji, emoji_id)) == path


@pytest.mark.parametrize(
    ("emoji", "emoji_id", "error"),
    [
        ("thumbsup", None, ValueError),
        ("", None, ValueError),
        ("<:party>", None, ValueError),
        ("party", "abc", TypeError),
        ("party", True, TypeError),
        ("party", 0, TypeError),
        (f"party:{PARTY_ID}", PARTY_ID, ValueError),
        (f"<:party:{PARTY_ID}>", PARTY_ID, ValueError),
        (emojis.UnicodeEmoji("👍"), PARTY_ID, ValueError),
        (PARTY, PARTY_ID, ValueError),
        (PARTY_ID, None, TypeError),
        (snowflakes.Snowflake(PARTY_ID), None, TypeError),
        (None, None, TypeError),
    ],
)
async def test_a_bad_emoji_is_refused_before_any_request(
    discord: EmulatedDiscord,
    rest: RESTClientImpl,
    emoji: typing.Any,
    emoji_id: typing.Any,
    error: type[Exception],
) -> None:
    message = message_in(discord)
    extra = {} if emoji_id is None else {"emoji_id": emoji_id}

    with pytest.raises(error) as caught:
        await rest.add_reaction(discord.channel_id, message["id"], emoji, **extra)

    assert str(caught.value)
    if error is ValueError:
        assert isinstance(caught.value, errors.DiscordRuleError)
        assert caught.value.rule == "reaction.emoji"
    assert discord.requests_to(PUT) == []


async def test_add_reaction_sends_each_form_as_discord_reads_it(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    add_guild_emoji(discord, "party", PARTY_ID, animated=True)
    message = message_in(discord)

    await rest.add_reaction(discord.channel_id, message["id"], "👍")
    await rest.add_reaction(
        int(discord.channel_id), snowflakes.Snowflake(message["id"]), f"<a:party:{PARTY_ID}>"
    )
    await rest.add_reaction(discord.channel_id, message["id"], "party", emoji_id=PARTY_ID)  # again: no change

    sent = discord.requests_to(PUT)
    assert [request.params["emoji"] for request in sent] == ["👍", f"party:{PARTY_ID}", f"party:{PARTY_ID}"]
    assert [request.status for request in sent] == [204, 204, 204]
    assert stored(discord, message)["reactions"] == [
        {
            "emoji": {"id": None, "name": "👍"},
            "count": 1,
            "count_details": {"burst": 0, "normal": 1},
            "me": True,
            "me_burst": False,
            "burst_colors": [],
        },
        {
            "emoji": {"id": str(PARTY_ID), "name": "party", "animated": True},
            "count": 1,
            "count_details": {"burst": 0, "normal": 1},
            "me": True,
            "me_burst": False,
            "burst_colors": [],
        },
    ]


async def test_a_custom_emoji_is_known_by_its_id_whatever_the_name(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    add_guild_emoji(discord, "party", PARTY_ID)
    message = message_in(discord)

    await rest.add_reaction(discord.channel_id, message["id"], "anything", emoji_id=PARTY_ID)

    assert discord.state.reactions[message["id"]] == {f"party:{PARTY_ID}": [discord.application_id]}
    assert stored(discord, message)["reactions"][0]["emoji"] == {"id": str(PARTY_ID), "name": "party"}


# --- what the message shows ---------------------------------------------------------------------


async def test_reactions_field_counts_users_super_reactions_and_the_bot(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = message_in(discord)
    for user_id in (41, 42):
        discord.add_user(f"user{user_id}", user_id=user_id)
        discord.add_reaction(discord.channel_id, message["id"], user_id, "🔥")
    discord.add_reaction(discord.channel_id, message["id"], 42, "🔥", burst=True)

    await rest.add_reaction(discord.channel_id, message["id"], "🔥")
    get_message = routes.GET_CHANNEL_MESSAGE.compile(channel=discord.channel_id, message=message["id"])
    fetched = await rest.request(get_message)

    assert fetched["reactions"] == [
        {
            "emoji": {"id": None, "name": "🔥"},
            "count": 4,
            "count_details": {"burst": 1, "normal": 3},
            "me": True,
            "me_burst": False,
            "burst_colors": ["#ffcc4d", "#f4900c"],
        }
    ]


async def test_delete_my_reaction_and_the_last_one_leaves_no_reactions_field(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = reacted_message(discord, "👍")
    await rest.add_reaction(discord.channel_id, message["id"], "👍")

    await rest.delete_my_reaction(discord.channel_id, message["id"], "👍")
    after_mine = stored(discord, message)["reactions"]
    await rest.delete_my_reaction(discord.channel_id, message["id"], "👍")  # again: Discord's 204
    await rest.delete_reaction(discord.channel_id, message["id"], 42, emojis.UnicodeEmoji("👍"))

    assert [(r["count"], r["me"]) for r in after_mine] == [(1, False)]
    assert "reactions" not in stored(discord, message)
    assert discord.state.reactions[message["id"]] == {}


async def test_delete_all_reactions_for_one_emoji_and_for_all(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    add_guild_emoji(discord, "party", PARTY_ID)
    message = reacted_message(discord, "👍", "🔥", f"party:{PARTY_ID}")

    await rest.delete_all_reactions_for_emoji(discord.channel_id, message["id"], PARTY)
    left = [r["emoji"]["name"] for r in stored(discord, message)["reactions"]]
    await rest.delete_all_reactions(discord.channel_id, message["id"])

    assert left == ["👍", "🔥"]
    assert "reactions" not in stored(discord, message)
    assert (
        discord.requests_to("DELETE /channels/{channel}/messages/{message}/reactions/{emoji}")[0].params[
            "emoji"
        ]
        == f"party:{PARTY_ID}"
    )


# --- who reacted ---------------------------------------------------------------------------------


async def test_fetch_reactions_for_emoji_pages_by_user_id_after_the_last(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = message_in(discord)
    ids = [5000 + i for i in range(205)]
    for user_id in reversed(ids):  # reaction order is not the order Discord lists them in
        discord.add_user(f"u{user_id}", user_id=user_id)
        discord.add_reaction(discord.channel_id, message["id"], user_id, "👍")

    found = [
        user.id for user in await rest.fetch_reactions_for_emoji(discord.channel_id, message["id"], "👍")
    ]

    assert found == ids
    pages = discord.requests_to(GET)
    assert [request.query for request in pages] == [
        {"limit": "100"},
        {"limit": "100", "after": str(ids[99])},
        {"limit": "100", "after": str(ids[199])},
    ]


async def test_fetch_reactions_for_emoji_reads_only_what_is_asked(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = reacted_message(discord, "👍")
    await rest.add_reaction(discord.channel_id, message["id"], "👍")

    reactors = rest.fetch_reactions_for_emoji(discord.channel_id, message["id"], "👍")
    assert discord.requests_to(GET) == []  # lazy: nothing is sent before the first read
    users = [user async for user in reactors]

    assert [(user.id, user.username) for user in users] == [
        (42, "kat"),
        (int(discord.application_id), discord.bot_user["username"]),
    ]
    assert all(user.app is rest for user in users)


async def test_fetch_reactions_for_emoji_of_one_reaction_type(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = message_in(discord)
    for user_id in (41, 42, 43):
        discord.add_user(f"user{user_id}", user_id=user_id)
        discord.add_reaction(discord.channel_id, message["id"], user_id, "🔥", burst=user_id != 41)

    burst = await rest.fetch_reactions_for_emoji(
        discord.channel_id, message["id"], "🔥", reaction_type=messages.ReactionType.BURST
    )
    normal = await rest.fetch_reactions_for_emoji(
        discord.channel_id, message["id"], "🔥", reaction_type=messages.ReactionType.NORMAL
    )

    assert ([user.id for user in burst], [user.id for user in normal]) == ([42, 43], [41])
    assert discord.state.burst_reactions[message["id"]] == {"🔥": ["42", "43"]}
    assert discord.state.reactions[message["id"]] == {"🔥": ["41"]}
    assert [request.query["type"] for request in discord.requests_to(GET)] == ["1", "0"]


# --- Discord's refusals --------------------------------------------------------------------------


async def test_unknown_message_and_unknown_emoji(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    message = message_in(discord)
    other_guild = discord.add_guild("elsewhere", bot_member=False)
    add_guild_emoji(discord, "secret", 323456789012345678, guild_id=other_guild["id"])

    await refused(10008, rest.add_reaction(discord.channel_id, 123, "👍"))
    unknown = await refused(10014, rest.add_reaction(discord.channel_id, message["id"], "nope", emoji_id=999))
    assert isinstance(unknown, errors.BadRequestError)  # a 400 on the reaction routes, as Discord answers
    await refused(
        10014, rest.add_reaction(discord.channel_id, message["id"], "secret", emoji_id=323456789012345678)
    )
    # What hikari would send for a word, and a mention sent as it is: Discord knows no such emoji.
    for raw in ("thumbsup", f"<:party:{PARTY_ID}>"):
        route = routes.PUT_MY_REACTION.compile(channel=discord.channel_id, message=message["id"], emoji=raw)
        await refused(10014, rest.request(route))


async def test_an_emoji_already_on_the_message_needs_no_guild_of_the_bots(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = message_in(discord)
    other_guild = discord.add_guild("elsewhere", bot_member=False)
    add_guild_emoji(discord, "secret", 323456789012345678, guild_id=other_guild["id"])
    discord.add_user("nitro", user_id=42)
    discord.add_reaction(discord.channel_id, message["id"], 42, "<:secret:323456789012345678>")

    users = await rest.fetch_reactions_for_emoji(
        discord.channel_id, message["id"], "x", emoji_id=323456789012345678
    )
    await rest.delete_reaction(discord.channel_id, message["id"], 42, "secret:323456789012345678")

    assert [user.id for user in users] == [42]
    assert "reactions" not in stored(discord, message)


async def test_add_reactions_is_needed_only_for_a_new_emoji(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = reacted_message(discord, "👍")
    deny_bot(discord, Permissions.ADD_REACTIONS)

    await refused(50013, rest.add_reaction(discord.channel_id, message["id"], "🔥"))
    await rest.add_reaction(discord.channel_id, message["id"], "👍")

    assert stored(discord, message)["reactions"][0]["count"] == 2


async def test_reacting_and_listing_need_read_message_history(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = message_in(discord)
    deny_bot(discord, Permissions.READ_MESSAGE_HISTORY)

    await refused(50013, rest.add_reaction(discord.channel_id, message["id"], "👍"))
    await refused(50013, rest.fetch_reactions_for_emoji(discord.channel_id, message["id"], "👍").next())
    await rest.delete_my_reaction(discord.channel_id, message["id"], "👍")  # needs nothing


async def test_removing_others_reactions_needs_manage_messages(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    message = reacted_message(discord, "👍")
    deny_bot(discord, Permissions.MANAGE_MESSAGES)

    await refused(50013, rest.delete_reaction(discord.channel_id, message["id"], 42, "👍"))
    await refused(50013, rest.delete_all_reactions_for_emoji(discord.channel_id, message["id"], "👍"))
    await refused(50013, rest.delete_all_reactions(discord.channel_id, message["id"]))

    assert stored(discord, message)["reactions"][0]["count"] == 1


async def test_a_hidden_channel_is_missing_access(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    message = message_in(discord)
    deny_bot(discord, Permissions.VIEW_CHANNEL)

    await refused(50001, rest.add_reaction(discord.channel_id, message["id"], "👍"))


async def test_twenty_different_emojis_at_most(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    faces = [chr(0x1F600 + i) for i in range(MAX_DISTINCT_REACTIONS)]
    message = reacted_message(discord, *faces)

    error = await refused(30010, rest.add_reaction(discord.channel_id, message["id"], "👍"))
    await rest.add_reaction(discord.channel_id, message["id"], faces[0])  # joining one is fine

    assert isinstance(error, errors.BadRequestError)
    assert len(stored(discord, message)["reactions"]) == MAX_DISTINCT_REACTIONS
    with pytest.raises(ValueError, match="30010"):
        discord.add_reaction(discord.channel_id, message["id"], 42, "👍")


async def test_nobody_removes_others_reactions_in_a_dm(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    dm = discord.state.add_channel(name="dm", guild_id=None)
    message = discord.seed_message(dm["id"], "hi")
    discord.add_reaction(dm["id"], message["id"], discord.state.owner["id"], "👍")

    await rest.add_reaction(dm["id"], message["id"], "👍")  # no permission applies in a DM
    await refused(50003, rest.delete_reaction(dm["id"], message["id"], discord.state.owner["id"], "👍"))
    await refused(50003, rest.delete_all_reactions(dm["id"], message["id"]))

    assert discord.state.message(dm["id"], message["id"])["reactions"][0]["count"] == 2


def test_reacting_as_a_user_refuses_what_discord_would(discord: EmulatedDiscord) -> None:
    message = reacted_message(discord)

    with pytest.raises(ValueError, match="unknown"):
        discord.add_reaction(discord.channel_id, message["id"], 999, "👍")
    with pytest.raises(ValueError, match="10014"):
        discord.add_reaction(discord.channel_id, message["id"], 42, "<:ghost:123>")
    with pytest.raises(ValueError, match="10008"):
        discord.add_reaction(discord.channel_id, 123, 42, "👍")


def test_the_emoji_is_url_encoded_in_the_path() -> None:
    route = routes.PUT_MY_REACTION.compile(channel=1, message=2, emoji=emoji_path(f"<:party:{PARTY_ID}>"))
    unicode = routes.DELETE_MY_REACTION.compile(channel=1, message=2, emoji=emoji_path("👍"))

    assert route.compiled_path == f"/channels/1/messages/2/reactions/party%3A{PARTY_ID}/@me"
    assert unicode.compiled_path == "/channels/1/messages/2/reactions/%F0%9F%91%8D/@me"


async def test_a_guild_emoji_fetched_over_rest_reacts_as_itself(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    add_guild_emoji(discord, "party", PARTY_ID, animated=True)
    message = message_in(discord)
    known = await rest.fetch_emoji(discord.guild_id, PARTY_ID)

    await rest.add_reaction(discord.channel_id, message["id"], known)

    assert isinstance(known, emojis.KnownCustomEmoji)
    assert discord.requests_to(PUT)[0].params["emoji"] == f"party:{PARTY_ID}"
