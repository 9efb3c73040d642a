"""Guild routes with a body: editing a guild, its incident actions, prune, the widget, the welcome
screen, onboarding and templates.

Each checks what Discord's docs say it checks (`resources/guild.mdx` "Modify Guild", "Get Guild
Prune Count" to "Modify Guild Incident Actions"; `resources/guild-template.mdx`): MANAGE_GUILD for
all of them, KICK_MEMBERS too for prune and MANAGE_ROLES too for onboarding; ADMINISTRATOR to add or
remove the COMMUNITY feature; ownership to transfer ownership (50013); channels must be the
guild's (10003), a guild has at most one template (30031), unknown templates are 10057, and
enabling onboarding below its requirements (7 default channels, 5 of them open to @everyone) is
350000 (350001 once enabled). Ranges and lengths are 50035 with the field's path; field error
codes Discord does not document are the emulator's best match.

Two simplifications, both documented for tests: the emulator records no activity, so a member
counts as inactive for prune from the day they joined; and images are stored as a hash of the
data URI sent, so a test sees that an icon changed, not the picture.
"""

from __future__ import annotations

__all__ = ["ROUTES"]

import datetime
import secrets
import string
import typing

from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.emulator import payloads
from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator.field_checks import check_length
from hikari_like.testing.emulator.field_checks import check_range
from hikari_like.testing.emulator.field_checks import image_hash
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.field_checks import query_int
from hikari_like.testing.emulator.field_checks import too_long
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.guild_world import GuildRecord
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import missing_permissions
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec

_AFK_TIMEOUTS: typing.Final = (60, 300, 900, 1800, 3600)
_PLAIN_FIELDS: typing.Final = (
    "name",
    "verification_level",
    "default_message_notifications",
    "explicit_content_filter",
    "afk_timeout",
    "system_channel_flags",
    "preferred_locale",
    "description",
    "premium_progress_bar_enabled",
)
_CHANNEL_FIELDS: typing.Final = (
    "afk_channel_id",
    "system_channel_id",
    "rules_channel_id",
    "public_updates_channel_id",
    "safety_alerts_channel_id",
)
_IMAGES: typing.Final = ("icon", "splash", "discovery_splash", "banner")
_INCIDENT_ACTIONS: typing.Final = ("invites_disabled_until", "dms_disabled_until")
_MAX_INCIDENT_ACTION: typing.Final = datetime.timedelta(hours=24)
_WELCOME_ENABLED: typing.Final = "WELCOME_SCREEN_ENABLED"
_ONBOARDING_DEFAULT_CHANNELS: typing.Final = 7
_ONBOARDING_OPEN_CHANNELS: typing.Final = 5
_CODE_ALPHABET: typing.Final = string.ascii_letters + string.digits
_SNAPSHOT_FIELDS: typing.Final = (
    "name",
    "description",
    "verification_level",
    "default_message_notifications",
    "explicit_content_filter",
    "preferred_locale",
    "afk_timeout",
    "system_channel_flags",
)


def _managed_guild(ctx: RequestContext, *also: Permissions) -> GuildRecord:
    """The path's guild, after checking the bot has MANAGE_GUILD (and `also`) there."""
    guild = guild_of(ctx)
    needed = Permissions.MANAGE_GUILD
    for permission in also:
        needed |= permission
    require(ctx.state.world, guild, actor(ctx), needed)
    return guild


def _guild_channel_id(ctx: RequestContext, guild: GuildRecord, value: object) -> str | None:
    """`None` for null, else the id of one of the guild's channels (10003 for another)."""
    if value is None:
        return None
    return str(ctx.state.world.guild_channel(guild, str(value))["id"])


# -- the guild ------------------------------------------------------------------------------------


async def modify_guild(ctx: RequestContext) -> web.Response:
    guild = _managed_guild(ctx)
    body = validation.optional_object(ctx.body.json)
    _check_guild_fields(body)
    changes: json.JSONObject = {key: body[key] for key in _PLAIN_FIELDS if key in body}
    changes.update({key: _guild_channel_id(ctx, guild, body[key]) for key in _CHANNEL_FIELDS if key in body})
    changes.update({key: image_hash(key, body[key]) for key in _IMAGES if key in body})
    if "owner_id" in body:
        changes["owner_id"] = _new_owner(ctx, guild, body["owner_id"])
    if "features" in body:
        changes["features"] = _features(ctx, guild, body["features"])
    guild.fields.update(changes)
    return json_response(guild.payload())


