"""Channel routes over the guild world: get, create, modify, delete and reposition channels, their
permission overwrites, and a voice channel's status.

Each checks what Discord's docs say it checks (`resources/channel.mdx` "Get Channel" to "Delete
Channel Permission", `resources/guild.mdx` "Create Guild Channel", "Modify Guild Channel
Positions"): a guild channel the bot cannot view is 50001 (Missing Access); MANAGE_CHANNELS to
create, change, delete or move channels; MANAGE_ROLES to touch overwrites, which may only allow
or deny what the bot itself has (50013); a parent must be a category of the same guild; names,
topics, bitrates, user limits and slow mode in Discord's ranges (50035 with the field's path).
Unknown channels are 10003, unknown overwrites 10009. Field error codes Discord does not document
are the emulator's best match (`BASE_TYPE_BAD_LENGTH`, `NUMBER_TYPE_MIN`...).
"""

from __future__ import annotations

__all__ = ["ROUTES"]

import typing

from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.emulator import payloads
from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator.field_checks import check_length
from hikari_like.testing.emulator.field_checks import check_range
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.guild_world import GuildRecord
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import channel_permissions
from hikari_like.testing.emulator.permissions import guild_permissions
from hikari_like.testing.emulator.permissions import missing_access
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.permissions import require_grantable
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec

_TEXT, _DM, _VOICE, _GROUP_DM, _CATEGORY, _NEWS, _STAGE, _FORUM, _MEDIA = 0, 1, 2, 3, 4, 5, 13, 15, 16
_CREATABLE: typing.Final = frozenset({_TEXT, _VOICE, _CATEGORY, _NEWS, _STAGE, _FORUM, _MEDIA})
_THREADS: typing.Final = frozenset({10, 11, 12})
_THREAD_ONLY: typing.Final = frozenset({_FORUM, _MEDIA})
_MAX_SLOW_MODE: typing.Final = 21600
_MAX_STATUS: typing.Final = 500
# Settings stored as given, once checked (Discord's field names).
_PLAIN_FIELDS: typing.Final = (
    "name", "position", "topic", "nsfw", "rate_limit_per_user", "bitrate", "user_limit", "rtc_region",
    "video_quality_mode", "parent_id", "default_auto_archive_duration", "flags",
    "default_reaction_emoji", "default_thread_rate_limit_per_user", "default_sort_order",
    "default_forum_layout", "applied_tags",
)  # fmt: skip
_THREAD_FIELDS: typing.Final = ("archived", "locked", "invitable", "auto_archive_duration")


# -- reading and the checks every route shares -------------------------------------------------------


def _channel(ctx: RequestContext) -> json.JSONObject:
    """The path's channel (10003); a guild channel only for a member who can view it (50001)."""
    channel = ctx.state.channel(ctx.params["channel"], permissive=ctx.options.permissive)
    guild = _guild_of_channel(ctx, channel)
    if guild is not None and not channel_permissions(ctx.state.world, guild, actor(ctx), channel):
        raise missing_access()
    return channel


def _guild_of_channel(ctx: RequestContext, channel: json.JSONObject) -> GuildRecord | None:
    """The channel's guild, when the world knows it (channels seeded without one are unchecked)."""
    guild_id = channel.get("guild_id")
    if guild_id is None or str(guild_id) not in ctx.state.world.guilds:
        return None
    return guild_of(ctx, str(guild_id))


def _guild_channel(ctx: RequestContext) -> tuple[GuildRecord, json.JSONObject]:
    """The path's channel and its guild; a DM here is 50003, as on Discord."""
    channel = _channel(ctx)
    guild = _guild_of_channel(ctx, channel)
    if guild is None:
        raise DiscordError(403, "Cannot execute action on a DM channel", 50003)
    return guild, channel


def _require_manage(ctx: RequestContext, guild: GuildRecord, channel: json.JSONObject) -> None:
    """MANAGE_CHANNELS in the channel, or MANAGE_THREADS for a thread."""
    needed = Permissions.MANAGE_THREADS if channel["type"] in _THREADS else Permissions.MANAGE_CHANNELS
    require(ctx.state.world, guild, actor(ctx), needed, channel)


# -- validation of channel settings ----------------------------------------------------------------


def _check_settings(ctx: RequestContext, guild: GuildRecord, body: json.JSONObject, kind: int) -> None:
    """Discord's ranges for the fields given (resources/channel.mdx, "Modify Channel")."""
    check_length(body, "name", 1, 100)
    check_length(body, "topic", 0, 4096 if kind in _THREAD_ONLY else 1024)
    check_range(body, "rate_limit_per_user", 0, _MAX_SLOW_MODE)
    check_range(body, "default_thread_rate_limit_per_user", 0, _MAX_SLOW_MODE)
    check_range(body, "bitrate", 8000, 64000 if kind == _STAGE else 96000)
    check_range(body, "user_limit", 0, 10000 if kind == _STAGE else 99)
    if body.get("parent_id") is not None:
        if kind == _CATEGORY:
            raise invalid("parent_id", "CHANNEL_PARENT_INVALID", "A category cannot have a parent.")
        _category(ctx, guild, body["parent_id"], "parent_id")


