"""A guild's integrations: Twitch and YouTube subscriptions, bots, and role subscriptions.

Re-exported by `hikari_like.guilds` (hikari has them there), which loads this module when one of its
names is first used. Read from Discord's integration object (resources/guild.mdx).

```python
for integration in await rest.fetch_integrations(guild_id):
    print(integration.name, integration.type, integration.is_enabled)
```
"""

from __future__ import annotations

__all__ = [
    "Integration",
    "IntegrationAccount",
    "IntegrationApplication",
    "IntegrationExpireBehaviour",
    "IntegrationType",
    "PartialApplication",
    "PartialIntegration",
]

import datetime
import typing

import attrs

from hikari_like import files
from hikari_like import snowflakes
from hikari_like import users
from hikari_like.internal import cdn
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject

_StaticFormat: typing.TypeAlias = typing.Literal["PNG", "JPEG", "JPG", "WEBP"]
# Discord's grace periods are 1, 3, 7, 14 or 30 days; anything past this bound is nonsense.
_MAX_GRACE_DAYS: typing.Final = 1 << 20


class IntegrationType(enums.TolerantStrEnum):
    """What kind of service an integration is."""

    TWITCH = "twitch"
    YOUTUBE = "youtube"
    DISCORD_BOT = "discord"
    GUILD_SUBSCRIPTION = "guild_subscription"


class IntegrationExpireBehaviour(enums.TolerantIntEnum):
    """What happens to a subscriber whose subscription lapsed."""

    REMOVE_ROLE = 0
    KICK = 1


@attrs.define(kw_only=True, unsafe_hash=True)
class IntegrationAccount:
    """The account on the integrated service (`id` is that service's, not a snowflake).

    >>> IntegrationAccount(id="1234", name="cat_streams").name
    'cat_streams'
    """

    id: str = attrs.field(hash=True)
    name: str = attrs.field(eq=False)

    def __str__(self) -> str:
        return self.name

    @classmethod
    def from_payload(cls, payload: object) -> IntegrationAccount:
        """Read an integration account object (anything else reads as an account without ID or name)."""
        get = read.mapping(payload).get
        return cls(id=read.text(get("id")) or "", name=read.text(get("name")) or "")


@attrs.define(kw_only=True, unsafe_hash=True)
class PartialApplication(snowflakes.UniqueEntity):
    """An application's ID, name, description and icon.

    >>> application.make_icon_url(size=64)  # `None` without an icon
    """

    id: snowflakes.Snowflake = attrs.field(hash=True)
    name: str = attrs.field(eq=False)
    description: str | None = attrs.field(eq=False, repr=False)
    icon_hash: str | None = attrs.field(eq=False, repr=False)

    def __str__(self) -> str:
        return self.name

    def make_icon_url(
        self, *, file_format: _StaticFormat = "PNG", size: int = 4096, lossless: bool = True
    ) -> files.URL | None:
        """The icon on Discord's CDN; `None` without one."""
        if self.icon_hash is None:
            return None
        return cdn.image_url(
            f"app-icons/{self.id}",
            self.icon_hash,
            file_format=file_format,
            size=size,
            lossless=lossless,
            formats=cdn.STATIC_FORMATS,
        )