def _check_guild_fields(body: json.JSONObject) -> None:
    check_length(body, "name", 2, 100)
    check_range(body, "verification_level", 0, 4)
    check_range(body, "default_message_notifications", 0, 1)
    check_range(body, "explicit_content_filter", 0, 2)
    check_length(body, "description", 0, 120)
    if "afk_timeout" in body and body["afk_timeout"] not in _AFK_TIMEOUTS:
        choices = ", ".join(map(str, _AFK_TIMEOUTS))
        raise invalid("afk_timeout", "BASE_TYPE_CHOICES", f"Value must be one of ({choices}).")


def _new_owner(ctx: RequestContext, guild: GuildRecord, value: object) -> str:
    """Only the owner may hand the guild over, and only to a member (10007 otherwise)."""
    if actor(ctx) != guild.owner_id:
        raise missing_permissions()
    return str(guild.member(str(value))["user"]["id"])


def _features(ctx: RequestContext, guild: GuildRecord, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        raise invalid("features", "BASE_TYPE_CHOICES", "Features must be a list of strings.")
    before = "COMMUNITY" in (guild.fields.get("features") or ())
    if ("COMMUNITY" in value) != before:  # "requires the ADMINISTRATOR permission"
        require(ctx.state.world, guild, actor(ctx), Permissions.ADMINISTRATOR)
    return list(dict.fromkeys(value))


async def modify_incident_actions(ctx: RequestContext) -> web.Response:
    """Each action is null (off) or a moment at most 24 hours ahead; a field left out is unchanged."""
    guild = _managed_guild(ctx)
    body = validation.optional_object(ctx.body.json)
    incidents = dict.fromkeys(("dm_spam_detected_at", "raid_detected_at"))
    incidents.update(guild.fields.get("incidents_data") or dict.fromkeys(_INCIDENT_ACTIONS))
    for key in _INCIDENT_ACTIONS:
        if key in body:
            incidents[key] = _incident_until(key, body[key])
    guild.fields["incidents_data"] = incidents
    return json_response(incidents)


def _incident_until(key: str, value: object) -> str | None:
    if value is None:
        return None
    try:
        until = datetime.datetime.fromisoformat(str(value))
    except ValueError:
        raise invalid(key, "DATE_TIME_TYPE_PARSE", f'Could not parse "{value}". Should be ISO8601.') from None
    if until.tzinfo is None:
        until = until.replace(tzinfo=datetime.UTC)
    if until - datetime.datetime.now(datetime.UTC) > _MAX_INCIDENT_ACTION:
        raise invalid(key, "BASE_TYPE_BAD_TIME", "Must be at most 24 hours in the future.")
    return payloads.iso_timestamp(until)


# -- prune ----------------------------------------------------------------------------------------


async def get_prune_count(ctx: RequestContext) -> web.Response:
    guild = _managed_guild(ctx, Permissions.KICK_MEMBERS)
    days = query_int(ctx, "days", default=7, low=1, high=30)
    include = {role for role in (ctx.query.get("include_roles") or "").split(",") if role}
    return json_response({"pruned": len(_prunable(guild, days, include))})


async def begin_prune(ctx: RequestContext) -> web.Response:
    guild = _managed_guild(ctx, Permissions.KICK_MEMBERS)
    body = validation.optional_object(ctx.body.json)
    check_range(body, "days", 1, 30)
    include = {str(role) for role in body.get("include_roles") or ()}
    pruned = _prunable(guild, int(body.get("days") or 7), include)
    for user_id in pruned:
        del guild.members[user_id]
    return json_response({"pruned": None if body.get("compute_prune_count") is False else len(pruned)})


def _prunable(guild: GuildRecord, days: int, include_roles: set[str]) -> list[str]:
    """Members (never the owner) inactive `days` — here: joined that long ago — whose roles are all
    among `include_roles` (none by default, so members with a role are kept)."""
    cutoff = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=days)
    return [
        user_id
        for user_id, member in guild.members.items()
        if user_id != guild.owner_id
        and set(member["roles"]) <= include_roles
        and datetime.datetime.fromisoformat(member["joined_at"]) <= cutoff
    ]


# -- widget and welcome screen ----------------------------------------------------------------------


def _widget(guild: GuildRecord) -> json.JSONObject:
    return {
        "enabled": bool(guild.fields.get("widget_enabled")),
        "channel_id": guild.fields.get("widget_channel_id"),
    }


async def get_widget_settings(ctx: RequestContext) -> web.Response:
    return json_response(_widget(_managed_guild(ctx)))


