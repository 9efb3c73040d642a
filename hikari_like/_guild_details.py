"""Guilds as REST returns them: `Guild`, `RESTGuild`, previews, widgets, welcome screens, bans, onboarding.

Re-exported by `hikari_like.guilds`, which loads this module when one of its names is first used
(an interaction-only bot never needs it).

```python
guild = await rest.fetch_guild(guild_id)
print(guild.name, guild.premium_tier, guild.make_icon_url(size=64))
```
"""

from __future__ import annotations

__all__ = [
    "BulkBanResponse",
    "Guild",
    "GuildBan",
    "GuildExplicitContentFilterLevel",
    "GuildFeature",
    "GuildIncidents",
    "GuildMFALevel",
    "GuildMessageNotificationsLevel",
    "GuildNSFWLevel",
    "GuildOnboarding",
    "GuildOnboardingMode",
    "GuildOnboardingPrompt",
    "GuildOnboardingPromptOption",
    "GuildOnboardingPromptType",
    "GuildPremiumTier",
    "GuildPreview",
    "GuildSystemChannelFlag",
    "GuildVerificationLevel",
    "GuildWidget",
    "OwnGuild",
    "PartialGuild",
    "RESTGuild",
    "WelcomeChannel",
    "WelcomeScreen",
]

import datetime
import typing

import attrs

from hikari_like import channels as channels_
from hikari_like import emojis as emojis_
from hikari_like import files
from hikari_like import guilds
from hikari_like import locales
from hikari_like import permissions as permissions_
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import users
from hikari_like._guild_actions import GuildCacheLookups
from hikari_like._guild_actions import GuildChannelFetches
from hikari_like._guild_actions import GuildRESTActions
from hikari_like._guild_channel_helpers import GuildChannelHelpers
from hikari_like.internal import cdn
from hikari_like.internal import enums
from hikari_like.internal import flags
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import stickers as stickers_
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject

AnimatedFormat: typing.TypeAlias = typing.Literal["PNG", "JPEG", "JPG", "WEBP", "AWEBP", "GIF"]
StaticFormat: typing.TypeAlias = typing.Literal["PNG", "JPEG", "JPG", "WEBP"]


class GuildFeature(enums.TolerantStrEnum):
    """A feature a guild has (Discord's strings); a feature added later becomes `UNKNOWN_<name>`."""

    ANIMATED_BANNER = "ANIMATED_BANNER"
    ANIMATED_ICON = "ANIMATED_ICON"
    APPLICATION_COMMAND_PERMISSIONS_V2 = "APPLICATION_COMMAND_PERMISSIONS_V2"
    AUTO_MODERATION = "AUTO_MODERATION"
    BANNER = "BANNER"
    COMMERCE = "COMMERCE"
    COMMUNITY = "COMMUNITY"
    CREATOR_MONETIZABLE = "CREATOR_MONETIZABLE_PROVISIONAL"
    CREATOR_STORE_PAGE = "CREATOR_STORE_PAGE"
    DEVELOPER_SUPPORT_SERVER = "DEVELOPER_SUPPORT_SERVER"
    DISCOVERABLE = "DISCOVERABLE"
    ENHANCED_ROLE_COLORS = "ENHANCED_ROLE_COLORS"
    FEATURABLE = "FEATURABLE"
    GUESTS_ENABLED = "GUESTS_ENABLED"
    GUILD_TAGS = "GUILD_TAGS"
    INVITES_DISABLED = "INVITES_DISABLED"
    INVITE_SPLASH = "INVITE_SPLASH"
    MEMBER_VERIFICATION_GATE_ENABLED = "MEMBER_VERIFICATION_GATE_ENABLED"
    MONETIZATION_ENABLED = "MONETIZATION_ENABLED"
    MORE_EMOJI = "MORE_EMOJI"
    MORE_SOUNDBOARD = "MORE_SOUNDBOARD"
    MORE_STICKERS = "MORE_STICKERS"
    NEWS = "NEWS"
    PARTNERED = "PARTNERED"
    PREVIEW_ENABLED = "PREVIEW_ENABLED"
    RAID_ALERTS_DISABLED = "RAID_ALERTS_DISABLED"
    RELAY_ENABLED = "RELAY_ENABLED"
    ROLE_ICONS = "ROLE_ICONS"
    ROLE_SUBSCRIPTIONS_AVAILABLE_FOR_PURCHASE = "ROLE_SUBSCRIPTIONS_AVAILABLE_FOR_PURCHASE"
    ROLE_SUBSCRIPTIONS_ENABLED = "ROLE_SUBSCRIPTIONS_ENABLED"
    SOUNDBOARD = "SOUNDBOARD"
    TICKETED_EVENTS_ENABLED = "TICKETED_EVENTS_ENABLED"
    VANITY_URL = "VANITY_URL"
    VERIFIED = "VERIFIED"
    VIP_REGIONS = "VIP_REGIONS"
    WELCOME_SCREEN_ENABLED = "WELCOME_SCREEN_ENABLED"


