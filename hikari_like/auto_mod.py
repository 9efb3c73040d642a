"""Auto-moderation rules: what Discord checks (a trigger) and what it does then (actions).

hikari's names (`hikari.auto_mod`). Parsing is tolerant: a trigger or action of a type this
release does not know is kept as the partial class with the raw type as an `int`.

>>> rule = AutoModRule.from_payload(
...     {"id": "1", "guild_id": "2", "name": "no spam", "creator_id": "3", "event_type": 1,
...      "trigger_type": 3, "trigger_metadata": {}, "actions": [{"type": 1}], "enabled": True,
...      "exempt_roles": [], "exempt_channels": []},
...     app=None,
... )
>>> type(rule.trigger).__name__, type(rule.actions[0]).__name__
('SpamTrigger', 'AutoModBlockMessage')
"""

from __future__ import annotations

__all__ = [
    "AutoModActionType",
    "AutoModBlockMemberAction",
    "AutoModBlockMessage",
    "AutoModEventType",
    "AutoModKeywordPresetType",
    "AutoModRule",
    "AutoModSendAlertMessage",
    "AutoModTimeout",
    "AutoModTriggerType",
    "KeywordPresetTrigger",
    "KeywordTrigger",
    "MemberProfileTrigger",
    "MentionSpamTrigger",
    "PartialAutoModAction",
    "PartialAutoModTrigger",
    "SpamTrigger",
]

import datetime
import typing

import attrs

from hikari_like import snowflakes
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject


class AutoModActionType(enums.TolerantIntEnum):
    """What a rule does when it triggers."""

    BLOCK_MESSAGE = 1
    """Block the message (with an optional explanation shown to its author)."""
    SEND_ALERT_MESSAGE = 2
    """Post an alert in a channel."""
    TIMEOUT = 3
    """Time the member out (KEYWORD, KEYWORD_PRESET... rules, MODERATE_MEMBERS needed)."""
    BLOCK_MEMBER_INTERACTION = 4
    """Keep the member from interacting in the guild (MEMBER_PROFILE rules)."""


class AutoModEventType(enums.TolerantIntEnum):
    """When a rule is checked."""

    MESSAGE_SEND = 1
    """When a member sends or edits a message."""
    MEMBER_UPDATE = 2
    """When a member edits their profile."""


class AutoModTriggerType(enums.TolerantIntEnum):
    """What a rule checks for."""

    KEYWORD = 1
    """Words and regular expressions of the rule's own."""
    SPAM = 3
    """Content that looks like spam."""
    KEYWORD_PRESET = 4
    """Discord's own word lists."""
    MENTION_SPAM = 5
    """Too many unique mentions in one message."""
    MEMBER_PROFILE = 6
    """Words in a member's profile."""


class AutoModKeywordPresetType(enums.TolerantIntEnum):
    """Discord's own word lists for KEYWORD_PRESET rules."""

    PROFANITY = 1
    """Swearing and cursing."""
    SEXUAL_CONTENT = 2
    """Sexually explicit words."""
    SLURS = 3
    """Personal insults and hate speech."""


# -- actions --------------------------------------------------------------------------------------------


@attrs.define(kw_only=True)
class PartialAutoModAction:
    """An action of a rule; a type this release does not know comes as this class."""

    type: AutoModActionType | int = attrs.field()
    """What the action does."""


@attrs.define(kw_only=True)
class AutoModBlockMessage(PartialAutoModAction):
    """Block the message."""

    custom_message: str | None = attrs.field(default=None)
    """Shown to the author when the message is blocked (at most 150 characters); a hikari_like
    addition (hikari drops it)."""


@attrs.define(kw_only=True)
class AutoModSendAlertMessage(PartialAutoModAction):
    """Post an alert with the blocked content in a channel."""

    channel_id: snowflakes.Snowflake = attrs.field()
    """Where the alert goes."""


@attrs.define(kw_only=True)
class AutoModTimeout(PartialAutoModAction):
    """Time the member out."""

    duration: datetime.timedelta = attrs.field()
    """How long (at most 4 weeks)."""


@attrs.define(kw_only=True)
class AutoModBlockMemberAction(PartialAutoModAction):
    """Keep the member from interacting in the guild until they fix their profile."""


def _timeout(metadata: JSONObject) -> dict[str, typing.Any]:
    return {"duration": datetime.timedelta(seconds=read.integer(metadata.get("duration_seconds")) or 0)}


