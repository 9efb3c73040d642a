"""Guild emoji endpoints against the emulated Discord over loopback: what Discord receives, the
`KnownCustomEmoji` we return, and emoji.mdx's rules (expression permissions, names, image size,
the slots a guild has)."""

from __future__ import annotations

import base64
import typing

import pytest

from hikari_like import emojis
from hikari_like import errors
from hikari_like import files
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import routes_emojis
from hikari_like.testing.emulator.permissions import Permissions
from tests.test_rest_members import PNG
from tests.test_rest_members import refused
from tests.test_rest_members import take_from_bot

CREATE = "POST /guilds/{guild}/emojis"
GIF: bytes = b"GIF89a" + bytes(16)
EXPRESSIONS = Permissions.CREATE_GUILD_EXPRESSIONS | Permissions.MANAGE_GUILD_EXPRESSIONS


def seed_emoji(discord: EmulatedDiscord, name: str = "party", **fields: typing.Any) -> dict[str, typing.Any]:
    guild = discord.world.guild(discord.guild_id)
    return routes_emojis.add_emoji(discord.world, guild, name, **fields)


def field_code(caught: errors.HTTPResponseError, field: str) -> str:
    """The error code Discord gave `field` in a 50035."""
    assert isinstance(caught, errors.BadRequestError)
    return str(caught.errors[field]["_errors"][0]["code"])


def only_create(discord: EmulatedDiscord) -> None:
    """The bot may create expressions and change its own, not others' (no MANAGE)."""
    take_from_bot(discord, Permissions.MANAGE_GUILD_EXPRESSIONS)


