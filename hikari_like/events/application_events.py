"""Webhook events: what Discord posts to the application's Webhook Events URL.

An HTTP-only bot learns from them that it was installed or removed, and (with the entitlement
events of `monetization_events`) what was bought. Turn them on with `webhook_events_path=`:

```python
bot = hikari_like.RESTBot(token, public_key=key, webhook_events_path="/events")

@bot.listen()
async def on_install(event: hikari_like.ApplicationAuthorizedEvent) -> None:
    print(f"{event.user} added the app with {event.scopes}")
```

Every event here is a `WebhookEvent`: the envelope's `version`, `application_id`, the event's
`event_type` and `timestamp`, and its raw `data`. A type this release has no class for arrives as
`UnknownWebhookEvent` (never dropped), so `@bot.listen(hikari_like.WebhookEvent)` sees them all
except the entitlement events, which are the gateway's classes (`EntitlementEvent`).

One gateway event lives here too, where hikari has it: `ApplicationCommandPermissionsUpdateEvent`,
sent when a guild changes who may use one of the application's commands.
"""

from __future__ import annotations

__all__ = [
    "WEBHOOK_EVENTS",
    "ApplicationCommandPermissionsUpdateEvent",
    "ApplicationAuthorizedEvent",
    "ApplicationDeauthorizedEvent",
    "GameDirectMessageCreateEvent",
    "GameDirectMessageDeleteEvent",
    "GameDirectMessageEvent",
    "GameDirectMessageUpdateEvent",
    "LobbyMessageCreateEvent",
    "LobbyMessageDeleteEvent",
    "LobbyMessageEvent",
    "LobbyMessageUpdateEvent",
    "QuestUserEnrollmentEvent",
    "UnknownWebhookEvent",
    "WebhookEvent",
    "WebhookEventFields",
]

import typing

import attrs

from hikari_like import applications
from hikari_like import guilds
from hikari_like import snowflakes
from hikari_like import users
from hikari_like.events import base_events
from hikari_like.events import shard_events
from hikari_like.events import social_messages
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    import datetime

    from hikari_like import commands
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject


