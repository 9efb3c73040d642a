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
    "ANSWERED_AT_ONCE",
    "AnswerState",
    "EditFields",
    "FollowupFields",
    "InitialEditFields",
    "InitialResponseFields",
    "InitialResponseMethods",
    "ModalResponseMethods",
    "WebhookMethods",
    "answer_state",
    "note_answer",
]

import typing

from hikari_like import errors
from hikari_like import undefined
from hikari_like.internal import upload_limits

if typing.TYPE_CHECKING:
    from hikari_like import embeds
    from hikari_like import files
    from hikari_like import messages
    from hikari_like import snowflakes
    from hikari_like import traits
    from hikari_like.impl.builders.components import ComponentBuilder
    from hikari_like.impl.builders.messages import Attachmentish
    from hikari_like.impl.builders.messages import PollBuildable
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
    poll: PollBuildable


class EditFields(_Mentions, total=False):
    """Keywords of the edit methods: a field left out is kept, `None` clears it."""

    attachment: Attachmentish | None
    attachments: typing.Sequence[Attachmentish] | None
    component: ComponentBuilder | None
    components: typing.Sequence[ComponentBuilder] | None
    embed: embeds.Embed | None
    embeds: typing.Sequence[embeds.Embed] | None


class InitialEditFields(EditFields, total=False):
    """Keywords of `edit_initial_response`: those of the edits, and a poll (only on the edit that
    completes a deferred response, the one edit Discord takes a poll on)."""

    poll: PollBuildable


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
    poll: PollBuildable


_V2_FLAG: typing.Final = 1 << 15  # MessageFlag.IS_COMPONENTS_V2, without importing messages here
# ResponseType.DEFERRED_MESSAGE_CREATE: the "thinking..." answer an edit completes.
_DEFERRED_CREATE: typing.Final = 5


class AnswerState:
    """What has been sent for one interaction so far; kept on the interaction (`answer_state`).

    The rules that depend on it: a poll only on the edit completing a deferred response, the
    components-v2 flag a deferral asked for set on that edit, and Discord's followup limit.
    """

    __slots__ = ("components_v2_due", "deferral_pending", "followups")

    def __init__(self) -> None:
        self.components_v2_due = False
        """A "thinking..." deferral asked for components v2 (Discord refuses the flag on it)."""
        self.deferral_pending: bool | None = None
        """`True` after a DEFERRED_MESSAGE_CREATE until the edit completing it, `False` after any
        other initial response, `None` while no initial response is known to this object."""
        self.followups = 0
        """Followups sent or on their way."""

    def note_initial_response(self, response_type: int, *, components_v2: bool = False) -> None:
        """Record the initial response's type, and whether a deferral asked for components v2."""
        self.deferral_pending = response_type == _DEFERRED_CREATE
        self.components_v2_due = self.deferral_pending and components_v2


ANSWERED_AT_ONCE: typing.Final = "answered at once"
"""What an interaction answered at once (not deferred) keeps as its answer state: most are never
edited, so the `AnswerState` is only made if a later call asks for it."""


def answer_state(interaction: object) -> AnswerState:
    """The interaction's `AnswerState`, made on first use."""
    state: AnswerState | str | None = getattr(interaction, "_answer_state", None)
    if type(state) is AnswerState:
        return state
    made = AnswerState()
    if state is ANSWERED_AT_ONCE:
        made.deferral_pending = False
    interaction._answer_state = made  # type: ignore[attr-defined] # a slot of PartialInteraction
    return made


def note_answer(interaction: object, response_type: int, *, components_v2: bool = False) -> None:
    """Record the initial response the interaction server sent (one attribute set when not deferred)."""
    if response_type == _DEFERRED_CREATE:
        answer_state(interaction).note_initial_response(response_type, components_v2=components_v2)
    else:
        interaction._answer_state = ANSWERED_AT_ONCE  # type: ignore[attr-defined] # a slot, as above


def _flags_value(flags: object) -> int:
    return flags if isinstance(flags, int) else 0


