"""The fields every interaction shares, and the interaction/response type enums.

An interaction is parsed on the hot path, once per request, and most listeners read only a few
of its fields: `from_payload` reads the top level and keeps the payload, and each nested part is
parsed on first access (`hikari_like.internal.lazy`). Parsing is tolerant: unknown fields are
ignored, unknown enum values are kept, and fields that old payloads lack get the value Discord's
behaviour implied.
"""

from __future__ import annotations

__all__ = [
    "DEFERRED_RESPONSE_TYPES",
    "MESSAGE_RESPONSE_TYPES",
    "USER_INSTALL_FOLLOWUP_LIMIT",
    "DeferredResponseTypesT",
    "InteractionCallback",
    "InteractionCallbackActivityInstance",
    "InteractionCallbackResource",
    "InteractionCallbackResponse",
    "InteractionChannel",
    "InteractionMember",
    "InteractionType",
    "MessageResponseMixin",
    "ModalResponseMixin",
    "PartialInteraction",
    "PartialInteractionMetadata",
    "ResolvedOptionData",
    "MessageResponseTypesT",
    "ResponseType",
    "deserialize_interaction_metadata",
]

import functools
import typing

import attrs

from hikari_like import applications
from hikari_like import channels
from hikari_like import guilds
from hikari_like import locales
from hikari_like import messages
from hikari_like import permissions as permissions_
from hikari_like import snowflakes
from hikari_like import users
from hikari_like.interactions import _required
from hikari_like.interactions import rest_methods
from hikari_like.internal import enums
from hikari_like.internal import lazy
from hikari_like.internal import partial_json
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.impl import builders as special_endpoints
    from hikari_like.interactions.callback_responses import InteractionCallback
    from hikari_like.interactions.callback_responses import InteractionCallbackResource
    from hikari_like.interactions.callback_responses import InteractionCallbackResponse
    from hikari_like.internal.json import JSONObject
else:
    from hikari_like.internal import lazy_imports

    # hikari's path for the callback response models; their module imports this one, so they load
    # on first use.
    __getattr__, __dir__ = lazy_imports.exports(
        __name__,
        dict.fromkeys(
            ("InteractionCallback", "InteractionCallbackResource", "InteractionCallbackResponse"),
            "hikari_like.interactions.callback_responses",
        ),
    )

DEFAULT_ATTACHMENT_SIZE_LIMIT: typing.Final = 10 * 1024 * 1024
"""Discord's base upload limit, used when a payload predates `attachment_size_limit`."""

USER_INSTALL_FOLLOWUP_LIMIT: typing.Final = 5
"""Followups Discord allows an interaction whose only authorizing owner is a user install."""

_THREAD_TYPES: typing.Final = frozenset(
    {
        channels.ChannelType.GUILD_NEWS_THREAD,
        channels.ChannelType.GUILD_PUBLIC_THREAD,
        channels.ChannelType.GUILD_PRIVATE_THREAD,
    }
)


class InteractionType(enums.TolerantIntEnum):
    """What kind of interaction Discord sent (the payload's `type`)."""

    PING = 1
    APPLICATION_COMMAND = 2
    MESSAGE_COMPONENT = 3
    AUTOCOMPLETE = 4
    MODAL_SUBMIT = 5


class ResponseType(enums.TolerantIntEnum):
    """How the bot answers an interaction (the response's `type`)."""

    PONG = 1
    MESSAGE_CREATE = 4
    """Answer with a message."""
    DEFERRED_MESSAGE_CREATE = 5
    """Show "thinking..." now; send the message later by editing the original response."""
    DEFERRED_MESSAGE_UPDATE = 6
    """Component interactions only: acknowledge now, edit the component's message later."""
    MESSAGE_UPDATE = 7
    """Component interactions only: edit the message the component is on."""
    AUTOCOMPLETE = 8
    """Autocomplete interactions only: offer choices."""
    MODAL = 9
    """Open a modal (not as an answer to a modal submit)."""
    PREMIUM_REQUIRED = 10
    """Deprecated by Discord in favour of premium buttons."""
    LAUNCH_ACTIVITY = 12
    """Launch the application's activity."""


