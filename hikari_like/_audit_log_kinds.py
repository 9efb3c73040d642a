"""The audit log's vocabularies (action types, change keys) and how change values are read.

Part of `hikari_like.audit_logs`, which exports the public names; the readers here convert
what hikari converts (IDs, colours and gradients, permissions, durations, the guild's levels,
limits where 0 means none, overwrites, added or removed roles)
and keep any value that does not convert as Discord sent it.
"""

from __future__ import annotations

__all__ = [
    "AuditLogChangeKey",
    "AuditLogEventType",
    "change_key",
    "change_value",
    "integration",
    "thread",
    "user",
    "webhook",
]

import datetime
import typing

from hikari_like import colors
from hikari_like import permissions
from hikari_like import snowflakes
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import channels
    from hikari_like import guilds
    from hikari_like import traits
    from hikari_like import users
    from hikari_like import webhooks
    from hikari_like.internal.json import JSONObject


class AuditLogChangeKey(enums.TolerantStrEnum):
    """The field an audit log change is about (Discord's change keys)."""

    NAME = "name"
    DESCRIPTION = "description"
    ICON_HASH = "icon_hash"
    SPLASH_HASH = "splash_hash"
    DISCOVERY_SPLASH_HASH = "discovery_splash_hash"
    BANNER_HASH = "banner_hash"
    OWNER_ID = "owner_id"
    REGION = "region"
    PREFERRED_LOCALE = "preferred_locale"
    RTC_REGION = "rtc_region"
    AFK_CHANNEL_ID = "afk_channel_id"
    AFK_TIMEOUT = "afk_timeout"
    RULES_CHANNEL_ID = "rules_channel_id"
    PUBLIC_UPDATES_CHANNEL_ID = "public_updates_channel_id"
    MFA_LEVEL = "mfa_level"
    VERIFICATION_LEVEL = "verification_level"
    EXPLICIT_CONTENT_FILTER = "explicit_content_filter"
    DEFAULT_MESSAGE_NOTIFICATIONS = "default_message_notifications"
    VANITY_URL_CODE = "vanity_url_code"
    PRUNE_DELETE_DAYS = "prune_delete_days"
    WIDGET_ENABLED = "widget_enabled"
    WIDGET_CHANNEL_ID = "widget_channel_id"
    POSITION = "position"
    TOPIC = "topic"
    BITRATE = "bitrate"
    DEFAULT_AUTO_ARCHIVE_DURATION = "default_auto_archive_duration"
    PERMISSION_OVERWRITES = "permission_overwrites"
    NSFW = "nsfw"
    APPLICATION_ID = "application_id"
    ARCHIVED = "archived"
    AUTO_ARCHIVE_DURATION = "auto_archive_duration"
    PERMISSIONS = "permissions"
    USER_LIMIT = "user_limit"
    COLOR = "color"
    COLORS = "colors"
    COMMAND_ID = "command_id"
    HOIST = "hoist"
    MENTIONABLE = "mentionable"
    ALLOW = "allow"
    DENY = "deny"
    INVITE_CODE = "code"
    CHANNEL_ID = "channel_id"
    INVITER_ID = "inviter_id"
    MAX_USES = "max_uses"
    USES = "uses"
    MAX_AGE = "max_age"
    TEMPORARY = "temporary"
    DEAF = "deaf"
    MUTE = "mute"
    NICK = "nick"
    AVATAR_HASH = "avatar_hash"
    ID = "id"
    INVITABLE = "invitable"
    LOCKED = "locked"
    TYPE = "type"
    ENABLE_EMOTICONS = "enable_emoticons"
    EXPIRE_BEHAVIOR = "expire_behavior"
    EXPIRE_GRACE_PERIOD = "expire_grace_period"
    RATE_LIMIT_PER_USER = "rate_limit_per_user"
    SYSTEM_CHANNEL_ID = "system_channel_id"
    TAGS = "tags"
    FORMAT_TYPE = "format_type"
    ASSETS = "asset"
    AVAILABLE = "available"
    GUILD_ID = "guild_id"
    COMMUNICATION_DISABLED_UNTIL = "communication_disabled_until"
    ADD_ROLE_TO_MEMBER = "$add"
    """Roles given to a member: the value maps role IDs to `PartialRole`s."""
    REMOVE_ROLE_FROM_MEMBER = "$remove"
    """Roles taken from a member: as `ADD_ROLE_TO_MEMBER`."""
    COLOUR = COLOR
    COLOURS = COLORS


