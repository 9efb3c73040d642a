"""Thread endpoints of the REST client: threads, forum posts, thread members and thread listings.

A mixin of `RESTClientImpl`; hikari's names and signatures (Discord: resources/channel.mdx "Start
Thread from Message" to "List Joined Private Archived Threads", resources/guild.mdx "List Active
Guild Threads"). A thread is a channel: it is read as `GuildPublicThread`, `GuildPrivateThread`
or `GuildNewsThread` by its type, and edited or deleted with `edit_channel`/`delete_channel`.

```python
thread = await rest.create_message_thread(channel, message, "Release notes")
await rest.add_thread_member(thread, user)
post = await rest.create_forum_post(forum, "Crash on start", "It crashes", tags=[bug_tag])
async for archived in rest.fetch_public_archived_threads(channel):
    print(archived.name)
```
"""

from __future__ import annotations

__all__ = ["ThreadEndpoints"]

import datetime
import typing

from hikari_like import channels
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like.api import rest as rest_api
from hikari_like.impl.builders import messages as message_builders
from hikari_like.impl.rest import routes
from hikari_like.impl.rest.endpoints import message_requests
from hikari_like.impl.rest.endpoints.channel_fields import channel_body
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import _channel_kinds
    from hikari_like import embeds as embeds_
    from hikari_like import files
    from hikari_like import iterators
    from hikari_like import messages
    from hikari_like.impl.builders.components import ComponentBuilder
    from hikari_like.impl.rest import pagination
    from hikari_like.impl.rest import thread_pages
    from hikari_like.internal import mentions
    from hikari_like.internal.json import JSONObject
    from hikari_like.internal.time import Intervalish
else:
    from hikari_like.internal import lazy_imports

    # The paginators load on the first listing; a bot that never lists threads never loads them.
    _channel_kinds = lazy_imports.module("hikari_like._channel_kinds")
    pagination = lazy_imports.module("hikari_like.impl.rest.pagination")
    thread_pages = lazy_imports.module("hikari_like.impl.rest.thread_pages")

_UNDEFINED: typing.Final = undefined.UNDEFINED
_A_DAY: typing.Final = datetime.timedelta(days=1)  # hikari's default archive duration
_Interval: typing.TypeAlias = "Intervalish | undefined.UndefinedType"
_Reason: typing.TypeAlias = "str | undefined.UndefinedType"
_PublicThread: typing.TypeAlias = "channels.GuildPublicThread | channels.GuildNewsThread"


def _thread_route(route: routes.Route, channel: snowflakes.SnowflakeishOr) -> routes.CompiledRoute:
    return routes.compile_ids(route, channel=channel)


def _member_route(
    route: routes.Route, channel: snowflakes.SnowflakeishOr, user: snowflakes.SnowflakeishOr
) -> routes.CompiledRoute:
    return routes.compile_ids(route, channel=channel, user=user)


def _public(thread: channels.GuildThreadChannel) -> _PublicThread:
    """The thread, checked to be the public or announcement thread the endpoint promises."""
    if isinstance(thread, (channels.GuildPublicThread, channels.GuildNewsThread)):
        return thread
    raise TypeError(f"Discord answered with a {thread.type!r}, not a public or announcement thread")


def _public_archived_thread(app: rest_api.RESTClient) -> typing.Callable[[JSONObject], _PublicThread]:
    return lambda payload: _public(_channel_kinds.thread_from_payload(payload, app=app))


def _private_thread(app: rest_api.RESTClient) -> typing.Callable[[JSONObject], channels.GuildPrivateThread]:
    return lambda payload: channels.GuildPrivateThread.from_payload(payload, app=app)