_ActionFields: typing.TypeAlias = "typing.Callable[[JSONObject], dict[str, typing.Any]]"
_ACTIONS: typing.Final[typing.Mapping[int, tuple[type[PartialAutoModAction], _ActionFields]]] = {
    AutoModActionType.BLOCK_MESSAGE: (
        AutoModBlockMessage,
        lambda metadata: {"custom_message": read.text(metadata.get("custom_message"))},
    ),
    AutoModActionType.SEND_ALERT_MESSAGE: (
        AutoModSendAlertMessage,
        lambda metadata: {"channel_id": snowflakes.parse(metadata["channel_id"])},
    ),
    AutoModActionType.TIMEOUT: (AutoModTimeout, _timeout),
    AutoModActionType.BLOCK_MEMBER_INTERACTION: (AutoModBlockMemberAction, lambda _: {}),
}


def action_from_payload(payload: JSONObject) -> PartialAutoModAction:
    """An auto-moderation action object as the class of its `type` (unknown: `PartialAutoModAction`)."""
    kind = AutoModActionType(read.integer(payload.get("type")) or 0)
    cls, fields = _ACTIONS.get(kind, (PartialAutoModAction, lambda _: {}))
    action: PartialAutoModAction = cls(type=kind, **fields(read.mapping(payload.get("metadata"))))
    return action


# -- triggers -------------------------------------------------------------------------------------------


@attrs.define(kw_only=True)
class PartialAutoModTrigger:
    """A rule's trigger; a type this release does not know comes as this class."""

    type: AutoModTriggerType | int = attrs.field(eq=False, repr=False)
    """What the rule checks for."""


@attrs.define(kw_only=True)
class KeywordTrigger(PartialAutoModTrigger):
    """Words (`*` wildcards allowed) and Rust-flavoured regular expressions."""

    keyword_filter: typing.Sequence[str] = attrs.field(eq=False, repr=False)
    """Up to 1000 words of at most 60 characters."""
    regex_patterns: typing.Sequence[str] = attrs.field(eq=False, repr=False)
    """Up to 10 patterns of at most 260 characters."""
    allow_list: typing.Sequence[str] = attrs.field(eq=False, repr=False)
    """Words that never trigger the rule (up to 100)."""


@attrs.define(kw_only=True)
class SpamTrigger(PartialAutoModTrigger):
    """Content Discord judges to be spam."""


@attrs.define(kw_only=True)
class KeywordPresetTrigger(PartialAutoModTrigger):
    """Discord's own word lists."""

    allow_list: typing.Sequence[str] = attrs.field(eq=False, repr=False)
    """Words that never trigger the rule (up to 1000)."""
    presets: typing.Sequence[AutoModKeywordPresetType | int] = attrs.field(eq=False, repr=False)
    """Which of Discord's lists."""


@attrs.define(kw_only=True)
class MentionSpamTrigger(PartialAutoModTrigger):
    """Too many unique role and user mentions in one message."""

    mention_total_limit: int = attrs.field(eq=False, repr=False)
    """The most unique mentions a message may have (at most 50)."""
    mention_raid_protection_enabled: bool = attrs.field(eq=False, repr=False)
    """Whether Discord also watches for mention raids."""


@attrs.define(kw_only=True)
class MemberProfileTrigger(PartialAutoModTrigger):
    """Words in members' profiles (as `KeywordTrigger`)."""

    keyword_filter: typing.Sequence[str] = attrs.field(eq=False, repr=False)
    """Words that trigger the rule."""
    regex_patterns: typing.Sequence[str] = attrs.field(eq=False, repr=False)
    """Patterns that trigger the rule."""
    allow_list: typing.Sequence[str] = attrs.field(eq=False, repr=False)
    """Words that never trigger it."""


def _texts(metadata: JSONObject, key: str) -> list[str]:
    return [text for text in read.array(metadata.get(key)) if isinstance(text, str)]


def _keyword_fields(metadata: JSONObject) -> dict[str, typing.Any]:
    return {
        "keyword_filter": _texts(metadata, "keyword_filter"),
        "regex_patterns": _texts(metadata, "regex_patterns"),
        "allow_list": _texts(metadata, "allow_list"),
    }


