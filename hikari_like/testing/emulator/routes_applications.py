"""The application's own settings and its users' links to it (#23), as Discord serves them:
`PATCH /applications/@me`, role-connection metadata, the user's role connection and
connections, Activity instances, and `PATCH /users/@me`.

Checks: 50035 for fields out of Discord's bounds (application.mdx "Edit Current Application",
application-role-connection-metadata.mdx, user.mdx); the user's routes need a Bearer token
(20001 for the bot token) with their scope (50026), which acts for the user who granted it (the
application's owner for a client credentials token); an unknown Activity instance is a 404.

```python
discord.state.applications.add_connection(name="kat-codes", type="github")
```
"""

from __future__ import annotations

__all__ = ["ROUTES", "require_bearer"]

import re
import typing

from hikari_like.testing.emulator import routes_oauth2
from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator.field_checks import check_length
from hikari_like.testing.emulator.field_checks import image_hash
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from aiohttp import web

    from hikari_like.internal import json
    from hikari_like.testing.emulator.routing import RequestContext
    from hikari_like.testing.emulator.state import IssuedInteraction

_EDITABLE_TEXT: typing.Final = {
    "description": 400,
    "custom_install_url": 2048,
    "role_connections_verification_url": 2048,
    "interactions_endpoint_url": 2048,
    "event_webhooks_url": 2048,
}
_LIMITED_INTENT_FLAGS: typing.Final = (1 << 13) | (1 << 15) | (1 << 19)
"""The only flags an application may set itself: the limited presence, members and content intents."""
_EVENT_TYPES: typing.Final = frozenset(
    {
        "APPLICATION_AUTHORIZED",
        "APPLICATION_DEAUTHORIZED",
        "ENTITLEMENT_CREATE",
        "ENTITLEMENT_UPDATE",
        "ENTITLEMENT_DELETE",
        "QUEST_USER_ENROLLMENT",
        "LOBBY_MESSAGE_CREATE",
        "LOBBY_MESSAGE_UPDATE",
        "LOBBY_MESSAGE_DELETE",
        "GAME_DIRECT_MESSAGE_CREATE",
        "GAME_DIRECT_MESSAGE_UPDATE",
        "GAME_DIRECT_MESSAGE_DELETE",
    }
)
_METADATA_KEY: typing.Final = re.compile(r"[a-z0-9_]{1,50}")
_MAX_RECORDS: typing.Final = 5


def require_bearer(ctx: RequestContext, scope: str) -> str:
    """The ID of the user a route for a user's OAuth2 token acts for: Discord's 20001 for the bot
    token, 50026 for a token without `scope`. A token with no recorded grant (the test kit's
    `credentials.issue_bearer()`) or a client credentials one acts for the application's owner."""
    if not ctx.request.headers.get("Authorization", "").startswith("Bearer "):
        raise DiscordError(403, "Bots cannot use this endpoint", 20001)
    grant = routes_oauth2.bearer_grant(ctx)
    if grant is not None and scope not in grant.scopes:
        raise DiscordError(403, "Missing required OAuth2 scope", 50026)
    return (grant.user_id if grant is not None else None) or str(ctx.state.owner["id"])


def _check_own_application(ctx: RequestContext) -> None:
    if ctx.params["application"] != ctx.state.application_id:
        raise DiscordError(403, "Missing Access", 50001)


def _check_text(body: json.JSONObject) -> None:
    for name, limit in _EDITABLE_TEXT.items():
        check_length(body, name, 0, limit)
    tags = body.get("tags")
    if tags is not None and (
        not isinstance(tags, list) or len(tags) > 5 or any(not 1 <= len(str(tag)) <= 20 for tag in tags)
    ):
        raise invalid("tags", "BASE_TYPE_BAD_LENGTH", "At most 5 tags of 1 to 20 characters.")


def _check_events(body: json.JSONObject) -> None:
    if body.get("event_webhooks_status") not in (None, 1, 2):
        raise invalid("event_webhooks_status", "BASE_TYPE_CHOICES", "Value must be one of (1, 2).")
    types = body.get("event_webhooks_types")
    if types is not None and (not isinstance(types, list) or not set(types) <= _EVENT_TYPES):
        raise invalid("event_webhooks_types", "BASE_TYPE_CHOICES", "Value must be an event type.")
    flags = body.get("flags")
    if flags is not None and (not isinstance(flags, int) or flags & ~_LIMITED_INTENT_FLAGS):
        raise invalid("flags", "APPLICATION_FLAGS_INVALID", "Only the limited intent flags may be set.")


async def edit_application(ctx: RequestContext) -> web.Response:
    body = dict(validation.require_object(ctx.body.json))  # a copy: the recorded request keeps its body
    _check_text(body)
    _check_events(body)
    application = ctx.state.application
    if "flags" in body:
        body["flags"] |= application["flags"] & ~_LIMITED_INTENT_FLAGS
    for image in ("icon", "cover_image"):
        if image in body:
            application[image] = image_hash(image, body.pop(image))
    application.update(body)
    return json_response(application)


def _check_record(index: int, record: object) -> json.JSONObject:
    if not isinstance(record, dict):
        raise invalid(str(index), "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType")
    if record.get("type") not in range(1, 9):
        raise invalid(f"{index}.type", "BASE_TYPE_CHOICES", "Value must be one of 1 to 8.")
    if not isinstance(record.get("key"), str) or not _METADATA_KEY.fullmatch(record["key"]):
        raise invalid(f"{index}.key", "STRING_TYPE_REGEX", "String value did not match validation regex.")
    for name, limit in (("name", 100), ("description", 200)):
        if not isinstance(record.get(name), str) or not 1 <= len(record[name]) <= limit:
            raise invalid(
                f"{index}.{name}", "BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {limit} in length."
            )
    return record


