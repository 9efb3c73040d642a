"""The interaction methods that go over REST: the initial response, its edits, and followups.

Each is a thin call to `interaction.app.rest` with the interaction's own ID and token filled in,
as in hikari. The keyword arguments are the REST endpoint's, declared once here as `TypedDict`s.

```python
async def on_command(interaction: CommandInteraction):
    yield interaction.build_deferred_response()
    await interaction.edit_initial_response("done", attachment=hikari_like.Bytes(data, "report.csv"))
    await interaction.execute("a followup", flags=hikari_like.MessageFlag.EPHEMERAL)
```
"""

from __future__ import annotations

__all__ = [
    "EditFields",
    "FollowupFields",
    "InitialResponseFields",
    "InitialResponseMethods",
    "ModalResponseMethods",
    "WebhookMethods",
]

import typing

from hikari_like import undefined

if typing.TYPE_CHECKING:
    from hikari_like import embeds
    from hikari_like import files
    from hikari_like import messages
    from hikari_like import snowflakes
    from hikari_like import traits
    from hikari_like.impl.builders.components import ComponentBuilder
    from hikari_like.impl.builders.messages import Attachmentish
    from hikari_like.interactions import base_interactions
    from hikari_like.interactions import callback_responses
    from hikari_like.internal.mentions import MentionTargets


class _Mentions(typing.TypedDict, total=False):
    mentions_everyone: bool
    user_mentions: MentionTargets
    role_mentions: MentionTargets


class InitialResponseFields(_Mentions, total=False):
    """Keywords of `create_initial_response` (those of `RESTClientImpl.create_interaction_response`)."""

    flags: int | messages.MessageFlag
    tts: bool
    attachment: files.Resourceish | None
    attachments: typing.Sequence[files.Resourceish] | None
    component: ComponentBuilder | None
    components: typing.Sequence[ComponentBuilder] | None
    embed: embeds.Embed | None
    embeds: typing.Sequence[embeds.Embed] | None


class EditFields(_Mentions, total=False):
    """Keywords of the edit methods: a field left out is kept, `None` clears it."""

    attachment: Attachmentish | None
    attachments: typing.Sequence[Attachmentish] | None
    component: ComponentBuilder | None
    components: typing.Sequence[ComponentBuilder] | None
    embed: embeds.Embed | None
    embeds: typing.Sequence[embeds.Embed] | None


class FollowupFields(_Mentions, total=False):
    """Keywords of `execute` (those of `RESTClientImpl.execute_webhook`)."""

    flags: int | messages.MessageFlag
    tts: bool
    attachment: files.Resourceish
    attachments: typing.Sequence[files.Resourceish]
    component: ComponentBuilder
    components: typing.Sequence[ComponentBuilder]
    embed: embeds.Embed
    embeds: typing.Sequence[embeds.Embed]


class _Interaction(typing.Protocol):
    @property
    def app(self) -> traits.RESTAware: ...
    @property
    def id(self) -> snowflakes.Snowflake: ...
    @property
    def application_id(self) -> snowflakes.Snowflake: ...
    @property
    def token(self) -> str: ...


class WebhookMethods:
    """Followups: every interaction can send, fetch, edit and delete messages with its token."""

    __slots__ = ()

    async def execute(
        self: _Interaction, content: typing.Any = undefined.UNDEFINED, **fields: typing.Unpack[FollowupFields]
    ) -> messages.Message:
        """Send a followup message (`flags=MessageFlag.EPHEMERAL` for the user's eyes only)."""
        return await self.app.rest.execute_webhook(self.application_id, self.token, content, **fields)

    async def fetch_message(self: _Interaction, message: snowflakes.SnowflakeishOr) -> messages.Message:
        """Fetch a followup message (the initial response is `fetch_initial_response`)."""
        return await self.app.rest.fetch_webhook_message(self.application_id, self.token, message)

    async def edit_message(
        self: _Interaction,
        message: snowflakes.SnowflakeishOr,
        content: typing.Any = undefined.UNDEFINED,
        **fields: typing.Unpack[EditFields],
    ) -> messages.Message:
        """Edit a followup message; a field left out is kept, `None` clears it."""
        return await self.app.rest.edit_webhook_message(
            self.application_id, self.token, message, content, **fields
        )

    async def delete_message(self: _Interaction, message: snowflakes.SnowflakeishOr) -> None:
        """Delete a followup message."""
        await self.app.rest.delete_webhook_message(self.application_id, self.token, message)


class InitialResponseMethods:
    """The initial response over REST, for commands, components and modal submits."""

    __slots__ = ()

    async def create_initial_response(
        self: _Interaction,
        response_type: base_interactions.ResponseType | int,
        content: typing.Any = undefined.UNDEFINED,
        **fields: typing.Unpack[InitialResponseFields],
    ) -> callback_responses.InteractionCallbackResponse:
        """Answer over REST instead of returning a builder (the listener then returns `None`).

        Must happen within Discord's 3 seconds, once per interaction.
        """
        return await self.app.rest.create_interaction_response(
            self.id, self.token, response_type, content, **fields
        )

    async def fetch_initial_response(self: _Interaction) -> messages.Message:
        """The message the initial response created."""
        return await self.app.rest.fetch_interaction_response(self.application_id, self.token)

    async def edit_initial_response(
        self: _Interaction, content: typing.Any = undefined.UNDEFINED, **fields: typing.Unpack[EditFields]
    ) -> messages.Message:
        """Edit the initial response (after a deferral, this is how the answer arrives)."""
        return await self.app.rest.edit_interaction_response(
            self.application_id, self.token, content, **fields
        )

    async def delete_initial_response(self: _Interaction) -> None:
        """Delete the initial response."""
        await self.app.rest.delete_interaction_response(self.application_id, self.token)


class ModalResponseMethods:
    """Opening a modal over REST, for commands and components."""

    __slots__ = ()

    async def create_modal_response(
        self: _Interaction,
        title: str,
        custom_id: str,
        component: ComponentBuilder | undefined.UndefinedType = undefined.UNDEFINED,
        components: typing.Sequence[ComponentBuilder] | undefined.UndefinedType = undefined.UNDEFINED,
    ) -> callback_responses.InteractionCallbackResponse:
        """Open a modal as the initial response, over REST."""
        return await self.app.rest.create_modal_response(
            self.id, self.token, title=title, custom_id=custom_id, component=component, components=components
        )
