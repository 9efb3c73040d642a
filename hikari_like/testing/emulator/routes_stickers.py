"""Standard stickers and packs, and a guild's own stickers (#19), as Discord serves them (sticker.mdx).

Discord's own packs are a small fixed catalogue (`STANDARD_PACKS`; the first is the docs' example
pack). A guild's stickers: 10060 Unknown Sticker (10061 Unknown Sticker Pack), the expression
permissions of `expressions.py` (50013), 50035 for a name that is not 2-30 characters, missing
or over-long `tags`, a description that is neither empty nor 2-100 characters, a missing file or
one over 512 KiB; 50046 for a file that is not a PNG, APNG, GIF or Lottie JSON (Lottie only in
VERIFIED or PARTNERED guilds); 30039 once the slots are full (5 at premium tier 0, 15/30/60 at
tiers 1-3). Creation takes a multipart form (`name`, `tags`, `description`, `file`).

```python
sticker = add_sticker(discord.world, discord.world.guild(guild_id), "wave", tags="wave")
```
"""

from __future__ import annotations

__all__ = ["ROUTES", "STANDARD_PACKS", "STICKERS", "add_sticker"]

import typing

from hikari_like.internal import json
from hikari_like.testing.emulator import expressions
from hikari_like.testing.emulator import validation
from hikari_like.testing.emulator.field_checks import check_length
from hikari_like.testing.emulator.field_checks import invalid
from hikari_like.testing.emulator.guild_access import guild_of
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import Auth
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from aiohttp import web

    from hikari_like.testing.emulator.guild_world import GuildRecord
    from hikari_like.testing.emulator.guild_world import GuildWorld
    from hikari_like.testing.emulator.records import RecordedFile
    from hikari_like.testing.emulator.routing import RequestContext

PNG, APNG, LOTTIE, GIF = 1, 2, 3, 4
_MAX_FILE: typing.Final = 512 * 1024
_SLOTS: typing.Final = (5, 15, 30, 60)
_LOTTIE_FEATURES: typing.Final = frozenset({"VERIFIED", "PARTNERED"})
_PNG_SIGNATURE: typing.Final = b"\x89PNG\r\n\x1a\n"


_MAX_STICKERS_PER_MESSAGE: typing.Final = 3


def _standard(
    sticker_id: str, name: str, pack_id: str, *, sort_value: int, tags: str, format_type: int = LOTTIE
) -> json.JSONObject:
    return {
        "id": sticker_id,
        "name": name,
        "tags": tags,
        "type": 1,
        "format_type": format_type,
        "description": f"Wumpus says {name.lower()}",
        "pack_id": pack_id,
        "sort_value": sort_value,
    }


def _pack(
    pack_id: str, name: str, *, sku_id: str, banner: str | None, stickers: list[json.JSONObject]
) -> json.JSONObject:
    return {
        "id": pack_id,
        "stickers": stickers,
        "name": name,
        "sku_id": sku_id,
        "cover_sticker_id": stickers[0]["id"],
        "description": f"{name}: say it with Wumpus!",
        "banner_asset_id": banner,
    }


_WUMPUS: typing.Final = "847199849233514549"
_DOGGO: typing.Final = "847199849233514550"
STANDARD_PACKS: typing.Final[tuple[json.JSONObject, ...]] = (
    _pack(
        _WUMPUS,
        "Wumpus Beyond",
        sku_id="847199849233514547",
        banner="761773777976819732",
        stickers=[
            _standard("749053689419006003", "Hi", _WUMPUS, sort_value=1, tags="wumpus, hi, hello"),
            _standard(
                "749054660769218631", "Wave", _WUMPUS, sort_value=12, tags="wumpus, hello, wave, :wave"
            ),
        ],
    ),
    _pack(
        _DOGGO,
        "Doggo",
        sku_id="847199849233514551",
        banner=None,
        stickers=[
            _standard("816087792291282944", "Sit", _DOGGO, sort_value=1, tags="dog, sit", format_type=PNG),
            _standard("816087792291282945", "Zoom", _DOGGO, sort_value=2, tags="dog, run", format_type=APNG),
        ],
    ),
)
"""Discord's packs of standard stickers, as `GET /sticker-packs` lists them."""


def add_sticker(
    world: GuildWorld,
    guild: GuildRecord,
    name: str,
    *,
    tags: str = "smile",
    description: str | None = None,
    sticker_id: str | None = None,
    format_type: int = PNG,
    user: json.JSONObject | None = None,
    available: bool = True,
) -> json.JSONObject:
    """Store a sticker in `guild` (uploaded by `user`, if known) and return Discord's sticker object."""
    sticker: json.JSONObject = {
        "id": sticker_id or world.ids(),
        "name": name,
        "tags": tags,
        "type": 2,
        "format_type": format_type,
        "description": description,
        "asset": "",  # deprecated by Discord, still sent as an empty string
        "available": available,
        "guild_id": guild.id,
    }
    if user is not None:
        sticker["user"] = user
    guild.stickers[sticker["id"]] = sticker
    return sticker


STICKERS: typing.Final = expressions.Expressions(
    lambda guild: guild.stickers, param="sticker", unknown=("Sticker", 10060)
)


def _standard_stickers() -> typing.Iterator[json.JSONObject]:
    for pack in STANDARD_PACKS:
        yield from pack["stickers"]


def _check_fields(fields: typing.Mapping[str, typing.Any], *, creating: bool) -> None:
    for name in ("name", "tags") if creating else ():
        if not fields.get(name):
            raise invalid(name, "BASE_TYPE_REQUIRED", "This field is required")
    check_length(dict(fields), "name", 2, 30)
    check_length(dict(fields), "tags", 1, 200)
    description = fields.get("description")
    if description:  # empty (or null) clears it; otherwise 2-100 characters
        check_length(dict(fields), "description", 2, 100)


