"""`ChannelDispatches`: the dispatches about messages, reactions, typing, polls and channels.

Each is split as Discord sends it: a payload with a `guild_id` (a reaction with a `member`) gives
the guild event, one without gives the DM event. hikari_like keeps no cache, so the `old_*`
fields are `None` (or empty). The models' own parsers read every object the payloads carry.

```python
factory.deserialize_message_reaction_add_event(shard, payload)  # GuildReactionAddEvent / DM...
```
"""

from __future__ import annotations

__all__ = ["ChannelDispatches"]

import datetime
import typing

import attrs

from hikari_like import _channel_kinds
from hikari_like import channels
from hikari_like import colors
from hikari_like import emojis
from hikari_like import guilds
from hikari_like import invites
from hikari_like import messages
from hikari_like import presences
from hikari_like import snowflakes
from hikari_like import users
from hikari_like.events import channel_events
from hikari_like.events import message_events
from hikari_like.events import poll_events
from hikari_like.events import reaction_events
from hikari_like.events import typing_events
from hikari_like.impl.gateway.parsing.base import DispatchParsers
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like.events import shard_events
    from hikari_like.internal.json import JSONObject

    Shard = shard_events.GatewayShard

_Emoji: typing.TypeAlias = tuple[snowflakes.Snowflake | None, "emojis.UnicodeEmoji | str | None"]


def _ids(payload: JSONObject, *keys: str) -> list[snowflakes.Snowflake]:
    """The required IDs `keys` of `payload`, in order (`KeyError`/`ValueError` when one is not)."""
    return [snowflakes.parse(payload[key]) for key in keys]


def _guild_id(payload: JSONObject) -> snowflakes.Snowflake | None:
    """The payload's `guild_id`; `None` when it has none (a DM)."""
    return snowflakes.parse_optional(payload.get("guild_id"))


_GuildT = typing.TypeVar("_GuildT")
_DMT = typing.TypeVar("_DMT")


def _emoji(payload: JSONObject) -> _Emoji:
    """A reaction's emoji as hikari splits it: a custom emoji's ID and name, or a `UnicodeEmoji`."""
    emoji = read.required_object(payload, "emoji")
    emoji_id = snowflakes.parse_optional(emoji.get("id"))
    name = read.text(emoji.get("name"))
    if emoji_id is not None:
        return emoji_id, name
    return None, emojis.UnicodeEmoji(name or "")


