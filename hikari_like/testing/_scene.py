"""Where an interaction happens: who invoked it, in which guild and channel, with which IDs.

Every payload factory takes the same `Origin` keyword arguments; `Scene.create` turns them into
concrete objects once, and `Scene.envelope` wraps a `data` object in the fields every
interaction carries. `Resolved` collects the users, roles, channels and attachments that options
and select values point at.
"""

from __future__ import annotations

__all__ = ["Origin", "Resolved", "Scene", "Snowflakeish"]

import datetime
import random
import typing
from collections.abc import Sequence

import attrs

from hikari_like.interactions.base_interactions import InteractionType
from hikari_like.internal.json import JSONObject
from hikari_like.testing import _forge

Snowflakeish = int | str
"""An ID as a test may write it: an int or a numeric string (payloads always carry strings)."""

_ATTACHMENT_SIZE_LIMIT: typing.Final = 10 * 1024 * 1024
_GUILD_CONTEXT: typing.Final = 0
_BOT_DM_CONTEXT: typing.Final = 1
_GUILD_INSTALL: typing.Final = "0"


class Origin(typing.TypedDict, total=False):
    """The keyword arguments every payload factory accepts; all are optional.

    Unset IDs are minted fresh (or from `rng`/`seed`, reproducibly).
    """

    guild: bool
    """Invoked in a guild (`member` is sent) or, when `False`, in a DM with the bot (`user`)."""
    interaction_id: Snowflakeish
    application_id: Snowflakeish
    token: str
    guild_id: Snowflakeish
    channel_id: Snowflakeish
    user: JSONObject
    """The invoking user object (replaces the generated one)."""
    user_id: Snowflakeish
    roles: Sequence[Snowflakeish]
    """The invoking member's role IDs."""
    permissions: str
    """The invoking member's permissions in the channel (a decimal string)."""
    app_permissions: str
    locale: str
    guild_locale: str
    rng: random.Random
    seed: int | str | bytes
    now: datetime.datetime
    """When the interaction happens (its ID is minted at this time)."""


def _id(value: Snowflakeish | None, mint: typing.Callable[[], str]) -> str:
    return mint() if value is None else str(value)


@attrs.define(slots=True, kw_only=True)
class Scene:
    """The concrete place and people of one interaction."""

    forge: _forge.Forge
    origin: Origin
    application_id: str
    guild_id: str | None
    channel_id: str
    user: JSONObject
    member_permissions: str

    @classmethod
    def create(cls, origin: Origin) -> Scene:
        """Resolve `origin` into IDs and objects, minting whatever it leaves out."""
        forge = _forge.Forge.create(rng=origin.get("rng"), seed=origin.get("seed"), now=origin.get("now"))
        user = origin.get("user") or forge.user(_id(origin.get("user_id"), forge.past_snowflake))
        in_guild = origin.get("guild", True)
        return cls(
            forge=forge,
            origin=origin,
            application_id=_id(origin.get("application_id"), forge.past_snowflake),
            guild_id=_id(origin.get("guild_id"), forge.past_snowflake) if in_guild else None,
            channel_id=_id(origin.get("channel_id"), forge.past_snowflake),
            user=user,
            member_permissions=origin.get("permissions", _forge.MEMBER_PERMISSIONS),
        )

    def bot_user(self) -> JSONObject:
        """The application's bot user (the author of the messages components sit on)."""
        return self.forge.user(self.application_id, bot=True)

    def ping(self) -> JSONObject:
        """A PING: no data, no invoker, no channel."""
        interaction_id = _id(self.origin.get("interaction_id"), self.forge.snowflake)
        return {
            "id": interaction_id,
            "application_id": self.application_id,
            "type": int(InteractionType.PING),
            "token": self.origin.get("token") or self.forge.token(interaction_id),
            "version": 1,
            "entitlements": [],
            "authorizing_integration_owners": {},
            "attachment_size_limit": _ATTACHMENT_SIZE_LIMIT,
        }

    def envelope(self, kind: int, data: JSONObject, *, message: JSONObject | None = None) -> JSONObject:
        """The full interaction around `data`: IDs, token, invoker, channel, locale, context..."""
        payload = self.ping() | {"type": kind, "data": data}
        payload.update(
            app_permissions=self.origin.get("app_permissions", _forge.APP_PERMISSIONS),
            locale=self.origin.get("locale", "en-US"),
            channel_id=self.channel_id,
        )
        if self.guild_id is None:
            payload.update(self._dm_fields())
        else:
            payload.update(self._guild_fields(self.guild_id))
        if message is not None:
            payload["message"] = message
        return payload

    def _guild_fields(self, guild_id: str) -> JSONObject:
        locale = self.origin.get("guild_locale", "en-US")
        roles = [str(role) for role in self.origin.get("roles", ())]
        permissions = self.member_permissions
        return {
            "guild_id": guild_id,
            "guild_locale": locale,
            "guild": self.forge.guild(guild_id, locale),
            "channel": self.forge.guild_channel(self.channel_id, guild_id, permissions=permissions),
            "member": self.forge.member(self.user, roles=roles, permissions=permissions),
            "context": _GUILD_CONTEXT,
            "authorizing_integration_owners": {_GUILD_INSTALL: guild_id},
        }

    def _dm_fields(self) -> JSONObject:
        return {
            "user": self.user,
            "channel": self.forge.dm_channel(self.channel_id, self.user),
            "context": _BOT_DM_CONTEXT,
            # Discord's documented value for a guild install used from a DM with the bot.
            "authorizing_integration_owners": {_GUILD_INSTALL: "0"},
        }


@attrs.define(slots=True, kw_only=True)
class Resolved:
    """The `resolved` object of one interaction, filled in as IDs are met."""

    scene: Scene
    users: JSONObject = attrs.field(factory=dict)
    members: JSONObject = attrs.field(factory=dict)
    roles: JSONObject = attrs.field(factory=dict)
    channels: JSONObject = attrs.field(factory=dict)
    messages: JSONObject = attrs.field(factory=dict)
    attachments: JSONObject = attrs.field(factory=dict)

    def add_user(self, user_id: str) -> None:
        """A user, and in a guild their partial member."""
        forge = self.scene.forge
        self.users.setdefault(user_id, forge.user(user_id))
        if self.scene.guild_id is not None and user_id not in self.members:
            self.members[user_id] = forge.member(None, roles=[], permissions=self.scene.member_permissions)

    def add_role(self, role_id: str) -> None:
        """A role of the scene's guild."""
        self.roles.setdefault(role_id, self.scene.forge.role(role_id, self.scene.guild_id))

    def add_channel(self, channel_id: str) -> None:
        """A partial channel in the scene's guild."""
        guild_id = self.scene.guild_id or self.scene.forge.past_snowflake()
        permissions = self.scene.member_permissions
        channel = self.scene.forge.guild_channel(channel_id, guild_id, permissions=permissions)
        self.channels.setdefault(channel_id, channel)

    def add_attachment(self, attachment_id: str, *, filename: str = "") -> None:
        """An uploaded file (named `filename`, or a generated image name)."""
        if attachment_id not in self.attachments:
            self.attachments[attachment_id] = self.scene.forge.attachment(attachment_id, filename=filename)

    def payload(self, overrides: JSONObject | None = None) -> JSONObject:
        """The non-empty categories, with `overrides` (caller-given entries) taking precedence."""
        categories = ("users", "members", "roles", "channels", "messages", "attachments")
        result: JSONObject = {}
        for category in categories:
            entries = dict(getattr(self, category)) | dict((overrides or {}).get(category, {}))
            if entries:
                result[category] = entries
        return result