class ApplicationCoverImage:
    """`make_cover_image_url` for partial applications with a `cover_image_hash` (the
    applications of rich-presence messages and of activity invites)."""

    __slots__ = ()

    id: snowflakes.Snowflake
    cover_image_hash: str | None

    def make_cover_image_url(
        self, *, file_format: _StaticFormat = "PNG", size: int = 4096, lossless: bool = True
    ) -> files.URL | None:
        """The rich-presence cover image on Discord's CDN; `None` without one.

        `TypeError` for another format, `ValueError` for a `size` that is not a power of two
        from 16 to 4096; `lossless` applies to WEBP. The path is hikari's (`app-assets/<id>`),
        so both libraries give the same URL.

        >>> application.make_cover_image_url(file_format="WEBP", size=256)
        """
        if self.cover_image_hash is None:
            return None
        return cdn.image_url(
            f"app-assets/{self.id}",
            self.cover_image_hash,
            file_format=file_format,
            size=size,
            lossless=lossless,
            formats=cdn.STATIC_FORMATS,
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class IntegrationApplication(PartialApplication):
    """The application of a Discord bot integration, with its bot user."""

    bot: users.User | None = attrs.field(eq=False, repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> IntegrationApplication:
        """Read an integration application object (`KeyError`/`TypeError`/`ValueError` without an ID)."""
        get = payload.get
        bot = read.mapping(get("bot"))
        return cls(
            id=snowflakes.parse(payload["id"]),
            name=read.text(get("name")) or "",
            description=read.text(get("description")) or None,
            icon_hash=read.text(get("icon")),
            bot=_optional_user(bot, app),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class PartialIntegration:
    """An integration's ID, name, type and account."""

    account: IntegrationAccount = attrs.field(eq=False, repr=False)
    id: snowflakes.Snowflake = attrs.field(hash=True)
    name: str = attrs.field(eq=False)
    type: IntegrationType | str = attrs.field(eq=False)

    @property
    def created_at(self) -> datetime.datetime:
        """When the integration was created (read from its ID)."""
        return self.id.created_at

    def __str__(self) -> str:
        return self.name


@attrs.define(kw_only=True, unsafe_hash=True)
class Integration(PartialIntegration):
    """An integration of a guild (`fetch_integrations`). Fields Discord leaves out for bot
    integrations (syncing, expiry, subscribers...) are `None` there.

    >>> integration.type, integration.application.bot.username
    (<IntegrationType.DISCORD_BOT: 'discord'>, 'Mason')
    """

    guild_id: snowflakes.Snowflake = attrs.field(eq=False)
    expire_behavior: IntegrationExpireBehaviour | int | None = attrs.field(eq=False, repr=False)
    expire_grace_period: datetime.timedelta | None = attrs.field(eq=False, repr=False)
    is_enabled: bool = attrs.field(eq=False)
    is_syncing: bool | None = attrs.field(eq=False, repr=False)
    is_emojis_enabled: bool | None = attrs.field(eq=False, repr=False)
    is_revoked: bool | None = attrs.field(eq=False, repr=False)
    last_synced_at: datetime.datetime | None = attrs.field(eq=False, repr=False)
    role_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    """The role given to subscribers."""
    user: users.User | None = attrs.field(eq=False, repr=False)
    subscriber_count: int | None = attrs.field(eq=False, repr=False)
    application: IntegrationApplication | None = attrs.field(eq=False, repr=False)
    """The bot's application, for Discord bot integrations."""

    @classmethod
    def from_payload(
        cls, payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake
    ) -> Integration:
        """Read an integration object; only its ID is required."""
        get = payload.get
        behaviour = read.natural(get("expire_behavior"))
        grace_days = read.integer(get("expire_grace_period"), 0, _MAX_GRACE_DAYS)
        application = read.mapping(get("application"))
        return cls(
            account=IntegrationAccount.from_payload(get("account")),
            id=snowflakes.parse(payload["id"]),
            name=read.text(get("name")) or "",
            type=IntegrationType(read.text(get("type")) or "discord"),
            guild_id=guild_id,
            expire_behavior=None if behaviour is None else IntegrationExpireBehaviour(behaviour),
            expire_grace_period=None if grace_days is None else datetime.timedelta(days=grace_days),
            is_enabled=get("enabled") is True,
            is_syncing=read.flag(get("syncing")),
            is_emojis_enabled=read.flag(get("enable_emoticons")),
            is_revoked=read.flag(get("revoked")),
            last_synced_at=read.timestamp(get("synced_at")),
            role_id=snowflakes.parse_or_none(get("role_id")),
            user=_optional_user(read.mapping(get("user")), app),
            subscriber_count=read.natural(get("subscriber_count")),
            application=_optional_application(application, app),
        )


def _optional_user(payload: JSONObject, app: traits.RESTAware) -> users.User | None:
    if not snowflakes.is_id(payload.get("id")):
        return None
    return users.User.from_payload(payload, app=app)


def _optional_application(payload: JSONObject, app: traits.RESTAware) -> IntegrationApplication | None:
    if not snowflakes.is_id(payload.get("id")):
        return None
    return IntegrationApplication.from_payload(payload, app=app)
