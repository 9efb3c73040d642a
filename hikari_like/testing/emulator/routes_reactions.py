"""Reactions on messages (#19): add and remove the bot's, remove others', list who reacted.

Who reacted is kept in `state.reactions` (message ID -> emoji key -> user IDs, in reaction order;
the key is `name:id` for a custom emoji, the character otherwise), super ("burst") reactions in
`state.burst_reactions` (their keys are in `state.reactions` too, which keeps the emojis' order).
After every change the message's `reactions` field is rewritten as Discord shows it to the bot
(`count`, `count_details`, `me`, `me_burst`, `emoji`, `burst_colors`; absent when none).

Discord's checks (docs: resources/message.mdx, "Create Reaction" to "Delete All Reactions for
Emoji"): 10008 for an unknown message; 10014 for an emoji that is not one (a word, a custom emoji
from no guild the bot is in, unless the message already has it); READ_MESSAGE_HISTORY to react
or list, and ADD_REACTIONS too for an emoji nobody has used on the message yet; MANAGE_MESSAGES
to remove others' reactions (50003 in a DM, where nobody may); 30010 beyond 20 different emojis.

Users react in tests through `react_as`, or `EmulatedDiscord.add_reaction` (apps cannot react for them):

```python
discord.add_user("kat", user_id=42)
discord.add_reaction(discord.channel_id, message["id"], 42, "👍")
discord.add_reaction(discord.channel_id, message["id"], 42, "<:party:123>", burst=True)
```
"""

from __future__ import annotations

__all__ = ["MAX_DISTINCT_REACTIONS", "ROUTES", "react_as"]

import re
import typing

from aiohttp import web

from hikari_like.testing.emulator import field_checks
from hikari_like.testing.emulator.guild_access import actor
from hikari_like.testing.emulator.guild_access import channel_access
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.responses import DiscordError
from hikari_like.testing.emulator.responses import empty_response
from hikari_like.testing.emulator.responses import json_response
from hikari_like.testing.emulator.routing import RouteSpec

if typing.TYPE_CHECKING:
    from hikari_like.internal import json
    from hikari_like.testing.emulator.guild_world import GuildRecord
    from hikari_like.testing.emulator.routing import RequestContext
    from hikari_like.testing.emulator.state import EmulatorState

MAX_DISTINCT_REACTIONS: typing.Final = 20
"""Different emojis a message may carry (Discord's 30010 beyond)."""
_BURST_COLORS: typing.Final = ("#ffcc4d", "#f4900c")
"""Discord derives a super reaction's colours from the emoji's image; the emulator shows these."""
_CUSTOM_KEY: typing.Final = re.compile(r"(?P<name>[^:]*):(?P<id>\d+)")
_MENTION: typing.Final = re.compile(r"<a?:(?P<key>[^:<>]*:\d+)>")


class _Target(typing.NamedTuple):
    guild: GuildRecord | None
    channel: json.JSONObject
    message: json.JSONObject


# --- storage and the message's `reactions` field ------------------------------------------------


