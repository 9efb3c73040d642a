"""Sticker endpoints against the emulated Discord over loopback: the standard catalogue, a guild's
stickers, the multipart form Discord takes for an upload, and sticker.mdx's rules."""

from __future__ import annotations

import typing

import pytest

from hikari_like import files
from hikari_like import stickers
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from hikari_like.testing.emulator import routes_stickers
from hikari_like.testing.emulator.permissions import Permissions
from tests.test_rest_emojis import EXPRESSIONS
from tests.test_rest_emojis import GIF
from tests.test_rest_emojis import field_code
from tests.test_rest_emojis import only_create
from tests.test_rest_members import PNG
from tests.test_rest_members import refused
from tests.test_rest_members import take_from_bot

CREATE = "POST /guilds/{guild}/stickers"
APNG: bytes = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x08acTL" + bytes(8) + b"IDAT"
LOTTIE: bytes = b'{"v": "5.5.2", "fr": 60, "layers": []}'
WAVE_ID = 749054660769218631
WUMPUS_PACK_ID = 847199849233514549


def seed_sticker(discord: EmulatedDiscord, name: str = "wave", **fields: typing.Any) -> dict[str, typing.Any]:
    guild = discord.world.guild(discord.guild_id)
    return routes_stickers.add_sticker(discord.world, guild, name, **fields)


async def test_standard_sticker_packs(rest: RESTClientImpl) -> None:
    packs = await rest.fetch_available_sticker_packs()
    wumpus = await rest.fetch_sticker_pack(WUMPUS_PACK_ID)

    assert [pack.name for pack in packs] == ["Wumpus Beyond", "Doggo"]
    assert wumpus == packs[0]
    assert (wumpus.sku_id, wumpus.cover_sticker_id, wumpus.banner_asset_id) == (
        847199849233514547,
        749053689419006003,
        761773777976819732,
    )
    assert [sticker.name for sticker in wumpus.stickers] == ["Hi", "Wave"]
    wave = wumpus.stickers[1]
    assert isinstance(wave, stickers.StandardSticker)
    assert (wave.pack_id, wave.sort_value, wave.format_type) == (
        WUMPUS_PACK_ID,
        12,
        stickers.StickerFormatType.LOTTIE,
    )
    assert wave.tags == ["wumpus", "hello", "wave", ":wave"]
    assert packs[1].make_banner_url() is None
    banner = wumpus.make_banner_url(size=512)
    assert (
        str(banner)
        == "https://cdn.discordapp.com/app-assets/710982414301790216/store/761773777976819732.png?size=512"
    )
    await refused(10061, rest.fetch_sticker_pack(123))