class GuildVerificationLevel(enums.TolerantIntEnum):
    """What a member must have before they can talk in the guild."""

    NONE = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    VERY_HIGH = 4


class GuildMessageNotificationsLevel(enums.TolerantIntEnum):
    """Which messages notify members by default."""

    ALL_MESSAGES = 0
    ONLY_MENTIONS = 1


class GuildExplicitContentFilterLevel(enums.TolerantIntEnum):
    """Whose media Discord scans for explicit content."""

    DISABLED = 0
    MEMBERS_WITHOUT_ROLES = 1
    ALL_MEMBERS = 2


class GuildMFALevel(enums.TolerantIntEnum):
    """Whether moderators need two-factor authentication."""

    NONE = 0
    ELEVATED = 1


class GuildNSFWLevel(enums.TolerantIntEnum):
    """The guild's age-restriction level."""

    DEFAULT = 0
    EXPLICIT = 1
    SAFE = 2
    AGE_RESTRICTED = 3


class GuildPremiumTier(enums.TolerantIntEnum):
    """The guild's Server Boost level."""

    NONE = 0
    TIER_1 = 1
    TIER_2 = 2
    TIER_3 = 3


class GuildOnboardingMode(enums.TolerantIntEnum):
    """What counts toward the constraints onboarding must meet to be enabled."""

    ONBOARDING_DEFAULT = 0
    ONBOARDING_ADVANCED = 1


class GuildOnboardingPromptType(enums.TolerantIntEnum):
    """How an onboarding prompt shows its options."""

    MULTIPLE_CHOICE = 0
    DROPDOWN = 1


class GuildSystemChannelFlag(flags.Flag):
    """Which notices the system channel does not show; unknown bits are kept."""

    NONE = 0
    SUPPRESS_USER_JOIN = 1 << 0
    SUPPRESS_PREMIUM_SUBSCRIPTION = 1 << 1
    SUPPRESS_GUILD_REMINDER = 1 << 2
    SUPPRESS_USER_JOIN_REPLIES = 1 << 3
    SUPPRESS_ROLE_SUBSCRIPTION_PURCHASE = 1 << 4
    SUPPRESS_ROLE_SUBSCRIPTION_PURCHASE_REPLIES = 1 << 5


# -- reading helpers shared by the models below ------------------------------------------------------

_EnumT = typing.TypeVar("_EnumT", bound=enums.TolerantIntEnum)


def _level(cls: type[_EnumT], value: object) -> _EnumT:
    return cls(read.natural(value) or 0)


def _count(value: object) -> int | None:
    return read.natural(value)


def _seconds(value: object) -> datetime.timedelta:
    return datetime.timedelta(seconds=read.integer(value, 0, _MAX_SECONDS) or 0)


# A timedelta holds about 2.7e13 days; Discord's durations are minutes to a week.
_MAX_SECONDS: typing.Final = 1 << 40


def _ids(value: object) -> list[snowflakes.Snowflake]:
    return read.each(read.array(value), snowflakes.parse)


def _features(value: object) -> list[GuildFeature]:
    return [GuildFeature(name) for name in read.array(value) if isinstance(name, str)]


