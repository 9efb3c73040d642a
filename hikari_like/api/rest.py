"""The REST client's interface: what `hikari_like.impl.RESTClientImpl` promises.

Everything goes through `request()`, which applies rate limits, retries and error translation;
the typed endpoint methods (hikari's names and call shapes) are built on it. Code that only has
`app.rest` (a `traits.RESTAware`) sees every endpoint through this interface.

```python
async with rest_app.acquire(token, "Bot") as client:
    me = await client.fetch_my_user()
    raw = await client.request("GET", "/users/@me")
```
"""

from __future__ import annotations

__all__ = ["RESTClient"]

import abc
import typing

from hikari_like import undefined

if typing.TYPE_CHECKING:
    from hikari_like import applications
    from hikari_like import channels
    from hikari_like import commands as commands_
    from hikari_like import embeds as embeds_
    from hikari_like import files
    from hikari_like import files as files_
    from hikari_like import messages
    from hikari_like import permissions as permissions_
    from hikari_like import sessions
    from hikari_like import snowflakes
    from hikari_like import users
    from hikari_like.impl import command_builders
    from hikari_like.impl import message_builders
    from hikari_like.impl import response_builders
    from hikari_like.impl import routes
    from hikari_like.impl.component_builders import ComponentBuilder
    from hikari_like.interactions import base_interactions
    from hikari_like.interactions import callback_responses
    from hikari_like.internal import mentions

_UNDEFINED: typing.Final = undefined.UNDEFINED


