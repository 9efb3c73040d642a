"""Presences: what a bot shows (sent through a gateway shard) and what Discord says members show.

```python
activity = hikari.Activity(name="the logs", type=hikari.ActivityType.WATCHING)
await shard.update_presence(status=hikari.Status.IDLE, activity=activity)
```

A member's presence arrives in `PRESENCE_UPDATE` and in a guild's `presences`; it is read by
`MemberPresence.from_payload`, tolerantly: a missing or malformed optional field reads as `None`
(a client platform as `OFFLINE`), and unknown statuses and flag bits are kept.

>>> presence = MemberPresence.from_payload(
...     {"user": {"id": "1"}, "guild_id": "2", "status": "idle", "activities": [], "client_status": {}},
...     app=None)
>>> presence.visible_status, presence.client_status.desktop
(<Status.IDLE: 'idle'>, <Status.OFFLINE: 'offline'>)
"""

from __future__ import annotations

__all__ = [
    "Activity",
    "ActivityAssets",
    "ActivityFlag",
    "ActivityParty",
    "ActivitySecret",
    "ActivityTimestamps",
    "ActivityType",
    "ClientStatus",
    "MemberPresence",
    "RichActivity",
    "Status",
]

import datetime
import typing

import attrs

from hikari_like import emojis as emojis_
from hikari_like import files
from hikari_like import snowflakes
from hikari_like import urls
from hikari_like.internal import cdn
from hikari_like.internal import flags as flags_
from hikari_like.internal import partial_json as read
from hikari_like.internal.enums import TolerantIntEnum
from hikari_like.internal.enums import TolerantStrEnum

if typing.TYPE_CHECKING:
    from hikari_like import guilds
    from hikari_like import traits
    from hikari_like import users
    from hikari_like.internal.json import JSONObject

_DYNAMIC_ASSET_URLS: typing.Final = {"mp": urls.MEDIA_PROXY_URL + "/{}"}
"""Where an asset written `<prefix>:<id>` lives (Discord's "activity asset image" rule)."""


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


class Status(TolerantStrEnum):
    """The status dot next to a name; a status Discord adds later is kept as `UNKNOWN_<value>`."""

    ONLINE = "online"
    IDLE = "idle"
    DO_NOT_DISTURB = "dnd"
    OFFLINE = "offline"
    """Shown as offline; shards send Discord's `"invisible"` for it, as `"offline"` does nothing."""


class ActivityFlag(flags_.Flag):
    """What a rich activity supports or is (Discord's activity flags)."""

    INSTANCE = 1 << 0
    JOIN = 1 << 1
    SPECTATE = 1 << 2
    JOIN_REQUEST = 1 << 3
    SYNC = 1 << 4
    PLAY = 1 << 5
    PARTY_PRIVACY_FRIENDS = 1 << 6
    PARTY_PRIVACY_VOICE_CHANNEL = 1 << 7
    EMBEDDED = 1 << 8


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


@attrs.define(kw_only=True, weakref_slot=False)
class ActivityTimestamps:
    """When an activity started and when it ends, where Discord says."""

    start: datetime.datetime | None
    """When the activity started, if known."""
    end: datetime.datetime | None
    """When the activity ends, if known."""

    @classmethod
    def from_payload(cls, payload: object) -> ActivityTimestamps:
        """Read an activity's `timestamps` object (Unix milliseconds); a bad value reads as `None`."""
        get = read.mapping(payload).get
        return cls(start=_epoch_milliseconds(get("start")), end=_epoch_milliseconds(get("end")))


@attrs.define(unsafe_hash=True, kw_only=True, weakref_slot=False)
class ActivityParty:
    """The party a member plays in; two parties are equal when their `id`s are."""

    id: str | None = attrs.field(hash=True)
    """The party's ID, if it has one."""
    current_size: int | None = attrs.field(eq=False, hash=False, repr=False)
    """How many are in the party, if known."""
    max_size: int | None = attrs.field(eq=False, hash=False, repr=False)
    """How many the party can hold, if known."""

    @classmethod
    def from_payload(cls, payload: object) -> ActivityParty:
        """Read an activity's `party` object; a `size` that is not two counts reads as unknown."""
        get = read.mapping(payload).get
        size = read.array(get("size"))
        counts = [read.natural(count) for count in size] if len(size) == 2 else [None, None]
        return cls(id=read.text(get("id")), current_size=counts[0], max_size=counts[1])