def _category(ctx: RequestContext, guild: GuildRecord, channel_id: object, path: str) -> json.JSONObject:
    """The category a channel moves into: it must be one of this guild's (50035 at `path`)."""
    found = ctx.state.world.channels.get(str(channel_id))
    if found is None or found.get("guild_id") != guild.id or found["type"] != _CATEGORY:
        raise invalid(path, "CHANNEL_PARENT_INVALID", "Parent must be a category of this guild.")
    return found


def _overwrites(ctx: RequestContext, guild: GuildRecord, given: object) -> list[json.JSONObject]:
    """Overwrites in Discord's stored shape; each may only allow or deny what the bot has."""
    if not isinstance(given, list):
        raise invalid("permission_overwrites", "BASE_TYPE_ARRAY", "Must be an array.")
    stored = []
    for index, overwrite in enumerate(given):
        if not isinstance(overwrite, dict) or overwrite.get("type") not in (0, 1):
            raise invalid(f"permission_overwrites.{index}.type", "BASE_TYPE_CHOICES", "Value must be 0 or 1.")
        entry = payloads.overwrite_payload(
            str(overwrite["id"]),
            type=int(overwrite["type"]),
            allow=int(overwrite.get("allow") or 0),
            deny=int(overwrite.get("deny") or 0),
        )
        require_grantable(guild, actor(ctx), int(entry["allow"]) | int(entry["deny"]))
        stored.append(entry)
    return stored


def _apply(ctx: RequestContext, guild: GuildRecord, channel: json.JSONObject, body: json.JSONObject) -> None:
    """Store the settings given (already checked) on the channel."""
    for name in _PLAIN_FIELDS:
        if name in body:
            channel[name] = body[name]
    if "permission_overwrites" in body:
        channel["permission_overwrites"] = _overwrites(ctx, guild, body["permission_overwrites"])
    if "available_tags" in body:
        channel["available_tags"] = [_tag(ctx, tag) for tag in body["available_tags"] or ()]
    if channel["type"] in _THREADS:
        metadata = channel.setdefault("thread_metadata", {})
        metadata.update({name: body[name] for name in _THREAD_FIELDS if name in body})


def _tag(ctx: RequestContext, tag: json.JSONObject) -> json.JSONObject:
    """A forum tag as stored: a new one gets an ID."""
    return {
        "id": str(tag.get("id") or ctx.state.ids()),
        "name": tag.get("name", ""),
        "moderated": bool(tag.get("moderated")),
        "emoji_id": tag.get("emoji_id"),
        "emoji_name": tag.get("emoji_name"),
    }


# -- handlers -------------------------------------------------------------------------------------------


async def get_channel(ctx: RequestContext) -> web.Response:
    return json_response(_channel(ctx))


async def create_channel(ctx: RequestContext) -> web.Response:
    """`POST /guilds/{guild}/channels`: only `name` is required; `type` defaults to text."""
    guild, body = guild_of(ctx), validation.require_object(ctx.body.json)
    me = actor(ctx)
    require(ctx.state.world, guild, me, Permissions.MANAGE_CHANNELS)
    kind = body.get("type") or _TEXT
    if kind not in _CREATABLE:
        raise invalid("type", "BASE_TYPE_CHOICES", f"Value must be one of {sorted(_CREATABLE)}.")
    if not body.get("name"):
        raise invalid("name", "BASE_TYPE_REQUIRED", "This field is required")
    _check_settings(ctx, guild, body, kind)
    if body.get("permission_overwrites") and not _sets_manage_roles_allowed(guild, me, body):
        # "Setting MANAGE_ROLES permission in channels is only possible for guild administrators."
        raise DiscordError(403, "Missing Permissions", 50013)
    channel = ctx.state.world.add_channel(
        guild, body["name"], channel_type=kind, position=body.get("position")
    )
    _apply(ctx, guild, channel, body)
    return json_response(channel, status=201)


def _sets_manage_roles_allowed(guild: GuildRecord, me: str, body: json.JSONObject) -> bool:
    manage_roles = int(Permissions.MANAGE_ROLES)
    touches = any(
        int((overwrite or {}).get(side) or 0) & manage_roles
        for overwrite in body["permission_overwrites"]
        if isinstance(overwrite, dict)
        for side in ("allow", "deny")
    )
    return not touches or bool(guild_permissions(guild, me) & Permissions.ADMINISTRATOR)


async def modify_channel(ctx: RequestContext) -> web.Response:
    """`PATCH /channels/{channel}`: a group DM takes `name` and `icon`; guild channels their settings."""
    channel, body = _channel(ctx), validation.require_object(ctx.body.json)
    guild = _guild_of_channel(ctx, channel)
    if guild is None:
        return json_response(_modify_private(channel, body))
    _require_manage(ctx, guild, channel)
    if "permission_overwrites" in body:
        require(ctx.state.world, guild, actor(ctx), Permissions.MANAGE_ROLES, channel)
    _check_settings(ctx, guild, body, channel["type"])
    _apply(ctx, guild, channel, body)
    return json_response(channel)


