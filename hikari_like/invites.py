"""Invites: codes that add a user to a guild or group DM, with what Discord tells about them.

```python
invite = await rest.fetch_invite("0vCdhLbwjZZTWZLD")
print(invite.guild.name if invite.guild else "group DM", invite.approximate_member_count)
```
"""

from __future__ import annotations

__all__ = [
    "Invite",
    "InviteCode",
    "InviteFlags",
    "InviteGuild",
    "InviteRole",
    "InviteType",
    "InviteWithMetadata",
    "TargetType",
    "VanityURL",
]

import abc
import datetime
import typing

import attrs

from hikari_like import _guild_details
from hikari_like import applications
from hikari_like import channels
from hikari_like import colors as colors_
from hikari_like import emojis
from hikari_like import guilds
from hikari_like import scheduled_events
from hikari_like import snowflakes
from hikari_like import users
from hikari_like.internal import enums
from hikari_like.internal import flags
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject

_EPOCH: typing.Final = datetime.datetime(2015, 1, 1, tzinfo=datetime.UTC)


class InviteType(enums.TolerantIntEnum):
    """What an invite leads into."""

    GUILD = 0
    GROUP_DM = 1
    FRIEND = 2


class TargetType(enums.TolerantIntEnum):
    """What a voice channel invite opens."""

    STREAM = 1
    EMBEDDED_APPLICATION = 2


class InviteFlags(flags.Flag):
    """Bits of an invite's `flags`; unknown bits are kept."""

    NONE = 0
    IS_GUEST_INVITE = 1 << 0
    """A guest invite to a voice channel."""


class InviteCode(abc.ABC):
    """Anything that has an invite code (an invite, a vanity URL); `str()` is its link."""

    __slots__ = ()

    @property
    @abc.abstractmethod
    def code(self) -> str:
        """The code, as in `https://discord.gg/<code>`."""

    def __str__(self) -> str:
        return f"https://discord.gg/{self.code}"