MessageResponseTypesT = typing.Literal[ResponseType.MESSAGE_CREATE, 4, ResponseType.MESSAGE_UPDATE, 7]
"""The response types that answer with a message at once (as a `Literal`, for type checkers)."""

MESSAGE_RESPONSE_TYPES: typing.Final[typing.AbstractSet[int]] = frozenset(
    [ResponseType.MESSAGE_CREATE, ResponseType.MESSAGE_UPDATE]
)
"""The response types that answer with a message at once: `MESSAGE_CREATE`, `MESSAGE_UPDATE`."""

DeferredResponseTypesT = typing.Literal[
    ResponseType.DEFERRED_MESSAGE_CREATE, 5, ResponseType.DEFERRED_MESSAGE_UPDATE, 6
]
"""The response types that acknowledge now and send or edit the message later."""

DEFERRED_RESPONSE_TYPES: typing.Final[typing.AbstractSet[int]] = frozenset(
    [ResponseType.DEFERRED_MESSAGE_CREATE, ResponseType.DEFERRED_MESSAGE_UPDATE]
)
"""The deferred response types: `DEFERRED_MESSAGE_CREATE`, `DEFERRED_MESSAGE_UPDATE`."""


@attrs.define(slots=True, kw_only=True, unsafe_hash=True)
class InteractionCallbackActivityInstance:
    """The activity a `LAUNCH_ACTIVITY` response started."""

    id: str
    """The Activity instance's ID (e.g. `"i-1276580072400224306-gc-912952092627435520-..."`)."""


