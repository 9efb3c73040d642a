"""`GatewayGuild`: a guild as the gateway sends it (GUILD_CREATE, GUILD_UPDATE), and the objects a
GUILD_CREATE carries along with it, read by their models' parsers.

```python
guild = GatewayGuild.from_payload(payload, app=bot)
contents = guild_contents(payload, app=bot, guild_id=guild.id)  # roles, members, channels...
```
"""

from __future__ import annotations

__all__ = ["GatewayGuild", "guild_contents", "guild_look", "members_and_presences"]

import datetime
import typing

import attrs

from hikari_like import _channel_kinds
from hikari_like import channels
from hikari_like import guilds
from hikari_like import presences
from hikari_like import snowflakes
from hikari_like import users
from hikari_like import voices
from hikari_like._guild_details import Guild
from hikari_like._guild_details import _guild_fields
from hikari_like._guild_details import _guild_stickers
from hikari_like._guild_details import _known_emojis
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject

_T = typing.TypeVar("_T")


@attrs.define(kw_only=True, unsafe_hash=True)
class GatewayGuild(Guild):
    """A guild as the gateway sends it: with its size and when the bot joined.

    >>> guild.member_count, guild.is_large
    (42, False)
    """

    is_large: bool | None = attrs.field(eq=False, repr=False)
    """Whether the guild is over the gateway's `large_threshold` (its offline members are not sent)."""
    joined_at: datetime.datetime | None = attrs.field(eq=False, repr=False)
    """When the bot joined the guild."""
    member_count: int | None = attrs.field(eq=False, repr=False)
    """How many members the guild has."""

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> typing.Self:
        """Read the guild object of a GUILD_CREATE or GUILD_UPDATE; only the ID is required."""
        get = payload.get
        count = read.natural(get("member_count"))
        joined = get("joined_at")
        return cls(
            **_guild_fields(payload, app),
            is_large=read.flag(get("large")),
            joined_at=None if joined is None else read.timestamp(joined),
            member_count=count,
        )


def _keyed(
    value: object, parse: typing.Callable[[JSONObject], _T], key: typing.Callable[[_T], snowflakes.Snowflake]
) -> dict[snowflakes.Snowflake, _T]:
    """The objects of the array `value` that `parse` reads, by `key` (one it cannot read is left out)."""
    return {key(item): item for item in read.each(read.objects(value), parse)}


def _member(item: JSONObject, app: traits.RESTAware, guild_id: snowflakes.Snowflake) -> guilds.Member:
    user = users.User.from_payload(read.required_object(item, "user"), app=app)
    return guilds.Member.from_payload(item, user=user, guild_id=guild_id)


def _guild_channel(
    item: JSONObject, app: traits.RESTAware, guild_id: snowflakes.Snowflake
) -> _channel_kinds.PermissibleGuildChannel:
    channel = channels.channel_from_payload(item, app=app, guild_id=guild_id)
    if not isinstance(channel, _channel_kinds.PermissibleGuildChannel):
        raise TypeError(f"channel {channel.id} is not a guild channel")
    return channel


def guild_look(
    payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake
) -> dict[str, typing.Any]:
    """The `emojis`, `stickers` and `roles` of a guild object, each by ID."""
    return {
        "emojis": _known_emojis(payload.get("emojis"), app, guild_id),
        "stickers": _guild_stickers(payload.get("stickers"), app, guild_id),
        "roles": _keyed(
            payload.get("roles"),
            lambda item: guilds.Role.from_payload(item, app=app, guild_id=guild_id),
            lambda role: role.id,
        ),
    }


def guild_contents(
    payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake
) -> dict[str, typing.Any]:
    """What a GUILD_CREATE carries besides the guild, as hikari's guild events hold it: `emojis`,
    `stickers`, `roles`, `channels`, `threads`, `members`, `presences` and `voice_states`, each
    by ID (members, presences and voice states by user ID; a voice state has its member)."""
    get = payload.get
    return {
        **guild_look(payload, app=app, guild_id=guild_id),
        "channels": _keyed(get("channels"), lambda item: _guild_channel(item, app, guild_id), lambda c: c.id),
        "threads": _keyed(
            get("threads"),
            lambda item: _channel_kinds.thread_from_payload(item, app=app, guild_id=guild_id),
            lambda thread: thread.id,
        ),
        **members_and_presences(payload, app=app, guild_id=guild_id),
        "voice_states": _keyed(
            _with_members(get("voice_states"), get("members")),
            lambda item: voices.VoiceState.from_payload(item, app=app, guild_id=guild_id),
            lambda state: state.user_id,
        ),
    }


def members_and_presences(
    payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake
) -> dict[str, typing.Any]:
    """`members` and `presences` of a GUILD_CREATE or GUILD_MEMBERS_CHUNK, by user ID; a member or
    presence that cannot be read is left out."""
    get = payload.get
    return {
        "members": _keyed(get("members"), lambda item: _member(item, app, guild_id), lambda m: m.id),
        "presences": _keyed(
            get("presences"),
            lambda item: presences.MemberPresence.from_payload(item, app=app, guild_id=guild_id),
            lambda presence: presence.user_id,
        ),
    }


def _with_members(states: object, members: object) -> list[JSONObject]:
    """The voice states of a GUILD_CREATE, each with its member: Discord leaves the member out
    there (it is in `members`), and hikari's voice states have it."""
    by_user = {str(read.mapping(member.get("user")).get("id")): member for member in read.objects(members)}
    return [
        item if "member" in item else {**item, "member": by_user.get(str(item.get("user_id")))}
        for item in read.objects(states)
    ]
