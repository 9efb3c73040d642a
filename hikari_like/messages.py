"""Messages: flags, and the message, attachment, poll and forwarded-snapshot models interactions carry."""

from __future__ import annotations

__all__ = [
    "Attachment",
    "AttachmentFlag",
    "Message",
    "MessageFlag",
    "MessageReference",
    "MessageReferenceType",
    "MessageSnapshot",
    "MessageType",
    "PartialMessage",
    "PinnedMessage",
    # from hikari_like._message_parts, loaded on first use:
    "MessageActivity",
    "MessageActivityType",
    "MessageApplication",
    "Reaction",
    "ReactionCountDetails",
    "ReactionType",
    # from hikari_like._message_search, loaded on first use:
    "MessageSearchAuthorType",
    "MessageSearchEmbedType",
    "MessageSearchHasType",
    "MessageSearchResult",
    "MessageSearchSortMode",
    "MessageSearchSortOrder",
]

import datetime
import functools
import typing

import attrs

from hikari_like import channels
from hikari_like import component_parsing
from hikari_like import components as components_
from hikari_like import embeds as embeds_
from hikari_like import files
from hikari_like import guilds
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import urls
from hikari_like import users
from hikari_like.internal import enums
from hikari_like.internal import flags
from hikari_like.internal import partial_json as read
from hikari_like.internal import time

if typing.TYPE_CHECKING:
    from hikari_like import emojis
    from hikari_like import polls
    from hikari_like import stickers as stickers_
    from hikari_like import traits
    from hikari_like._message_parts import MessageActivity
    from hikari_like._message_parts import MessageActivityType
    from hikari_like._message_parts import MessageApplication
    from hikari_like._message_parts import Reaction
    from hikari_like._message_parts import ReactionCountDetails
    from hikari_like._message_parts import ReactionType
    from hikari_like._message_search import MessageSearchAuthorType
    from hikari_like._message_search import MessageSearchEmbedType
    from hikari_like._message_search import MessageSearchHasType
    from hikari_like._message_search import MessageSearchResult
    from hikari_like._message_search import MessageSearchSortMode
    from hikari_like._message_search import MessageSearchSortOrder
    from hikari_like.api.special_endpoints import ComponentBuilder
    from hikari_like.impl.builders.messages import PollBuildable
    from hikari_like.interactions import base_interactions
    from hikari_like.internal import mentions
    from hikari_like.internal.json import JSONObject
else:
    from hikari_like.internal import lazy_imports

    _PARTS, _SEARCH = __all__.index("MessageActivity"), __all__.index("MessageSearchAuthorType")
    __getattr__, __dir__ = lazy_imports.exports(
        __name__,
        dict.fromkeys(__all__[_PARTS:_SEARCH], "hikari_like._message_parts")
        | dict.fromkeys(__all__[_SEARCH:], "hikari_like._message_search"),
    )

_T = typing.TypeVar("_T")

_WEB_URL: typing.Final = urls.BASE_URL
"""Where Discord's jump links point."""


class MessageFlag(flags.Flag):
    """Bits of a message's `flags`; unknown bits are kept."""

    NONE = 0
    CROSSPOSTED = 1 << 0
    IS_CROSSPOST = 1 << 1
    SUPPRESS_EMBEDS = 1 << 2
    SOURCE_MESSAGE_DELETED = 1 << 3
    URGENT = 1 << 4
    HAS_THREAD = 1 << 5
    EPHEMERAL = 1 << 6
    """Only the invoking user sees the message (interaction responses and followups)."""
    LOADING = 1 << 7
    FAILED_TO_MENTION_SOME_ROLES_IN_THREAD = 1 << 8
    SUPPRESS_NOTIFICATIONS = 1 << 12
    IS_VOICE_MESSAGE = 1 << 13
    HAS_SNAPSHOT = 1 << 14
    IS_COMPONENTS_V2 = 1 << 15


class MessageType(enums.TolerantIntEnum):
    """What produced a message (a user, a reply, a slash command, a system event...)."""

    DEFAULT = 0
    RECIPIENT_ADD = 1
    RECIPIENT_REMOVE = 2
    CALL = 3
    CHANNEL_NAME_CHANGE = 4
    CHANNEL_ICON_CHANGE = 5
    CHANNEL_PINNED_MESSAGE = 6
    GUILD_MEMBER_JOIN = 7
    USER_PREMIUM_GUILD_SUBSCRIPTION = 8
    USER_PREMIUM_GUILD_SUBSCRIPTION_TIER_1 = 9
    USER_PREMIUM_GUILD_SUBSCRIPTION_TIER_2 = 10
    USER_PREMIUM_GUILD_SUBSCRIPTION_TIER_3 = 11
    CHANNEL_FOLLOW_ADD = 12
    GUILD_DISCOVERY_DISQUALIFIED = 14
    GUILD_DISCOVERY_REQUALIFIED = 15
    GUILD_DISCOVERY_GRACE_PERIOD_INITIAL_WARNING = 16
    GUILD_DISCOVERY_GRACE_PERIOD_FINAL_WARNING = 17
    THREAD_CREATED = 18
    REPLY = 19
    CHAT_INPUT = 20
    THREAD_STARTER_MESSAGE = 21
    GUILD_INVITE_REMINDER = 22
    CONTEXT_MENU_COMMAND = 23
    AUTO_MODERATION_ACTION = 24
    ROLE_SUBSCRIPTION_PURCHASE = 25
    INTERACTION_PREMIUM_UPSELL = 26
    STAGE_START = 27
    STAGE_END = 28
    STAGE_SPEAKER = 29
    STAGE_TOPIC = 31
    GUILD_APPLICATION_PREMIUM_SUBSCRIPTION = 32
    GUILD_INCIDENT_ALERT_MODE_ENABLED = 36
    GUILD_INCIDENT_ALERT_MODE_DISABLED = 37
    GUILD_INCIDENT_REPORT_RAID = 38
    GUILD_INCIDENT_REPORT_FALSE_ALARM = 39
    PURCHASE_NOTIFICATION = 44
    POLL_RESULT = 46


