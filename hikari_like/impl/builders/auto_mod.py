"""Auto-moderation triggers and actions, as `create_auto_mod_rule`/`edit_auto_mod_rule` take them.

hikari's names and constructors (`hikari.impl.AutoModKeywordTriggerBuilder(keyword_filter=...)`):
a trigger's `build()` is the rule's `trigger_metadata`, an action's is the action object.

```python
await rest.create_auto_mod_rule(
    guild_id,
    name="no invites",
    event_type=AutoModEventType.MESSAGE_SEND,
    trigger=AutoModKeywordTriggerBuilder(keyword_filter=["discord.gg/*"]),
    actions=[AutoModBlockMessageActionBuilder(custom_message="No invites, please.")],
)
```
"""

from __future__ import annotations

__all__ = [
    "AutoModBlockMemberInteractionActionBuilder",
    "AutoModBlockMessageActionBuilder",
    "AutoModKeywordPresetTriggerBuilder",
    "AutoModKeywordTriggerBuilder",
    "AutoModMemberProfileTriggerBuilder",
    "AutoModMentionSpamTriggerBuilder",
    "AutoModSendAlertMessageActionBuilder",
    "AutoModSpamTriggerBuilder",
    "AutoModTimeoutActionBuilder",
]

import typing

import attrs

from hikari_like import auto_mod
from hikari_like import snowflakes

_Built: typing.TypeAlias = typing.MutableMapping[str, typing.Any]


def _action(kind: auto_mod.AutoModActionType, **metadata: object) -> _Built:
    return {"type": int(kind), "metadata": metadata}


# -- actions --------------------------------------------------------------------------------------------


@attrs.define(kw_only=True, weakref_slot=False)
class AutoModBlockMessageActionBuilder:
    """Block the message, telling its author `custom_message` (at most 150 characters) if given."""

    _custom_message: str | None = attrs.field(alias="custom_message", default=None)

    @property
    def type(self) -> typing.Literal[auto_mod.AutoModActionType.BLOCK_MESSAGE]:
        """`AutoModActionType.BLOCK_MESSAGE`."""
        return auto_mod.AutoModActionType.BLOCK_MESSAGE

    @property
    def custom_message(self) -> str | None:
        """What the author is told."""
        return self._custom_message

    def build(self) -> _Built:
        """The action object."""
        return _action(self.type, custom_message=self.custom_message)


@attrs.define(kw_only=True, weakref_slot=False)
class AutoModSendAlertMessageActionBuilder:
    """Post an alert in the channel `channel_id` (a channel or its ID)."""

    _channel_id: snowflakes.Snowflake = attrs.field(alias="channel_id", converter=snowflakes.snowflake_of)

    @property
    def type(self) -> typing.Literal[auto_mod.AutoModActionType.SEND_ALERT_MESSAGE]:
        """`AutoModActionType.SEND_ALERT_MESSAGE`."""
        return auto_mod.AutoModActionType.SEND_ALERT_MESSAGE

    @property
    def channel_id(self) -> snowflakes.Snowflake:
        """Where the alert goes."""
        return self._channel_id

    def build(self) -> _Built:
        """The action object."""
        return _action(self.type, channel_id=str(int(self.channel_id)))


@attrs.define(kw_only=True, weakref_slot=False)
class AutoModTimeoutActionBuilder:
    """Time the member out for `duration_seconds` (at most 2419200, four weeks)."""

    _duration_seconds: int = attrs.field(alias="duration_seconds")

    @property
    def type(self) -> typing.Literal[auto_mod.AutoModActionType.TIMEOUT]:
        """`AutoModActionType.TIMEOUT`."""
        return auto_mod.AutoModActionType.TIMEOUT

    @property
    def duration_seconds(self) -> int:
        """How long the timeout lasts."""
        return self._duration_seconds

    def build(self) -> _Built:
        """The action object."""
        return _action(self.type, duration_seconds=self.duration_seconds)


@attrs.define(kw_only=True, weakref_slot=False)
class AutoModBlockMemberInteractionActionBuilder:
    """Keep the member from interacting in the guild (MEMBER_PROFILE rules)."""

    @property
    def type(self) -> typing.Literal[auto_mod.AutoModActionType.BLOCK_MEMBER_INTERACTION]:
        """`AutoModActionType.BLOCK_MEMBER_INTERACTION`."""
        return auto_mod.AutoModActionType.BLOCK_MEMBER_INTERACTION

    def build(self) -> _Built:
        """The action object."""
        return _action(self.type)


# -- triggers -------------------------------------------------------------------------------------------


