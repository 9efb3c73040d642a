"""What a guild's emojis and stickers (its "expressions") share in the emulated Discord: who may
make and change them, who sees their uploader, and the slots a guild's boosts buy.

Discord (emoji.mdx, sticker.mdx): creating needs CREATE_GUILD_EXPRESSIONS (or
MANAGE_GUILD_EXPRESSIONS, which implies it); editing or deleting one's own needs either, anyone
else's needs MANAGE_GUILD_EXPRESSIONS (50013 otherwise). The `user` field is shown to a bot with
either permission.

```python
STICKERS = Expressions(lambda guild: guild.stickers, param="sticker", unknown=("Sticker", 10060))
ROUTES = (RouteSpec(method="GET", template=".../{sticker}", handler=STICKERS.get), ...)

guild, stored = STICKERS.changeable(ctx)  # in an edit: 10060 or 50013 first
```
"""

from __future__ import annotations

__all__ = [
    "Expressions",
    "can_see_uploaders",
    "require_change",
    "require_create",
    "shown",
    "slots",
    "too_big",
]

import typing

import attrs

from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import missing_permissions
from hikari_like.testing.emulator.permissions import permissions_in
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response

if typing.TYPE_CHECKING:
    from aiohttp import web

    from hikari_like.internal import json
    from hikari_like.testing.emulator.guild_world import GuildRecord
    from hikari_like.testing.emulator.routing import RequestContext

_EXPRESSIONS: typing.Final = Permissions.CREATE_GUILD_EXPRESSIONS | Permissions.MANAGE_GUILD_EXPRESSIONS


def _bot_permissions(ctx: RequestContext, guild: GuildRecord) -> Permissions:
    return permissions_in(ctx.state.world, guild, actor(ctx))


def can_see_uploaders(ctx: RequestContext, guild: GuildRecord) -> bool:
    """Whether Discord includes the `user` who uploaded an emoji or sticker."""
    return bool(_bot_permissions(ctx, guild) & _EXPRESSIONS)


def shown(ctx: RequestContext, guild: GuildRecord, stored: json.JSONObject) -> json.JSONObject:
    """An emoji or sticker as the bot sees it: without `user` unless it may see uploaders."""
    if can_see_uploaders(ctx, guild):
        return stored
    return {key: value for key, value in stored.items() if key != "user"}


def require_create(ctx: RequestContext, guild: GuildRecord) -> None:
    """Discord's 50013 unless the bot may create expressions."""
    if not _bot_permissions(ctx, guild) & _EXPRESSIONS:
        raise missing_permissions()


def require_change(ctx: RequestContext, guild: GuildRecord, stored: json.JSONObject) -> None:
    """Discord's 50013 unless the bot may edit or delete this expression: MANAGE for anyone's,
    CREATE for one it uploaded itself."""
    permissions = _bot_permissions(ctx, guild)
    if permissions & Permissions.MANAGE_GUILD_EXPRESSIONS:
        return
    uploader = (stored.get("user") or {}).get("id")
    if not (permissions & Permissions.CREATE_GUILD_EXPRESSIONS and uploader == actor(ctx)):
        raise missing_permissions()


def slots(guild: GuildRecord, by_tier: typing.Sequence[int]) -> int:
    """How many of something the guild's premium tier (0 to 3) allows."""
    tier = guild.fields.get("premium_tier")
    return by_tier[tier if isinstance(tier, int) and 0 <= tier < len(by_tier) else 0]


def too_big(path: str, limit: int) -> DiscordError:
    """Discord's 50035 for an upload over `limit` bytes (256 KiB for emojis, 512 KiB stickers)."""
    return invalid(path, "BINARY_TYPE_MAX_SIZE", f"File cannot be larger than {limit / 1024:.1f} kb.")


@attrs.frozen
class Expressions:
    """One kind of a guild's expressions (its emojis, its stickers) and the routes every kind has:
    list, get and delete, each checked as Discord checks them."""

    store: typing.Callable[[GuildRecord], dict[str, json.JSONObject]]
    """Where the guild keeps them (`guild.emojis`), by ID."""
    param: str = attrs.field(kw_only=True)
    """The path parameter naming one (`"emoji"`)."""
    unknown: tuple[str, int] = attrs.field(kw_only=True)
    """Discord's 404 for an unknown one: `("Emoji", 10014)`."""

    def one(self, ctx: RequestContext) -> tuple[GuildRecord, json.JSONObject]:
        """The path's guild and expression (10004/50001 for the guild, `unknown` for it)."""
        guild = guild_of(ctx)
        stored = self.store(guild).get(ctx.params[self.param])
        if stored is None:
            raise DiscordError.unknown(*self.unknown)
        return guild, stored

    def changeable(self, ctx: RequestContext) -> tuple[GuildRecord, json.JSONObject]:
        """`one`, which the bot may edit or delete (`require_change`)."""
        guild, stored = self.one(ctx)
        require_change(ctx, guild, stored)
        return guild, stored

    async def list(self, ctx: RequestContext) -> web.Response:
        """List the guild's expressions of this kind (emojis or stickers), as Discord's `GET` does."""
        guild = guild_of(ctx)
        return json_response([shown(ctx, guild, stored) for stored in self.store(guild).values()])

    async def get(self, ctx: RequestContext) -> web.Response:
        """One of the guild's expressions of this kind by ID (10014/10060 when unknown)."""
        guild, stored = self.one(ctx)
        return json_response(shown(ctx, guild, stored))

    async def delete(self, ctx: RequestContext) -> web.Response:
        """Delete one, when the bot may manage it; answers 204."""
        guild, stored = self.changeable(ctx)
        del self.store(guild)[stored["id"]]
        return empty_response()