@attrs.define(kw_only=True)
class VanityURL(InviteCode):
    """A guild's custom invite code (`fetch_vanity_url`)."""

    app: traits.RESTAware = attrs.field(repr=False, eq=False)
    code: str = attrs.field(hash=True)
    uses: int = attrs.field(eq=False)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> VanityURL:
        """Read the vanity URL object (`code` is `null` when the guild has none: then an empty code)."""
        return cls(
            app=app, code=read.text(payload.get("code")) or "", uses=read.natural(payload.get("uses")) or 0
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class InviteGuild(guilds.PartialGuild, _guild_details.SplashImage, _guild_details.BannerImage):
    """The partial guild an invite shows."""

    features: typing.Sequence[guilds.GuildFeature] = attrs.field(eq=False, repr=False)
    splash_hash: str | None = attrs.field(eq=False, repr=False)
    banner_hash: str | None = attrs.field(eq=False, repr=False)
    description: str | None = attrs.field(eq=False, repr=False)
    verification_level: guilds.GuildVerificationLevel = attrs.field(eq=False, repr=False)
    vanity_url_code: str | None = attrs.field(eq=False, repr=False)
    welcome_screen: guilds.WelcomeScreen | None = attrs.field(eq=False, repr=False)
    nsfw_level: guilds.GuildNSFWLevel = attrs.field(eq=False, repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> InviteGuild:
        """Read an invite's partial guild (the ID is required)."""
        guild = guilds.Guild.from_payload(payload, app=app)
        screen = payload.get("welcome_screen")
        return cls(
            app=app,
            id=guild.id,
            icon_hash=guild.icon_hash,
            name=guild.name,
            features=guild.features,
            splash_hash=guild.splash_hash,
            banner_hash=guild.banner_hash,
            description=guild.description,
            verification_level=guild.verification_level,
            vanity_url_code=guild.vanity_url_code,
            welcome_screen=guilds.WelcomeScreen.from_payload(screen) if isinstance(screen, dict) else None,
            nsfw_level=guild.nsfw_level,
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class InviteRole(guilds.PartialRole, guilds.RoleLook):
    """A role an invite gives whoever accepts it (Discord sends a partial role)."""

    color: colors_.Color = attrs.field(eq=False, repr=False)
    colors: colors_.ColorGradient = attrs.field(eq=False, repr=False)
    position: int = attrs.field(eq=False, repr=False)
    icon_hash: str | None = attrs.field(eq=False, repr=False)
    unicode_emoji: emojis.UnicodeEmoji | None = attrs.field(eq=False, repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> InviteRole:
        """Read an invite's partial role (the ID is required)."""
        get = payload.get
        color = colors_.optional_color(get("color")) or colors_.Color(0)
        emoji = read.text(get("unicode_emoji"))
        return cls(
            app=app,
            id=snowflakes.parse(payload["id"]),
            name=read.text(get("name")) or "",
            color=color,
            colors=colors_.ColorGradient.from_payload(get("colors"), fallback=color),
            position=read.integer(get("position")) or 0,
            icon_hash=read.text(get("icon")),
            unicode_emoji=emojis.UnicodeEmoji(emoji) if emoji else None,
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class Invite(InviteCode):
    """An invite as `fetch_invite` returns it.

    >>> invite.code, invite.target_type
    ('0vCdhLbwjZZTWZLD', <TargetType.STREAM: 1>)
    """

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    code: str = attrs.field(hash=True)
    type: InviteType = attrs.field(eq=False)
    guild: InviteGuild | None = attrs.field(eq=False, repr=False)
    guild_id: snowflakes.Snowflake | None = attrs.field(eq=False)
    channel: channels.PartialChannel | None = attrs.field(eq=False, repr=False)
    channel_id: snowflakes.Snowflake | None = attrs.field(eq=False)
    inviter: users.User | None = attrs.field(eq=False, repr=False)
    target_type: TargetType | None = attrs.field(eq=False, repr=False)
    target_user: users.User | None = attrs.field(eq=False, repr=False)
    target_application: applications.InviteApplication | None = attrs.field(eq=False, repr=False)
    """The Activity an `EMBEDDED_APPLICATION` invite opens."""
    guild_scheduled_event: scheduled_events.ScheduledEvent | None = attrs.field(eq=False, repr=False)
    """The event the invite was made for (`fetch_invite(code, scheduled_event=...)`)."""
    flags: InviteFlags = attrs.field(eq=False, repr=False)
    roles: typing.Sequence[InviteRole] = attrs.field(eq=False, repr=False)
    """The roles accepting the invite gives."""
    role_ids: typing.Sequence[snowflakes.Snowflake] = attrs.field(eq=False, repr=False)
    approximate_active_member_count: int | None = attrs.field(eq=False, repr=False)
    approximate_member_count: int | None = attrs.field(eq=False, repr=False)
    expires_at: datetime.datetime | None = attrs.field(eq=False, repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read an invite object; the code is required, any other field of the wrong type reads as absent."""
        return cls(**_invite_fields(payload, app))


def _invite_fields(payload: JSONObject, app: traits.RESTAware) -> dict[str, typing.Any]:
    get = payload.get
    guild = _optional(get("guild"), lambda item: InviteGuild.from_payload(item, app=app))
    channel = _optional(get("channel"), lambda item: channels.PartialChannel.from_payload(item, app=app))
    roles = read.each(read.objects(get("roles")), lambda item: InviteRole.from_payload(item, app=app))
    target_type = read.natural(get("target_type"))
    return {
        "app": app,
        "code": read.required_text(payload, "code"),
        "type": InviteType(read.natural(get("type")) or 0),
        "guild": guild,
        "guild_id": guild.id if guild else snowflakes.parse_or_none(get("guild_id")),
        "channel": channel,
        "channel_id": channel.id if channel else snowflakes.parse_or_none(get("channel_id")),
        "inviter": _user(get("inviter"), app),
        "target_type": None if target_type is None else TargetType(target_type),
        "target_user": _user(get("target_user"), app),
        "target_application": _application(get("target_application"), app),
        "guild_scheduled_event": _event(get("guild_scheduled_event"), app),
        "flags": InviteFlags(read.natural(get("flags")) or 0),
        "roles": roles,
        "role_ids": [role.id for role in roles],
        "approximate_active_member_count": read.natural(get("approximate_presence_count")),
        "approximate_member_count": read.natural(get("approximate_member_count")),
        "expires_at": read.timestamp(get("expires_at")),
    }


_T = typing.TypeVar("_T")


def _optional(value: object, parse: typing.Callable[[JSONObject], _T]) -> _T | None:
    found = read.each([value] if isinstance(value, dict) else [], parse)
    return found[0] if found else None


def _user(value: object, app: traits.RESTAware) -> users.User | None:
    return _optional(value, lambda item: users.User.from_payload(item, app=app))


def _application(value: object, app: traits.RESTAware) -> applications.InviteApplication | None:
    return _optional(value, lambda item: applications.InviteApplication.from_payload(item, app=app))


def _event(value: object, app: traits.RESTAware) -> scheduled_events.ScheduledEvent | None:
    return _optional(value, lambda item: scheduled_events.ScheduledEvent.from_payload(item, app=app))


@attrs.define(kw_only=True, unsafe_hash=True)
class InviteWithMetadata(Invite):
    """An invite with its use counts and limits (`create_invite`, `fetch_channel_invites`...).

    >>> invite.uses_left  # `None`: no limit
    """

    uses: int = attrs.field(eq=False, repr=False)
    max_uses: int | None = attrs.field(eq=False, repr=False)
    """`None` for no limit (Discord's 0)."""
    max_age: datetime.timedelta | None = attrs.field(eq=False, repr=False)
    """`None` for an invite that never expires (Discord's 0)."""
    is_temporary: bool = attrs.field(eq=False, repr=False)
    """Whether members who join through it are kicked when they leave unless given a role."""
    created_at: datetime.datetime = attrs.field(eq=False, repr=False)

    @property
    def uses_left(self) -> int | None:
        """How many more times it can be used; `None` for no limit."""
        return None if self.max_uses is None else max(self.max_uses - self.uses, 0)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read an invite object with its metadata."""
        get = payload.get
        fields = _invite_fields(payload, app)
        created_at = read.timestamp(get("created_at")) or _EPOCH
        max_age = read.integer(get("max_age"), 0, _MAX_SECONDS) or 0
        max_uses = read.natural(get("max_uses")) or None
        if fields["expires_at"] is None and max_age:
            fields["expires_at"] = created_at + datetime.timedelta(seconds=max_age)
        return cls(
            **fields,
            uses=read.natural(get("uses")) or 0,
            max_uses=max_uses,
            max_age=datetime.timedelta(seconds=max_age) if max_age else None,
            is_temporary=get("temporary") is True,
            created_at=created_at,
        )


_MAX_SECONDS: typing.Final = 1 << 31
