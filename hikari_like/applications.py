"""Applications: the bot's own application, where it is installed and used, and what users bought.

`Entitlement` lives here (hikari keeps it in `monetization`) because interactions carry the
invoking user's entitlements and nothing else in this library needs a monetization module yet.
"""

from __future__ import annotations

__all__ = [
    "Application",
    "ApplicationContextType",
    "ApplicationFlags",
    "ApplicationIntegrationType",
    "AuthorizationApplication",
    "AuthorizationInformation",
    "Entitlement",
    "EntitlementType",
    "InviteApplication",
    "OAuth2AuthorizationToken",
    "OAuth2ImplicitToken",
    "OAuth2Scope",
    "OwnGuild",
    "PartialOAuth2Token",
    "TokenType",
    "get_token_id",
    # linked roles, connections, install settings and Activities (#23):
    "ApplicationRoleConnectionMetadataRecord",
    "ApplicationRoleConnectionMetadataRecordType",
    "ConnectionVisibility",
    "OwnApplicationRoleConnection",
    "OwnConnection",
    "ActivityInstance",
    "ActivityLocation",
    "ActivityLocationKind",
    "ApplicationEventWebhookStatus",
    "ApplicationEventWebhookType",
    "ApplicationInstallParameters",
    "ApplicationIntegrationConfiguration",
    "OAuth2InstallParameters",
    # developer teams (#23):
    "Team",
    "TeamMember",
    "TeamMembershipState",
]

import base64
import datetime
import enum
import typing

import attrs

from hikari_like import snowflakes
from hikari_like import users
from hikari_like._application_roles import ApplicationRoleConnectionMetadataRecord
from hikari_like._application_roles import ApplicationRoleConnectionMetadataRecordType
from hikari_like._application_roles import ConnectionVisibility
from hikari_like._application_roles import OwnApplicationRoleConnection
from hikari_like._application_roles import OwnConnection
from hikari_like._application_settings import ActivityInstance
from hikari_like._application_settings import ActivityLocation
from hikari_like._application_settings import ActivityLocationKind
from hikari_like._application_settings import ApplicationEventWebhookStatus
from hikari_like._application_settings import ApplicationEventWebhookType
from hikari_like._application_settings import ApplicationInstallParameters
from hikari_like._application_settings import ApplicationIntegrationConfiguration
from hikari_like._application_settings import OAuth2InstallParameters
from hikari_like._guild_details import OwnGuild
from hikari_like._guild_integrations import ApplicationCoverImage
from hikari_like._guild_integrations import PartialApplication
from hikari_like._oauth2_tokens import AuthorizationApplication
from hikari_like._oauth2_tokens import AuthorizationInformation
from hikari_like._oauth2_tokens import OAuth2AuthorizationToken
from hikari_like._oauth2_tokens import OAuth2ImplicitToken
from hikari_like._oauth2_tokens import OAuth2Scope
from hikari_like._oauth2_tokens import PartialOAuth2Token
from hikari_like._teams import Team
from hikari_like._teams import TeamMember
from hikari_like._teams import TeamMembershipState
from hikari_like.internal import cdn
from hikari_like.internal import enums
from hikari_like.internal import flags
from hikari_like.internal import partial_json as read

_StaticFormat: typing.TypeAlias = typing.Literal["PNG", "JPEG", "JPG", "WEBP"]

if typing.TYPE_CHECKING:
    from hikari_like import files
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject


class ApplicationIntegrationType(enums.TolerantIntEnum):
    """How an application is installed: to a guild, or to a user's account."""

    GUILD_INSTALL = 0
    USER_INSTALL = 1


class ApplicationContextType(enums.TolerantIntEnum):
    """Where an interaction happened, from the application's point of view."""

    GUILD = 0
    BOT_DM = 1
    """The DM between the user and the bot."""
    PRIVATE_CHANNEL = 2
    """Any other DM or group DM (only user-installed apps are used there)."""


