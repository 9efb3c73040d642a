"""Webhooks: incoming webhooks a bot creates and posts through, the webhooks that carry a followed
announcement channel, and the application webhook behind interaction followups.

Loaded on first use (`rest.create_webhook`, `hikari_like.IncomingWebhook`): a bot that only answers
interactions never needs it.

```python
hook = await rest.create_webhook(channel_id, "Deploys")
await hook.execute("v1.2 is out", username="CI")   # with the webhook's own token, no bot token
hook = await hook.edit(name="Releases")
await hook.delete()
```
"""

from __future__ import annotations

__all__ = [
    "ApplicationWebhook",
    "ChannelFollowerWebhook",
    "ExecutableWebhook",
    "IncomingWebhook",
    "PartialWebhook",
    "WebhookType",
    "webhook_from_payload",
]

import abc
import typing

import attrs

from hikari_like import channels as channels_
from hikari_like import files
from hikari_like import guilds as guilds_
from hikari_like import snowflakes
from hikari_like import undefined
from hikari_like import users
from hikari_like.internal import cdn
from hikari_like.internal import enums
from hikari_like.internal import partial_json as read

if typing.TYPE_CHECKING:
    from hikari_like import embeds as embeds_
    from hikari_like import messages
    from hikari_like import traits
    from hikari_like.api.special_endpoints import ComponentBuilder
    from hikari_like.impl.builders import messages as message_builders
    from hikari_like.internal import mentions
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED
_NEWS: typing.Final = 5
"""Only announcement channels can be followed: Discord's `source_channel` leaves the type out."""

ImageFormat = typing.Literal["PNG", "JPEG", "JPG", "WEBP", "AWEBP", "GIF"]


class WebhookType(enums.TolerantIntEnum):
    """What made a webhook; unknown values are kept."""

    INCOMING = 1
    """Made by a user or a bot (`create_webhook`); posts with its token."""
    CHANNEL_FOLLOWER = 2
    """Made by following an announcement channel; Discord posts through it, nobody else."""
    APPLICATION = 3
    """An application's, behind its interactions' followups."""


class ExecutableWebhook(abc.ABC):
    """Anything that posts messages as a webhook: an ID and a token (`None`: the methods refuse).

    ```python
    message = await hook.execute("hello")
    await hook.edit_message(message, "hello again")
    ```
    """

    __slots__ = ()

    @property
    @abc.abstractmethod
    def app(self) -> traits.RESTAware:
        """The client the methods call."""

    @property
    @abc.abstractmethod
    def webhook_id(self) -> snowflakes.Snowflake:
        """The ID to post as."""

    @property
    @abc.abstractmethod
    def token(self) -> str | None:
        """The webhook's token, `None` when it is not known (the methods raise `ValueError`)."""

    def _known_token(self, action: str) -> str:
        if not self.token:
            raise ValueError(f"cannot {action} through a webhook whose token is unknown")
        return self.token

    async def execute(
        self,
        content: typing.Any = _UNDEFINED,
        *,
        username: str | undefined.UndefinedType = _UNDEFINED,
        avatar_url: str | files.URL | undefined.UndefinedType = _UNDEFINED,
        tts: bool | undefined.UndefinedType = _UNDEFINED,
        attachment: files.Resourceish | undefined.UndefinedType = _UNDEFINED,
        attachments: typing.Sequence[files.Resourceish] | undefined.UndefinedType = _UNDEFINED,
        component: ComponentBuilder | undefined.UndefinedType = _UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType = _UNDEFINED,
        embed: embeds_.Embed | undefined.UndefinedType = _UNDEFINED,
        embeds: typing.Sequence[embeds_.Embed] | undefined.UndefinedType = _UNDEFINED,
        poll: message_builders.PollBuildable | undefined.UndefinedType = _UNDEFINED,
        mentions_everyone: bool | undefined.UndefinedType = _UNDEFINED,
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        flags: int | messages.MessageFlag | undefined.UndefinedType = _UNDEFINED,
    ) -> messages.Message:
        """Post a message (`rest.execute_webhook` with this webhook's ID and token).

        ```python
        await hook.execute("build passed", username="CI", avatar_url="https://example.com/ci.png")
        ```
        """
        return await self.app.rest.execute_webhook(
            self.webhook_id,
            self._known_token("send a message"),
            content,
            username=username,
            avatar_url=avatar_url,
            tts=tts,
            attachment=attachment,
            attachments=attachments,
            component=component,
            components=components,
            embed=embed,
            embeds=embeds,
            poll=poll,
            mentions_everyone=mentions_everyone,
            user_mentions=user_mentions,
            role_mentions=role_mentions,
            flags=flags,
        )

    async def fetch_message(self, message: snowflakes.SnowflakeishOr) -> messages.Message:
        """A message this webhook sent."""
        token = self._known_token("fetch a message")
        return await self.app.rest.fetch_webhook_message(self.webhook_id, token, message)

    async def edit_message(
        self,
        message: snowflakes.SnowflakeishOr,
        content: typing.Any = _UNDEFINED,
        *,
        attachment: message_builders.Attachmentish | undefined.UndefinedType | None = _UNDEFINED,
        attachments: typing.Sequence[message_builders.Attachmentish]
        | undefined.UndefinedType
        | None = _UNDEFINED,
        component: ComponentBuilder | undefined.UndefinedType | None = _UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType | None = _UNDEFINED,
        embed: embeds_.Embed | undefined.UndefinedType | None = _UNDEFINED,
        embeds: typing.Sequence[embeds_.Embed] | undefined.UndefinedType | None = _UNDEFINED,
        mentions_everyone: bool | undefined.UndefinedType = _UNDEFINED,
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
    ) -> messages.Message:
        """Edit a message this webhook sent; `UNDEFINED` keeps a field, `None` clears it."""
        return await self.app.rest.edit_webhook_message(
            self.webhook_id,
            self._known_token("edit a message"),
            message,
            content,
            attachment=attachment,
            attachments=attachments,
            component=component,
            components=components,
            embed=embed,
            embeds=embeds,
            mentions_everyone=mentions_everyone,
            user_mentions=user_mentions,
            role_mentions=role_mentions,
        )

    async def delete_message(self, message: snowflakes.SnowflakeishOr) -> None:
        """Delete a message this webhook sent."""
        token = self._known_token("delete a message")
        await self.app.rest.delete_webhook_message(self.webhook_id, token, message)


