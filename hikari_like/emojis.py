"""Emojis: Unicode ones (a string) and custom ones (an ID and a name); a guild's own are known ones.

Every emoji is a web resource, as in hikari: its image can be read, streamed, saved or sent as
an attachment.

>>> Emoji.parse("👍")
UnicodeEmoji('👍')
>>> Emoji.parse("<a:party:123>").is_animated
True
>>> Emoji.parse("<:party:123>").url
'https://cdn.discordapp.com/emojis/123.png'
"""

from __future__ import annotations

__all__ = [
    "CustomEmoji",
    "Emoji",
    "Emojiish",
    "KnownCustomEmoji",
    "UnicodeEmoji",
    "deserialize_emoji",
    "serialize_component_emoji",
]

import abc
import re
import typing

import attrs

from hikari_like import files
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import urls
from hikari_like import users
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject

_CUSTOM_EMOJI_MENTION: typing.Final = re.compile(r"^<(?P<animated>a?):(?P<name>\w+):(?P<id>\d+)>$")
_CDN: typing.Final = urls.CDN_URL
# Discord draws Unicode emojis with Twemoji; its PNGs are named by code points (`1f44d.png`).
_TWEMOJI_PNG: typing.Final = "https://raw.githubusercontent.com/discord/twemoji/master/assets/72x72/"
_VARIATION_SELECTOR: typing.Final = 0xFE0F
_ZERO_WIDTH_JOINER: typing.Final = 0x200D


class Emoji(files.WebResource, abc.ABC):
    """Any emoji: what a button, a select option or a reaction can show.

    It is a `files.WebResource` of its image (`url`, `filename`, `read`, `stream`, `save`), so an
    emoji can be sent as an attachment: `await rest.create_message(channel, attachment=emoji)`.
    """

    __slots__ = ()

    @property
    @abc.abstractmethod
    def url(self) -> str:
        """Where the emoji's image is on the web."""

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
        """The emoji itself: the Unicode character(s), as Discord names a standard emoji."""
        return str(self)

    @property
    def url_name(self) -> str:
        """The emoji itself, as a reaction URL takes a standard emoji (URL-encoded when sent)."""
        return str(self)

    @property
    def mention(self) -> str:
        """The emoji itself: a standard emoji is written as-is in message content."""
        return str(self)

    @property
    def codepoints(self) -> typing.Sequence[int]:
        """The code points that make up the emoji."""
        return [ord(character) for character in self]

    @property
    def filename(self) -> str:
        """The name of its Twemoji PNG: the code points in hex (`"1f44d.png"`).

        Twemoji drops the variation selector U+FE0F of a short sequence that is not a ZWJ one.
        """
        codepoints = list(self.codepoints)
        if (
            codepoints[1:2] == [_VARIATION_SELECTOR]
            and len(codepoints) <= 4
            and codepoints[2:3] != [_ZERO_WIDTH_JOINER]
        ):
            del codepoints[1]
        return "-".join(f"{codepoint:x}" for codepoint in codepoints) + ".png"

    @property
    def url(self) -> str:
        """Its Twemoji PNG (the drawings Discord uses; one Discord has changed may be missing).

        >>> UnicodeEmoji("👌").url
        'https://raw.githubusercontent.com/discord/twemoji/master/assets/72x72/1f44c.png'
        """
        return _TWEMOJI_PNG + self.filename

    @property
    def unicode_escape(self) -> str:
        """The emoji as Python escapes (`"\\U0001f44d"`)."""
        return self.encode("unicode_escape").decode("ascii")

    @classmethod
    def parse_codepoints(cls, codepoint: int, *codepoints: int) -> UnicodeEmoji:
        """The emoji made of these code points: `UnicodeEmoji.parse_codepoints(0x1F44D)`."""
        return cls("".join(map(chr, (codepoint, *codepoints))))

    @classmethod
    def parse_unicode_escape(cls, escape: str) -> UnicodeEmoji:
        """The emoji these Python escapes spell: `UnicodeEmoji.parse_unicode_escape("\\U0001f44d")`."""
        return cls(escape.encode("utf-8").decode("unicode_escape"))

    @classmethod
    def parse(cls, string: str, /) -> UnicodeEmoji:
        """Wrap a string as a Unicode emoji (no validation: Discord's list changes every year)."""
        return cls(string)