class AttachmentFlag(flags.Flag):
    """Bits of an attachment's `flags`; unknown bits are kept."""

    NONE = 0
    IS_CLIP = 1 << 0
    IS_THUMBNAIL = 1 << 1
    """The thumbnail of a thread in a media channel."""
    IS_REMIX = 1 << 2
    IS_SPOILER = 1 << 3
    """Blurred until clicked (set by `is_spoiler` in the request, or a `SPOILER_` file name)."""
    IS_ANIMATED = 1 << 5


class MessageReferenceType(enums.TolerantIntEnum):
    """Whether a message reference is a reply or a forward."""

    DEFAULT = 0
    FORWARD = 1


@attrs.define(kw_only=True, unsafe_hash=True)
class Attachment(files.WebResource, snowflakes.UniqueEntity):
    """A file attached to a message or to a command option; `await attachment.read()` downloads it."""

    id: snowflakes.Snowflake = attrs.field(hash=True)
    url: str = attrs.field(eq=False)
    filename: str = attrs.field(eq=False)
    title: str | None = attrs.field(eq=False, repr=False)
    description: str | None = attrs.field(eq=False, repr=False)
    media_type: str | None = attrs.field(eq=False)
    """The MIME type Discord reports (its `content_type`)."""
    size: int = attrs.field(eq=False)
    proxy_url: str = attrs.field(eq=False, repr=False)
    height: int | None = attrs.field(eq=False, repr=False)
    width: int | None = attrs.field(eq=False, repr=False)
    is_ephemeral: bool = attrs.field(eq=False, repr=False)
    duration: float | None = attrs.field(eq=False, repr=False)
    """Seconds, for voice messages."""
    waveform: str | None = attrs.field(eq=False, repr=False)
    flags: AttachmentFlag = attrs.field(eq=False, repr=False, default=AttachmentFlag.NONE)

    def __str__(self) -> str:
        return self.filename  # as hikari's (a web resource's `str` is its URL)

    @property
    def is_spoiler(self) -> bool:
        """Whether Discord blurs it until clicked (its `IS_SPOILER` flag, or a `SPOILER_` name)."""
        return AttachmentFlag.IS_SPOILER in self.flags or self.filename.startswith("SPOILER_")

    @classmethod
    def from_payload(cls, payload: JSONObject) -> Attachment:
        """Read an attachment object as Discord sends it.

        The ID, URL and file name are required (`KeyError`, `TypeError` or `ValueError` without
        them); any other field of the wrong type reads as absent.
        """
        get = payload.get
        url = read.required_text(payload, "url")
        return cls(
            id=snowflakes.parse(payload["id"]),
            url=url,
            filename=read.required_text(payload, "filename"),
            title=read.text(get("title")),
            description=read.text(get("description")),
            media_type=read.text(get("content_type")),
            size=read.natural(get("size")) or 0,
            proxy_url=read.text(get("proxy_url")) or url,
            height=read.natural(get("height")),
            width=read.natural(get("width")),
            is_ephemeral=get("ephemeral") is True,
            duration=read.number(get("duration_secs")),
            waveform=read.text(get("waveform")),
            flags=AttachmentFlag(read.natural(get("flags")) or 0),
        )


@attrs.define(kw_only=True)
class MessageReference:
    """What a reply or forward points at."""

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    type: MessageReferenceType
    id: snowflakes.Snowflake | None
    """The referenced message's ID."""
    channel_id: snowflakes.Snowflake | None
    """The referenced message's channel (Discord always sends it; `None` only if it did not)."""
    guild_id: snowflakes.Snowflake | None
    """`None` for a message outside a guild."""

    @property
    def message_link(self) -> str | None:
        """The jump link to the referenced message; `None` without its ID (a channel follow notice).

        The message may have been deleted since.
        """
        if self.id is None or self.channel_id is None:
            return None
        return _jump_link(self.guild_id, self.channel_id, self.id)

    @property
    def channel_link(self) -> str | None:
        """The jump link to the referenced message's channel."""
        return None if self.channel_id is None else _jump_link(self.guild_id, self.channel_id)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> MessageReference:
        """Read a message reference object as Discord sends it."""
        get = payload.get
        return cls(
            app=app,
            type=MessageReferenceType(read.integer(get("type")) or 0),
            id=snowflakes.parse_or_none(get("message_id")),
            channel_id=snowflakes.parse_or_none(get("channel_id")),
            guild_id=snowflakes.parse_or_none(get("guild_id")),
        )