def _known_emojis(
    value: object, app: traits.RESTAware, guild_id: snowflakes.Snowflake
) -> dict[snowflakes.Snowflake, emojis_.KnownCustomEmoji]:
    found = read.each(
        read.objects(value),
        lambda item: emojis_.KnownCustomEmoji.from_payload(item, app=app, guild_id=guild_id),
    )
    return {emoji.id: emoji for emoji in found}


def _guild_stickers(
    value: object, app: traits.RESTAware, guild_id: snowflakes.Snowflake
) -> dict[snowflakes.Snowflake, stickers_.GuildSticker]:
    # Imported here: only a fetched guild carries its stickers, and `import hikari_like` should not load them.
    from hikari_like import stickers as stickers_

    found = read.each(
        read.objects(value),
        lambda item: stickers_.GuildSticker.from_payload(item, app=app, guild_id=guild_id),
    )
    return {sticker.id: sticker for sticker in found}


def _image(
    path: str, image_hash: str | None, file_format: str | undefined.UndefinedType, size: int, lossless: bool
) -> files.URL | None:
    if image_hash is None:
        return None
    return cdn.image_url(path, image_hash, file_format=file_format, size=size, lossless=lossless)


def _still_image(
    path: str, image_hash: str | None, file_format: str, size: int, lossless: bool
) -> files.URL | None:
    if image_hash is None:
        return None
    return cdn.image_url(
        path, image_hash, file_format=file_format, size=size, lossless=lossless, formats=cdn.STATIC_FORMATS
    )


# -- guilds ----------------------------------------------------------------------------------------------