class RESTClient(abc.ABC):
    """A Discord REST client."""

    __slots__ = ()

    @property
    def rest(self) -> typing.Self:
        """The client itself: models read from its responses keep it as their `app`."""
        return self

    @property
    @abc.abstractmethod
    def is_alive(self) -> bool:
        """Whether the client is open."""

    @property
    @abc.abstractmethod
    def token_type(self) -> str | None:
        """`"Bot"`, `"Bearer"`, or `None` for a client without a token."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Close the client; requests still queued fail with a clear error."""

    @typing.overload
    async def request(
        self,
        route: routes.CompiledRoute,
        /,
        *,
        json: object | undefined.UndefinedType = undefined.UNDEFINED,
        files: typing.Sequence[files_.Resource] = (),
        urlencoded: typing.Mapping[str, str] | None = None,
        query: typing.Mapping[str, str] | None = None,
        reason: str | undefined.UndefinedType = undefined.UNDEFINED,
        authorization: str | undefined.UndefinedType | None = undefined.UNDEFINED,
    ) -> typing.Any: ...

    @typing.overload
    async def request(
        self,
        method: str,
        path: str,
        /,
        *,
        json: object | undefined.UndefinedType = undefined.UNDEFINED,
        files: typing.Sequence[files_.Resource] = (),
        urlencoded: typing.Mapping[str, str] | None = None,
        query: typing.Mapping[str, str] | None = None,
        reason: str | undefined.UndefinedType = undefined.UNDEFINED,
        authorization: str | undefined.UndefinedType | None = undefined.UNDEFINED,
    ) -> typing.Any: ...

    @abc.abstractmethod
    async def request(
        self,
        route_or_method: routes.CompiledRoute | str,
        path: str | None = None,
        /,
        *,
        json: object | undefined.UndefinedType = undefined.UNDEFINED,
        files: typing.Sequence[files_.Resource] = (),
        urlencoded: typing.Mapping[str, str] | None = None,
        query: typing.Mapping[str, str] | None = None,
        reason: str | undefined.UndefinedType = undefined.UNDEFINED,
        authorization: str | undefined.UndefinedType | None = undefined.UNDEFINED,
    ) -> typing.Any:
        """Send one request through the rate limiter and return the decoded JSON (or `None`).

        Give either a compiled route (`routes.GET_USER.compile(user=1)`) or a method and a raw path
        (`"GET", "/users/1"`). The body is `json` (encoded for you) or `urlencoded`; with `files`,
        it is sent as multipart (`payload_json` plus `files[i]`), the files streamed and re-read on
        every retry. `reason` becomes the audit-log reason. `authorization` overrides
        the client's token for this request (`None` sends none).

        Raises the typed errors of `hikari_like.errors`; never a raw aiohttp exception.
        """

    # -- application, users, channels, gateway --------------------------------------------------------

    @abc.abstractmethod
    async def fetch_application(self) -> applications.Application:
        """The application the bot token belongs to (its `public_key` verifies interactions).

        ```python
        application = await rest.fetch_application()
        ```
        """

    @abc.abstractmethod
    async def fetch_my_user(self) -> users.User:
        """The user the token belongs to (for a bot token: the bot's account)."""

    @abc.abstractmethod
    async def fetch_user(self, user: snowflakes.SnowflakeishOr) -> users.User:
        """A user by ID. Raises `NotFoundError` (code 10013) for an unknown user."""

    @abc.abstractmethod
    async def fetch_channel(self, channel: snowflakes.SnowflakeishOr) -> channels.PartialChannel:
        """A channel by ID, as the most specific model this library has.

        `GuildTextChannel` for text and announcement channels, `DMChannel` for DMs, `GuildChannel` for
        other guild channels, else `PartialChannel`. Raises `NotFoundError` (code 10003) if unknown.
        """

    @abc.abstractmethod
    async def fetch_gateway_url(self) -> str:
        """The gateway's websocket URL (no token needed)."""

    @abc.abstractmethod
    async def fetch_gateway_bot_info(self) -> sessions.GatewayBotInfo:
        """The gateway URL, recommended shard count and session start limit for this bot."""

    # -- messages -------------------------------------------------------------------------------------

    @abc.abstractmethod
    async def create_message(
        self,
        channel: snowflakes.SnowflakeishOr,
        content: typing.Any = _UNDEFINED,
        *,
        attachment: files.Resourceish | undefined.UndefinedType = _UNDEFINED,
        attachments: typing.Sequence[files.Resourceish] | undefined.UndefinedType = _UNDEFINED,
        component: ComponentBuilder | undefined.UndefinedType = _UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType = _UNDEFINED,
        embed: embeds_.Embed | undefined.UndefinedType = _UNDEFINED,
        embeds: typing.Sequence[embeds_.Embed] | undefined.UndefinedType = _UNDEFINED,
        sticker: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        stickers: typing.Sequence[snowflakes.SnowflakeishOr] | undefined.UndefinedType = _UNDEFINED,
        tts: bool | undefined.UndefinedType = _UNDEFINED,
        nonce: str | undefined.UndefinedType = _UNDEFINED,
        reply: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        reply_must_exist: bool | undefined.UndefinedType = _UNDEFINED,
        mentions_everyone: bool | undefined.UndefinedType = _UNDEFINED,
        mentions_reply: bool | undefined.UndefinedType = _UNDEFINED,
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        flags: int | messages.MessageFlag | undefined.UndefinedType = _UNDEFINED,
    ) -> messages.Message:
        """Send a message to a channel.

        `content` may also be an `Embed` or a file, as in hikari. Use `embed`/`embeds`,
        `attachment`/`attachments`, `component`/`components` (one or the other of each pair). A new message
        pings nobody unless a mention argument allows it; `reply` makes it a reply (`reply_must_exist=False`
        sends it even if that message is gone). Files are uploaded as multipart.

        ```python
        await rest.create_message(channel_id, "report attached", attachment=Path("report.txt"), reply=message)
        ```
        """

    @abc.abstractmethod
    async def fetch_message(
        self, channel: snowflakes.SnowflakeishOr, message: snowflakes.SnowflakeishOr
    ) -> messages.Message:
        """A message by channel and ID. Raises `NotFoundError` (code 10008) if unknown."""

    @abc.abstractmethod
    async def edit_message(
        self,
        channel: snowflakes.SnowflakeishOr,
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
        mentions_reply: bool | undefined.UndefinedType = _UNDEFINED,
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        flags: int | messages.MessageFlag | undefined.UndefinedType = _UNDEFINED,
    ) -> messages.Message:
        """Edit a message: `UNDEFINED` keeps a field, `None` clears it.

        `attachments=None` (or `attachment=None`) removes every attachment; existing `Attachment`
        objects in `attachments` are kept. Mentions are left as they were unless a mention argument is given.
        """

    @abc.abstractmethod
    async def delete_message(
        self,
        channel: snowflakes.SnowflakeishOr,
        message: snowflakes.SnowflakeishOr,
        *,
        reason: str | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        """Delete a message; `reason` goes to the audit log."""

    # -- interaction responses ------------------------------------------------------------------------

    @abc.abstractmethod
    async def create_interaction_response(
        self,
        interaction: snowflakes.SnowflakeishOr,
        token: str,
        response_type: int | base_interactions.ResponseType,
        content: typing.Any = _UNDEFINED,
        *,
        flags: int | messages.MessageFlag | undefined.UndefinedType = _UNDEFINED,
        tts: bool | undefined.UndefinedType = _UNDEFINED,
        attachment: files.Resourceish | undefined.UndefinedType | None = _UNDEFINED,
        attachments: typing.Sequence[files.Resourceish] | undefined.UndefinedType | None = _UNDEFINED,
        component: ComponentBuilder | undefined.UndefinedType | None = _UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType | None = _UNDEFINED,
        embed: embeds_.Embed | undefined.UndefinedType | None = _UNDEFINED,
        embeds: typing.Sequence[embeds_.Embed] | undefined.UndefinedType | None = _UNDEFINED,
        mentions_everyone: bool | undefined.UndefinedType = _UNDEFINED,
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
    ) -> callback_responses.InteractionCallbackResponse:
        """Send an interaction's initial response (within 3 seconds of receiving it).

        `response_type` is a `ResponseType`: `MESSAGE_CREATE` and `MESSAGE_UPDATE` take the message
        fields; the deferred types take only `flags` (`MessageFlag.EPHEMERAL` for a private "thinking...").
        Exempt from the global rate limit; uses no bot token. Returns what Discord created.

        ```python
        await rest.create_interaction_response(
            interaction.id, interaction.token, ResponseType.MESSAGE_CREATE, "pong"
        )
        ```
        """

    @abc.abstractmethod
    async def create_modal_response(
        self,
        interaction: snowflakes.SnowflakeishOr,
        token: str,
        *,
        title: str,
        custom_id: str,
        component: ComponentBuilder | undefined.UndefinedType = _UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType = _UNDEFINED,
    ) -> callback_responses.InteractionCallbackResponse:
        """Answer an interaction with a modal: a title, your `custom_id`, and `component` or `components`."""

    @abc.abstractmethod
    async def create_autocomplete_response(
        self,
        interaction: snowflakes.SnowflakeishOr,
        token: str,
        choices: typing.Sequence[response_builders.AutocompleteChoiceBuilder],
    ) -> callback_responses.InteractionCallbackResponse:
        """Answer an autocomplete interaction with up to 25 choices."""

    @abc.abstractmethod
    async def fetch_interaction_response(
        self, application: snowflakes.SnowflakeishOr, token: str
    ) -> messages.Message:
        """The initial response of an interaction (`application` is the application's ID)."""

    @abc.abstractmethod
    async def edit_interaction_response(
        self,
        application: snowflakes.SnowflakeishOr,
        token: str,
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
        """Edit an interaction's initial response (this is how a deferred response is completed).

        Same rules as `edit_message`: `UNDEFINED` keeps a field, `None` clears it.
        """

    @abc.abstractmethod
    async def delete_interaction_response(self, application: snowflakes.SnowflakeishOr, token: str) -> None:
        """Delete an interaction's initial response."""

    # -- webhooks and followups -----------------------------------------------------------------------

    @abc.abstractmethod
    async def execute_webhook(
        self,
        webhook: snowflakes.SnowflakeishOr,
        token: str,
        content: typing.Any = _UNDEFINED,
        *,
        thread: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        username: str | undefined.UndefinedType = _UNDEFINED,
        avatar_url: str | files.URL | undefined.UndefinedType = _UNDEFINED,
        attachment: files.Resourceish | undefined.UndefinedType = _UNDEFINED,
        attachments: typing.Sequence[files.Resourceish] | undefined.UndefinedType = _UNDEFINED,
        component: ComponentBuilder | undefined.UndefinedType = _UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType = _UNDEFINED,
        embed: embeds_.Embed | undefined.UndefinedType = _UNDEFINED,
        embeds: typing.Sequence[embeds_.Embed] | undefined.UndefinedType = _UNDEFINED,
        tts: bool | undefined.UndefinedType = _UNDEFINED,
        mentions_everyone: bool | undefined.UndefinedType = _UNDEFINED,
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        flags: int | messages.MessageFlag | undefined.UndefinedType = _UNDEFINED,
    ) -> messages.Message:
        """Send a message through a webhook; for an interaction followup, `webhook` is the application ID
        and `token` the interaction token.

        Returns the message (the request asks Discord to wait for it). `flags=MessageFlag.EPHEMERAL`
        makes a followup visible to the invoking user only. No bot token is sent.

        ```python
        await rest.execute_webhook(
            interaction.application_id, interaction.token, "done", flags=MessageFlag.EPHEMERAL
        )
        ```
        """

    @abc.abstractmethod
    async def fetch_webhook_message(
        self,
        webhook: snowflakes.SnowflakeishOr,
        token: str,
        message: snowflakes.SnowflakeishOr,
        *,
        thread: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> messages.Message:
        """A message the webhook (or interaction) sent."""

    @abc.abstractmethod
    async def edit_webhook_message(
        self,
        webhook: snowflakes.SnowflakeishOr,
        token: str,
        message: snowflakes.SnowflakeishOr,
        content: typing.Any = _UNDEFINED,
        *,
        thread: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
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
        """Edit a message the webhook (or interaction) sent; `UNDEFINED` keeps a field, `None` clears it."""

    @abc.abstractmethod
    async def delete_webhook_message(
        self,
        webhook: snowflakes.SnowflakeishOr,
        token: str,
        message: snowflakes.SnowflakeishOr,
        *,
        thread: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        """Delete a message the webhook (or interaction) sent."""

    # -- application commands -------------------------------------------------------------------------

    @abc.abstractmethod
    def slash_command_builder(self, name: str, description: str) -> command_builders.SlashCommandBuilder:
        """A new `SlashCommandBuilder` (no request is made).

        ```python
        ping = rest.slash_command_builder("ping", "Check the bot is alive")
        ```
        """

    @abc.abstractmethod
    def context_menu_command_builder(
        self, type: commands_.CommandType | int, name: str
    ) -> command_builders.ContextMenuCommandBuilder:
        """A new `ContextMenuCommandBuilder` for a `USER` or `MESSAGE` command (no request is made)."""

    @abc.abstractmethod
    async def fetch_application_commands(
        self,
        application: snowflakes.SnowflakeishOr,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Sequence[commands_.PartialCommand]:
        """The application's global commands, or one guild's with `guild`."""

    @abc.abstractmethod
    async def set_application_commands(
        self,
        application: snowflakes.SnowflakeishOr,
        commands: typing.Sequence[command_builders.CommandBuilder],
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> typing.Sequence[commands_.PartialCommand]:
        """Replace all of the application's global (or one guild's) commands with `commands`.

        Commands kept by name and type keep their IDs. Returns the commands as Discord stored them.

        ```python
        await rest.set_application_commands(application_id, [ping, info], guild=guild_id)
        ```
        """

    @abc.abstractmethod
    async def create_slash_command(
        self,
        application: snowflakes.SnowflakeishOr,
        name: str,
        description: str,
        *,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        options: typing.Sequence[commands_.CommandOption] | undefined.UndefinedType = _UNDEFINED,
        name_localizations: typing.Mapping[str, str] | undefined.UndefinedType = _UNDEFINED,
        description_localizations: typing.Mapping[str, str] | undefined.UndefinedType = _UNDEFINED,
        default_member_permissions: int | permissions_.Permissions | undefined.UndefinedType = _UNDEFINED,
        nsfw: bool | undefined.UndefinedType = _UNDEFINED,
    ) -> commands_.SlashCommand:
        """Create (or replace, when one of that name exists) a slash command."""

    @abc.abstractmethod
    async def create_context_menu_command(
        self,
        application: snowflakes.SnowflakeishOr,
        type: commands_.CommandType | int,
        name: str,
        *,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
        name_localizations: typing.Mapping[str, str] | undefined.UndefinedType = _UNDEFINED,
        default_member_permissions: int | permissions_.Permissions | undefined.UndefinedType = _UNDEFINED,
        nsfw: bool | undefined.UndefinedType = _UNDEFINED,
    ) -> commands_.ContextMenuCommand:
        """Create (or replace, when one of that name exists) a user or message command."""

    @abc.abstractmethod
    async def delete_application_command(
        self,
        application: snowflakes.SnowflakeishOr,
        command: snowflakes.SnowflakeishOr,
        guild: snowflakes.SnowflakeishOr | undefined.UndefinedType = _UNDEFINED,
    ) -> None:
        """Delete a global command, or a guild's with `guild`."""