class EntitlementType(enums.TolerantIntEnum):
    """How a user or guild came to own an SKU."""

    PURCHASE = 1
    PREMIUM_SUBSCRIPTION = 2
    DEVELOPER_GIFT = 3
    TEST_MODE_PURCHASE = 4
    FREE_PURCHASE = 5
    USER_GIFT = 6
    PREMIUM_PURCHASE = 7
    APPLICATION_SUBSCRIPTION = 8


@attrs.define(kw_only=True, unsafe_hash=True)
class Entitlement(snowflakes.UniqueEntity):
    """Access a user or guild has to one of the application's SKUs."""

    id: snowflakes.Snowflake = attrs.field(hash=True)
    sku_id: snowflakes.Snowflake = attrs.field(eq=False)
    application_id: snowflakes.Snowflake = attrs.field(eq=False)
    type: EntitlementType = attrs.field(eq=False)
    user_id: snowflakes.Snowflake | None = attrs.field(eq=False)
    guild_id: snowflakes.Snowflake | None = attrs.field(eq=False)
    is_deleted: bool = attrs.field(eq=False)
    is_consumed: bool = attrs.field(eq=False)
    starts_at: datetime.datetime | None = attrs.field(eq=False)
    ends_at: datetime.datetime | None = attrs.field(eq=False)
    subscription_id: snowflakes.Snowflake | None = attrs.field(eq=False)

    @classmethod
    def from_payload(cls, payload: JSONObject) -> Entitlement:
        """Read an entitlement object as Discord sends it.

        The IDs and the type are required (`KeyError`, `TypeError` or `ValueError` without them);
        any other field of the wrong type reads as absent.
        """
        get = payload.get
        kind = read.integer(payload["type"])
        if kind is None:
            raise TypeError("an entitlement's type is an integer")
        return cls(
            id=snowflakes.parse(payload["id"]),
            sku_id=snowflakes.parse(payload["sku_id"]),
            application_id=snowflakes.parse(payload["application_id"]),
            type=EntitlementType(kind),
            user_id=snowflakes.parse_or_none(get("user_id")),
            guild_id=snowflakes.parse_or_none(get("guild_id")),
            is_deleted=get("deleted") is True,
            is_consumed=get("consumed") is True,
            starts_at=read.timestamp(get("starts_at")),
            ends_at=read.timestamp(get("ends_at")),
            subscription_id=snowflakes.parse_or_none(get("subscription_id")),
        )


class ApplicationFlags(flags.Flag):
    """What Discord allows an application (privileged intents, badges...); unknown bits are kept."""

    NONE = 0
    VERIFIED_FOR_GUILD_PRESENCES = 1 << 12
    """Verified, and allowed the presence intent."""
    GUILD_PRESENCES_INTENT = 1 << 13
    """Under 100 guilds, with the presence intent switched on."""
    VERIFIED_FOR_GUILD_MEMBERS_INTENT = 1 << 14
    GUILD_MEMBERS_INTENT = 1 << 15
    VERIFICATION_PENDING_GUILD_LIMIT = 1 << 16
    EMBEDDED = 1 << 17
    MESSAGE_CONTENT_INTENT = 1 << 18
    MESSAGE_CONTENT_INTENT_LIMITED = 1 << 19
    APPLICATION_COMMAND_BADGE = 1 << 23


