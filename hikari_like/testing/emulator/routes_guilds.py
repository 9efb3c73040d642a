"""Read routes over the guild world: guilds, channels, roles, members, bans and invites; and the
guild routes without a body: the bot's guilds, leaving and deleting a guild, previews, voice
regions, the vanity URL and integrations.

Each checks what Discord checks: the guild exists (10004) and the bot is in it (50001), the
permission the endpoint documents (50013), and the query parameters' ranges (50035). Guild routes
are keyed by `{guild}`, so their rate-limit buckets are per guild, as Discord's major parameter.
Deleting needs ownership (50013 otherwise); an owner cannot leave (50055, "Invalid Guild").
Routes with a body (editing a guild, its settings, templates, prune) are in
`routes_guild_settings.py`.
"""

from __future__ import annotations

__all__ = ["ROUTES"]

import collections.abc
import typing

from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.emulator.field_checks import query_bool
from hikari_like.testing.emulator.field_checks import query_int
from hikari_like.testing.emulator.field_checks import query_snowflake
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import guild_channel_of
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.guild_world import GuildRecord
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import missing_permissions
from hikari_like.testing.emulator.permissions import permissions_in
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec

_V = typing.TypeVar("_V")


async def get_guild(ctx: RequestContext) -> web.Response:
    guild = guild_of(ctx)
    payload = guild.payload()
    if query_bool(ctx, "with_counts"):
        # Every emulated member counts as online: there are no presences to say otherwise.
        payload["approximate_member_count"] = payload["approximate_presence_count"] = len(guild.members)
    return json_response(payload)


async def get_guild_channels(ctx: RequestContext) -> web.Response:
    return json_response(ctx.state.world.channels_of(guild_of(ctx)))


async def get_roles(ctx: RequestContext) -> web.Response:
    return json_response(guild_of(ctx).sorted_roles())


async def get_role(ctx: RequestContext) -> web.Response:
    return json_response(guild_of(ctx).role(ctx.params["role"]))


async def get_member(ctx: RequestContext) -> web.Response:
    guild = guild_of(ctx)
    ctx.state.world.user(ctx.params["user"])  # a user that does not exist at all: 10013
    return json_response(guild.member(ctx.params["user"]))


async def list_members(ctx: RequestContext) -> web.Response:
    """Members by ascending user id, `limit` (1-1000, default 1) of them after the id `after`."""
    guild = guild_of(ctx)
    limit = query_int(ctx, "limit", default=1, low=1, high=1000)
    after = query_snowflake(ctx, "after")
    return json_response(_page(guild.members, limit=limit, after=after, before=None))


async def list_bans(ctx: RequestContext) -> web.Response:
    """Bans by ascending user id; `before` wins over `after` when both are given (Discord's docs)."""
    guild = guild_of(ctx)
    require(ctx.state.world, guild, actor(ctx), Permissions.BAN_MEMBERS)
    limit = query_int(ctx, "limit", default=1000, low=1, high=1000)
    before = query_snowflake(ctx, "before")
    after = None if before is not None else query_snowflake(ctx, "after")
    return json_response(_page(guild.bans, limit=limit, after=after, before=before))


async def get_ban(ctx: RequestContext) -> web.Response:
    guild = guild_of(ctx)
    require(ctx.state.world, guild, actor(ctx), Permissions.BAN_MEMBERS)
    return json_response(guild.ban(ctx.params["user"]))


async def get_invite(ctx: RequestContext) -> web.Response:
    """Anyone with the code may look: no membership or permission needed. With
    `guild_scheduled_event_id` naming an event of the invite's guild, the event is shown too."""
    world = ctx.state.world
    stored = world.invite(ctx.params["invite"])
    payload = world.invite_payload(stored, with_counts=query_bool(ctx, "with_counts"))
    event = _invite_event(ctx, stored)
    if event is not None:
        payload["guild_scheduled_event"] = event
    return json_response(payload)


def _invite_event(ctx: RequestContext, stored: json.JSONObject) -> json.JSONObject | None:
    event_id = query_snowflake(ctx, "guild_scheduled_event_id")
    guild = ctx.state.world.guilds.get(str(stored.get("guild_id")))
    if event_id is None or guild is None:
        return None
    return guild.scheduled_events.get(str(event_id))


