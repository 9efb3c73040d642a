"""What each part of an interaction payload a listener can read must look like.

Interactions are parsed lazily (`internal/lazy.py`): `from_payload` reads the top level, and the
member, the options, the message... are parsed when a listener first reads them. So that a
listener never meets a malformed part halfway through its work, `from_payload` checks here, up
front, every field the models will read: a payload that passes parses in full, whatever the
listener reads; one that does not is refused (`KeyError`/`TypeError`/`ValueError`, which the
interaction server answers with 400) before the listener runs.

Each shape lists the fields its model reads, as the model reads them: a field the parser takes
as optional is optional here, one it reads with `payload[...]` is required, and a field it
reads with a `None` fallback may be null. Unknown fields are ignored and unknown enum values
(any integer) pass, as the models keep them. Component and metadata types this release does not
know get only their `type` and `id` checked, as their parser keeps only those.

The parts every kind of interaction has (the member, the user, the channel...) are also the
types msgspec decodes them as (`SHARED_PARTS`), so on the usual path their JSON types are checked
by msgspec's decoder, in C, and only what it cannot see is checked here.
"""

from __future__ import annotations

__all__ = [
    "AUTOCOMPLETE",
    "COMMAND",
    "COMPONENT",
    "MODAL",
    "SHARED_PARTS",
    "InteractionShape",
]

import functools
import typing

from hikari_like.interactions._shape_kinds import BOOL
from hikari_like.interactions._shape_kinds import INT
from hikari_like.interactions._shape_kinds import NUMBER
from hikari_like.interactions._shape_kinds import OBJECT
from hikari_like.interactions._shape_kinds import PERMISSIONS
from hikari_like.interactions._shape_kinds import SCALAR
from hikari_like.interactions._shape_kinds import SNOWFLAKE
from hikari_like.interactions._shape_kinds import STR
from hikari_like.interactions._shape_kinds import TIMESTAMP
from hikari_like.interactions._shape_kinds import AnyOf
from hikari_like.interactions._shape_kinds import ByType
from hikari_like.interactions._shape_kinds import Deferred
from hikari_like.interactions._shape_kinds import IntRange
from hikari_like.interactions._shape_kinds import Kind
from hikari_like.interactions._shape_kinds import ListOf
from hikari_like.interactions._shape_kinds import MapOf
from hikari_like.interactions._shape_kinds import Shape
from hikari_like.interactions._shape_kinds import field

if typing.TYPE_CHECKING:
    from hikari_like.internal import partial_json

_REQUIRED: typing.Final = {"required": True}
_NULLABLE: typing.Final = {"nullable": True}

# Flags, sizes and counts are never negative; a timedelta's minutes have a bound of their own.
_NATURAL: typing.Final = IntRange(0)
_COLOR: typing.Final = IntRange(0, 0xFFFFFF)
_MINUTES: typing.Final = IntRange(0, 1 << 31)
# The keys of `authorizing_integration_owners` are integration types written as strings.
_INTEGER_KEY: typing.Final = SNOWFLAKE

# Discord nests components at most a few levels deep (a container, a section, its accessory);
# the checks and the parsers recurse, so a payload nested deeper than this is refused.
_MAX_COMPONENT_DEPTH: typing.Final = 8
# A group, then a sub-command, then options (the command models refuse deeper ones too).
MAX_OPTION_DEPTH: typing.Final = 4
# A modal's metadata holds the metadata of the interaction that opened it, and no deeper.
_MAX_METADATA_DEPTH: typing.Final = 4


def _strict(value: typing.Any) -> dict[str, typing.Any]:
    """A field that is null, empty or absent is all the same to a parser written `get(...) or ()`."""
    return value if type(value) is dict else {}


# -- users, members, roles, channels ------------------------------------------------------------

USER: typing.Final = Shape(
    "user",
    {
        "id": field(SNOWFLAKE, **_REQUIRED),
        "username": field(STR, **_REQUIRED),
        "discriminator": field(STR),
        "global_name": field(STR, **_NULLABLE),
        "avatar": field(STR, **_NULLABLE),
        "banner": field(STR, **_NULLABLE),
        "accent_color": field(_COLOR, **_NULLABLE),
        "bot": field(BOOL, **_NULLABLE),
        "system": field(BOOL, **_NULLABLE),
        "public_flags": field(_NATURAL, **_NULLABLE),
    },
)

