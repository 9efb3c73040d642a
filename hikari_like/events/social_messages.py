"""The messages Discord's Social SDK webhook events carry: lobby messages and in-game DMs.

They are not channel messages (`hikari_like.Message`): a lobby message lives in a game's lobby,
and a DM between two provisional accounts (a "passthrough" message) exists only in the game. Both
keep the fields every such payload has; the whole payload stays on the event as `event.data`.
"""

from __future__ import annotations

__all__ = ["GameDirectMessage", "LobbyMessage"]

import typing

import attrs

from hikari_like import messages
from hikari_like import snowflakes
from hikari_like import users
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    import datetime

    from hikari_like import traits
    from hikari_like.internal.json import JSONObject


def _author(payload: JSONObject, app: traits.RESTAware) -> users.User | None:
    author = payload.get("author")
    return users.User.from_payload(author, app=app) if isinstance(author, dict) else None


def _metadata(value: object) -> dict[str, str]:
    return {key: item for key, item in read.mapping(value).items() if isinstance(item, str)}


@attrs.define(kw_only=True, unsafe_hash=True)
class LobbyMessage(snowflakes.UniqueEntity):
    """A message sent in a Social SDK lobby (or a channel linked to one)."""

    id: snowflakes.Snowflake = attrs.field(hash=True)
    lobby_id: snowflakes.Snowflake = attrs.field(eq=False)
    channel_id: snowflakes.Snowflake | None = attrs.field(eq=False)
    type: messages.MessageType = attrs.field(eq=False)
    content: str = attrs.field(eq=False)
    author: users.User | None = attrs.field(eq=False)
    metadata: typing.Mapping[str, str] = attrs.field(eq=False, repr=False)
    """The key-value pairs the game attached to the message."""
    flags: messages.MessageFlag = attrs.field(eq=False, repr=False)
    application_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    edited_timestamp: datetime.datetime | None = attrs.field(eq=False, repr=False)
    """When it was last edited (update events carry it)."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> LobbyMessage:
        """Read a lobby message object; the ID and lobby ID are required (`KeyError`/`ValueError`)."""
        get = payload.get
        return cls(
            id=snowflakes.parse(payload["id"]),
            lobby_id=snowflakes.parse(payload["lobby_id"]),
            channel_id=snowflakes.parse_or_none(get("channel_id")),
            type=messages.MessageType(read.natural(get("type")) or 0),
            content=read.text(get("content")) or "",
            author=_author(payload, app),
            metadata=_metadata(get("metadata")),
            flags=messages.MessageFlag(read.natural(get("flags")) or 0),
            application_id=snowflakes.parse_or_none(get("application_id")),
            edited_timestamp=read.timestamp(get("edited_timestamp")),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class GameDirectMessage(snowflakes.UniqueEntity):
    """A direct message sent while a Social SDK session was active.

    Either a Discord message (with `channel`, attachments...) or a passthrough message between
    provisional accounts (with `recipient_id`); the fields both share are read here.
    """

    id: snowflakes.Snowflake = attrs.field(hash=True)
    channel_id: snowflakes.Snowflake | None = attrs.field(eq=False)
    content: str = attrs.field(eq=False)
    author: users.User | None = attrs.field(eq=False)
    recipient_id: snowflakes.Snowflake | None = attrs.field(eq=False)
    """The other user, on a passthrough message; `None` on a Discord message."""
    lobby_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    """The lobby, for a message of a linked channel."""
    application_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    timestamp: datetime.datetime | None = attrs.field(eq=False, repr=False)

    @property
    def is_passthrough(self) -> bool:
        """Whether it is a passthrough message (both users provisional, visible only in game)."""
        return self.recipient_id is not None

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> GameDirectMessage:
        """Read a message or passthrough message object; the ID is required (`KeyError`/`ValueError`)."""
        get = payload.get
        return cls(
            id=snowflakes.parse(payload["id"]),
            channel_id=snowflakes.parse_or_none(get("channel_id")),
            content=read.text(get("content")) or "",
            author=_author(payload, app),
            recipient_id=snowflakes.parse_or_none(get("recipient_id")),
            lobby_id=snowflakes.parse_or_none(get("lobby_id")),
            application_id=snowflakes.parse_or_none(get("application_id")),
            timestamp=read.timestamp(get("timestamp")),
        )
