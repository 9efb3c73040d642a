"""Permissions as Discord computes them, and the role hierarchy, for the emulator's guild routes.

The algorithm is the one in Discord's `topics/permissions.mdx`: the owner has every permission;
otherwise @everyone's permissions, then every role's, ADMINISTRATOR short-circuiting to all; on a
channel, the @everyone overwrite, then the member's roles' overwrites (all denies, then all allows),
then the member's own overwrite. Timed-out members keep only VIEW_CHANNEL and READ_MESSAGE_HISTORY,
and a channel the member cannot view grants nothing. The hierarchy compares highest role positions.

The bit values are the emulator's own table, copied from Discord's documentation rather than
imported from the library: a wrong bit in the library must not hide behind the same bit here.

Example:
    >>> guild = discord.world.guild(discord.guild_id)
    >>> require(discord.world, guild, discord.application_id, Permissions.BAN_MEMBERS)
"""

from __future__ import annotations

__all__ = [
    "ALL_PERMISSIONS",
    "Permissions",
    "channel_permissions",
    "guild_permissions",
    "missing_access",
    "missing_permissions",
    "permissions_in",
    "require",
    "require_above",
    "require_grantable",
    "top_position",
]

import datetime
import enum
import functools
import typing

from hikari_like.testing.emulator.responses import DiscordError

if typing.TYPE_CHECKING:
    from hikari_like.internal import json
    from hikari_like.testing.emulator.guild_world import GuildRecord
    from hikari_like.testing.emulator.guild_world import GuildWorld


class Permissions(enum.IntFlag):
    """Discord's permission bits, with the names of Discord's documentation."""

    NONE = 0
    CREATE_INSTANT_INVITE = 1 << 0
    KICK_MEMBERS = 1 << 1
    BAN_MEMBERS = 1 << 2
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_AUDIT_LOG = 1 << 7
    PRIORITY_SPEAKER = 1 << 8
    STREAM = 1 << 9
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    SEND_TTS_MESSAGES = 1 << 12
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    VIEW_GUILD_INSIGHTS = 1 << 19
    CONNECT = 1 << 20
    SPEAK = 1 << 21
    MUTE_MEMBERS = 1 << 22
    DEAFEN_MEMBERS = 1 << 23
    MOVE_MEMBERS = 1 << 24
    USE_VAD = 1 << 25
    CHANGE_NICKNAME = 1 << 26
    MANAGE_NICKNAMES = 1 << 27
    MANAGE_ROLES = 1 << 28
    MANAGE_WEBHOOKS = 1 << 29
    MANAGE_GUILD_EXPRESSIONS = 1 << 30
    USE_APPLICATION_COMMANDS = 1 << 31
    REQUEST_TO_SPEAK = 1 << 32
    MANAGE_EVENTS = 1 << 33
    MANAGE_THREADS = 1 << 34
    CREATE_PUBLIC_THREADS = 1 << 35
    CREATE_PRIVATE_THREADS = 1 << 36
    USE_EXTERNAL_STICKERS = 1 << 37
    SEND_MESSAGES_IN_THREADS = 1 << 38
    USE_EMBEDDED_ACTIVITIES = 1 << 39
    MODERATE_MEMBERS = 1 << 40
    VIEW_CREATOR_MONETIZATION_ANALYTICS = 1 << 41
    USE_SOUNDBOARD = 1 << 42
    CREATE_GUILD_EXPRESSIONS = 1 << 43
    CREATE_EVENTS = 1 << 44
    USE_EXTERNAL_SOUNDS = 1 << 45
    SEND_VOICE_MESSAGES = 1 << 46
    SET_VOICE_CHANNEL_STATUS = 1 << 48
    SEND_POLLS = 1 << 49
    USE_EXTERNAL_APPS = 1 << 50
    PIN_MESSAGES = 1 << 51
    BYPASS_SLOWMODE = 1 << 52


ALL_PERMISSIONS: typing.Final = functools.reduce(lambda a, b: a | b, Permissions, Permissions.NONE)
_TIMED_OUT_KEEP: typing.Final = Permissions.VIEW_CHANNEL | Permissions.READ_MESSAGE_HISTORY
_THREAD_TYPES: typing.Final = frozenset({10, 11, 12})


def missing_permissions() -> DiscordError:
    """Discord's 403 for an action the bot's permissions or place in the hierarchy do not allow."""
    return DiscordError(403, "Missing Permissions", 50013)


def missing_access() -> DiscordError:
    """Discord's 403 for a guild the bot is not in, or a channel it cannot see."""
    return DiscordError(403, "Missing Access", 50001)


