"""Emoji and sticker models: Discord's documented payloads (and garbage in them), the image URLs
hikari builds for the same objects, emojis as web resources, and a guild's emoji and sticker calls."""

from __future__ import annotations

import typing

import hikari
import pytest
from hikari import emojis as hikari_emojis
from hikari import stickers as hikari_stickers

from hikari_like import _guild_actions
from hikari_like import emojis
from hikari_like import files
from hikari_like import snowflakes
from hikari_like import stickers
from hikari_like.impl.rest import RESTClientImpl
from hikari_like.testing.emulator import EmulatedDiscord
from tests.test_rest_emojis import seed_emoji
from tests.test_rest_members import PNG
from tests.test_rest_stickers import seed_sticker

# resources/emoji.mdx, "Emoji Example".
EMOJI: typing.Final = {
    "id": "41771983429993937",
    "name": "LUL",
    "roles": ["41771983429993000", "41771983429993111"],
    "user": {
        "username": "Luigi",
        "discriminator": "0002",
        "id": "96008815106887111",
        "avatar": "5500909a3274e1812beb4e8de6631111",
        "public_flags": 131328,
    },
    "require_colons": True,
    "managed": False,
    "animated": False,
}
# resources/sticker.mdx, "Example Sticker" and "Example Sticker Pack".
STICKER: typing.Final = {
    "id": "749054660769218631",
    "name": "Wave",
    "tags": "wumpus, hello, sup, hi, oi, heyo",
    "type": 1,
    "format_type": 3,
    "description": "Wumpus waves hello",
    "pack_id": "847199849233514549",
    "sort_value": 12,
}
PACK: typing.Final = {
    "id": "847199849233514549",
    "stickers": [STICKER],
    "name": "Wumpus Beyond",
    "sku_id": "847199849233514547",
    "cover_sticker_id": "749053689419006003",
    "description": "Say hello to Wumpus!",
    "banner_asset_id": "761773777976819732",
}
URL_FORMATS: typing.Final = (None, "LOTTIE", "PNG", "JPEG", "JPG", "WEBP", "APNG", "AWEBP", "GIF")


def test_known_custom_emoji_reads_discords_example(rest: RESTClientImpl) -> None:
    emoji = emojis.KnownCustomEmoji.from_payload(EMOJI, app=rest, guild_id=snowflakes.Snowflake(1))

    assert (emoji.id, emoji.name, emoji.is_animated, emoji.guild_id) == (41771983429993937, "LUL", False, 1)
    assert emoji.role_ids == [41771983429993000, 41771983429993111]
    assert emoji.user is not None
    assert emoji.user.username == "Luigi"
    assert (emoji.is_colons_required, emoji.is_managed, emoji.is_available) == (True, False, True)
    assert emoji == emojis.CustomEmoji(id=41771983429993937, name="other", is_animated=True)
    assert hash(emoji) == hash(emojis.CustomEmoji(id=41771983429993937, name=None, is_animated=False))
    assert emoji.url == "https://cdn.discordapp.com/emojis/41771983429993937.png"


def test_known_custom_emoji_reads_garbage_as_absent(rest: RESTClientImpl) -> None:
    garbage = {"id": "5", "name": 7, "roles": ["x", "6"], "user": {"id": "nope"}, "animated": "yes"}

    emoji = emojis.KnownCustomEmoji.from_payload(garbage, app=rest)

    assert (emoji.name, emoji.is_animated, emoji.role_ids, emoji.user, emoji.guild_id) == (
        None,
        False,
        [6],
        None,
        None,
    )
    with pytest.raises((KeyError, TypeError, ValueError)):
        emojis.KnownCustomEmoji.from_payload({"name": "no id"}, app=rest)


@pytest.mark.parametrize("text", ["👍", "👌🏽", "❤️", "🏳️‍🌈", "#️⃣", "👨‍👩‍👧", "☺"])
def test_unicode_emoji_resource_matches_hikari(text: str) -> None:
    ours, theirs = emojis.UnicodeEmoji(text), hikari_emojis.UnicodeEmoji(text)

    assert (ours.url, ours.filename, ours.extension) == (theirs.url, theirs.filename, theirs.extension)
    assert ours.unicode_escape == theirs.unicode_escape
    assert emojis.UnicodeEmoji.parse_unicode_escape(ours.unicode_escape) == text
    assert emojis.UnicodeEmoji.parse_codepoints(*ours.codepoints) == text


def test_custom_emoji_resource_matches_hikari() -> None:
    for animated in (False, True):
        ours = emojis.CustomEmoji(id=snowflakes.Snowflake(123), name="party", is_animated=animated)
        theirs = hikari_emojis.CustomEmoji(id=hikari.Snowflake(123), name="party", is_animated=animated)
        assert (ours.url, ours.filename, ours.extension) == (theirs.url, theirs.filename, theirs.extension)
        assert (ours.mention, ours.url_name, str(ours)) == (theirs.mention, theirs.url_name, str(theirs))


def test_emojis_are_web_resources() -> None:
    custom = emojis.CustomEmoji(id=snowflakes.Snowflake(1), name="x", is_animated=False)

    for emoji in (custom, emojis.UnicodeEmoji("👍")):
        assert isinstance(emoji, files.WebResource)
        assert files.ensure_resource(emoji) is emoji  # sent as an attachment as it is
    assert emojis.UnicodeEmoji("👍") == "👍"  # still the string itself
    assert hash(emojis.UnicodeEmoji("👍")) == hash("👍")


