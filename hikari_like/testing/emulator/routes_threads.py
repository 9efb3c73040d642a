"""Threads, forum posts, thread members and the thread listings, checked as Discord checks them
(resources/channel.mdx "Start Thread from Message" to "List Joined Private Archived Threads",
resources/guild.mdx "List Active Guild Threads", topics/threads.mdx).

- Starting a thread: from a message (text -> public thread, announcement -> announcement
  thread; the thread has the message's ID, 160004 for a second one) or without one
  (CREATE_PUBLIC_THREADS, or CREATE_PRIVATE_THREADS for a private thread, text channels only);
  any other channel type is 50024. A forum or media post needs SEND_MESSAGES and a message
  (50035 at `message`, 50006 when it is empty), and only the forum's tags (50035 at
  `applied_tags.N`; 40067 without one when the forum has REQUIRE_TAG; a moderated tag needs
  MANAGE_THREADS). Names are 1-100 characters; archive durations 60, 1440, 4320 or 10080.
- Thread members: joining, adding, leaving and removing need an active thread (50083); adding
  needs SEND_MESSAGES_IN_THREADS (and MANAGE_THREADS in a private thread that is not
  invitable), removing MANAGE_THREADS or owning the private thread. A private thread is seen by
  its members and by moderators only (50001). A channel that is not a thread is 10003.
- Listings: archived threads newest first by `archive_timestamp` (`before` an ISO 8601
  timestamp), the joined private ones by ID (`before` an ID), with `has_more`; READ_MESSAGE_HISTORY
  (and MANAGE_THREADS for every private one). The active listing covers the guild.
"""

from __future__ import annotations

__all__ = ["ROUTES"]

import typing

from aiohttp import web

from hikari_like.internal import json
from hikari_like.testing.emulator import message_ops
from hikari_like.testing.emulator import thread_world
from hikari_like.testing.emulator.field_checks import bounded_int
from hikari_like.testing.emulator.field_checks import check_length
from hikari_like.testing.emulator.field_checks import int_in_range
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.field_checks import query_bool
from hikari_like.testing.emulator.field_checks import query_int
from hikari_like.testing.emulator.field_checks import query_snowflake
from hikari_like.testing.emulator.field_checks import query_timestamp
from hikari_like.testing.emulator.field_checks import too_long
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import can_see
from hikari_like.testing.emulator.guild_access import channel_access
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import missing_permissions
from hikari_like.testing.emulator.permissions import permissions_in
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RequestContext
from hikari_like.testing.emulator.routing import RouteSpec
from hikari_like.testing.emulator.validation import optional_object
from hikari_like.testing.emulator.validation import validate_message

if typing.TYPE_CHECKING:
    from hikari_like.testing.emulator.guild_world import GuildRecord

_TEXT, _NEWS = 0, 5
_THREAD_ONLY: typing.Final = frozenset({15, 16})
_NEWS_THREAD, _PUBLIC_THREAD, _PRIVATE_THREAD = 10, 11, 12
# Which thread type may start in which parent without a message.
_STARTABLE: typing.Final = frozenset(
    {(_TEXT, _PUBLIC_THREAD), (_TEXT, _PRIVATE_THREAD), (_NEWS, _NEWS_THREAD)}
)
_REQUIRE_TAG: typing.Final = 1 << 4
_MAX_TAGS: typing.Final = 5
_MAX_SLOW_MODE: typing.Final = 21600
_POST_FLAGS: typing.Final = 1 << 2 | 1 << 12  # a post's message may only suppress embeds or notifications
_MAX_FLAGS: typing.Final = (1 << 53) - 1
_PAGE_DEFAULT, _PAGE_MAX = 50, 100


# -- what every route checks ---------------------------------------------------------------------


def _wrong_channel_type() -> DiscordError:
    return DiscordError(400, "Cannot execute action on this channel type", 50024)