async def get_role_metadata(ctx: RequestContext) -> web.Response:
    _check_own_application(ctx)
    return json_response(ctx.state.applications.role_metadata)


async def put_role_metadata(ctx: RequestContext) -> web.Response:
    _check_own_application(ctx)
    records = ctx.body.json
    if not isinstance(records, list) or len(records) > _MAX_RECORDS:
        raise invalid("_root", "BASE_TYPE_MAX_LENGTH", f"Must be {_MAX_RECORDS} or fewer in length.")
    checked = [_check_record(index, record) for index, record in enumerate(records)]
    if len({record["key"] for record in checked}) != len(checked):
        raise invalid("_root", "DUPLICATE_KEY", "Metadata keys must be unique.")
    ctx.state.applications.role_metadata = [
        {"name_localizations": None, "description_localizations": None, **record} for record in checked
    ]
    return json_response(ctx.state.applications.role_metadata)


def _connection_key(ctx: RequestContext) -> str:
    user_id = require_bearer(ctx, "role_connections.write")
    _check_own_application(ctx)
    return user_id


async def get_role_connection(ctx: RequestContext) -> web.Response:
    empty: json.JSONObject = {"platform_name": None, "platform_username": None, "metadata": {}}
    return json_response(ctx.state.applications.role_connections.get(_connection_key(ctx), empty))


def _check_metadata(ctx: RequestContext, metadata: object) -> dict[str, str]:
    known = {record["key"] for record in ctx.state.applications.role_metadata}
    values = validation.optional_object(metadata)
    for key, value in values.items():
        if key not in known:
            raise invalid(f"metadata.{key}", "INVALID_KEY", "This key is not in the application's metadata.")
        # Discord documents strings; it takes numbers too (hikari sends integers and booleans as such).
        if isinstance(value, bool) or not isinstance(value, (str, int)) or len(str(value)) > 100:
            raise invalid(f"metadata.{key}", "BASE_TYPE_BAD_LENGTH", "Must be a string of at most 100.")
    return {key: str(value) for key, value in values.items()}


async def put_role_connection(ctx: RequestContext) -> web.Response:
    key = _connection_key(ctx)
    body = validation.optional_object(ctx.body.json)
    check_length(body, "platform_name", 0, 50)
    check_length(body, "platform_username", 0, 100)
    connection = {
        "platform_name": body.get("platform_name"),
        "platform_username": body.get("platform_username"),
        "metadata": _check_metadata(ctx, body.get("metadata")),
    }
    ctx.state.applications.role_connections[key] = connection
    return json_response(connection)


async def get_connections(ctx: RequestContext) -> web.Response:
    require_bearer(ctx, "connections")
    return json_response(ctx.state.applications.connections)


async def get_activity_instance(ctx: RequestContext) -> web.Response:
    _check_own_application(ctx)
    instance_id = ctx.params["instance"]
    for interaction in ctx.state.interactions.values():
        if interaction.activity_instance_id == instance_id:
            return json_response(_instance(ctx, interaction))
    raise DiscordError.unknown("Activity Instance", 10000)


def _instance(ctx: RequestContext, interaction: IssuedInteraction) -> json.JSONObject:
    """The instance an interaction's LAUNCH_ACTIVITY answer started; its launch ID is the interaction's."""
    guild_id, channel_id = interaction.guild_id, interaction.channel_id
    kind = "gc" if guild_id else "pc"
    return {
        "application_id": ctx.state.application_id,
        "instance_id": ctx.params["instance"],
        "launch_id": interaction.id,
        "location": {
            "id": f"{kind}-{guild_id or '0'}-{channel_id}",
            "kind": kind,
            "channel_id": channel_id,
            "guild_id": guild_id,
        },
        "users": [ctx.state.owner["id"]],
    }


async def edit_my_user(ctx: RequestContext) -> web.Response:
    body = validation.require_object(ctx.body.json)
    check_length(body, "username", 2, 32)
    user = ctx.state.bot_user
    for image in ("avatar", "banner"):
        if image in body:
            user[image] = image_hash(image, body[image])
    if body.get("username") is not None:
        user["username"] = body["username"]
    private = {"mfa_enabled": False, "locale": "en-US", "verified": True, "email": None}
    return json_response({**user, **private})


_APPLICATION: typing.Final = "/applications/{application}"
_ROLE_CONNECTION: typing.Final = "/users/@me/applications/{application}/role-connection"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="PATCH", template="/applications/@me", handler=edit_application),
    RouteSpec(method="GET", template=_APPLICATION + "/role-connections/metadata", handler=get_role_metadata),
    RouteSpec(method="PUT", template=_APPLICATION + "/role-connections/metadata", handler=put_role_metadata),
    RouteSpec(method="GET", template=_ROLE_CONNECTION, handler=get_role_connection),
    RouteSpec(method="PUT", template=_ROLE_CONNECTION, handler=put_role_connection),
    RouteSpec(method="GET", template="/users/@me/connections", handler=get_connections),
    RouteSpec(method="PATCH", template="/users/@me", handler=edit_my_user),
    RouteSpec(
        method="GET", template=_APPLICATION + "/activity-instances/{instance}", handler=get_activity_instance
    ),
)
