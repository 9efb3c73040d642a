"""Guild templates: a snapshot of a guild's settings, roles and channels that makes new guilds.

```python
template = await rest.fetch_template("hgM48av5Q69A")
print(template.name, template.usage_count, len(template.source_guild.channels))
```
"""

from __future__ import annotations

__all__ = ["Template", "TemplateGuild", "TemplateRole"]

import datetime
import typing

import attrs

from hikari_like import channels as channels_
from hikari_like import colors
from hikari_like import guilds
from hikari_like import permissions as permissions_
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import users
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import traits
    from hikari_like.internal.json import JSONObject

_EPOCH: typing.Final = datetime.datetime(2015, 1, 1, tzinfo=datetime.UTC)


@attrs.define(kw_only=True, unsafe_hash=True)
class TemplateRole(guilds.PartialRole):
    """A role in a template; its `id` is a placeholder (0 for @everyone), not a real role's."""

    permissions: permissions_.Permissions = attrs.field(eq=False, repr=False)
    color: colors.Color = attrs.field(eq=False, repr=False)
    is_hoisted: bool = attrs.field(eq=False, repr=False)
    is_mentionable: bool = attrs.field(eq=False, repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> TemplateRole:
        """Read a template's role (placeholder IDs come as integers)."""
        get = payload.get
        return cls(
            app=app,
            id=snowflakes.parse(payload["id"]),
            name=read.text(get("name")) or "",
            permissions=permissions_.parse_or_none(get("permissions")) or permissions_.Permissions.NONE,
            color=colors.optional_color(get("color")) or colors.Color(0),
            is_hoisted=get("hoist") is True,
            is_mentionable=get("mentionable") is True,
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class TemplateGuild(guilds.PartialGuild):
    """The guild a template copies (`serialized_source_guild`); role and channel IDs are placeholders."""

    description: str | None = attrs.field(eq=False, repr=False)
    verification_level: guilds.GuildVerificationLevel = attrs.field(eq=False, repr=False)
    default_message_notifications: guilds.GuildMessageNotificationsLevel = attrs.field(eq=False, repr=False)
    explicit_content_filter: guilds.GuildExplicitContentFilterLevel = attrs.field(eq=False, repr=False)
    preferred_locale: str = attrs.field(eq=False, repr=False)
    afk_timeout: datetime.timedelta = attrs.field(eq=False, repr=False)
    roles: typing.Mapping[snowflakes.Snowflake, TemplateRole] = attrs.field(eq=False, repr=False)
    channels: typing.Mapping[snowflakes.Snowflake, channels_.GuildChannel] = attrs.field(eq=False, repr=False)
    afk_channel_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    system_channel_id: snowflakes.Snowflake | None = attrs.field(eq=False, repr=False)
    system_channel_flags: guilds.GuildSystemChannelFlag = attrs.field(eq=False, repr=False)

    @classmethod
    def from_payload(
        cls, payload: JSONObject, *, app: traits.RESTAware, guild_id: snowflakes.Snowflake | None = None
    ) -> TemplateGuild:
        """Read a serialized source guild; it has no ID, so pass the template's `source_guild_id`."""
        get = payload.get
        guild_id = guild_id if guild_id is not None else snowflakes.parse(payload["id"])
        guild = guilds.Guild.from_payload({**payload, "id": guild_id}, app=app)
        roles = read.each(read.objects(get("roles")), lambda role: TemplateRole.from_payload(role, app=app))
        channels = (
            channels_.channel_from_payload(channel, app=app, guild_id=guild_id)
            for channel in _with_ids(get("channels"))
        )
        return cls(
            app=app,
            id=guild_id,
            icon_hash=guild.icon_hash,
            name=guild.name,
            description=guild.description,
            verification_level=guild.verification_level,
            default_message_notifications=guild.default_message_notifications,
            explicit_content_filter=guild.explicit_content_filter,
            preferred_locale=str(guild.preferred_locale),
            afk_timeout=guild.afk_timeout,
            roles={role.id: role for role in roles},
            channels={
                channel.id: channel for channel in channels if isinstance(channel, channels_.GuildChannel)
            },
            afk_channel_id=guild.afk_channel_id,
            system_channel_id=guild.system_channel_id,
            system_channel_flags=guild.system_channel_flags,
        )


def _with_ids(value: object) -> list[JSONObject]:
    return [channel for channel in read.objects(value) if snowflakes.is_id(channel.get("id"))]


@attrs.define(kw_only=True, unsafe_hash=True)
class Template:
    """A guild template (`fetch_template`, `create_template`).

    >>> template.code, template.source_guild.name
    ('hgM48av5Q69A', 'Friends & Family')
    """

    app: traits.RESTAware = attrs.field(eq=False, repr=False)
    code: str = attrs.field(hash=True)
    name: str = attrs.field(eq=False)
    description: str | None = attrs.field(eq=False, repr=False)
    usage_count: int = attrs.field(eq=False, repr=False)
    creator: users.User = attrs.field(eq=False, repr=False)
    created_at: datetime.datetime = attrs.field(eq=False, repr=False)
    updated_at: datetime.datetime = attrs.field(eq=False, repr=False)
    """When the template was last synced with its guild."""
    source_guild: TemplateGuild = attrs.field(eq=False, repr=False)
    is_unsynced: bool = attrs.field(eq=False, repr=False)
    """Whether the guild changed since the last sync (Discord's `is_dirty`)."""

    def __str__(self) -> str:
        return f"https://discord.new/{self.code}"

    async def fetch_self(self) -> Template:
        """This template's up-to-date object (`rest.fetch_template`)."""
        return await self.app.rest.fetch_template(self.code)

    async def edit(
        self,
        *,
        name: str | undefined.UndefinedType = undefined.UNDEFINED,
        description: str | undefined.UndefinedType | None = undefined.UNDEFINED,
    ) -> Template:
        """Rename it or change its description (`rest.edit_template`; needs MANAGE_GUILD).

        ```python
        template = await template.edit(name="Starter v2")
        ```
        """
        return await self.app.rest.edit_template(
            self.source_guild.id, self.code, name=name, description=description
        )

    async def delete(self) -> None:
        """Delete it (`rest.delete_template`; needs MANAGE_GUILD)."""
        await self.app.rest.delete_template(self.source_guild.id, self.code)

    async def sync(self) -> Template:
        """Bring it up to date with its guild (`rest.sync_guild_template`; needs MANAGE_GUILD)."""
        return await self.app.rest.sync_guild_template(self.source_guild.id, self.code)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> Template:
        """Read a guild template object; the code, creator and source guild ID are required."""
        get = payload.get
        return cls(
            app=app,
            code=read.required_text(payload, "code"),
            name=read.text(get("name")) or "",
            description=read.text(get("description")),
            usage_count=read.natural(get("usage_count")) or 0,
            creator=users.User.from_payload(read.required_object(payload, "creator"), app=app),
            created_at=read.timestamp(get("created_at")) or _EPOCH,
            updated_at=read.timestamp(get("updated_at")) or _EPOCH,
            source_guild=TemplateGuild.from_payload(
                read.mapping(get("serialized_source_guild")),
                app=app,
                guild_id=snowflakes.parse(payload["source_guild_id"]),
            ),
            is_unsynced=get("is_dirty") is True,
        )