class _Interaction(typing.Protocol):
    @property
    def app(self) -> traits.RESTAware: ...
    @property
    def id(self) -> snowflakes.Snowflake: ...
    @property
    def application_id(self) -> snowflakes.Snowflake: ...
    @property
    def token(self) -> str: ...
    @property
    def attachment_size_limit(self) -> int: ...
    @property
    def followup_limit(self) -> int | None: ...


def _reserve_followup(interaction: _Interaction, state: AnswerState) -> None:
    limit = interaction.followup_limit
    if limit is not None and state.followups >= limit:
        msg = (
            f"an interaction whose only authorizing owner is a user install may have at most {limit} "
            "followup messages (Discord answers the next with error 40094); edit one instead"
        )
        raise errors.DiscordRuleError("followup_limit", msg)
    state.followups += 1


class WebhookMethods:
    """Followups: every interaction can send, fetch, edit and delete messages with its token."""

    __slots__ = ()

    async def execute(
        self: _Interaction, content: typing.Any = undefined.UNDEFINED, **fields: typing.Unpack[FollowupFields]
    ) -> messages.Message:
        """Send a followup message (`flags=MessageFlag.EPHEMERAL` for the user's eyes only).

        Refused before sending (`DiscordRuleError`): a file over the interaction's
        `attachment_size_limit`, and a followup past `followup_limit`.
        """
        state = answer_state(self)
        _reserve_followup(self, state)
        try:
            with upload_limits.upload_limit(self.attachment_size_limit):
                return await self.app.rest.execute_webhook(self.application_id, self.token, content, **fields)
        except BaseException:
            state.followups -= 1  # not sent (or refused): it does not count
            raise

    async def fetch_message(self: _Interaction, message: snowflakes.SnowflakeishOr) -> messages.Message:
        """Fetch a followup message (the initial response is `fetch_initial_response`)."""
        return await self.app.rest.fetch_webhook_message(self.application_id, self.token, message)

    async def edit_message(
        self: _Interaction,
        message: snowflakes.SnowflakeishOr,
        content: typing.Any = undefined.UNDEFINED,
        **fields: typing.Unpack[EditFields],
    ) -> messages.Message:
        """Edit a followup message; a field left out is kept, `None` clears it.

        A file over the interaction's `attachment_size_limit` is refused before sending.
        """
        with upload_limits.upload_limit(self.attachment_size_limit):
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

        Must happen within Discord's 3 seconds, once per interaction. `ResponseType.LAUNCH_ACTIVITY`
        takes no fields; its answer's `resource.activity_instance` names the Activity launched. A
        file over the interaction's `attachment_size_limit` is refused before sending.
        """
        with upload_limits.upload_limit(self.attachment_size_limit):
            response = await self.app.rest.create_interaction_response(
                self.id, self.token, response_type, content, **fields
            )
        v2 = bool(_flags_value(fields.get("flags")) & _V2_FLAG)
        answer_state(self).note_initial_response(response_type, components_v2=v2)
        return response

    async def fetch_initial_response(self: _Interaction) -> messages.Message:
        """The message the initial response created."""
        return await self.app.rest.fetch_interaction_response(self.application_id, self.token)

    async def edit_initial_response(
        self: _Interaction,
        content: typing.Any = undefined.UNDEFINED,
        **fields: typing.Unpack[InitialEditFields],
    ) -> messages.Message:
        """Edit the initial response (after a deferral, this is how the answer arrives).

        After a deferral that asked for components v2, this edit carries `IS_COMPONENTS_V2`.
        A `poll` is taken only on the edit that completes a deferred response (Discord's rule);
        a file over the interaction's `attachment_size_limit` is refused before sending.
        """
        state = answer_state(self)
        poll: object = fields.get("poll", undefined.UNDEFINED)
        if poll is not undefined.UNDEFINED and state.deferral_pending is False:
            msg = "a poll can be added by an edit only to a deferred response, before it is completed"
            raise errors.DiscordRuleError("poll.edit", msg)
        flags = _V2_FLAG if state.components_v2_due else undefined.UNDEFINED
        with upload_limits.upload_limit(self.attachment_size_limit):
            message = await self.app.rest.edit_interaction_response(
                self.application_id, self.token, content, flags=flags, **fields
            )
        if state.deferral_pending:
            state.deferral_pending = state.components_v2_due = False
        return message

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