_MEMBER_FIELDS: typing.Final = {
    "roles": field(ListOf(SNOWFLAKE)),
    "nick": field(STR, **_NULLABLE),
    "permissions": field(PERMISSIONS, **_NULLABLE),
    "joined_at": field(TIMESTAMP, **_NULLABLE),
    "premium_since": field(TIMESTAMP, **_NULLABLE),
    "avatar": field(STR, **_NULLABLE),
    "banner": field(STR, **_NULLABLE),
    "deaf": field(BOOL),
    "mute": field(BOOL),
    "pending": field(BOOL),
    "communication_disabled_until": field(TIMESTAMP, **_NULLABLE),
    "flags": field(_NATURAL, **_NULLABLE),
}
MEMBER: typing.Final = Shape("member", {**_MEMBER_FIELDS, "user": field(USER, **_REQUIRED)})
"""The invoking member (it carries its user)."""
_PARTIAL_MEMBER: typing.Final = Shape("partial_member", _MEMBER_FIELDS)
"""A member without its user: resolved members and a message's member."""

_ROLE: typing.Final = Shape(
    "role",
    {
        "id": field(SNOWFLAKE, **_REQUIRED),
        "name": field(STR, **_REQUIRED),
        "color": field(_COLOR, **_NULLABLE),
        "hoist": field(BOOL, **_NULLABLE),
        "icon": field(STR, **_NULLABLE),
        "unicode_emoji": field(STR, **_NULLABLE),
        "position": field(INT),
        "permissions": field(PERMISSIONS),
        "managed": field(BOOL, **_NULLABLE),
        "mentionable": field(BOOL, **_NULLABLE),
        "flags": field(_NATURAL, **_NULLABLE),
        "tags": field(
            Shape(
                "role_tags",
                {
                    "bot_id": field(SNOWFLAKE, **_NULLABLE),
                    "integration_id": field(SNOWFLAKE, **_NULLABLE),
                    "subscription_listing_id": field(SNOWFLAKE, **_NULLABLE),
                },
            ),
            **_NULLABLE,
        ),
    },
)

_THREAD_METADATA: typing.Final = Shape(
    "thread_metadata",
    {
        "archived": field(BOOL, **_NULLABLE),
        "archive_timestamp": field(TIMESTAMP, **_NULLABLE),
        "auto_archive_duration": field(_MINUTES),
        "locked": field(BOOL, **_NULLABLE),
        "invitable": field(BOOL, **_NULLABLE),
        "create_timestamp": field(TIMESTAMP, **_NULLABLE),
    },
)

CHANNEL: typing.Final = Shape(
    "channel",
    {
        "id": field(SNOWFLAKE, **_REQUIRED),
        "name": field(STR, **_NULLABLE),
        "type": field(INT),
        "permissions": field(PERMISSIONS, **_NULLABLE),
        "parent_id": field(SNOWFLAKE, **_NULLABLE),
        "thread_metadata": field(_THREAD_METADATA, **_NULLABLE),
    },
)

_ENTITLEMENT: typing.Final = Shape(
    "entitlement",
    {
        "id": field(SNOWFLAKE, **_REQUIRED),
        "sku_id": field(SNOWFLAKE, **_REQUIRED),
        "application_id": field(SNOWFLAKE, **_REQUIRED),
        "type": field(INT, **_REQUIRED),
        "user_id": field(SNOWFLAKE, **_NULLABLE),
        "guild_id": field(SNOWFLAKE, **_NULLABLE),
        "deleted": field(BOOL, **_NULLABLE),
        "consumed": field(BOOL, **_NULLABLE),
        "starts_at": field(TIMESTAMP, **_NULLABLE),
        "ends_at": field(TIMESTAMP, **_NULLABLE),
        "subscription_id": field(SNOWFLAKE, **_NULLABLE),
    },
)

_INTEGRATION_OWNERS: typing.Final = MapOf(_INTEGER_KEY, SNOWFLAKE)