class AuditLogEventType(enums.TolerantIntEnum):
    """What an audit log entry records (Discord's audit log events)."""

    GUILD_UPDATE = 1
    CHANNEL_CREATE = 10
    CHANNEL_UPDATE = 11
    CHANNEL_DELETE = 12
    CHANNEL_OVERWRITE_CREATE = 13
    CHANNEL_OVERWRITE_UPDATE = 14
    CHANNEL_OVERWRITE_DELETE = 15
    MEMBER_KICK = 20
    MEMBER_PRUNE = 21
    MEMBER_BAN_ADD = 22
    MEMBER_BAN_REMOVE = 23
    MEMBER_UPDATE = 24
    MEMBER_ROLE_UPDATE = 25
    MEMBER_MOVE = 26
    MEMBER_DISCONNECT = 27
    BOT_ADD = 28
    ROLE_CREATE = 30
    ROLE_UPDATE = 31
    ROLE_DELETE = 32
    INVITE_CREATE = 40
    INVITE_UPDATE = 41
    INVITE_DELETE = 42
    WEBHOOK_CREATE = 50
    WEBHOOK_UPDATE = 51
    WEBHOOK_DELETE = 52
    EMOJI_CREATE = 60
    EMOJI_UPDATE = 61
    EMOJI_DELETE = 62
    MESSAGE_DELETE = 72
    MESSAGE_BULK_DELETE = 73
    MESSAGE_PIN = 74
    MESSAGE_UNPIN = 75
    INTEGRATION_CREATE = 80
    INTEGRATION_UPDATE = 81
    INTEGRATION_DELETE = 82
    STAGE_INSTANCE_CREATE = 83
    STAGE_INSTANCE_UPDATE = 84
    STAGE_INSTANCE_DELETE = 85
    STICKER_CREATE = 90
    STICKER_UPDATE = 91
    STICKER_DELETE = 92
    GUILD_SCHEDULED_EVENT_CREATE = 100
    GUILD_SCHEDULED_EVENT_UPDATE = 101
    GUILD_SCHEDULED_EVENT_DELETE = 102
    THREAD_CREATE = 110
    THREAD_UPDATE = 111
    THREAD_DELETE = 112
    APPLICATION_COMMAND_PERMISSION_UPDATE = 121
    SOUNDBOARD_SOUND_CREATE = 130
    SOUNDBOARD_SOUND_UPDATE = 131
    SOUNDBOARD_SOUND_DELETE = 132
    AUTO_MODERATION_RULE_CREATE = 140
    AUTO_MODERATION_RULE_UPDATE = 141
    AUTO_MODERATION_RULE_DELETE = 142
    AUTO_MODERATION_BLOCK_MESSAGE = 143
    AUTO_MODERATION_FLAG_TO_CHANNEL = 144
    AUTO_MODERATION_USER_COMMUNICATION_DISABLED = 145
    CREATOR_MONETIZATION_REQUEST_CREATED = 150
    CREATOR_MONETIZATION_TERMS_ACCEPTED = 151
    ONBOARDING_PROMPT_CREATE = 163
    ONBOARDING_PROMPT_UPDATE = 164
    ONBOARDING_PROMPT_DELETE = 165
    ONBOARDING_CREATE = 166
    ONBOARDING_UPDATE = 167
    HOME_SETTINGS_CREATE = 190
    HOME_SETTINGS_UPDATE = 191
    VOICE_CHANNEL_STATUS_CREATE = 192
    VOICE_CHANNEL_STATUS_DELETE = 193


_Key = AuditLogChangeKey
_SNOWFLAKES: typing.Final = frozenset(
    {
        _Key.OWNER_ID,
        _Key.AFK_CHANNEL_ID,
        _Key.RULES_CHANNEL_ID,
        _Key.PUBLIC_UPDATES_CHANNEL_ID,
        _Key.WIDGET_CHANNEL_ID,
        _Key.SYSTEM_CHANNEL_ID,
        _Key.APPLICATION_ID,
        _Key.CHANNEL_ID,
        _Key.INVITER_ID,
        _Key.ID,
        _Key.GUILD_ID,
        _Key.COMMAND_ID,
    }
)
_SECONDS: typing.Final = frozenset({_Key.AFK_TIMEOUT, _Key.RATE_LIMIT_PER_USER})
_DAYS: typing.Final = frozenset({_Key.PRUNE_DELETE_DAYS, _Key.EXPIRE_GRACE_PERIOD})
_MINUTES: typing.Final = frozenset({_Key.AUTO_ARCHIVE_DURATION, _Key.DEFAULT_AUTO_ARCHIVE_DURATION})
_PERMISSIONS: typing.Final = frozenset({_Key.PERMISSIONS, _Key.ALLOW, _Key.DENY})
_ROLES: typing.Final = frozenset({_Key.ADD_ROLE_TO_MEMBER, _Key.REMOVE_ROLE_FROM_MEMBER})


def change_key(raw: str) -> AuditLogChangeKey | str:
    """The known key, or the raw string."""
    key = AuditLogChangeKey(raw)
    return key if key.is_known else raw


def change_value(key: AuditLogChangeKey | str, value: object, app: traits.RESTAware | None) -> typing.Any:
    """`value` as hikari gives it for `key`; raw if it does not convert (or the key is unknown)."""
    if value is None or not isinstance(key, AuditLogChangeKey):
        return value
    try:
        return _convert(key, value, app)
    except (KeyError, TypeError, ValueError):
        return value


