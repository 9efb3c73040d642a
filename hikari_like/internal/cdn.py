"""Image URLs on Discord's CDN: icons, banners, splashes, avatars (reference.mdx "Image Formatting").

>>> str(image_url("icons/1", "a_f64c", file_format=undefined.UNDEFINED, size=64, lossless=True))
'https://cdn.discordapp.com/icons/1/a_f64c.gif?size=64'
"""

from __future__ import annotations

__all__ = ["ANIMATED_FORMATS", "BASE_URL", "STATIC_FORMATS", "image_url", "still_image_url"]

import typing

from hikari_like import files
from hikari_like import undefined

BASE_URL: typing.Final = "https://cdn.discordapp.com"

STATIC_FORMATS: typing.Final = frozenset({"PNG", "JPEG", "JPG", "WEBP"})
"""What every image can be asked for."""
ANIMATED_FORMATS: typing.Final = STATIC_FORMATS | {"AWEBP", "GIF"}
"""What an animated image (its hash starts `a_`) can also be asked for."""

_EXTENSIONS: typing.Final = {
    "PNG": "png",
    "JPEG": "jpeg",  # hikari spells it out; Discord serves both
    "JPG": "jpg",
    "WEBP": "webp",
    "AWEBP": "webp",
    "GIF": "gif",
}
_WEBP: typing.Final = frozenset({"WEBP", "AWEBP"})


def image_url(
    path: str,
    image_hash: str,
    *,
    file_format: str | undefined.UndefinedType,
    size: int,
    lossless: bool,
    formats: typing.AbstractSet[str] = ANIMATED_FORMATS,
) -> files.URL:
    """The URL of the image `image_hash` under `path` (`icons/<guild_id>`, `role-icons/<role_id>`...).

    With no `file_format`, an animated image is a GIF and a still one a PNG (as hikari chooses).
    `TypeError` for a format not in `formats`, or an animated one for a still image; `ValueError`
    for a `size` that is not a power of two from 16 to 4096. The query is written in hikari's
    order (`lossless`, `size`, `animated`), so both libraries give the same URL.
    """
    animated = image_hash.startswith("a_")
    chosen = ("GIF" if animated else "PNG") if file_format is undefined.UNDEFINED else file_format.upper()
    if chosen not in formats:
        raise TypeError(f"{chosen} is not a format of this image; use one of {', '.join(sorted(formats))}")
    if chosen in {"AWEBP", "GIF"} and not animated:
        raise TypeError(f"this image is not animated, so it has no {chosen} form")
    if size < 16 or size > 4096 or size & (size - 1):
        raise ValueError("size must be a power of 2 from 16 to 4096")
    query = [f"lossless={'true' if lossless else 'false'}"] if chosen in _WEBP else []
    query.append(f"size={size}")
    if chosen == "AWEBP":
        query.append("animated=true")
    return files.URL(f"{BASE_URL}/{path}/{image_hash}.{_EXTENSIONS[chosen]}?{'&'.join(query)}")


def still_image_url(
    path: str, image_hash: str | None, *, file_format: str, size: int, lossless: bool
) -> files.URL | None:
    """`image_url` for an image that is never animated (an application's or team's icon); `None`
    when there is no image (`image_hash` is `None`)."""
    if image_hash is None:
        return None
    return image_url(
        path, image_hash, file_format=file_format, size=size, lossless=lossless, formats=STATIC_FORMATS
    )
