"""A guild's scheduled events: in a stage, in a voice channel, or somewhere else (#23).

Discord's guild scheduled event object (docs: resources/guild-scheduled-event.mdx) read into one
class per `entity_type`: `ScheduledStageEvent`, `ScheduledVoiceEvent`, `ScheduledExternalEvent`
(its `location` and required `end_time` come from `entity_metadata` and `scheduled_end_time`).

>>> event = ScheduledEvent.from_payload(
...     {"id": "9", "guild_id": "1", "name": "Quiz", "entity_type": 3, "status": 1, "privacy_level": 2,
...      "scheduled_start_time": "2030-01-01T18:00:00+00:00",
...      "scheduled_end_time": "2030-01-01T19:00:00+00:00", "entity_metadata": {"location": "Park"}},
...     app=None)
>>> type(event).__name__, event.location
('ScheduledExternalEvent', 'Park')
"""

from __future__ import annotations

__all__ = [
    "EventPrivacyLevel",
    "ScheduledEvent",
    "ScheduledEventRecurrenceFrequency",
    "ScheduledEventRecurrenceMonth",
    "ScheduledEventRecurrenceNWeekday",
    "ScheduledEventRecurrenceRule",
    "ScheduledEventRecurrenceWeekday",
    "ScheduledEventStatus",
    "ScheduledEventType",
    "ScheduledEventUser",
    "ScheduledExternalEvent",
    "ScheduledStageEvent",
    "ScheduledVoiceEvent",
]

import datetime
import typing

import attrs

from hikari_like import guilds
from hikari_like import snowflakes
from hikari_like import users
from hikari_like.internal import cdn
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import files
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject

_EPOCH: typing.Final = datetime.datetime(2015, 1, 1, tzinfo=datetime.UTC)


class ScheduledEventType(enums.TolerantIntEnum):
    """Where an event takes place."""

    STAGE_INSTANCE = 1
    VOICE = 2
    EXTERNAL = 3
    """Outside Discord, at a `location`."""


class ScheduledEventStatus(enums.TolerantIntEnum):
    """Where an event is in its life: scheduled, then active, then completed (or canceled)."""

    SCHEDULED = 1
    ACTIVE = 2
    COMPLETED = 3
    CANCELED = 4
    CANCELLED = CANCELED


class EventPrivacyLevel(enums.TolerantIntEnum):
    """Who can see an event; Discord has one level left."""

    GUILD_ONLY = 2


class ScheduledEventRecurrenceFrequency(enums.TolerantIntEnum):
    """How often a recurring event comes back."""

    YEARLY = 0
    MONTHLY = 1
    WEEKLY = 2
    DAILY = 3


class ScheduledEventRecurrenceWeekday(enums.TolerantIntEnum):
    """A day of the week, Monday first, as Discord numbers them."""

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


class ScheduledEventRecurrenceMonth(enums.TolerantIntEnum):
    """A month, January being 1."""

    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12


@attrs.define(kw_only=True)
class ScheduledEventRecurrenceNWeekday:
    """The `n`-th `day` of a month (1 to 5): "the second Tuesday" is `n=2, day=TUESDAY`."""

    n: int
    day: ScheduledEventRecurrenceWeekday | int