def _preset_fields(metadata: JSONObject) -> dict[str, typing.Any]:
    presets = read.array(metadata.get("presets"))
    return {
        "allow_list": _texts(metadata, "allow_list"),
        "presets": [AutoModKeywordPresetType(preset) for preset in presets if isinstance(preset, int)],
    }


def _mention_fields(metadata: JSONObject) -> dict[str, typing.Any]:
    return {
        "mention_total_limit": read.integer(metadata.get("mention_total_limit")) or 0,
        "mention_raid_protection_enabled": metadata.get("mention_raid_protection_enabled") is True,
    }


_TriggerFields: typing.TypeAlias = "typing.Callable[[JSONObject], dict[str, typing.Any]]"
_TRIGGERS: typing.Final[typing.Mapping[int, tuple[type[PartialAutoModTrigger], _TriggerFields]]] = {
    AutoModTriggerType.KEYWORD: (KeywordTrigger, _keyword_fields),
    AutoModTriggerType.MEMBER_PROFILE: (MemberProfileTrigger, _keyword_fields),
    AutoModTriggerType.SPAM: (SpamTrigger, lambda _: {}),
    AutoModTriggerType.KEYWORD_PRESET: (KeywordPresetTrigger, _preset_fields),
    AutoModTriggerType.MENTION_SPAM: (MentionSpamTrigger, _mention_fields),
}


def _trigger(kind: AutoModTriggerType, metadata: JSONObject) -> PartialAutoModTrigger:
    cls, fields = _TRIGGERS.get(kind, (PartialAutoModTrigger, lambda _: {}))
    trigger: PartialAutoModTrigger = cls(type=kind, **fields(metadata))
    return trigger


# -- rules ----------------------------------------------------------------------------------------------


def _ids(values: object) -> list[snowflakes.Snowflake]:
    return [snowflakes.parse(value) for value in read.array(values) if snowflakes.is_id(value)]


@attrs.define(kw_only=True, unsafe_hash=True)
class AutoModRule(snowflakes.UniqueEntity):
    """A guild's auto-moderation rule (`rest.fetch_auto_mod_rules(guild)`)."""

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    """The client that fetched it."""
    id: snowflakes.Snowflake = attrs.field(hash=True)
    """The rule's ID."""
    guild_id: snowflakes.Snowflake = attrs.field(eq=False)
    """The guild the rule belongs to."""
    name: str = attrs.field(eq=False)
    """The rule's name."""
    creator_id: snowflakes.Snowflake = attrs.field(eq=False)
    """Who made it."""
    event_type: AutoModEventType | int = attrs.field(eq=False)
    """When it is checked."""
    trigger: PartialAutoModTrigger = attrs.field(eq=False, repr=False)
    """What it checks for (the subclass says which trigger type)."""
    actions: typing.Sequence[PartialAutoModAction] = attrs.field(eq=False, repr=False)
    """What it does when triggered."""
    is_enabled: bool = attrs.field(eq=False, repr=False)
    """Whether it is on."""
    exempt_role_ids: typing.Sequence[snowflakes.Snowflake] = attrs.field(eq=False, repr=False)
    """Roles the rule does not apply to (up to 20)."""
    exempt_channel_ids: typing.Sequence[snowflakes.Snowflake] = attrs.field(eq=False, repr=False)
    """Channels the rule does not apply to (up to 50)."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware | None) -> AutoModRule:
        """Read an auto-moderation rule object (`KeyError`/`ValueError` without its IDs).

        Triggers and actions of unknown types are kept as the partial classes; an action that
        cannot be read (an alert without a channel) is left out.
        """
        get = payload.get
        kind = AutoModTriggerType(read.integer(get("trigger_type")) or 0)
        return cls(
            app=typing.cast("traits.RESTAware", app),
            id=snowflakes.parse(payload["id"]),
            guild_id=snowflakes.parse(payload["guild_id"]),
            name=read.text(get("name")) or "",
            creator_id=snowflakes.parse(payload["creator_id"]),
            event_type=AutoModEventType(read.integer(get("event_type")) or 0),
            trigger=_trigger(kind, read.mapping(get("trigger_metadata"))),
            actions=read.each(read.objects(get("actions")), action_from_payload),
            is_enabled=get("enabled") is True,
            exempt_role_ids=_ids(get("exempt_roles")),
            exempt_channel_ids=_ids(get("exempt_channels")),
        )
