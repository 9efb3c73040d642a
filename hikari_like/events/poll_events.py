"""Poll vote events: someone voted for an answer of a poll (`PollVoteCreateEvent`) or took the
vote back (`PollVoteDeleteEvent`).

```python
@bot.listen()
async def on_vote(event: hikari_like.PollVoteCreateEvent) -> None:
    print(f"{event.user_id} chose answer {event.answer_id} of message {event.message_id}")
```
"""

from __future__ import annotations

__all__ = ["BasePollVoteEvent", "PollVoteCreateEvent", "PollVoteDeleteEvent"]

import typing

import attrs

from hikari_like.events import shard_events

if typing.TYPE_CHECKING:
    from hikari_like import snowflakes
    from hikari_like import traits


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class BasePollVoteEvent(shard_events.ShardEvent):
    """A vote on a poll changed: who, on which message's poll, which answer."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    user_id: snowflakes.Snowflake
    channel_id: snowflakes.Snowflake
    message_id: snowflakes.Snowflake
    guild_id: snowflakes.Snowflake | None
    """The guild, or `None` for a poll in a DM."""
    answer_id: int
    """The answer's ID, as the poll numbers its answers."""


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class PollVoteCreateEvent(BasePollVoteEvent):
    """Someone voted for an answer."""


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class PollVoteDeleteEvent(BasePollVoteEvent):
    """Someone took back their vote for an answer."""