@attrs.define(kw_only=True, unsafe_hash=True)
class Application(snowflakes.UniqueEntity):
    """The application a bot token belongs to, as `fetch_application()` returns it.

    `public_key` is what verifies the interactions Discord POSTs to the bot:

    ```python
    application = await rest.fetch_application()
    server = InteractionServer(public_key=application.public_key, rest=rest)
    ```
    """

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    id: snowflakes.Snowflake = attrs.field(hash=True)
    name: str = attrs.field(eq=False)
    description: str | None = attrs.field(eq=False, repr=False)
    """`None` when the application has no description."""
    icon_hash: str | None = attrs.field(eq=False, repr=False)
    public_key: bytes = attrs.field(eq=False, repr=False)
    """The Ed25519 key that signs interactions (Discord's hex `verify_key`, decoded)."""
    is_bot_public: bool = attrs.field(eq=False)
    """Whether anyone, not only the owner, can add the bot to a guild."""
    is_bot_code_grant_required: bool = attrs.field(eq=False, repr=False)
    owner: users.User | None = attrs.field(eq=False)
    """The owner (for a team application, a placeholder user); `None` if Discord left it out."""
    team: Team | None = attrs.field(eq=False, repr=False, default=None)
    """The developer team that owns the application; `None` when a user owns it."""
    flags: ApplicationFlags = attrs.field(eq=False, repr=False)
    rpc_origins: typing.Sequence[str] | None = attrs.field(eq=False, repr=False)
    cover_image_hash: str | None = attrs.field(eq=False, repr=False)
    terms_of_service_url: str | None = attrs.field(eq=False, repr=False)
    privacy_policy_url: str | None = attrs.field(eq=False, repr=False)
    role_connections_verification_url: str | None = attrs.field(eq=False, repr=False)
    custom_install_url: str | None = attrs.field(eq=False, repr=False)
    interactions_endpoint_url: str | None = attrs.field(eq=False, repr=False)
    """The URL Discord POSTs interactions to, if one is set."""
    tags: typing.Sequence[str] = attrs.field(eq=False, repr=False)
    approximate_guild_count: int = attrs.field(eq=False, repr=False)
    approximate_user_install_count: int = attrs.field(eq=False, repr=False)
    install_parameters: ApplicationInstallParameters | None = attrs.field(eq=False, repr=False)
    """The in-app "Add App" link's scopes and permissions, if it has one."""
    integration_types_config: typing.Mapping[
        ApplicationIntegrationType, ApplicationIntegrationConfiguration
    ] = attrs.field(eq=False, repr=False)
    event_webhooks_url: str | None = attrs.field(eq=False, repr=False)
    """Where Discord sends the application's webhook events, if anywhere."""
    event_webhooks_status: ApplicationEventWebhookStatus = attrs.field(eq=False, repr=False)
    event_webhooks_types: typing.Sequence[ApplicationEventWebhookType] = attrs.field(eq=False, repr=False)

    def make_icon_url(
        self, *, file_format: _StaticFormat = "PNG", size: int = 4096, lossless: bool = True
    ) -> files.URL | None:
        """The application's icon on Discord's CDN; `None` without one."""
        return self._image(self.icon_hash, file_format, size, lossless)

    def make_cover_image_url(
        self, *, file_format: _StaticFormat = "PNG", size: int = 4096, lossless: bool = True
    ) -> files.URL | None:
        """The rich presence invite cover image on Discord's CDN; `None` without one."""
        return self._image(self.cover_image_hash, file_format, size, lossless)

    def _image(self, image_hash: str | None, file_format: str, size: int, lossless: bool) -> files.URL | None:
        return cdn.still_image_url(
            f"app-icons/{self.id}", image_hash, file_format=file_format, size=size, lossless=lossless
        )

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> Application:
        """Read an application object as `GET /oauth2/applications/@me` sends it."""
        get = payload.get
        owner = get("owner")
        return cls(
            app=app,
            id=snowflakes.parse(payload["id"]),
            name=str(payload["name"]),
            description=get("description") or None,
            icon_hash=get("icon"),
            public_key=bytes.fromhex(str(payload["verify_key"])),
            is_bot_public=bool(get("bot_public", False)),
            is_bot_code_grant_required=bool(get("bot_require_code_grant", False)),
            owner=users.User.from_payload(owner, app=app) if owner else None,
            team=_team(get("team"), app),
            flags=ApplicationFlags(get("flags") or 0),
            rpc_origins=get("rpc_origins"),
            cover_image_hash=get("cover_image"),
            terms_of_service_url=get("terms_of_service_url"),
            privacy_policy_url=get("privacy_policy_url"),
            role_connections_verification_url=get("role_connections_verification_url"),
            custom_install_url=get("custom_install_url"),
            interactions_endpoint_url=get("interactions_endpoint_url"),
            tags=list(get("tags") or ()),
            approximate_guild_count=int(get("approximate_guild_count") or 0),
            approximate_user_install_count=int(get("approximate_user_install_count") or 0),
            **_settings(payload),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class InviteApplication(PartialApplication, ApplicationCoverImage):
    """The embedded application (an Activity) an invite opens: `Invite.target_application`.

    >>> invite.target_application.name, invite.target_application.make_cover_image_url(size=512)
    """

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    cover_image_hash: str | None = attrs.field(eq=False, repr=False)
    public_key: bytes = attrs.field(eq=False, repr=False)
    """The Ed25519 key that signs the application's interactions (Discord's hex `verify_key`,
    decoded; empty when Discord left it out)."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> InviteApplication:
        """Read an invite's partial application object (`KeyError`, `TypeError` or `ValueError`
        without an ID or with a `verify_key` that is not hex); any other field of the wrong type
        reads as absent."""
        get = payload.get
        return cls(
            app=app,
            id=snowflakes.parse(payload["id"]),
            name=read.text(get("name")) or "",
            description=read.text(get("description")) or None,
            icon_hash=read.text(get("icon")),
            cover_image_hash=read.text(get("cover_image")),
            public_key=bytes.fromhex(read.text(get("verify_key")) or ""),
        )


def get_token_id(token: str) -> snowflakes.Snowflake:
    """The bot's ID, which a bot token carries base64-encoded before its first dot.

    `ValueError` for a token whose first part is not the base64 of an ID (padding is optional,
    as Discord leaves it out).

    >>> get_token_id("ODAzNTExMTAyMjQ2Nzg5MTI.G1a2b3.c4d5e6")
    80351110224678912
    """
    segment = token.split(".", 1)[0]
    try:
        decoded = base64.b64decode(segment + "=" * (-len(segment) % 4), altchars=b"-_", validate=True)
        return snowflakes.parse(decoded.decode("ascii"))
    except ValueError as exc:  # binascii.Error and UnicodeDecodeError are ValueErrors
        raise ValueError("Unexpected token format: its first part is not a base64-encoded ID") from exc


class TokenType(enum.StrEnum):
    """The kinds of token a REST client authorises with (hikari's `TokenType`).

    A `str`, so it goes wherever a token type string does:

    >>> f"{TokenType.BOT} {'token'}"
    'Bot token'
    """

    BOT = "Bot"
    """A bot's token."""
    BASIC = "Basic"
    """OAuth2 basic authentication (the application's ID and secret)."""
    BEARER = "Bearer"
    """An OAuth2 access token."""


def _settings(payload: JSONObject) -> dict[str, typing.Any]:
    """The install and event-webhook settings of an application object (#23)."""
    get = payload.get
    install = get("install_params")
    return {
        "install_parameters": None if install is None else ApplicationInstallParameters.from_payload(install),
        "integration_types_config": {
            ApplicationIntegrationType(int(kind)): _integration_config(config)
            for kind, config in read.mapping(get("integration_types_config")).items()
            if str(kind).isdecimal()
        },
        "event_webhooks_url": read.text(get("event_webhooks_url")),
        "event_webhooks_status": ApplicationEventWebhookStatus(
            read.integer(get("event_webhooks_status")) or 1
        ),
        "event_webhooks_types": [
            ApplicationEventWebhookType(kind)
            for kind in read.array(get("event_webhooks_types"))
            if isinstance(kind, str)
        ],
    }


def _team(payload: object, app: traits.RESTAware) -> Team | None:
    # A team that cannot be read is as good as none: the rest of the application still is.
    teams = read.each(read.objects([payload]), lambda item: Team.from_payload(item, app=app))
    return teams[0] if teams else None


def _integration_config(payload: object) -> ApplicationIntegrationConfiguration:
    install = read.mapping(payload).get("oauth2_install_params")
    parameters = None if install is None else OAuth2InstallParameters.from_payload(install)
    return ApplicationIntegrationConfiguration(oauth2_install_parameters=parameters)