async def modify_widget(ctx: RequestContext) -> web.Response:
    guild = _managed_guild(ctx)
    body = validation.optional_object(ctx.body.json)
    if "enabled" in body:
        guild.fields["widget_enabled"] = body["enabled"] is True
    if "channel_id" in body:
        guild.fields["widget_channel_id"] = _guild_channel_id(ctx, guild, body["channel_id"])
    return json_response(_widget(guild))


def _welcome_screen(guild: GuildRecord) -> json.JSONObject:
    return guild.settings.setdefault("welcome_screen", {"description": None, "welcome_channels": []})


async def get_welcome_screen(ctx: RequestContext) -> web.Response:
    """Anyone in the guild sees an enabled welcome screen; a disabled one needs MANAGE_GUILD."""
    guild = guild_of(ctx)
    if _WELCOME_ENABLED not in (guild.fields.get("features") or ()):
        require(ctx.state.world, guild, actor(ctx), Permissions.MANAGE_GUILD)
    return json_response(_welcome_screen(guild))


async def modify_welcome_screen(ctx: RequestContext) -> web.Response:
    guild = _managed_guild(ctx)
    body = validation.optional_object(ctx.body.json)
    check_length(body, "description", 0, 140)
    screen = _welcome_screen(guild)
    if "description" in body:
        screen["description"] = body["description"]
    if body.get("welcome_channels") is not None:
        screen["welcome_channels"] = _welcome_channels(ctx, guild, body["welcome_channels"])
    if "enabled" in body:
        _set_feature(guild, _WELCOME_ENABLED, on=body["enabled"] is True)
    return json_response(screen)


def _welcome_channels(ctx: RequestContext, guild: GuildRecord, given: object) -> list[json.JSONObject]:
    if not isinstance(given, list) or len(given) > 5:
        raise too_long("welcome_channels", 5)
    keep = ("description", "emoji_id", "emoji_name")
    return [
        {
            "channel_id": _guild_channel_id(ctx, guild, item.get("channel_id")),
            **{k: item.get(k) for k in keep},
        }
        for item in map(validation.require_object, given)
    ]


def _set_feature(guild: GuildRecord, feature: str, *, on: bool) -> None:
    features = [name for name in guild.fields.get("features") or () if name != feature]
    guild.fields["features"] = [*features, feature] if on else features


# -- onboarding -------------------------------------------------------------------------------------


def _onboarding(guild: GuildRecord) -> json.JSONObject:
    default = {"guild_id": guild.id, "prompts": [], "default_channel_ids": [], "enabled": False, "mode": 0}
    return guild.settings.setdefault("onboarding", default)


async def get_onboarding(ctx: RequestContext) -> web.Response:
    return json_response(_onboarding(guild_of(ctx)))


async def modify_onboarding(ctx: RequestContext) -> web.Response:
    guild = _managed_guild(ctx, Permissions.MANAGE_ROLES)
    body = validation.optional_object(ctx.body.json)
    current = _onboarding(guild)
    updated = dict(current)
    if "default_channel_ids" in body:
        updated["default_channel_ids"] = [
            _guild_channel_id(ctx, guild, c) for c in body["default_channel_ids"]
        ]
    if "prompts" in body:
        known = {str(prompt["id"]) for prompt in current["prompts"]}
        updated["prompts"] = [_prompt(ctx, guild, prompt, known) for prompt in body["prompts"]]
    updated.update({key: body[key] for key in ("enabled", "mode") if key in body})
    if updated["enabled"] and not _meets_requirements(ctx, guild, updated):
        if current["enabled"]:
            raise DiscordError(400, "Cannot update onboarding while below requirements", 350001)
        raise DiscordError(400, "Cannot enable onboarding, requirements are not met", 350000)
    guild.settings["onboarding"] = updated
    return json_response(updated)


def _prompt(ctx: RequestContext, guild: GuildRecord, given: object, known: set[str]) -> json.JSONObject:
    """A prompt as stored: a new one (an id Discord never gave, such as hikari's index) gets a real id."""
    prompt = dict(validation.require_object(given))
    prompt["id"] = str(prompt.get("id")) if str(prompt.get("id")) in known else ctx.state.ids()
    prompt["options"] = [_option(ctx, guild, option) for option in prompt.get("options") or ()]
    for key, default in (("single_select", False), ("required", False), ("in_onboarding", True), ("type", 0)):
        prompt.setdefault(key, default)
    return prompt


