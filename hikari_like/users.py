"""Users: the account behind every interaction, and the account a token belongs to (`OwnUser`).

```python
user = await rest.fetch_user(115590097100865541)
print(user.display_avatar_url, user.created_at)
await user.send("hello")
```
"""

from __future__ import annotations

__all__ = ["AvatarDecoration", "OwnUser", "PartialUser", "PremiumType", "PrimaryGuild", "User", "UserFlag"]

import datetime
import functools
import typing
import weakref

import attrs

from hikari_like import colors
from hikari_like import errors
from hikari_like import files
from hikari_like import locales
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import urls
from hikari_like.internal import cdn
from hikari_like.internal import enums
from hikari_like.internal import flags
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import channels
    from hikari_like import embeds as embeds_
    from hikari_like import messages
    from hikari_like import traits
    from hikari_like.api.special_endpoints import ComponentBuilder
    from hikari_like.internal import mentions
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED

ImageFormat = typing.Literal["PNG", "JPEG", "JPG", "WEBP", "AWEBP", "GIF"]


class UserFlag(flags.Flag):
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
    SPAMMER = 1 << 20
    """Flagged by Discord as a likely spammer (not in Discord's documented list; hikari names it)."""
    ACTIVE_DEVELOPER = 1 << 22
    PROVISIONAL_ACCOUNT = 1 << 23
    """An account made for a game's social SDK, not a full Discord account."""
    QUARANTINED = 1 << 44
    """Quarantined by Discord: it cannot DM, join servers or use most of Discord."""
    COLLABORATOR = 1 << 50
    """Discord staff collaborator."""
    RESTRICTED_COLLABORATOR = 1 << 51
    """Discord staff collaborator with restricted access."""


class PremiumType(enums.TolerantIntEnum):
    """The kind of Nitro a user has."""

    NONE = 0
    NITRO_CLASSIC = 1
    NITRO = 2
    NITRO_BASIC = 3


_MEDIA_PROXY: typing.Final = urls.MEDIA_PROXY_URL
_DECORATION_FORMATS: typing.Final = {
    "PNG": "png",
    "JPEG": "jpeg",
    "JPG": "jpg",
    "WEBP": "webp",
    "APNG": "png",
}


@attrs.define(kw_only=True)
class AvatarDecoration:
    """The decoration a user shows around their avatar (Discord's `avatar_decoration_data`).

    >>> decoration = AvatarDecoration(asset_hash="a_fed43ab1", sku_id=1144058844004233369, expires_at=None)
    >>> str(decoration.make_url())
    'https://media.discordapp.net/avatar-decoration-presets/a_fed43ab1.png?size=4096'
    """

    asset_hash: str
    """The decoration's image hash (Discord's `asset`); `a_` starts an animated one."""
    sku_id: snowflakes.Snowflake
    """The SKU the decoration was bought as."""
    expires_at: datetime.datetime | None
    """When the user stops having it; `None` for good."""

    def make_url(
        self,
        *,
        file_format: undefined.UndefinedOr[typing.Literal["PNG", "JPEG", "JPG", "WEBP", "APNG"]] = _UNDEFINED,
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL:
        """The decoration's image: animated PNG (APNG) when it is animated, a still PNG otherwise.

        `TypeError` for another format, or APNG of a still decoration; `ValueError` for a `size`
        that is not a power of two from 16 to 4096; `lossless` is for WEBP only.
        """
        animated = self.asset_hash.startswith("a_")
        chosen = ("APNG" if animated else "PNG") if file_format is _UNDEFINED else file_format.upper()
        if chosen not in _DECORATION_FORMATS or (chosen == "APNG" and not animated):
            raise TypeError(f"an avatar decoration cannot be retrieved as {chosen}")
        if size < 16 or size > 4096 or size & (size - 1):
            raise ValueError("size must be a power of 2 from 16 to 4096")
        # hikari's query: `passthrough=false` keeps a PNG still (the CDN would send the APNG).
        query = ("lossless=" + str(lossless).lower() + "&" if chosen == "WEBP" else "") + f"size={size}"
        query += "&passthrough=false" if chosen == "PNG" else ""
        path = f"avatar-decoration-presets/{self.asset_hash}.{_DECORATION_FORMATS[chosen]}"
        return files.URL(f"{_MEDIA_PROXY}/{path}?{query}")

    @classmethod
    def from_payload(cls, payload: JSONObject) -> AvatarDecoration | None:
        """Read an avatar decoration data object; `None` without its asset or SKU."""
        asset, sku_id, expires = (
            read.text(payload.get("asset")),
            payload.get("sku_id"),
            payload.get("expires_at"),
        )
        if asset is None or not snowflakes.is_id(sku_id):
            return None
        seconds = read.natural(expires)
        when = None if seconds is None else datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC)
        return cls(asset_hash=asset, sku_id=snowflakes.parse(sku_id), expires_at=when)


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
        path = f"guild-tag-badges/{self.identity_guild_id}"
        return cdn.image_url(
            path,
            self.badge_hash,
            file_format=file_format,
            size=size,
            lossless=lossless,
            formats=cdn.STATIC_FORMATS,
        )

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


