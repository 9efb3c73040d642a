"""Discord's checks of an auto-moderation rule's fields, for `routes_auto_mod.py`.

`read_rule` gives the stored fields of a rule body (every field for a new rule, the given ones for
an edit), raising Discord's 50035 at the offending field's path; `trigger_type_of` checks a new
rule's trigger type against the guild's limits.
"""

from __future__ import annotations

__all__ = ["MANAGE", "read_rule", "trigger_type_of"]

import typing

from hikari_like.testing.emulator.field_checks import int_in_range
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.field_checks import too_long
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import require

if typing.TYPE_CHECKING:
    from hikari_like.internal import json
    from hikari_like.testing.emulator.guild_world import GuildRecord
    from hikari_like.testing.emulator.routing import RequestContext

MANAGE: typing.Final = Permissions.MANAGE_GUILD
KEYWORD, SPAM, KEYWORD_PRESET, MENTION_SPAM, MEMBER_PROFILE = 1, 3, 4, 5, 6
BLOCK_MESSAGE, SEND_ALERT_MESSAGE, TIMEOUT, BLOCK_MEMBER_INTERACTION = 1, 2, 3, 4
_MESSAGE_SEND, _MEMBER_UPDATE = 1, 2
_MAX_PER_GUILD: typing.Final = {KEYWORD: 6, SPAM: 1, KEYWORD_PRESET: 1, MENTION_SPAM: 1, MEMBER_PROFILE: 1}
_PRESETS: typing.Final = frozenset({1, 2, 3})
_MAX_NAME, _MAX_MESSAGE, _MAX_TIMEOUT, _MAX_MENTIONS = 100, 150, 2419200, 50
_MAX_EXEMPT_ROLES, _MAX_EXEMPT_CHANNELS = 20, 50
_TIMEOUT_TRIGGERS: typing.Final = frozenset({KEYWORD, MENTION_SPAM})


class _ListLimit(typing.NamedTuple):
    items: int
    characters: int


_WORD_LISTS: typing.Final = {
    "keyword_filter": _ListLimit(1000, 60),
    "regex_patterns": _ListLimit(10, 260),
    "allow_list": _ListLimit(100, 60),
}
_METADATA_LISTS: typing.Final[typing.Mapping[int, typing.Mapping[str, _ListLimit]]] = {
    KEYWORD: _WORD_LISTS,
    MEMBER_PROFILE: _WORD_LISTS,
    KEYWORD_PRESET: {"allow_list": _ListLimit(1000, 60)},
}


def _enum(body: json.JSONObject, name: str, allowed: typing.Collection[int]) -> int:
    value = body.get(name)
    if value is None:
        raise invalid(name, "BASE_TYPE_REQUIRED", "This field is required")
    if isinstance(value, bool) or value not in allowed:
        raise invalid(name, "ENUM_TYPE_COERCE", f'Value "{value}" is not a valid enum value.')
    return int(value)


def trigger_type_of(guild: GuildRecord, body: json.JSONObject) -> int:
    """A new rule's `trigger_type`: known, and the guild not yet at that type's limit."""
    trigger_type = _enum(body, "trigger_type", _MAX_PER_GUILD)
    held = sum(1 for rule in guild.auto_mod_rules.values() if rule["trigger_type"] == trigger_type)
    if held >= _MAX_PER_GUILD[trigger_type]:
        message = "Maximum number of rules of this type reached"
        raise invalid("trigger_type", "AUTO_MODERATION_MAX_RULES_OF_TYPE_EXCEEDED", message)
    return trigger_type


def read_rule(
    ctx: RequestContext, guild: GuildRecord, body: json.JSONObject, *, trigger_type: int, creating: bool
) -> json.JSONObject:
    """The rule fields of `body`, checked; a new rule's missing optional fields get Discord's defaults."""
    fields: json.JSONObject = {}
    if creating or "name" in body:
        fields["name"] = _name(body)
    if creating or "event_type" in body:
        fields["event_type"] = _enum(body, "event_type", (_MESSAGE_SEND, _MEMBER_UPDATE))
    if creating or body.get("trigger_metadata") is not None:
        fields["trigger_metadata"] = _metadata(trigger_type, body.get("trigger_metadata") or {})
    if creating or "actions" in body:
        fields["actions"] = _actions(ctx, guild, trigger_type, body.get("actions"))
    if creating or "enabled" in body:
        fields["enabled"] = _enabled(body)
    for name, limit, known in _exemptions(ctx, guild):
        if creating or name in body:
            fields[name] = _ids(body.get(name) or [], name, limit, known)
    return fields


def _name(body: json.JSONObject) -> str:
    name = body.get("name")
    if name is None:
        raise invalid("name", "BASE_TYPE_REQUIRED", "This field is required")
    if not isinstance(name, str) or not 1 <= len(name) <= _MAX_NAME:
        raise invalid("name", "BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {_MAX_NAME} in length.")
    return name


def _enabled(body: json.JSONObject) -> bool:
    value = body.get("enabled", False)
    if not isinstance(value, bool):
        raise invalid("enabled", "BOOLEAN_TYPE_CONVERT", "Must be either true or false.")
    return value


