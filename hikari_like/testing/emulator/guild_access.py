"""Who is acting on a guild route, and on which guild or guild channel, answered with Discord's
errors: 10004 (Unknown Guild), 10003 (Unknown Channel) and 50001 (Missing Access) when the bot is
not in the guild or the channel is not a guild's.

```python
async def get_roles(ctx: RequestContext) -> web.Response:
    guild = guild_of(ctx)  # the path's `{guild}`, the bot among its members
    require(ctx.state.world, guild, actor(ctx), Permissions.MANAGE_ROLES)
    ...
```
"""

from __future__ import annotations

__all__ = ["actor", "can_see", "channel_access", "guild_channel_of", "guild_of"]

import typing

from hikari_like.testing.emulator import thread_world
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.permissions import missing_access
from hikari_like.testing.emulator.permissions import permissions_in
from hikari_like.testing.emulator.permissions import require
from hikari_like.testing.emulator.responses import DiscordError

if typing.TYPE_CHECKING:
    from hikari_like.internal import json
    from hikari_like.testing.emulator.guild_world import GuildRecord
    from hikari_like.testing.emulator.routing import RequestContext


def actor(ctx: RequestContext) -> str:
    """Who is asking: the bot (Bearer tokens from client credentials act for the application too)."""
    return str(ctx.state.bot_user["id"])


def guild_of(ctx: RequestContext, guild_id: str | None = None) -> GuildRecord:
    """The path's guild (or `guild_id`); Discord answers 10004 for an unknown one, 50001 for one
    the bot is not in."""
    guild = ctx.state.world.guild(guild_id or ctx.params["guild"])
    if actor(ctx) not in guild.members:
        raise missing_access()
    return guild


def guild_channel_of(ctx: RequestContext) -> tuple[GuildRecord, json.JSONObject]:
    """The path's `{channel}` and its guild: 10003 for an unknown channel, 50001 for a DM ("Only
    usable for guild channels") or a guild the bot is not in."""
    channel = ctx.state.world.channels.get(ctx.params["channel"])
    if channel is None:
        raise DiscordError.unknown("Channel", 10003)
    if channel.get("guild_id") is None:
        raise missing_access()
    return guild_of(ctx, str(channel["guild_id"])), channel


def channel_access(
    ctx: RequestContext,
    permission: Permissions = Permissions.NONE,
    *,
    channel_id: str | None = None,
) -> tuple[GuildRecord | None, json.JSONObject]:
    """The path's `{channel}` (or `channel_id`) and its guild, `None` for a DM, checked as Discord
    checks a message route: 10003 for an unknown channel (permissive emulators make it), 50001 when
    the bot cannot see a guild channel (no VIEW_CHANNEL there, or not in the guild), 50013 when it
    lacks `permission` there. A DM needs no permission.

    ```python
    guild, channel = channel_access(ctx, Permissions.MANAGE_MESSAGES)  # bulk delete
    ```
    """
    channel = ctx.state.channel(channel_id or ctx.params["channel"], permissive=ctx.options.permissive)
    if channel.get("guild_id") is None:
        return None, channel
    guild = guild_of(ctx, str(channel["guild_id"]))
    if not can_see(ctx, guild, channel):
        raise missing_access()
    require(ctx.state.world, guild, actor(ctx), permission, channel)
    return guild, channel


def can_see(ctx: RequestContext, guild: GuildRecord, channel: json.JSONObject) -> bool:
    """Whether the bot sees a guild channel: VIEW_CHANNEL there and, for a private thread, being
    one of its members or allowed to manage threads."""
    granted = permissions_in(ctx.state.world, guild, actor(ctx), channel)
    if not granted & Permissions.VIEW_CHANNEL:
        return False
    if channel.get("type") != thread_world.PRIVATE_THREAD:
        return True
    is_member = thread_world.member_of(ctx.state, channel, actor(ctx)) is not None
    return is_member or bool(granted & Permissions.MANAGE_THREADS)