async def list_guild_invites(ctx: RequestContext) -> web.Response:
    """Needs MANAGE_GUILD or VIEW_AUDIT_LOG; only MANAGE_GUILD shows the invites' metadata."""
    guild = guild_of(ctx)
    granted = permissions_in(ctx.state.world, guild, actor(ctx))
    if not granted & (Permissions.MANAGE_GUILD | Permissions.VIEW_AUDIT_LOG):
        raise missing_permissions()
    metadata = bool(granted & Permissions.MANAGE_GUILD)
    return json_response(_invites(ctx, lambda stored: stored["guild_id"] == guild.id, metadata=metadata))


async def list_channel_invites(ctx: RequestContext) -> web.Response:
    """A guild channel's invites, with metadata; needs MANAGE_CHANNELS in the channel."""
    guild, channel = guild_channel_of(ctx)
    require(ctx.state.world, guild, actor(ctx), Permissions.MANAGE_CHANNELS, channel)
    return json_response(_invites(ctx, lambda stored: stored["channel_id"] == channel["id"], metadata=True))


async def list_my_guilds(ctx: RequestContext) -> web.Response:
    """The bot's guilds by ascending id, `limit` (1-200, default 200) of them after `after`, or the
    last ones before `before` (which wins when both are given)."""
    world, me = ctx.state.world, actor(ctx)
    limit = query_int(ctx, "limit", default=200, low=1, high=200)
    before = query_snowflake(ctx, "before")
    after = None if before is not None else query_snowflake(ctx, "after")
    mine = {guild.id: guild for guild in world.guilds.values() if me in guild.members}
    with_counts = query_bool(ctx, "with_counts")
    chosen = _page(mine, limit=limit, after=after, before=before)
    return json_response([_own_guild(ctx, guild, with_counts=with_counts) for guild in chosen])


def _own_guild(ctx: RequestContext, guild: GuildRecord, *, with_counts: bool) -> json.JSONObject:
    """A partial guild as `GET /users/@me/guilds` lists it (user.mdx's example)."""
    me, fields = actor(ctx), guild.fields
    payload: json.JSONObject = {
        "id": guild.id,
        "name": fields["name"],
        "icon": fields.get("icon"),
        "banner": fields.get("banner"),
        "owner": guild.owner_id == me,
        "permissions": str(int(permissions_in(ctx.state.world, guild, me))),
        "features": list(fields.get("features") or ()),
    }
    if with_counts:
        payload["approximate_member_count"] = payload["approximate_presence_count"] = len(guild.members)
    return payload


async def leave_guild(ctx: RequestContext) -> web.Response:
    guild = guild_of(ctx)
    if guild.owner_id == actor(ctx):
        raise DiscordError(400, "Invalid Guild", 50055)
    del guild.members[actor(ctx)]
    return empty_response()


async def delete_guild(ctx: RequestContext) -> web.Response:
    """Only the owner may; the guild's channels, their messages and its invites and templates go too."""
    world, guild = ctx.state.world, guild_of(ctx)
    if guild.owner_id != actor(ctx):
        raise missing_permissions()
    for channel in [c for c in world.channels.values() if c.get("guild_id") == guild.id]:
        del world.channels[channel["id"]]
    world.invites = {code: i for code, i in world.invites.items() if i.get("guild_id") != guild.id}
    world.templates = {code: t for code, t in world.templates.items() if t["source_guild_id"] != guild.id}
    del world.guilds[guild.id]
    return empty_response()


async def get_guild_preview(ctx: RequestContext) -> web.Response:
    """A guild the bot is not in shows its preview only when discoverable (else 10004)."""
    guild = ctx.state.world.guild(ctx.params["guild"])
    features = guild.fields.get("features") or ()
    if actor(ctx) not in guild.members and "DISCOVERABLE" not in features:
        raise DiscordError.unknown("Guild", 10004)
    keys = ("id", "name", "icon", "splash", "discovery_splash", "features", "description")
    preview = {key: guild.fields.get(key) for key in keys}
    count = len(guild.members)
    preview.update(emojis=[], stickers=[], approximate_member_count=count, approximate_presence_count=count)
    return json_response(preview)


