"""Emojis: Unicode ones (a string) and a guild's custom ones (an ID and a name).

>>> Emoji.parse("👍")
UnicodeEmoji('👍')
>>> Emoji.parse("<a:party:123>").is_animated
True
"""

from __future__ import annotations

__all__ = [
    "CustomEmoji",
    "Emoji",
    "Emojiish",
    "UnicodeEmoji",
    "deserialize_emoji",
    "serialize_component_emoji",
]

import abc
import re
import typing

import attrs

from hikari_like import snowflakes
from hikari_like import undefined

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject

_CUSTOM_EMOJI_MENTION: typing.Final = re.compile(r"^<(?P<animated>a?):(?P<name>\w+):(?P<id>\d+)>$")
_CDN: typing.Final = "https://cdn.discordapp.com"


class Emoji(abc.ABC):
    """Any emoji: what a button, a select option or a reaction can show."""

    __slots__ = ()

    @property
    @abc.abstractmethod
    def name(self) -> str | None:
        """The emoji's name (the character itself for a Unicode emoji)."""

    @property
    @abc.abstractmethod
    def url_name(self) -> str:
        """How the emoji is written in a REST URL (reactions)."""

    @property
    @abc.abstractmethod
    def mention(self) -> str:
        """How the emoji is written in message content."""

    @classmethod
    def parse(cls, string: str, /) -> UnicodeEmoji | CustomEmoji:
        """Read a custom emoji mention (`<:name:id>`, `<a:name:id>`) or else a Unicode emoji."""
        if string.startswith("<") and string.endswith(">"):
            return CustomEmoji.parse(string)
        return UnicodeEmoji(string)


class UnicodeEmoji(str, Emoji):
    """A standard emoji; it is the string itself."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"UnicodeEmoji({str(self)!r})"

    @property
    def name(self) -> str:
        return str(self)

    @property
    def url_name(self) -> str:
        return str(self)

    @property
    def mention(self) -> str:
        return str(self)

    @property
    def codepoints(self) -> typing.Sequence[int]:
        """The code points that make up the emoji."""
        return [ord(character) for character in self]

    @classmethod
    def parse(cls, string: str, /) -> UnicodeEmoji:
        """Wrap a string as a Unicode emoji (no validation: Discord's list changes every year)."""
        return cls(string)


@attrs.define(slots=True, kw_only=True, eq=True, hash=True)
class CustomEmoji(Emoji, snowflakes.UniqueEntity):
    """A guild's own emoji.

    >>> CustomEmoji(id=Snowflake(123), name="party", is_animated=True).mention
    '<a:party:123>'
    """

    id: snowflakes.Snowflake = attrs.field(converter=snowflakes.Snowflake)
    """The emoji's ID."""
    name: str | None = attrs.field(default=None, eq=False)
    """The emoji's name; `None` when Discord no longer knows it (a deleted emoji)."""
    is_animated: bool = attrs.field(default=False, eq=False)
    """Whether the emoji is a GIF."""

    def __str__(self) -> str:
        return self.mention

    @property
    def url_name(self) -> str:
        return f"{self.name}:{self.id}"

    @property
    def mention(self) -> str:
        return f"<{'a' if self.is_animated else ''}:{self.url_name}>"

    @property
    def url(self) -> str:
        """The emoji's image on Discord's CDN."""
        return f"{_CDN}/emojis/{self.id}.{'gif' if self.is_animated else 'png'}"

    @classmethod
    def parse(cls, string: str, /) -> CustomEmoji:
        """Read `<:name:id>` or `<a:name:id>`; raise `ValueError` for anything else."""
        match = _CUSTOM_EMOJI_MENTION.match(string)
        if match is None:
            msg = f"not a custom emoji mention: {string!r}"
            raise ValueError(msg)
        return cls(id=match["id"], name=match["name"], is_animated=bool(match["animated"]))


Emojiish = snowflakes.Snowflake | int | Emoji | str
"""What a component's `emoji` accepts: a custom emoji's ID, an emoji, or a string to parse."""


def deserialize_emoji(payload: JSONObject, /) -> UnicodeEmoji | CustomEmoji:
    """Read Discord's emoji object; a payload with an ID is a custom emoji.

    A field of the wrong type reads as absent (an `id` that is not an ID: a Unicode emoji).
    """
    name = payload.get("name")
    name = name if isinstance(name, str) else None
    emoji_id = snowflakes.parse_or_none(payload.get("id"))
    if emoji_id is not None:
        return CustomEmoji(id=emoji_id, name=name, is_animated=payload.get("animated") is True)
    return UnicodeEmoji(name or "")


def serialize_component_emoji(
    emoji: Emojiish | undefined.UndefinedType, /
) -> JSONObject | undefined.UndefinedType:
    """The partial emoji object a button or select option sends, or `UNDEFINED` for none.

    >>> serialize_component_emoji(123)
    {'id': '123'}
    >>> serialize_component_emoji("👍")
    {'name': '👍'}
    """
    if emoji is undefined.UNDEFINED:
        return undefined.UNDEFINED
    if isinstance(emoji, int):
        return {"id": str(int(emoji))}
    if isinstance(emoji, str) and not isinstance(emoji, UnicodeEmoji):
        emoji = Emoji.parse(emoji)
    if isinstance(emoji, CustomEmoji):
        payload: JSONObject = {"id": str(emoji.id)}
        if emoji.name is not None:
            payload["name"] = emoji.name
        if emoji.is_animated:
            payload["animated"] = True
        return payload
    return {"name": emoji.name}