@attrs.define(kw_only=True)
class ScheduledEventRecurrenceRule:
    """When a recurring event comes back (Discord's subset of iCalendar's RRULE).

    >>> rule = ScheduledEventRecurrenceRule(start=moment, frequency=ScheduledEventRecurrenceFrequency.WEEKLY,
    ...     by_weekday=[ScheduledEventRecurrenceWeekday.FRIDAY])
    """

    start: datetime.datetime
    frequency: ScheduledEventRecurrenceFrequency | int
    interval: int = 1
    """Every how many `frequency` units (every 2 weeks: `WEEKLY`, 2)."""
    by_weekday: typing.Sequence[ScheduledEventRecurrenceWeekday | int] | None = None
    by_n_weekday: typing.Sequence[ScheduledEventRecurrenceNWeekday] | None = None
    by_month: typing.Sequence[ScheduledEventRecurrenceMonth | int] | None = None
    by_month_day: typing.Sequence[int] | None = None
    end: datetime.datetime | None = None
    """Set by Discord; read only."""
    by_year_day: typing.Sequence[int] | None = None
    """Set by Discord; read only."""
    count: int | None = None
    """Set by Discord; read only."""

    def to_payload(self) -> JSONObject:
        """Discord's recurrence rule object as a create or edit sends it (without `end`, `count`
        and `by_year_day`, which Discord sets itself)."""
        payload: JSONObject = {
            "start": self.start.isoformat(),
            "frequency": int(self.frequency),
            "interval": self.interval,
        }
        lists = {
            "by_weekday": _ints(self.by_weekday),
            "by_n_weekday": None
            if self.by_n_weekday is None
            else [{"n": item.n, "day": int(item.day)} for item in self.by_n_weekday],
            "by_month": _ints(self.by_month),
            "by_month_day": _ints(self.by_month_day),
        }
        payload.update((key, value) for key, value in lists.items() if value is not None)
        return payload

    @classmethod
    def from_payload(cls, payload: JSONObject) -> ScheduledEventRecurrenceRule:
        """Read a recurrence rule object; a missing `start` reads as Discord's epoch."""
        get = payload.get
        return cls(
            start=read.timestamp(get("start")) or _EPOCH,
            frequency=ScheduledEventRecurrenceFrequency(read.natural(get("frequency")) or 0),
            interval=read.natural(get("interval")) or 1,
            by_weekday=_enum_list(get("by_weekday"), ScheduledEventRecurrenceWeekday),
            by_n_weekday=_n_weekdays(get("by_n_weekday")),
            by_month=_enum_list(get("by_month"), ScheduledEventRecurrenceMonth),
            by_month_day=_int_list(get("by_month_day")),
            end=read.timestamp(get("end")),
            by_year_day=_int_list(get("by_year_day")),
            count=read.natural(get("count")),
        )


def _ints(values: typing.Sequence[int] | None) -> list[int] | None:
    return None if values is None else [int(value) for value in values]


def _int_list(value: object) -> list[int] | None:
    if not isinstance(value, list):
        return None
    return [item for item in (read.integer(entry) for entry in value) if item is not None]


_E = typing.TypeVar("_E", bound=enums.TolerantIntEnum)


def _enum_list(value: object, kind: type[_E]) -> list[_E] | None:
    numbers = _int_list(value)
    return None if numbers is None else [kind(number) for number in numbers]


def _n_weekdays(value: object) -> list[ScheduledEventRecurrenceNWeekday] | None:
    if not isinstance(value, list):
        return None
    return [
        ScheduledEventRecurrenceNWeekday(
            n=read.integer(item.get("n")) or 1,
            day=ScheduledEventRecurrenceWeekday(read.natural(item.get("day")) or 0),
        )
        for item in read.objects(value)
    ]