class ChannelDispatches(DispatchParsers):
    """Message updates and deletes, reactions, typing, poll votes, channels, pins, threads,
    invites and webhooks."""

    __slots__ = ()

    DISPATCHES: typing.ClassVar[typing.Mapping[str, str]] = {
        "MESSAGE_UPDATE": "deserialize_message_update_event",
        "MESSAGE_DELETE": "deserialize_message_delete_event",
        "MESSAGE_DELETE_BULK": "deserialize_guild_message_delete_bulk_event",
        "MESSAGE_REACTION_ADD": "deserialize_message_reaction_add_event",
        "MESSAGE_REACTION_REMOVE": "deserialize_message_reaction_remove_event",
        "MESSAGE_REACTION_REMOVE_ALL": "deserialize_message_reaction_remove_all_event",
        "MESSAGE_REACTION_REMOVE_EMOJI": "deserialize_message_reaction_remove_emoji_event",
        "TYPING_START": "deserialize_typing_start_event",
        "MESSAGE_POLL_VOTE_ADD": "deserialize_poll_vote_create_event",
        "MESSAGE_POLL_VOTE_REMOVE": "deserialize_poll_vote_delete_event",
        "CHANNEL_CREATE": "deserialize_guild_channel_create_event",
        "CHANNEL_UPDATE": "deserialize_guild_channel_update_event",
        "CHANNEL_DELETE": "deserialize_guild_channel_delete_event",
        "CHANNEL_PINS_UPDATE": "deserialize_channel_pins_update_event",
        "THREAD_CREATE": "_deserialize_thread_create",
        "THREAD_UPDATE": "deserialize_guild_thread_update_event",
        "THREAD_DELETE": "deserialize_guild_thread_delete_event",
        "THREAD_LIST_SYNC": "deserialize_thread_list_sync_event",
        "THREAD_MEMBERS_UPDATE": "deserialize_thread_members_update_event",
        "INVITE_CREATE": "deserialize_invite_create_event",
        "INVITE_DELETE": "deserialize_invite_delete_event",
        "WEBHOOKS_UPDATE": "deserialize_webhook_update_event",
    }

    def _guild_or_dm(
        self,
        shard: Shard,
        payload: JSONObject,
        guild: typing.Callable[..., _GuildT],
        dm: typing.Callable[..., _DMT],
        **fields: typing.Any,
    ) -> _GuildT | _DMT:
        """`guild(guild_id=..., ...)` for a payload with a `guild_id`, else `dm(...)`; both get the
        app, the shard and `fields`."""
        guild_id = _guild_id(payload)
        if guild_id is None:
            return dm(app=self._app, shard=shard, **fields)
        return guild(app=self._app, shard=shard, guild_id=guild_id, **fields)

    def _member(self, payload: object, guild_id: snowflakes.Snowflake) -> guilds.Member:
        """A guild member object with its `user` (both required)."""
        member = read.mapping(payload)
        user = users.User.from_payload(read.required_object(member, "user"), app=self._app)
        return guilds.Member.from_payload(member, user=user, guild_id=guild_id)

    # -- messages ----------------------------------------------------------------------------------

    def deserialize_message_update_event(
        self, shard: Shard, payload: JSONObject, *, old_message: messages.PartialMessage | None = None
    ) -> message_events.MessageUpdateEvent:
        """MESSAGE_UPDATE: the fields Discord sent, the rest `UNDEFINED`."""
        message = messages.PartialMessage.from_payload(payload, app=self._app)
        if message.guild_id is None:
            return message_events.DMMessageUpdateEvent(shard=shard, message=message, old_message=old_message)
        return message_events.GuildMessageUpdateEvent(shard=shard, message=message, old_message=old_message)

    def deserialize_message_delete_event(
        self, shard: Shard, payload: JSONObject, *, old_message: messages.Message | None = None
    ) -> message_events.MessageDeleteEvent:
        """MESSAGE_DELETE: the message's, channel's and (in a guild) guild's IDs."""
        message_id, channel_id = _ids(payload, "id", "channel_id")
        return self._guild_or_dm(
            shard,
            payload,
            message_events.GuildMessageDeleteEvent,
            message_events.DMMessageDeleteEvent,
            channel_id=channel_id,
            message_id=message_id,
            old_message=old_message,
        )

    def deserialize_guild_message_delete_bulk_event(
        self,
        shard: Shard,
        payload: JSONObject,
        *,
        old_messages: typing.Mapping[snowflakes.Snowflake, messages.Message] | None = None,
    ) -> message_events.GuildBulkMessageDeleteEvent:
        """MESSAGE_DELETE_BULK: the IDs of the messages deleted at once in a guild channel."""
        channel_id, guild_id = _ids(payload, "channel_id", "guild_id")
        return message_events.GuildBulkMessageDeleteEvent(
            app=self._app,
            shard=shard,
            channel_id=channel_id,
            guild_id=guild_id,
            message_ids=frozenset(snowflakes.parse(item) for item in read.array(payload.get("ids"))),
            old_messages=old_messages or {},
        )

    # -- reactions ---------------------------------------------------------------------------------

    def deserialize_message_reaction_add_event(
        self, shard: Shard, payload: JSONObject
    ) -> reaction_events.ReactionAddEvent:
        """MESSAGE_REACTION_ADD: a guild reaction carries the member who reacted."""
        channel_id, message_id = _ids(payload, "channel_id", "message_id")
        emoji_id, emoji_name = _emoji(payload)
        shared: dict[str, typing.Any] = {
            "shard": shard,
            "channel_id": channel_id,
            "message_id": message_id,
            "emoji_id": emoji_id,
            "emoji_name": emoji_name,
            "is_animated": read.mapping(payload.get("emoji")).get("animated") is True,
            "is_burst": payload.get("burst") is True,
            "burst_colors": [
                colors.Color.from_hex_code(code) for code in read.array(payload.get("burst_colors"))
            ],
        }
        if "member" in payload:
            (guild_id,) = _ids(payload, "guild_id")
            return reaction_events.GuildReactionAddEvent(
                member=self._member(payload["member"], guild_id), **shared
            )
        (user_id,) = _ids(payload, "user_id")
        return reaction_events.DMReactionAddEvent(app=self._app, user_id=user_id, **shared)

    def deserialize_message_reaction_remove_event(
        self, shard: Shard, payload: JSONObject
    ) -> reaction_events.ReactionDeleteEvent:
        """MESSAGE_REACTION_REMOVE: whose reaction of which emoji was removed."""
        user_id, channel_id, message_id = _ids(payload, "user_id", "channel_id", "message_id")
        emoji_id, emoji_name = _emoji(payload)
        return self._guild_or_dm(
            shard,
            payload,
            reaction_events.GuildReactionDeleteEvent,
            reaction_events.DMReactionDeleteEvent,
            user_id=user_id,
            channel_id=channel_id,
            message_id=message_id,
            emoji_id=emoji_id,
            emoji_name=emoji_name,
            is_burst=payload.get("burst") is True,
        )

    def deserialize_message_reaction_remove_all_event(
        self, shard: Shard, payload: JSONObject
    ) -> reaction_events.ReactionDeleteAllEvent:
        """MESSAGE_REACTION_REMOVE_ALL: every reaction of a message was removed."""
        channel_id, message_id = _ids(payload, "channel_id", "message_id")
        return self._guild_or_dm(
            shard,
            payload,
            reaction_events.GuildReactionDeleteAllEvent,
            reaction_events.DMReactionDeleteAllEvent,
            channel_id=channel_id,
            message_id=message_id,
        )

    def deserialize_message_reaction_remove_emoji_event(
        self, shard: Shard, payload: JSONObject
    ) -> reaction_events.ReactionDeleteEmojiEvent:
        """MESSAGE_REACTION_REMOVE_EMOJI: every reaction of one emoji was removed."""
        channel_id, message_id = _ids(payload, "channel_id", "message_id")
        emoji_id, emoji_name = _emoji(payload)
        return self._guild_or_dm(
            shard,
            payload,
            reaction_events.GuildReactionDeleteEmojiEvent,
            reaction_events.DMReactionDeleteEmojiEvent,
            channel_id=channel_id,
            message_id=message_id,
            emoji_id=emoji_id,
            emoji_name=emoji_name,
        )

    # -- typing and polls --------------------------------------------------------------------------

    def deserialize_typing_start_event(self, shard: Shard, payload: JSONObject) -> typing_events.TypingEvent:
        """TYPING_START: its timestamp is in Unix seconds; a guild's carries the member."""
        (channel_id,) = _ids(payload, "channel_id")
        seconds = read.number(payload.get("timestamp"))
        if seconds is None:
            raise ValueError("TYPING_START without a numeric timestamp")
        timestamp = datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC)
        guild_id = _guild_id(payload)
        if guild_id is not None:
            return typing_events.GuildTypingEvent(
                shard=shard,
                channel_id=channel_id,
                timestamp=timestamp,
                guild_id=guild_id,
                member=self._member(payload.get("member"), guild_id),
            )
        (user_id,) = _ids(payload, "user_id")
        return typing_events.DMTypingEvent(
            app=self._app, shard=shard, channel_id=channel_id, user_id=user_id, timestamp=timestamp
        )

    def _poll_vote(self, shard: Shard, payload: JSONObject) -> dict[str, typing.Any]:
        user_id, channel_id, message_id = _ids(payload, "user_id", "channel_id", "message_id")
        answer_id = read.natural(payload.get("answer_id"))
        if answer_id is None:
            raise ValueError("poll vote without an answer_id")
        return {
            "app": self._app,
            "shard": shard,
            "user_id": user_id,
            "channel_id": channel_id,
            "message_id": message_id,
            "guild_id": _guild_id(payload),
            "answer_id": answer_id,
        }

    def deserialize_poll_vote_create_event(
        self, shard: Shard, payload: JSONObject
    ) -> poll_events.PollVoteCreateEvent:
        """MESSAGE_POLL_VOTE_ADD: someone voted for an answer."""
        return poll_events.PollVoteCreateEvent(**self._poll_vote(shard, payload))

    def deserialize_poll_vote_delete_event(
        self, shard: Shard, payload: JSONObject
    ) -> poll_events.PollVoteDeleteEvent:
        """MESSAGE_POLL_VOTE_REMOVE: someone took back a vote."""
        return poll_events.PollVoteDeleteEvent(**self._poll_vote(shard, payload))

    # -- channels and pins -------------------------------------------------------------------------

    def _guild_channel(self, payload: JSONObject) -> channels.PermissibleGuildChannel:
        """A guild channel object; `TypeError` for a DM or thread (Discord sends those elsewhere)."""
        channel = channels.channel_from_payload(payload, app=self._app)
        if not isinstance(channel, channels.PermissibleGuildChannel):
            raise TypeError(f"a {type(channel).__name__} is not a guild channel with permissions")
        return channel

    def deserialize_guild_channel_create_event(
        self, shard: Shard, payload: JSONObject
    ) -> channel_events.GuildChannelCreateEvent:
        """CHANNEL_CREATE: a guild channel was made."""
        return channel_events.GuildChannelCreateEvent(shard=shard, channel=self._guild_channel(payload))

    def deserialize_guild_channel_update_event(
        self,
        shard: Shard,
        payload: JSONObject,
        *,
        old_channel: channels.PermissibleGuildChannel | None = None,
    ) -> channel_events.GuildChannelUpdateEvent:
        """CHANNEL_UPDATE: a guild channel changed."""
        return channel_events.GuildChannelUpdateEvent(
            shard=shard, channel=self._guild_channel(payload), old_channel=old_channel
        )

    def deserialize_guild_channel_delete_event(
        self, shard: Shard, payload: JSONObject
    ) -> channel_events.GuildChannelDeleteEvent:
        """CHANNEL_DELETE: a guild channel was deleted."""
        return channel_events.GuildChannelDeleteEvent(shard=shard, channel=self._guild_channel(payload))

    def deserialize_channel_pins_update_event(
        self, shard: Shard, payload: JSONObject
    ) -> channel_events.PinsUpdateEvent:
        """CHANNEL_PINS_UPDATE: the newest pin's time (`None` when nothing is pinned any more)."""
        (channel_id,) = _ids(payload, "channel_id")
        return self._guild_or_dm(
            shard,
            payload,
            channel_events.GuildPinsUpdateEvent,
            channel_events.DMPinsUpdateEvent,
            channel_id=channel_id,
            last_pin_timestamp=read.timestamp(payload.get("last_pin_timestamp")),
        )

    # -- threads -----------------------------------------------------------------------------------

    def _deserialize_thread_create(
        self, shard: Shard, payload: JSONObject
    ) -> channel_events.GuildThreadCreateEvent | channel_events.GuildThreadAccessEvent:
        """THREAD_CREATE: a new thread (`newly_created`), else access to an existing one."""
        if "newly_created" in payload:
            return self.deserialize_guild_thread_create_event(shard, payload)
        return self.deserialize_guild_thread_access_event(shard, payload)

    def deserialize_guild_thread_create_event(
        self, shard: Shard, payload: JSONObject
    ) -> channel_events.GuildThreadCreateEvent:
        """THREAD_CREATE of a new thread."""
        thread = _channel_kinds.thread_from_payload(payload, app=self._app)
        return channel_events.GuildThreadCreateEvent(shard=shard, thread=thread)

    def deserialize_guild_thread_access_event(
        self, shard: Shard, payload: JSONObject
    ) -> channel_events.GuildThreadAccessEvent:
        """THREAD_CREATE of a thread the bot was just given access to."""
        thread = _channel_kinds.thread_from_payload(payload, app=self._app)
        return channel_events.GuildThreadAccessEvent(shard=shard, thread=thread)

    def deserialize_guild_thread_update_event(
        self, shard: Shard, payload: JSONObject, *, old_thread: channels.GuildThreadChannel | None = None
    ) -> channel_events.GuildThreadUpdateEvent:
        """THREAD_UPDATE: a thread changed."""
        thread = _channel_kinds.thread_from_payload(payload, app=self._app)
        return channel_events.GuildThreadUpdateEvent(shard=shard, thread=thread, old_thread=old_thread)

    def deserialize_guild_thread_delete_event(
        self, shard: Shard, payload: JSONObject
    ) -> channel_events.GuildThreadDeleteEvent:
        """THREAD_DELETE: the thread's IDs and type."""
        thread_id, guild_id, parent_id = _ids(payload, "id", "guild_id", "parent_id")
        return channel_events.GuildThreadDeleteEvent(
            app=self._app,
            shard=shard,
            thread_id=thread_id,
            guild_id=guild_id,
            parent_id=parent_id,
            type=channels.ChannelType(read.natural(payload.get("type")) or 0),
        )

    def deserialize_thread_list_sync_event(
        self, shard: Shard, payload: JSONObject
    ) -> channel_events.ThreadListSyncEvent:
        """THREAD_LIST_SYNC: the active threads, each with the bot's membership when it has one."""
        (guild_id,) = _ids(payload, "guild_id")
        mine = [
            channels.ThreadMember.from_payload(item, app=self._app, guild_id=guild_id)
            for item in read.objects(payload.get("members"))
        ]
        by_thread = {member.thread_id: member for member in mine}
        threads = {}
        for item in read.objects(payload.get("threads")):
            thread = _channel_kinds.thread_from_payload(item, app=self._app, guild_id=guild_id)
            threads[thread.id] = attrs.evolve(thread, member=by_thread.get(thread.id, thread.member))
        channel_ids = read.array(payload.get("channel_ids"))
        return channel_events.ThreadListSyncEvent(
            app=self._app,
            shard=shard,
            guild_id=guild_id,
            channel_ids=[snowflakes.parse(item) for item in channel_ids] if channel_ids else None,
            threads=threads,
        )

    def deserialize_thread_members_update_event(
        self, shard: Shard, payload: JSONObject
    ) -> channel_events.ThreadMembersUpdateEvent:
        """THREAD_MEMBERS_UPDATE: who joined (with their guild member and presence) and who left."""
        thread_id, guild_id = _ids(payload, "id", "guild_id")
        joined = read.objects(payload.get("added_members"))
        added = [
            channels.ThreadMember.from_payload(item, thread_id=thread_id, app=self._app, guild_id=guild_id)
            for item in joined
        ]
        presences_ = [
            presences.MemberPresence.from_payload(item["presence"], app=self._app, guild_id=guild_id)
            for item in joined
            if isinstance(item.get("presence"), dict)
        ]
        return channel_events.ThreadMembersUpdateEvent(
            app=self._app,
            shard=shard,
            thread_id=thread_id,
            guild_id=guild_id,
            approximate_member_count=read.natural(payload.get("member_count")) or 0,
            added_members={member.user_id: member for member in added},
            removed_member_ids=[
                snowflakes.parse(item) for item in read.array(payload.get("removed_member_ids"))
            ],
            guild_members={member.user_id: member.member for member in added if member.member is not None},
            guild_presences={presence.user_id: presence for presence in presences_},
        )

    # -- invites and webhooks ----------------------------------------------------------------------

    def deserialize_invite_create_event(
        self, shard: Shard, payload: JSONObject
    ) -> channel_events.InviteCreateEvent:
        """INVITE_CREATE: the invite with its metadata (of a guild channel)."""
        invite = invites.InviteWithMetadata.from_payload(payload, app=self._app)
        if invite.guild_id is None or invite.channel_id is None:
            raise ValueError("INVITE_CREATE without a guild_id and channel_id")
        return channel_events.InviteCreateEvent(shard=shard, invite=invite)

    def deserialize_invite_delete_event(
        self, shard: Shard, payload: JSONObject, *, old_invite: invites.InviteWithMetadata | None = None
    ) -> channel_events.InviteDeleteEvent:
        """INVITE_DELETE: the code, and where it invited to."""
        channel_id, guild_id = _ids(payload, "channel_id", "guild_id")
        return channel_events.InviteDeleteEvent(
            app=self._app,
            shard=shard,
            channel_id=channel_id,
            guild_id=guild_id,
            code=read.required_text(payload, "code"),
            old_invite=old_invite,
        )

    def deserialize_webhook_update_event(
        self, shard: Shard, payload: JSONObject
    ) -> channel_events.WebhookUpdateEvent:
        """WEBHOOKS_UPDATE: a webhook of the channel changed."""
        channel_id, guild_id = _ids(payload, "channel_id", "guild_id")
        return channel_events.WebhookUpdateEvent(
            app=self._app, shard=shard, channel_id=channel_id, guild_id=guild_id
        )