@attrs.define(kw_only=True, unsafe_hash=True)
class PartialWebhook(snowflakes.UniqueEntity):
    """What every webhook has: its ID, type, default name and avatar, and the application that
    made it (if one did)."""

    app: traits.RESTAware = attrs.field(repr=False, eq=False, hash=False)
    id: snowflakes.Snowflake = attrs.field(hash=True)
    type: WebhookType | int = attrs.field(eq=False, hash=False)
    name: str = attrs.field(eq=False, hash=False)
    """The default name its messages show (Discord's `name`; an empty string when it is `null`)."""
    avatar_hash: str | None = attrs.field(eq=False, hash=False, repr=False)
    application_id: snowflakes.Snowflake | None = attrs.field(eq=False, hash=False, repr=False)

    def __str__(self) -> str:
        return self.name or f"Unnamed webhook ID {self.id}"

    @property
    def mention(self) -> str:
        """`<@id>`: how a message would mention the webhook's user (webhooks get no events)."""
        return f"<@{self.id}>"

    @property
    def avatar_url(self) -> files.URL | None:
        """The webhook's own avatar (`make_avatar_url()`), `None` when it has none."""
        return self.make_avatar_url()

    @property
    def default_avatar_url(self) -> files.URL:
        """The avatar Discord shows for a webhook without one."""
        return files.URL(f"{cdn.BASE_URL}/embed/avatars/0.png")

    def make_avatar_url(
        self,
        *,
        file_format: undefined.UndefinedOr[ImageFormat] = _UNDEFINED,
        size: int = 4096,
        lossless: bool = True,
    ) -> files.URL | None:
        """The avatar in `file_format` (GIF if animated, else PNG), `None` without an avatar.

        `TypeError` for an animated format of a still avatar; `ValueError` for a `size` that is
        not a power of two from 16 to 4096.

        >>> hook.make_avatar_url(size=64)
        URL(url='https://cdn.discordapp.com/avatars/223704706495545344/b004ec17.png?size=64')
        """
        if self.avatar_hash is None:
            return None
        return cdn.image_url(
            f"avatars/{self.id}", self.avatar_hash, file_format=file_format, size=size, lossless=lossless
        )

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> PartialWebhook:
        """Read any webhook object as this class (see `webhook_from_payload` for the right one).

        The ID is required (`KeyError`, `TypeError` or `ValueError` without it); any other field
        of the wrong type reads as absent.
        """
        return cls(app=app, **_partial_fields(payload))


def _partial_fields(payload: JSONObject) -> dict[str, typing.Any]:
    return {
        "id": snowflakes.parse(payload["id"]),
        "type": WebhookType(read.integer(payload.get("type")) or WebhookType.INCOMING),
        "name": read.text(payload.get("name")) or "",
        "avatar_hash": read.text(payload.get("avatar")),
        "application_id": snowflakes.parse_or_none(payload.get("application_id")),
    }