@attrs.define(kw_only=True, unsafe_hash=True)
class InteractionMember(guilds.Member):
    """The member who triggered an interaction (or a resolved one), with their channel permissions."""

    permissions: permissions_.Permissions = attrs.field(eq=False, repr=False)
    """The member's permissions in the interaction's channel."""

    @classmethod
    def from_interaction_payload(
        cls, payload: JSONObject, *, user: users.User, guild_id: snowflakes.Snowflake
    ) -> InteractionMember:
        """Read an interaction's member object (which carries `permissions`)."""
        return cls(
            user=user,
            guild_id=guild_id,
            permissions=permissions_from(payload.get("permissions")),
            **guilds.member_fields(payload, guild_id),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class InteractionChannel(channels.PartialChannel):
    """The channel an interaction happened in (or a resolved channel option)."""

    permissions: permissions_.Permissions = attrs.field(eq=False)
    """The invoking user's permissions in this channel (none for DMs)."""
    parent_id: snowflakes.Snowflake | None = attrs.field(eq=False)
    """The category or, for threads, the parent channel."""
    thread_metadata: channels.ThreadMetadata | None = attrs.field(eq=False, repr=False)
    app_permissions: permissions_.Permissions | None = attrs.field(default=None, eq=False, repr=False)
    """The application's permissions in this channel, as Discord sends them on resolved channels
    (`None` when the payload has none)."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> InteractionChannel:
        """Read a partial channel object as interactions carry it.

        Only the ID is required; any other field of the wrong type reads as absent.
        """
        get = payload.get
        thread_metadata = get("thread_metadata")
        return cls(
            app=app,
            id=snowflakes.parse_recurring(payload["id"]),
            name=read.text(get("name")),
            type=channels.ChannelType(read.integer(get("type")) or 0),
            # DM channels come without permissions.
            permissions=permissions_from(get("permissions")),
            parent_id=snowflakes.parse_or_none(get("parent_id")),
            thread_metadata=channels.ThreadMetadata.from_payload(thread_metadata)
            if isinstance(thread_metadata, dict)
            else None,
            app_permissions=guilds.permissions_or_none(get("app_permissions")),
        )


@attrs.define(kw_only=True)
class ResolvedOptionData:
    """The objects behind the IDs in a command's options or a select's values, keyed by ID."""

    attachments: typing.Mapping[snowflakes.Snowflake, messages.Attachment] = attrs.field(repr=False)
    channels: typing.Mapping[snowflakes.Snowflake, InteractionChannel] = attrs.field(repr=False)
    members: typing.Mapping[snowflakes.Snowflake, InteractionMember] = attrs.field(repr=False)
    """Keyed by user ID; each member's user is also in `users`."""
    messages: typing.Mapping[snowflakes.Snowflake, messages.Message] = attrs.field(repr=False)
    roles: typing.Mapping[snowflakes.Snowflake, guilds.Role] = attrs.field(repr=False)
    users: typing.Mapping[snowflakes.Snowflake, users.User] = attrs.field(repr=False)

    @classmethod
    def from_payload(
        cls, payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None
    ) -> ResolvedOptionData:
        """Read a resolved data object; `guild_id` is the interaction's (roles and members need it).

        An entry that cannot be read (a user without an ID, a member whose user is not resolved)
        is left out.
        """
        get = payload.get
        # Roles and members only resolve in guilds; 0 keeps a strange payload parseable.
        in_guild = guild_id if guild_id is not None else snowflakes.Snowflake(0)
        users_by_id = _resolved_users(get("users"), app)
        return cls(
            attachments=_keyed(get("attachments"), messages.Attachment.from_payload),
            channels=_keyed(get("channels"), lambda item: InteractionChannel.from_payload(item, app=app)),
            members=_resolved_members(get("members"), users_by_id, in_guild),
            messages=_keyed(get("messages"), lambda item: messages.Message.from_payload(item, app=app)),
            roles=_keyed(
                get("roles"), lambda item: guilds.Role.from_payload(item, app=app, guild_id=in_guild)
            ),
            users=users_by_id,
        )


_ModelT = typing.TypeVar("_ModelT", bound=snowflakes.Unique)


def _keyed(
    payloads: object, parse: typing.Callable[[JSONObject], _ModelT]
) -> dict[snowflakes.Snowflake, _ModelT]:
    parsed = read.each(read.objects(list(read.mapping(payloads).values())), parse)
    return {model.id: model for model in parsed}


def _resolved_users(payloads: object, app: traits.RESTAware) -> dict[snowflakes.Snowflake, users.User]:
    return _keyed(payloads, lambda item: users.User.from_payload(item, app=app))


def _resolved_members(
    payloads: object,
    users_by_id: typing.Mapping[snowflakes.Snowflake, users.User],
    guild_id: snowflakes.Snowflake,
) -> dict[snowflakes.Snowflake, InteractionMember]:
    members: dict[snowflakes.Snowflake, InteractionMember] = {}
    for raw_id, payload in read.mapping(payloads).items():
        user_id = snowflakes.parse_or_none(raw_id)
        # Discord sends a resolved member without its user; the user is under `users`.
        user = users_by_id.get(user_id) if user_id is not None else None
        if user is not None and isinstance(payload, dict):
            members[user.id] = InteractionMember.from_interaction_payload(
                payload, user=user, guild_id=guild_id
            )
    return members


def resolved_of(
    data: JSONObject, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None
) -> ResolvedOptionData | None:
    """The `resolved` of an interaction's `data`, or `None` when it has none (or not an object)."""
    raw_resolved = data.get("resolved")
    if not isinstance(raw_resolved, dict) or not raw_resolved:
        return None
    return ResolvedOptionData.from_payload(raw_resolved, app=app, guild_id=guild_id)


def optional_message(payload: partial_json.AnyPayload, app: traits.RESTAware) -> messages.Message | None:
    """The payload's `message`, or `None` when it has none or one that cannot be read."""
    raw_message = payload.get("message")
    if not isinstance(raw_message, dict) or not raw_message:
        return None
    try:
        return messages.Message.from_payload(raw_message, app=app)
    except (KeyError, TypeError, ValueError):
        return None


@attrs.define(kw_only=True, unsafe_hash=True)
class PartialInteractionMetadata:
    """What a message says about the interaction that created it."""

    interaction_id: snowflakes.Snowflake = attrs.field(hash=True)
    type: InteractionType = attrs.field(eq=False)
    user: users.User = attrs.field(eq=False)
    authorizing_integration_owners: typing.Mapping[
        applications.ApplicationIntegrationType, snowflakes.Snowflake
    ] = attrs.field(eq=False)
    original_response_message_id: snowflakes.Snowflake | None = attrs.field(eq=False)
    """The original response's ID; set on followups only."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read the fields every kind of interaction metadata has."""
        return cls(**metadata_fields(payload, app))


class _MetadataFields(typing.TypedDict):
    interaction_id: snowflakes.Snowflake
    type: InteractionType
    user: users.User
    authorizing_integration_owners: dict[applications.ApplicationIntegrationType, snowflakes.Snowflake]
    original_response_message_id: snowflakes.Snowflake | None


def metadata_fields(payload: JSONObject, app: traits.RESTAware) -> _MetadataFields:
    """The fields every interaction metadata object has (shared with the typed subclasses).

    The ID, type and user are required (`KeyError`, `TypeError` or `ValueError` without them);
    the rest reads as absent when it is of the wrong type.
    """
    get = payload.get
    kind = read.integer(payload["type"])
    if kind is None:
        raise TypeError("an interaction's type is an integer")
    return _MetadataFields(
        interaction_id=snowflakes.parse(payload["id"]),
        type=InteractionType(kind),
        user=users.User.from_payload(read.required_object(payload, "user"), app=app),
        authorizing_integration_owners=integration_owners(get("authorizing_integration_owners")),
        original_response_message_id=snowflakes.parse_or_none(get("original_response_message_id")),
    )


def deserialize_interaction_metadata(
    payload: JSONObject, *, app: traits.RESTAware
) -> PartialInteractionMetadata:
    """Read a message's `interaction_metadata`, as the subclass for its interaction type.

    An interaction type this release does not know gives a plain `PartialInteractionMetadata`.
    """
    # Imported here: those modules import this one.
    from hikari_like.interactions import command_interactions
    from hikari_like.interactions import component_interactions
    from hikari_like.interactions import modal_interactions

    kinds: dict[int, type[PartialInteractionMetadata]] = {
        InteractionType.APPLICATION_COMMAND: command_interactions.CommandInteractionMetadata,
        InteractionType.MESSAGE_COMPONENT: component_interactions.ComponentInteractionMetadata,
        InteractionType.MODAL_SUBMIT: modal_interactions.ModalInteractionMetadata,
    }
    kind = read.integer(payload.get("type"))
    return kinds.get(kind or 0, PartialInteractionMetadata).from_payload(payload, app=app)


def integration_owners(
    payload: object,
) -> dict[applications.ApplicationIntegrationType, snowflakes.Snowflake]:
    """Read `authorizing_integration_owners` (its keys are integration types as strings).

    An entry whose key is not an integration type or whose value is not an ID is left out.
    """
    owners = {}
    for kind, owner in read.mapping(payload).items():
        kind_number, owner_id = snowflakes.parse_or_none(kind), snowflakes.parse_or_none(owner)
        if kind_number is not None and owner_id is not None:
            owners[applications.ApplicationIntegrationType(int(kind_number))] = owner_id
    return owners


class PartialInteraction(snowflakes.UniqueEntity, rest_methods.WebhookMethods):
    """The fields every interaction has. Build one with `from_payload` on a concrete subclass.

    ```python
    interaction = CommandInteraction.from_payload(json.loads(body), app=bot)
    print(interaction.user.display_name, interaction.locale)
    ```

    `from_payload` reads only the top level (IDs, token, type); each nested part is parsed the
    first time it is read, then kept. Interactions are equal when they are of the same class and
    have the same ID.
    """

    __slots__ = (
        "__weakref__",
        "_answer_state",
        "_app_permissions",
        "_attachment_size_limit",
        "_authorizing_integration_owners",
        "_channel",
        "_context",
        "_entitlements",
        "_guild_locale",
        "_locale",
        "_member",
        "_payload",
        "_user",
        "app",
        "application_id",
        "guild_id",
        "id",
        "token",
        "type",
        "version",
    )

    _payload: partial_json.AnyPayload
    app: traits.RESTAware
    """The application that received the interaction (gives access to `app.rest`)."""
    id: snowflakes.Snowflake
    """The interaction's ID (interactions are equal when their class and ID are)."""
    application_id: snowflakes.Snowflake
    """The ID of the application the interaction is for."""
    type: InteractionType
    token: str
    """The interaction token (valid for 15 minutes); never shown in `repr`."""
    version: int
    """Always 1 (Discord's interaction structure version)."""
    guild_id: snowflakes.Snowflake | None
    """The guild the interaction happened in; `None` in DMs."""

    # What `repr` shows, besides `id` and `type`; the token never.
    _repr_fields: typing.ClassVar[tuple[str, ...]] = ("guild_id", "user")

    @classmethod
    def from_payload(cls, payload: partial_json.AnyPayload, *, app: traits.RESTAware) -> typing.Self:
        """Read an interaction payload (the decoded request body) as this class.

        Most parts are parsed only when first read, and reading them never fails: what an
        interaction cannot do without (its IDs and token, what identifies its `data`, the
        invoking user, the channel, a component's message) is checked here, and anything else
        of the wrong type reads as absent (`_required` says which is which). A payload refused
        raises `KeyError`, `TypeError` or `ValueError` (the interaction server answers those
        with 400, before any listener runs). The payload is kept, not copied, until every part
        is read: do not change it afterwards.
        """
        interaction = cls.__new__(cls)
        try:
            interaction._read(payload, app)
        except (AttributeError, RecursionError) as error:  # Defence in depth: the checks prevent both.
            raise TypeError(f"malformed interaction payload: {error}") from error
        except OverflowError as error:
            raise ValueError(f"malformed interaction payload: {error}") from error
        return interaction

    # What this kind of interaction needs beyond its top level, checked up front; set by each kind.
    _checked_up_front: typing.ClassVar[_required.UpFront | None] = None

    def _read(self, payload: partial_json.AnyPayload, app: traits.RESTAware) -> None:
        up_front = self._checked_up_front
        if up_front is None:
            raise NotImplementedError(f"{type(self).__name__} is not a concrete interaction type")
        self._payload = payload
        self.app = app
        if type(payload) is partial_json.PartialPayload:
            self._read_typed_top_level(payload)
            member, user = payload.invoker()
            data = payload.data
            if type(data) is not dict:
                raise KeyError("data")  # absent (msgspec typed it), as `payload["data"]` would say
            up_front.check(
                data, member=member, user=user, channel_id=payload.sent_channel_id(), get=payload.get
            )
        else:
            full: JSONObject = payload  # type: ignore[assignment] # a dict, or refused by `_read_top_level`
            self._read_top_level(full)
            get = full.get
            data = full["data"]
            up_front.check(
                data, member=get("member"), user=get("user"), channel_id=get("channel_id"), get=get
            )
        self._read_data(data)

    def _read_top_level(self, payload: JSONObject) -> None:
        if type(payload) is not dict:
            raise TypeError(f"an interaction payload is an object, not {type(payload).__name__}")
        get = payload.get
        self.id = snowflakes.parse(payload["id"])
        self.application_id = snowflakes.parse_recurring(payload["application_id"])
        self.type = _interaction_type(payload["type"])
        self.token = _token(payload["token"])
        version = read.integer(get("version", 1))  # bounded: every decoder reads it alike
        if version is None:
            raise TypeError("an interaction's version is an integer")
        self.version = version
        guild_id = get("guild_id")
        self.guild_id = None if guild_id is None else snowflakes.parse_recurring(guild_id)

    def _read_typed_top_level(self, payload: partial_json.PartialPayload) -> None:
        """Read a partial payload's top level, whose JSON types msgspec checked as it decoded it."""
        self.id = snowflakes.parse(payload.id)
        self.application_id = snowflakes.parse_recurring(payload.application_id)
        self.type = _interaction_type(payload.type)
        self.token = token = payload.token  # a string: msgspec typed it
        if not token:
            raise ValueError("an interaction's token is a non-empty string")
        version, guild_id = payload.version, payload.guild_id  # each may be UNSET
        self.version = version if type(version) is int else 1
        self.guild_id = snowflakes.parse_recurring(guild_id) if type(guild_id) is str else None

    def _read_data(self, data: JSONObject) -> None:
        """Read the few fields of the payload's `data` that identify it (checks its shape too)."""
        raise NotImplementedError(f"{type(self).__name__} is not a concrete interaction type")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.id == other.id

    def __hash__(self) -> int:
        return hash(self.id)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={_safe_repr(self, name)}" for name in self._repr_fields)
        return f"{type(self).__name__}(id={self.id!r}, type={self.type!r}, {shown})"

    @property
    def channel_id(self) -> snowflakes.Snowflake:
        """The ID of the channel the interaction happened in."""
        return self.channel.id

    @property
    def webhook_id(self) -> snowflakes.Snowflake:
        """The ID to use as a webhook ID with the token (the application's ID)."""
        return self.application_id

    @lazy.lazy
    def app_permissions(self) -> permissions_.Permissions | None:
        """The bot's permissions in the channel (`None` only in payloads that predate the field)."""
        return guilds.permissions_or_none(self._payload.get("app_permissions"))

    @lazy.lazy
    def user(self) -> users.User:
        """Who triggered the interaction (in guilds, the member's user)."""
        member = self.member
        if member is not None:
            return member.user
        return users.User.from_payload(self._payload["user"], app=self.app)  # checked up front

    @lazy.lazy
    def member(self) -> InteractionMember | None:
        """The invoking member, with permissions; `None` outside guilds."""
        member_payload = self._payload.get("member")
        if not isinstance(member_payload, dict) or "user" not in member_payload:
            return None
        user = users.User.from_payload(member_payload["user"], app=self.app)  # checked up front
        in_guild = self.guild_id if self.guild_id is not None else snowflakes.Snowflake(0)
        return InteractionMember.from_interaction_payload(member_payload, user=user, guild_id=in_guild)

    @lazy.lazy
    def channel(self) -> InteractionChannel:
        """The channel the interaction happened in (partial: ID, name, type, permissions...)."""
        return _channel(self._payload, self.app, self.guild_id)

    @lazy.lazy
    def guild_locale(self) -> str | locales.Locale | None:
        """The guild's preferred locale; `None` outside guilds."""
        guild_locale = read.text(self._payload.get("guild_locale"))
        return None if guild_locale is None else _locale(guild_locale)

    @lazy.lazy
    def locale(self) -> str | locales.Locale:
        """The invoking user's client language."""
        return _locale(read.text(self._payload.get("locale")) or locales.Locale.EN_US)

    @lazy.lazy
    def authorizing_integration_owners(
        self,
    ) -> typing.Mapping[applications.ApplicationIntegrationType, snowflakes.Snowflake]:
        """For each way the app is installed here, the guild or user that installed it."""
        return integration_owners(self._payload.get("authorizing_integration_owners"))

    @lazy.lazy
    def context(self) -> applications.ApplicationContextType:
        """Where the interaction happened; inferred (guild or bot DM) for payloads that predate it."""
        return _context(read.integer(self._payload.get("context")), self.guild_id)

    @lazy.lazy
    def entitlements(self) -> typing.Sequence[applications.Entitlement]:
        """The invoking user's (or guild's) entitlements to the application's SKUs."""
        return read.each(
            read.objects(self._payload.get("entitlements")), applications.Entitlement.from_payload
        )

    @lazy.lazy
    def attachment_size_limit(self) -> int:
        """The largest file, in bytes, a response may attach."""
        limit = read.natural(self._payload.get("attachment_size_limit"))
        return DEFAULT_ATTACHMENT_SIZE_LIMIT if limit is None else limit

    async def fetch_guild(self) -> guilds.RESTGuild | None:
        """Fetch the guild the interaction happened in over REST; `None` in DMs.

        ```python
        guild = await interaction.fetch_guild()
        ```
        """
        if self.guild_id is None:
            return None
        return await self.app.rest.fetch_guild(self.guild_id)

    def get_guild(self) -> guilds.Guild | None:
        """The guild from a cache, as hikari reads it: always `None` here, where there is no cache
        (hikari without one answers the same). `await rest.fetch_guild(interaction.guild_id)` asks."""
        return None

    @property
    def is_user_install_only(self) -> bool:
        """Whether the app is here only through the invoking user's install (not the guild's)."""
        owners = self.authorizing_integration_owners
        return len(owners) == 1 and applications.ApplicationIntegrationType.USER_INSTALL in owners

    @property
    def followup_limit(self) -> int | None:
        """How many followups Discord allows: 5 when `is_user_install_only`, else `None` (no limit).

        `execute()` refuses the sixth with `DiscordRuleError("followup_limit", ...)` before sending,
        as Discord would answer it with error 40094.
        """
        return USER_INSTALL_FOLLOWUP_LIMIT if self.is_user_install_only else None

    @property
    def _data(self) -> JSONObject:
        data: JSONObject = self._payload["data"]
        return data


def _safe_repr(interaction: PartialInteraction, name: str) -> str:
    # `repr` may parse a lazy part; a malformed one must not make logging the interaction fail.
    try:
        return repr(getattr(interaction, name))
    except (KeyError, TypeError, ValueError):
        return "<malformed>"


_KNOWN_INTERACTION_TYPES: typing.Final = {member.value: member for member in InteractionType}


def _interaction_type(value: int) -> InteractionType:
    # A dict lookup first: calling the enum costs several times more, once per request.
    known = _KNOWN_INTERACTION_TYPES.get(value)
    if known is not None and type(value) is not bool:  # `True` finds 1 too
        return known
    if read.integer(value) is None:
        raise TypeError("an interaction's type is an integer")
    return InteractionType(value)


def _token(value: object) -> str:
    # A token is what answers the interaction: `str(None)` would be a token that never works.
    if not isinstance(value, str) or not value:
        raise TypeError("an interaction's token is a non-empty string")
    return value


def permissions_from(value: object) -> permissions_.Permissions:
    """Read a permissions string; missing (or not a permission set) means no permissions."""
    return guilds.permissions_or_none(value) or permissions_.Permissions.NONE


# Building an enum member by value costs about a microsecond; the values repeat (users have a
# few locales), and the results are immutable, so a small bounded cache returns the same objects.
@functools.lru_cache(maxsize=256)
def _locale(value: str) -> locales.Locale:
    return locales.Locale(value)


def _channel(
    payload: partial_json.AnyPayload, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None
) -> InteractionChannel:
    channel_payload = payload.get("channel")
    if isinstance(channel_payload, dict):
        try:
            return InteractionChannel.from_payload(channel_payload, app=app)
        except (KeyError, TypeError, ValueError):
            pass  # a channel without an ID: `channel_id` has it (checked up front)
    # Payloads from before mid-2022 carry only `channel_id`.
    return InteractionChannel(
        app=app,
        id=snowflakes.parse_recurring(payload["channel_id"]),
        name=None,
        type=channels.ChannelType.DM if guild_id is None else channels.ChannelType.GUILD_TEXT,
        permissions=permissions_.Permissions.NONE,
        parent_id=None,
        thread_metadata=None,
    )


def _context(value: int | None, guild_id: snowflakes.Snowflake | None) -> applications.ApplicationContextType:
    if value is not None:
        return applications.ApplicationContextType(value)
    # Before user-installed apps (and `context`), an interaction was in a guild or the bot's DM.
    if guild_id is None:
        return applications.ApplicationContextType.BOT_DM
    return applications.ApplicationContextType.GUILD


# The response builders live in `impl`, above the models, and `import hikari_like` does not load
# them: each class is imported on first use, then cached, as a listener makes one per interaction
# (an `import` statement in the method would cost more than building the answer).
def _builder_class_loader(name: str) -> typing.Callable[[], typing.Any]:
    @functools.cache
    def load() -> typing.Any:
        import hikari_like.impl.builders.responses as builders

        return getattr(builders, name)

    return load


message_builder_class: typing.Callable[[], type[special_endpoints.InteractionMessageBuilder]] = (
    _builder_class_loader("InteractionMessageBuilder")
)
deferred_builder_class: typing.Callable[[], type[special_endpoints.InteractionDeferredBuilder]] = (
    _builder_class_loader("InteractionDeferredBuilder")
)
modal_builder_class: typing.Callable[[], type[special_endpoints.InteractionModalBuilder]] = (
    _builder_class_loader("InteractionModalBuilder")
)
autocomplete_builder_class: typing.Callable[[], type[special_endpoints.InteractionAutocompleteBuilder]] = (
    _builder_class_loader("InteractionAutocompleteBuilder")
)
launch_activity_builder_class: typing.Callable[
    [], type[special_endpoints.InteractionLaunchActivityBuilder]
] = _builder_class_loader("InteractionLaunchActivityBuilder")


class MessageResponseMixin(PartialInteraction, rest_methods.InitialResponseMethods):
    """For interactions answered with a message (commands, components, modal submits)."""

    __slots__ = ()

    def build_launch_activity_response(self) -> special_endpoints.InteractionLaunchActivityBuilder:
        """A builder that launches the app's Activity (`LAUNCH_ACTIVITY`); return it from the listener.

        ```python
        async def on_command(interaction: CommandInteraction):
            return interaction.build_launch_activity_response()
        ```
        """
        return launch_activity_builder_class()()

    @property
    def is_forced_ephemeral(self) -> bool:
        """Whether Discord will show this interaction's message answers to the invoking user only.

        A user-installed app used in a guild it is not installed to (`is_user_install_only`) may
        answer publicly only where the invoking member has `USE_EXTERNAL_APPS` and may send
        messages (`SEND_MESSAGES`, in threads `SEND_MESSAGES_IN_THREADS`); elsewhere Discord makes
        every answer ephemeral, without an error. Outside guilds this is `False`.

        ```python
        if interaction.is_forced_ephemeral:
            return interaction.build_response().set_content("(only you can see this)")
        ```
        """
        if self.context != applications.ApplicationContextType.GUILD or not self.is_user_install_only:
            return False
        member = self.member
        granted = (
            member.permissions
            if member is not None
            else (self.app_permissions or permissions_.Permissions.NONE)
        )
        if granted & permissions_.Permissions.ADMINISTRATOR:
            return False
        in_thread = self.channel.type in _THREAD_TYPES
        send = (
            permissions_.Permissions.SEND_MESSAGES_IN_THREADS
            if in_thread
            else permissions_.Permissions.SEND_MESSAGES
        )
        needed = permissions_.Permissions.USE_EXTERNAL_APPS | send
        return (granted & needed) != needed


class ModalResponseMixin(PartialInteraction, rest_methods.ModalResponseMethods):
    """For interactions that may be answered with a modal (commands and components)."""

    __slots__ = ()

    def build_modal_response(self, title: str, custom_id: str) -> special_endpoints.InteractionModalBuilder:
        """A builder for a modal response; add components to it and return it from the listener.

        ```python
        return interaction.build_modal_response("Feedback", "feedback-modal").add_component(row)
        ```
        """
        return modal_builder_class()(title, custom_id)