@attrs.define(kw_only=True, weakref_slot=False)
class ActivityAssets:
    """An activity's images and their hover texts.

    An image is either an application asset's ID (on Discord's CDN) or `<prefix>:<id>` for an
    image elsewhere (`mp:` is Discord's media proxy).
    """

    _application_id: snowflakes.Snowflake | None = attrs.field(alias="application_id", repr=False)
    large_image: str | None = attrs.field(repr=False)
    """The large image's asset ID or `<prefix>:<id>`, if set."""
    large_text: str | None
    """The text shown when hovering over the large image, if set."""
    small_image: str | None = attrs.field(repr=False)
    """The small image's asset ID or `<prefix>:<id>`, if set."""
    small_text: str | None
    """The text shown when hovering over the small image, if set."""

    @classmethod
    def from_payload(cls, payload: object, *, application_id: snowflakes.Snowflake | None) -> ActivityAssets:
        """Read an activity's `assets` object; a field that is not a string reads as `None`."""
        get = read.mapping(payload).get
        return cls(
            application_id=application_id,
            large_image=read.text(get("large_image")),
            large_text=read.text(get("large_text")),
            small_image=read.text(get("small_image")),
            small_text=read.text(get("small_text")),
        )

    def make_large_image_url(
        self,
        *,
        file_format: typing.Literal["PNG", "JPEG", "JPG", "WEBP"] = "PNG",
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The large image's URL; `None` without one.

        `file_format`, `size` and `lossless` (WEBP only) apply to application assets, not to
        images outside the CDN. `TypeError` for another format, `ValueError` for a `size` that
        is not a power of two from 16 to 4096, `RuntimeError` for an unknown `<prefix>:`.

        >>> assets.make_large_image_url(file_format="WEBP", size=256)
        """
        return self._asset_url(self.large_image, file_format=file_format, size=size, lossless=lossless)

    def make_small_image_url(
        self,
        *,
        file_format: typing.Literal["PNG", "JPEG", "JPG", "WEBP"] = "PNG",
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The small image's URL; `None` without one (the rules of `make_large_image_url`)."""
        return self._asset_url(self.small_image, file_format=file_format, size=size, lossless=lossless)

    def _asset_url(
        self, asset: str | None, *, file_format: str, size: int, lossless: bool
    ) -> files.URL | None:
        if asset is None:
            return None
        prefix, separator, identifier = asset.partition(":")
        if separator:
            if prefix not in _DYNAMIC_ASSET_URLS:
                raise RuntimeError(f"unknown asset type {prefix!r}")
            return files.URL(_DYNAMIC_ASSET_URLS[prefix].format(identifier))
        if self._application_id is None:
            raise RuntimeError("an application asset needs the activity's application_id")
        return cdn.image_url(
            f"app-assets/{self._application_id}",
            asset,
            file_format=file_format,
            size=size,
            lossless=lossless,
            formats=cdn.STATIC_FORMATS,
        )


@attrs.define(kw_only=True, weakref_slot=False)
class ActivitySecret:
    """The secrets for joining, spectating or matching a game (sent to the game, never shown)."""

    join: str | None = attrs.field(repr=False)
    """The secret for joining the party, if any."""
    spectate: str | None = attrs.field(repr=False)
    """The secret for spectating, if any."""
    match: str | None = attrs.field(repr=False)
    """The secret for the instanced match, if any."""

    @classmethod
    def from_payload(cls, payload: object) -> ActivitySecret:
        """Read an activity's `secrets` object; a field that is not a string reads as `None`."""
        get = read.mapping(payload).get
        return cls(
            join=read.text(get("join")), spectate=read.text(get("spectate")), match=read.text(get("match"))
        )


@attrs.define(kw_only=True, weakref_slot=False)
class RichActivity(Activity):
    """An activity as Discord reports it for a member, with everything the client shows."""

    created_at: datetime.datetime = attrs.field(repr=False)
    """When the activity was added to the member's session."""
    timestamps: ActivityTimestamps | None = attrs.field(repr=False)
    """When it started and ends, if Discord says."""
    application_id: snowflakes.Snowflake | None = attrs.field(repr=False)
    """The application of the game, if any."""
    details: str | None = attrs.field(repr=False)
    """What the member is doing, if set."""
    emoji: emojis_.Emoji | None = attrs.field(repr=False)
    """The emoji of a custom status, if any."""
    party: ActivityParty | None = attrs.field(repr=False)
    """The member's party, if any."""
    assets: ActivityAssets | None = attrs.field(repr=False)
    """The activity's images, if any."""
    secrets: ActivitySecret | None = attrs.field(repr=False)
    """The secrets for joining or spectating, if any."""
    is_instance: bool | None = attrs.field(repr=False)
    """Whether the activity is an instanced game session, if Discord says."""
    flags: ActivityFlag | None = attrs.field(repr=False)
    """What the activity supports, if Discord says."""
    buttons: typing.Sequence[str] = attrs.field(repr=False)
    """The labels of the activity's buttons (their URLs are not sent to bots)."""

    @classmethod
    def from_payload(cls, payload: JSONObject) -> RichActivity:
        """Read one activity object; `KeyError`/`TypeError` without its `name` (or a bad `type`)."""
        get = payload.get
        application_id = snowflakes.parse_or_none(get("application_id"))
        return cls(
            name=read.required_text(payload, "name"),
            type=ActivityType(read.natural(get("type")) or 0),
            url=read.text(get("url")),
            state=read.text(get("state")),
            created_at=_epoch_milliseconds(get("created_at")) or _EPOCH,
            timestamps=_part(get("timestamps"), ActivityTimestamps.from_payload),
            application_id=application_id,
            details=read.text(get("details")),
            emoji=_emoji(get("emoji")),
            party=_part(get("party"), ActivityParty.from_payload),
            assets=_part(
                get("assets"), lambda raw: ActivityAssets.from_payload(raw, application_id=application_id)
            ),
            secrets=_part(get("secrets"), ActivitySecret.from_payload),
            is_instance=read.flag(get("instance")),
            flags=_part(read.natural(get("flags")), ActivityFlag),
            buttons=[label for label in read.array(get("buttons")) if isinstance(label, str)],
        )


@attrs.define(kw_only=True, weakref_slot=False)
class ClientStatus:
    """A member's status on each platform; `OFFLINE` where they have no session."""

    desktop: Status | str
    """The status on the desktop client."""
    mobile: Status | str
    """The status on the mobile client."""
    web: Status | str
    """The status in the browser."""

    @classmethod
    def from_payload(cls, payload: object) -> ClientStatus:
        """Read a `client_status` object; a platform that is missing (or not a string) is `OFFLINE`."""
        get = read.mapping(payload).get
        return cls(desktop=_status(get("desktop")), mobile=_status(get("mobile")), web=_status(get("web")))


@attrs.define(unsafe_hash=True, kw_only=True, weakref_slot=False)
class MemberPresence:
    """What a guild member shows: a status, activities and the status on each platform.

    Two presences are equal when they are of the same user in the same guild.
    """

    app: traits.RESTAware = attrs.field(repr=False, eq=False, hash=False)
    """The bot this presence came to, for `fetch_user` and `fetch_member`."""
    user_id: snowflakes.Snowflake = attrs.field(hash=True)
    """The member's user ID."""
    guild_id: snowflakes.Snowflake = attrs.field(hash=True)
    """The guild the presence is in."""
    visible_status: Status | str = attrs.field(eq=False, hash=False)
    """The status others see."""
    activities: typing.Sequence[RichActivity] = attrs.field(eq=False, hash=False, repr=False)
    """The member's activities, the one the client shows first."""
    client_status: ClientStatus = attrs.field(eq=False, hash=False, repr=False)
    """The status on each platform."""

    @classmethod
    def from_payload(
        cls, payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None = None
    ) -> MemberPresence:
        """Read a presence update object (`guild_id` for one inside a guild's `presences`).

        `KeyError`/`TypeError`/`ValueError` without the user's ID or the guild's; an activity
        that cannot be read (no `name`) is left out.
        """
        return cls(
            app=app,
            user_id=snowflakes.parse(read.required_object(payload, "user")["id"]),
            guild_id=guild_id if guild_id is not None else snowflakes.parse(payload["guild_id"]),
            visible_status=_status(payload.get("status")),
            activities=read.each(read.objects(payload.get("activities")), RichActivity.from_payload),
            client_status=ClientStatus.from_payload(payload.get("client_status")),
        )

    async def fetch_user(self) -> users.User:
        """Fetch the member's user over REST (the `rest.fetch_user` errors).

        >>> user = await presence.fetch_user()
        """
        return await self.app.rest.fetch_user(self.user_id)

    async def fetch_member(self) -> guilds.Member:
        """Fetch the member over REST (the `rest.fetch_member` errors).

        >>> member = await presence.fetch_member()
        """
        return await self.app.rest.fetch_member(self.guild_id, self.user_id)


_EPOCH: typing.Final = datetime.datetime.fromtimestamp(0, tz=datetime.UTC)
_T = typing.TypeVar("_T")
_PartT = typing.TypeVar("_PartT")


def _epoch_milliseconds(value: object) -> datetime.datetime | None:
    milliseconds = read.number(value)
    if milliseconds is None:
        return None
    try:
        return datetime.datetime.fromtimestamp(milliseconds / 1000, tz=datetime.UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _part(value: _T | None, parse: typing.Callable[[_T], _PartT]) -> _PartT | None:
    return None if value is None else parse(value)


def _emoji(value: object) -> emojis_.Emoji | None:
    return emojis_.deserialize_emoji(value) if isinstance(value, dict) else None


def _status(value: object) -> Status:
    return Status(value) if isinstance(value, str) else Status.OFFLINE
