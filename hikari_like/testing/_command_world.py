"""The people, roles, channels and messages a command test names, as the emulated Discord knows them.

A test names them loosely (a hikari_like object, an ID, an emulator dict); `References` turns each
into the ID an interaction carries and gathers the `resolved` entries Discord would send beside it:
what the emulator holds when it knows the ID (so a username, a member's roles and the permissions
in the channel are the emulator's), a realistic forged object when it does not.
"""

from __future__ import annotations

__all__ = ["References", "World", "id_of"]

import copy
import typing
from collections.abc import Mapping
from collections.abc import Sequence

import attrs

from hikari_like import guilds
from hikari_like import snowflakes
from hikari_like.internal.json import JSONObject
from hikari_like.testing import _forge
from hikari_like.testing.emulator import permissions as emulated_permissions
from hikari_like.testing.emulator.responses import DiscordError

if typing.TYPE_CHECKING:
    from hikari_like.testing.emulator import EmulatedDiscord
    from hikari_like.testing.emulator.guild_world import GuildRecord

_PARTIAL_CHANNEL_FIELDS: typing.Final = ("id", "name", "type", "parent_id", "thread_metadata", "guild_id")
"""What Discord keeps of a channel in `resolved.channels` (plus the invoker's `permissions`)."""
_ROLE_MARKERS: typing.Final = frozenset({"permissions", "position"})


def id_of(value: object, what: str) -> str:
    """The ID `value` names (an object with an `id`, an int, a numeric string, a dict with an
    `"id"`), as the string Discord sends; `TypeError` naming `what` otherwise."""
    if isinstance(value, Mapping):
        value = value.get("id", (value.get("user") or {}).get("id"))
    if isinstance(value, bool):
        raise TypeError(f"{what}: expected an ID or an object with one, got {value!r}")
    if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
        return str(value)
    if isinstance(value, snowflakes.Unique):
        return str(value.id)
    raise TypeError(f"{what}: expected an ID or an object with one, got {value!r}")


@attrs.define(slots=True)
class World:
    """Read-only questions about the emulator's state, in the shapes interactions carry."""

    discord: EmulatedDiscord

    def guild(self, guild_id: str | None) -> GuildRecord | None:
        return None if guild_id is None else self.discord.world.guilds.get(guild_id)

    def user(self, user_id: str) -> JSONObject | None:
        return self.discord.state.users.get(user_id)

    def member(self, guild_id: str | None, user_id: str) -> JSONObject | None:
        guild = self.guild(guild_id)
        return None if guild is None else guild.members.get(user_id)

    def role(self, guild_id: str | None, role_id: str) -> JSONObject | None:
        guild = self.guild(guild_id)
        return None if guild is None else guild.roles.get(role_id)

    def channel(self, channel_id: str) -> JSONObject | None:
        return self.discord.state.channels.get(channel_id)

    def message(self, message_id: str) -> JSONObject | None:
        for messages in self.discord.state.messages.values():
            if message_id in messages:
                return messages[message_id]
        return None

    def permissions(self, guild_id: str | None, user_id: str, channel_id: str) -> str | None:
        """The member's permissions in the channel as the emulator computes them (`None` when it
        does not know the guild, the member or the channel)."""
        guild, channel = self.guild(guild_id), self.channel(channel_id)
        if guild is None or channel is None or user_id not in guild.members:
            return None
        try:
            computed = emulated_permissions.channel_permissions(self.discord.world, guild, user_id, channel)
        except DiscordError:  # a member or role the emulator does not know after all
            return None
        return str(int(computed))