@attrs.define(kw_only=True, unsafe_hash=True)
class ScheduledEvent(snowflakes.UniqueEntity):
    """A guild's scheduled event; `from_payload` returns the subclass of its `entity_type`."""

    app: traits.RESTAware = attrs.field(eq=False, repr=False, hash=False)
    id: snowflakes.Snowflake = attrs.field(hash=True)
    guild_id: snowflakes.Snowflake = attrs.field(eq=False, hash=False)
    name: str = attrs.field(eq=False, hash=False)
    description: str | None = attrs.field(eq=False, hash=False, repr=False)
    start_time: datetime.datetime = attrs.field(eq=False, hash=False)
    end_time: datetime.datetime | None = attrs.field(eq=False, hash=False, repr=False)
    privacy_level: EventPrivacyLevel = attrs.field(eq=False, hash=False, repr=False)
    status: ScheduledEventStatus = attrs.field(eq=False, hash=False)
    entity_type: ScheduledEventType = attrs.field(eq=False, hash=False)
    creator: users.User | None = attrs.field(eq=False, hash=False, repr=False)
    """Who made it; Discord leaves it out of events made before October 2021."""
    user_count: int | None = attrs.field(eq=False, hash=False, repr=False)
    """How many users are interested; sent only when asked for (`with_user_count`)."""
    image_hash: str | None = attrs.field(eq=False, hash=False, repr=False)
    recurrence_rule: ScheduledEventRecurrenceRule | None = attrs.field(eq=False, hash=False, repr=False)

    def make_image_url(
        self,
        *,
        file_format: typing.Literal["PNG", "JPEG", "JPG", "WEBP"] = "PNG",
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The event's cover image on Discord's CDN, `None` without one (`TypeError` for another
        format, `ValueError` for a size that is not a power of two from 16 to 4096)."""
        if self.image_hash is None:
            return None
        return cdn.image_url(
            f"guild-events/{self.id}",
            self.image_hash,
            file_format=file_format,
            size=size,
            lossless=lossless,
            formats=cdn.STATIC_FORMATS,
        )

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> ScheduledEvent:
        """Read a scheduled event object as the class of its `entity_type` (`KeyError`, `TypeError`
        or `ValueError` without an ID or guild ID); an unknown type reads as a plain event."""
        fields = _event_fields(payload, app)
        kind = fields["entity_type"]
        if kind in (ScheduledEventType.STAGE_INSTANCE, ScheduledEventType.VOICE):
            channel_id = snowflakes.parse(payload.get("channel_id") or 0)
            if kind is ScheduledEventType.STAGE_INSTANCE:
                return ScheduledStageEvent(**fields, channel_id=channel_id)
            return ScheduledVoiceEvent(**fields, channel_id=channel_id)
        if kind is ScheduledEventType.EXTERNAL:
            metadata = read.mapping(payload.get("entity_metadata"))
            fields["end_time"] = fields["end_time"] or fields["start_time"]
            return ScheduledExternalEvent(**fields, location=read.text(metadata.get("location")) or "")
        return cls(**fields)


def _event_fields(payload: JSONObject, app: traits.RESTAware) -> dict[str, typing.Any]:
    get = payload.get
    creator = get("creator")
    return {
        "app": app,
        "id": snowflakes.parse(payload["id"]),
        "guild_id": snowflakes.parse(payload["guild_id"]),
        "name": read.text(get("name")) or "",
        "description": read.text(get("description")),
        "start_time": read.timestamp(get("scheduled_start_time")) or _EPOCH,
        "end_time": read.timestamp(get("scheduled_end_time")),
        "privacy_level": EventPrivacyLevel(read.natural(get("privacy_level")) or 2),
        "status": ScheduledEventStatus(read.natural(get("status")) or 1),
        "entity_type": ScheduledEventType(read.natural(get("entity_type")) or 0),
        "creator": users.User.from_payload(creator, app=app) if isinstance(creator, dict) else None,
        "user_count": read.natural(get("user_count")),
        "image_hash": read.text(get("image")),
        "recurrence_rule": _rule(get("recurrence_rule")),
    }


def _rule(value: object) -> ScheduledEventRecurrenceRule | None:
    return ScheduledEventRecurrenceRule.from_payload(value) if isinstance(value, dict) else None


@attrs.define(kw_only=True, unsafe_hash=True)
class ScheduledStageEvent(ScheduledEvent):
    """An event in a stage channel."""

    channel_id: snowflakes.Snowflake = attrs.field(eq=False, hash=False)


@attrs.define(kw_only=True, unsafe_hash=True)
class ScheduledVoiceEvent(ScheduledEvent):
    """An event in a voice channel."""

    channel_id: snowflakes.Snowflake = attrs.field(eq=False, hash=False)


@attrs.define(kw_only=True, unsafe_hash=True)
class ScheduledExternalEvent(ScheduledEvent):
    """An event outside Discord, at `location`, with an end time."""

    location: str = attrs.field(eq=False, hash=False)
    end_time: datetime.datetime = attrs.field(eq=False, hash=False, repr=False)


@attrs.define(kw_only=True)
class ScheduledEventUser:
    """A user interested in an event (`rest.fetch_scheduled_event_users`), with their member
    object when asked for one in a guild they are still in."""

    event_id: snowflakes.Snowflake
    user: users.User
    member: guilds.Member | None

    @classmethod
    def from_payload(
        cls, payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake
    ) -> ScheduledEventUser:
        """Read a scheduled event user object (`KeyError`/`TypeError` without a user or event ID)."""
        user = users.User.from_payload(read.required_object(payload, "user"), app=app)
        member = payload.get("member")
        return cls(
            event_id=snowflakes.parse(payload["guild_scheduled_event_id"]),
            user=user,
            member=guilds.Member.from_payload(member, user=user, guild_id=guild_id)
            if isinstance(member, dict)
            else None,
        )