class ThreadEndpoints(rest_api.RESTClient):
    """Threads and forum posts: create, join, leave, members, and the active and archived lists."""

    __slots__ = ()

    async def create_thread(
        self,
        channel: snowflakes.SnowflakeishOr,
        type: channels.ChannelType | int,  # hikari's name, shadowing the builtin
        name: str,
        /,
        *,
        auto_archive_duration: _Interval = _A_DAY,
        invitable: bool | undefined.UndefinedType = _UNDEFINED,
        rate_limit_per_user: _Interval = _UNDEFINED,
        reason: _Reason = _UNDEFINED,
    ) -> channels.GuildThreadChannel:
        """Start a thread without a message in a text or announcement channel: `type` is
        `GUILD_PRIVATE_THREAD` (text channels only; `invitable` says whether members may add
        others), `GUILD_PUBLIC_THREAD` or `GUILD_NEWS_THREAD`.

        `auto_archive_duration` is in minutes (60, 1440, 4320 or 10080) or a `timedelta`;
        `rate_limit_per_user` is the thread's slow mode. Needs CREATE_PUBLIC_THREADS or
        CREATE_PRIVATE_THREADS in the channel (`ForbiddenError`, 50013).

        ```python
        thread = await rest.create_thread(channel, ChannelType.GUILD_PRIVATE_THREAD, "mods", invitable=False)
        ```
        """
        body = channel_body(
            name=name,
            auto_archive_duration=auto_archive_duration,
            type=type,
            invitable=invitable,
            rate_limit_per_user=rate_limit_per_user,
        )
        payload = await self.request(
            _thread_route(routes.POST_CHANNEL_THREADS, channel), json=body, reason=reason
        )
        return _channel_kinds.thread_from_payload(payload, app=self)

    async def create_message_thread(
        self,
        channel: snowflakes.SnowflakeishOr,
        message: snowflakes.SnowflakeishOr,
        name: str,
        /,
        *,
        auto_archive_duration: _Interval = _A_DAY,
        rate_limit_per_user: _Interval = _UNDEFINED,
        reason: _Reason = _UNDEFINED,
    ) -> channels.GuildPublicThread | channels.GuildNewsThread:
        """Start a thread from a message: a public thread in a text channel, an announcement
        thread in an announcement channel. The thread's ID is the message's, so a message has at
        most one thread (a second is `BadRequestError`, 160004).

        ```python
        thread = await rest.create_message_thread(message.channel_id, message, "Discussion")
        ```
        """
        route = routes.compile_ids(routes.POST_MESSAGE_THREADS, channel=channel, message=message)
        body = channel_body(
            name=name, auto_archive_duration=auto_archive_duration, rate_limit_per_user=rate_limit_per_user
        )
        thread = _channel_kinds.thread_from_payload(
            await self.request(route, json=body, reason=reason), app=self
        )
        return _public(thread)

    async def create_forum_post(
        self,
        channel: snowflakes.SnowflakeishOr,
        name: str,
        /,
        content: typing.Any = _UNDEFINED,
        *,
        attachment: files.Resourceish | undefined.UndefinedType = _UNDEFINED,
        attachments: typing.Sequence[files.Resourceish] | undefined.UndefinedType = _UNDEFINED,
        component: ComponentBuilder | undefined.UndefinedType = _UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType = _UNDEFINED,
        embed: embeds_.Embed | undefined.UndefinedType = _UNDEFINED,
        embeds: typing.Sequence[embeds_.Embed] | undefined.UndefinedType = _UNDEFINED,
        poll: message_builders.PollBuildable | undefined.UndefinedType = _UNDEFINED,
        sticker: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        stickers: typing.Sequence[snowflakes.SnowflakeishOr] | undefined.UndefinedType = _UNDEFINED,
        tts: bool | undefined.UndefinedType = _UNDEFINED,
        mentions_everyone: bool | undefined.UndefinedType = _UNDEFINED,
        mentions_reply: bool | undefined.UndefinedType = _UNDEFINED,
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        flags: int | messages.MessageFlag | undefined.UndefinedType = _UNDEFINED,
        auto_archive_duration: _Interval = _A_DAY,
        rate_limit_per_user: _Interval = _UNDEFINED,
        tags: typing.Sequence[snowflakes.SnowflakeishOr] | undefined.UndefinedType = _UNDEFINED,
        reason: _Reason = _UNDEFINED,
    ) -> channels.GuildPublicThread:
        """Post in a forum or media channel: a public thread and its first message at once.

        The message takes what `create_message` takes (files are uploaded as multipart); it must
        have content, embeds, stickers, components or files. `tags` are the forum's tags the
        post carries (a forum with `ChannelFlag.REQUIRE_TAG` needs one). Needs SEND_MESSAGES in
        the channel.

        ```python
        post = await rest.create_forum_post(forum, "Crash on start", "Logs attached",
                                            attachment=Path("crash.log"), tags=[bug_tag])
        ```
        """
        message, uploads = message_builders.serialize_message_fields(
            content=content,
            attachment=attachment,
            attachments=attachments,
            component=component,
            components=components,
            embed=embed,
            embeds=embeds,
            poll=poll,
            tts=tts,
            flags=flags,
            mentions_everyone=mentions_everyone,
            mentions_reply=mentions_reply,
            user_mentions=user_mentions,
            role_mentions=role_mentions,
        )
        body = channel_body(
            name=name,
            auto_archive_duration=auto_archive_duration,
            rate_limit_per_user=rate_limit_per_user,
            applied_tags=tags,
        )
        message_requests.put_stickers(message, sticker, stickers)
        body["message"] = message
        route = _thread_route(routes.POST_CHANNEL_THREADS, channel)
        payload = await self.request(route, json=body, files=uploads, reason=reason)
        return channels.GuildPublicThread.from_payload(payload, app=self)

    async def join_thread(self, channel: snowflakes.SnowflakeishOr, /) -> None:
        """Add the bot to a thread (not an archived one: `BadRequestError`, 50083).

        ```python
        await rest.join_thread(thread)
        ```
        """
        await self.request(_thread_route(routes.PUT_MY_THREAD_MEMBER, channel))

    async def add_thread_member(
        self, channel: snowflakes.SnowflakeishOr, user: snowflakes.SnowflakeishOr, /
    ) -> None:
        """Add a guild member to a thread; needs SEND_MESSAGES_IN_THREADS there, and the thread
        must not be archived (50083). Adding a member already there changes nothing.

        ```python
        await rest.add_thread_member(thread, user)
        ```
        """
        await self.request(_member_route(routes.PUT_THREAD_MEMBER, channel, user))

    async def leave_thread(self, channel: snowflakes.SnowflakeishOr, /) -> None:
        """Remove the bot from a thread (not an archived one: 50083).

        ```python
        await rest.leave_thread(thread)
        ```
        """
        await self.request(_thread_route(routes.DELETE_MY_THREAD_MEMBER, channel))

    async def remove_thread_member(
        self, channel: snowflakes.SnowflakeishOr, user: snowflakes.SnowflakeishOr, /
    ) -> None:
        """Remove a member from a thread; needs MANAGE_THREADS (or to have created the private
        thread), and the thread must not be archived (50083).

        ```python
        await rest.remove_thread_member(thread, user)
        ```
        """
        await self.request(_member_route(routes.DELETE_THREAD_MEMBER, channel, user))

    async def fetch_thread_member(
        self, channel: snowflakes.SnowflakeishOr, user: snowflakes.SnowflakeishOr, /
    ) -> channels.ThreadMember:
        """One member of a thread; `NotFoundError` (10007) when the user is not in it. With the
        thread given as a thread object, `thread_member.member` is the guild member too.

        ```python
        thread_member = await rest.fetch_thread_member(thread, user)
        ```
        """
        route = _member_route(routes.GET_THREAD_MEMBER, channel, user)
        payload = await self.request(route, query={"with_member": "true"})
        guild_id = channel.guild_id if isinstance(channel, channels.GuildChannel) else None
        return channels.ThreadMember.from_payload(
            payload, thread_id=snowflakes.snowflake_of(channel), app=self, guild_id=guild_id
        )

    def fetch_thread_members(
        self,
        channel: snowflakes.SnowflakeishOr,
        /,
        after: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = _UNDEFINED,
    ) -> iterators.LazyIterator[channels.ThreadMember]:
        """The members of a thread by ascending user ID, fetched 100 at a time as they are read,
        after the user `after` if given (needs the GUILD_MEMBERS privileged intent). With the
        thread given as a thread object, each `thread_member.member` is the guild member too.

        ```python
        user_ids = [thread_member.user_id async for thread_member in rest.fetch_thread_members(thread)]
        ```
        """
        return thread_pages.ThreadMembersIterator(self, self.request, channel, after)

    async def fetch_active_threads(
        self, guild: snowflakes.SnowflakeishOr, /
    ) -> typing.Sequence[channels.GuildThreadChannel]:
        """Every active (not archived) thread of a guild the bot can see, public and private,
        newest first; `thread.member` is the bot's membership of those it joined.

        ```python
        joined = [thread for thread in await rest.fetch_active_threads(guild) if thread.member]
        ```
        """
        route = routes.compile_ids(routes.GET_ACTIVE_THREADS, guild=guild)
        guild_id = snowflakes.snowflake_of(guild)
        return read.each(
            thread_pages.threads_with_members(await self.request(route)),
            lambda thread: _channel_kinds.thread_from_payload(thread, app=self, guild_id=guild_id),
        )

    def fetch_public_archived_threads(
        self,
        channel: snowflakes.SnowflakeishOr,
        /,
        *,
        before: undefined.UndefinedOr[datetime.datetime] = _UNDEFINED,
    ) -> iterators.LazyIterator[channels.GuildNewsThread | channels.GuildPublicThread]:
        """A channel's archived public (or announcement) threads, most recently archived first,
        archived before `before` if given; needs READ_MESSAGE_HISTORY.

        ```python
        async for thread in rest.fetch_public_archived_threads(channel).limit(10):
            print(thread.name, thread.archive_timestamp)
        ```
        """
        return thread_pages.archived_threads(
            self,
            _thread_route(routes.GET_PUBLIC_ARCHIVED_THREADS, channel),
            _public_archived_thread(self),
            before=_timestamp(before),
            cursor_of=thread_pages.archive_timestamp_cursor,
        )

    def fetch_private_archived_threads(
        self,
        channel: snowflakes.SnowflakeishOr,
        /,
        *,
        before: undefined.UndefinedOr[datetime.datetime] = _UNDEFINED,
    ) -> iterators.LazyIterator[channels.GuildPrivateThread]:
        """A text channel's archived private threads, most recently archived first, archived
        before `before` if given; needs READ_MESSAGE_HISTORY and MANAGE_THREADS.

        ```python
        private = await rest.fetch_private_archived_threads(channel)
        ```
        """
        return thread_pages.archived_threads(
            self,
            _thread_route(routes.GET_PRIVATE_ARCHIVED_THREADS, channel),
            _private_thread(self),
            before=_timestamp(before),
            cursor_of=thread_pages.archive_timestamp_cursor,
        )

    def fetch_joined_private_archived_threads(
        self,
        channel: snowflakes.SnowflakeishOr,
        /,
        *,
        before: undefined.UndefinedOr[snowflakes.SearchableSnowflakeishOr] = _UNDEFINED,
    ) -> iterators.LazyIterator[channels.GuildPrivateThread]:
        """The archived private threads of a channel the bot has joined, newest thread first,
        before the thread ID (or moment) `before` if given; needs READ_MESSAGE_HISTORY.

        ```python
        async for thread in rest.fetch_joined_private_archived_threads(channel):
            await rest.leave_thread(thread)
        ```
        """
        return thread_pages.archived_threads(
            self,
            _thread_route(routes.GET_JOINED_PRIVATE_ARCHIVED_THREADS, channel),
            _private_thread(self),
            before=None if before is _UNDEFINED else pagination.start_cursor(before, newest_first=True),
            cursor_of=thread_pages.thread_id_cursor,
        )


def _timestamp(moment: datetime.datetime | undefined.UndefinedType) -> str | None:
    if moment is _UNDEFINED:
        return None
    # Discord reads `before` as ISO 8601; a naive moment is taken as UTC, as everywhere else.
    return (moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)).isoformat()