def _option(ctx: RequestContext, guild: GuildRecord, given: object) -> json.JSONObject:
    option = dict(validation.require_object(given))
    option.setdefault("id", ctx.state.ids())
    option["role_ids"] = [guild.role(str(role))["id"] for role in option.get("role_ids") or ()]
    option["channel_ids"] = [_guild_channel_id(ctx, guild, c) for c in option.get("channel_ids") or ()]
    # Sent as `emoji_id`/`emoji_name`/`emoji_animated` ("must be used instead of the emoji object"),
    # shown back as the emoji object.
    emoji = {key: option.pop(f"emoji_{key}", None) for key in ("id", "name", "animated")}
    if emoji["id"] is not None or emoji["name"] is not None:
        option["emoji"] = {**emoji, "animated": emoji["animated"] is True}
    return option


def _meets_requirements(ctx: RequestContext, guild: GuildRecord, onboarding: json.JSONObject) -> bool:
    """Discord's constraint: 7 default channels, 5 of them where @everyone may send messages (the
    advanced mode, 1, also counts the channels prompts' options give)."""
    channels = set(onboarding["default_channel_ids"])
    if onboarding.get("mode") == 1:
        channels.update(c for p in onboarding["prompts"] for o in p["options"] for c in o["channel_ids"])
    world = ctx.state.world
    open_ones = [c for c in channels if _everyone_can_send(guild, world.channels[str(c)])]
    return len(channels) >= _ONBOARDING_DEFAULT_CHANNELS and len(open_ones) >= _ONBOARDING_OPEN_CHANNELS


def _everyone_can_send(guild: GuildRecord, channel: json.JSONObject) -> bool:
    allowed = Permissions(int(guild.everyone["permissions"]))
    for overwrite in channel.get("permission_overwrites") or ():
        if str(overwrite["id"]) == guild.id:
            allowed = (allowed & ~Permissions(int(overwrite["deny"]))) | Permissions(int(overwrite["allow"]))
    needed = Permissions.VIEW_CHANNEL | Permissions.SEND_MESSAGES
    return allowed & needed == needed


# -- templates --------------------------------------------------------------------------------------


def _stored_template(ctx: RequestContext, guild: GuildRecord | None = None) -> json.JSONObject:
    """The path's template (10057 if unknown, or not `guild`'s)."""
    stored = ctx.state.world.templates.get(ctx.params["template"])
    if stored is None or (guild is not None and stored["source_guild_id"] != guild.id):
        raise DiscordError.unknown("Guild Template", 10057)
    return stored


def _template_view(ctx: RequestContext, stored: json.JSONObject) -> json.JSONObject:
    """The template with `is_dirty`: whether its guild changed since the snapshot."""
    guild = ctx.state.world.guilds.get(str(stored["source_guild_id"]))
    dirty = guild is not None and _snapshot(ctx, guild) != stored["serialized_source_guild"]
    return {**stored, "is_dirty": dirty}


def _snapshot(ctx: RequestContext, guild: GuildRecord) -> json.JSONObject:
    """The guild as a template holds it; roles and channels get placeholder ids (0 is @everyone)."""
    fields = guild.fields
    keep = _SNAPSHOT_FIELDS
    role_ids = {role["id"]: index for index, role in enumerate(guild.sorted_roles())}
    channels = ctx.state.world.channels_of(guild)
    channel_ids = {channel["id"]: index + 1 for index, channel in enumerate(channels)}
    return {
        **{key: fields.get(key) for key in keep},
        "icon_hash": fields.get("icon"),
        "roles": [_template_role(role, role_ids) for role in guild.sorted_roles()],
        "channels": [_template_channel(channel, channel_ids, role_ids) for channel in channels],
        "afk_channel_id": channel_ids.get(fields.get("afk_channel_id")),
        "system_channel_id": channel_ids.get(fields.get("system_channel_id")),
    }


def _template_role(role: json.JSONObject, role_ids: dict[str, int]) -> json.JSONObject:
    keep = ("name", "permissions", "color", "hoist", "mentionable")
    return {"id": role_ids[role["id"]], **{key: role.get(key) for key in keep}}


def _template_channel(
    channel: json.JSONObject, channel_ids: dict[str, int], role_ids: dict[str, int]
) -> json.JSONObject:
    keep = ("name", "type", "position", "topic", "nsfw", "rate_limit_per_user", "bitrate", "user_limit")
    overwrites = [
        {**overwrite, "id": role_ids[str(overwrite["id"])]}
        for overwrite in channel.get("permission_overwrites") or ()
        if str(overwrite["id"]) in role_ids  # members' overwrites are not part of a template
    ]
    return {
        "id": channel_ids[channel["id"]],
        **{key: channel.get(key) for key in keep},
        "parent_id": channel_ids.get(str(channel.get("parent_id"))),
        "permission_overwrites": overwrites,
    }