@attrs.define(slots=True, kw_only=True)
class References:
    """Collects the `resolved` object of one interaction while its options or values are read."""

    world: World
    guild_id: str | None
    channel_id: str
    invoker_id: str
    """Whose permissions resolved members and channels carry (Discord's: the invoker's)."""
    forge: _forge.Forge = attrs.field(factory=_forge.Forge.create)
    resolved: dict[str, dict[str, JSONObject]] = attrs.field(factory=dict)

    def payload(self) -> JSONObject:
        """The `resolved` object, its empty categories left out (a copy: what was sent stays as sent)."""
        return {category: copy.deepcopy(entries) for category, entries in self.resolved.items() if entries}

    def _put(self, category: str, key: str, entry: JSONObject) -> None:
        self.resolved.setdefault(category, {})[key] = entry

    def _permissions(self, user_id: str, channel_id: str | None = None) -> str:
        """The member's permissions in the channel (the interaction's by default), as the emulator
        computes them; a regular member's for people or places it does not know."""
        found = self.world.permissions(self.guild_id, user_id, channel_id or self.channel_id)
        return found if found is not None else _forge.MEMBER_PERMISSIONS

    def user(self, value: object, what: str) -> str:
        """A user (and in a guild, their member) as `resolved` carries them; returns the ID."""
        user_id = id_of(value, what)
        known = self.world.user(user_id)
        self._put("users", user_id, known or _user_json(value, user_id, self.forge))
        if self.guild_id is None:
            return user_id
        member = self.world.member(self.guild_id, user_id)
        if member is not None:
            self._put("members", user_id, self._partial_member(member, user_id))
        elif known is None:  # someone the emulator never met: a member, as tests usually mean
            forged = self.forge.member(None, roles=[], permissions=_forge.MEMBER_PERMISSIONS)
            self._put("members", user_id, forged)
        return user_id

    def _partial_member(self, member: JSONObject, user_id: str) -> JSONObject:
        # Discord's resolved members leave out the user, deaf and mute, and add the permissions.
        partial = {key: value for key, value in member.items() if key not in ("user", "deaf", "mute")}
        partial["permissions"] = self._permissions(user_id)
        return partial

    def role(self, value: object, what: str) -> str:
        """A role of the interaction's guild."""
        role_id = id_of(value, what)
        known = self.world.role(self.guild_id, role_id)
        if known is None:
            known = self.forge.role(role_id, self.guild_id)
            if isinstance(value, Mapping):
                known |= dict(value)
            elif isinstance(name := getattr(value, "name", None), str):
                known["name"] = name
        self._put("roles", role_id, known)
        return role_id

    def is_role(self, value: object, what: str) -> bool:
        """Whether a mentionable names a role (an emulator role, a role object or dict)."""
        if isinstance(value, Mapping):
            return value.keys() >= _ROLE_MARKERS
        if isinstance(value, guilds.PartialRole):
            return True
        return self.world.role(self.guild_id, id_of(value, what)) is not None

    def mentionable(self, value: object, what: str) -> str:
        """A role or a user, whichever `value` names."""
        return self.role(value, what) if self.is_role(value, what) else self.user(value, what)

    def channel(self, value: object, what: str, *, channel_types: Sequence[int] | None = None) -> str:
        """A partial channel with the invoker's permissions there; `ValueError` when its type is
        not one of `channel_types` (Discord's client offers only those)."""
        channel_id = id_of(value, what)
        entry = self._channel_entry(value, channel_id)
        if channel_types and int(entry["type"]) not in {int(kind) for kind in channel_types}:
            raise ValueError(
                f"{what}: channel {channel_id} is of type {entry['type']}; the option takes types "
                f"{sorted(int(kind) for kind in channel_types)}"
            )
        self._put("channels", channel_id, entry)
        return channel_id

    def _channel_entry(self, value: object, channel_id: str) -> JSONObject:
        known = self.world.channel(channel_id)
        if known is None and isinstance(value, Mapping):
            known = dict(value)
        if known is not None:
            entry: JSONObject = {key: known[key] for key in _PARTIAL_CHANNEL_FIELDS if key in known}
            entry["permissions"] = self._permissions(self.invoker_id, channel_id)
            return entry
        forged = self.forge.guild_channel(
            channel_id,
            self.guild_id or self.forge.past_snowflake(),
            permissions=self._permissions(self.invoker_id, channel_id),
        )
        for field in ("name", "type"):
            if (attribute := getattr(value, field, None)) is not None:
                forged[field] = attribute if field == "name" else int(attribute)
        return forged

    def attachment(self, value: object, what: str) -> str:
        """An uploaded file: a filename (a new upload), an attachment object or dict, or an ID."""
        if isinstance(value, str) and not value.isdigit():
            attachment_id = self.forge.snowflake()
            self._put("attachments", attachment_id, self.forge.attachment(attachment_id, filename=value))
            return attachment_id
        attachment_id = id_of(value, what)
        if isinstance(value, Mapping):
            entry = dict(value)
        else:
            entry = self.forge.attachment(attachment_id, filename=str(getattr(value, "filename", "") or ""))
        self._put("attachments", attachment_id, entry)
        return attachment_id

    def message(self, value: object, what: str) -> str:
        """A message a message command targets: the emulator's copy when it holds that ID."""
        message_json = getattr(value, "json", None)
        if isinstance(message_json, Mapping):
            value = message_json
        message_id = id_of(value, what)
        known = self.world.message(message_id)
        if known is None and isinstance(value, Mapping):
            known = dict(value)
        if known is None:
            known = self.forge.message(
                channel_id=self.channel_id, author=self.forge.user(), message_id=message_id
            )
            if isinstance(content := getattr(value, "content", None), str):
                known["content"] = content
        self._put("messages", message_id, known)
        return message_id


def _user_json(value: object, user_id: str, forge: _forge.Forge) -> JSONObject:
    if isinstance(value, Mapping) and "username" in value:
        return dict(value)
    if isinstance(value, Mapping) and isinstance(value.get("user"), Mapping):
        return dict(value["user"])
    user = forge.user(user_id, bot=bool(getattr(value, "is_bot", False)))
    for attribute, field in (("username", "username"), ("global_name", "global_name")):
        if isinstance(found := getattr(value, attribute, None), str):
            user[field] = found
    return user
