"""Stage instances: the live session of a stage channel, with its topic (#23).

Discord's stage instance object (docs: resources/stage-instance.mdx); a stage channel has at most
one at a time, made by `rest.create_stage_instance` and ended by `rest.delete_stage_instance`.

>>> stage = StageInstance.from_payload(
...     {"id": "5", "guild_id": "1", "channel_id": "2", "topic": "Q&A", "privacy_level": 2,
...      "discoverable_disabled": False, "guild_scheduled_event_id": None}, app=None)
>>> stage.topic
'Q&A'
"""

from __future__ import annotations

__all__ = ["StageInstance", "StageInstancePrivacyLevel"]

import typing

import attrs

from hikari_like import snowflakes
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject


class StageInstancePrivacyLevel(enums.TolerantIntEnum):
    """Who can find a stage instance; Discord no longer makes PUBLIC ones."""

    PUBLIC = 1
    GUILD_ONLY = 2


@attrs.define(kw_only=True, unsafe_hash=True)
class StageInstance(snowflakes.UniqueEntity):
    """The live session of a stage channel."""

    id: snowflakes.Snowflake = attrs.field(hash=True)
    app: traits.RESTAware = attrs.field(eq=False, repr=False, hash=False)
    channel_id: snowflakes.Snowflake = attrs.field(eq=False, hash=False)
    guild_id: snowflakes.Snowflake = attrs.field(eq=False, hash=False)
    topic: str = attrs.field(eq=False, hash=False)
    privacy_level: StageInstancePrivacyLevel = attrs.field(eq=False, hash=False)
    discoverable_disabled: bool = attrs.field(eq=False, hash=False, repr=False)
    """Deprecated by Discord; kept as sent."""
    scheduled_event_id: snowflakes.SnowflakeishOr | None = attrs.field(eq=False, hash=False, repr=False)
    """The scheduled event this session belongs to, if any."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> StageInstance:
        """Read a stage instance object (`KeyError`/`TypeError`/`ValueError` without its IDs)."""
        get = payload.get
        return cls(
            id=snowflakes.parse(payload["id"]),
            app=app,
            channel_id=snowflakes.parse(payload["channel_id"]),
            guild_id=snowflakes.parse(payload["guild_id"]),
            topic=read.text(get("topic")) or "",
            privacy_level=StageInstancePrivacyLevel(read.natural(get("privacy_level")) or 2),
            discoverable_disabled=get("discoverable_disabled") is True,
            scheduled_event_id=snowflakes.parse_or_none(get("guild_scheduled_event_id")),
        )