def _parent(ctx: RequestContext) -> tuple[GuildRecord, json.JSONObject]:
    """The path's channel, a guild channel the bot can see (10003, 50001; a DM is 50003)."""
    guild, channel = channel_access(ctx)
    if guild is None:
        raise DiscordError(403, "Cannot execute action on a DM channel", 50003)
    return guild, channel


def _can_moderate(ctx: RequestContext, guild: GuildRecord, channel: json.JSONObject) -> bool:
    return bool(permissions_in(ctx.state.world, guild, actor(ctx), channel) & Permissions.MANAGE_THREADS)


def _thread(ctx: RequestContext) -> tuple[GuildRecord, json.JSONObject]:
    """The path's thread: 10003 for a channel that is not one, 50001 for one the bot cannot see."""
    guild, channel = channel_access(ctx)
    if guild is None or channel.get("type") not in thread_world.THREAD_TYPES:
        raise DiscordError.unknown("Channel", 10003)
    return guild, channel  # `channel_access` answered 50001 for one the bot cannot see


def _active_thread(ctx: RequestContext) -> tuple[GuildRecord, json.JSONObject]:
    guild, thread = _thread(ctx)
    if thread["thread_metadata"].get("archived"):
        raise DiscordError(400, "Thread is archived", 50083)
    return guild, thread


# -- starting threads and posts ------------------------------------------------------------------


class _Settings(typing.NamedTuple):
    name: str
    auto_archive_duration: int
    rate_limit_per_user: int


def _settings(body: json.JSONObject) -> _Settings:
    """The name, archive duration and slow mode every new thread takes (50035 at the field)."""
    if not body.get("name"):
        raise invalid("name", "BASE_TYPE_REQUIRED", "This field is required")
    check_length(body, "name", 1, 100)
    duration = body.get("auto_archive_duration")
    if duration is None:
        duration = 1440
    if duration not in thread_world.ARCHIVE_DURATIONS or isinstance(duration, bool):
        choices = ", ".join(map(str, thread_world.ARCHIVE_DURATIONS))
        raise invalid("auto_archive_duration", "BASE_TYPE_CHOICES", f"Value must be one of ({choices}).")
    slow_mode = bounded_int(body, "rate_limit_per_user", low=0, high=_MAX_SLOW_MODE, default=0)
    return _Settings(str(body["name"]), int(duration), slow_mode)


def _new_thread(
    ctx: RequestContext, parent: json.JSONObject, settings: _Settings, **fields: typing.Any
) -> json.JSONObject:
    return thread_world.new_thread(
        ctx.state,
        parent,
        settings.name,
        owner_id=actor(ctx),
        auto_archive_duration=settings.auto_archive_duration,
        rate_limit_per_user=settings.rate_limit_per_user,
        **fields,
    )


def _created(ctx: RequestContext, thread: json.JSONObject, **extra: typing.Any) -> web.Response:
    return json_response({**thread_world.with_member(ctx.state, thread, actor(ctx)), **extra}, status=201)


async def start_message_thread(ctx: RequestContext) -> web.Response:
    """`POST /channels/{channel}/messages/{message}/threads`: the thread takes the message's ID."""
    guild, parent = _parent(ctx)
    if parent["type"] not in (_TEXT, _NEWS):
        raise _wrong_channel_type()
    require(ctx.state.world, guild, actor(ctx), Permissions.CREATE_PUBLIC_THREADS, parent)
    message = ctx.state.message(parent["id"], ctx.params["message"])
    if message["id"] in ctx.state.channels:
        raise DiscordError(400, "A thread has already been created for this message", 160004)
    settings = _settings(optional_object(ctx.body.json))
    kind = _NEWS_THREAD if parent["type"] == _NEWS else _PUBLIC_THREAD
    thread = _new_thread(ctx, parent, settings, thread_type=kind, thread_id=message["id"])
    # The same object: the message shows the thread as it is now, as Discord's does.
    message["thread"] = thread
    message["flags"] = int(message.get("flags") or 0) | thread_world.HAS_THREAD
    return _created(ctx, thread)