def _modify_private(channel: json.JSONObject, body: json.JSONObject) -> json.JSONObject:
    if channel["type"] != _GROUP_DM:
        raise DiscordError(403, "Cannot execute action on a DM channel", 50003)
    check_length(body, "name", 1, 100)
    channel.update({name: body[name] for name in ("name", "icon") if name in body})
    return channel


async def delete_channel(ctx: RequestContext) -> web.Response:
    """A category's channels stay, without a parent; a DM is closed (it stays in the table)."""
    channel = _channel(ctx)
    guild = _guild_of_channel(ctx, channel)
    if guild is None:
        return json_response(channel)
    _require_manage(ctx, guild, channel)
    world = ctx.state.world
    del world.channels[channel["id"]]
    for child in world.channels.values():
        if child.get("parent_id") == channel["id"]:
            child["parent_id"] = None
    return json_response(channel)


async def reposition_channels(ctx: RequestContext) -> web.Response:
    """`PATCH /guilds/{guild}/channels`: a list of `{id, position, lock_permissions, parent_id}`."""
    guild = guild_of(ctx)
    require(ctx.state.world, guild, actor(ctx), Permissions.MANAGE_CHANNELS)
    entries = ctx.body.json
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise invalid("_", "BASE_TYPE_ARRAY", "Must be an array of objects.")
    moving = [(ctx.state.world.guild_channel(guild, str(entry["id"])), entry) for entry in entries]
    if sum(1 for _, entry in moving if "parent_id" in entry) > 1:
        raise DiscordError(400, "Only one channel can have a parent_id modified at a time", 40009)
    for index, (channel, entry) in enumerate(moving):
        _move(ctx, guild, channel, entry, index)
    return empty_response()


def _move(
    ctx: RequestContext, guild: GuildRecord, channel: json.JSONObject, entry: json.JSONObject, index: int
) -> None:
    if entry.get("position") is not None:
        check_range(entry, "position", 0, 1 << 31)
        channel["position"] = entry["position"]
    if "parent_id" not in entry:
        return
    parent = entry["parent_id"]
    if parent is not None:
        category = _category(ctx, guild, parent, f"{index}.parent_id")
        if entry.get("lock_permissions") is True:
            channel["permission_overwrites"] = [dict(o) for o in category.get("permission_overwrites") or ()]
    channel["parent_id"] = None if parent is None else str(parent)


async def edit_overwrite(ctx: RequestContext) -> web.Response:
    """`PUT /channels/{channel}/permissions/{overwrite}`: `type` is required, `allow`/`deny` default to 0."""
    guild, channel = _guild_channel(ctx)
    body = validation.require_object(ctx.body.json)
    require(ctx.state.world, guild, actor(ctx), Permissions.MANAGE_ROLES, channel)
    [entry] = _overwrites(ctx, guild, [{**body, "id": ctx.params["overwrite"]}])
    others = [o for o in channel.get("permission_overwrites") or () if o["id"] != entry["id"]]
    channel["permission_overwrites"] = [*others, entry]
    return empty_response()


async def delete_overwrite(ctx: RequestContext) -> web.Response:
    guild, channel = _guild_channel(ctx)
    require(ctx.state.world, guild, actor(ctx), Permissions.MANAGE_ROLES, channel)
    target = ctx.params["overwrite"]
    present = channel.get("permission_overwrites") or []
    kept = [o for o in present if o["id"] != target]
    if len(kept) == len(present):
        raise DiscordError.unknown("Overwrite", 10009)
    channel["permission_overwrites"] = kept
    return empty_response()


async def set_voice_status(ctx: RequestContext) -> web.Response:
    """SET_VOICE_CHANNEL_STATUS, and MANAGE_CHANNELS (the emulated bot is never connected to voice)."""
    guild, channel = _guild_channel(ctx)
    if channel["type"] != _VOICE:
        raise DiscordError(400, "Cannot execute action on this channel type", 50024)
    needed = Permissions.SET_VOICE_CHANNEL_STATUS | Permissions.MANAGE_CHANNELS
    require(ctx.state.world, guild, actor(ctx), needed, channel)
    body = validation.require_object(ctx.body.json)
    check_length(body, "status", 0, _MAX_STATUS)
    channel["status"] = body.get("status")
    return empty_response()


_CHANNEL: typing.Final = "/channels/{channel}"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template=_CHANNEL, handler=get_channel),
    RouteSpec(method="PATCH", template=_CHANNEL, handler=modify_channel),
    RouteSpec(method="DELETE", template=_CHANNEL, handler=delete_channel),
    RouteSpec(method="PUT", template=_CHANNEL + "/permissions/{overwrite}", handler=edit_overwrite),
    RouteSpec(method="DELETE", template=_CHANNEL + "/permissions/{overwrite}", handler=delete_overwrite),
    RouteSpec(method="PUT", template=_CHANNEL + "/voice-status", handler=set_voice_status),
    RouteSpec(method="POST", template="/guilds/{guild}/channels", handler=create_channel),
    RouteSpec(method="PATCH", template="/guilds/{guild}/channels", handler=reposition_channels),
)
