"""The parts of a message most listeners never read: reactions, rich-presence activity and application.

Loaded on first use (`import hikari_like` does not import it): `Message.reactions`,
`Message.activity` and `Message.application` read their payloads when first asked for, and
`hikari_like.messages` exports these names lazily.

```python
for reaction in message.reactions:
    print(reaction.emoji, reaction.count, reaction.count_details.burst)
```
"""

from __future__ import annotations

__all__ = [
    "MessageActivity",
    "MessageActivityType",
    "MessageApplication",
    "Reaction",
    "ReactionCountDetails",
    "ReactionType",
    "activity_from_payload",
    "application_from_payload",
    "reactions_from_payload",
]

import typing

import attrs

from hikari_like import colors
from hikari_like import emojis
from hikari_like import snowflakes
from hikari_like._guild_integrations import ApplicationCoverImage
from hikari_like._guild_integrations import PartialApplication
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like.internal.json import JSONObject


class ReactionType(enums.TolerantIntEnum):
    """A normal reaction or a super (burst) reaction (the `type` of the reaction endpoints)."""

    NORMAL = 0
    BURST = 1


@attrs.define(kw_only=True)
class ReactionCountDetails:
    """How many of a reaction's `count` are super reactions and how many normal ones."""

    burst: int
    normal: int


@attrs.define(kw_only=True, unsafe_hash=True)
class Reaction:
    """One emoji's reactions on a message; equal to another reaction with the same emoji.

    ```python
    thumbs = next((r for r in message.reactions if r.emoji == "👍"), None)
    if thumbs is not None and not thumbs.is_me:
        await message.add_reaction("👍")
    ```
    """

    count: int = attrs.field(eq=False)
    """Every reaction with this emoji, super reactions included."""
    count_details: ReactionCountDetails = attrs.field(eq=False, repr=False)
    emoji: emojis.UnicodeEmoji | emojis.CustomEmoji = attrs.field(hash=True)
    is_me: bool = attrs.field(eq=False, repr=False)
    """Whether the bot reacted with this emoji."""
    is_me_burst: bool = attrs.field(eq=False, repr=False)
    """Whether the bot super-reacted with this emoji."""
    burst_colors: typing.Sequence[colors.Color] = attrs.field(eq=False, repr=False)
    """The colours of the super reaction animation; empty without super reactions."""

    @property
    def burst_colours(self) -> typing.Sequence[colors.Color]:
        """`burst_colors`, spelt the British way (as hikari has both)."""
        return self.burst_colors

    def __str__(self) -> str:
        return str(self.emoji)

    @classmethod
    def from_payload(cls, payload: JSONObject) -> Reaction:
        """Read a reaction object; its emoji is required (`KeyError`/`TypeError` without one).

        Without `count_details` (an older payload), every reaction counts as a normal one; a
        burst colour that is not a hex code is left out.
        """
        get = payload.get
        count = read.natural(get("count")) or 0
        return cls(
            count=count,
            count_details=_count_details(get("count_details"), count),
            emoji=emojis.deserialize_emoji(read.required_object(payload, "emoji")),
            is_me=get("me") is True,
            is_me_burst=get("me_burst") is True,
            burst_colors=read.each(_texts(get("burst_colors")), colors.Color.from_hex_code),
        )


def _count_details(payload: object, count: int) -> ReactionCountDetails:
    if not isinstance(payload, dict):
        return ReactionCountDetails(burst=0, normal=count)
    return ReactionCountDetails(
        burst=read.natural(payload.get("burst")) or 0, normal=read.natural(payload.get("normal")) or 0
    )


def _texts(value: object) -> list[str]:
    return [item for item in read.array(value) if isinstance(item, str)]


def reactions_from_payload(payload: object) -> list[Reaction]:
    """The reactions of a message's `reactions` array; an item that cannot be read is left out."""
    return read.each(read.objects(payload), Reaction.from_payload)


class MessageActivityType(enums.TolerantIntEnum):
    """What a rich-presence invitation in a message asks for."""

    NONE = 0
    JOIN = 1
    SPECTATE = 2
    LISTEN = 3
    JOIN_REQUEST = 5
    STREAM_REQUEST = 6
    """In Discord's documentation; hikari 2.7 does not name it."""


@attrs.define(kw_only=True)
class MessageActivity:
    """The rich-presence activity a message invites to (sent with rich-presence embeds)."""

    type: MessageActivityType | int
    party_id: str | None
    """The party's ID from the rich presence, `None` without one."""


def activity_from_payload(payload: object) -> MessageActivity | None:
    """Read a message activity object; `None` for anything that is not one (no integer `type`)."""
    get = read.mapping(payload).get
    kind = read.integer(get("type"))
    if kind is None:
        return None
    return MessageActivity(type=MessageActivityType(kind), party_id=read.text(get("party_id")))


@attrs.define(kw_only=True, unsafe_hash=True)
class MessageApplication(PartialApplication, ApplicationCoverImage):
    """The application of a rich-presence message, with its cover image."""

    cover_image_hash: str | None = attrs.field(eq=False, repr=False)


def application_from_payload(payload: object) -> MessageApplication | None:
    """Read a message's partial application object; `None` for anything without an ID."""
    get = read.mapping(payload).get
    application_id = snowflakes.parse_or_none(get("id"))
    if application_id is None:
        return None
    return MessageApplication(
        id=application_id,
        name=read.text(get("name")) or "",
        description=read.text(get("description")) or None,
        icon_hash=read.text(get("icon")),
        cover_image_hash=read.text(get("cover_image")),
    )
