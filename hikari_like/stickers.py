"""Stickers: the partial ones messages carry, Discord's standard stickers and packs, a guild's own.

Loaded on first use (`import hikari_like` does not import it): a bot that never reads a
sticker does not pay for it.

>>> sticker = PartialSticker.from_payload({"id": "749054660769218631", "name": "Wave", "format_type": 3})
>>> str(sticker.make_url())
'https://cdn.discordapp.com/stickers/749054660769218631.json?size=4096'
"""

from __future__ import annotations

__all__ = [
    "GuildSticker",
    "PartialSticker",
    "StandardSticker",
    "StickerFormatType",
    "StickerPack",
    "StickerType",
]

import typing

import attrs

from hikari_like import files
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import urls
from hikari_like import users
from hikari_like.internal import cdn
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject

_MEDIA_PROXY_URL: typing.Final = urls.MEDIA_PROXY_URL
# Discord's own application owns the store assets that are the packs' banners.
_PACK_BANNER_PATH: typing.Final = "app-assets/710982414301790216/store"

StickerURLFormat: typing.TypeAlias = typing.Literal[
    "LOTTIE", "PNG", "JPEG", "JPG", "WEBP", "APNG", "AWEBP", "GIF"
]
"""What `PartialSticker.make_url` can be asked for."""


class StickerType(enums.TolerantIntEnum):
    """Whose sticker it is."""

    STANDARD = 1
    """Discord's own, in a pack."""
    GUILD = 2
    """Uploaded to a guild."""


class StickerFormatType(enums.TolerantIntEnum):
    """The kind of image a sticker is."""

    PNG = 1
    APNG = 2
    """An animated PNG."""
    LOTTIE = 3
    """A Lottie animation (JSON: <https://airbnb.io/lottie/>)."""
    GIF = 4


_STILL: typing.Final = frozenset({"PNG", "JPEG", "JPG", "WEBP"})
# What each kind of sticker can be fetched as (reference.mdx "Image Formatting", CDN endpoints):
# an animation keeps its own animated form, a Lottie is only ever JSON.
_URL_FORMATS: typing.Final[typing.Mapping[StickerFormatType, frozenset[str]]] = {
    StickerFormatType.PNG: _STILL,
    StickerFormatType.APNG: _STILL | {"APNG"},
    StickerFormatType.LOTTIE: frozenset({"LOTTIE"}),
    StickerFormatType.GIF: _STILL | {"AWEBP", "GIF"},
}
_DEFAULT_URL_FORMAT: typing.Final = {
    StickerFormatType.APNG: "APNG",
    StickerFormatType.LOTTIE: "LOTTIE",
    StickerFormatType.GIF: "GIF",
}
_EXTENSIONS: typing.Final = {"APNG": "png", "AWEBP": "webp", "LOTTIE": "json", "JPEG": "jpeg", "JPG": "jpg"}


def sticker_url(
    sticker_id: snowflakes.Snowflake,
    format_type: StickerFormatType | int,
    *,
    file_format: str | undefined.UndefinedType,
    size: int,
    lossless: bool,
) -> files.URL:
    """The URL of sticker `sticker_id` as `file_format` (its own format when `UNDEFINED`).

    `TypeError` for a format the sticker has no form in (a still sticker as a GIF, a Lottie as
    anything but LOTTIE); `ValueError` for a `size` that is not a power of two from 16 to 4096.
    The query is written in hikari's order, so both libraries give the same URL.
    """
    kind = StickerFormatType(format_type) if format_type in _URL_FORMATS else StickerFormatType.PNG
    own_format = _DEFAULT_URL_FORMAT.get(kind, "PNG")
    chosen = own_format if file_format is undefined.UNDEFINED else file_format.upper()
    if chosen not in _URL_FORMATS[kind]:
        options = ", ".join(sorted(_URL_FORMATS[kind]))
        raise TypeError(f"a {kind.name} sticker has no {chosen} form; use one of {options}")
    if size < 16 or size > 4096 or size & (size - 1):
        raise ValueError("size must be a power of 2 from 16 to 4096")
    query = [f"lossless={'true' if lossless else 'false'}"] if chosen in {"WEBP", "AWEBP"} else []
    query.append(f"size={size}")
    if chosen == "AWEBP":
        query.append("animated=true")
    elif chosen == "PNG":
        query.append("passthrough=false")  # a PNG of an APNG sticker stays still
    # Discord serves animated stickers through its media proxy; Lottie JSON only from the CDN.
    base = cdn.BASE_URL if kind is StickerFormatType.LOTTIE else _MEDIA_PROXY_URL
    extension = _EXTENSIONS.get(chosen, chosen.lower())
    return files.URL(f"{base}/stickers/{sticker_id}.{extension}?{'&'.join(query)}")


