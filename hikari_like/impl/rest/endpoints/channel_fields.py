"""How the channel endpoints write a channel's settings: one table from hikari's parameter names
to Discord's fields and their conversions, shared by every `create_guild_*_channel` and
`edit_channel`.

```python
body = channel_body(name="general", rate_limit_per_user=datetime.timedelta(seconds=5), category=cat)
assert body == {"name": "general", "rate_limit_per_user": 5, "parent_id": str(cat.id)}
```

Conversions follow hikari's: durations of slow mode are seconds (a `timedelta` or a number, fractions
dropped, never negative); archive durations are minutes (a `timedelta` is rounded to minutes, a number
is taken as minutes already); a voice region is sent as its ID; overwrites, tags and the default
reaction emoji take Discord's object shapes (resources/channel.mdx).
"""

from __future__ import annotations

__all__ = ["channel_body", "overwrite_payload", "tag_payload"]

import datetime
import typing

from hikari_like import emojis
from hikari_like import snowflakes
from hikari_like.impl.rest import payloads
from hikari_like.internal.time import Intervalish
from hikari_like.internal.time import timespan_to_int

if typing.TYPE_CHECKING:
    from hikari_like import channels
    from hikari_like.internal.json import JSONObject


def _minutes(value: Intervalish) -> int:
    if isinstance(value, datetime.timedelta):
        return round(value.total_seconds() / 60)
    return int(value)


def overwrite_payload(overwrite: channels.PermissionOverwrite) -> JSONObject:
    """A permission overwrite as Discord takes it (bit sets as decimal strings)."""
    return {
        "id": str(overwrite.id),
        "type": int(overwrite.type),
        "allow": str(int(overwrite.allow)),
        "deny": str(int(overwrite.deny)),
    }


def tag_payload(tag: channels.ForumTag) -> JSONObject:
    """A forum tag as Discord takes it (a tag not created yet goes without an ID)."""
    unicode = tag.unicode_emoji
    payload: JSONObject = {
        "name": tag.name,
        "moderated": tag.moderated,
        "emoji_id": str(tag.emoji_id) if tag.emoji_id else None,
        "emoji_name": str(unicode) if unicode is not None else None,
    }
    if tag.id:  # a tag not created yet has no ID; Discord makes one
        payload["id"] = str(tag.id)
    return payload


def _reaction_payload(emoji: str | int | emojis.Emoji) -> JSONObject:
    if isinstance(emoji, emojis.CustomEmoji):
        return {"emoji_id": str(emoji.id), "emoji_name": None}
    if isinstance(emoji, int):
        return {"emoji_id": str(emoji), "emoji_name": None}
    return {"emoji_id": None, "emoji_name": str(emoji)}


def _region_id(region: object) -> str:
    return region if isinstance(region, str) else str(getattr(region, "id", region))


def _snowflake(value: snowflakes.SnowflakeishOr) -> str:
    return str(snowflakes.snowflake_of(value))


def _snowflakes(values: typing.Iterable[snowflakes.SnowflakeishOr]) -> list[str]:
    return [_snowflake(value) for value in values]


def _each(
    convert: typing.Callable[[typing.Any], JSONObject],
) -> typing.Callable[[typing.Any], list[JSONObject]]:
    return lambda items: [convert(item) for item in items]


_Conversion: typing.TypeAlias = "typing.Callable[[typing.Any], typing.Any] | None"
_FIELDS: typing.Final[typing.Mapping[str, tuple[str, _Conversion]]] = {
    "type": ("type", int),
    "name": ("name", None),
    "flags": ("flags", int),
    "position": ("position", None),
    "topic": ("topic", None),
    "nsfw": ("nsfw", None),
    "bitrate": ("bitrate", None),
    "video_quality_mode": ("video_quality_mode", int),
    "user_limit": ("user_limit", None),
    "rate_limit_per_user": ("rate_limit_per_user", timespan_to_int),
    "region": ("rtc_region", _region_id),
    "permission_overwrites": ("permission_overwrites", _each(overwrite_payload)),
    "category": ("parent_id", _snowflake),
    "parent_category": ("parent_id", _snowflake),
    "default_auto_archive_duration": ("default_auto_archive_duration", _minutes),
    "default_thread_rate_limit_per_user": ("default_thread_rate_limit_per_user", timespan_to_int),
    "default_forum_layout": ("default_forum_layout", int),
    "default_sort_order": ("default_sort_order", int),
    "available_tags": ("available_tags", _each(tag_payload)),
    "default_reaction_emoji": ("default_reaction_emoji", _reaction_payload),
    "archived": ("archived", None),
    "auto_archive_duration": ("auto_archive_duration", _minutes),
    "locked": ("locked", None),
    "invitable": ("invitable", None),
    "applied_tags": ("applied_tags", _snowflakes),
}


def channel_body(**fields: object) -> payloads.Payload:
    """The JSON body for these channel settings, by hikari's parameter names (`UNDEFINED` left
    out, `None` sent as `null`)."""
    body = payloads.Payload()
    for name, value in fields.items():
        key, conversion = _FIELDS[name]
        body.put(key, value, conversion=conversion)
    return body
