"""Reaction events: a reaction was added (`ReactionAddEvent`) or removed (`ReactionDeleteEvent`),
all of a message's were cleared (`ReactionDeleteAllEvent`) or those of one emoji
(`ReactionDeleteEmojiEvent`); each in a guild (`GuildReaction*`) or a DM (`DMReaction*`).

```python
@bot.listen()
async def on_reaction(event: hikari_like.GuildReactionAddEvent) -> None:
    if event.is_for_emoji("👍"):
        await event.app.rest.add_role_to_member(event.guild_id, event.user_id, ROLE_ID)
```

A standard emoji's `emoji_name` is a `UnicodeEmoji` and its `emoji_id` is `None`; a custom
emoji has both its name and ID (its name is `None` when the emoji was deleted).
"""

from __future__ import annotations

__all__ = [
    "DMReactionAddEvent",
    "DMReactionDeleteAllEvent",
    "DMReactionDeleteEmojiEvent",
    "DMReactionDeleteEvent",
    "DMReactionEvent",
    "GuildReactionAddEvent",
    "GuildReactionDeleteAllEvent",
    "GuildReactionDeleteEmojiEvent",
    "GuildReactionDeleteEvent",
    "GuildReactionEvent",
    "ReactionAddEvent",
    "ReactionDeleteAllEvent",
    "ReactionDeleteEmojiEvent",
    "ReactionDeleteEvent",
    "ReactionEvent",
]

import typing

import attrs

from hikari_like import emojis
from hikari_like.events import _lookups
from hikari_like.events import base_events
from hikari_like.events import shard_events
from hikari_like.intents import Intents

if typing.TYPE_CHECKING:
    from hikari_like import colors
    from hikari_like import guilds
    from hikari_like import snowflakes
    from hikari_like import traits


def _is_for(emoji: emojis.Emoji | str, emoji_id: snowflakes.Snowflake | None, emoji_name: str | None) -> bool:
    if isinstance(emoji, emojis.CustomEmoji):
        return emoji.id == emoji_id
    return str(emoji) == emoji_name


@base_events.requires_intents(Intents.GUILD_MESSAGE_REACTIONS, Intents.DM_MESSAGE_REACTIONS)
class ReactionEvent(shard_events.ShardEvent, _lookups.MessageIds):
    """An event about the reactions of a message."""

    __slots__ = ()


@base_events.requires_intents(Intents.GUILD_MESSAGE_REACTIONS)
class GuildReactionEvent(ReactionEvent):
    """A reaction event in a guild channel."""

    __slots__ = ()

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild the message is in."""
        raise NotImplementedError  # every concrete event provides it


@base_events.requires_intents(Intents.DM_MESSAGE_REACTIONS)
class DMReactionEvent(ReactionEvent):
    """A reaction event in a direct message channel."""

    __slots__ = ()


class _OneEmoji(ReactionEvent):
    """The emoji the event is about: what `is_for_emoji` compares."""

    __slots__ = ()

    @property
    def emoji_name(self) -> emojis.UnicodeEmoji | str | None:
        """The standard emoji itself, or the custom emoji's name (`None` if it was deleted)."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def emoji_id(self) -> snowflakes.Snowflake | None:
        """The custom emoji's ID; `None` for a standard emoji."""
        raise NotImplementedError  # every concrete event provides it

    def is_for_emoji(self, emoji: emojis.Emoji | str, /) -> bool:
        """Whether the event is about `emoji`: a custom emoji by its ID, a `str` as a standard emoji."""
        return _is_for(emoji, self.emoji_id, self.emoji_name)


@base_events.requires_intents(Intents.GUILD_MESSAGE_REACTIONS, Intents.DM_MESSAGE_REACTIONS)
class ReactionAddEvent(_OneEmoji):
    """Someone reacted to a message."""

    __slots__ = ()

    @property
    def user_id(self) -> snowflakes.Snowflake:
        """Who reacted."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def is_animated(self) -> bool:
        """Whether the custom emoji is animated."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def is_burst(self) -> bool:
        """Whether it is a super reaction."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def burst_colors(self) -> typing.Sequence[colors.Color]:
        """The colours of a super reaction's animation (empty for a normal reaction)."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def burst_colours(self) -> typing.Sequence[colors.Colour]:
        """`burst_colors`, spelt the British way."""
        return self.burst_colors