@attrs.define(kw_only=True, unsafe_hash=True)
class PartialGuild(GuildRESTActions, GuildChannelHelpers, snowflakes.UniqueEntity):
    """The least a guild is: its ID, name and icon (and the channel helpers: `create_text_channel`...).

    >>> guild.make_icon_url(size=64)  # `None` when the guild has no icon
    URL(url='https://cdn.discordapp.com/icons/197038439483310086/f64c482b.png?size=64')
    """

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    id: snowflakes.Snowflake = attrs.field(hash=True)
    icon_hash: str | None = attrs.field(eq=False, repr=False)
    name: str = attrs.field(eq=False)

    @property
    def shard_id(self) -> int | None:
        """The gateway shard that hears this guild, when the app runs shards; `None` otherwise."""
        return guilds.shard_id_of(self.app, self.id)

    def make_icon_url(
        self,
        *,
        file_format: undefined.UndefinedOr[AnimatedFormat] = undefined.UNDEFINED,
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The icon on Discord's CDN (GIF when animated, else PNG, unless asked); `None` without one."""
        return _image(f"icons/{self.id}", self.icon_hash, file_format, size, lossless)

    async def ban(
        self,
        user: snowflakes.SnowflakeishOr,
        *,
        delete_message_seconds: undefined.UndefinedOr[int | float | datetime.timedelta] = undefined.UNDEFINED,
        reason: undefined.UndefinedOr[str] = undefined.UNDEFINED,
    ) -> None:
        """Ban a user from this guild (`rest.ban_user`).

        >>> await guild.ban(user_id, delete_message_seconds=3600, reason="spam")
        """
        await self.app.rest.ban_user(
            self.id, user, delete_message_seconds=delete_message_seconds, reason=reason
        )

    async def unban(
        self, user: snowflakes.SnowflakeishOr, *, reason: undefined.UndefinedOr[str] = undefined.UNDEFINED
    ) -> None:
        """Lift a user's ban from this guild (`rest.unban_user`).

        >>> await guild.unban(user_id, reason="appeal accepted")
        """
        await self.app.rest.unban_user(self.id, user, reason=reason)

    async def kick(
        self, user: snowflakes.SnowflakeishOr, *, reason: undefined.UndefinedOr[str] = undefined.UNDEFINED
    ) -> None:
        """Kick a member from this guild (`rest.kick_user`).

        >>> await guild.kick(user_id, reason="raid")
        """
        await self.app.rest.kick_user(self.id, user, reason=reason)

    async def fetch_roles(self) -> typing.Sequence[guilds.Role]:
        """This guild's roles, @everyone included (`rest.fetch_roles`)."""
        return await self.app.rest.fetch_roles(self.id)

    def __str__(self) -> str:
        return self.name

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> PartialGuild:
        """Read any guild object's ID, name and icon (`KeyError`/`TypeError`/`ValueError` without an ID)."""
        return cls(**_partial_fields(payload, app))


def _partial_fields(payload: JSONObject, app: traits.RESTAware) -> dict[str, typing.Any]:
    get = payload.get
    return {
        "app": app,
        "id": snowflakes.parse(payload["id"]),
        # Discord sends `icon_hash` instead of `icon` in templates' guilds.
        "icon_hash": read.text(get("icon")) or read.text(get("icon_hash")),
        "name": read.text(get("name")) or "",
    }


class BannerImage:
    """`make_banner_url` for guild models with a `banner_hash`."""

    __slots__ = ()

    id: snowflakes.Snowflake
    banner_hash: str | None

    def make_banner_url(
        self,
        *,
        file_format: undefined.UndefinedOr[AnimatedFormat] = undefined.UNDEFINED,
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The banner on Discord's CDN (GIF when animated, else PNG, unless asked); `None` without one."""
        return _image(f"banners/{self.id}", self.banner_hash, file_format, size, lossless)


class SplashImage:
    """`make_splash_url` for guild models with a `splash_hash`."""

    __slots__ = ()

    id: snowflakes.Snowflake
    splash_hash: str | None

    def make_splash_url(
        self, *, file_format: StaticFormat = "PNG", size: int = 4096, lossless: bool = True
    ) -> files.URL | None:
        """The invite splash on Discord's CDN; `None` without one."""
        return _still_image(f"splashes/{self.id}", self.splash_hash, file_format, size, lossless)


class DiscoverySplashImage:
    """`make_discovery_splash_url` for guild models with a `discovery_splash_hash`."""

    __slots__ = ()

    id: snowflakes.Snowflake
    discovery_splash_hash: str | None

    def make_discovery_splash_url(
        self, *, file_format: StaticFormat = "PNG", size: int = 4096, lossless: bool = True
    ) -> files.URL | None:
        """The discovery splash on Discord's CDN; `None` without one."""
        path = f"discovery-splashes/{self.id}"
        return _still_image(path, self.discovery_splash_hash, file_format, size, lossless)


@attrs.define(kw_only=True)
class GuildIncidents:
    """The guild's safety measures in force (Discord's incidents data); each field is `None` when off."""

    invites_disabled_until: datetime.datetime | None
    dms_disabled_until: datetime.datetime | None
    dm_spam_detected_at: datetime.datetime | None
    raid_detected_at: datetime.datetime | None

    @classmethod
    def from_payload(cls, payload: object) -> GuildIncidents:
        """Read an incidents data object (anything else reads as no incidents)."""
        get = read.mapping(payload).get
        return cls(
            invites_disabled_until=read.timestamp(get("invites_disabled_until")),
            dms_disabled_until=read.timestamp(get("dms_disabled_until")),
            dm_spam_detected_at=read.timestamp(get("dm_spam_detected_at")),
            raid_detected_at=read.timestamp(get("raid_detected_at")),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class Guild(
    PartialGuild, BannerImage, SplashImage, DiscoverySplashImage, GuildCacheLookups, GuildChannelFetches
):
    """A guild with its settings, as `fetch_guild` (`RESTGuild`) and the gateway send it.

    >>> guild.premium_tier, guild.invites_disabled
    (<GuildPremiumTier.TIER_3: 3>, False)
    """

    features: typing.Sequence[GuildFeature] = attrs.field(eq=False, repr=False)
    incidents: GuildIncidents = attrs.field(eq=False, repr=False)
    application_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    """The application that created the guild, if a bot did."""
    afk_channel_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    afk_timeout: datetime.timedelta = attrs.field(eq=False, repr=False)
    banner_hash: str | None = attrs.field(eq=False, repr=False)
    default_message_notifications: GuildMessageNotificationsLevel = attrs.field(eq=False, repr=False)
    description: str | None = attrs.field(eq=False, repr=False)
    discovery_splash_hash: str | None = attrs.field(eq=False, repr=False)
    explicit_content_filter: GuildExplicitContentFilterLevel = attrs.field(eq=False, repr=False)
    is_widget_enabled: bool | None = attrs.field(eq=False, repr=False)
    max_video_channel_users: int | None = attrs.field(eq=False, repr=False)
    mfa_level: GuildMFALevel = attrs.field(eq=False, repr=False)
    owner_id: snowflakes.Snowflake = attrs.field(eq=False, repr=False)
    preferred_locale: locales.Locale = attrs.field(eq=False, repr=False)
    premium_subscription_count: int | None = attrs.field(eq=False, repr=False)
    premium_tier: GuildPremiumTier = attrs.field(eq=False, repr=False)
    public_updates_channel_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    rules_channel_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    splash_hash: str | None = attrs.field(eq=False, repr=False)
    system_channel_flags: GuildSystemChannelFlag = attrs.field(eq=False, repr=False)
    system_channel_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    vanity_url_code: str | None = attrs.field(eq=False, repr=False)
    verification_level: GuildVerificationLevel = attrs.field(eq=False, repr=False)
    widget_channel_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    nsfw_level: GuildNSFWLevel = attrs.field(eq=False, repr=False)
    safety_alerts_channel_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False, default=None)
    """Where Discord posts safety alerts (hikari_like only: hikari 2.7 does not read it)."""

    @property
    def invites_disabled(self) -> bool:
        """Whether the guild paused its invites (the `INVITES_DISABLED` feature)."""
        return GuildFeature.INVITES_DISABLED in self.features

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read a guild object; only the ID is required, any other field of the wrong type reads as absent."""
        return cls(**_guild_fields(payload, app))


def _guild_fields(payload: JSONObject, app: traits.RESTAware) -> dict[str, typing.Any]:
    get = payload.get
    widget_enabled = read.flag(get("widget_enabled"))
    return {
        **_partial_fields(payload, app),
        "features": _features(get("features")),
        "incidents": GuildIncidents.from_payload(get("incidents_data")),
        "application_id": snowflakes.parse_or_none(get("application_id")),
        "afk_channel_id": snowflakes.parse_or_none(get("afk_channel_id")),
        "afk_timeout": _seconds(get("afk_timeout")),
        "banner_hash": read.text(get("banner")),
        "default_message_notifications": _level(
            GuildMessageNotificationsLevel, get("default_message_notifications")
        ),
        "description": read.text(get("description")),
        "discovery_splash_hash": read.text(get("discovery_splash")),
        "explicit_content_filter": _level(GuildExplicitContentFilterLevel, get("explicit_content_filter")),
        "is_widget_enabled": widget_enabled,
        "max_video_channel_users": _count(get("max_video_channel_users")),
        "mfa_level": _level(GuildMFALevel, get("mfa_level")),
        # Required by Discord; a guild object without it (a broken one) reads as owned by ID 0.
        "owner_id": snowflakes.parse_or_none(get("owner_id")) or snowflakes.Snowflake(0),
        "preferred_locale": locales.Locale(read.text(get("preferred_locale")) or "en-US"),
        "premium_subscription_count": _count(get("premium_subscription_count")),
        "premium_tier": _level(GuildPremiumTier, get("premium_tier")),
        "public_updates_channel_id": snowflakes.parse_or_none(get("public_updates_channel_id")),
        "rules_channel_id": snowflakes.parse_or_none(get("rules_channel_id")),
        "splash_hash": read.text(get("splash")),
        "system_channel_flags": GuildSystemChannelFlag(read.natural(get("system_channel_flags")) or 0),
        "system_channel_id": snowflakes.parse_or_none(get("system_channel_id")),
        "vanity_url_code": read.text(get("vanity_url_code")),
        "verification_level": _level(GuildVerificationLevel, get("verification_level")),
        "widget_channel_id": snowflakes.parse_or_none(get("widget_channel_id")),
        "nsfw_level": _level(GuildNSFWLevel, get("nsfw_level")),
        "safety_alerts_channel_id": snowflakes.parse_or_none(get("safety_alerts_channel_id")),
    }


@attrs.define(kw_only=True, unsafe_hash=True)
class RESTGuild(Guild):
    """A guild as `fetch_guild` returns it: with its roles, emojis and (when asked) member counts.

    >>> everyone = guild.roles[guild.id]  # the @everyone role has the guild's ID
    """

    emojis: typing.Mapping[snowflakes.Snowflake, emojis_.KnownCustomEmoji] = attrs.field(eq=False, repr=False)
    stickers: typing.Mapping[snowflakes.Snowflake, stickers_.GuildSticker] = attrs.field(eq=False, repr=False)
    roles: typing.Mapping[snowflakes.Snowflake, guilds.Role] = attrs.field(eq=False, repr=False)
    approximate_active_member_count: int | None = attrs.field(eq=False, repr=False)
    """Members online; only when fetched `with_counts`."""
    approximate_member_count: int | None = attrs.field(eq=False, repr=False)
    """Members; only when fetched `with_counts`."""
    max_presences: int | None = attrs.field(eq=False, repr=False)
    max_members: int = attrs.field(eq=False, repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read the guild object `GET /guilds/{guild.id}` returns (a role it cannot read is left out)."""
        fields = _guild_fields(payload, app)
        guild_id = fields["id"]
        get = payload.get
        roles = read.each(
            read.objects(get("roles")),
            lambda item: guilds.Role.from_payload(item, app=app, guild_id=guild_id),
        )
        return cls(
            **fields,
            emojis=_known_emojis(get("emojis"), app, guild_id),
            stickers=_guild_stickers(get("stickers"), app, guild_id),
            roles={role.id: role for role in roles},
            approximate_active_member_count=_count(get("approximate_presence_count")),
            approximate_member_count=_count(get("approximate_member_count")),
            max_presences=_count(get("max_presences")),
            max_members=_count(get("max_members")) or 0,
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildPreview(PartialGuild, SplashImage, DiscoverySplashImage):
    """What anyone can see of a discoverable guild (`fetch_guild_preview`).

    >>> preview.approximate_member_count
    60814
    """

    features: typing.Sequence[GuildFeature] = attrs.field(eq=False, repr=False)
    splash_hash: str | None = attrs.field(eq=False, repr=False)
    discovery_splash_hash: str | None = attrs.field(eq=False, repr=False)
    emojis: typing.Mapping[snowflakes.Snowflake, emojis_.KnownCustomEmoji] = attrs.field(eq=False, repr=False)
    approximate_active_member_count: int = attrs.field(eq=False, repr=False)
    approximate_member_count: int = attrs.field(eq=False, repr=False)
    description: str | None = attrs.field(eq=False, repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> GuildPreview:
        """Read a guild preview object."""
        get = payload.get
        fields = _partial_fields(payload, app)
        return cls(
            **fields,
            features=_features(get("features")),
            splash_hash=read.text(get("splash")),
            discovery_splash_hash=read.text(get("discovery_splash")),
            emojis=_known_emojis(get("emojis"), app, fields["id"]),
            approximate_active_member_count=_count(get("approximate_presence_count")) or 0,
            approximate_member_count=_count(get("approximate_member_count")) or 0,
            description=read.text(get("description")),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class OwnGuild(PartialGuild):
    """A guild the bot is in, as `fetch_my_guilds` lists it (hikari has it in `hikari.applications`).

    >>> own.is_owner, Permissions.MANAGE_GUILD in own.my_permissions
    (False, True)
    """

    features: typing.Sequence[GuildFeature] = attrs.field(eq=False, repr=False)
    is_owner: bool = attrs.field(eq=False, repr=False)
    my_permissions: permissions_.Permissions = attrs.field(eq=False, repr=False)
    """The bot's permissions in the guild (without channel overwrites)."""
    approximate_member_count: int = attrs.field(eq=False, repr=False)
    """0 unless listed `with_counts`."""
    approximate_active_member_count: int = attrs.field(eq=False, repr=False)
    """0 unless listed `with_counts`."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> OwnGuild:
        """Read a partial guild object of `GET /users/@me/guilds`."""
        get = payload.get
        return cls(
            **_partial_fields(payload, app),
            features=_features(get("features")),
            is_owner=get("owner") is True,
            my_permissions=permissions_.parse_or_none(get("permissions")) or permissions_.Permissions.NONE,
            approximate_member_count=_count(get("approximate_member_count")) or 0,
            approximate_active_member_count=_count(get("approximate_presence_count")) or 0,
        )


@attrs.define(kw_only=True)
class GuildWidget:
    """A guild's widget settings (Discord's guild widget settings object).

    >>> widget.is_enabled, widget.channel_id
    (True, 41771983444115456)
    """

    app: traits.RESTAware = attrs.field(repr=False, eq=False)
    channel_id: snowflakes.Snowflake | None
    """The channel the widget's invite leads to; `None` for no invite."""
    is_enabled: bool

    async def fetch_channel(self) -> channels_.GuildChannel | None:
        """The widget's invite channel over REST (`rest.fetch_channel`), `None` when it has none."""
        if self.channel_id is None:
            return None
        channel = await self.app.rest.fetch_channel(self.channel_id)
        return channel if isinstance(channel, channels_.GuildChannel) else None

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> GuildWidget:
        """Read a guild widget settings object."""
        return cls(
            app=app,
            channel_id=snowflakes.parse_or_none(payload.get("channel_id")),
            is_enabled=payload.get("enabled") is True,
        )


@attrs.define()
class WelcomeChannel:
    """One channel a guild's welcome screen suggests (`edit_welcome_screen` takes these).

    >>> WelcomeChannel(Snowflake(1), "Rules", emoji_name=UnicodeEmoji("📜"))
    """

    channel_id: snowflakes.Snowflake
    description: str
    emoji_name: str | emojis_.UnicodeEmoji | None = attrs.field(default=None, kw_only=True)
    """A Unicode emoji, or a custom emoji's name (then `emoji_id` is set); `None` for no emoji."""
    emoji_id: snowflakes.Snowflake | None = attrs.field(default=None, kw_only=True)

    @classmethod
    def from_payload(cls, payload: JSONObject) -> WelcomeChannel:
        """Read a welcome screen channel object (`KeyError`/`TypeError`/`ValueError` without a channel ID)."""
        get = payload.get
        emoji_id = snowflakes.parse_or_none(get("emoji_id"))
        emoji_name = read.text(get("emoji_name"))
        return cls(
            channel_id=snowflakes.parse(payload["channel_id"]),
            description=read.text(get("description")) or "",
            emoji_name=emojis_.UnicodeEmoji(emoji_name) if emoji_name and emoji_id is None else emoji_name,
            emoji_id=emoji_id,
        )


@attrs.define(kw_only=True)
class WelcomeScreen:
    """The screen a Community guild shows new members (`fetch_welcome_screen`).

    >>> [channel.description for channel in screen.channels][:1]
    ['Follow for official Discord API updates']
    """

    description: str | None
    channels: typing.Sequence[WelcomeChannel]

    @classmethod
    def from_payload(cls, payload: JSONObject) -> WelcomeScreen:
        """Read a welcome screen object (a channel it cannot read is left out)."""
        return cls(
            description=read.text(payload.get("description")),
            channels=read.each(read.objects(payload.get("welcome_channels")), WelcomeChannel.from_payload),
        )


@attrs.define(kw_only=True)
class GuildBan:
    """A ban: the banned user and why (`fetch_ban`, `fetch_bans`).

    >>> ban.user.username, ban.reason
    ('Mason', 'mentioning b1nzy')
    """

    reason: str | None
    user: users.User

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> GuildBan:
        """Read a ban object (the user is required, as `User.from_payload` requires it)."""
        return cls(
            reason=read.text(payload.get("reason")),
            user=users.User.from_payload(read.required_object(payload, "user"), app=app),
        )


@attrs.define(kw_only=True)
class BulkBanResponse:
    """What `bulk_ban_users` did: who was banned and who could not be."""

    banned_users: typing.Sequence[snowflakes.Snowflake]
    failed_users: typing.Sequence[snowflakes.Snowflake]

    @classmethod
    def from_payload(cls, payload: JSONObject) -> BulkBanResponse:
        """Read a bulk ban response."""
        return cls(
            banned_users=_ids(payload.get("banned_users")), failed_users=_ids(payload.get("failed_users"))
        )


# -- onboarding -----------------------------------------------------------------------------------------


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildOnboardingPromptOption(snowflakes.UniqueEntity):
    """One answer of an onboarding prompt: the channels and roles picking it gives."""

    id: snowflakes.Snowflake = attrs.field(hash=True)
    channel_ids: typing.Sequence[snowflakes.Snowflake] = attrs.field(eq=False)
    role_ids: typing.Sequence[snowflakes.Snowflake] = attrs.field(eq=False)
    title: str = attrs.field(eq=False)
    description: str | None = attrs.field(eq=False)
    emoji: emojis_.Emoji | None = attrs.field(eq=False, repr=False)
    """`None` when the option has no emoji (hikari 2.7 types it `Emoji`)."""

    @classmethod
    def from_payload(cls, payload: JSONObject) -> GuildOnboardingPromptOption:
        """Read a prompt option object (`KeyError`/`TypeError`/`ValueError` without an ID)."""
        get = payload.get
        emoji = read.mapping(get("emoji"))
        return cls(
            id=snowflakes.parse(payload["id"]),
            channel_ids=_ids(get("channel_ids")),
            role_ids=_ids(get("role_ids")),
            title=read.text(get("title")) or "",
            description=read.text(get("description")),
            emoji=emojis_.deserialize_emoji(emoji) if emoji.get("id") or emoji.get("name") else None,
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildOnboardingPrompt(snowflakes.UniqueEntity):
    """A question onboarding asks new members."""

    id: snowflakes.Snowflake = attrs.field(hash=True)
    type: GuildOnboardingPromptType = attrs.field(eq=False)
    options: typing.Sequence[GuildOnboardingPromptOption] = attrs.field(eq=False, repr=False)
    title: str = attrs.field(eq=False)
    single_select: bool = attrs.field(eq=False)
    required: bool = attrs.field(eq=False)
    in_onboarding: bool = attrs.field(eq=False)
    """`False` when the prompt shows only in the Channels & Roles tab."""

    @classmethod
    def from_payload(cls, payload: JSONObject) -> GuildOnboardingPrompt:
        """Read an onboarding prompt object (an option it cannot read is left out)."""
        get = payload.get
        return cls(
            id=snowflakes.parse(payload["id"]),
            type=_level(GuildOnboardingPromptType, get("type")),
            options=read.each(read.objects(get("options")), GuildOnboardingPromptOption.from_payload),
            title=read.text(get("title")) or "",
            single_select=get("single_select") is True,
            required=get("required") is True,
            in_onboarding=get("in_onboarding") is True,
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class GuildOnboarding:
    """A guild's onboarding flow (`fetch_guild_onboarding`).

    >>> onboarding.enabled, len(onboarding.prompts)
    (True, 1)
    """

    guild_id: snowflakes.Snowflake = attrs.field(hash=True)
    default_channel_ids: typing.Sequence[snowflakes.Snowflake] = attrs.field(eq=False)
    enabled: bool = attrs.field(eq=False)
    mode: GuildOnboardingMode = attrs.field(eq=False)
    prompts: typing.Sequence[GuildOnboardingPrompt] = attrs.field(eq=False)

    @classmethod
    def from_payload(cls, payload: JSONObject) -> GuildOnboarding:
        """Read a guild onboarding object (a prompt it cannot read is left out)."""
        get = payload.get
        return cls(
            guild_id=snowflakes.parse(payload["guild_id"]),
            default_channel_ids=_ids(get("default_channel_ids")),
            enabled=get("enabled") is True,
            mode=_level(GuildOnboardingMode, get("mode")),
            prompts=read.each(read.objects(get("prompts")), GuildOnboardingPrompt.from_payload),
        )