def _convert(key: AuditLogChangeKey, value: typing.Any, app: traits.RESTAware | None) -> typing.Any:
    if key in _ROLES:
        return _roles(value, app)
    levels = _levels()
    if key in levels:
        return levels[key](int(value))
    for keys, convert in _CONVERSIONS:
        if key in keys:
            return convert(value)
    return value


def _levels() -> dict[AuditLogChangeKey, type[enums.TolerantIntEnum]]:
    """The keys whose values are one of the guild's (or a sticker's) int enums, with the enum."""
    from hikari_like import _guild_details
    from hikari_like import _guild_integrations
    from hikari_like import stickers

    return {
        _Key.MFA_LEVEL: _guild_details.GuildMFALevel,
        _Key.VERIFICATION_LEVEL: _guild_details.GuildVerificationLevel,
        _Key.EXPLICIT_CONTENT_FILTER: _guild_details.GuildExplicitContentFilterLevel,
        _Key.DEFAULT_MESSAGE_NOTIFICATIONS: _guild_details.GuildMessageNotificationsLevel,
        _Key.EXPIRE_BEHAVIOR: _guild_integrations.IntegrationExpireBehaviour,
        _Key.FORMAT_TYPE: stickers.StickerFormatType,
    }


def _max_age(value: object) -> datetime.timedelta | None:
    """An invite's lifetime; `None` for 0 (it never expires), as hikari reads it."""
    seconds = int(typing.cast("int", value))
    return datetime.timedelta(seconds=seconds) if seconds > 0 else None


def _gradient(value: JSONObject) -> colors.ColorGradient:
    return colors.ColorGradient.of(
        value["primary_color"], value.get("secondary_color"), value.get("tertiary_color")
    )


def _overwrites(value: object) -> dict[snowflakes.Snowflake, channels.PermissionOverwrite]:
    from hikari_like import channels

    parsed = read.each(read.objects(value), channels.PermissionOverwrite.from_payload)
    return {overwrite.id: overwrite for overwrite in parsed}


def _roles(value: object, app: traits.RESTAware | None) -> dict[snowflakes.Snowflake, guilds.PartialRole]:
    from hikari_like import guilds

    def role(payload: JSONObject) -> guilds.PartialRole:
        name = read.text(payload.get("name")) or ""
        return guilds.PartialRole(
            app=typing.cast("traits.RESTAware", app), id=snowflakes.parse(payload["id"]), name=name
        )

    return {item.id: item for item in read.each(read.objects(value), role)}


_CONVERSIONS: typing.Final[
    tuple[tuple[frozenset[AuditLogChangeKey], typing.Callable[[typing.Any], object]], ...]
] = (
    (_SNOWFLAKES, snowflakes.parse),
    (_SECONDS, lambda value: datetime.timedelta(seconds=int(value))),
    (_MINUTES, lambda value: datetime.timedelta(minutes=int(value))),
    (_DAYS, lambda value: datetime.timedelta(days=int(value))),
    (frozenset({_Key.MAX_AGE}), _max_age),
    (frozenset({_Key.MAX_USES}), lambda value: int(value) or None),  # 0: no limit
    (frozenset({_Key.TYPE}), str),  # hikari gives it as a string, whatever was changed
    (frozenset({_Key.COLORS}), _gradient),
    (_PERMISSIONS, lambda value: permissions.Permissions(int(value))),
    (frozenset({_Key.COLOR}), lambda value: colors.Color(int(value))),
    (frozenset({_Key.COMMUNICATION_DISABLED_UNTIL}), datetime.datetime.fromisoformat),
    (frozenset({_Key.PERMISSION_OVERWRITES}), _overwrites),
)


# -- the objects an audit log refers to -----------------------------------------------------------------


def integration(payload: JSONObject) -> guilds.PartialIntegration:
    """A partial integration object of the log's `integrations`."""
    from hikari_like import guilds

    return guilds.PartialIntegration(
        account=guilds.IntegrationAccount.from_payload(payload.get("account")),
        id=snowflakes.parse(payload["id"]),
        name=read.text(payload.get("name")) or "",
        type=guilds.IntegrationType(read.text(payload.get("type")) or ""),
    )


def thread(
    payload: JSONObject, app: traits.RESTAware, guild_id: snowflakes.Snowflake
) -> channels.GuildThreadChannel:
    """A thread object of the log's `threads`."""
    from hikari_like import _channel_kinds

    return _channel_kinds.thread_from_payload(payload, app=app, guild_id=guild_id)


def user(payload: JSONObject, app: traits.RESTAware) -> users.User:
    """A user object of the log's `users`."""
    from hikari_like import users

    return users.User.from_payload(payload, app=app)


def webhook(payload: JSONObject, app: traits.RESTAware) -> webhooks.PartialWebhook:
    """A webhook object of the log's `webhooks`."""
    from hikari_like import webhooks

    return webhooks.webhook_from_payload(payload, app=app)
