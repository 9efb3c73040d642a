"""Voice regions (`fetch_voice_regions`, `fetch_guild_voice_regions`) and voice states (#23).

```python
regions = await rest.fetch_voice_regions()
print([region.id for region in regions if region.is_optimal_location])
```
"""

from __future__ import annotations

__all__ = ["VoiceRegion", "VoiceState"]

import datetime
import typing

import attrs

from hikari_like import guilds
from hikari_like import snowflakes
from hikari_like import users
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject


@attrs.define(kw_only=True, unsafe_hash=True)
class VoiceRegion:
    """A region voice channels can run in.

    >>> region = VoiceRegion.from_payload({"id": "rotterdam", "name": "Rotterdam", "optimal": True})
    >>> region.is_optimal_location
    True
    """

    id: str = attrs.field(hash=True)
    """The region's ID (a channel's `region`)."""
    name: str = attrs.field(eq=False)
    is_optimal_location: bool = attrs.field(eq=False, repr=False)
    """Whether it is the region closest to the bot."""
    is_deprecated: bool = attrs.field(eq=False, repr=False)
    is_custom: bool = attrs.field(eq=False, repr=False)
    """Whether it serves events only."""

    def __str__(self) -> str:
        return self.id

    @classmethod
    def from_payload(cls, payload: JSONObject) -> VoiceRegion:
        """Read a voice region object; the ID is required (`KeyError`/`TypeError`), the rest is optional."""
        get = payload.get
        return cls(
            id=read.required_text(payload, "id"),
            name=read.text(get("name")) or "",
            is_optimal_location=get("optimal") is True,
            is_deprecated=get("deprecated") is True,
            is_custom=get("custom") is True,
        )


@attrs.define(kw_only=True)
class VoiceState:
    """A member's voice connection in a guild (`rest.fetch_voice_state`), from Discord's voice
    state object (resources/voice.mdx).

    >>> state = VoiceState.from_payload({"guild_id": "1", "channel_id": "2", "user_id": "3",
    ...     "session_id": "s", "suppress": True, "request_to_speak_timestamp": None}, app=None)
    >>> state.is_suppressed, state.requested_to_speak_at
    (True, None)
    """

    app: traits.RESTAware = attrs.field(repr=False, eq=False)
    channel_id: snowflakes.Snowflake | None
    """The voice channel, `None` once disconnected."""
    guild_id: snowflakes.Snowflake
    is_guild_deafened: bool
    is_guild_muted: bool
    is_self_deafened: bool
    is_self_muted: bool
    is_streaming: bool
    is_suppressed: bool
    """Whether the member is kept from speaking (in a stage, they are in its audience)."""
    is_video_enabled: bool
    user_id: snowflakes.Snowflake
    member: guilds.Member | None
    session_id: str
    requested_to_speak_at: datetime.datetime | None
    """When the member asked to speak in a stage; `None` when they have not."""

    @classmethod
    def from_payload(
        cls, payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None = None
    ) -> VoiceState:
        """Read a voice state object (`KeyError`/`TypeError`/`ValueError` without the user or guild)."""
        get = payload.get
        guild = guild_id if guild_id is not None else snowflakes.parse(payload["guild_id"])
        member = get("member")
        return cls(
            app=app,
            channel_id=snowflakes.parse_or_none(get("channel_id")),
            guild_id=guild,
            is_guild_deafened=get("deaf") is True,
            is_guild_muted=get("mute") is True,
            is_self_deafened=get("self_deaf") is True,
            is_self_muted=get("self_mute") is True,
            is_streaming=get("self_stream") is True,
            is_suppressed=get("suppress") is True,
            is_video_enabled=get("self_video") is True,
            user_id=snowflakes.parse(payload["user_id"]),
            member=_member(member, app, guild) if isinstance(member, dict) else None,
            session_id=read.text(get("session_id")) or "",
            requested_to_speak_at=read.timestamp(get("request_to_speak_timestamp")),
        )


def _member(payload: JSONObject, app: traits.RESTAware, guild_id: snowflakes.Snowflake) -> guilds.Member:
    user = users.User.from_payload(read.required_object(payload, "user"), app=app)
    return guilds.Member.from_payload(payload, user=user, guild_id=guild_id)