_ATTACHMENT: typing.Final = Shape(
    "attachment",
    {
        "id": field(SNOWFLAKE, **_REQUIRED),
        "url": field(STR, **_REQUIRED),
        "filename": field(STR, **_REQUIRED),
        "title": field(STR, **_NULLABLE),
        "description": field(STR, **_NULLABLE),
        "content_type": field(STR, **_NULLABLE),
        "size": field(_NATURAL),
        "proxy_url": field(STR),
        "height": field(_NATURAL, **_NULLABLE),
        "width": field(_NATURAL, **_NULLABLE),
        "ephemeral": field(BOOL, **_NULLABLE),
        "duration_secs": field(NUMBER, **_NULLABLE),
        "waveform": field(STR, **_NULLABLE),
    },
)


# -- components (a message's and a modal's, one shape per type wherever it appears) --------------

_EMOJI: typing.Final = Shape(
    "emoji",
    {
        "id": field(SNOWFLAKE, **_NULLABLE),
        "name": field(STR, **_NULLABLE),
        "animated": field(BOOL, **_NULLABLE),
    },
)
_MEDIA: typing.Final = Shape(
    "media",
    {
        "url": field(STR, **_REQUIRED),
        "proxy_url": field(STR, **_NULLABLE),
        "width": field(_NATURAL, **_NULLABLE),
        "height": field(_NATURAL, **_NULLABLE),
        "content_type": field(STR, **_NULLABLE),
        "loading_state": field(INT, **_NULLABLE),
    },
)
_SELECT_OPTION: typing.Final = Shape(
    "select_option",
    {
        "label": field(STR, **_REQUIRED),
        "value": field(STR, **_REQUIRED),
        "description": field(STR, **_NULLABLE),
        "emoji": field(_EMOJI, **_NULLABLE),
        "default": field(BOOL, **_NULLABLE),
    },
)
_SELECT_FIELDS: typing.Final = {
    "custom_id": field(STR, **_REQUIRED),
    "placeholder": field(STR, **_NULLABLE),
    "min_values": field(INT),
    "max_values": field(INT),
    "disabled": field(BOOL, **_NULLABLE),
    # In a submitted modal: what was chosen (IDs for user, role, mentionable, channel selects).
    "values": field(ListOf(STR), **_NULLABLE),
}


@functools.cache
def _component(depth: int) -> Kind:
    """A component at `depth` (0 for a message's or a modal's top level)."""
    if depth > _MAX_COMPONENT_DEPTH:
        return _TOO_DEEP
    children = ListOf(Deferred(lambda: _component(depth + 1)))
    child = Deferred(lambda: _component(depth + 1))
    common = {"type": field(INT, **_REQUIRED), "id": field(INT, **_NULLABLE)}

    def shape(shape_name: str, /, **fields: tuple[Kind, bool, bool]) -> Shape:
        return Shape(shape_name, {**common, **fields})

    return ByType(
        {
            1: shape("action_row", components=field(children, **_NULLABLE)),
            2: shape(
                "button",
                style=field(INT, **_REQUIRED),
                label=field(STR, **_NULLABLE),
                emoji=field(_EMOJI, **_NULLABLE),
                custom_id=field(STR, **_NULLABLE),
                url=field(STR, **_NULLABLE),
                sku_id=field(SNOWFLAKE, **_NULLABLE),
                disabled=field(BOOL, **_NULLABLE),
            ),
            3: shape("text_select", **_SELECT_FIELDS, options=field(ListOf(_SELECT_OPTION), **_NULLABLE)),
            4: shape("text_input", custom_id=field(STR, **_REQUIRED), value=field(STR, **_NULLABLE)),
            5: shape("user_select", **_SELECT_FIELDS),
            6: shape("role_select", **_SELECT_FIELDS),
            7: shape("mentionable_select", **_SELECT_FIELDS),
            8: shape("channel_select", **_SELECT_FIELDS, channel_types=field(ListOf(INT), **_NULLABLE)),
            9: shape("section", components=field(children, **_NULLABLE), accessory=field(child, **_REQUIRED)),
            10: shape("text_display", content=field(STR, **_NULLABLE)),
            11: shape(
                "thumbnail",
                media=field(_MEDIA, **_REQUIRED),
                description=field(STR, **_NULLABLE),
                spoiler=field(BOOL, **_NULLABLE),
            ),
            12: shape("media_gallery", items=field(ListOf(_GALLERY_ITEM), **_NULLABLE)),
            13: shape(
                "file",
                file=field(_MEDIA, **_REQUIRED),
                spoiler=field(BOOL, **_NULLABLE),
                name=field(STR, **_NULLABLE),
                size=field(_NATURAL, **_NULLABLE),
            ),
            14: shape("separator", spacing=field(INT), divider=field(BOOL, **_NULLABLE)),
            17: shape(
                "container",
                accent_color=field(_COLOR, **_NULLABLE),
                spoiler=field(BOOL, **_NULLABLE),
                components=field(children, **_NULLABLE),
            ),
            18: shape("label", component=field(child, **_REQUIRED)),
            19: shape(
                "file_upload", custom_id=field(STR, **_REQUIRED), values=field(ListOf(SNOWFLAKE), **_NULLABLE)
            ),
        },
        default=Shape("component", common),
    )