class WebhookEventFields(typing.TypedDict):
    """What every webhook event has, read from its envelope (the keyword arguments of `WebhookEvent`)."""

    app: traits.RESTAware
    version: int
    application_id: snowflakes.Snowflake
    event_type: str
    timestamp: datetime.datetime | None
    data: JSONObject


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class WebhookEvent(base_events.Event):
    """Base of every webhook event: the envelope's fields and the event's raw `data`."""

    app: traits.RESTAware = attrs.field(repr=False)
    version: int = attrs.field(repr=False)
    """The envelope's version scheme (1 today)."""
    application_id: snowflakes.Snowflake = attrs.field(repr=False)
    event_type: str
    """Discord's name for the event, e.g. `"APPLICATION_AUTHORIZED"`."""
    timestamp: datetime.datetime | None
    """When the event happened (not when it was delivered: a redelivery keeps it)."""
    data: JSONObject = attrs.field(repr=False)
    """The event's `data` object as Discord sent it (`{}` when it had none)."""

    @classmethod
    def from_data(cls, fields: WebhookEventFields) -> typing.Self:
        """Build the event from its envelope's fields, reading `fields["data"]`.

        Raises `KeyError`, `TypeError` or `ValueError` when a required field is missing or malformed.
        """
        return cls(**fields)


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class UnknownWebhookEvent(WebhookEvent):
    """A webhook event of a type this release has no class for (or whose data did not parse)."""


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ApplicationAuthorizedEvent(WebhookEvent):
    """The app was added to a server or to a user's account."""

    user: users.User
    """Who added it."""
    scopes: typing.Sequence[str]
    """The OAuth2 scopes granted, e.g. `["applications.commands", "bot"]`."""
    integration_type: applications.ApplicationIntegrationType | None
    """Where it was installed: a guild or a user's account (`None` when Discord did not say)."""
    guild: guilds.PartialGuild | None
    """The server, for a guild install."""

    @classmethod
    def from_data(cls, fields: WebhookEventFields) -> typing.Self:
        """Read an APPLICATION_AUTHORIZED event (the user is required)."""
        data, app = fields["data"], fields["app"]
        kind = read.natural(data.get("integration_type"))
        guild = data.get("guild")
        return cls(
            **fields,
            user=users.User.from_payload(read.required_object(data, "user"), app=app),
            scopes=tuple(scope for scope in read.array(data.get("scopes")) if isinstance(scope, str)),
            integration_type=None if kind is None else applications.ApplicationIntegrationType(kind),
            guild=guilds.PartialGuild.from_payload(guild, app=app) if isinstance(guild, dict) else None,
        )


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ApplicationDeauthorizedEvent(WebhookEvent):
    """A user removed the app (from their account, or the server's integrations)."""

    user: users.User

    @classmethod
    def from_data(cls, fields: WebhookEventFields) -> typing.Self:
        """Read an APPLICATION_DEAUTHORIZED event (the user is required)."""
        user = read.required_object(fields["data"], "user")
        return cls(**fields, user=users.User.from_payload(user, app=fields["app"]))


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class QuestUserEnrollmentEvent(WebhookEvent):
    """A user was added to a Quest.

    Discord documents the name but delivers it to no app yet, and gives no shape: read `data`.
    """


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class LobbyMessageEvent(WebhookEvent):
    """Base of the Social SDK's lobby message events."""

    @property
    def message_id(self) -> snowflakes.Snowflake:
        """The message's ID."""
        raise NotImplementedError  # every concrete event provides it

    @property
    def lobby_id(self) -> snowflakes.Snowflake:
        """The lobby's ID."""
        raise NotImplementedError  # every concrete event provides it


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class _LobbyMessageWithBody(LobbyMessageEvent):
    message: social_messages.LobbyMessage

    @property
    def message_id(self) -> snowflakes.Snowflake:
        """The message's ID."""
        return self.message.id

    @property
    def lobby_id(self) -> snowflakes.Snowflake:
        """The lobby's ID."""
        return self.message.lobby_id

    @classmethod
    def from_data(cls, fields: WebhookEventFields) -> typing.Self:
        """Read a lobby message event (the data is a lobby message object)."""
        message = social_messages.LobbyMessage.from_payload(fields["data"], app=fields["app"])
        return cls(**fields, message=message)


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class LobbyMessageCreateEvent(_LobbyMessageWithBody):
    """A message was sent in a lobby."""


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class LobbyMessageUpdateEvent(_LobbyMessageWithBody):
    """A lobby message was edited (`message.edited_timestamp`)."""


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class LobbyMessageDeleteEvent(LobbyMessageEvent):
    """A lobby message was deleted: only its ID and its lobby's are known."""

    deleted_message_id: snowflakes.Snowflake
    deleted_from_lobby_id: snowflakes.Snowflake = attrs.field(repr=False)

    @property
    def message_id(self) -> snowflakes.Snowflake:
        """The deleted message's ID."""
        return self.deleted_message_id

    @property
    def lobby_id(self) -> snowflakes.Snowflake:
        """The lobby it was deleted from."""
        return self.deleted_from_lobby_id

    @classmethod
    def from_data(cls, fields: WebhookEventFields) -> typing.Self:
        """Read a LOBBY_MESSAGE_DELETE event (`id` and `lobby_id` are required)."""
        data = fields["data"]
        return cls(
            **fields,
            deleted_message_id=snowflakes.parse(data["id"]),
            deleted_from_lobby_id=snowflakes.parse(data["lobby_id"]),
        )


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GameDirectMessageEvent(WebhookEvent):
    """Base of the DM events of an active Social SDK session; all three carry the message."""

    message: social_messages.GameDirectMessage

    @classmethod
    def from_data(cls, fields: WebhookEventFields) -> typing.Self:
        """Read a game DM event (the data is a message or passthrough message object)."""
        message = social_messages.GameDirectMessage.from_payload(fields["data"], app=fields["app"])
        return cls(**fields, message=message)


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GameDirectMessageCreateEvent(GameDirectMessageEvent):
    """A DM was sent while a Social SDK session was active."""


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GameDirectMessageUpdateEvent(GameDirectMessageEvent):
    """Such a DM was edited."""


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class GameDirectMessageDeleteEvent(GameDirectMessageEvent):
    """Such a DM was deleted (the message as it was)."""


WEBHOOK_EVENTS: typing.Final[typing.Mapping[str, type[WebhookEvent]]] = {
    "APPLICATION_AUTHORIZED": ApplicationAuthorizedEvent,
    "APPLICATION_DEAUTHORIZED": ApplicationDeauthorizedEvent,
    "QUEST_USER_ENROLLMENT": QuestUserEnrollmentEvent,
    "LOBBY_MESSAGE_CREATE": LobbyMessageCreateEvent,
    "LOBBY_MESSAGE_UPDATE": LobbyMessageUpdateEvent,
    "LOBBY_MESSAGE_DELETE": LobbyMessageDeleteEvent,
    "GAME_DIRECT_MESSAGE_CREATE": GameDirectMessageCreateEvent,
    "GAME_DIRECT_MESSAGE_UPDATE": GameDirectMessageUpdateEvent,
    "GAME_DIRECT_MESSAGE_DELETE": GameDirectMessageDeleteEvent,
}
"""The class for each webhook event name (the entitlement events are in `ENTITLEMENT_EVENTS`)."""


@attrs.define(slots=True, kw_only=True, weakref_slot=False)
class ApplicationCommandPermissionsUpdateEvent(shard_events.ShardEvent):
    """A guild changed who may use a command of the application (APPLICATION_COMMAND_PERMISSIONS_UPDATE).

    `permissions.id` is the command's ID, or the application's when the guild changed the
    overwrites of all its commands. No intent is needed: Discord sends it to every bot in the guild.
    """

    app: traits.RESTAware = attrs.field(repr=False)
    shard: shard_events.GatewayShard = attrs.field(repr=False)
    permissions: commands.GuildCommandPermissions = attrs.field(repr=False)
    """The command's (or all commands') overwrites in the guild, as they are now."""