@attrs.define(slots=True, kw_only=True, eq=False)
class CustomEmoji(snowflakes.UniqueEntity, Emoji):
    """A custom emoji, maybe of a guild the bot is not in; equal to any custom emoji with its ID.

    >>> CustomEmoji(id=Snowflake(123), name="party", is_animated=True).mention
    '<a:party:123>'
    """

    id: snowflakes.Snowflake = attrs.field(converter=snowflakes.Snowflake)
    """The emoji's ID."""
    name: str | None = attrs.field()
    """The emoji's name; `None` when Discord no longer knows it (a deleted emoji)."""
    is_animated: bool = attrs.field()
    """Whether the emoji is a GIF (Discord leaves it out of a removed reaction's event)."""

    def __str__(self) -> str:
        return self.mention

    def __eq__(self, other: object) -> bool:
        # By ID alone, as hikari: a reaction's emoji equals the guild's known one.
        return isinstance(other, CustomEmoji) and self.id == other.id

    def __hash__(self) -> int:
        return hash(self.id)

    @property
    def filename(self) -> str:
        """`<id>.gif` or `<id>.png`: the file name an upload of it gets."""
        return f"{self.id}.{'gif' if self.is_animated else 'png'}"

    @property
    def url_name(self) -> str:
        """`name:id`, how a custom emoji is written in a reaction URL."""
        return f"{self.name}:{self.id}"

    @property
    def mention(self) -> str:
        """`<:name:id>` (`<a:name:id>` when animated), how a custom emoji is written in message content."""
        return f"<{'a' if self.is_animated else ''}:{self.url_name}>"

    @property
    def url(self) -> str:
        """The emoji's image on Discord's CDN."""
        return f"{_CDN}/emojis/{self.filename}"

    @classmethod
    def parse(cls, string: str, /) -> CustomEmoji:
        """Read `<:name:id>` or `<a:name:id>`; raise `ValueError` for anything else."""
        match = _CUSTOM_EMOJI_MENTION.match(string)
        if match is None:
            msg = f"not a custom emoji mention: {string!r}"
            raise ValueError(msg)
        return cls(id=match["id"], name=match["name"], is_animated=bool(match["animated"]))


@attrs.define(slots=True, kw_only=True, eq=False)
class KnownCustomEmoji(CustomEmoji):
    """A custom emoji with all Discord tells of it: one of a guild's (`rest.fetch_guild_emojis`).

    ```python
    emoji = await rest.create_emoji(guild_id, "party", "party.png", roles=[vip_role])
    print(emoji.mention, emoji.role_ids, emoji.user)
    ```
    """

    app: traits.RESTAware = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake | None = attrs.field(repr=False)
    """The emoji's guild; `None` for an application's emoji."""
    role_ids: typing.Sequence[snowflakes.Snowflake] = attrs.field(repr=False)
    """The roles allowed to use it; empty: everyone."""
    user: users.User | None = attrs.field(repr=False)
    """Who uploaded it; Discord sends it only to a bot with MANAGE_GUILD_EXPRESSIONS."""
    is_colons_required: bool = attrs.field(repr=False)
    is_managed: bool = attrs.field(repr=False)
    """Whether an integration (Twitch, say) owns it."""
    is_available: bool = attrs.field(repr=False)
    """`False` while the guild lacks the boosts the emoji's slot needs."""

    @classmethod
    def from_payload(
        cls, payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None = None
    ) -> KnownCustomEmoji:
        """Read Discord's emoji object (`KeyError`/`TypeError`/`ValueError` without an ID).

        A field of the wrong type reads as absent; an unreadable `user` is `None`.
        """
        get = payload.get
        user = get("user")
        return cls(
            app=app,
            id=snowflakes.parse(payload["id"]),
            name=read.text(get("name")),
            is_animated=get("animated") is True,
            guild_id=guild_id,
            role_ids=read.each(read.array(get("roles")), snowflakes.parse),
            user=_user(user, app) if isinstance(user, dict) else None,
            is_colons_required=get("require_colons") is not False,
            is_managed=get("managed") is True,
            is_available=get("available") is not False,
        )


def _user(payload: JSONObject, app: traits.RESTAware) -> users.User | None:
    try:
        return users.User.from_payload(payload, app=app)
    except (KeyError, TypeError, ValueError):
        return None


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