async def test_fetch_guild_emojis_and_one(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    mods = discord.add_role("mods")
    owner = discord.state.owner
    party = seed_emoji(discord, "party", animated=True, roles=[mods["id"]], user=owner)
    seed_emoji(discord, "twitch", managed=True, available=False)

    found = await rest.fetch_guild_emojis(discord.guild_id)
    one = await rest.fetch_emoji(discord.guild_id, int(party["id"]))

    assert [emoji.name for emoji in found] == ["party", "twitch"]
    assert all(isinstance(emoji, emojis.KnownCustomEmoji) for emoji in found)
    assert one == found[0]
    assert (one.id, one.guild_id, one.is_animated, one.role_ids) == (
        int(party["id"]),
        int(discord.guild_id),
        True,
        [int(mods["id"])],
    )
    assert one.user is not None
    assert one.user.id == int(owner["id"])
    assert (one.is_colons_required, one.is_managed, one.is_available) == (True, False, True)
    assert (found[1].is_managed, found[1].is_available, found[1].user) == (True, False, None)
    assert one.mention == f"<a:party:{party['id']}>"
    assert one.app is rest


async def test_fetch_emoji_takes_an_emoji_object_and_refuses_unknown(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    party = seed_emoji(discord)
    mention = emojis.CustomEmoji.parse(f"<:party:{party['id']}>")

    assert (await rest.fetch_emoji(discord.guild_id, mention)).name == "party"
    await refused(10014, rest.fetch_emoji(discord.guild_id, 123))
    await refused(10004, rest.fetch_guild_emojis(987654321))


async def test_uploader_is_shown_only_with_expression_permissions(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    seed_emoji(discord, user=discord.state.owner)
    take_from_bot(discord, EXPRESSIONS)

    (emoji,) = await rest.fetch_guild_emojis(discord.guild_id)

    assert emoji.user is None


async def test_create_emoji_sends_a_data_uri_and_roles(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    mods = discord.add_role("mods")

    emoji = await rest.create_emoji(
        discord.guild_id, "wave_1", files.Bytes(PNG, "wave.png"), roles=[int(mods["id"])], reason="new"
    )

    sent = discord.requests_to(CREATE)[0]
    assert sent.json == {
        "name": "wave_1",
        "image": "data:image/png;base64," + base64.b64encode(PNG).decode(),
        "roles": [mods["id"]],
    }
    assert sent.headers["X-Audit-Log-Reason"] == "new"
    assert (emoji.name, emoji.role_ids, emoji.is_animated) == ("wave_1", [int(mods["id"])], False)
    assert emoji.user is not None
    assert emoji.user.id == int(discord.bot_user["id"])
    assert str(emoji.id) in discord.world.guild(discord.guild_id).emojis
    animated = await rest.create_emoji(discord.guild_id, "dance", files.Bytes(GIF, "dance.gif"))
    assert animated.is_animated
    assert animated.url.endswith(".gif")
    assert "roles" not in discord.requests_to(CREATE)[1].json


@pytest.mark.parametrize(
    ("name", "error"),
    [("x", "BASE_TYPE_BAD_LENGTH"), ("a" * 33, "BASE_TYPE_BAD_LENGTH"), ("no-dash", "STRING_TYPE_REGEX")],
)
async def test_create_emoji_checks_the_name(
    discord: EmulatedDiscord, rest: RESTClientImpl, name: str, error: str
) -> None:
    caught = await refused(50035, rest.create_emoji(discord.guild_id, name, files.Bytes(PNG, "e.png")))

    assert field_code(caught, "name") == error
    assert discord.world.guild(discord.guild_id).emojis == {}


async def test_create_emoji_checks_the_image(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    too_big = files.Bytes(PNG + bytes(256 * 1024), "big.png")
    caught = await refused(50035, rest.create_emoji(discord.guild_id, "big", too_big))
    assert field_code(caught, "image") == "BINARY_TYPE_MAX_SIZE"

    not_an_image = files.Bytes(b"hello", "notes.txt")
    caught = await refused(50035, rest.create_emoji(discord.guild_id, "text", not_an_image))
    assert field_code(caught, "image") == "IMAGE_INVALID"


async def test_create_emoji_needs_an_expression_permission(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    take_from_bot(discord, EXPRESSIONS)

    await refused(50013, rest.create_emoji(discord.guild_id, "party", files.Bytes(PNG, "p.png")))

    discord.bot_role()["permissions"] = str(int(Permissions.CREATE_GUILD_EXPRESSIONS))
    assert (await rest.create_emoji(discord.guild_id, "party", files.Bytes(PNG, "p.png"))).name == "party"


async def test_a_guild_has_50_still_emoji_slots_at_tier_0(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    for index in range(50):
        seed_emoji(discord, f"still_{index}")

    await refused(30008, rest.create_emoji(discord.guild_id, "one_more", files.Bytes(PNG, "p.png")))
    # Animated emojis have slots of their own.
    assert (await rest.create_emoji(discord.guild_id, "dance", files.Bytes(GIF, "d.gif"))).is_animated
    discord.world.guild(discord.guild_id).fields["premium_tier"] = 1
    assert (
        await rest.create_emoji(discord.guild_id, "one_more", files.Bytes(PNG, "p.png"))
    ).name == "one_more"


async def test_edit_emoji_renames_and_sets_roles(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    mods = discord.add_role("mods")
    party = seed_emoji(discord, roles=[mods["id"]])

    edited = await rest.edit_emoji(discord.guild_id, int(party["id"]), name="party_time", reason="rename")
    cleared = await rest.edit_emoji(discord.guild_id, edited, roles=[])

    first, second = discord.requests_to("PATCH /guilds/{guild}/emojis/{emoji}")
    assert first.json == {"name": "party_time"}
    assert first.headers["X-Audit-Log-Reason"] == "rename"
    assert second.json == {"roles": []}
    assert (edited.name, edited.role_ids) == ("party_time", [int(mods["id"])])
    assert (cleared.name, cleared.role_ids) == ("party_time", [])
    caught = await refused(50035, rest.edit_emoji(discord.guild_id, edited, name="a b"))
    assert field_code(caught, "name") == "STRING_TYPE_REGEX"
    await refused(10014, rest.edit_emoji(discord.guild_id, 123, name="ghost"))


async def test_delete_emoji(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    party = seed_emoji(discord)

    await rest.delete_emoji(discord.guild_id, int(party["id"]), reason="unused")

    assert (
        discord.requests_to("DELETE /guilds/{guild}/emojis/{emoji}")[0].headers["X-Audit-Log-Reason"]
        == "unused"
    )
    assert discord.world.guild(discord.guild_id).emojis == {}
    await refused(10014, rest.delete_emoji(discord.guild_id, int(party["id"])))


async def test_create_permission_changes_only_the_bots_own_emojis(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    theirs = seed_emoji(discord, "theirs", user=discord.state.owner)
    only_create(discord)
    mine = await rest.create_emoji(discord.guild_id, "mine", files.Bytes(PNG, "m.png"))

    await refused(50013, rest.edit_emoji(discord.guild_id, int(theirs["id"]), name="taken"))
    await refused(50013, rest.delete_emoji(discord.guild_id, int(theirs["id"])))
    assert (await rest.edit_emoji(discord.guild_id, mine, name="still_mine")).name == "still_mine"
    await rest.delete_emoji(discord.guild_id, mine)
    assert list(discord.world.guild(discord.guild_id).emojis) == [theirs["id"]]