class _TooDeep(Kind):
    __slots__ = ()

    def check(self, value: typing.Any, /) -> None:
        raise ValueError("components are nested deeper than Discord nests them")


_TOO_DEEP: typing.Final = _TooDeep()
_GALLERY_ITEM: typing.Final = Shape(
    "media_gallery_item",
    {
        "media": field(_MEDIA, **_REQUIRED),
        "description": field(STR, **_NULLABLE),
        "spoiler": field(BOOL, **_NULLABLE),
    },
)
_COMPONENTS: typing.Final = ListOf(Deferred(lambda: _component(0)))


# -- messages and the interaction metadata they carry ---------------------------------------------


@functools.cache
def _metadata(depth: int) -> Kind:
    """A message's `interaction_metadata` (a modal's holds the one that opened it, one deeper)."""
    if depth > _MAX_METADATA_DEPTH:
        return _TOO_DEEP
    common = {
        "id": field(SNOWFLAKE, **_REQUIRED),
        "type": field(INT, **_REQUIRED),
        "user": field(USER, **_REQUIRED),
        "authorizing_integration_owners": field(_INTEGRATION_OWNERS, **_NULLABLE),
        "original_response_message_id": field(SNOWFLAKE, **_NULLABLE),
    }
    return ByType(
        {
            2: Shape(
                "command_metadata",
                {
                    **common,
                    "target_user": field(USER, **_NULLABLE),
                    "target_message_id": field(SNOWFLAKE, **_NULLABLE),
                },
            ),
            3: Shape(
                "component_metadata", {**common, "interacted_message_id": field(SNOWFLAKE, **_REQUIRED)}
            ),
            5: Shape(
                "modal_metadata",
                {
                    **common,
                    "triggering_interaction_metadata": field(
                        Deferred(lambda: _metadata(depth + 1)), **_NULLABLE
                    ),
                },
            ),
        },
        default=Shape("metadata", common),
    )


MESSAGE: typing.Final = Shape(
    "message",
    {
        "id": field(SNOWFLAKE, **_REQUIRED),
        "channel_id": field(SNOWFLAKE, **_REQUIRED),
        "guild_id": field(SNOWFLAKE, **_NULLABLE),
        "author": field(USER, **_REQUIRED),
        "member": field(_PARTIAL_MEMBER, **_NULLABLE),
        "content": field(STR, **_NULLABLE),
        "timestamp": field(TIMESTAMP, **_REQUIRED),
        "edited_timestamp": field(TIMESTAMP, **_NULLABLE),
        "tts": field(BOOL, **_NULLABLE),
        "pinned": field(BOOL, **_NULLABLE),
        "mention_everyone": field(BOOL, **_NULLABLE),
        "mentions": field(ListOf(USER), **_NULLABLE),
        "mention_roles": field(ListOf(SNOWFLAKE), **_NULLABLE),
        "attachments": field(ListOf(_ATTACHMENT), **_NULLABLE),
        # An embed's parser skips what it cannot read (Discord's own embeds break our limits).
        "embeds": field(ListOf(OBJECT), **_NULLABLE),
        "components": field(_COMPONENTS, **_NULLABLE),
        "type": field(INT),
        "flags": field(_NATURAL, **_NULLABLE),
        "nonce": field(AnyOf(STR, INT), **_NULLABLE),
        "webhook_id": field(SNOWFLAKE, **_NULLABLE),
        "application_id": field(SNOWFLAKE, **_NULLABLE),
        "message_reference": field(
            Shape(
                "message_reference",
                {
                    "type": field(INT),
                    "message_id": field(SNOWFLAKE, **_NULLABLE),
                    "channel_id": field(SNOWFLAKE, **_NULLABLE),
                    "guild_id": field(SNOWFLAKE, **_NULLABLE),
                },
            ),
            **_NULLABLE,
        ),
        "interaction_metadata": field(Deferred(lambda: _metadata(0)), **_NULLABLE),
    },
)