@base_events.requires_intents(Intents.GUILD_MESSAGE_REACTIONS, Intents.DM_MESSAGE_REACTIONS)
class ReactionDeleteEvent(_OneEmoji):
    """Someone's reaction was removed from a message."""

    __slots__ = ()

    @property
    def user_id(self) -> snowflakes.Snowflake:
        """Whose reaction it was."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def is_burst(self) -> bool:
        """Whether it was a super reaction."""
        raise NotImplementedError  # every concrete event provides it


@base_events.requires_intents(Intents.GUILD_MESSAGE_REACTIONS, Intents.DM_MESSAGE_REACTIONS)
class ReactionDeleteAllEvent(ReactionEvent):
    """Every reaction was removed from a message."""

    __slots__ = ()


@base_events.requires_intents(Intents.GUILD_MESSAGE_REACTIONS, Intents.DM_MESSAGE_REACTIONS)
class ReactionDeleteEmojiEvent(_OneEmoji):
    """Every reaction of one emoji was removed from a message."""

    __slots__ = ()


# The fields a guild event and its DM twin share; each concrete event adds what tells them apart.


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class _AddFields(ReactionAddEvent):
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    channel_id: snowflakes.Snowflake
    message_id: snowflakes.Snowflake
    emoji_name: emojis.UnicodeEmoji | str | None
    emoji_id: snowflakes.Snowflake | None
    is_animated: bool
    is_burst: bool
    burst_colors: typing.Sequence[colors.Color] = attrs.field(repr=False)


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class _MessageFields(ReactionEvent):
    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    channel_id: snowflakes.Snowflake
    message_id: snowflakes.Snowflake


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class _EmojiFields(_MessageFields, ReactionDeleteEmojiEvent):
    emoji_name: emojis.UnicodeEmoji | str | None
    emoji_id: snowflakes.Snowflake | None


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class _DeleteFields(_MessageFields, ReactionDeleteEvent):
    user_id: snowflakes.Snowflake
    emoji_name: emojis.UnicodeEmoji | str | None
    emoji_id: snowflakes.Snowflake | None
    is_burst: bool


@base_events.requires_intents(Intents.GUILD_MESSAGE_REACTIONS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildReactionAddEvent(GuildReactionEvent, _AddFields):
    """Someone reacted to a message in a guild; `member` is who."""

    member: guilds.Member

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.member.app

    @property
    def guild_id(self) -> snowflakes.Snowflake:
        """The guild the message is in."""
        return self.member.guild_id

    @property
    def user_id(self) -> snowflakes.Snowflake:
        """Who reacted."""
        return self.member.user.id


@base_events.requires_intents(Intents.DM_MESSAGE_REACTIONS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class DMReactionAddEvent(DMReactionEvent, _AddFields):
    """Someone reacted to a message in a DM."""

    app: traits.RESTAware = attrs.field(repr=False)
    user_id: snowflakes.Snowflake


@base_events.requires_intents(Intents.GUILD_MESSAGE_REACTIONS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildReactionDeleteEvent(GuildReactionEvent, _DeleteFields):
    """Someone's reaction was removed from a message in a guild."""

    guild_id: snowflakes.Snowflake


@base_events.requires_intents(Intents.DM_MESSAGE_REACTIONS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class DMReactionDeleteEvent(DMReactionEvent, _DeleteFields):
    """Someone's reaction was removed from a message in a DM."""


@base_events.requires_intents(Intents.GUILD_MESSAGE_REACTIONS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildReactionDeleteAllEvent(GuildReactionEvent, _MessageFields, ReactionDeleteAllEvent):
    """Every reaction was removed from a message in a guild."""

    guild_id: snowflakes.Snowflake


@base_events.requires_intents(Intents.DM_MESSAGE_REACTIONS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class DMReactionDeleteAllEvent(DMReactionEvent, _MessageFields, ReactionDeleteAllEvent):
    """Every reaction was removed from a message in a DM."""


@base_events.requires_intents(Intents.GUILD_MESSAGE_REACTIONS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GuildReactionDeleteEmojiEvent(GuildReactionEvent, _EmojiFields):
    """Every reaction of one emoji was removed from a message in a guild."""

    guild_id: snowflakes.Snowflake


@base_events.requires_intents(Intents.DM_MESSAGE_REACTIONS)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class DMReactionDeleteEmojiEvent(DMReactionEvent, _EmojiFields):
    """Every reaction of one emoji was removed from a message in a DM."""