async def start_thread(ctx: RequestContext) -> web.Response:
    """`POST /channels/{channel}/threads`: a thread without a message, or a forum/media post."""
    guild, parent = _parent(ctx)
    body = optional_object(ctx.body.json)
    if parent["type"] in _THREAD_ONLY:
        return _forum_post(ctx, guild, parent, body)
    kind = body.get("type")
    kind = _PRIVATE_THREAD if kind is None else kind  # Discord's default, for old clients
    if kind not in thread_world.THREAD_TYPES or isinstance(kind, bool):
        raise invalid("type", "BASE_TYPE_CHOICES", "Value must be one of (10, 11, 12).")
    if (parent["type"], kind) not in _STARTABLE:
        raise _wrong_channel_type()
    needed = (
        Permissions.CREATE_PRIVATE_THREADS if kind == _PRIVATE_THREAD else Permissions.CREATE_PUBLIC_THREADS
    )
    require(ctx.state.world, guild, actor(ctx), needed, parent)
    settings = _settings(body)
    invitable = body.get("invitable", True)
    if not isinstance(invitable, bool):
        raise invalid("invitable", "BASE_TYPE_BOOLEAN", "Must be either true or false.")
    return _created(ctx, _new_thread(ctx, parent, settings, thread_type=kind, invitable=invitable))