def _stores(state: EmulatorState, message_id: str) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The normal and the super reactors of one message."""
    return state.reactions.setdefault(message_id, {}), state.burst_reactions.setdefault(message_id, {})


def _add(state: EmulatorState, message: json.JSONObject, key: str, user_id: str, *, burst: bool) -> None:
    normal, bursts = _stores(state, str(message["id"]))
    if key not in normal and len(normal) >= MAX_DISTINCT_REACTIONS:
        raise DiscordError(400, f"Maximum number of reactions reached ({MAX_DISTINCT_REACTIONS})", 30010)
    # `state.reactions` holds every key the message shows, in the order they first appeared.
    normal.setdefault(key, [])
    reactors = (bursts if burst else normal).setdefault(key, [])
    if user_id not in reactors:
        reactors.append(user_id)
    _show(state, message)


def _remove(
    state: EmulatorState, message: json.JSONObject, keys: typing.Iterable[str], user_id: str | None = None
) -> None:
    """Take `user_id`'s reactions with `keys` away, everyone's when `user_id` is `None`."""
    normal, bursts = _stores(state, str(message["id"]))
    for key in list(keys):
        for store in (normal, bursts):
            reactors = store.get(key, [])
            store[key] = [] if user_id is None else [r for r in reactors if r != user_id]
        if not normal[key] and not bursts[key]:
            del normal[key], bursts[key]
    _show(state, message)


def _show(state: EmulatorState, message: json.JSONObject) -> None:
    normal, bursts = _stores(state, str(message["id"]))
    bot_id = str(state.bot_user["id"])
    shown = [_reaction(state, key, normal.get(key, []), bursts.get(key, []), bot_id) for key in normal]
    if shown:
        message["reactions"] = shown
    else:
        message.pop("reactions", None)


def _reaction(
    state: EmulatorState, key: str, normal: list[str], burst: list[str], bot_id: str
) -> json.JSONObject:
    return {
        "emoji": _emoji_object(state, key),
        "count": len(normal) + len(burst),
        "count_details": {"burst": len(burst), "normal": len(normal)},
        "me": bot_id in normal,
        "me_burst": bot_id in burst,
        "burst_colors": list(_BURST_COLORS) if burst else [],
    }


def _emoji_object(state: EmulatorState, key: str) -> json.JSONObject:
    custom = _CUSTOM_KEY.fullmatch(key)
    if custom is None:
        return {"id": None, "name": key}
    emoji: json.JSONObject = {"id": custom["id"], "name": custom["name"]}
    if _guild_emoji(state, custom["id"], lambda guild: True).get("animated"):
        emoji["animated"] = True
    return emoji


# --- which emoji a path names -------------------------------------------------------------------


def _guild_emoji(
    state: EmulatorState, emoji_id: str, usable: typing.Callable[[GuildRecord], bool]
) -> json.JSONObject:
    for guild in state.world.guilds.values():
        if emoji_id in guild.emojis and usable(guild):
            return guild.emojis[emoji_id]
    return {}


def _emoji_key(
    state: EmulatorState,
    raw: str,
    on_message: typing.Iterable[str],
    usable: typing.Callable[[GuildRecord], bool],
) -> str:
    """The key of the emoji `raw` (`name:id` or a character) names, or Discord's 10014.

    A custom emoji is known by its ID (Discord ignores the name: any name works): one already on the
    message, or one of a guild's emojis `usable` accepts. A Unicode emoji is any text with a
    character beyond ASCII (the emulator does not hold Unicode's list).
    """
    custom = _CUSTOM_KEY.fullmatch(raw)
    if custom is None:
        if raw.isascii():
            raise _unknown_emoji()
        return raw
    for key in on_message:
        if key.endswith(f":{custom['id']}"):
            return key
    emoji = _guild_emoji(state, custom["id"], usable)
    if not emoji:
        raise _unknown_emoji()
    return f"{emoji.get('name') or custom['name']}:{custom['id']}"


def _bot_emoji_key(ctx: RequestContext, message: json.JSONObject) -> str:
    bot_id = actor(ctx)
    on_message = ctx.state.reactions.get(str(message["id"]), {})
    return _emoji_key(ctx.state, ctx.params["emoji"], on_message, lambda guild: bot_id in guild.members)


# --- handlers -----------------------------------------------------------------------------------


def _target(ctx: RequestContext, permission: Permissions = Permissions.NONE) -> _Target:
    guild, channel = channel_access(ctx, permission)
    return _Target(guild, channel, ctx.state.message(str(channel["id"]), ctx.params["message"]))


def _moderated(ctx: RequestContext) -> _Target:
    """The target of a route that removes others' reactions: MANAGE_MESSAGES, never in a DM."""
    target = _target(ctx, Permissions.MANAGE_MESSAGES)
    if target.guild is None:
        raise DiscordError(403, "Cannot execute action on a DM channel", 50003)
    return target


async def add_my_reaction(ctx: RequestContext) -> web.Response:
    target = _target(ctx, Permissions.READ_MESSAGE_HISTORY)
    key = _bot_emoji_key(ctx, target.message)
    if target.guild is not None and key not in ctx.state.reactions.get(str(target.message["id"]), {}):
        # Only the first reaction with an emoji needs ADD_REACTIONS; joining one does not.
        require(ctx.state.world, target.guild, actor(ctx), Permissions.ADD_REACTIONS, target.channel)
    _add(ctx.state, target.message, key, actor(ctx), burst=False)
    return empty_response()


async def delete_my_reaction(ctx: RequestContext) -> web.Response:
    target = _target(ctx)
    _remove(ctx.state, target.message, [_bot_emoji_key(ctx, target.message)], actor(ctx))
    return empty_response()


async def delete_user_reaction(ctx: RequestContext) -> web.Response:
    target = _moderated(ctx)
    _remove(ctx.state, target.message, [_bot_emoji_key(ctx, target.message)], ctx.params["user"])
    return empty_response()


async def delete_emoji_reactions(ctx: RequestContext) -> web.Response:
    target = _moderated(ctx)
    _remove(ctx.state, target.message, [_bot_emoji_key(ctx, target.message)])
    return empty_response()


async def delete_all_reactions(ctx: RequestContext) -> web.Response:
    target = _moderated(ctx)
    _remove(ctx.state, target.message, ctx.state.reactions.get(str(target.message["id"]), {}))
    return empty_response()


async def get_reactions(ctx: RequestContext) -> web.Response:
    target = _target(ctx, Permissions.READ_MESSAGE_HISTORY)
    key = _bot_emoji_key(ctx, target.message)
    burst = field_checks.query_int(ctx, "type", default=0, low=0, high=1) == 1
    limit = field_checks.query_int(ctx, "limit", default=25, low=1, high=100)
    after = field_checks.query_snowflake(ctx, "after") or 0
    normal, bursts = _stores(ctx.state, str(target.message["id"]))
    # By ascending user ID, which is what `after` pages through.
    chosen = sorted(int(user_id) for user_id in (bursts if burst else normal).get(key, []))
    users = [ctx.state.users[str(user_id)] for user_id in chosen if user_id > after]
    return json_response(users[:limit])


# --- the test kit --------------------------------------------------------------------------------


def react_as(
    state: EmulatorState,
    channel_id: str | int,
    message_id: str | int,
    user_id: str | int,
    emoji: str,
    *,
    burst: bool = False,
) -> json.JSONObject:
    """React to a message as the user `user_id` would in a client (a super reaction with `burst`).

    `emoji` is a character (`"👍"`), `"name:id"` or a mention (`"<:party:123>"`) of a custom emoji
    any guild of the emulator has. Permissions are not checked (the user's client would); Discord's
    rules still hold: `ValueError` for an unknown user, message or emoji, or a 21st different emoji.
    Returns the message, its `reactions` rewritten.
    """
    if str(user_id) not in state.users:
        raise ValueError(f"user {user_id} is unknown: add it first (`discord.add_user`)")
    mention = _MENTION.fullmatch(emoji)
    try:
        message = state.message(str(channel_id), str(message_id))
        on_message = state.reactions.get(str(message_id), {})
        key = _emoji_key(state, mention["key"] if mention else emoji, on_message, lambda guild: True)
        _add(state, message, key, str(user_id), burst=burst)
    except DiscordError as error:
        raise ValueError(f"{error.message} (Discord's {error.code})") from None
    return message


_REACTIONS: typing.Final = "/channels/{channel}/messages/{message}/reactions"
_EMOJI: typing.Final = _REACTIONS + "/{emoji}"

ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec(method="PUT", template=_EMOJI + "/@me", handler=add_my_reaction),
    RouteSpec(method="DELETE", template=_EMOJI + "/@me", handler=delete_my_reaction),
    RouteSpec(method="DELETE", template=_EMOJI + "/{user}", handler=delete_user_reaction),
    RouteSpec(method="GET", template=_EMOJI, handler=get_reactions),
    RouteSpec(method="DELETE", template=_EMOJI, handler=delete_emoji_reactions),
    RouteSpec(method="DELETE", template=_REACTIONS, handler=delete_all_reactions),
)


def _unknown_emoji() -> DiscordError:
    # A 400 on the reaction routes, not the 404 of other unknown resources (what Discord answers:
    # "400 Bad Request (error code: 10014): Unknown Emoji").
    return DiscordError(400, "Unknown Emoji", 10014)
