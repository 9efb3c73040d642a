"""User models: the CDN URLs of avatars and banners are hikari's, character for character.

Each case is read by hikari's entity factory and by ours from the same user payload; the URLs
follow discord-api-docs `reference.mdx` "Image Formatting" (`avatars/<id>/<hash>`,
`banners/<id>/<hash>`, `embed/avatars/<index>`).
"""

from __future__ import annotations

import typing

import pytest
from hikari.impl import entity_factory

from hikari_like import snowflakes
from hikari_like import users
from hikari_like.impl.rest import RESTClientImpl

NEW_USERNAME: typing.Final = {
    "id": "175928847299117063",
    "username": "ann",
    "discriminator": "0",
    "avatar": None,
}
LEGACY: typing.Final = {
    "id": "80351110224678912",
    "username": "nelly",
    "discriminator": "1337",
    "avatar": None,
}
ANIMATED: typing.Final = {
    **NEW_USERNAME,
    "avatar": "a_1269e74af4df7417b13759eae50c83dc",
    "banner": "a_b4nn3r",
}
STILL: typing.Final = {
    **LEGACY,
    "avatar": "8342729096ea3675442027381ff50dfe",
    "banner": "06c16474723fe537c283b8efa61a30c8",
}

FORMATS: typing.Final = ("PNG", "JPEG", "JPG", "WEBP", "GIF", "AWEBP")


def _theirs(payload: dict[str, typing.Any]) -> typing.Any:
    return entity_factory.EntityFactoryImpl(typing.cast("typing.Any", None)).deserialize_user(payload)


def _ours(payload: dict[str, typing.Any], rest: RESTClientImpl) -> users.User:
    return users.User.from_payload(payload, app=rest)


@pytest.mark.parametrize(
    "payload", [NEW_USERNAME, LEGACY, ANIMATED, STILL], ids=["new", "legacy", "a_", "still"]
)
async def test_the_shown_avatar_and_banner_are_hikaris(
    payload: dict[str, typing.Any], rest: RESTClientImpl
) -> None:
    theirs, ours = _theirs(payload), _ours(payload, rest)

    assert str(ours.default_avatar_url) == str(theirs.default_avatar_url)
    assert str(ours.display_avatar_url) == str(theirs.display_avatar_url)
    assert str(ours.display_banner_url) == str(theirs.display_banner_url)
    assert str(ours.avatar_url) == str(theirs.make_avatar_url())
    assert str(ours.banner_url) == str(theirs.make_banner_url())


@pytest.mark.parametrize("file_format", FORMATS)
@pytest.mark.parametrize(("size", "lossless"), [(4096, True), (64, False)])
async def test_make_avatar_and_banner_urls_are_hikaris(
    file_format: typing.Literal["PNG", "WEBP", "GIF", "AWEBP"],
    size: int,
    lossless: bool,
    rest: RESTClientImpl,
) -> None:
    theirs, ours = _theirs(ANIMATED), _ours(ANIMATED, rest)
    options: dict[str, typing.Any] = {"file_format": file_format, "size": size, "lossless": lossless}

    assert str(ours.make_avatar_url(**options)) == str(theirs.make_avatar_url(**options))
    assert str(ours.make_banner_url(**options)) == str(theirs.make_banner_url(**options))


async def test_default_avatars_follow_discords_two_rules(rest: RESTClientImpl) -> None:
    # New usernames: (id >> 22) % 6; legacy ones: discriminator % 5.
    assert str(_ours(NEW_USERNAME, rest).default_avatar_url).endswith(
        f"/embed/avatars/{(175928847299117063 >> 22) % 6}.png"
    )
    assert str(_ours(LEGACY, rest).default_avatar_url) == "https://cdn.discordapp.com/embed/avatars/2.png"


async def test_without_an_avatar_or_banner_there_is_no_url(rest: RESTClientImpl) -> None:
    user = _ours(NEW_USERNAME, rest)

    assert (user.avatar_url, user.make_avatar_url(), user.banner_url, user.display_banner_url) == (None,) * 4


async def test_bad_formats_and_sizes_raise_as_in_hikari(rest: RESTClientImpl) -> None:
    still = _ours(STILL, rest)

    with pytest.raises(TypeError):
        still.make_avatar_url(file_format="GIF")
    with pytest.raises(TypeError):
        still.make_banner_url(file_format="AWEBP")
    with pytest.raises(ValueError, match="power of 2"):
        still.make_avatar_url(size=100)
    with pytest.raises(ValueError, match="power of 2"):
        still.make_banner_url(size=8192)


async def test_created_at_and_the_british_spelling(rest: RESTClientImpl) -> None:
    theirs, ours = (
        _theirs({**LEGACY, "accent_color": 0x5865F2}),
        _ours({**LEGACY, "accent_color": 0x5865F2}, rest),
    )

    assert ours.created_at == theirs.created_at
    assert ours.accent_colour == ours.accent_color == 0x5865F2
    assert ours.mention == theirs.mention


DECORATIONS: typing.Final = (
    {"asset": "a_fed43ab1", "sku_id": "1144058844004233369"},
    {"asset": "d3c0", "sku_id": "1"},
)


@pytest.mark.parametrize("decoration", DECORATIONS, ids=["animated", "still"])
@pytest.mark.parametrize("file_format", [None, "PNG", "WEBP", "JPG"])
async def test_avatar_decoration_urls_are_hikaris(
    decoration: dict[str, str], file_format: str | None, rest: RESTClientImpl
) -> None:
    payload = {**NEW_USERNAME, "avatar_decoration_data": decoration}
    theirs, ours = _theirs(payload).avatar_decoration, _ours(payload, rest).display_avatar_decoration
    options: dict[str, typing.Any] = {"size": 64, "lossless": False}
    if file_format is not None:
        options["file_format"] = file_format

    assert ours is not None
    assert (ours.asset_hash, ours.sku_id, ours.expires_at) == (theirs.asset_hash, theirs.sku_id, None)
    assert str(ours.make_url(**options)) == str(theirs.make_url(**options))


async def test_a_malformed_avatar_decoration_reads_as_none(rest: RESTClientImpl) -> None:
    for decoration in ({"asset": 3, "sku_id": "1"}, {"asset": "x", "sku_id": "not an id"}, "junk", None):
        assert _ours({**NEW_USERNAME, "avatar_decoration_data": decoration}, rest).avatar_decoration is None
    with pytest.raises(TypeError):
        users.AvatarDecoration(asset_hash="still", sku_id=snowflakes.Snowflake(1), expires_at=None).make_url(
            file_format="APNG"
        )
