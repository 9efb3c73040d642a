"""Applications: where they are installed, where they are used, and what users bought.

`Entitlement` lives here (hikari keeps it in `monetization`) because interactions carry the
invoking user's entitlements and nothing else in this library needs a monetization module yet.
"""

from __future__ import annotations

__all__ = ["ApplicationContextType", "ApplicationIntegrationType", "Entitlement", "EntitlementType"]

import datetime
import typing

import attrs

from hikari_like import snowflakes
from hikari_like.internal import enums
from hikari_like.internal import time

if typing.TYPE_CHECKING:
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
class Entitlement:
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
        """Read an entitlement object as Discord sends it."""
        get = payload.get
        return cls(
            id=snowflakes.Snowflake(int(payload["id"])),
            sku_id=snowflakes.Snowflake(int(payload["sku_id"])),
            application_id=snowflakes.Snowflake(int(payload["application_id"])),
            type=EntitlementType(payload["type"]),
            user_id=_optional_snowflake(get("user_id")),
            guild_id=_optional_snowflake(get("guild_id")),
            is_deleted=bool(get("deleted", False)),
            is_consumed=bool(get("consumed", False)),
            starts_at=time.parse_optional_iso8601(get("starts_at")),
            ends_at=time.parse_optional_iso8601(get("ends_at")),
            subscription_id=_optional_snowflake(get("subscription_id")),
        )


def _optional_snowflake(value: str | int | None) -> snowflakes.Snowflake | None:
    return None if value is None else snowflakes.Snowflake(int(value))
