"""Guilds, their members and roles: what interactions carry and what REST returns.

Members and roles load with the package (interactions carry them); the guild models REST returns
(`Guild`, `RESTGuild`, `GuildPreview`, `WelcomeScreen`, `GuildBan`...) live in
`hikari_like._guild_details` and load when one of their names is first used.

```python
top = member.get_top_role(roles=(await rest.fetch_guild(member.guild_id)).roles)
```
"""

from __future__ import annotations

__all__ = [
    "GuildMemberFlags",
    "Member",
    "PartialRole",
    "Role",
    "RoleFlag",
    # from hikari_like._guild_details, loaded on first use:
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
    # from hikari_like._guild_integrations, loaded on first use:
    "Integration",
    "IntegrationAccount",
    "IntegrationApplication",
    "IntegrationExpireBehaviour",
    "IntegrationType",
    "PartialApplication",
    "PartialIntegration",
    # from hikari_like._gateway_guild, loaded on first use:
    "GatewayGuild",
]

import datetime
import typing

import attrs

from hikari_like import colors as colors_
from hikari_like import emojis
from hikari_like import files
from hikari_like import permissions as permissions_
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import users
from hikari_like.internal import cdn
from hikari_like.internal import flags
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import presences
    from hikari_like import traits
    from hikari_like._gateway_guild import GatewayGuild
    from hikari_like._guild_details import BulkBanResponse
    from hikari_like._guild_details import Guild
    from hikari_like._guild_details import GuildBan
    from hikari_like._guild_details import GuildExplicitContentFilterLevel
    from hikari_like._guild_details import GuildFeature
    from hikari_like._guild_details import GuildIncidents
    from hikari_like._guild_details import GuildMessageNotificationsLevel
    from hikari_like._guild_details import GuildMFALevel
    from hikari_like._guild_details import GuildNSFWLevel
    from hikari_like._guild_details import GuildOnboarding
    from hikari_like._guild_details import GuildOnboardingMode
    from hikari_like._guild_details import GuildOnboardingPrompt
    from hikari_like._guild_details import GuildOnboardingPromptOption
    from hikari_like._guild_details import GuildOnboardingPromptType
    from hikari_like._guild_details import GuildPremiumTier
    from hikari_like._guild_details import GuildPreview
    from hikari_like._guild_details import GuildSystemChannelFlag
    from hikari_like._guild_details import GuildVerificationLevel
    from hikari_like._guild_details import GuildWidget
    from hikari_like._guild_details import OwnGuild
    from hikari_like._guild_details import PartialGuild
    from hikari_like._guild_details import RESTGuild
    from hikari_like._guild_details import WelcomeChannel
    from hikari_like._guild_details import WelcomeScreen
    from hikari_like._guild_integrations import Integration
    from hikari_like._guild_integrations import IntegrationAccount
    from hikari_like._guild_integrations import IntegrationApplication
    from hikari_like._guild_integrations import IntegrationExpireBehaviour
    from hikari_like._guild_integrations import IntegrationType
    from hikari_like._guild_integrations import PartialApplication
    from hikari_like._guild_integrations import PartialIntegration
    from hikari_like.internal.json import JSONObject
else:
    from hikari_like.internal import lazy_imports

    _DETAILS = __all__[__all__.index("BulkBanResponse") : __all__.index("Integration")]
    __getattr__, __dir__ = lazy_imports.exports(
        __name__,
        {
            **dict.fromkeys(_DETAILS, "hikari_like._guild_details"),
            **dict.fromkeys(__all__[__all__.index("Integration") :], "hikari_like._guild_integrations"),
            "GatewayGuild": "hikari_like._gateway_guild",
        },
    )

_StaticFormat: typing.TypeAlias = typing.Literal["PNG", "JPEG", "JPG", "WEBP"]
_AnimatedFormat: typing.TypeAlias = typing.Literal["PNG", "JPEG", "JPG", "WEBP", "AWEBP", "GIF"]
_Roles: typing.TypeAlias = "typing.Iterable[Role] | typing.Mapping[snowflakes.Snowflake, Role]"