def guild_permissions(guild: GuildRecord, user_id: str) -> Permissions:
    """The member's guild-level permissions (Discord's `compute_base_permissions`)."""
    if user_id == guild.owner_id:
        return ALL_PERMISSIONS
    member = guild.member(user_id)
    permissions = _bits(guild.everyone["permissions"])
    for role in _roles_of(guild, member):
        permissions |= _bits(role["permissions"])
    if permissions & Permissions.ADMINISTRATOR:
        return ALL_PERMISSIONS
    return _timed_out(member, permissions)


def channel_permissions(
    world: GuildWorld, guild: GuildRecord, user_id: str, channel: json.JSONObject
) -> Permissions:
    """The member's permissions in a channel (Discord's `compute_overwrites`); a thread's are its
    parent channel's."""
    base = guild_permissions(guild, user_id)
    if base & Permissions.ADMINISTRATOR:
        return ALL_PERMISSIONS
    if channel.get("type") in _THREAD_TYPES and channel.get("parent_id") in world.channels:
        channel = world.channels[channel["parent_id"]]
    overwrites = {str(o["id"]): o for o in channel.get("permission_overwrites") or ()}
    permissions = _apply(base, [overwrites.get(guild.id)])
    member = guild.member(user_id)
    permissions = _apply(permissions, [overwrites.get(role_id) for role_id in member["roles"]])
    permissions = _apply(permissions, [overwrites.get(user_id)])
    permissions = _timed_out(member, permissions)
    # Implicit permissions: without VIEW_CHANNEL nothing else in the channel applies.
    return permissions if permissions & Permissions.VIEW_CHANNEL else Permissions.NONE


def permissions_in(
    world: GuildWorld, guild: GuildRecord, user_id: str, channel: json.JSONObject | None = None
) -> Permissions:
    """Guild-level permissions, or a channel's when `channel` is given."""
    if channel is None:
        return guild_permissions(guild, user_id)
    return channel_permissions(world, guild, user_id, channel)


def require(
    world: GuildWorld,
    guild: GuildRecord,
    actor: str,
    permission: Permissions,
    channel: json.JSONObject | None = None,
) -> None:
    """Raise Discord's 50013 unless `actor` (a user id) has every bit of `permission` (any one of
    several alternatives: call `require` for each, or test `permissions_in` yourself)."""
    if permission & ~permissions_in(world, guild, actor, channel):
        raise missing_permissions()


def top_position(guild: GuildRecord, user_id: str) -> float:
    """The position of the member's highest role (0 for @everyone only; the owner is above all)."""
    if user_id == guild.owner_id:
        return float("inf")
    positions = [int(role["position"]) for role in _roles_of(guild, guild.member(user_id))]
    return float(max(positions, default=0))


def require_above(
    guild: GuildRecord,
    actor: str,
    *,
    member: str | None = None,
    role: str | None = None,
) -> None:
    """Raise Discord's 50013 unless `actor`'s highest role is above the target member's highest
    role (and the target is not the owner), or above the target role."""
    mine = top_position(guild, actor)
    if member is not None and top_position(guild, member) >= mine:
        raise missing_permissions()
    if role is not None and int(guild.role(role)["position"]) >= mine:
        raise missing_permissions()


def require_grantable(guild: GuildRecord, actor: str, permissions: int) -> None:
    """Raise Discord's 50013 if a role would get a permission `actor` lacks in the guild (a bot
    "can only grant permissions it has to those roles")."""
    if Permissions(permissions) & ~guild_permissions(guild, actor):
        raise missing_permissions()


def _bits(value: str | int) -> Permissions:
    return Permissions(int(value))


def _roles_of(guild: GuildRecord, member: json.JSONObject) -> list[json.JSONObject]:
    # A member's role list can name a role deleted since; Discord simply ignores it.
    return [guild.roles[role_id] for role_id in member["roles"] if role_id in guild.roles]


def _apply(permissions: Permissions, overwrites: list[json.JSONObject | None]) -> Permissions:
    """One step of the overwrite order: the denies of every given overwrite, then their allows."""
    deny = allow = Permissions.NONE
    for overwrite in overwrites:
        if overwrite is not None:
            deny |= _bits(overwrite["deny"])
            allow |= _bits(overwrite["allow"])
    return (permissions & ~deny) | allow


def _timed_out(member: json.JSONObject, permissions: Permissions) -> Permissions:
    until = member.get("communication_disabled_until")
    if until is None or datetime.datetime.fromisoformat(until) <= datetime.datetime.now(datetime.UTC):
        return permissions
    return permissions & _TIMED_OUT_KEEP
