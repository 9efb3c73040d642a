"""Auto-moderation events: rules created, changed and deleted, and a rule acting on a member.

```python
@bot.listen()
async def on_auto_mod(event: hikari_like.events.AutoModActionExecutionEvent) -> None:
    print(f"rule {event.rule_id} matched {event.matched_keyword!r} from {event.user_id}")
```

Rule events need the `AUTO_MODERATION_CONFIGURATION` intent, executions
`AUTO_MODERATION_EXECUTION` (and `MESSAGE_CONTENT` for `content` and `matched_content`).
"""

from __future__ import annotations

__all__ = [
    "AutoModActionExecutionEvent",
    "AutoModEvent",
    "AutoModRuleCreateEvent",
    "AutoModRuleDeleteEvent",
    "AutoModRuleUpdateEvent",
]

import typing

import attrs

from hikari_like.events import base_events
from hikari_like.events import shard_events
from hikari_like.intents import Intents

if typing.TYPE_CHECKING:
    from hikari_like import auto_mod
    from hikari_like import snowflakes
    from hikari_like import traits


@base_events.requires_intents(Intents.AUTO_MODERATION_CONFIGURATION, Intents.AUTO_MODERATION_EXECUTION)
class AutoModEvent(shard_events.ShardEvent):
    """An auto-moderation event."""

    __slots__ = ()


class _WithRule(AutoModEvent):
    """The events that carry an auto-moderation rule."""

    __slots__ = ()

    @property
    def rule(self) -> auto_mod.AutoModRule:
        """The rule."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def app(self) -> traits.RESTAware:
        """The bot that received the event."""
        return self.rule.app


@base_events.requires_intents(Intents.AUTO_MODERATION_CONFIGURATION)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class AutoModRuleCreateEvent(_WithRule):
    """A rule was created (AUTO_MODERATION_RULE_CREATE)."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    rule: auto_mod.AutoModRule


@base_events.requires_intents(Intents.AUTO_MODERATION_CONFIGURATION)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class AutoModRuleUpdateEvent(_WithRule):
    """A rule changed (AUTO_MODERATION_RULE_UPDATE); `rule` is the rule as it is now."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    rule: auto_mod.AutoModRule


@base_events.requires_intents(Intents.AUTO_MODERATION_CONFIGURATION)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class AutoModRuleDeleteEvent(_WithRule):
    """A rule was deleted (AUTO_MODERATION_RULE_DELETE); `rule` is the rule as it was."""

    shard: shard_events.GatewayShard = attrs.field(repr=False)
    rule: auto_mod.AutoModRule


@base_events.requires_intents(Intents.AUTO_MODERATION_EXECUTION)
@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class AutoModActionExecutionEvent(AutoModEvent):
    """A rule acted on what a member did (AUTO_MODERATION_ACTION_EXECUTION)."""

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    guild_id: snowflakes.Snowflake
    action: auto_mod.PartialAutoModAction
    rule_id: snowflakes.Snowflake
    rule_trigger_type: auto_mod.AutoModTriggerType | int | None
    user_id: snowflakes.Snowflake
    channel_id: snowflakes.Snowflake | None
    """Where the member's content was posted, if in a channel."""
    message_id: snowflakes.Snowflake | None
    """The member's message; `None` when the rule blocked it."""
    alert_system_message_id: snowflakes.Snowflake | None
    """The alert the rule posted, for a send-alert action."""
    content: str | None
    """The member's content (needs the `MESSAGE_CONTENT` intent)."""
    matched_keyword: str | None
    matched_content: str | None
    """The part of the content that matched (needs the `MESSAGE_CONTENT` intent)."""