async def get_voice_regions(ctx: RequestContext) -> web.Response:
    return json_response(VOICE_REGIONS)


async def get_guild_voice_regions(ctx: RequestContext) -> web.Response:
    guild_of(ctx)
    return json_response(VOICE_REGIONS)


async def get_vanity_url(ctx: RequestContext) -> web.Response:
    """The guild's `vanity_url_code` (`None` when unset); every use is through other guilds' bots,
    so the emulator counts none."""
    guild = guild_of(ctx)
    require(ctx.state.world, guild, actor(ctx), Permissions.MANAGE_GUILD)
    return json_response({"code": guild.fields.get("vanity_url_code"), "uses": 0})


async def get_integrations(ctx: RequestContext) -> web.Response:
    """Up to 50 integrations, as Discord documents; seed them in `GuildRecord.integrations`."""
    guild = guild_of(ctx)
    require(ctx.state.world, guild, actor(ctx), Permissions.MANAGE_GUILD)
    return json_response(list(guild.integrations.values())[:50])


def _invites(
    ctx: RequestContext, wanted: typing.Callable[[json.JSONObject], bool], *, metadata: bool
) -> list[json.JSONObject]:
    world = ctx.state.world
    return [world.invite_payload(s, metadata=metadata) for s in world.invites.values() if wanted(s)]


def _page(
    by_id: collections.abc.Mapping[str, _V],
    *,
    limit: int,
    after: int | None,
    before: int | None,
) -> list[_V]:
    """Discord's id pagination (users, guilds): ascending ids; after `after`, or the `limit` just
    before `before`."""
    ids = sorted(int(key) for key in by_id)
    if before is not None:
        chosen = [i for i in ids if i < before][-limit:]
    else:
        chosen = [i for i in ids if i > (after or 0)][:limit]
    return [by_id[str(i)] for i in chosen]


def _region(region_id: str, name: str, *, optimal: bool = False) -> json.JSONObject:
    return {"id": region_id, "name": name, "optimal": optimal, "deprecated": False, "custom": False}


VOICE_REGIONS: typing.Final = (
    _region("us-west", "US West", optimal=True),
    _region("us-east", "US East"),
    _region("rotterdam", "Rotterdam"),
    _region("japan", "Japan"),
)
"""The voice regions the emulator offers (voice.mdx's voice region objects)."""

_GUILD: typing.Final = "/guilds/{guild}"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template=_GUILD, handler=get_guild),
    RouteSpec(method="GET", template=_GUILD + "/channels", handler=get_guild_channels),
    RouteSpec(method="GET", template=_GUILD + "/roles", handler=get_roles),
    RouteSpec(method="GET", template=_GUILD + "/roles/{role}", handler=get_role),
    RouteSpec(method="GET", template=_GUILD + "/members", handler=list_members),
    RouteSpec(method="GET", template=_GUILD + "/members/{user}", handler=get_member),
    RouteSpec(method="GET", template=_GUILD + "/bans", handler=list_bans),
    RouteSpec(method="GET", template=_GUILD + "/bans/{user}", handler=get_ban),
    RouteSpec(method="GET", template=_GUILD + "/invites", handler=list_guild_invites),
    RouteSpec(method="GET", template="/channels/{channel}/invites", handler=list_channel_invites),
    RouteSpec(method="GET", template="/invites/{invite}", handler=get_invite),
    RouteSpec(method="DELETE", template=_GUILD, handler=delete_guild),
    RouteSpec(method="GET", template=_GUILD + "/preview", handler=get_guild_preview),
    RouteSpec(method="GET", template=_GUILD + "/regions", handler=get_guild_voice_regions),
    RouteSpec(method="GET", template=_GUILD + "/vanity-url", handler=get_vanity_url),
    RouteSpec(method="GET", template=_GUILD + "/integrations", handler=get_integrations),
    RouteSpec(method="GET", template="/users/@me/guilds", handler=list_my_guilds),
    RouteSpec(method="DELETE", template="/users/@me/guilds/{guild}", handler=leave_guild),
    RouteSpec(method="GET", template="/voice/regions", handler=get_voice_regions),
)