async def test_fetch_sticker_is_standard_or_a_guilds(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    mine = seed_sticker(discord, user=discord.state.owner)

    standard = await rest.fetch_sticker(WAVE_ID)
    guild_sticker = await rest.fetch_sticker(int(mine["id"]))

    assert isinstance(standard, stickers.StandardSticker)
    assert standard.type is stickers.StickerType.STANDARD
    assert isinstance(guild_sticker, stickers.GuildSticker)
    assert (guild_sticker.guild_id, guild_sticker.type) == (int(discord.guild_id), stickers.StickerType.GUILD)
    assert guild_sticker.user is None  # Get Sticker shows no uploader
    await refused(10060, rest.fetch_sticker(123))


async def test_fetch_guild_stickers_and_one(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    owner = discord.state.owner
    wave = seed_sticker(discord, tags="wave", description="Hello there", user=owner)
    seed_sticker(discord, "gone", format_type=routes_stickers.GIF, available=False)

    found = await rest.fetch_guild_stickers(discord.guild_id)
    one = await rest.fetch_guild_sticker(discord.guild_id, int(wave["id"]))

    assert [sticker.name for sticker in found] == ["wave", "gone"]
    assert one == found[0]
    assert (one.tag, one.description, one.is_available, one.format_type) == (
        "wave",
        "Hello there",
        True,
        stickers.StickerFormatType.PNG,
    )
    assert one.user is not None
    assert one.user.id == int(owner["id"])
    assert (found[1].is_available, found[1].format_type) == (False, stickers.StickerFormatType.GIF)
    assert str(found[1].make_url()).startswith("https://media.discordapp.net/stickers/")
    await refused(10060, rest.fetch_guild_sticker(discord.guild_id, 123))
    take_from_bot(discord, EXPRESSIONS)
    assert (await rest.fetch_guild_sticker(discord.guild_id, one)).user is None


async def test_create_sticker_sends_discords_form(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    sticker = await rest.create_sticker(
        discord.guild_id, "wave", "wave", files.Bytes(PNG, "wave.png"), description="Hello!", reason="new"
    )

    sent = discord.requests_to(CREATE)[0]
    assert sent.form == {"name": "wave", "tags": "wave", "description": "Hello!"}
    assert sent.json is None  # no payload_json: Discord takes form params here
    (upload,) = sent.files
    assert (upload.field, upload.filename, upload.content_type, upload.data) == (
        "file",
        "wave.png",
        "image/png",
        PNG,
    )
    assert sent.headers["X-Audit-Log-Reason"] == "new"
    assert isinstance(sticker, stickers.GuildSticker)
    assert (sticker.name, sticker.tag, sticker.description) == ("wave", "wave", "Hello!")
    assert sticker.user is not None
    assert sticker.user.id == int(discord.bot_user["id"])
    assert str(sticker.id) in discord.world.guild(discord.guild_id).stickers


@pytest.mark.parametrize(
    ("data", "format_type"),
    [
        (PNG, stickers.StickerFormatType.PNG),
        (APNG, stickers.StickerFormatType.APNG),
        (GIF, stickers.StickerFormatType.GIF),
    ],
)
async def test_create_sticker_reads_the_format(
    discord: EmulatedDiscord, rest: RESTClientImpl, data: bytes, format_type: stickers.StickerFormatType
) -> None:
    sticker = await rest.create_sticker(discord.guild_id, "moving", "smile", files.Bytes(data, "s.bin"))

    assert sticker.format_type is format_type
    assert discord.requests_to(CREATE)[0].form["description"] == ""  # hikari sends it empty


async def test_lottie_stickers_need_a_verified_or_partnered_guild(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    lottie = files.Bytes(LOTTIE, "wave.json")
    await refused(50046, rest.create_sticker(discord.guild_id, "wave", "wave", lottie))
    await refused(50046, rest.create_sticker(discord.guild_id, "text", "wave", files.Bytes(b"hi", "a.txt")))

    discord.world.guild(discord.guild_id).fields["features"] = ["VERIFIED"]
    sticker = await rest.create_sticker(discord.guild_id, "wave", "wave", lottie)
    assert sticker.format_type is stickers.StickerFormatType.LOTTIE
    assert str(sticker.make_url()) == f"https://cdn.discordapp.com/stickers/{sticker.id}.json?size=4096"


@pytest.mark.parametrize(
    ("name", "tag", "description", "field"),
    [
        ("w", "wave", "", "name"),
        ("w" * 31, "wave", "", "name"),
        ("wave", "", "", "tags"),
        ("wave", "w" * 201, "", "tags"),
        ("wave", "wave", "x", "description"),
        ("wave", "wave", "x" * 101, "description"),
    ],
)
async def test_create_sticker_checks_the_fields(
    discord: EmulatedDiscord, rest: RESTClientImpl, name: str, tag: str, description: str, field: str
) -> None:
    upload = files.Bytes(PNG, "s.png")

    caught = await refused(
        50035, rest.create_sticker(discord.guild_id, name, tag, upload, description=description)
    )

    assert field_code(caught, field) in {"BASE_TYPE_BAD_LENGTH", "BASE_TYPE_REQUIRED"}
    assert discord.world.guild(discord.guild_id).stickers == {}


async def test_create_sticker_checks_the_file_size(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    too_big = files.Bytes(PNG + bytes(512 * 1024), "big.png")

    caught = await refused(50035, rest.create_sticker(discord.guild_id, "big", "big", too_big))

    assert field_code(caught, "file") == "BINARY_TYPE_MAX_SIZE"


async def test_a_guild_has_5_sticker_slots_at_tier_0(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    for index in range(5):
        seed_sticker(discord, f"sticker{index}")

    await refused(30039, rest.create_sticker(discord.guild_id, "sixth", "six", files.Bytes(PNG, "s.png")))
    discord.world.guild(discord.guild_id).fields["premium_tier"] = 1
    assert (
        await rest.create_sticker(discord.guild_id, "sixth", "six", files.Bytes(PNG, "s.png"))
    ).name == "sixth"


async def test_create_sticker_needs_an_expression_permission(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    take_from_bot(discord, EXPRESSIONS)

    await refused(50013, rest.create_sticker(discord.guild_id, "wave", "wave", files.Bytes(PNG, "w.png")))


async def test_edit_sticker_sends_json(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    wave = seed_sticker(discord, description="old")

    edited = await rest.edit_sticker(
        discord.guild_id, int(wave["id"]), name="big_wave", description="Hi!", tag="smile", reason="tidy"
    )

    sent = discord.requests_to("PATCH /guilds/{guild}/stickers/{sticker}")[0]
    assert sent.json == {"name": "big_wave", "description": "Hi!", "tags": "smile"}
    assert sent.headers["X-Audit-Log-Reason"] == "tidy"
    assert (edited.name, edited.description, edited.tag) == ("big_wave", "Hi!", "smile")
    caught = await refused(50035, rest.edit_sticker(discord.guild_id, edited, name="x"))
    assert field_code(caught, "name") == "BASE_TYPE_BAD_LENGTH"
    await refused(10060, rest.edit_sticker(discord.guild_id, 123, name="ghost"))


async def test_delete_sticker(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    wave = seed_sticker(discord)

    await rest.delete_sticker(discord.guild_id, int(wave["id"]), reason="unused")

    assert discord.world.guild(discord.guild_id).stickers == {}
    await refused(10060, rest.delete_sticker(discord.guild_id, int(wave["id"])))


async def test_create_permission_changes_only_the_bots_own_stickers(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    theirs = seed_sticker(discord, "theirs", user=discord.state.owner)
    only_create(discord)
    mine = await rest.create_sticker(discord.guild_id, "mine", "smile", files.Bytes(PNG, "m.png"))

    await refused(50013, rest.edit_sticker(discord.guild_id, int(theirs["id"]), name="taken"))
    await refused(50013, rest.delete_sticker(discord.guild_id, int(theirs["id"])))
    assert (await rest.edit_sticker(discord.guild_id, mine, name="still_mine")).name == "still_mine"
    await rest.delete_sticker(discord.guild_id, mine)
    assert list(discord.world.guild(discord.guild_id).stickers) == [theirs["id"]]
    discord.bot_role()["permissions"] = str(int(Permissions.MANAGE_GUILD_EXPRESSIONS))
    await rest.delete_sticker(discord.guild_id, int(theirs["id"]))


async def test_a_message_sent_with_stickers_carries_their_items(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    wave = discord.add_sticker("wave", tags="wave")
    standard = routes_stickers.STANDARD_PACKS[0]["stickers"][0]

    message = await rest.create_message(discord.channel_id, stickers=[int(wave["id"]), int(standard["id"])])
    again = await rest.fetch_message(discord.channel_id, message)

    for sent in (message, again):
        assert [(sticker.id, sticker.name) for sticker in sent.stickers] == [
            (int(wave["id"]), "wave"),
            (int(standard["id"]), standard["name"]),
        ]
        assert all(isinstance(sticker, stickers.PartialSticker) for sticker in sent.stickers)


async def test_a_message_refuses_stickers_the_bot_cannot_send(
    discord: EmulatedDiscord, rest: RESTClientImpl
) -> None:
    other = discord.add_guild("elsewhere")
    theirs = discord.add_sticker("theirs", guild_id=other["id"])

    await refused(50081, rest.create_message(discord.channel_id, sticker=12345))
    await refused(50081, rest.create_message(discord.channel_id, sticker=int(theirs["id"])))
    too_many = [int(discord.add_sticker(f"s{index}")["id"]) for index in range(4)]
    await refused(50035, rest.create_message(discord.channel_id, stickers=too_many))
    assert not discord.state.messages[discord.channel_id]  # nothing was sent