def _forum_post(
    ctx: RequestContext, guild: GuildRecord, forum: json.JSONObject, body: json.JSONObject
) -> web.Response:
    """A post: a public thread whose first message has the thread's ID (not counted in
    `message_count`), answered as the thread with that `message`."""
    require(ctx.state.world, guild, actor(ctx), Permissions.SEND_MESSAGES, forum)
    message = body.get("message")
    if message is None:
        raise invalid("message", "BASE_TYPE_REQUIRED", "This field is required")
    if not isinstance(message, dict):
        raise invalid("message", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")
    settings = _settings(body)
    tags = _applied_tags(ctx, guild, forum, body)
    validate_message(message, has_files=bool(ctx.body.files), creating=True, prefix="message")
    thread = _new_thread(ctx, forum, settings, thread_type=_PUBLIC_THREAD, applied_tags=tags)
    flags = message.get("flags")
    flags = 0 if flags is None else int_in_range("message.flags", flags, low=0, high=_MAX_FLAGS)
    fields = {**message, "flags": flags & _POST_FLAGS}
    post = message_ops.new_message(
        ctx.state.ids, channel_id=thread["id"], author=ctx.state.bot_user, body=fields, files=ctx.body.files
    )
    post["id"] = thread["id"]
    ctx.state.store_message(post)
    return _created(ctx, thread, message=post)


def _applied_tags(
    ctx: RequestContext, guild: GuildRecord, forum: json.JSONObject, body: json.JSONObject
) -> list[str]:
    given = body.get("applied_tags")
    given = [] if given is None else given
    if not isinstance(given, list):
        raise invalid("applied_tags", "BASE_TYPE_ARRAY", "Must be an array.")
    if len(given) > _MAX_TAGS:
        raise too_long("applied_tags", _MAX_TAGS)
    if not given and int(forum.get("flags") or 0) & _REQUIRE_TAG:
        raise DiscordError(400, "A tag is required to create a forum post in this channel", 40067)
    tags = {str(tag["id"]): tag for tag in forum.get("available_tags") or ()}
    for index, tag_id in enumerate(given):
        tag = tags.get(str(tag_id))
        if tag is None:
            raise invalid(
                f"applied_tags.{index}", "BASE_TYPE_CHOICES", "Value must be one of the channel's tags."
            )
        if tag.get("moderated") and not _can_moderate(ctx, guild, forum):
            raise missing_permissions()
    return [str(tag_id) for tag_id in given]


# -- thread members --------------------------------------------------------------------------------


async def join_thread(ctx: RequestContext) -> web.Response:
    _, thread = _active_thread(ctx)
    thread_world.join(ctx.state, thread, actor(ctx))
    return empty_response()


async def leave_thread(ctx: RequestContext) -> web.Response:
    _, thread = _active_thread(ctx)
    if not thread_world.leave(ctx.state, thread, actor(ctx)):
        raise DiscordError.unknown("Member", 10007)
    return empty_response()


async def add_thread_member(ctx: RequestContext) -> web.Response:
    guild, thread = _active_thread(ctx)
    me = actor(ctx)
    require(ctx.state.world, guild, me, Permissions.SEND_MESSAGES_IN_THREADS, thread)
    invitable = thread["thread_metadata"].get("invitable", True)
    if thread["type"] == _PRIVATE_THREAD and not invitable and not _can_moderate(ctx, guild, thread):
        raise missing_permissions()
    user_id = ctx.params["user"]
    guild.member(user_id)  # 10007: only the guild's members can be in its threads
    thread_world.join(ctx.state, thread, user_id)
    return empty_response()


async def remove_thread_member(ctx: RequestContext) -> web.Response:
    guild, thread = _active_thread(ctx)
    owns_private = thread["type"] == _PRIVATE_THREAD and thread["owner_id"] == actor(ctx)
    if not owns_private and not _can_moderate(ctx, guild, thread):
        raise missing_permissions()
    if not thread_world.leave(ctx.state, thread, ctx.params["user"]):
        raise DiscordError.unknown("Member", 10007)
    return empty_response()


def _shown_member(
    ctx: RequestContext, guild: GuildRecord, member: json.JSONObject, *, with_member: bool
) -> json.JSONObject:
    """A thread member as answered; `with_member` adds the guild member object."""
    if not with_member:
        return member
    return {**member, "member": guild.members.get(member["user_id"])}


async def get_thread_member(ctx: RequestContext) -> web.Response:
    guild, thread = _thread(ctx)
    member = thread_world.member_of(ctx.state, thread, ctx.params["user"])
    if member is None:
        raise DiscordError.unknown("Member", 10007)
    return json_response(_shown_member(ctx, guild, member, with_member=query_bool(ctx, "with_member")))


async def list_thread_members(ctx: RequestContext) -> web.Response:
    """By user ID; paginated (`after`, `limit` 1-100) when `with_member` is true, as Discord does."""
    guild, thread = _thread(ctx)
    with_member = query_bool(ctx, "with_member")
    members = sorted(ctx.state.thread_members.get(thread["id"], {}).values(), key=lambda m: int(m["user_id"]))
    if with_member:
        after = query_snowflake(ctx, "after") or 0
        limit = query_int(ctx, "limit", default=_PAGE_MAX, low=1, high=_PAGE_MAX)
        members = [member for member in members if int(member["user_id"]) > after][:limit]
    return json_response([_shown_member(ctx, guild, member, with_member=with_member) for member in members])


# -- listings ------------------------------------------------------------------------------------


def _threads_of(ctx: RequestContext, guild: GuildRecord, **match: typing.Any) -> list[json.JSONObject]:
    """The guild's threads the bot can see, filtered by `parent_id`, `types` and `archived`."""
    types = match.get("types", thread_world.THREAD_TYPES)
    return [
        channel
        for channel in ctx.state.channels.values()
        if channel.get("guild_id") == guild.id
        and channel.get("type") in types
        and ("parent_id" not in match or channel.get("parent_id") == match["parent_id"])
        and bool(channel["thread_metadata"].get("archived")) == match.get("archived", False)
        and can_see(ctx, guild, channel)
    ]


async def list_active_threads(ctx: RequestContext) -> web.Response:
    guild = guild_of(ctx)
    threads = sorted(_threads_of(ctx, guild), key=lambda thread: int(thread["id"]), reverse=True)
    return json_response(thread_world.listing(ctx.state, threads, actor(ctx)))


def _archive_parent(
    ctx: RequestContext, permission: Permissions, parent_types: typing.Collection[int]
) -> tuple[GuildRecord, json.JSONObject]:
    guild, parent = _parent(ctx)
    if parent["type"] not in parent_types:
        raise _wrong_channel_type()
    require(ctx.state.world, guild, actor(ctx), permission, parent)
    return guild, parent


def _page(ctx: RequestContext, threads: list[json.JSONObject]) -> web.Response:
    """One page of a listing already sorted and cut at `before`: `limit` threads and `has_more`."""
    limit = query_int(ctx, "limit", default=_PAGE_DEFAULT, low=1, high=_PAGE_MAX)
    page = thread_world.listing(ctx.state, threads[:limit], actor(ctx))
    return json_response({**page, "has_more": len(threads) > limit})


def _archived_by_time(ctx: RequestContext, threads: list[json.JSONObject]) -> web.Response:
    before = query_timestamp(ctx, "before")
    newest_first = sorted(threads, key=thread_world.archived_at, reverse=True)
    if before is not None:
        newest_first = [thread for thread in newest_first if thread_world.archived_at(thread) < before]
    return _page(ctx, newest_first)


async def list_public_archived_threads(ctx: RequestContext) -> web.Response:
    parents = (_TEXT, _NEWS, *_THREAD_ONLY)
    guild, parent = _archive_parent(ctx, Permissions.READ_MESSAGE_HISTORY, parents)
    threads = _threads_of(
        ctx, guild, parent_id=parent["id"], types={_NEWS_THREAD, _PUBLIC_THREAD}, archived=True
    )
    return _archived_by_time(ctx, threads)


async def list_private_archived_threads(ctx: RequestContext) -> web.Response:
    needed = Permissions.READ_MESSAGE_HISTORY | Permissions.MANAGE_THREADS
    guild, parent = _archive_parent(ctx, needed, (_TEXT,))
    threads = _threads_of(ctx, guild, parent_id=parent["id"], types={_PRIVATE_THREAD}, archived=True)
    return _archived_by_time(ctx, threads)


async def list_joined_private_archived_threads(ctx: RequestContext) -> web.Response:
    """Ordered by thread ID, newest first; `before` is a thread ID."""
    guild, parent = _archive_parent(ctx, Permissions.READ_MESSAGE_HISTORY, (_TEXT,))
    me, before = actor(ctx), query_snowflake(ctx, "before")
    threads = [
        thread
        for thread in _threads_of(ctx, guild, parent_id=parent["id"], types={_PRIVATE_THREAD}, archived=True)
        if thread_world.member_of(ctx.state, thread, me) is not None
        and (before is None or int(thread["id"]) < before)
    ]
    return _page(ctx, sorted(threads, key=lambda thread: int(thread["id"]), reverse=True))


_CHANNEL: typing.Final = "/channels/{channel}"
_MEMBERS: typing.Final = _CHANNEL + "/thread-members"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="POST", template=_CHANNEL + "/messages/{message}/threads", handler=start_message_thread),
    RouteSpec(method="POST", template=_CHANNEL + "/threads", handler=start_thread),
    # `@me` before `{user}`: it is no user ID.
    RouteSpec(method="PUT", template=_MEMBERS + "/@me", handler=join_thread),
    RouteSpec(method="DELETE", template=_MEMBERS + "/@me", handler=leave_thread),
    RouteSpec(method="GET", template=_MEMBERS, handler=list_thread_members),
    RouteSpec(method="GET", template=_MEMBERS + "/{user}", handler=get_thread_member),
    RouteSpec(method="PUT", template=_MEMBERS + "/{user}", handler=add_thread_member),
    RouteSpec(method="DELETE", template=_MEMBERS + "/{user}", handler=remove_thread_member),
    RouteSpec(method="GET", template="/guilds/{guild}/threads/active", handler=list_active_threads),
    RouteSpec(
        method="GET", template=_CHANNEL + "/threads/archived/public", handler=list_public_archived_threads
    ),
    RouteSpec(
        method="GET", template=_CHANNEL + "/threads/archived/private", handler=list_private_archived_threads
    ),
    RouteSpec(
        method="GET",
        template=_CHANNEL + "/users/@me/threads/archived/private",
        handler=list_joined_private_archived_threads,
    ),
)