@attrs.define(kw_only=True, unsafe_hash=True)
class StickerPack(snowflakes.UniqueEntity):
    """A pack of Discord's standard stickers (`rest.fetch_available_sticker_packs()`)."""

    id: snowflakes.Snowflake = attrs.field(hash=True)
    name: str = attrs.field(eq=False)
    description: str = attrs.field(eq=False, repr=False)
    cover_sticker_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    """The sticker shown as the pack's icon."""
    stickers: typing.Sequence[StandardSticker] = attrs.field(eq=False, repr=False)
    sku_id: snowflakes.Snowflake = attrs.field(eq=False, repr=False)
    """The pack's SKU in Discord's store."""
    banner_asset_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    """The pack's banner image, if it has one."""

    def make_banner_url(
        self,
        *,
        file_format: typing.Literal["PNG", "JPEG", "JPG", "WEBP"] = "PNG",
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The pack's banner on Discord's CDN, `None` without one (`TypeError`/`ValueError` as
        `PartialSticker.make_url`)."""
        if self.banner_asset_id is None:
            return None
        return cdn.image_url(
            _PACK_BANNER_PATH,
            str(self.banner_asset_id),
            file_format=file_format,
            size=size,
            lossless=lossless,
            formats=cdn.STATIC_FORMATS,
        )

    @classmethod
    def from_payload(cls, payload: JSONObject) -> StickerPack:
        """Read a sticker pack object (`KeyError`/`TypeError`/`ValueError` without an ID or SKU)."""
        get = payload.get
        return cls(
            id=snowflakes.parse(payload["id"]),
            name=read.text(get("name")) or "",
            description=read.text(get("description")) or "",
            cover_sticker_id=snowflakes.parse_or_none(get("cover_sticker_id")),
            stickers=read.each(read.objects(get("stickers")), StandardSticker.from_payload),
            sku_id=snowflakes.parse(payload["sku_id"]),
            banner_asset_id=snowflakes.parse_or_none(get("banner_asset_id")),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class PartialSticker(snowflakes.UniqueEntity):
    """A sticker as a message carries it (Discord's sticker item: ID, name and format).

    >>> PartialSticker(id=Snowflake(1), name="Wave", format_type=StickerFormatType.GIF).url
    URL(url='https://media.discordapp.net/stickers/1.gif?size=4096', filename='1.gif')
    """

    id: snowflakes.Snowflake = attrs.field(hash=True)
    name: str = attrs.field(eq=False)
    format_type: StickerFormatType | int = attrs.field(eq=False)
    """The kind of image; an `int` only for a kind this release does not know."""

    @property
    def url(self) -> files.URL:
        """The sticker's image in its own format (`make_url()`); a hikari_like addition."""
        return self.make_url()

    def make_url(
        self,
        *,
        file_format: undefined.UndefinedOr[StickerURLFormat] = undefined.UNDEFINED,
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL:
        """The sticker's image URL, in its own format unless `file_format` is given.

        `file_format` is one of LOTTIE (Lottie stickers only, and their only form), PNG, JPEG,
        JPG, WEBP, APNG (APNG stickers), AWEBP and GIF (GIF stickers). `TypeError` for a form the
        sticker does not have; `ValueError` for a `size` that is not a power of two from 16 to
        4096; `lossless` applies to WEBP and AWEBP.

        >>> str(sticker.make_url(file_format="WEBP", size=128))
        'https://media.discordapp.net/stickers/1.webp?lossless=true&size=128'
        """
        return sticker_url(self.id, self.format_type, file_format=file_format, size=size, lossless=lossless)

    @classmethod
    def from_payload(cls, payload: JSONObject) -> PartialSticker:
        """Read a sticker item (`{"id", "name", "format_type"}`); `KeyError`/`TypeError`/`ValueError`
        without an ID. Also reads a full sticker object, keeping only those fields."""
        return cls(**_partial_fields(payload))


def _partial_fields(payload: JSONObject) -> dict[str, typing.Any]:
    get = payload.get
    return {
        "id": snowflakes.parse(payload["id"]),
        "name": read.text(get("name")) or "",
        "format_type": StickerFormatType(read.natural(get("format_type")) or StickerFormatType.PNG),
    }


@attrs.define(kw_only=True, unsafe_hash=True)
class StandardSticker(PartialSticker):
    """One of Discord's own stickers, from a pack (`rest.fetch_sticker`, `StickerPack.stickers`)."""

    type: StickerType = attrs.field(eq=False, repr=False, init=False, default=StickerType.STANDARD)
    description: str | None = attrs.field(eq=False, repr=False)
    pack_id: snowflakes.Snowflake = attrs.field(eq=False)
    sort_value: int = attrs.field(eq=False, repr=False)
    """Its place in its pack."""
    tags: typing.Sequence[str] = attrs.field(eq=False)
    """Words that suggest it (Discord sends them comma-separated)."""

    @classmethod
    def from_payload(cls, payload: JSONObject) -> StandardSticker:
        """Read a standard sticker object (`KeyError`/`TypeError`/`ValueError` without an ID or pack)."""
        get = payload.get
        tags = read.text(get("tags")) or ""
        return cls(
            **_partial_fields(payload),
            description=read.text(get("description")),
            pack_id=snowflakes.parse(payload["pack_id"]),
            sort_value=read.integer(get("sort_value")) or 0,
            tags=[tag.strip() for tag in tags.split(",") if tag.strip()],
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildSticker(PartialSticker):
    """A sticker a guild uploaded (`rest.fetch_guild_stickers`, `guild.fetch_sticker`)."""

    type: StickerType = attrs.field(eq=False, repr=False, init=False, default=StickerType.GUILD)
    description: str | None = attrs.field(eq=False, repr=False)
    guild_id: snowflakes.Snowflake = attrs.field(eq=False)
    is_available: bool = attrs.field(eq=False)
    """`False` once the guild lost the boosts the sticker's slot needs."""
    tag: str = attrs.field(eq=False)
    """The name of the Unicode emoji that suggests it (Discord's `tags`)."""
    user: users.User | None = attrs.field(eq=False, repr=False)
    """Who uploaded it; Discord sends it only with MANAGE_GUILD_EXPRESSIONS (or CREATE, for your own)."""

    @classmethod
    def from_payload(
        cls,
        payload: JSONObject,
        *,
        app: traits.RESTAware | None = None,
        guild_id: snowflakes.Snowflake | None = None,
    ) -> GuildSticker:
        """Read a guild sticker object; `guild_id` stands in when the payload has none.

        `KeyError`/`TypeError`/`ValueError` without an ID or guild. The uploader is read when
        `app` is given (its `User` needs one; the REST client always passes it); an unreadable
        `user` is `None`.
        """
        get = payload.get
        user = get("user")
        return cls(
            **_partial_fields(payload),
            description=read.text(get("description")),
            guild_id=snowflakes.parse_or_none(get("guild_id")) or snowflakes.parse(guild_id),
            is_available=get("available") is not False,
            tag=read.text(get("tags")) or "",
            user=_user(user, app) if isinstance(user, dict) and app is not None else None,
        )


def _user(payload: JSONObject, app: traits.RESTAware) -> users.User | None:
    try:
        return users.User.from_payload(payload, app=app)
    except (KeyError, TypeError, ValueError):
        return None
