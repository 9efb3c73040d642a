"""The emulated Discord's guilds: their roles, members, bans and channels, and the invites to them.

Everything is stored as Discord's JSON (what `GET` returns), so a route answers with what it holds
and a test asserts on what a bot would see. Guild channels live with every other channel in the
emulator's channel table (messages go to them as to any channel); a guild finds its own by
`guild_id`.

Example:
    >>> world = discord.world
    >>> guild = world.add_guild("Cats", owner_id=discord.state.owner["id"], bot_id=discord.application_id)
    >>> role = world.add_role(guild, "mods", permissions=Permissions.BAN_MEMBERS)
    >>> world.add_member(guild, world.users["42"], roles=[role["id"]])
"""

from __future__ import annotations

__all__ = ["BOT_PERMISSIONS", "EVERYONE_PERMISSIONS", "GuildRecord", "GuildWorld"]

import datetime
import secrets
import string
import typing

import attrs

from hikari_like.internal import json
from hikari_like.testing.emulator import payloads
from hikari_like.testing.emulator.permissions import ALL_PERMISSIONS
from hikari_like.testing.emulator.permissions import Permissions
from hikari_like.testing.emulator.responses import DiscordError

P = Permissions
EVERYONE_PERMISSIONS: typing.Final = (
    P.CREATE_INSTANT_INVITE | P.ADD_REACTIONS | P.STREAM | P.VIEW_CHANNEL | P.SEND_MESSAGES
    | P.SEND_TTS_MESSAGES | P.EMBED_LINKS | P.ATTACH_FILES | P.READ_MESSAGE_HISTORY | P.MENTION_EVERYONE
    | P.USE_EXTERNAL_EMOJIS | P.CONNECT | P.SPEAK | P.USE_VAD | P.CHANGE_NICKNAME
    | P.USE_APPLICATION_COMMANDS | P.REQUEST_TO_SPEAK | P.CREATE_PUBLIC_THREADS
    | P.CREATE_PRIVATE_THREADS | P.USE_EXTERNAL_STICKERS | P.SEND_MESSAGES_IN_THREADS
    | P.USE_EMBEDDED_ACTIVITIES | P.USE_SOUNDBOARD | P.USE_EXTERNAL_SOUNDS | P.SEND_VOICE_MESSAGES
    | P.SEND_POLLS | P.USE_EXTERNAL_APPS
)  # fmt: skip
"""What a new guild's @everyone role allows: the everyday member permissions (Discord documents no
default; this is close to what its client gives a new server)."""
BOT_PERMISSIONS: typing.Final = ALL_PERMISSIONS & ~P.ADMINISTRATOR
"""What the bot's own role allows by default: everything but ADMINISTRATOR, so channel overwrites
and the role hierarchy still apply to it, as they do to a real bot invited with broad permissions."""
del P