def _channel_fields(payload: JSONObject, app: traits.RESTAware) -> dict[str, typing.Any]:
    """What webhooks posting to a guild channel add: the channel, the guild, who made it."""
    user = payload.get("user")
    return {
        "channel_id": snowflakes.parse(payload["channel_id"]),
        "guild_id": snowflakes.parse(payload["guild_id"]),
        "author": users.User.from_payload(user, app=app) if isinstance(user, dict) else None,
    }


class _GuildChannelWebhook(PartialWebhook):
    """The methods both guild-channel webhooks share (a private base, as hikari has none)."""

    __slots__ = ()

    if typing.TYPE_CHECKING:
        channel_id: snowflakes.Snowflake

    async def fetch_channel(self) -> channels_.PartialChannel:
        """The channel the webhook posts to (a text or announcement channel)."""
        return await self.app.rest.fetch_channel(self.channel_id)


@attrs.define(kw_only=True, unsafe_hash=True)
class IncomingWebhook(_GuildChannelWebhook, ExecutableWebhook):
    """A webhook made in a channel's settings or with `create_webhook`: anyone holding its token
    may post, edit it or delete it.

    The methods with `use_token` use the webhook's token when it is known (else the bot's);
    `use_token=True` insists on it (`ValueError` when it is unknown), `False` uses the bot's.

    ```python
    hook = await rest.create_webhook(channel_id, "Alerts")
    await hook.execute("disk almost full")
    ```
    """

    channel_id: snowflakes.Snowflake = attrs.field(eq=False, hash=False)
    guild_id: snowflakes.Snowflake = attrs.field(eq=False, hash=False)
    author: users.User | None = attrs.field(eq=False, hash=False)
    """Who made it; `None` when fetched with its token (Discord leaves the user out)."""
    token: str | None = attrs.field(eq=False, hash=False, repr=False)
    """Its token: Discord gives it to the bot's requests and to the token's holder."""

    @property
    def webhook_id(self) -> snowflakes.Snowflake:
        """Its own ID."""
        return self.id

    def _token_for(self, use_token: bool | undefined.UndefinedType) -> str | undefined.UndefinedType:
        if use_token is True or (use_token is _UNDEFINED and self.token):
            return self._known_token("use the token")
        return _UNDEFINED

    async def delete(self, *, use_token: bool | undefined.UndefinedType = _UNDEFINED) -> None:
        """Delete the webhook (with the bot's token, MANAGE_WEBHOOKS is needed)."""
        await self.app.rest.delete_webhook(self.id, token=self._token_for(use_token))

    async def edit(
        self,
        *,
        name: str | undefined.UndefinedType = _UNDEFINED,
        avatar: files.Resourceish | undefined.UndefinedType | None = _UNDEFINED,
        channel: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
        use_token: bool | undefined.UndefinedType = _UNDEFINED,
    ) -> IncomingWebhook:
        """Rename it, change (`None`: remove) its avatar, or move it (`channel`, bot's token only).

        ```python
        hook = await hook.edit(name="Releases", avatar="logo.png")
        ```
        """
        # Discord moves a webhook only on the bot's request: a move uses the bot's token unless told.
        if channel is not _UNDEFINED and use_token is _UNDEFINED:
            use_token = False
        edited = await self.app.rest.edit_webhook(
            self.id,
            token=self._token_for(use_token),
            name=name,
            avatar=avatar,
            channel=channel,
            reason=reason,
        )
        return _expect(edited, IncomingWebhook)

    async def fetch_self(self, *, use_token: bool | undefined.UndefinedType = _UNDEFINED) -> IncomingWebhook:
        """The webhook as Discord has it now."""
        fetched = await self.app.rest.fetch_webhook(self.id, token=self._token_for(use_token))
        return _expect(fetched, IncomingWebhook)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> IncomingWebhook:
        """Read an incoming webhook object (ID, channel and guild required)."""
        return cls(
            app=app,
            **_partial_fields(payload),
            **_channel_fields(payload, app),
            token=read.text(payload.get("token")),
        )


