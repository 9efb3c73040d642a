"""hikari 2.7 itself drives the emulated emoji and sticker routes: its entity factory is strict about
Discord's shapes (a missing `require_colons` or `sort_value` fails it), and its sticker upload is
its own form encoder, so both agreeing with hikari_like is a second witness to the payloads."""

from __future__ import annotations

import hikari
from hikari import emojis as hikari_emojis
from hikari import stickers as hikari_stickers
from hikari.api import rest as rest_api

from hikari_like.testing.emulator import EmulatedDiscord
from tests.test_rest_emojis import seed_emoji
from tests.test_rest_members import PNG
from tests.test_rest_stickers import WAVE_ID
from tests.test_rest_stickers import WUMPUS_PACK_ID


async def test_hikari_manages_guild_emojis(
    discord: EmulatedDiscord, hikari_rest: rest_api.RESTClient
) -> None:
    guild = int(discord.guild_id)
    seed_emoji(discord, "party", animated=True, user=discord.state.owner)

    made = await hikari_rest.create_emoji(guild, "wave", hikari.Bytes(PNG, "wave.png"), reason="new")
    edited = await hikari_rest.edit_emoji(guild, made, name="big_wave", roles=[])
    listed = await hikari_rest.fetch_guild_emojis(guild)

    assert isinstance(made, hikari_emojis.KnownCustomEmoji)
    assert made.user is not None
    assert str(made.user.id) == discord.bot_user["id"]
    assert (edited.name, edited.role_ids) == ("big_wave", [])
    assert [(emoji.name, emoji.is_animated) for emoji in listed] == [("party", True), ("big_wave", False)]
    await hikari_rest.delete_emoji(guild, edited)
    assert [emoji.name for emoji in await hikari_rest.fetch_guild_emojis(guild)] == ["party"]


async def test_hikari_uploads_and_manages_guild_stickers(
    discord: EmulatedDiscord, hikari_rest: rest_api.RESTClient
) -> None:
    guild = int(discord.guild_id)

    made = await hikari_rest.create_sticker(
        guild, "wave", "wave", hikari.Bytes(PNG, "wave.png"), description="Hi!"
    )
    edited = await hikari_rest.edit_sticker(guild, made, tag="smile")
    one = await hikari_rest.fetch_guild_sticker(guild, made)

    sent = discord.requests_to("POST /guilds/{guild}/stickers")[0]
    assert sent.form == {"name": "wave", "tags": "wave", "description": "Hi!"}
    assert [upload.field for upload in sent.files] == ["file"]
    assert isinstance(made, hikari_stickers.GuildSticker)
    assert (made.format_type, str(made.guild_id), made.is_available) == (
        hikari_stickers.StickerFormatType.PNG,
        discord.guild_id,
        True,
    )
    assert (edited.tag, one.tag, one.description) == ("smile", "smile", "Hi!")
    assert [sticker.name for sticker in await hikari_rest.fetch_guild_stickers(guild)] == ["wave"]
    await hikari_rest.delete_sticker(guild, made)
    assert await hikari_rest.fetch_guild_stickers(guild) == []


async def test_hikari_reads_the_standard_catalogue(hikari_rest: rest_api.RESTClient) -> None:
    packs = await hikari_rest.fetch_available_sticker_packs()
    pack = await hikari_rest.fetch_sticker_pack(WUMPUS_PACK_ID)
    wave = await hikari_rest.fetch_sticker(WAVE_ID)

    assert [found.name for found in packs] == ["Wumpus Beyond", "Doggo"]
    assert [sticker.name for sticker in pack.stickers] == ["Hi", "Wave"]
    assert isinstance(wave, hikari_stickers.StandardSticker)
    assert (wave.pack_id, wave.sort_value) == (WUMPUS_PACK_ID, 12)