class DirectMessageable:
    """Sending a user a direct message: what `PartialUser` and `guilds.Member` share.

    A subclass has the `app` that received it and the user's `id`.
    """

    __slots__ = ()

    if typing.TYPE_CHECKING:

        @property
        def app(self) -> traits.RESTAware:
            """The application that received this object."""
            ...

        @property
        def id(self) -> snowflakes.Snowflake:
            """The user's ID."""
            ...

    async def fetch_dm_channel(self) -> channels.DMChannel:
        """The DM channel with this user, opened if it was not (`rest.create_dm_channel`)."""
        channel = await self.app.rest.create_dm_channel(self.id)
        _DM_CHANNELS.remember(self.app.rest, self.id, channel.id)
        return channel

    async def send(
        self,
        content: typing.Any | undefined.UndefinedType = _UNDEFINED,
        *,
        attachment: files.Resourceish | undefined.UndefinedType = _UNDEFINED,
        attachments: typing.Sequence[files.Resourceish] | undefined.UndefinedType = _UNDEFINED,
        component: ComponentBuilder | undefined.UndefinedType = _UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType = _UNDEFINED,
        embed: embeds_.Embed | undefined.UndefinedType = _UNDEFINED,
        embeds: typing.Sequence[embeds_.Embed] | undefined.UndefinedType = _UNDEFINED,
        nonce: str | undefined.UndefinedType = _UNDEFINED,
        tts: bool | undefined.UndefinedType = _UNDEFINED,
        reply: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        reply_must_exist: bool | undefined.UndefinedType = _UNDEFINED,
        mentions_everyone: bool | undefined.UndefinedType = _UNDEFINED,
        mentions_reply: bool | undefined.UndefinedType = _UNDEFINED,
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        flags: int | messages.MessageFlag | undefined.UndefinedType = _UNDEFINED,
    ) -> messages.Message:
        """Send this user a direct message: opens the DM channel, then `rest.create_message` in it.

        The arguments are `create_message`'s. Discord refuses (403, code 50007) when the user
        shares no guild with the bot or blocks DMs. A DM channel never changes, so the one opened
        before (by `send` or `fetch_dm_channel`, with the same REST client) is used without asking
        Discord again, as hikari does from its cache.
        """
        rest = self.app.rest
        channel_id = _DM_CHANNELS.get(rest, self.id) or (await self.fetch_dm_channel()).id
        try:
            return await rest.create_message(
                channel_id,
                content,
                attachment=attachment,
                attachments=attachments,
                component=component,
                components=components,
                embed=embed,
                embeds=embeds,
                nonce=nonce,
                tts=tts,
                reply=reply,
                reply_must_exist=reply_must_exist,
                mentions_everyone=mentions_everyone,
                mentions_reply=mentions_reply,
                user_mentions=user_mentions,
                role_mentions=role_mentions,
                flags=flags,
            )
        except errors.NotFoundError:
            _DM_CHANNELS.forget(rest, self.id)  # gone after all: the next send opens it again
            raise