def test_stickers_read_discords_examples() -> None:
    pack = stickers.StickerPack.from_payload(PACK)
    (wave,) = pack.stickers

    assert (pack.id, pack.sku_id, pack.cover_sticker_id, pack.banner_asset_id) == (
        847199849233514549,
        847199849233514547,
        749053689419006003,
        761773777976819732,
    )
    assert (wave.name, wave.type, wave.format_type, wave.pack_id, wave.sort_value) == (
        "Wave",
        stickers.StickerType.STANDARD,
        stickers.StickerFormatType.LOTTIE,
        847199849233514549,
        12,
    )
    assert wave.tags == ["wumpus", "hello", "sup", "hi", "oi", "heyo"]
    item = stickers.PartialSticker.from_payload({"id": "1", "name": "Hi", "format_type": 1})
    assert (item.id, item.name, item.format_type) == (1, "Hi", stickers.StickerFormatType.PNG)


def test_stickers_read_garbage_as_absent(rest: RESTClientImpl) -> None:
    unknown = stickers.PartialSticker.from_payload({"id": "1", "name": None, "format_type": 99})
    guild_sticker = stickers.GuildSticker.from_payload(
        {"id": "2", "tags": 5, "user": {"id": "x"}, "available": "no"},
        app=rest,
        guild_id=snowflakes.Snowflake(3),
    )

    assert isinstance(unknown.format_type, stickers.StickerFormatType)
    assert (unknown.name, unknown.format_type, unknown.format_type.is_known) == ("", 99, False)
    assert str(unknown.make_url()).endswith("/stickers/1.png?size=4096&passthrough=false")
    assert (guild_sticker.guild_id, guild_sticker.tag, guild_sticker.user, guild_sticker.is_available) == (
        3,
        "",
        None,
        True,
    )
    with pytest.raises((KeyError, TypeError, ValueError)):
        stickers.GuildSticker.from_payload({"id": "2"}, app=rest)  # no guild
    with pytest.raises((KeyError, TypeError, ValueError)):
        stickers.PartialSticker.from_payload({"name": "no id"})


@pytest.mark.parametrize("format_type", [1, 2, 3, 4])
@pytest.mark.parametrize("file_format", URL_FORMATS)
@pytest.mark.parametrize(("size", "lossless"), [(4096, True), (160, False), (16, False)])
def test_sticker_urls_match_hikari(
    format_type: int, file_format: str | None, size: int, lossless: bool
) -> None:
    kwargs: dict[str, typing.Any] = {"size": size, "lossless": lossless}
    if file_format is not None:
        kwargs["file_format"] = file_format
    ours = stickers.PartialSticker(id=snowflakes.Snowflake(12), name="x", format_type=format_type)
    theirs = hikari_stickers.PartialSticker(
        id=hikari.Snowflake(12), name="x", format_type=hikari_stickers.StickerFormatType(format_type)
    )

    assert _outcome(lambda: ours.make_url(**kwargs)) == _outcome(lambda: theirs.make_url(**kwargs))


@pytest.mark.parametrize("file_format", ["PNG", "JPEG", "JPG", "WEBP", "GIF"])
def test_pack_banner_urls_match_hikari(file_format: typing.Any) -> None:
    ours = stickers.StickerPack.from_payload(PACK)
    theirs = hikari_stickers.StickerPack(
        id=hikari.Snowflake(1),
        name="p",
        description="",
        cover_sticker_id=None,
        stickers=[],
        sku_id=hikari.Snowflake(2),
        banner_asset_id=hikari.Snowflake(761773777976819732),
    )

    ours_url = _outcome(lambda: ours.make_banner_url(file_format=file_format, size=64))
    assert ours_url == _outcome(lambda: theirs.make_banner_url(file_format=file_format, size=64))


def _outcome(make: typing.Callable[[], object]) -> str:
    """The URL made, or the kind of error: what both libraries must agree on."""
    try:
        return str(make())
    except (TypeError, ValueError) as error:
        return type(error).__name__


async def test_guild_emoji_and_sticker_calls(discord: EmulatedDiscord, rest: RESTClientImpl) -> None:
    party = seed_emoji(discord)
    wave = seed_sticker(discord)
    guild = await rest.fetch_guild(discord.guild_id)

    assert [emoji.name for emoji in await guild.fetch_emojis()] == ["party"]
    assert (await guild.fetch_emoji(int(party["id"]))).name == "party"
    assert [sticker.name for sticker in await guild.fetch_stickers()] == ["wave"]
    assert (await guild.fetch_sticker(int(wave["id"]))).name == "wave"
    made = await guild.create_sticker("smile", "smile", files.Bytes(PNG, "s.png"), description="Smile!")
    assert (made.guild_id, made.description) == (guild.id, "Smile!")
    assert (await guild.edit_sticker(made, name="big_smile", reason="bigger")).name == "big_smile"
    await guild.delete_sticker(made)
    assert list(discord.world.guild(discord.guild_id).stickers) == [wave["id"]]


def test_guild_lookups_find_nothing_without_a_cache() -> None:
    lookups = _guild_actions.GuildCacheLookups()

    assert (lookups.get_emojis(), lookups.get_stickers()) == ({}, {})
    assert (lookups.get_emoji(1), lookups.get_sticker(1)) == (None, None)