def _format_of(guild: GuildRecord, file: RecordedFile) -> int:
    """The sticker format of an upload, by its content as Discord reads it."""
    data = file.data
    if data.startswith(_PNG_SIGNATURE):
        # An APNG is a PNG with an animation control chunk before its image data.
        return APNG if b"acTL" in data[: data.find(b"IDAT")] else PNG
    if data.startswith(b"GIF8"):
        return GIF
    if _is_json_object(data) and _LOTTIE_FEATURES & set(guild.fields.get("features") or ()):
        return LOTTIE
    raise DiscordError(400, "Invalid file uploaded", 50046)


def _is_json_object(data: bytes) -> bool:
    try:
        return isinstance(json.loads(data), dict)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False


def _uploaded(ctx: RequestContext) -> RecordedFile:
    file = next((part for part in ctx.body.files if part.field == "file"), None)
    if file is None:
        raise invalid("file", "BASE_TYPE_REQUIRED", "This field is required")
    if len(file.data) > _MAX_FILE:
        raise invalid(
            "file", "BINARY_TYPE_MAX_SIZE", f"File cannot be larger than {_MAX_FILE / 1024:.1f} kb."
        )
    return file


def find_sticker(world: GuildWorld, sticker_id: str) -> json.JSONObject | None:
    """A standard sticker or any guild's, as `GET /stickers/{id}` shows it (no uploader)."""
    for sticker in _standard_stickers():
        if sticker["id"] == sticker_id:
            return sticker
    for guild in world.guilds.values():
        if sticker_id in guild.stickers:
            return {key: value for key, value in guild.stickers[sticker_id].items() if key != "user"}
    return None


def sticker_items(world: GuildWorld, guild_id: str | None, sticker_ids: object) -> list[json.JSONObject]:
    """The `sticker_items` of a message sent with `sticker_ids`: up to 3, each a standard sticker
    or one of the channel's guild (a bot sends no other guild's); Discord's 400 50081 otherwise."""
    if sticker_ids is None:
        return []
    if not isinstance(sticker_ids, list) or len(sticker_ids) > _MAX_STICKERS_PER_MESSAGE:
        raise invalid(
            "sticker_ids", "BASE_TYPE_MAX_LENGTH", f"Must be {_MAX_STICKERS_PER_MESSAGE} or fewer in length."
        )
    items = []
    for sticker_id in sticker_ids:
        sticker = find_sticker(world, str(sticker_id))
        own_guild = sticker is not None and sticker.get("guild_id") in (None, guild_id)
        if sticker is None or not own_guild or sticker.get("available") is False:
            raise DiscordError(400, "Invalid Sticker Sent", 50081)
        items.append({name: sticker[name] for name in ("id", "name", "format_type")})
    return items


async def get_sticker(ctx: RequestContext) -> web.Response:
    sticker = find_sticker(ctx.state.world, ctx.params["sticker"])
    if sticker is None:
        raise DiscordError.unknown(*STICKERS.unknown)
    return json_response(sticker)


async def list_sticker_packs(ctx: RequestContext) -> web.Response:
    return json_response({"sticker_packs": list(STANDARD_PACKS)})


async def get_sticker_pack(ctx: RequestContext) -> web.Response:
    pack = next((pack for pack in STANDARD_PACKS if pack["id"] == ctx.params["pack"]), None)
    if pack is None:
        raise DiscordError.unknown("Sticker Pack", 10061)
    return json_response(pack)


async def create_guild_sticker(ctx: RequestContext) -> web.Response:
    guild = guild_of(ctx)
    expressions.require_create(ctx, guild)
    fields = ctx.body.form
    _check_fields(fields, creating=True)
    format_type = _format_of(guild, _uploaded(ctx))
    limit = expressions.slots(guild, _SLOTS)
    if len(guild.stickers) >= limit:
        raise DiscordError(400, f"Maximum number of stickers reached ({limit})", 30039)
    sticker = add_sticker(
        ctx.state.world,
        guild,
        fields["name"],
        tags=fields["tags"],
        description=fields.get("description") or None,
        format_type=format_type,
        user=ctx.state.bot_user,
    )
    return json_response(sticker, status=201)


async def edit_guild_sticker(ctx: RequestContext) -> web.Response:
    guild, sticker = STICKERS.changeable(ctx)
    body = validation.optional_object(ctx.body.json)
    _check_fields(body, creating=False)
    for name in ("name", "tags"):
        if body.get(name) is not None:
            sticker[name] = body[name]
    if "description" in body:
        sticker["description"] = body["description"] or None
    return json_response(expressions.shown(ctx, guild, sticker))


_GUILD_STICKERS: typing.Final = "/guilds/{guild}/stickers"
ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="GET", template="/stickers/{sticker}", handler=get_sticker),
    # Public: Discord serves the pack list without a token (hikari asks for it with none).
    RouteSpec(method="GET", template="/sticker-packs", handler=list_sticker_packs, auth=Auth.NONE),
    RouteSpec(method="GET", template="/sticker-packs/{pack}", handler=get_sticker_pack),
    RouteSpec(method="GET", template=_GUILD_STICKERS, handler=STICKERS.list),
    RouteSpec(method="POST", template=_GUILD_STICKERS, handler=create_guild_sticker),
    RouteSpec(method="GET", template=_GUILD_STICKERS + "/{sticker}", handler=STICKERS.get),
    RouteSpec(method="PATCH", template=_GUILD_STICKERS + "/{sticker}", handler=edit_guild_sticker),
    RouteSpec(method="DELETE", template=_GUILD_STICKERS + "/{sticker}", handler=STICKERS.delete),
)