# -- what a command's, a component's and a modal's `data` holds -----------------------------------


def _members_have_users(resolved: typing.Mapping[str, typing.Any]) -> None:
    # A resolved member comes without its user, which is under `users`: the model joins them by
    # ID (the users' own IDs, which the fields' checks have found to be IDs already).
    members = _strict(resolved.get("members"))
    if not members:
        return
    user_ids = {int(user["id"]) for user in _strict(resolved.get("users")).values()}
    for member_id in members:
        if int(member_id) not in user_ids:
            raise KeyError(f"resolved member {member_id[:30]!r} has no resolved user")


_RESOLVED: typing.Final = Shape(
    "resolved",
    {
        "users": field(MapOf(SNOWFLAKE, USER), **_NULLABLE),
        "members": field(MapOf(SNOWFLAKE, _PARTIAL_MEMBER), **_NULLABLE),
        "roles": field(MapOf(SNOWFLAKE, _ROLE), **_NULLABLE),
        "channels": field(MapOf(SNOWFLAKE, CHANNEL), **_NULLABLE),
        "messages": field(MapOf(SNOWFLAKE, MESSAGE), **_NULLABLE),
        "attachments": field(MapOf(SNOWFLAKE, _ATTACHMENT), **_NULLABLE),
    },
    also=[_members_have_users],
)

# What an option's value is, by option type, once the user has finished typing it.
_OPTION_VALUES: typing.Final[typing.Mapping[int, Kind]] = {
    3: STR,  # STRING
    4: INT,  # INTEGER
    5: BOOL,  # BOOLEAN
    6: SNOWFLAKE,  # USER
    7: SNOWFLAKE,  # CHANNEL
    8: SNOWFLAKE,  # ROLE
    9: SNOWFLAKE,  # MENTIONABLE
    10: NUMBER,  # NUMBER
    11: SNOWFLAKE,  # ATTACHMENT
}


def _typed_option_value(option: typing.Mapping[str, typing.Any]) -> None:
    value = option.get("value")
    kind = None if value is None else _OPTION_VALUES.get(option["type"])
    if kind is not None:
        kind.check(value)


def _typed_unless_focused(option: typing.Mapping[str, typing.Any]) -> None:
    # What the user is still typing (autocomplete's focused option) is kept as Discord sent it.
    if option.get("focused") is not True:
        _typed_option_value(option)


@functools.cache
def _option(depth: int, *, autocomplete: bool) -> Kind:
    if depth > MAX_OPTION_DEPTH:
        return _TooDeepOptions()
    return Shape(
        "option",
        {
            "name": field(STR, **_REQUIRED),
            "type": field(INT, **_REQUIRED),
            "value": field(SCALAR, **_NULLABLE),
            "options": field(
                ListOf(Deferred(lambda: _option(depth + 1, autocomplete=autocomplete))), **_NULLABLE
            ),
            "focused": field(BOOL, **_NULLABLE),
        },
        also=[_typed_unless_focused if autocomplete else _typed_option_value],
    )


class _TooDeepOptions(Kind):
    __slots__ = ()

    def check(self, value: typing.Any, /) -> None:
        raise ValueError("command options are nested deeper than Discord allows")


def _command_data(*, autocomplete: bool) -> Shape:
    return Shape(
        "command_data",
        {
            "id": field(SNOWFLAKE, **_REQUIRED),
            "name": field(STR, **_REQUIRED),
            "type": field(INT),
            "guild_id": field(SNOWFLAKE, **_NULLABLE),
            "target_id": field(SNOWFLAKE, **_NULLABLE),
            "options": field(ListOf(_option(0, autocomplete=autocomplete)), **_NULLABLE),
            "resolved": field(_RESOLVED, **_NULLABLE),
        },
    )