def _metadata(trigger_type: int, metadata: object) -> json.JSONObject:
    if not isinstance(metadata, dict):
        raise invalid("trigger_metadata", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")
    stored: json.JSONObject = {}
    for name, limit in _METADATA_LISTS.get(trigger_type, {}).items():
        stored[name] = _strings(metadata.get(name) or [], f"trigger_metadata.{name}", limit)
    if trigger_type == KEYWORD_PRESET:
        stored["presets"] = _presets(metadata.get("presets") or [])
    if trigger_type == MENTION_SPAM:
        path = "trigger_metadata.mention_total_limit"
        stored["mention_total_limit"] = int_in_range(
            path, metadata.get("mention_total_limit", 0), low=0, high=_MAX_MENTIONS
        )
        stored["mention_raid_protection_enabled"] = metadata.get("mention_raid_protection_enabled") is True
    return stored


def _strings(values: object, path: str, limit: _ListLimit) -> list[str]:
    if not isinstance(values, list):
        raise invalid(path, "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType")
    if len(values) > limit.items:
        raise too_long(path, limit.items)
    for index, value in enumerate(values):
        if not isinstance(value, str) or not value:
            raise invalid(f"{path}.{index}", "BASE_TYPE_REQUIRED", "This field is required")
        if len(value) > limit.characters:
            raise too_long(f"{path}.{index}", limit.characters)
    return list(values)


def _presets(values: object) -> list[int]:
    if not isinstance(values, list):
        raise invalid(
            "trigger_metadata.presets", "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType"
        )
    for index, value in enumerate(values):
        if isinstance(value, bool) or value not in _PRESETS:
            message = f'Value "{value}" is not a valid enum value.'
            raise invalid(f"trigger_metadata.presets.{index}", "ENUM_TYPE_COERCE", message)
    return [int(value) for value in dict.fromkeys(values)]


def _actions(
    ctx: RequestContext, guild: GuildRecord, trigger_type: int, actions: object
) -> list[json.JSONObject]:
    if actions is None:
        raise invalid("actions", "BASE_TYPE_REQUIRED", "This field is required")
    if not isinstance(actions, list) or not all(isinstance(action, dict) for action in actions):
        raise invalid("actions", "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType")
    return [_action(ctx, guild, trigger_type, action, f"actions.{i}") for i, action in enumerate(actions)]


def _action(
    ctx: RequestContext, guild: GuildRecord, trigger_type: int, action: json.JSONObject, path: str
) -> json.JSONObject:
    kind = _enum(action, "type", (BLOCK_MESSAGE, SEND_ALERT_MESSAGE, TIMEOUT, BLOCK_MEMBER_INTERACTION))
    metadata = action.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise invalid(f"{path}.metadata", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")
    if kind == BLOCK_MESSAGE:
        return {"type": kind, "metadata": {"custom_message": _custom_message(metadata, path)}}
    if kind == SEND_ALERT_MESSAGE:
        return {"type": kind, "metadata": {"channel_id": _alert_channel(ctx, guild, metadata, path)}}
    if kind == TIMEOUT:
        return {
            "type": kind,
            "metadata": {"duration_seconds": _timeout(ctx, guild, trigger_type, metadata, path)},
        }
    return {"type": kind, "metadata": {}}


def _custom_message(metadata: json.JSONObject, path: str) -> str:
    message = metadata.get("custom_message") or ""
    if not isinstance(message, str) or len(message) > _MAX_MESSAGE:
        raise too_long(f"{path}.metadata.custom_message", _MAX_MESSAGE)
    return message


def _alert_channel(ctx: RequestContext, guild: GuildRecord, metadata: json.JSONObject, path: str) -> str:
    channel_id = str(metadata.get("channel_id"))
    channel = ctx.state.world.channels.get(channel_id)
    if channel is None or channel.get("guild_id") != guild.id:
        raise invalid(f"{path}.metadata.channel_id", "CHANNEL_TYPE_INVALID", "Invalid channel")
    return channel_id


def _timeout(
    ctx: RequestContext, guild: GuildRecord, trigger_type: int, metadata: json.JSONObject, path: str
) -> int:
    if trigger_type not in _TIMEOUT_TRIGGERS:
        raise invalid(
            f"{path}.type",
            "AUTO_MODERATION_INVALID_ACTION",
            "Timeouts are for KEYWORD and MENTION_SPAM rules",
        )
    require(ctx.state.world, guild, actor(ctx), Permissions.MODERATE_MEMBERS)
    seconds = metadata.get("duration_seconds")
    return int_in_range(f"{path}.metadata.duration_seconds", seconds, low=0, high=_MAX_TIMEOUT)


def _exemptions(
    ctx: RequestContext, guild: GuildRecord
) -> list[tuple[str, int, typing.Callable[[str], bool]]]:
    """Each exemption list's field, limit, and what its IDs must name: a role or channel of the guild."""
    channels = ctx.state.world.channels

    def guild_channel(channel_id: str) -> bool:
        return channel_id in channels and channels[channel_id].get("guild_id") == guild.id

    return [
        ("exempt_roles", _MAX_EXEMPT_ROLES, guild.roles.__contains__),
        ("exempt_channels", _MAX_EXEMPT_CHANNELS, guild_channel),
    ]


def _ids(values: object, path: str, limit: int, known: typing.Callable[[str], bool]) -> list[str]:
    if not isinstance(values, list):
        raise invalid(path, "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType")
    if len(values) > limit:
        raise too_long(path, limit)
    for index, value in enumerate(values):
        if not str(value).isdigit() or not known(str(value)):
            raise invalid(f"{path}.{index}", "NUMBER_TYPE_COERCE", f'Value "{value}" is not snowflake.')
    return [str(value) for value in values]