class GuildMemberFlags(flags.Flag):
    """Bits of a member's `flags`; unknown bits are kept."""

    NONE = 0
    DID_REJOIN = 1 << 0
    COMPLETED_ONBOARDING = 1 << 1
    BYPASSES_VERIFICATION = 1 << 2
    STARTED_ONBOARDING = 1 << 3
    IS_GUEST = 1 << 4
    STARTED_HOME_ACTIONS = 1 << 5
    COMPLETED_HOME_ACTIONS = 1 << 6
    AUTOMOD_QUARANTINED_USERNAME = 1 << 7
    DM_SETTINGS_UPSELL_ACKNOWLEDGED = 1 << 9


class RoleFlag(flags.Flag):
    """Bits of a role's `flags`; unknown bits are kept."""

    NONE = 0
    IN_PROMPT = 1 << 0
    """The role can be picked in the guild's onboarding prompts."""


@attrs.define(kw_only=True, unsafe_hash=True)
class PartialRole(snowflakes.UniqueEntity):
    """The least a role is: its ID and name.

    >>> role.mention
    '<@&41771983423143936>'
    """

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    id: snowflakes.Snowflake = attrs.field(hash=True)
    name: str = attrs.field(eq=False)

    @property
    def mention(self) -> str:
        """The text that mentions this role in a message."""
        return f"<@&{self.id}>"

    def __str__(self) -> str:
        return self.name