class _KnownDMChannels:
    """The DM channel ID of each user a REST client opened one with (at most `LIMIT` per client,
    the oldest forgotten first). A DM channel never changes, so `send` reuses it."""

    LIMIT: typing.Final = 10_000

    def __init__(self) -> None:
        self._by_client: weakref.WeakKeyDictionary[object, dict[snowflakes.Snowflake, snowflakes.Snowflake]]
        self._by_client = weakref.WeakKeyDictionary()

    def get(self, client: object, user_id: snowflakes.Snowflake) -> snowflakes.Snowflake | None:
        known = self._by_client.get(client)
        return None if known is None else known.get(user_id)

    def remember(
        self, client: object, user_id: snowflakes.Snowflake, channel_id: snowflakes.Snowflake
    ) -> None:
        known = self._by_client.setdefault(client, {})
        known.pop(user_id, None)
        known[user_id] = channel_id
        if len(known) > self.LIMIT:
            del known[next(iter(known))]

    def forget(self, client: object, user_id: snowflakes.Snowflake) -> None:
        known = self._by_client.get(client)
        if known is not None:
            known.pop(user_id, None)


_DM_CHANNELS: typing.Final = _KnownDMChannels()


class PartialUser(DirectMessageable, snowflakes.UniqueEntity):
    """What every user object offers without its fields: its ID and the calls made with it.

    ```python
    user = await rest.fetch_user(115590097100865541)
    await user.send("Your report was received.")
    ```
    """

    __slots__ = ()

    app: traits.RESTAware
    id: snowflakes.Snowflake

    @property
    def mention(self) -> str:
        """The text that mentions this user in a message."""
        return f"<@{self.id}>"

    async def fetch_self(self) -> User:
        """This user's up-to-date object, over REST."""
        return await self.app.rest.fetch_user(user=self.id)