@attrs.define(kw_only=True, unsafe_hash=True)
class ChannelFollowerWebhook(_GuildChannelWebhook):
    """The webhook through which Discord posts a followed announcement channel's messages
    (`follow_channel`); it has no token, so only the bot manages it.

    ```python
    follow = await rest.follow_channel(announcements_id, target_channel_id)
    hook = await rest.fetch_webhook(follow.webhook_id)
    print(hook.source_guild, hook.source_channel)
    ```
    """

    channel_id: snowflakes.Snowflake = attrs.field(eq=False, hash=False)
    guild_id: snowflakes.Snowflake = attrs.field(eq=False, hash=False)
    author: users.User | None = attrs.field(eq=False, hash=False)
    source_channel: channels_.PartialChannel | None = attrs.field(eq=False, hash=False)
    """The followed channel; `None` once whoever followed it lost access to it."""
    source_guild: guilds_.PartialGuild | None = attrs.field(eq=False, hash=False)
    """The followed channel's guild; `None` once whoever followed it lost access to it."""

    async def delete(self) -> None:
        """Delete the webhook: the channel stops following (MANAGE_WEBHOOKS)."""
        await self.app.rest.delete_webhook(self.id)

    async def edit(
        self,
        *,
        name: str | undefined.UndefinedType = _UNDEFINED,
        avatar: files.Resourceish | undefined.UndefinedType | None = _UNDEFINED,
        channel: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> ChannelFollowerWebhook:
        """Rename it, change (`None`: remove) its avatar, or move it to another channel."""
        edited = await self.app.rest.edit_webhook(
            self.id, name=name, avatar=avatar, channel=channel, reason=reason
        )
        return _expect(edited, ChannelFollowerWebhook)

    async def fetch_self(self) -> ChannelFollowerWebhook:
        """The webhook as Discord has it now."""
        return _expect(await self.app.rest.fetch_webhook(self.id), ChannelFollowerWebhook)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> ChannelFollowerWebhook:
        """Read a channel follower webhook object (ID, channel and guild required)."""
        return cls(
            app=app,
            **_partial_fields(payload),
            **_channel_fields(payload, app),
            source_channel=_source_channel(payload.get("source_channel"), app),
            source_guild=_source_guild(payload.get("source_guild"), app),
        )


def _source_channel(payload: object, app: traits.RESTAware) -> channels_.PartialChannel | None:
    if not isinstance(payload, dict) or not snowflakes.is_id(payload.get("id")):
        return None
    return channels_.PartialChannel.from_payload({"type": _NEWS, **payload}, app=app)


def _source_guild(payload: object, app: traits.RESTAware) -> guilds_.PartialGuild | None:
    if not isinstance(payload, dict) or not snowflakes.is_id(payload.get("id")):
        return None
    return guilds_.PartialGuild(
        app=app,
        id=snowflakes.parse(payload["id"]),
        name=read.text(payload.get("name")) or "",
        icon_hash=read.text(payload.get("icon")),
    )


@attrs.define(kw_only=True, unsafe_hash=True)
class ApplicationWebhook(PartialWebhook):
    """An application's own webhook, whose ID is the application's: interaction followups post
    through it with the interaction's token."""

    application_id: snowflakes.Snowflake = attrs.field(eq=False, hash=False, repr=False)

    @classmethod
    def from_payload(cls, payload: JSONObject, *, app: traits.RESTAware) -> ApplicationWebhook:
        """Read an application webhook object (the application is its own ID when Discord omits it)."""
        fields = _partial_fields(payload)
        fields["application_id"] = fields["application_id"] or fields["id"]
        return cls(app=app, **fields)


_KINDS: typing.Final[typing.Mapping[int, type[PartialWebhook]]] = {
    WebhookType.INCOMING: IncomingWebhook,
    WebhookType.CHANNEL_FOLLOWER: ChannelFollowerWebhook,
    WebhookType.APPLICATION: ApplicationWebhook,
}


def webhook_from_payload(payload: JSONObject, *, app: traits.RESTAware) -> PartialWebhook:
    """The webhook object read as the class of its `type`; a type this release does not know
    reads as a `PartialWebhook` (hikari raises there: Discord adding a type should not break a bot).

    >>> webhook_from_payload({"id": "1", "type": 2, "channel_id": "2", "guild_id": "3"}, app=rest)
    ChannelFollowerWebhook(id=1, ...)
    """
    kind = _KINDS.get(read.integer(payload.get("type")) or 0, PartialWebhook)
    return kind.from_payload(payload, app=app)


_WebhookT = typing.TypeVar("_WebhookT", bound=PartialWebhook)


def _expect(webhook: PartialWebhook, kind: type[_WebhookT]) -> _WebhookT:
    # Discord never changes a webhook's type; a different one means the ID named another webhook.
    if not isinstance(webhook, kind):
        raise TypeError(f"expected a {kind.__name__}, Discord answered with a {type(webhook).__name__}")
    return webhook