_COMPONENT_DATA: typing.Final = Shape(
    "component_data",
    {
        "custom_id": field(STR, **_REQUIRED),
        "component_type": field(INT, **_REQUIRED),
        "values": field(ListOf(STR), **_NULLABLE),
        "resolved": field(_RESOLVED, **_NULLABLE),
    },
)
_MODAL_DATA: typing.Final = Shape(
    "modal_data",
    {
        "custom_id": field(STR, **_REQUIRED),
        "components": field(_COMPONENTS, **_NULLABLE),
        "resolved": field(_RESOLVED, **_NULLABLE),
    },
)


# -- the interaction itself --------------------------------------------------------------------------

SHARED_PARTS: typing.Final[typing.Mapping[str, tuple[Kind, bool, bool]]] = {
    "channel": field(CHANNEL, **_NULLABLE),
    "channel_id": field(SNOWFLAKE),
    "member": field(MEMBER, **_NULLABLE),
    "user": field(USER, **_NULLABLE),
    "app_permissions": field(PERMISSIONS, **_NULLABLE),
    "locale": field(STR, **_NULLABLE),
    "guild_locale": field(STR, **_NULLABLE),
    "entitlements": field(ListOf(_ENTITLEMENT), **_NULLABLE),
    "authorizing_integration_owners": field(_INTEGRATION_OWNERS, **_NULLABLE),
    "context": field(INT, **_NULLABLE),
    "attachment_size_limit": field(_NATURAL),
}
"""The parts every interaction has besides its top level and `data` (msgspec decodes them typed)."""


def _has_an_invoker(payload: typing.Mapping[str, typing.Any]) -> None:
    # `interaction.user` is the member's user in a guild, else the payload's `user`.
    if not payload.get("member") and payload.get("user") is None:
        raise KeyError("user (an interaction has a member or a user)")


def _has_a_channel(payload: typing.Mapping[str, typing.Any]) -> None:
    # Payloads from before mid-2022 carry only `channel_id`.
    if payload.get("channel") is None and "channel_id" not in payload:
        raise KeyError("channel (an interaction has a channel or a channel_id)")


class InteractionShape:
    """Everything of one kind of interaction besides its top-level fields (which `_read` checks).

    `check(payload)` takes a payload decoded in full; `check_partial(payload)` one decoded in part,
    whose shared parts msgspec already decoded typed.
    """

    __slots__ = ("_full", "_partial")

    def __init__(self, name: str, parts: typing.Mapping[str, tuple[Kind, bool, bool]]) -> None:
        also = [_has_an_invoker, _has_a_channel]
        self._full = Shape(name, {**SHARED_PARTS, **parts}, also=also)
        # The kind's own parts (`data`, `message`) are not typed by msgspec: they are checked in full.
        self._partial = Shape(name, parts, also=[_SHARED.check_format, *also])

    def check(self, payload: typing.Any) -> None:
        """Check a payload decoded in full (`TypeError` if it is not even an object)."""
        self._full.check(payload)

    def check_partial(self, payload: partial_json.PartialPayload) -> None:
        """Check a payload decoded in part: what its typed parts' types do not say, and the rest."""
        self._partial.check_mapping(payload)


_SHARED: typing.Final = Shape("interaction", SHARED_PARTS)

COMMAND: typing.Final = InteractionShape(
    "command_interaction", {"data": field(_command_data(autocomplete=False), **_REQUIRED)}
)
AUTOCOMPLETE: typing.Final = InteractionShape(
    "autocomplete_interaction", {"data": field(_command_data(autocomplete=True), **_REQUIRED)}
)
COMPONENT: typing.Final = InteractionShape(
    "component_interaction",
    {"data": field(_COMPONENT_DATA, **_REQUIRED), "message": field(MESSAGE, **_REQUIRED)},
)
MODAL: typing.Final = InteractionShape(
    "modal_interaction", {"data": field(_MODAL_DATA, **_REQUIRED), "message": field(MESSAGE, **_NULLABLE)}
)
