"""How an emoji is written in a reaction route's `{emoji}` segment, from every form hikari takes.

Discord names a Unicode emoji by the character itself and a custom emoji by `name:id` (docs:
resources/message.mdx, "Create Reaction"); `Route.compile` then URL-quotes the segment. hikari's
reaction methods take `emoji` as a string or an `Emoji` and `emoji_id` for a custom emoji given by
name. `emoji_path` accepts those, and the mention forms a user copies from a client
(`<:name:id>`, `<a:name:id>`), and refuses what Discord would answer with `10014 Unknown Emoji`
before anything is sent:

```python
emoji_path("👍")                          # "👍"
emoji_path("<a:party:123>")               # "party:123"
emoji_path("party", 123)                  # "party:123"
emoji_path(CustomEmoji(id=123, name="party", is_animated=False))  # "party:123"
```
"""

from __future__ import annotations

__all__ = ["emoji_path"]

import re
import typing

from hikari_like import emojis
from hikari_like import errors
from hikari_like import snowflakes
from hikari_like import undefined

_RULE: typing.Final = "reaction.emoji"
_MENTION: typing.Final = re.compile(r"<a?:(?P<name>[^:<>]+):(?P<id>\d+)>")
_NAME_AND_ID: typing.Final = re.compile(r"[^:<>]+:\d+")
# A deleted custom emoji has no name. Discord reads the ID and ignores the name (any name works:
# discord/discord-api-docs#2653), so a placeholder will do.
_ANY_NAME: typing.Final = "_"


def emoji_path(
    emoji: str | emojis.Emoji,
    emoji_id: undefined.UndefinedOr[snowflakes.SnowflakeishOr] = undefined.UNDEFINED,
    /,
) -> str:
    """The `{emoji}` of a reaction route: the character of a Unicode emoji, `name:id` for a custom one.

    Raises `TypeError` for an emoji that is neither a string nor an `Emoji` (an ID goes in
    `emoji_id`, with the name in `emoji`), and `errors.DiscordRuleError` (a `ValueError`) for a
    string that names no emoji, or an ID given twice.
    """
    if isinstance(emoji, emojis.Emoji):
        _no_second_id(emoji_id, emoji)
        if isinstance(emoji, emojis.CustomEmoji):
            return _custom(emoji.name or _ANY_NAME, emoji.id)
        return _unicode(str(emoji))
    if not isinstance(emoji, str):
        raise TypeError(
            f"an emoji is a string or an Emoji, not {type(emoji).__name__}; give a custom emoji's ID "
            "as emoji_id= with its name as the emoji"
        )
    if emoji_id is not undefined.UNDEFINED:
        return _named(emoji, emoji_id)
    return _from_string(emoji)


def _from_string(emoji: str) -> str:
    if mention := _MENTION.fullmatch(emoji):
        return _custom(mention["name"], mention["id"])
    if _NAME_AND_ID.fullmatch(emoji):
        return emoji
    return _unicode(emoji)


def _named(name: str, emoji_id: snowflakes.SnowflakeishOr) -> str:
    if not name or ":" in name or "<" in name:
        raise errors.DiscordRuleError(
            _RULE, f"with emoji_id=, the emoji is the custom emoji's name alone, not {name!r}"
        )
    return _custom(name, _id_of(emoji_id))


def _custom(name: str, emoji_id: object) -> str:
    return f"{name}:{emoji_id}"


def _unicode(emoji: str) -> str:
    # Every Unicode emoji has a character beyond ASCII (keycaps such as "1️⃣" end in U+20E3); a
    # plain word ("thumbsup") or an empty string is no emoji to Discord.
    if emoji.isascii():
        raise errors.DiscordRuleError(
            _RULE,
            f"{emoji!r} is not an emoji: give the character ('👍'), an Emoji object, a custom emoji "
            "as 'name:id' or '<:name:id>', or its name with emoji_id=",
        )
    return emoji


def _id_of(emoji_id: snowflakes.SnowflakeishOr) -> snowflakes.Snowflake:
    # Type hints do not stop a caller: an object without `.id`, a word or a bool is refused here.
    try:
        found = None if isinstance(emoji_id, bool) else snowflakes.snowflake_of(emoji_id)
    except (AttributeError, TypeError, ValueError):
        found = None
    if found is None or found <= 0:
        raise TypeError(f"emoji_id must be a custom emoji or its ID, not {emoji_id!r}")
    return found


def _no_second_id(emoji_id: object, emoji: emojis.Emoji) -> None:
    if emoji_id is not undefined.UNDEFINED:
        raise errors.DiscordRuleError(
            _RULE, f"emoji_id= is only for an emoji given by name; {emoji!r} already says which emoji it is"
        )