async def get_template(ctx: RequestContext) -> web.Response:
    """Anyone with the code may look."""
    return json_response(_template_view(ctx, _stored_template(ctx)))


async def list_templates(ctx: RequestContext) -> web.Response:
    guild = _managed_guild(ctx)
    mine = [t for t in ctx.state.world.templates.values() if t["source_guild_id"] == guild.id]
    return json_response([_template_view(ctx, stored) for stored in mine])


async def create_template(ctx: RequestContext) -> web.Response:
    guild = _managed_guild(ctx)
    body = validation.optional_object(ctx.body.json)
    if not isinstance(body.get("name"), str):
        raise invalid("name", "BASE_TYPE_REQUIRED", "This field is required")
    _check_template_fields(body)
    if any(t["source_guild_id"] == guild.id for t in ctx.state.world.templates.values()):
        raise DiscordError(400, "Guild already has a template", 30031)
    now = payloads.iso_timestamp()
    creator = ctx.state.world.user(actor(ctx))
    stored: json.JSONObject = {
        "code": "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12)),
        "name": body["name"],
        "description": body.get("description"),
        "usage_count": 0,
        "creator_id": creator["id"],
        "creator": creator,
        "created_at": now,
        "updated_at": now,
        "source_guild_id": guild.id,
        "serialized_source_guild": _snapshot(ctx, guild),
    }
    ctx.state.world.templates[stored["code"]] = stored
    return json_response(_template_view(ctx, stored))


def _check_template_fields(body: json.JSONObject) -> None:
    check_length(body, "name", 1, 100)
    check_length(body, "description", 0, 120)


async def sync_template(ctx: RequestContext) -> web.Response:
    guild = _managed_guild(ctx)
    stored = _stored_template(ctx, guild)
    stored.update(serialized_source_guild=_snapshot(ctx, guild), updated_at=payloads.iso_timestamp())
    return json_response(_template_view(ctx, stored))


async def modify_template(ctx: RequestContext) -> web.Response:
    guild = _managed_guild(ctx)
    stored = _stored_template(ctx, guild)
    body = validation.optional_object(ctx.body.json)
    _check_template_fields(body)
    stored.update({key: body[key] for key in ("name", "description") if key in body})
    return json_response(_template_view(ctx, stored))


async def delete_template(ctx: RequestContext) -> web.Response:
    guild = _managed_guild(ctx)
    stored = _stored_template(ctx, guild)
    view = _template_view(ctx, stored)
    del ctx.state.world.templates[stored["code"]]
    return json_response(view)


_GUILD: typing.Final = "/guilds/{guild}"
_TEMPLATE: typing.Final = _GUILD + "/templates/{template}"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="PATCH", template=_GUILD, handler=modify_guild),
    RouteSpec(method="PUT", template=_GUILD + "/incident-actions", handler=modify_incident_actions),
    RouteSpec(method="GET", template=_GUILD + "/prune", handler=get_prune_count),
    RouteSpec(method="POST", template=_GUILD + "/prune", handler=begin_prune),
    RouteSpec(method="GET", template=_GUILD + "/widget", handler=get_widget_settings),
    RouteSpec(method="PATCH", template=_GUILD + "/widget", handler=modify_widget),
    RouteSpec(method="GET", template=_GUILD + "/welcome-screen", handler=get_welcome_screen),
    RouteSpec(method="PATCH", template=_GUILD + "/welcome-screen", handler=modify_welcome_screen),
    RouteSpec(method="GET", template=_GUILD + "/onboarding", handler=get_onboarding),
    RouteSpec(method="PUT", template=_GUILD + "/onboarding", handler=modify_onboarding),
    RouteSpec(method="GET", template="/guilds/templates/{template}", handler=get_template),
    RouteSpec(method="GET", template=_GUILD + "/templates", handler=list_templates),
    RouteSpec(method="POST", template=_GUILD + "/templates", handler=create_template),
    RouteSpec(method="PUT", template=_TEMPLATE, handler=sync_template),
    RouteSpec(method="PATCH", template=_TEMPLATE, handler=modify_template),
    RouteSpec(method="DELETE", template=_TEMPLATE, handler=delete_template),
)