@attrs.define(slots=True, kw_only=True)
class GuildRecord:
    """One guild: its own fields, roles, members and bans (user id -> ban), all Discord JSON."""

    fields: json.JSONObject
    """The guild object without `roles`, `emojis` and `stickers` (`payload()` adds them)."""
    roles: dict[str, json.JSONObject] = attrs.field(factory=dict)
    members: dict[str, json.JSONObject] = attrs.field(factory=dict)
    bans: dict[str, json.JSONObject] = attrs.field(factory=dict)
    settings: dict[str, json.JSONObject] = attrs.field(factory=dict)
    """Settings kept beside the guild object, as their routes return them: `"welcome_screen"`,
    `"onboarding"` (`routes_guild_settings.py` makes them on first use)."""
    integrations: dict[str, json.JSONObject] = attrs.field(factory=dict)
    """Integration id -> Discord's integration object (`GET /guilds/{id}/integrations`)."""
    voice: dict[str, str] = attrs.field(factory=dict)
    """User id -> the voice channel id of each member connected to voice (`connect_voice`)."""
    emojis: dict[str, json.JSONObject] = attrs.field(factory=dict)
    """Emoji id -> Discord's emoji object, as `GET /guilds/{id}/emojis/{emoji}` returns it."""
    stickers: dict[str, json.JSONObject] = attrs.field(factory=dict)
    """Sticker id -> Discord's sticker object, as `GET /guilds/{id}/stickers/{sticker}` returns it."""
    scheduled_events: dict[str, json.JSONObject] = attrs.field(factory=dict)
    """Event id -> Discord's scheduled event object, without `user_count` (`routes_scheduled_events.py`)."""
    event_users: dict[str, set[str]] = attrs.field(factory=dict)
    """Event id -> the IDs of the users interested in it."""
    stage_instances: dict[str, json.JSONObject] = attrs.field(factory=dict)
    """Stage channel id -> its live stage instance (`routes_stages.py`)."""
    voice_states: dict[str, json.JSONObject] = attrs.field(factory=dict)
    """User id -> the voice state fields beside `voice`'s channel (`suppress`,
    `request_to_speak_timestamp`)."""
    auto_mod_rules: dict[str, json.JSONObject] = attrs.field(factory=dict)
    """Rule id -> Discord's auto-moderation rule object (`routes_auto_mod.py`)."""
    audit_log: list[json.JSONObject] = attrs.field(factory=list)
    """Discord's audit log entry objects, oldest first (`audit_log.record`)."""

    @property
    def id(self) -> str:
        """The guild's ID."""
        return str(self.fields["id"])

    @property
    def owner_id(self) -> str:
        """The ID of the guild's owner."""
        return str(self.fields["owner_id"])

    @property
    def everyone(self) -> json.JSONObject:
        """The @everyone role, whose id is the guild's."""
        return self.roles[self.id]

    def payload(self) -> json.JSONObject:
        """The guild object `GET /guilds/{id}` returns."""
        return {
            **self.fields,
            "roles": self.sorted_roles(),
            "emojis": list(self.emojis.values()),
            "stickers": list(self.stickers.values()),
        }

    def sorted_roles(self) -> list[json.JSONObject]:
        """Roles by position, then id (Discord's order for equal positions)."""
        return sorted(self.roles.values(), key=lambda role: (int(role["position"]), int(role["id"])))

    def role(self, role_id: str) -> json.JSONObject:
        """The role with this ID; Discord's 404 `Unknown Role` (10011) if there is none."""
        return _found(self.roles.get(role_id), "Role", 10011)

    def member(self, user_id: str) -> json.JSONObject:
        """The member with this user ID; Discord's 404 `Unknown Member` (10007) if there is none."""
        return _found(self.members.get(user_id), "Member", 10007)

    def ban(self, user_id: str) -> json.JSONObject:
        """The ban of this user; Discord's 404 `Unknown Ban` (10026) if there is none."""
        return _found(self.bans.get(user_id), "Ban", 10026)