class RoleLook:
    """`colour`, `colours` and `make_icon_url` of `Role` and `InviteRole`."""

    __slots__ = ()

    id: snowflakes.Snowflake
    color: colors_.Color
    colors: colors_.ColorGradient
    icon_hash: str | None

    @property
    def colour(self) -> colors_.Color:
        """Alias of `color`."""
        return self.color

    @property
    def colours(self) -> colors_.ColorGradient:
        """Alias of `colors`."""
        return self.colors

    def make_icon_url(
        self, *, file_format: _StaticFormat = "PNG", size: int = 4096, lossless: bool = True
    ) -> files.URL | None:
        """The role's icon on Discord's CDN; `None` when it has none (or shows a Unicode emoji)."""
        if self.icon_hash is None:
            return None
        return cdn.image_url(
            f"role-icons/{self.id}",
            self.icon_hash,
            file_format=file_format,
            size=size,
            lossless=lossless,
            formats=cdn.STATIC_FORMATS,
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class Role(PartialRole, RoleLook):
    """A guild role; `colors` holds its gradient or holographic colors when it has them.

    >>> role.colors.secondary_color is None  # a plain one-color role
    True
    """

    guild_id: snowflakes.Snowflake = attrs.field(eq=False)
    color: colors_.Color = attrs.field(eq=False, repr=False)
    colors: colors_.ColorGradient = attrs.field(eq=False, repr=False)
    """The role's colors; `colors.primary_color` is `color`."""
    is_hoisted: bool = attrs.field(eq=False, repr=False)
    icon_hash: str | None = attrs.field(eq=False, repr=False)
    unicode_emoji: emojis.UnicodeEmoji | None = attrs.field(eq=False, repr=False)
    position: int = attrs.field(eq=False)
    permissions: permissions_.Permissions = attrs.field(eq=False, repr=False)
    is_managed: bool = attrs.field(eq=False, repr=False)
    is_mentionable: bool = attrs.field(eq=False, repr=False)
    flags: RoleFlag = attrs.field(eq=False, repr=False)
    bot_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    integration_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    subscription_listing_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    is_premium_subscriber_role: bool = attrs.field(eq=False, repr=False)
    is_available_for_purchase: bool = attrs.field(eq=False, repr=False)
    is_guild_linked_role: bool = attrs.field(eq=False, repr=False)

    @property
    def mention(self) -> str:
        """The text that mentions this role: `"@everyone"` for the guild's @everyone role (its id
        is the guild's), which pings only when the message allows everyone mentions."""
        return "@everyone" if self.id == self.guild_id else super().mention

    @classmethod
    def from_payload(
        cls, payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake
    ) -> Role:
        """Read a role object as Discord sends it."""
        get = payload.get
        # Discord marks boolean tags by the key being present with a null value.
        tags = read.mapping(get("tags"))
        color = colors_.optional_color(get("color")) or colors_.Color(0)
        return cls(
            app=app,
            id=snowflakes.parse(payload["id"]),
            guild_id=guild_id,
            name=read.required_text(payload, "name"),
            color=color,
            colors=colors_.ColorGradient.from_payload(get("colors"), fallback=color),
            is_hoisted=get("hoist") is True,
            icon_hash=read.text(get("icon")),
            unicode_emoji=_optional_emoji(get("unicode_emoji")),
            position=read.integer(get("position")) or 0,
            permissions=permissions_or_none(get("permissions")) or permissions_.Permissions.NONE,
            is_managed=get("managed") is True,
            is_mentionable=get("mentionable") is True,
            flags=RoleFlag(read.natural(get("flags")) or 0),
            bot_id=snowflakes.parse_or_none(tags.get("bot_id")),
            integration_id=snowflakes.parse_or_none(tags.get("integration_id")),
            subscription_listing_id=snowflakes.parse_or_none(tags.get("subscription_listing_id")),
            is_premium_subscriber_role="premium_subscriber" in tags,
            is_available_for_purchase="available_for_purchase" in tags,
            is_guild_linked_role="guild_connections" in tags,
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class Member(users.DirectMessageable):
    """A user's membership of a guild; the user's own fields are reachable directly.

    `send(...)` and `fetch_dm_channel()` DM the member, as the user's own methods do.

    >>> member.display_name  # nickname, else global name, else username
    'Kat'
    """

    user: users.User = attrs.field(hash=True)
    guild_id: snowflakes.Snowflake = attrs.field(hash=True)
    nickname: str | None = attrs.field(eq=False)
    role_ids: typing.Sequence[snowflakes.Snowflake] = attrs.field(eq=False, repr=False)
    """The member's roles, including the guild's @everyone role (whose ID is the guild's)."""
    joined_at: datetime.datetime | None = attrs.field(eq=False, repr=False)
    premium_since: datetime.datetime | None = attrs.field(eq=False, repr=False)
    guild_avatar_hash: str | None = attrs.field(eq=False, repr=False)
    guild_banner_hash: str | None = attrs.field(eq=False, repr=False)
    is_deaf: bool | undefined.UndefinedType = attrs.field(eq=False, repr=False)
    is_mute: bool | undefined.UndefinedType = attrs.field(eq=False, repr=False)
    is_pending: bool | undefined.UndefinedType = attrs.field(eq=False, repr=False)
    raw_communication_disabled_until: datetime.datetime | None = attrs.field(eq=False, repr=False)
    """When the member's timeout ends, even if that is in the past."""
    guild_flags: GuildMemberFlags = attrs.field(eq=False, repr=False)
    guild_avatar_decoration: users.AvatarDecoration | None = attrs.field(eq=False, repr=False)
    """The decoration the member shows around their avatar in this guild only, if set."""

    @property
    def app(self) -> traits.RESTAware:
        """The application that received this object."""
        return self.user.app

    @property
    def id(self) -> snowflakes.Snowflake:
        """The user's ID."""
        return self.user.id

    @property
    def username(self) -> str:
        """The user's username."""
        return self.user.username

    @property
    def discriminator(self) -> str:
        """The user's discriminator (`"0"` for unique usernames)."""
        return self.user.discriminator

    @property
    def global_name(self) -> str | None:
        """The user's global display name."""
        return self.user.global_name

    @property
    def avatar_hash(self) -> str | None:
        """The user's (not the guild-specific) avatar hash."""
        return self.user.avatar_hash

    @property
    def is_bot(self) -> bool:
        """Whether the user is a bot."""
        return self.user.is_bot

    @property
    def is_system(self) -> bool:
        """Whether the user is Discord's system account."""
        return self.user.is_system

    @property
    def flags(self) -> users.UserFlag:
        """The user's public flags."""
        return self.user.flags

    @property
    def mention(self) -> str:
        """The text that mentions this member in a message."""
        return f"<@{self.user.id}>"

    @property
    def display_name(self) -> str:
        """The nickname, else the global name, else the username."""
        return self.nickname or self.user.display_name

    @property
    def banner_hash(self) -> str | None:
        """The user's (not the guild-specific) banner hash."""
        return self.user.banner_hash

    @property
    def accent_color(self) -> colors_.Color | None:
        """The user's profile accent colour."""
        return self.user.accent_color

    @property
    def accent_colour(self) -> colors_.Color | None:
        """Alias of `accent_color`."""
        return self.user.accent_color

    @property
    def avatar_decoration(self) -> users.AvatarDecoration | None:
        """The user's own avatar decoration (everywhere, unless the guild's one is set)."""
        return self.user.avatar_decoration

    @property
    def display_avatar_decoration(self) -> users.AvatarDecoration | None:
        """The decoration Discord shows here: the guild's one, else the user's."""
        return self.guild_avatar_decoration or self.user.display_avatar_decoration

    @property
    def primary_guild(self) -> users.PrimaryGuild | None:
        """The server tag the user shows."""
        return self.user.primary_guild

    @property
    def created_at(self) -> datetime.datetime:
        """When the user's account was created (read from its ID)."""
        return self.user.id.created_at

    @property
    def default_avatar_url(self) -> files.URL:
        """The avatar Discord shows a user who set none."""
        return self.user.default_avatar_url

    @property
    def display_avatar_url(self) -> files.URL:
        """The guild avatar, else the user's avatar, else the default one."""
        return self.make_guild_avatar_url() or self.user.display_avatar_url

    @property
    def display_banner_url(self) -> files.URL | None:
        """The guild banner, else the user's banner; `None` without either."""
        return self.make_guild_banner_url() or self.user.display_banner_url

    def make_avatar_url(
        self,
        *,
        file_format: undefined.UndefinedOr[_AnimatedFormat] = undefined.UNDEFINED,
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The user's (not the guild-specific) avatar on Discord's CDN; `None` without one."""
        return self.user.make_avatar_url(file_format=file_format, size=size, lossless=lossless)

    def make_banner_url(
        self,
        *,
        file_format: undefined.UndefinedOr[_AnimatedFormat] = undefined.UNDEFINED,
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The user's (not the guild-specific) banner on Discord's CDN; `None` without one."""
        return self.user.make_banner_url(file_format=file_format, size=size, lossless=lossless)

    def make_guild_avatar_url(
        self,
        *,
        file_format: undefined.UndefinedOr[_AnimatedFormat] = undefined.UNDEFINED,
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The member's guild-specific avatar on Discord's CDN; `None` when they have none."""
        return self._member_image("avatars", self.guild_avatar_hash, file_format, size, lossless)

    def make_guild_banner_url(
        self,
        *,
        file_format: undefined.UndefinedOr[_AnimatedFormat] = undefined.UNDEFINED,
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The member's guild-specific banner on Discord's CDN; `None` when they have none."""
        return self._member_image("banners", self.guild_banner_hash, file_format, size, lossless)

    def _member_image(
        self,
        kind: str,
        image_hash: str | None,
        file_format: str | undefined.UndefinedType,
        size: int,
        lossless: bool,
    ) -> files.URL | None:
        if image_hash is None:
            return None
        path = f"guilds/{self.guild_id}/users/{self.user.id}/{kind}"
        return cdn.image_url(path, image_hash, file_format=file_format, size=size, lossless=lossless)

    def get_roles(self, *, roles: _Roles = ()) -> typing.Sequence[Role]:
        """The member's roles among `roles`, highest first.

        hikari reads its cache here; hikari_like has none, so pass the guild's roles (from
        `fetch_roles`, `RESTGuild.roles.values()` or an interaction's resolved roles). Without
        them the answer is empty.

        >>> [role.name for role in member.get_roles(roles=guild.roles.values())]
        ['Moderator', '@everyone']
        """
        if isinstance(roles, typing.Mapping):
            roles = roles.values()
        mine = set(self.role_ids)
        return sorted((role for role in roles if role.id in mine), key=_rank, reverse=True)

    def get_presence(self) -> presences.MemberPresence | None:
        """Always `None`: there is no cache (presences arrive as `PresenceUpdateEvent`)."""
        return None

    def get_guild(self) -> Guild | None:
        """The member's guild from a cache, as hikari reads it: always `None` here, where there is
        no cache (hikari without one answers the same). `rest.fetch_guild(member.guild_id)` asks."""
        return None

    def get_top_role(self, *, roles: _Roles = ()) -> Role | None:
        """The member's highest role among `roles` (see `get_roles`); `None` when none of them is theirs."""
        found = self.get_roles(roles=roles)
        return found[0] if found else None

    async def ban(
        self,
        *,
        delete_message_seconds: undefined.UndefinedOr[int | float | datetime.timedelta] = undefined.UNDEFINED,
        reason: undefined.UndefinedOr[str] = undefined.UNDEFINED,
    ) -> None:
        """Ban this member from their guild (`rest.ban_user`).

        >>> await member.ban(delete_message_seconds=3600, reason="spam")
        """
        await self.app.rest.ban_user(
            self.guild_id, self.user.id, delete_message_seconds=delete_message_seconds, reason=reason
        )

    async def unban(self, *, reason: undefined.UndefinedOr[str] = undefined.UNDEFINED) -> None:
        """Lift this member's ban from their guild (`rest.unban_user`).

        >>> await member.unban(reason="appeal accepted")
        """
        await self.app.rest.unban_user(self.guild_id, self.user.id, reason=reason)

    async def kick(self, *, reason: undefined.UndefinedOr[str] = undefined.UNDEFINED) -> None:
        """Kick this member from their guild (`rest.kick_user`).

        >>> await member.kick(reason="spam")
        """
        await self.app.rest.kick_user(self.guild_id, self.user.id, reason=reason)

    async def add_role(
        self, role: snowflakes.SnowflakeishOr, *, reason: undefined.UndefinedOr[str] = undefined.UNDEFINED
    ) -> None:
        """Give this member a role (`rest.add_role_to_member`).

        >>> await member.add_role(mods, reason="promoted")
        """
        await self.app.rest.add_role_to_member(self.guild_id, self.user.id, role, reason=reason)

    async def remove_role(
        self, role: snowflakes.SnowflakeishOr, *, reason: undefined.UndefinedOr[str] = undefined.UNDEFINED
    ) -> None:
        """Take a role away from this member (`rest.remove_role_from_member`).

        >>> await member.remove_role(mods)
        """
        await self.app.rest.remove_role_from_member(self.guild_id, self.user.id, role, reason=reason)

    async def edit(
        self,
        *,
        nickname: undefined.UndefinedNoneOr[str] = undefined.UNDEFINED,
        roles: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]] = undefined.UNDEFINED,
        mute: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
        deaf: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
        voice_channel: undefined.UndefinedNoneOr[snowflakes.SnowflakeishOr] = undefined.UNDEFINED,
        communication_disabled_until: undefined.UndefinedNoneOr[datetime.datetime] = undefined.UNDEFINED,
        reason: undefined.UndefinedOr[str] = undefined.UNDEFINED,
    ) -> Member:
        """Change this member (`rest.edit_member`); returns the member as Discord now has it.

        >>> member = await member.edit(nickname="Kat", reason="asked nicely")
        """
        return await self.app.rest.edit_member(
            self.guild_id,
            self.user.id,
            nickname=nickname,
            roles=roles,
            mute=mute,
            deaf=deaf,
            voice_channel=voice_channel,
            communication_disabled_until=communication_disabled_until,
            reason=reason,
        )

    async def fetch_self(self) -> Member:
        """This member as Discord has it now (`rest.fetch_member`)."""
        return await self.app.rest.fetch_member(self.guild_id, self.user.id)

    async def fetch_roles(self) -> typing.Sequence[Role]:
        """This member's roles, @everyone included, in the order Discord lists the guild's roles
        (lowest first, as hikari returns them; `get_roles` sorts highest first).

        >>> names = [role.name for role in await member.fetch_roles()]
        """
        mine = set(self.role_ids)
        return [role for role in await self.app.rest.fetch_roles(self.guild_id) if role.id in mine]

    def communication_disabled_until(self) -> datetime.datetime | None:
        """When the member's timeout ends, or `None` if they are not timed out now."""
        until = self.raw_communication_disabled_until
        if until is not None and until > datetime.datetime.now(tz=datetime.UTC):
            return until
        return None

    def __str__(self) -> str:
        return str(self.user)

    @classmethod
    def from_payload(
        cls, payload: JSONObject, *, user: users.User, guild_id: snowflakes.Snowflake
    ) -> typing.Self:
        """Read a guild member object; `user` is passed in because Discord often sends it apart."""
        return cls(user=user, guild_id=guild_id, **member_fields(payload, guild_id))


class _MemberFields(typing.TypedDict):
    nickname: str | None
    role_ids: list[snowflakes.Snowflake]
    joined_at: datetime.datetime | None
    premium_since: datetime.datetime | None
    guild_avatar_hash: str | None
    guild_banner_hash: str | None
    is_deaf: bool | undefined.UndefinedType
    is_mute: bool | undefined.UndefinedType
    is_pending: bool | undefined.UndefinedType
    raw_communication_disabled_until: datetime.datetime | None
    guild_flags: GuildMemberFlags
    guild_avatar_decoration: users.AvatarDecoration | None


def member_fields(payload: JSONObject, guild_id: snowflakes.Snowflake) -> _MemberFields:
    """The fields a member object carries besides its user (shared with `InteractionMember`).

    Every one is optional: a field of the wrong type reads as absent.
    """
    get = payload.get
    # Read on most requests in guilds: the common values are tested inline, not by helpers' calls.
    roles, nick, avatar, banner, flags = get("roles"), get("nick"), get("avatar"), get("banner"), get("flags")
    role_ids = read.each(roles, snowflakes.parse_recurring) if isinstance(roles, list) else []
    if guild_id not in role_ids:
        role_ids.append(guild_id)
    return _MemberFields(
        nickname=nick if isinstance(nick, str) else None,
        role_ids=role_ids,
        joined_at=_timestamp(get("joined_at")),
        premium_since=_timestamp(get("premium_since")),
        guild_avatar_hash=avatar if isinstance(avatar, str) else None,
        guild_banner_hash=banner if isinstance(banner, str) else None,
        is_deaf=_flag_or_undefined(get("deaf", undefined.UNDEFINED)),
        is_mute=_flag_or_undefined(get("mute", undefined.UNDEFINED)),
        is_pending=_flag_or_undefined(get("pending", undefined.UNDEFINED)),
        raw_communication_disabled_until=_timestamp(get("communication_disabled_until")),
        guild_flags=_NO_FLAGS if not flags else GuildMemberFlags(read.natural(flags) or 0),
        guild_avatar_decoration=_decoration(get("avatar_decoration_data")),
    )


def _decoration(value: object) -> users.AvatarDecoration | None:
    return users.AvatarDecoration.from_payload(value) if type(value) is dict else None


_NO_FLAGS: typing.Final = GuildMemberFlags.NONE


def shard_id_of(app: object, guild_id: snowflakes.Snowflake | None) -> int | None:
    """The gateway shard that hears `guild_id` when `app` runs shards (DMs: shard 0); `None` otherwise."""
    shard_count = getattr(app, "shard_count", None)
    if type(shard_count) is not int or shard_count < 1:
        return None
    return 0 if guild_id is None else (guild_id >> 22) % shard_count


def _rank(role: Role) -> tuple[int, int]:
    # Discord orders roles by position, and roles that share one by ID, the older above.
    return (role.position, -role.id)


def _timestamp(value: object) -> datetime.datetime | None:
    return None if value is None else read.timestamp(value)


permissions_or_none: typing.Final = permissions_.parse_or_none
"""Read a permission set (a string of digits; older payloads: an integer), else `None`."""


def _flag_or_undefined(value: object) -> bool | undefined.UndefinedType:
    return value if type(value) is bool else undefined.UNDEFINED  # UNDEFINED when missing, too


def _optional_emoji(value: object) -> emojis.UnicodeEmoji | None:
    return emojis.UnicodeEmoji(value) if isinstance(value, str) else None