@attrs.define(kw_only=True, unsafe_hash=True)
class User(PartialUser):
    """A Discord user (or bot account).

    >>> user.mention
    '<@115590097100865541>'
    >>> str(user.display_avatar_url)
    'https://cdn.discordapp.com/embed/avatars/1.png'
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
    avatar_decoration: AvatarDecoration | None = attrs.field(eq=False, repr=False, default=None)
    """The decoration around the user's avatar, `None` without one."""

    @property
    def display_avatar_decoration(self) -> AvatarDecoration | None:
        """The decoration Discord shows around the avatar (the user's own, outside a guild)."""
        return self.avatar_decoration

    @property
    def accent_colour(self) -> colors.Color | None:
        """`accent_color`, spelt the British way (as hikari offers both)."""
        return self.accent_color

    @property
    def display_name(self) -> str:
        """The global name when the user set one, the username otherwise."""
        return self.global_name or self.username

    @property
    def avatar_url(self) -> files.URL | None:
        """The user's own avatar (`make_avatar_url()`), `None` when they use a default one."""
        return self.make_avatar_url()

    @property
    def default_avatar_url(self) -> files.URL:
        """The default avatar Discord shows for this user when they set none.

        Its index is `(id >> 22) % 6` for unique usernames, `discriminator % 5` for legacy ones.
        """
        legacy = self.discriminator not in {"0", ""} and self.discriminator.isdigit()
        index = int(self.discriminator) % 5 if legacy else (self.id >> 22) % 6
        return files.URL(f"{cdn.BASE_URL}/embed/avatars/{index}.png")

    @property
    def display_avatar_url(self) -> files.URL:
        """The avatar Discord shows: the user's own, else the default one."""
        return self.make_avatar_url() or self.default_avatar_url

    @property
    def banner_url(self) -> files.URL | None:
        """The user's profile banner (`make_banner_url()`), `None` without one."""
        return self.make_banner_url()

    @property
    def display_banner_url(self) -> files.URL | None:
        """The banner Discord shows, `None` without one."""
        return self.make_banner_url()

    def make_avatar_url(
        self,
        *,
        file_format: undefined.UndefinedOr[ImageFormat] = undefined.UNDEFINED,
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The avatar in `file_format` (GIF if animated, else PNG), `None` without an avatar.

        `TypeError` for an animated format of a still avatar; `ValueError` for a `size` that is
        not a power of two from 16 to 4096; `lossless` is for WEBP and AWEBP only.
        """
        if self.avatar_hash is None:
            return None
        return cdn.image_url(
            f"avatars/{self.id}", self.avatar_hash, file_format=file_format, size=size, lossless=lossless
        )

    def make_banner_url(
        self,
        *,
        file_format: undefined.UndefinedOr[ImageFormat] = undefined.UNDEFINED,
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The banner as `make_avatar_url` gives the avatar; `None` without a banner."""
        if self.banner_hash is None:
            return None
        return cdn.image_url(
            f"banners/{self.id}", self.banner_hash, file_format=file_format, size=size, lossless=lossless
        )

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
        return cls(app=app, **_user_fields(payload))


def _user_fields(payload: JSONObject) -> dict[str, typing.Any]:
    get = payload.get
    # Read on most requests (`interaction.user`): type tests inline rather than helpers' calls.
    discriminator, global_name = get("discriminator"), get("global_name")
    avatar, banner, flags = get("avatar"), get("banner"), get("public_flags")
    accent, primary, decoration = get("accent_color"), get("primary_guild"), get("avatar_decoration_data")
    return {
        "id": snowflakes.parse_recurring(payload["id"]),
        "username": read.required_text(payload, "username"),
        "discriminator": discriminator if isinstance(discriminator, str) and discriminator else "0",
        "global_name": global_name if isinstance(global_name, str) else None,
        "avatar_hash": avatar if isinstance(avatar, str) else None,
        "banner_hash": banner if isinstance(banner, str) else None,
        "accent_color": None if accent is None else colors.optional_color(accent),
        "is_bot": get("bot") is True,
        "is_system": get("system") is True,
        "flags": _NO_FLAGS if not flags else UserFlag(read.natural(flags) or 0),
        "primary_guild": PrimaryGuild.from_payload(primary) if type(primary) is dict else None,
        "avatar_decoration": AvatarDecoration.from_payload(decoration) if type(decoration) is dict else None,
    }


@attrs.define(kw_only=True, unsafe_hash=True)
class OwnUser(User):
    """The account the token belongs to (`rest.fetch_my_user()`), with its private fields.

    ```python
    me = await rest.fetch_my_user()
    print(me.username, me.locale, me.is_mfa_enabled)
    ```
    """

    is_mfa_enabled: bool = attrs.field(eq=False, repr=False)
    """Whether the account has two-factor authentication on."""
    locale: str | locales.Locale | None = attrs.field(eq=False, repr=False)
    """The language the account chose, when the token may read it."""
    is_verified: bool | None = attrs.field(eq=False, repr=False)
    """Whether the email is verified; `None` without the `email` OAuth2 scope."""
    email: str | None = attrs.field(eq=False, repr=False)
    """The account's email; `None` without the `email` OAuth2 scope (and for bots)."""
    premium_type: PremiumType | int | None = attrs.field(eq=False, repr=False)
    """The kind of Nitro the account has; `None` when the token may not see it."""

    async def fetch_self(self) -> OwnUser:
        """This account's up-to-date object (`rest.fetch_my_user()`)."""
        return await self.app.rest.fetch_my_user()

    async def fetch_dm_channel(self) -> typing.NoReturn:
        """Always `TypeError`: an account has no DM channel with itself."""
        raise TypeError("Unable to fetch your own DM channel")

    async def send(self, *args: typing.Any, **kwargs: typing.Any) -> typing.NoReturn:
        """Always `TypeError`: an account cannot send itself a DM."""
        raise TypeError("Unable to send a DM to yourself")

    # It takes what `PartialUser.send` takes, and says so to `inspect.signature` (as hikari's does).
    functools.update_wrapper(send, PartialUser.send, assigned=(), updated=())

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> OwnUser:
        """Read the current user object (`GET /users/@me`); the private fields are tolerant.

        Its `flags` are the account's own (Discord's `flags`, a superset of `public_flags`).
        """
        get = payload.get
        locale, premium = read.text(get("locale")), read.natural(get("premium_type"))
        fields, account_flags = _user_fields(payload), read.natural(get("flags"))
        if account_flags is not None:
            fields["flags"] = UserFlag(account_flags)
        return cls(
            app=app,
            **fields,
            is_mfa_enabled=get("mfa_enabled") is True,
            locale=None if locale is None else locales.Locale(locale),
            is_verified=read.flag(get("verified")),
            email=read.text(get("email")),
            premium_type=None if premium is None else PremiumType(premium),
        )


_NO_FLAGS: typing.Final = UserFlag.NONE