class GuildWorld:
    """Every guild the emulator knows and the invites to them, sharing its users and channels."""

    def __init__(
        self,
        *,
        ids: typing.Callable[[], str],
        users: dict[str, json.JSONObject],
        channels: dict[str, json.JSONObject],
        messages: dict[str, dict[str, json.JSONObject]],
    ) -> None:
        self.ids = ids
        self.users = users
        self.channels = channels
        self._messages = messages
        self.guilds: dict[str, GuildRecord] = {}
        self.invites: dict[str, json.JSONObject] = {}
        """Invite code -> what is stored of it (`payloads.invite_payload` shows it)."""
        self.templates: dict[str, json.JSONObject] = {}
        """Template code -> Discord's guild template object."""
        self.webhooks: dict[str, json.JSONObject] = {}
        """Webhook id -> Discord's webhook object, `token` included (`routes_webhooks.py` leaves
        it out where Discord does)."""

    def guild(self, guild_id: str) -> GuildRecord:
        """The guild, or Discord's 404 `Unknown Guild` (10004)."""
        return _found(self.guilds.get(guild_id), "Guild", 10004)

    def user(self, user_id: str) -> json.JSONObject:
        """The user with this ID; Discord's 404 `Unknown User` (10013) if there is none."""
        return _found(self.users.get(user_id), "User", 10013)

    def invite(self, code: str) -> json.JSONObject:
        """The invite with this code; Discord's 404 `Unknown Invite` (10006) if there is none."""
        return _found(self.invites.get(code), "Invite", 10006)

    def guild_channel(self, guild: GuildRecord, channel_id: str) -> json.JSONObject:
        """A channel of this guild, or Discord's 404 `Unknown Channel` (10003)."""
        channel = self.channels.get(channel_id)
        if channel is None or channel.get("guild_id") != guild.id:
            raise DiscordError.unknown("Channel", 10003)
        return channel

    def channels_of(self, guild: GuildRecord) -> list[json.JSONObject]:
        """The guild's channels, threads excluded (as `GET /guilds/{id}/channels`), by position."""
        found = [
            channel
            for channel in self.channels.values()
            if channel.get("guild_id") == guild.id and channel["type"] not in _THREAD_TYPES
        ]
        return sorted(found, key=lambda channel: (int(channel.get("position", 0)), int(channel["id"])))

    def bot_role(self, guild: GuildRecord, bot_id: str) -> json.JSONObject | None:
        """The managed role Discord made for the bot when it joined (edit its `permissions`)."""
        for role in guild.roles.values():
            if (role.get("tags") or {}).get("bot_id") == bot_id:
                return role
        return None

    def add_guild(
        self,
        name: str,
        *,
        owner_id: str,
        guild_id: str | None = None,
        features: typing.Sequence[str] = (),
        everyone_permissions: int = EVERYONE_PERMISSIONS,
        bot_id: str | None = None,
        bot_permissions: int = BOT_PERMISSIONS,
    ) -> GuildRecord:
        """A guild with its @everyone role and its owner as a member; with `bot_id`, the bot is a
        member too, holding the managed role Discord gives a bot (`bot_permissions`)."""
        gid = guild_id or self.ids()
        guild = GuildRecord(
            fields=payloads.guild_payload(gid, name=name, owner_id=owner_id, features=features)
        )
        guild.roles[gid] = payloads.role_payload(
            gid, name="@everyone", permissions=everyone_permissions, position=0
        )
        self.guilds[gid] = guild
        self.add_member(guild, self.user(owner_id))
        if bot_id is not None:
            bot = self.user(bot_id)
            role = self.add_role(
                guild, bot["username"], permissions=bot_permissions, managed=True, bot_id=bot_id
            )
            self.add_member(guild, bot, roles=[role["id"]])
        return guild

    def add_role(
        self,
        guild: GuildRecord,
        name: str,
        *,
        role_id: str | None = None,
        permissions: int = 0,
        position: int | None = None,
        color: int = 0,
        hoist: bool = False,
        mentionable: bool = False,
        managed: bool = False,
        bot_id: str | None = None,
    ) -> json.JSONObject:
        """A role; without `position` it goes where Discord puts a new role: at 1, just above
        @everyone, every other role moving up one."""
        if position is None:
            for other in guild.roles.values():
                if other["id"] != guild.id:
                    other["position"] = int(other["position"]) + 1
            position = 1
        role = payloads.role_payload(
            role_id or self.ids(),
            name=name,
            permissions=permissions,
            position=position,
            color=color,
            hoist=hoist,
            managed=managed,
            mentionable=mentionable,
            bot_id=bot_id,
        )
        guild.roles[role["id"]] = role
        return role

    def add_member(
        self,
        guild: GuildRecord,
        user: json.JSONObject,
        *,
        roles: typing.Sequence[str] = (),
        nick: str | None = None,
        joined_at: datetime.datetime | None = None,
        communication_disabled_until: datetime.datetime | None = None,
        flags: int = 0,
        pending: bool = False,
    ) -> json.JSONObject:
        """Make `user` a member (replacing an earlier membership), with roles of this guild."""
        for role_id in roles:
            guild.role(role_id)
        member = payloads.member_payload(
            user,
            roles=roles,
            nick=nick,
            joined_at=_timestamp(joined_at),
            communication_disabled_until=_timestamp(communication_disabled_until),
            flags=flags,
            pending=pending,
        )
        guild.members[str(user["id"])] = member
        return member

    def add_channel(
        self,
        guild: GuildRecord,
        name: str,
        *,
        channel_type: int = 0,
        channel_id: str | None = None,
        parent_id: str | None = None,
        position: int | None = None,
        permission_overwrites: typing.Sequence[typing.Mapping[str, typing.Any]] = (),
        topic: str | None = None,
        nsfw: bool = False,
    ) -> json.JSONObject:
        """A guild channel of any guild type; `parent_id` must be a category of this guild.
        Without `position` it goes last among the guild's channels."""
        if parent_id is not None and self.guild_channel(guild, parent_id)["type"] != 4:
            raise ValueError(f"channel {parent_id} is not a category (type 4)")
        if position is None:
            position = len(self.channels_of(guild))
        channel = payloads.guild_channel_payload(
            channel_id or self.ids(),
            guild_id=guild.id,
            name=name,
            channel_type=channel_type,
            position=position,
            parent_id=parent_id,
            permission_overwrites=[_overwrite(o) for o in permission_overwrites],
            topic=topic,
            nsfw=nsfw,
        )
        self.channels[channel["id"]] = channel
        self._messages.setdefault(channel["id"], {})
        return channel

    def add_ban(
        self, guild: GuildRecord, user: json.JSONObject, *, reason: str | None = None
    ) -> json.JSONObject:
        """Ban `user`; as on Discord, a banned member is no longer a member."""
        guild.members.pop(str(user["id"]), None)
        ban = payloads.ban_payload(user, reason=reason)
        guild.bans[str(user["id"])] = ban
        return ban

    def add_invite(
        self,
        channel: json.JSONObject,
        *,
        inviter: json.JSONObject,
        code: str | None = None,
        max_age: int = 86400,
        max_uses: int = 0,
        temporary: bool = False,
        uses: int = 0,
        created_at: datetime.datetime | None = None,
    ) -> json.JSONObject:
        """An invite to `channel` (Discord's defaults: a day long, unlimited uses); returns what
        is stored, with the metadata (`uses`, `max_uses`, `max_age`, `temporary`, `created_at`)."""
        created = created_at or datetime.datetime.now(datetime.UTC)
        expires = created + datetime.timedelta(seconds=max_age) if max_age else None
        stored: json.JSONObject = {
            "code": code or "".join(secrets.choice(_CODE_ALPHABET) for _ in range(10)),
            "channel_id": channel["id"],
            "guild_id": channel.get("guild_id"),
            "inviter": inviter,
            "uses": uses,
            "max_uses": max_uses,
            "max_age": max_age,
            "temporary": temporary,
            "created_at": payloads.iso_timestamp(created),
            "expires_at": _timestamp(expires),
        }
        self.invites[stored["code"]] = stored
        return stored

    def invite_payload(
        self, stored: json.JSONObject, *, with_counts: bool = False, metadata: bool = False
    ) -> json.JSONObject:
        """The invite as Discord shows it, from the current state of its guild and channel."""
        guild = self.guilds.get(str(stored["guild_id"])) if stored.get("guild_id") else None
        counts = (len(guild.members), len(guild.members)) if with_counts and guild else None
        payload = payloads.invite_payload(
            stored,
            guild=guild.fields if guild else None,
            channel=self.channels[str(stored["channel_id"])],
            counts=counts,
            metadata=metadata,
        )
        if guild is not None and stored.get("role_ids"):
            # The partial roles Discord shows (a role deleted since is left out).
            given = [guild.roles[role_id] for role_id in stored["role_ids"] if role_id in guild.roles]
            payload["roles"] = [{name: role[name] for name in _INVITE_ROLE_FIELDS} for role in given]
        return payload


_V = typing.TypeVar("_V")
_THREAD_TYPES: typing.Final = frozenset({10, 11, 12})
_CODE_ALPHABET: typing.Final = string.ascii_letters + string.digits
# The partial role an invite shows (Discord's invite object, `roles`).
_INVITE_ROLE_FIELDS: typing.Final = ("id", "name", "position", "color", "colors", "icon", "unicode_emoji")


def _found(value: _V | None, what: str, code: int) -> _V:
    if value is None:
        raise DiscordError.unknown(what, code)
    return value


def _timestamp(when: datetime.datetime | None) -> str | None:
    return None if when is None else payloads.iso_timestamp(when)


def _overwrite(given: typing.Mapping[str, typing.Any]) -> json.JSONObject:
    """An overwrite in Discord's shape from one given with ints or strings."""
    return payloads.overwrite_payload(
        str(given["id"]),
        type=int(given["type"]),
        allow=int(given.get("allow", 0)),
        deny=int(given.get("deny", 0)),
    )
