"""What a bot shows as its presence: a status and an activity, sent through a gateway shard.

```python
activity = hikari.Activity(name="the logs", type=hikari.ActivityType.WATCHING)
await shard.update_presence(status=hikari.Status.IDLE, activity=activity)
```
"""

from __future__ import annotations

__all__ = ["Activity", "ActivityType", "Status"]

import enum

import attrs

from hikari_like.internal.enums import TolerantIntEnum


class ActivityType(TolerantIntEnum):
    """What kind of activity the name describes ("Playing ...", "Watching ...")."""

    PLAYING = 0
    STREAMING = 1
    """Needs a Twitch or YouTube `url`."""
    LISTENING = 2
    WATCHING = 3
    CUSTOM = 4
    """A custom status: the text is the activity's `state` (or its `name` when `state` is unset)."""
    COMPETING = 5


class Status(enum.StrEnum):
    """The status dot next to the bot's name."""

    ONLINE = "online"
    IDLE = "idle"
    DO_NOT_DISTURB = "dnd"
    OFFLINE = "offline"
    """Shown as offline; shards send Discord's `"invisible"` for it, as `"offline"` does nothing."""


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class Activity:
    """An activity to show in the bot's presence."""

    name: str
    state: str | None = None
    """More detail under the name; the text itself for a `CUSTOM` activity."""
    url: str | None = attrs.field(default=None, repr=False)
    """The stream URL, for `STREAMING` activities only."""
    type: ActivityType = attrs.field(default=ActivityType.PLAYING, converter=ActivityType)

    def __str__(self) -> str:
        return self.name