@attrs.define(kw_only=True, weakref_slot=False)
class _WordListTrigger:
    """The fields KEYWORD and MEMBER_PROFILE triggers share."""

    _keyword_filter: list[str] = attrs.field(alias="keyword_filter", factory=list)
    _regex_patterns: list[str] = attrs.field(alias="regex_patterns", factory=list)
    _allow_list: list[str] = attrs.field(alias="allow_list", factory=list)

    @property
    def keyword_filter(self) -> typing.Sequence[str]:
        """Words that trigger the rule (`*` as a wildcard at either end)."""
        return self._keyword_filter

    @property
    def regex_patterns(self) -> typing.Sequence[str]:
        """Regular expressions that trigger the rule."""
        return self._regex_patterns

    @property
    def allow_list(self) -> typing.Sequence[str]:
        """Words that never trigger it."""
        return self._allow_list

    def build(self) -> _Built:
        """The rule's `trigger_metadata`."""
        return {
            "keyword_filter": list(self.keyword_filter),
            "regex_patterns": list(self.regex_patterns),
            "allow_list": list(self.allow_list),
        }


@attrs.define(kw_only=True, weakref_slot=False)
class AutoModKeywordTriggerBuilder(_WordListTrigger):
    """Words and patterns in messages: up to 1000 words of 60 characters, 10 patterns of 260,
    100 allowed words."""

    @property
    def type(self) -> typing.Literal[auto_mod.AutoModTriggerType.KEYWORD]:
        """`AutoModTriggerType.KEYWORD`."""
        return auto_mod.AutoModTriggerType.KEYWORD


@attrs.define(kw_only=True, weakref_slot=False)
class AutoModMemberProfileTriggerBuilder(_WordListTrigger):
    """Words and patterns in members' profiles (limits as `AutoModKeywordTriggerBuilder`)."""

    @property
    def type(self) -> typing.Literal[auto_mod.AutoModTriggerType.MEMBER_PROFILE]:
        """`AutoModTriggerType.MEMBER_PROFILE`."""
        return auto_mod.AutoModTriggerType.MEMBER_PROFILE


@attrs.define(kw_only=True, weakref_slot=False)
class AutoModSpamTriggerBuilder:
    """Content Discord judges to be spam (one such rule per guild)."""

    @property
    def type(self) -> typing.Literal[auto_mod.AutoModTriggerType.SPAM]:
        """`AutoModTriggerType.SPAM`."""
        return auto_mod.AutoModTriggerType.SPAM

    def build(self) -> _Built:
        """The rule's `trigger_metadata` (empty)."""
        return {}


@attrs.define(kw_only=True, weakref_slot=False)
class AutoModKeywordPresetTriggerBuilder:
    """Discord's word lists (`presets`), minus up to 1000 allowed words."""

    _presets: list[auto_mod.AutoModKeywordPresetType] = attrs.field(alias="presets", factory=list)
    _allow_list: list[str] = attrs.field(alias="allow_list", factory=list)

    @property
    def type(self) -> typing.Literal[auto_mod.AutoModTriggerType.KEYWORD_PRESET]:
        """`AutoModTriggerType.KEYWORD_PRESET`."""
        return auto_mod.AutoModTriggerType.KEYWORD_PRESET

    @property
    def presets(self) -> typing.Sequence[auto_mod.AutoModKeywordPresetType]:
        """Which of Discord's lists."""
        return self._presets

    @property
    def allow_list(self) -> typing.Sequence[str]:
        """Words that never trigger the rule."""
        return self._allow_list

    def build(self) -> _Built:
        """The rule's `trigger_metadata`."""
        return {"presets": [int(preset) for preset in self.presets], "allow_list": list(self.allow_list)}


@attrs.define(kw_only=True, weakref_slot=False)
class AutoModMentionSpamTriggerBuilder:
    """More than `mention_total_limit` (at most 50) unique mentions in a message."""

    _mention_total_limit: int = attrs.field(alias="mention_total_limit")
    _mention_raid_protection_enabled: bool = attrs.field(alias="mention_raid_protection_enabled")

    @property
    def type(self) -> typing.Literal[auto_mod.AutoModTriggerType.MENTION_SPAM]:
        """`AutoModTriggerType.MENTION_SPAM`."""
        return auto_mod.AutoModTriggerType.MENTION_SPAM

    @property
    def mention_total_limit(self) -> int:
        """The most unique mentions a message may have."""
        return self._mention_total_limit

    @property
    def mention_raid_protection_enabled(self) -> bool:
        """Whether Discord also watches for mention raids."""
        return self._mention_raid_protection_enabled

    def build(self) -> _Built:
        """The rule's `trigger_metadata`."""
        return {
            "mention_total_limit": self.mention_total_limit,
            "mention_raid_protection_enabled": self.mention_raid_protection_enabled,
        }
