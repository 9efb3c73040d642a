"""Users: the account behind every interaction."""

from __future__ import annotations

__all__ = ["PremiumType", "PrimaryGuild", "User", "UserFlag"]

import enum
import typing

import attrs

from hikari_like import colors
from hikari_like import files
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject


class UserFlag(enum.IntFlag):
    """A user's public badges; bits this release does not know are kept."""

    NONE = 0
    DISCORD_EMPLOYEE = 1 << 0
    PARTNERED_SERVER_OWNER = 1 << 1
    HYPESQUAD_EVENTS = 1 << 2
    BUG_HUNTER_LEVEL_1 = 1 << 3
    HYPESQUAD_BRAVERY = 1 << 6
    HYPESQUAD_BRILLIANCE = 1 << 7
    HYPESQUAD_BALANCE = 1 << 8
    EARLY_SUPPORTER = 1 << 9
    TEAM_USER = 1 << 10
    BUG_HUNTER_LEVEL_2 = 1 << 14
    VERIFIED_BOT = 1 << 16
    EARLY_VERIFIED_DEVELOPER = 1 << 17
    DISCORD_CERTIFIED_MODERATOR = 1 << 18
    BOT_HTTP_INTERACTIONS = 1 << 19
    ACTIVE_DEVELOPER = 1 << 22


class PremiumType(enums.TolerantIntEnum):
    """The kind of Nitro a user has."""

    NONE = 0
    NITRO_CLASSIC = 1
    NITRO = 2
    NITRO_BASIC = 3


_CDN: typing.Final = "https://cdn.discordapp.com"
_BADGE_FORMATS: typing.Final = {"PNG": "png", "JPEG": "jpg", "JPG": "jpg", "WEBP": "webp"}


@attrs.define(kw_only=True)
class PrimaryGuild:
    """The guild whose server tag a user shows beside their name (Discord's `primary_guild`).

    >>> tag = PrimaryGuild(identity_guild_id=1, identity_enabled=True, tag="DISC", badge_hash="7d17")
    >>> str(tag.make_url(size=64))
    'https://cdn.discordapp.com/guild-tag-badges/1/7d17.png?size=64'
    """

    identity_guild_id: snowflakes.Snowflake | None
    identity_enabled: bool | None
    """`False` when the user removed the tag; `None` when Discord cleared it."""
    tag: str | None
    """The tag's text (at most 4 characters)."""
    badge_hash: str | None
    """The badge image's hash (Discord's `badge`)."""

    def make_url(
        self,
        *,
        file_format: typing.Literal["PNG", "JPEG", "JPG", "WEBP"]
        | undefined.UndefinedType = undefined.UNDEFINED,
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL:
        """The badge on Discord's CDN (PNG unless asked); `ValueError` without a guild or badge.

        `size` is a power of two from 16 to 4096; `lossless` matters for WEBP only.
        """
        if self.identity_guild_id is None or self.badge_hash is None:
            raise ValueError("this primary guild has no badge (no identity guild ID or badge hash)")
        chosen = "PNG" if file_format is undefined.UNDEFINED else file_format.upper()
        if chosen not in _BADGE_FORMATS:
            raise TypeError(f"{chosen} is not a badge format; use one of {', '.join(_BADGE_FORMATS)}")
        if size < 16 or size > 4096 or size & (size - 1):
            raise ValueError("size must be a power of 2 from 16 to 4096")
        query = f"size={size}" + ("&lossless=false" if chosen == "WEBP" and not lossless else "")
        path = f"guild-tag-badges/{self.identity_guild_id}/{self.badge_hash}.{_BADGE_FORMATS[chosen]}"
        return files.URL(f"{_CDN}/{path}?{query}")

    @classmethod
    def from_payload(cls, payload: JSONObject) -> PrimaryGuild:
        """Read a user primary guild object; every field is nullable."""
        get = payload.get
        return cls(
            identity_guild_id=snowflakes.parse_or_none(get("identity_guild_id")),
            identity_enabled=read.flag(get("identity_enabled")),
            tag=read.text(get("tag")),
            badge_hash=read.text(get("badge")),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class User:
    """A Discord user (or bot account).

    >>> user.mention
    '<@115590097100865541>'
    """

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    """The application that received this object (gives access to `app.rest`)."""

    id: snowflakes.Snowflake = attrs.field(hash=True)
    username: str = attrs.field(eq=False)
    discriminator: str = attrs.field(eq=False)
    """`"0"` for users who moved to the unique-username system."""
    global_name: str | None = attrs.field(eq=False)
    """The display name the user chose, if any."""
    avatar_hash: str | None = attrs.field(eq=False, repr=False)
    banner_hash: str | None = attrs.field(eq=False, repr=False)
    accent_color: colors.Color | None = attrs.field(eq=False, repr=False)
    is_bot: bool = attrs.field(eq=False)
    is_system: bool = attrs.field(eq=False, repr=False)
    flags: UserFlag = attrs.field(eq=False, repr=False)
    """The user's public flags (Discord's `public_flags`)."""
    primary_guild: PrimaryGuild | None = attrs.field(eq=False, repr=False, default=None)
    """The server tag the user shows, `None` when they show none."""

    @property
    def mention(self) -> str:
        """The text that mentions this user in a message."""
        return f"<@{self.id}>"

    @property
    def display_name(self) -> str:
        """The global name when the user set one, the username otherwise."""
        return self.global_name or self.username

    def __str__(self) -> str:
        if self.discriminator in {"0", ""}:
            return self.username
        return f"{self.username}#{self.discriminator}"

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> User:
        """Read a user object as Discord sends it.

        Only the ID and username are required (`KeyError`, `TypeError` or `ValueError` without
        them); any other field of the wrong type reads as absent.
        """
        get = payload.get
        # Read on most requests (`interaction.user`): type tests inline rather than helpers' calls.
        discriminator, global_name = get("discriminator"), get("global_name")
        avatar, banner, flags = get("avatar"), get("banner"), get("public_flags")
        accent, primary = get("accent_color"), get("primary_guild")
        return cls(
            app=app,
            id=snowflakes.parse_recurring(payload["id"]),
            username=read.required_text(payload, "username"),
            discriminator=discriminator if isinstance(discriminator, str) and discriminator else "0",
            global_name=global_name if isinstance(global_name, str) else None,
            avatar_hash=avatar if isinstance(avatar, str) else None,
            banner_hash=banner if isinstance(banner, str) else None,
            accent_color=None if accent is None else colors.optional_color(accent),
            is_bot=get("bot") is True,
            is_system=get("system") is True,
            flags=_NO_FLAGS if not flags else UserFlag(read.natural(flags) or 0),
            primary_guild=PrimaryGuild.from_payload(primary) if type(primary) is dict else None,
        )


_NO_FLAGS: typing.Final = UserFlag.NONE
