"""A guild's custom emojis (#19), as Discord serves them (emoji.mdx).

Checks: 10004/50001 for the guild, 10014 Unknown Emoji, the expression permissions of
`expressions.py` (50013), 50035 for a name that is not 2-32 of `[A-Za-z0-9_]` or an image that is
missing, not image data or over 256 KiB, and 30008 once the guild's slots are full (50 still and
50 animated at premium tier 0, 100/150/250 at tiers 1-3).

```python
emoji = add_emoji(discord.world, discord.world.guild(guild_id), "party", animated=True)
```
"""

from __future__ import annotations

__all__ = ["EMOJIS", "ROUTES", "add_emoji", "check_image", "check_name"]

import base64
import binascii
import re
import typing

from hikari_like.testing.emulator import expressions
from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator.field_checks import check_length
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from aiohttp import web

    from hikari_like.internal import json
    from hikari_like.testing.emulator.guild_world import GuildRecord
    from hikari_like.testing.emulator.guild_world import GuildWorld
    from hikari_like.testing.emulator.routing import RequestContext

_NAME: typing.Final = re.compile(r"[A-Za-z0-9_]+")
_IMAGE_URI: typing.Final = re.compile(
    r"data:image/(?P<type>png|jpeg|jpg|gif|webp|avif);base64,(?P<data>.*)", re.S
)
_MAX_IMAGE: typing.Final = 256 * 1024
_SLOTS: typing.Final = (50, 100, 150, 250)
"""Still emojis (and, separately, animated ones) a guild may have at premium tiers 0-3."""


def add_emoji(
    world: GuildWorld,
    guild: GuildRecord,
    name: str,
    *,
    emoji_id: str | None = None,
    user: json.JSONObject | None = None,
    roles: typing.Sequence[str] = (),
    animated: bool = False,
    managed: bool = False,
    available: bool = True,
) -> json.JSONObject:
    """Store a custom emoji in `guild` (uploaded by `user`, if known) and return Discord's emoji
    object for it."""
    emoji: json.JSONObject = {
        "id": emoji_id or world.ids(),
        "name": name,
        "roles": list(roles),
        "require_colons": not managed,
        "managed": managed,
        "animated": animated,
        "available": available,
    }
    if user is not None:
        emoji["user"] = user
    guild.emojis[emoji["id"]] = emoji
    return emoji


def check_image(path: str, value: object, *, limit: int) -> str:
    """The image type (`png`, `gif`...) of a data URI of at most `limit` bytes, else 50035 at `path`."""
    if value is None:
        raise invalid(path, "BASE_TYPE_REQUIRED", "This field is required")
    match = _IMAGE_URI.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise invalid(path, "IMAGE_INVALID", "Invalid image data")
    try:
        size = len(base64.b64decode(match["data"], validate=True))
    except binascii.Error:
        raise invalid(path, "IMAGE_INVALID", "Invalid image data") from None
    if size > limit:
        raise expressions.too_big(path, limit)
    return match["type"]


def check_name(body: json.JSONObject, *, required: bool) -> None:
    """An emoji's `name` (required when creating) is 2-32 of `[A-Za-z0-9_]`, else 50035."""
    if required and body.get("name") is None:
        raise invalid("name", "BASE_TYPE_REQUIRED", "This field is required")
    check_length(body, "name", 2, 32)
    if isinstance(body.get("name"), str) and not _NAME.fullmatch(body["name"]):
        raise invalid("name", "STRING_TYPE_REGEX", "String value did not match validation regex.")


def _roles(guild: GuildRecord, value: object) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise invalid("roles", "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType")
    # The emulator keeps the roles the guild has (Discord documents no error for others).
    return [str(role) for role in value if str(role) in guild.roles]


EMOJIS: typing.Final = expressions.Expressions(
    lambda guild: guild.emojis, param="emoji", unknown=("Emoji", 10014)
)


async def create_emoji(ctx: RequestContext) -> web.Response:
    guild = guild_of(ctx)
    expressions.require_create(ctx, guild)
    body = validation.require_object(ctx.body.json)
    check_name(body, required=True)
    animated = check_image("image", body.get("image"), limit=_MAX_IMAGE) == "gif"
    taken = sum(1 for emoji in guild.emojis.values() if emoji.get("animated") is animated)
    limit = expressions.slots(guild, _SLOTS)
    if taken >= limit:
        raise DiscordError(400, f"Maximum number of emojis reached ({limit})", 30008)
    emoji = add_emoji(
        ctx.state.world,
        guild,
        body["name"],
        user=ctx.state.bot_user,
        roles=_roles(guild, body.get("roles")),
        animated=animated,
    )
    return json_response(emoji, status=201)


async def edit_emoji(ctx: RequestContext) -> web.Response:
    guild, emoji = EMOJIS.changeable(ctx)
    body = validation.optional_object(ctx.body.json)
    check_name(body, required=False)
    if body.get("name") is not None:
        emoji["name"] = body["name"]
    if "roles" in body:
        emoji["roles"] = _roles(guild, body["roles"])
    return json_response(expressions.shown(ctx, guild, emoji))


_EMOJIS: typing.Final = "/guilds/{guild}/emojis"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template=_EMOJIS, handler=EMOJIS.list),
    RouteSpec(method="POST", template=_EMOJIS, handler=create_emoji),
    RouteSpec(method="GET", template=_EMOJIS + "/{emoji}", handler=EMOJIS.get),
    RouteSpec(method="PATCH", template=_EMOJIS + "/{emoji}", handler=edit_emoji),
    RouteSpec(method="DELETE", template=_EMOJIS + "/{emoji}", handler=EMOJIS.delete),
)