@attrs.define(kw_only=True, eq=False)
class MessageSnapshot:
    """A copy of a forwarded message, taken when it was forwarded (later edits do not reach it).

    A forward's own `content` is empty: what was forwarded is in `message.message_snapshots`.

    ```python
    if message.message_reference and message.message_reference.type is MessageReferenceType.FORWARD:
        forwarded = message.message_snapshots[0]
        print(forwarded.content, [a.filename for a in forwarded.attachments])
    ```
    """

    type: MessageType
    content: str | None
    """`None` when the forwarded message had no text."""
    embeds: typing.Sequence[embeds_.Embed]
    attachments: typing.Sequence[Attachment]
    timestamp: datetime.datetime | undefined.UndefinedType
    edited_timestamp: datetime.datetime | None
    flags: MessageFlag | undefined.UndefinedType
    user_mentions: typing.Mapping[snowflakes.Snowflake, users.User]
    role_mention_ids: typing.Sequence[snowflakes.Snowflake]
    component_payloads: typing.Sequence[JSONObject] = attrs.field(repr=False)
    """The components as Discord sent them (`components` is what most code wants)."""
    stickers: typing.Sequence[stickers_.PartialSticker] = attrs.field(repr=False, factory=tuple)

    @property
    def user_mentions_ids(self) -> typing.Sequence[snowflakes.Snowflake]:
        """The IDs of the users the forwarded message mentioned."""
        return list(self.user_mentions)

    @functools.cached_property
    def components(
        self,
    ) -> typing.Sequence[components_.TopLevelComponentTypesT | components_.PartialComponent]:
        """The forwarded message's top-level components (read as `Message.components` reads them)."""
        return component_parsing.deserialize_components(self.component_payloads)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> MessageSnapshot:
        """Read a message snapshot object (`{"message": {...}}`); no field is required."""
        message = read.mapping(payload.get("message"))
        get = message.get
        flags = read.natural(get("flags"))
        return cls(
            type=MessageType(read.integer(get("type")) or 0),
            content=read.text(get("content")) or None,
            embeds=[embeds_.deserialize_embed(item) for item in read.objects(get("embeds"))],
            attachments=read.each(read.objects(get("attachments")), Attachment.from_payload),
            timestamp=read.timestamp(get("timestamp")) or undefined.UNDEFINED,
            edited_timestamp=read.timestamp(get("edited_timestamp")),
            flags=undefined.UNDEFINED if flags is None else MessageFlag(flags),
            user_mentions=_users(read.objects(get("mentions")), app),
            role_mention_ids=read.each(read.array(get("mention_roles")), snowflakes.parse),
            component_payloads=read.objects(get("components")),
            stickers=_stickers(message),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class PartialMessage(snowflakes.UniqueEntity):
    """A message as far as Discord described it: what an edit (`MESSAGE_UPDATE`) or a reply carries.

    Only `id` and `channel_id` are sure; a field Discord left out is `UNDEFINED`. `Message` is
    the same with every field known. The methods act on the message through the REST client:

    ```python
    await message.add_reaction("👍")
    reply = await message.respond("Seen!", reply=True)
    await reply.edit("Seen and answered.")
    ```
    """

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    id: snowflakes.Snowflake = attrs.field(hash=True)
    channel_id: snowflakes.Snowflake = attrs.field(eq=False)
    guild_id: snowflakes.Snowflake | None = attrs.field(eq=False)
    """`None` for a DM, and for a message read from REST (Discord does not send it there)."""
    author: undefined.UndefinedOr[users.User] = attrs.field(eq=False)
    member: undefined.UndefinedNoneOr[guilds.Member] = attrs.field(eq=False, repr=False)
    content: undefined.UndefinedNoneOr[str] = attrs.field(eq=False, repr=False)
    """`None` when the message has no text."""
    timestamp: undefined.UndefinedOr[datetime.datetime] = attrs.field(eq=False, repr=False)
    edited_timestamp: undefined.UndefinedNoneOr[datetime.datetime] = attrs.field(eq=False, repr=False)
    is_tts: undefined.UndefinedOr[bool] = attrs.field(eq=False, repr=False)
    is_pinned: undefined.UndefinedOr[bool] = attrs.field(eq=False, repr=False)
    mentions_everyone: undefined.UndefinedOr[bool] = attrs.field(eq=False, repr=False)
    user_mentions: undefined.UndefinedOr[typing.Mapping[snowflakes.Snowflake, users.User]] = attrs.field(
        eq=False, repr=False
    )
    role_mention_ids: undefined.UndefinedOr[typing.Sequence[snowflakes.Snowflake]] = attrs.field(
        eq=False, repr=False
    )
    attachments: undefined.UndefinedOr[typing.Sequence[Attachment]] = attrs.field(eq=False, repr=False)
    embeds: undefined.UndefinedOr[typing.Sequence[embeds_.Embed]] = attrs.field(eq=False, repr=False)
    component_payloads: undefined.UndefinedOr[typing.Sequence[JSONObject]] = attrs.field(eq=False, repr=False)
    """The components as Discord sent them (`components` is what most code wants)."""
    type: undefined.UndefinedOr[MessageType] = attrs.field(eq=False, repr=False)
    flags: undefined.UndefinedOr[MessageFlag] = attrs.field(eq=False)
    nonce: undefined.UndefinedNoneOr[str | int] = attrs.field(eq=False, repr=False)
    webhook_id: undefined.UndefinedNoneOr[snowflakes.Snowflake] = attrs.field(eq=False, repr=False)
    application_id: undefined.UndefinedNoneOr[snowflakes.Snowflake] = attrs.field(eq=False, repr=False)
    message_reference: undefined.UndefinedNoneOr[MessageReference] = attrs.field(eq=False, repr=False)
    interaction_metadata: base_interactions.PartialInteractionMetadata | None = attrs.field(
        eq=False, repr=False
    )
    poll: undefined.UndefinedNoneOr[polls.Poll] = attrs.field(
        eq=False, repr=False, default=undefined.UNDEFINED
    )
    message_snapshots: typing.Sequence[MessageSnapshot] = attrs.field(eq=False, repr=False, factory=tuple)
    """For a forward (`message_reference.type` FORWARD): the forwarded message (Discord sends one)."""
    _payload: JSONObject = attrs.field(alias="payload", eq=False, repr=False, factory=dict)
    """The message object as Discord sent it: the lists most code never reads are parsed from it
    when first asked for (reactions, stickers, channel mentions, the referenced message...)."""

    # --- read from the payload on first access ----------------------------------------------------

    def _if_sent(self, key: str, parse: typing.Callable[[object], _T]) -> _T | undefined.UndefinedType:
        return parse(self._payload[key]) if key in self._payload else undefined.UNDEFINED

    @functools.cached_property
    def components(
        self,
    ) -> undefined.UndefinedOr[
        typing.Sequence[components_.TopLevelComponentTypesT | components_.PartialComponent]
    ]:
        """The message's top-level components (see `Message.components`); `UNDEFINED` if not sent."""
        if self.component_payloads is undefined.UNDEFINED:
            return undefined.UNDEFINED
        return component_parsing.deserialize_components(self.component_payloads)

    @functools.cached_property
    def reactions(self) -> undefined.UndefinedOr[typing.Sequence[Reaction]]:
        """The reactions on the message, one per emoji; `UNDEFINED` if Discord did not send them."""
        return self._if_sent("reactions", _reactions)

    @functools.cached_property
    def stickers(self) -> undefined.UndefinedOr[typing.Sequence[stickers_.PartialSticker]]:
        """The stickers sent with the message (its `sticker_items`); `UNDEFINED` if not sent."""
        if "sticker_items" not in self._payload and "stickers" not in self._payload:
            return undefined.UNDEFINED
        return _stickers(self._payload)

    @functools.cached_property
    def channel_mentions(
        self,
    ) -> undefined.UndefinedOr[typing.Mapping[snowflakes.Snowflake, channels.PartialChannel]]:
        """Channels the message mentions, by ID; Discord lists them only for crossposted messages."""
        return self._if_sent("mention_channels", functools.partial(_channel_mentions, app=self.app))

    @functools.cached_property
    def activity(self) -> undefined.UndefinedNoneOr[MessageActivity]:
        """The rich-presence activity the message invites to; `None` without one."""
        return self._if_sent("activity", _activity)

    @functools.cached_property
    def application(self) -> undefined.UndefinedNoneOr[MessageApplication]:
        """The application of a rich-presence message; `None` without one."""
        return self._if_sent("application", _application)

    @functools.cached_property
    def referenced_message(self) -> undefined.UndefinedNoneOr[PartialMessage]:
        """The message this one replies to: `None` if it was deleted, `UNDEFINED` if Discord did not look."""
        return self._if_sent("referenced_message", functools.partial(_referenced, app=self.app))

    @property
    def user_mentions_ids(self) -> undefined.UndefinedOr[typing.Sequence[snowflakes.Snowflake]]:
        """The IDs of the users the message mentions."""
        return undefined.UNDEFINED if self.user_mentions is undefined.UNDEFINED else list(self.user_mentions)

    @property
    def channel_mention_ids(self) -> undefined.UndefinedOr[typing.Sequence[snowflakes.Snowflake]]:
        """The IDs of `channel_mentions`."""
        mentioned = self.channel_mentions
        return undefined.UNDEFINED if mentioned is undefined.UNDEFINED else list(mentioned)

    def get_member_mentions(
        self,
    ) -> undefined.UndefinedOr[typing.Mapping[snowflakes.Snowflake, guilds.Member]]:
        """The mentioned users' members from the cache: always empty here, as hikari without a cache.

        Fetch them instead: `await rest.fetch_member(message.guild_id, user_id)`.
        """
        return undefined.UNDEFINED if self.user_mentions is undefined.UNDEFINED else {}

    def get_role_mentions(self) -> undefined.UndefinedOr[typing.Mapping[snowflakes.Snowflake, guilds.Role]]:
        """The mentioned roles from the cache: always empty here, as hikari without a cache.

        `role_mention_ids` holds their IDs; `await rest.fetch_roles(guild)` their models.
        """
        return undefined.UNDEFINED if self.role_mention_ids is undefined.UNDEFINED else {}

    def make_link(self, guild: snowflakes.SnowflakeishOr | None) -> str:
        """The jump link to the message; `guild` is its guild, `None` in a DM.

        `guild_id` is `None` for messages read from REST, so the guild is asked for:

        >>> message.make_link(message.guild_id)
        'https://discord.com/channels/290926798626357999/290926798999357250/334385199974967042'
        """
        guild_id = None if guild is None else snowflakes.snowflake_of(guild)
        return _jump_link(guild_id, self.channel_id, self.id)

    # --- acting on the message (one REST call each) -------------------------------------------------

    async def fetch_channel(self) -> channels.PartialChannel:
        """The channel the message is in (`rest.fetch_channel`)."""
        return await self.app.rest.fetch_channel(self.channel_id)

    async def edit(
        self,
        content: undefined.UndefinedOr[typing.Any] = undefined.UNDEFINED,
        *,
        attachment: undefined.UndefinedNoneOr[files.Resourceish | Attachment] = undefined.UNDEFINED,
        attachments: undefined.UndefinedNoneOr[
            typing.Sequence[files.Resourceish | Attachment]
        ] = undefined.UNDEFINED,
        component: undefined.UndefinedNoneOr[ComponentBuilder] = undefined.UNDEFINED,
        components: undefined.UndefinedNoneOr[typing.Sequence[ComponentBuilder]] = undefined.UNDEFINED,
        embed: undefined.UndefinedNoneOr[embeds_.Embed] = undefined.UNDEFINED,
        embeds: undefined.UndefinedNoneOr[typing.Sequence[embeds_.Embed]] = undefined.UNDEFINED,
        mentions_everyone: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
        mentions_reply: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
        user_mentions: undefined.UndefinedOr[mentions.MentionTargets] = undefined.UNDEFINED,
        role_mentions: undefined.UndefinedOr[mentions.MentionTargets] = undefined.UNDEFINED,
        flags: undefined.UndefinedOr[MessageFlag] = undefined.UNDEFINED,
    ) -> Message:
        """Edit the message (`rest.edit_message`): `UNDEFINED` keeps a field, `None` clears it.

        ```python
        await message.edit("Done.", components=None)
        ```
        """
        return await self.app.rest.edit_message(
            self.channel_id,
            self.id,
            content,
            attachment=attachment,
            attachments=attachments,
            component=component,
            components=components,
            embed=embed,
            embeds=embeds,
            mentions_everyone=mentions_everyone,
            mentions_reply=mentions_reply,
            user_mentions=user_mentions,
            role_mentions=role_mentions,
            flags=flags,
        )

    async def respond(
        self,
        content: undefined.UndefinedOr[typing.Any] = undefined.UNDEFINED,
        *,
        attachment: undefined.UndefinedOr[files.Resourceish] = undefined.UNDEFINED,
        attachments: undefined.UndefinedOr[typing.Sequence[files.Resourceish]] = undefined.UNDEFINED,
        component: undefined.UndefinedOr[ComponentBuilder] = undefined.UNDEFINED,
        components: undefined.UndefinedOr[typing.Sequence[ComponentBuilder]] = undefined.UNDEFINED,
        embed: undefined.UndefinedOr[embeds_.Embed] = undefined.UNDEFINED,
        embeds: undefined.UndefinedOr[typing.Sequence[embeds_.Embed]] = undefined.UNDEFINED,
        poll: undefined.UndefinedOr[PollBuildable] = undefined.UNDEFINED,
        sticker: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = undefined.UNDEFINED,
        stickers: undefined.UndefinedOr[typing.Sequence[snowflakes.SnowflakeishOr]] = undefined.UNDEFINED,
        nonce: undefined.UndefinedOr[str] = undefined.UNDEFINED,
        tts: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
        reply: undefined.UndefinedType | snowflakes.SnowflakeishOr | bool = undefined.UNDEFINED,
        reply_must_exist: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
        mentions_everyone: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
        mentions_reply: undefined.UndefinedOr[bool] = undefined.UNDEFINED,
        user_mentions: undefined.UndefinedOr[mentions.MentionTargets] = undefined.UNDEFINED,
        role_mentions: undefined.UndefinedOr[mentions.MentionTargets] = undefined.UNDEFINED,
        flags: undefined.UndefinedType | int | MessageFlag = undefined.UNDEFINED,
    ) -> Message:
        """Send a message to this message's channel (`rest.create_message`, whose arguments these are).

        `reply=True` makes it a reply to this message (`False` or `UNDEFINED`: no reply).

        ```python
        await message.respond("Pong!", reply=True, mentions_reply=False)
        ```
        """
        replied: undefined.UndefinedType | snowflakes.SnowflakeishOr = (
            self if reply is True else undefined.UNDEFINED if reply is False else reply
        )
        return await self.app.rest.create_message(
            self.channel_id,
            content,
            attachment=attachment,
            attachments=attachments,
            component=component,
            components=components,
            embed=embed,
            embeds=embeds,
            poll=poll,
            sticker=sticker,
            stickers=stickers,
            nonce=nonce,
            tts=tts,
            reply=replied,
            reply_must_exist=reply_must_exist,
            mentions_everyone=mentions_everyone,
            mentions_reply=mentions_reply,
            user_mentions=user_mentions,
            role_mentions=role_mentions,
            flags=flags,
        )

    async def delete(self) -> None:
        """Delete the message (`rest.delete_message`); `NotFoundError` if it is already gone."""
        await self.app.rest.delete_message(self.channel_id, self.id)

    async def add_reaction(
        self,
        emoji: str | emojis.Emoji,
        emoji_id: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = undefined.UNDEFINED,
    ) -> None:
        """React with `emoji` (`rest.add_reaction`).

        `emoji` is `"👍"`, a `CustomEmoji`, `"name:id"`, or a custom emoji's name with `emoji_id`.

        ```python
        await message.add_reaction("👍")
        await message.add_reaction("party", 1234567890)
        ```
        """
        await self.app.rest.add_reaction(self.channel_id, self.id, emoji, emoji_id)

    async def remove_reaction(
        self,
        emoji: str | emojis.Emoji,
        emoji_id: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = undefined.UNDEFINED,
        *,
        user: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = undefined.UNDEFINED,
    ) -> None:
        """Remove the bot's reaction with `emoji` (`rest.delete_my_reaction`), or `user`'s.

        Removing someone else's reaction (`rest.delete_reaction`) needs MANAGE_MESSAGES.
        """
        if user is undefined.UNDEFINED:
            await self.app.rest.delete_my_reaction(self.channel_id, self.id, emoji, emoji_id)
        else:
            await self.app.rest.delete_reaction(self.channel_id, self.id, user, emoji, emoji_id)

    async def remove_all_reactions(
        self,
        emoji: undefined.UndefinedOr[str | emojis.Emoji] = undefined.UNDEFINED,
        emoji_id: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = undefined.UNDEFINED,
    ) -> None:
        """Remove every reaction, or only those with `emoji` (needs MANAGE_MESSAGES).

        ```python
        await message.remove_all_reactions()      # rest.delete_all_reactions
        await message.remove_all_reactions("👍")  # rest.delete_all_reactions_for_emoji
        ```
        """
        if emoji is undefined.UNDEFINED:
            await self.app.rest.delete_all_reactions(self.channel_id, self.id)
        else:
            await self.app.rest.delete_all_reactions_for_emoji(self.channel_id, self.id, emoji, emoji_id)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> PartialMessage:
        """Read a message object that may lack fields (an update): only `id` and `channel_id` are required.

        A field Discord left out is `UNDEFINED`; one it sent that cannot be read reads as
        `Message.from_payload` reads it (an unreadable `content` is `None`, a list loses the items
        it cannot read).
        """
        fields = _fields(payload, app)
        for name, key in _SENT_AS:
            if key not in payload:
                fields[name] = undefined.UNDEFINED
        author = _optional_author(payload.get("author"), app)
        return cls(
            **fields,
            author=author,
            member=_partial_member(payload.get("member"), author, fields["guild_id"]),
            timestamp=read.timestamp(payload.get("timestamp")) or undefined.UNDEFINED,
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class Message(PartialMessage):
    """A message, with every field Discord always sends: the one a component sits on, a command's
    target, one read from REST.

    The lists most listeners never read (`components`, `reactions`, `stickers`,
    `channel_mentions`, `referenced_message`, `thread`...) are read from the payload the first
    time they are asked for:

    ```python
    row = interaction.message.components[0]
    if isinstance(row, ActionRowComponent) and isinstance(row[0], ButtonComponent):
        print(row[0].label)
    ```
    """

    author: users.User = attrs.field(eq=False)
    member: guilds.Member | None = attrs.field(eq=False, repr=False)
    """The author's member in the guild; `None` in DMs, for webhooks and for REST messages."""
    content: str | None = attrs.field(eq=False, repr=False)
    """`None` when the message has no text."""
    timestamp: datetime.datetime = attrs.field(eq=False, repr=False)
    edited_timestamp: datetime.datetime | None = attrs.field(eq=False, repr=False)
    is_tts: bool = attrs.field(eq=False, repr=False)
    is_pinned: bool = attrs.field(eq=False, repr=False)
    mentions_everyone: bool = attrs.field(eq=False, repr=False)
    user_mentions: typing.Mapping[snowflakes.Snowflake, users.User] = attrs.field(eq=False, repr=False)
    role_mention_ids: typing.Sequence[snowflakes.Snowflake] = attrs.field(eq=False, repr=False)
    attachments: typing.Sequence[Attachment] = attrs.field(eq=False, repr=False)
    embeds: typing.Sequence[embeds_.Embed] = attrs.field(eq=False, repr=False)
    component_payloads: typing.Sequence[JSONObject] = attrs.field(eq=False, repr=False)
    """The components as Discord sent them (`components` is what most code wants)."""
    type: MessageType = attrs.field(eq=False, repr=False)
    flags: MessageFlag = attrs.field(eq=False)
    nonce: str | int | None = attrs.field(eq=False, repr=False)
    webhook_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    application_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    message_reference: MessageReference | None = attrs.field(eq=False, repr=False)
    poll: polls.Poll | None = attrs.field(eq=False, repr=False, default=None)
    """The message's poll, `None` when it has none."""

    @functools.cached_property
    def components(
        self,
    ) -> typing.Sequence[components_.TopLevelComponentTypesT | components_.PartialComponent]:
        """The message's top-level components; types this release does not know are `PartialComponent`s.

        Reading them never raises: a component that cannot be read is a `PartialComponent` too
        (its type and id), and one without an integer type is left out.
        """
        # Parsed on first access: most listeners never look at the message's components.
        return component_parsing.deserialize_components(self.component_payloads)

    @functools.cached_property
    def reactions(self) -> typing.Sequence[Reaction]:
        """The reactions on the message, one per emoji (empty without any)."""
        return _reactions(self._payload.get("reactions"))

    @functools.cached_property
    def stickers(self) -> typing.Sequence[stickers_.PartialSticker]:
        """The stickers sent with the message (empty without any)."""
        return _stickers(self._payload)

    @functools.cached_property
    def channel_mentions(self) -> typing.Mapping[snowflakes.Snowflake, channels.PartialChannel]:
        """Channels the message mentions, by ID; Discord lists them only for crossposted messages."""
        return _channel_mentions(self._payload.get("mention_channels"), app=self.app)

    @functools.cached_property
    def activity(self) -> MessageActivity | None:
        """The rich-presence activity the message invites to; `None` without one."""
        return _activity(self._payload.get("activity"))

    @functools.cached_property
    def application(self) -> MessageApplication | None:
        """The application of a rich-presence message; `None` without one."""
        return _application(self._payload.get("application"))

    @functools.cached_property
    def referenced_message(self) -> PartialMessage | None:
        """The message this one replies to (or a thread starter's original); `None` if none or deleted."""
        return _referenced(self._payload.get("referenced_message"), app=self.app)

    @functools.cached_property
    def thread(self) -> channels.GuildThreadChannel | None:
        """The thread started from this message; `None` without one."""
        return _thread(self._payload.get("thread"), self.app, self.guild_id)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> Message:
        """Read a message object as Discord sends it.

        Its ID, channel, author and timestamp are required (`KeyError`, `TypeError` or
        `ValueError` without them); any other field of the wrong type reads as absent, and an
        item of a list that cannot be read (a mention without an ID...) is left out.
        """
        author = users.User.from_payload(read.required_object(payload, "author"), app=app)
        fields = _fields(payload, app)
        return cls(
            **fields,
            author=author,
            member=_member(payload.get("member"), author, fields["guild_id"]),
            timestamp=time.parse_iso8601(payload["timestamp"]),
        )


@attrs.define(kw_only=True, eq=False)
class PinnedMessage:
    """One item of a channel's pins: the message and when it was pinned (newest pins come first).

    ```python
    async for pin in rest.fetch_pins(channel):
        print(pin.pinned_at, pin.message.content)
    ```
    """

    pinned_at: datetime.datetime = attrs.field(repr=False)
    message: Message = attrs.field(repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> PinnedMessage:
        """Read a message pin object (`{"pinned_at": ..., "message": {...}}`).

        Both fields are required (`KeyError`, `TypeError` or `ValueError` without them), as the
        message's own required fields are.
        """
        return cls(
            pinned_at=time.parse_iso8601(read.required_text(payload, "pinned_at")),
            message=Message.from_payload(read.required_object(payload, "message"), app=app),
        )


_SENT_AS: typing.Final = (
    ("content", "content"),
    ("edited_timestamp", "edited_timestamp"),
    ("is_tts", "tts"),
    ("is_pinned", "pinned"),
    ("mentions_everyone", "mention_everyone"),
    ("user_mentions", "mentions"),
    ("role_mention_ids", "mention_roles"),
    ("attachments", "attachments"),
    ("embeds", "embeds"),
    ("component_payloads", "components"),
    ("type", "type"),
    ("flags", "flags"),
    ("nonce", "nonce"),
    ("webhook_id", "webhook_id"),
    ("application_id", "application_id"),
    ("message_reference", "message_reference"),
    ("poll", "poll"),
)
"""Each field of `_fields` a `PartialMessage` leaves `UNDEFINED` when its key is not in the payload."""


def _fields(payload: JSONObject, app: traits.RESTAware) -> dict[str, typing.Any]:
    """What `Message` and `PartialMessage` read alike: all but the author, member and timestamp."""
    get = payload.get
    return {
        "app": app,
        "id": snowflakes.parse(payload["id"]),
        "channel_id": snowflakes.parse(payload["channel_id"]),
        "guild_id": snowflakes.parse_or_none(get("guild_id")),
        "content": read.text(get("content")) or None,
        "edited_timestamp": read.timestamp(get("edited_timestamp")),
        "is_tts": get("tts") is True,
        "is_pinned": get("pinned") is True,
        "mentions_everyone": get("mention_everyone") is True,
        "user_mentions": _users(read.objects(get("mentions")), app),
        "role_mention_ids": read.each(read.array(get("mention_roles")), snowflakes.parse),
        "attachments": read.each(read.objects(get("attachments")), Attachment.from_payload),
        "embeds": [embeds_.deserialize_embed(item) for item in read.objects(get("embeds"))],
        "component_payloads": read.objects(get("components")),
        "type": MessageType(read.integer(get("type")) or 0),
        "flags": MessageFlag(read.natural(get("flags")) or 0),
        "nonce": _nonce(get("nonce")),
        "webhook_id": snowflakes.parse_or_none(get("webhook_id")),
        "application_id": snowflakes.parse_or_none(get("application_id")),
        "message_reference": _reference(get("message_reference"), app),
        "interaction_metadata": _interaction_metadata(get("interaction_metadata"), app),
        "poll": _poll(get("poll")),
        "message_snapshots": _snapshots(get("message_snapshots"), app),
        "payload": payload,
    }


def _jump_link(guild_id: snowflakes.Snowflake | None, *ids: snowflakes.Snowflake) -> str:
    return "/".join((f"{_WEB_URL}/channels", "@me" if guild_id is None else str(guild_id), *map(str, ids)))


def _optional_author(payload: object, app: traits.RESTAware) -> undefined.UndefinedOr[users.User]:
    if not isinstance(payload, dict):
        return undefined.UNDEFINED
    try:
        return users.User.from_payload(payload, app=app)
    except (KeyError, TypeError, ValueError):
        return undefined.UNDEFINED


def _partial_member(
    payload: object, author: undefined.UndefinedOr[users.User], guild_id: snowflakes.Snowflake | None
) -> undefined.UndefinedNoneOr[guilds.Member]:
    # As hikari: no member outside a guild; in a guild, one not sent (or without its user) is unknown.
    if guild_id is None:
        return None
    if author is undefined.UNDEFINED:
        return undefined.UNDEFINED
    return _member(payload, author, guild_id) or undefined.UNDEFINED


def _reactions(payload: object) -> typing.Sequence[Reaction]:
    if not payload:
        return ()  # most messages have no reactions: skip loading their module
    from hikari_like import _message_parts

    return _message_parts.reactions_from_payload(payload)


def _activity(payload: object) -> MessageActivity | None:
    if not isinstance(payload, dict):
        return None
    from hikari_like import _message_parts

    return _message_parts.activity_from_payload(payload)


def _application(payload: object) -> MessageApplication | None:
    if not isinstance(payload, dict):
        return None
    from hikari_like import _message_parts

    return _message_parts.application_from_payload(payload)


def _stickers(payload: JSONObject) -> typing.Sequence[stickers_.PartialSticker]:
    # `stickers` (full sticker objects) is the deprecated field older messages still carry.
    items = read.objects(payload.get("sticker_items", payload.get("stickers")))
    if not items:
        return ()
    from hikari_like import stickers

    return read.each(items, stickers.PartialSticker.from_payload)


def _channel_mentions(
    payload: object, *, app: traits.RESTAware
) -> dict[snowflakes.Snowflake, channels.PartialChannel]:
    mentioned = read.each(
        read.objects(payload), lambda item: channels.PartialChannel.from_payload(item, app=app)
    )
    return {channel.id: channel for channel in mentioned}


def _referenced(payload: object, *, app: traits.RESTAware) -> PartialMessage | None:
    if not isinstance(payload, dict):
        return None
    try:
        return PartialMessage.from_payload(payload, app=app)
    except (KeyError, TypeError, ValueError):
        return None  # no ID or channel: as good as a deleted message


def _thread(
    payload: object, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None
) -> channels.GuildThreadChannel | None:
    if not isinstance(payload, dict):
        return None
    from hikari_like import _channel_kinds

    try:
        thread = channels.channel_from_payload(payload, app=app, guild_id=guild_id)
    except (KeyError, TypeError, ValueError):
        return None
    return thread if isinstance(thread, _channel_kinds.GuildThreadChannel) else None


def _nonce(value: object) -> str | int | None:
    return value if isinstance(value, str) else read.integer(value)


def _member(
    payload: object, author: users.User, guild_id: snowflakes.Snowflake | None
) -> guilds.Member | None:
    if not isinstance(payload, dict) or not payload or guild_id is None:
        return None
    return guilds.Member.from_payload(payload, user=author, guild_id=guild_id)


def _users(
    payloads: typing.Iterable[JSONObject], app: traits.RESTAware
) -> dict[snowflakes.Snowflake, users.User]:
    mentioned = read.each(payloads, lambda payload: users.User.from_payload(payload, app=app))
    return {user.id: user for user in mentioned}


def _poll(payload: object) -> polls.Poll | None:
    if not isinstance(payload, dict):
        return None
    # Imported here: most messages have no poll, and `import hikari_like` should not pay for it.
    from hikari_like import polls

    return polls.Poll.from_payload(payload)


def _snapshots(payload: object, app: traits.RESTAware) -> typing.Sequence[MessageSnapshot]:
    if not isinstance(payload, list):
        return ()  # most messages are no forwards: skip the list building
    return [MessageSnapshot.from_payload(item, app=app) for item in read.objects(payload)]


def _reference(payload: object, app: traits.RESTAware) -> MessageReference | None:
    return MessageReference.from_payload(payload, app=app) if isinstance(payload, dict) else None


def _interaction_metadata(
    payload: object, app: traits.RESTAware
) -> base_interactions.PartialInteractionMetadata | None:
    if not isinstance(payload, dict):
        return None
    # Imported here: the interaction modules import this one for `Message`.
    from hikari_like.interactions import base_interactions

    try:
        return base_interactions.deserialize_interaction_metadata(payload, app=app)
    except (KeyError, TypeError, ValueError, RecursionError):
        # Metadata that cannot be read is as good as none (RecursionError: modal metadata that
        # holds the metadata that opened it, that holds... absurdly deep).
        return None
