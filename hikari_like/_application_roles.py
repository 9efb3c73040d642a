"""Linked roles and connections: an application's role-connection metadata, a user's role
connection to it, and the accounts a user connected to Discord (#23).

Re-exported by `hikari_like.applications`, as hikari has them there.

```python
record = ApplicationRoleConnectionMetadataRecord(
    type=ApplicationRoleConnectionMetadataRecordType.INTEGER_GREATER_THAN_OR_EQUAL,
    key="level",
    name="Level",
    description="Your level in the game",
)
await rest.set_application_role_connection_metadata_records(application_id, [record])
```
"""

from __future__ import annotations

__all__ = [
    "ApplicationRoleConnectionMetadataRecord",
    "ApplicationRoleConnectionMetadataRecordType",
    "ConnectionVisibility",
    "OwnApplicationRoleConnection",
    "OwnConnection",
    "connection_metadata",
    "record_payload",
]

import datetime
import typing

import attrs

from hikari_like import locales
from hikari_like import snowflakes
from hikari_like._guild_integrations import IntegrationAccount
from hikari_like._guild_integrations import IntegrationType
from hikari_like._guild_integrations import PartialIntegration
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject


class ApplicationRoleConnectionMetadataRecordType(enums.TolerantIntEnum):
    """How a linked role compares a user's value with the one the guild set."""

    INTEGER_LESS_THAN_OR_EQUAL = 1
    INTEGER_GREATER_THAN_OR_EQUAL = 2
    INTEGER_EQUAL = 3
    INTEGER_NOT_EQUAL = 4
    DATETIME_LESS_THAN_OR_EQUAL = 5
    """The user's date is at least the guild's number of days ago."""
    DATETIME_GREATER_THAN_OR_EQUAL = 6
    BOOLEAN_EQUAL = 7
    BOOLEAN_NOT_EQUAL = 8


class ConnectionVisibility(enums.TolerantIntEnum):
    """Who sees a connection on the user's profile."""

    NONE = 0
    """Only the user."""
    EVERYONE = 1


def _localizations(value: object) -> dict[locales.Locale | str, str]:
    return {locales.Locale(key): str(text) for key, text in read.mapping(value).items()}


@attrs.define(kw_only=True, eq=True)
class ApplicationRoleConnectionMetadataRecord:
    """One value an application reports per user, which a guild's linked roles can require
    (at most 5 per application; `key` is 1-50 of `a-z`, `0-9` and `_`)."""

    type: ApplicationRoleConnectionMetadataRecordType | int = attrs.field(eq=False)
    key: str = attrs.field(eq=True)
    name: str = attrs.field(eq=False)
    description: str = attrs.field(eq=False)
    name_localizations: typing.Mapping[locales.Locale | str, str] = attrs.field(eq=False, factory=dict)
    description_localizations: typing.Mapping[locales.Locale | str, str] = attrs.field(eq=False, factory=dict)

    @classmethod
    def from_payload(cls, payload: JSONObject) -> ApplicationRoleConnectionMetadataRecord:
        """Read a metadata record as Discord sends it (`KeyError` without its type or key)."""
        get = payload.get
        return cls(
            type=ApplicationRoleConnectionMetadataRecordType(read.integer(payload["type"]) or 0),
            key=str(payload["key"]),
            name=read.text(get("name")) or "",
            description=read.text(get("description")) or "",
            name_localizations=_localizations(get("name_localizations")),
            description_localizations=_localizations(get("description_localizations")),
        )


def record_payload(record: ApplicationRoleConnectionMetadataRecord) -> JSONObject:
    """The JSON Discord expects for `record` (`PUT .../role-connections/metadata`)."""
    return {
        "type": int(record.type),
        "key": record.key,
        "name": record.name,
        "description": record.description,
        "name_localizations": {str(key): text for key, text in record.name_localizations.items()},
        "description_localizations": {
            str(key): text for key, text in record.description_localizations.items()
        },
    }


@attrs.define(kw_only=True)
class OwnApplicationRoleConnection:
    """What an application reported for the token's user: a platform and metadata values
    (`fetch_my_user_application_role_connection`, with a Bearer token of scope `role_connections.write`)."""

    platform_name: str | None
    platform_username: str | None
    metadata: typing.Mapping[str, str]
    """Metadata key -> its value as Discord stores it, a string."""

    @classmethod
    def from_payload(cls, payload: JSONObject) -> OwnApplicationRoleConnection:
        """Read an application role connection object (every field is optional)."""
        get = payload.get
        return cls(
            platform_name=read.text(get("platform_name")),
            platform_username=read.text(get("platform_username")),
            metadata={str(key): str(value) for key, value in read.mapping(get("metadata")).items()},
        )


def connection_metadata(values: typing.Mapping[str, str | int | bool | datetime.datetime]) -> dict[str, str]:
    """Metadata values as Discord documents them, strings: integers and booleans (`"1"`, `"0"`)
    in decimal, datetimes in ISO 8601."""
    return {key: _metadata_value(value) for key, value in values.items()}


def _metadata_value(value: str | int | bool | datetime.datetime) -> str:
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return str(int(value)) if isinstance(value, (bool, int)) else value


@attrs.define(kw_only=True, unsafe_hash=True)
class OwnConnection:
    """An account the token's user connected (Twitch, GitHub...), from `fetch_my_connections`
    (a Bearer token of scope `connections`)."""

    id: str = attrs.field(hash=True)
    """The account's ID on that service."""
    name: str = attrs.field(eq=False)
    type: str = attrs.field(eq=False)
    """The service (`"github"`, `"twitch"`...)."""
    is_revoked: bool = attrs.field(eq=False, repr=False)
    integrations: typing.Sequence[PartialIntegration] = attrs.field(eq=False, repr=False)
    is_verified: bool = attrs.field(eq=False, repr=False)
    is_friend_sync_enabled: bool = attrs.field(eq=False, repr=False)
    is_activity_visible: bool = attrs.field(eq=False, repr=False)
    visibility: ConnectionVisibility | int = attrs.field(eq=False, repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject) -> OwnConnection:
        """Read a connection object (`KeyError` without its ID); other fields read tolerantly."""
        get = payload.get
        return cls(
            id=str(payload["id"]),
            name=read.text(get("name")) or "",
            type=read.text(get("type")) or "",
            is_revoked=get("revoked") is True,
            integrations=[_integration(item) for item in read.objects(get("integrations")) if "id" in item],
            is_verified=get("verified") is True,
            is_friend_sync_enabled=get("friend_sync") is True,
            is_activity_visible=get("show_activity") is True,
            visibility=ConnectionVisibility(read.integer(get("visibility")) or 0),
        )


def _integration(payload: JSONObject) -> PartialIntegration:
    return PartialIntegration(
        account=IntegrationAccount.from_payload(payload.get("account")),
        id=snowflakes.parse(payload["id"]),
        name=read.text(payload.get("name")) or "",
        type=IntegrationType(read.text(payload.get("type")) or ""),
    )
