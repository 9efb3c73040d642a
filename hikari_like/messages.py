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
    "PinnedMessage",
]

import datetime
import enum
import functools
import typing

import attrs

from hikari_like import component_parsing
from hikari_like import components as components_
from hikari_like import embeds as embeds_
from hikari_like import files
from hikari_like import guilds
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import users
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read
from hikari_like.internal import time

if typing.TYPE_CHECKING:
    from hikari_like import polls
    from hikari_like import traits
    from hikari_like.interactions import base_interactions
    from hikari_like.internal.json import JSONObject


class MessageFlag(enum.IntFlag):
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


class AttachmentFlag(enum.IntFlag):
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
    guild_id: snowflakes.Snowflake | None

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
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class Message(snowflakes.UniqueEntity):
    """A message: the one a component sits on, or the target of a message command.

    `components` holds the models of `hikari_like.components` (rows, buttons, containers...),
    read from the payload the first time it is asked for:

    ```python
    row = interaction.message.components[0]
    if isinstance(row, ActionRowComponent) and isinstance(row[0], ButtonComponent):
        print(row[0].label)
    ```
    """

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    id: snowflakes.Snowflake = attrs.field(hash=True)
    channel_id: snowflakes.Snowflake = attrs.field(eq=False)
    guild_id: snowflakes.Snowflake | None = attrs.field(eq=False)
    author: users.User = attrs.field(eq=False)
    member: guilds.Member | None = attrs.field(eq=False, repr=False)
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
    interaction_metadata: base_interactions.PartialInteractionMetadata | None = attrs.field(
        eq=False, repr=False
    )
    poll: polls.Poll | None = attrs.field(eq=False, repr=False, default=None)
    """The message's poll, `None` when it has none."""
    message_snapshots: typing.Sequence[MessageSnapshot] = attrs.field(eq=False, repr=False, factory=tuple)
    """For a forward (`message_reference.type` FORWARD): the forwarded message (Discord sends one)."""

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

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> Message:
        """Read a message object as Discord sends it.

        Its ID, channel, author and timestamp are required (`KeyError`, `TypeError` or
        `ValueError` without them); any other field of the wrong type reads as absent, and an
        item of a list that cannot be read (a mention without an ID...) is left out.
        """
        get = payload.get
        author = users.User.from_payload(read.required_object(payload, "author"), app=app)
        guild_id = snowflakes.parse_or_none(get("guild_id"))
        return cls(
            app=app,
            id=snowflakes.parse(payload["id"]),
            channel_id=snowflakes.parse(payload["channel_id"]),
            guild_id=guild_id,
            author=author,
            member=_member(get("member"), author, guild_id),
            content=read.text(get("content")) or None,
            timestamp=time.parse_iso8601(payload["timestamp"]),
            edited_timestamp=read.timestamp(get("edited_timestamp")),
            is_tts=get("tts") is True,
            is_pinned=get("pinned") is True,
            mentions_everyone=get("mention_everyone") is True,
            user_mentions=_users(read.objects(get("mentions")), app),
            role_mention_ids=read.each(read.array(get("mention_roles")), snowflakes.parse),
            attachments=read.each(read.objects(get("attachments")), Attachment.from_payload),
            embeds=[embeds_.deserialize_embed(item) for item in read.objects(get("embeds"))],
            component_payloads=read.objects(get("components")),
            type=MessageType(read.integer(get("type")) or 0),
            flags=MessageFlag(read.natural(get("flags")) or 0),
            nonce=_nonce(get("nonce")),
            webhook_id=snowflakes.parse_or_none(get("webhook_id")),
            application_id=snowflakes.parse_or_none(get("application_id")),
            message_reference=_reference(get("message_reference"), app),
            interaction_metadata=_interaction_metadata(get("interaction_metadata"), app),
            poll=_poll(get("poll")),
            message_snapshots=_snapshots(get("message_snapshots"), app),
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
