"""What `edit_application` changes beyond plain text (install parameters, event webhooks), and the
Activity instances `fetch_activity_instance` reads (#23).

Re-exported by `hikari_like.applications`, as hikari has them there.

```python
await rest.edit_application(
    event_webhooks_url="https://bot.example/events",
    event_webhooks_status=ApplicationEventWebhookStatus.ENABLED,
    event_webhooks_types=[ApplicationEventWebhookType.APPLICATION_AUTHORIZED],
)
```
"""

from __future__ import annotations

__all__ = [
    "ActivityInstance",
    "ActivityLocation",
    "ActivityLocationKind",
    "ApplicationEventWebhookStatus",
    "ApplicationEventWebhookType",
    "ApplicationInstallParameters",
    "ApplicationIntegrationConfiguration",
    "OAuth2InstallParameters",
    "install_parameters_payload",
    "integration_config_payload",
]

import typing

import attrs

from hikari_like import permissions as permissions_
from hikari_like import snowflakes
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject


class ApplicationEventWebhookStatus(enums.TolerantIntEnum):
    """Whether Discord sends the application's webhook events."""

    DISABLED = 1
    ENABLED = 2
    DISABLED_BY_DISCORD = 3
    """Turned off by Discord, usually after the endpoint kept failing."""


class ApplicationEventWebhookType(enums.TolerantStrEnum):
    """The webhook events an application can subscribe to."""

    APPLICATION_AUTHORIZED = "APPLICATION_AUTHORIZED"
    APPLICATION_DEAUTHORIZED = "APPLICATION_DEAUTHORIZED"
    ENTITLEMENT_CREATE = "ENTITLEMENT_CREATE"
    ENTITLEMENT_UPDATE = "ENTITLEMENT_UPDATE"
    ENTITLEMENT_DELETE = "ENTITLEMENT_DELETE"
    QUEST_USER_ENROLLMENT = "QUEST_USER_ENROLLMENT"
    LOBBY_MESSAGE_CREATE = "LOBBY_MESSAGE_CREATE"
    LOBBY_MESSAGE_UPDATE = "LOBBY_MESSAGE_UPDATE"
    LOBBY_MESSAGE_DELETE = "LOBBY_MESSAGE_DELETE"
    GAME_DIRECT_MESSAGE_CREATE = "GAME_DIRECT_MESSAGE_CREATE"
    GAME_DIRECT_MESSAGE_UPDATE = "GAME_DIRECT_MESSAGE_UPDATE"
    GAME_DIRECT_MESSAGE_DELETE = "GAME_DIRECT_MESSAGE_DELETE"


@attrs.define(kw_only=True, unsafe_hash=True)
class ApplicationInstallParameters:
    """The scopes and permissions of the application's in-app "Add App" link."""

    scopes: typing.Sequence[str] = attrs.field(repr=False)
    permissions: permissions_.Permissions = attrs.field(repr=False)

    @classmethod
    def from_payload(cls, payload: object) -> typing.Self:
        """Read an install params object (missing fields: no scopes, no permissions)."""
        get = read.mapping(payload).get
        bits = str(get("permissions"))
        return cls(
            scopes=[scope for scope in read.array(get("scopes")) if isinstance(scope, str)],
            permissions=permissions_.Permissions(int(bits) if bits.isdecimal() else 0),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class OAuth2InstallParameters(ApplicationInstallParameters):
    """The install parameters of one integration type (guild or user install)."""


def install_parameters_payload(parameters: ApplicationInstallParameters) -> JSONObject:
    """Discord's install params object for `parameters` (permissions as a decimal string)."""
    return {
        "scopes": [str(scope) for scope in parameters.scopes],
        "permissions": str(int(parameters.permissions)),
    }


@attrs.define(kw_only=True, unsafe_hash=True)
class ApplicationIntegrationConfiguration:
    """How the application installs for one integration type (`integration_types_config`)."""

    oauth2_install_parameters: OAuth2InstallParameters | None = attrs.field(repr=False)
    """`None`: the default install link (no bot, `applications.commands` only)."""


def integration_config_payload(config: ApplicationIntegrationConfiguration) -> JSONObject:
    """The configuration object Discord expects in `PATCH /applications/@me`."""
    if config.oauth2_install_parameters is None:
        return {}
    return {"oauth2_install_params": install_parameters_payload(config.oauth2_install_parameters)}


class ActivityLocationKind(enums.TolerantStrEnum):
    """Where an Activity runs."""

    GUILD_CHANNEL = "gc"
    PRIVATE_CHANNEL = "pc"
    """A DM or group DM."""


@attrs.define(kw_only=True, unsafe_hash=True)
class ActivityLocation:
    """The channel (and guild, if any) an Activity instance runs in."""

    id: str = attrs.field(hash=True)
    kind: ActivityLocationKind | str = attrs.field(eq=False)
    channel_id: snowflakes.Snowflake = attrs.field(eq=False)
    guild_id: snowflakes.Snowflake | None = attrs.field(eq=False)

    @classmethod
    def from_payload(cls, payload: JSONObject) -> ActivityLocation:
        """Read an activity location object (`KeyError` without its ID or channel)."""
        return cls(
            id=str(payload["id"]),
            kind=ActivityLocationKind(read.text(payload.get("kind")) or ""),
            channel_id=snowflakes.parse(payload["channel_id"]),
            guild_id=snowflakes.parse_or_none(payload.get("guild_id")),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class ActivityInstance:
    """A running Activity of the application: where it is and who takes part.

    ```python
    instance = await rest.fetch_activity_instance(application_id, "i-1234-abcd")
    print(instance.location.channel_id, len(instance.users))
    ```
    """

    application_id: snowflakes.Snowflake = attrs.field(eq=False)
    instance_id: str = attrs.field(hash=True)
    launch_id: snowflakes.Snowflake = attrs.field(eq=False)
    location: ActivityLocation = attrs.field(eq=False)
    users: typing.Sequence[snowflakes.Snowflake] = attrs.field(eq=False, repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject) -> ActivityInstance:
        """Read an activity instance object (`KeyError` without its IDs or location)."""
        return cls(
            application_id=snowflakes.parse(payload["application_id"]),
            instance_id=str(payload["instance_id"]),
            launch_id=snowflakes.parse(payload["launch_id"]),
            location=ActivityLocation.from_payload(read.mapping(payload["location"])),
            users=read.each(read.array(payload.get("users")), snowflakes.parse),
        )
