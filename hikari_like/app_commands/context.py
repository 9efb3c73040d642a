"""What a handler is given: the interaction, its options, and one way to answer it.

```python
@client.slash("report", "This week's report")
async def report(ctx: app_commands.SlashContext) -> None:
    await ctx.defer()  # the HTTP answer: Discord shows "thinking..."
    data = await build_report()  # runs once that answer is on its way
    await ctx.respond("Ready.", attachment=hikari_like.Bytes(data, "report.csv"))  # edits it
    await ctx.followup("Only you see this.", ephemeral=True)
```

The first answer a handler gives while Discord's request is open (`respond`, `defer`, `modal`,
`update`) becomes the HTTP response itself, and the handler goes on once it has been sent: no
REST call, no race with the edits and followups that come after it. An answer given later (the
handler awaited something slow first, past an auto-defer) goes over REST instead, with the same
call. After the first answer, `respond` completes a deferral (an edit) or sends a followup.
"""

from __future__ import annotations

__all__ = [
    "AutocompleteContext",
    "ComponentContext",
    "Context",
    "MessageContext",
    "ModalContext",
    "SlashContext",
    "UserContext",
]

import asyncio
import typing

from hikari_like import errors
from hikari_like import messages
from hikari_like import undefined
from hikari_like.impl.builders import responses
from hikari_like.interactions.base_interactions import ResponseType
from hikari_like.interactions.command_interactions import AutocompleteInteraction
from hikari_like.interactions.command_interactions import CommandInteraction
from hikari_like.interactions.component_interactions import ComponentInteraction
from hikari_like.interactions.modal_interactions import ModalInteraction

if typing.TYPE_CHECKING:
    from hikari_like import embeds as embeds_
    from hikari_like import files
    from hikari_like import locales
    from hikari_like import permissions
    from hikari_like import snowflakes
    from hikari_like import users
    from hikari_like.app_commands.client import Client
    from hikari_like.impl.builders.components import ComponentBuilder
    from hikari_like.interactions import base_interactions
    from hikari_like.internal.mentions import MentionTargets

_InteractionT_co = typing.TypeVar(
    "_InteractionT_co", bound="base_interactions.PartialInteraction", covariant=True
)
_EPHEMERAL: typing.Final = messages.MessageFlag.EPHEMERAL
_UNDEFINED: typing.Final = undefined.UNDEFINED
_MESSAGE_CREATE: typing.Final = ResponseType.MESSAGE_CREATE


class MessageFields(typing.TypedDict, total=False):
    """What a message answer may carry besides its content (as in hikari's REST methods)."""

    embed: embeds_.Embed
    embeds: typing.Sequence[embeds_.Embed]
    component: ComponentBuilder
    components: typing.Sequence[ComponentBuilder]
    attachment: files.Resourceish
    attachments: typing.Sequence[files.Resourceish]
    flags: int | messages.MessageFlag
    tts: bool
    mentions_everyone: bool
    user_mentions: MentionTargets
    role_mentions: MentionTargets


class _Done:
    """An awaitable that is already done: what `respond` returns when it only records.

    Its `__await__` is the empty tuple's `__iter__` (an exhausted iterator, which `await` takes
    as "done, with None"), so awaiting it runs no Python code at all.
    """

    __slots__ = ()
    __await__ = ().__iter__


_DONE: typing.Final = _Done()


# Where a context is in answering its interaction.
_LIVE: typing.Final = 0
"""The handler runs inside Discord's request: an answer is recorded and becomes the response."""
_SENDING: typing.Final = 1
"""The recorded answer is being sent; REST calls that need it wait until it is."""
_DETACHED: typing.Final = 2
"""The request is over: answers go over REST."""


class Context(typing.Generic[_InteractionT_co]):
    """What every handler gets: the interaction, who used it and where, and the client."""

    __slots__ = ("_answer", "_kind", "_phase", "_sent", "client", "command_key", "interaction")

    def __init__(self, interaction: _InteractionT_co, client: Client, command_key: str) -> None:
        self.interaction: _InteractionT_co = interaction
        """The interaction being answered (hikari_like's model, with all of hikari's methods)."""
        self.client = client
        """The command client that routed it."""
        self.command_key = command_key
        """A stable name of what was invoked (`"/tag show"`, `"component:role:{id:int}"`)."""
        self._phase = _LIVE
        self._kind: ResponseType | None = None
        # `_answer` is set with `_kind`, and `_sent` only when something waits for the answer to
        # be sent: a context is made per interaction, and most never need either.
        self._answer: typing.Any
        self._sent: asyncio.Future[None]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.command_key!r}, interaction={self.interaction.id})"

    @property
    def user(self) -> users.User:
        """Who used the command, button or form."""
        return self.interaction.user

    @property
    def member(self) -> base_interactions.InteractionMember | None:
        """The user as a member of the guild, with their permissions; `None` outside guilds."""
        return self.interaction.member

    @property
    def guild_id(self) -> snowflakes.Snowflake | None:
        """The guild it was used in; `None` in DMs."""
        return self.interaction.guild_id

    @property
    def channel_id(self) -> snowflakes.Snowflake:
        """The channel it was used in."""
        return self.interaction.channel_id

    @property
    def locale(self) -> str | locales.Locale:
        """The user's language."""
        return self.interaction.locale

    @property
    def app_permissions(self) -> permissions.Permissions | None:
        """What the application may do in this channel (`None` when Discord did not say)."""
        return self.interaction.app_permissions

    @property
    def is_answered(self) -> bool:
        """Whether an initial answer was given (or recorded to be sent)."""
        return self._kind is not None

    # -- the machinery the client drives (not for handlers) -----------------------------------

    def _record(self, builder: typing.Any, kind: ResponseType) -> None:
        if self._kind is not None:
            raise errors.ListenerError(
                f"{self.command_key}: the interaction was already answered ({self._kind.name}); "
                "use respond() or followup() for more messages"
            )
        self._answer, self._kind = builder, kind

    def _mark_sent(self) -> None:
        """The recorded answer went out: what waits for it may go on."""
        self._phase = _DETACHED
        sent = getattr(self, "_sent", None)
        if sent is not None and not sent.done():
            sent.set_result(None)

    async def _until_sent(self) -> None:
        """Wait while the answer is recorded but not sent yet (edits and followups need it there)."""
        if self._phase == _SENDING or (self._phase == _LIVE and self._kind is not None):
            sent = getattr(self, "_sent", None)
            if sent is None:
                sent = self._sent = asyncio.get_running_loop().create_future()
            await sent


class _Messages(Context[_InteractionT_co]):
    """respond / defer / edit / followup / delete, for everything answered with messages."""

    __slots__ = ()

    _deferral_type: typing.ClassVar[ResponseType] = ResponseType.DEFERRED_MESSAGE_CREATE

    def respond(
        self,
        content: str | undefined.UndefinedType = _UNDEFINED,
        *,
        ephemeral: bool = False,
        **fields: typing.Unpack[MessageFields],
    ) -> typing.Awaitable[None]:
        """Answer with a message; after the first answer, complete a deferral or send a followup.

        `ephemeral=True` shows it to the user alone. `fields` are hikari's message fields
        (`embed(s)`, `component(s)`, `attachment(s)`, `flags`, `tts`, mentions). Await it.
        """
        if self._kind is None and self._phase == _LIVE:
            # The usual answer: recorded, to become the HTTP response. Nothing to wait for, so
            # no coroutine is made for it (a measurable share of a small command's cost).
            if fields or ephemeral:
                self._answer = _message_builder(_MESSAGE_CREATE, content, _with_ephemeral(fields, ephemeral))
            else:
                builder = responses.InteractionMessageBuilder(_MESSAGE_CREATE)
                self._answer = builder if content is _UNDEFINED else builder.set_content(content)
            self._kind = _MESSAGE_CREATE
            return _DONE  # type: ignore[return-value] # awaitable: see `_Done`
        return self._respond_later(content, ephemeral, fields)

    async def _respond_later(
        self, content: str | undefined.UndefinedType, ephemeral: bool, fields: MessageFields
    ) -> None:
        kind = self._kind
        if kind is None:
            await self._answer_with(ResponseType.MESSAGE_CREATE, content, ephemeral, fields)
        elif kind is self._deferral_type:
            await self._complete_deferral(content, fields)
        else:
            await self.followup(content, ephemeral=ephemeral, **fields)

    async def defer(self, *, ephemeral: bool = False) -> None:
        """Answer "thinking..." now, and the message later with `respond` (or `edit`)."""
        flags = _EPHEMERAL if ephemeral else _UNDEFINED
        if self._phase == _LIVE:
            self._record(
                responses.InteractionDeferredBuilder(self._deferral_type, flags=flags), self._deferral_type
            )
            return
        self._record(None, self._deferral_type)
        await self._answer_over_rest(self._deferral_type, _UNDEFINED, {"flags": flags} if flags else {})

    async def edit(
        self,
        content: str | undefined.UndefinedType | None = _UNDEFINED,
        **fields: typing.Unpack[MessageFields],
    ) -> messages.Message:
        """Edit the first answer (or the message a deferral stands for)."""
        await self._until_sent()
        edit_fields = {key: value for key, value in fields.items() if key not in ("flags", "tts")}
        message: messages.Message = await self._interaction_methods().edit_initial_response(
            content, **edit_fields
        )
        if self._kind is self._deferral_type:
            self._kind = ResponseType.MESSAGE_CREATE
        return message

    async def followup(
        self,
        content: str | undefined.UndefinedType = _UNDEFINED,
        *,
        ephemeral: bool = False,
        **fields: typing.Unpack[MessageFields],
    ) -> messages.Message:
        """Send another message (Discord allows followups for 15 minutes)."""
        await self._until_sent()
        fields = _with_ephemeral(fields, ephemeral)
        message: messages.Message = await self._interaction_methods().execute(content, **fields)
        return message

    async def delete(self) -> None:
        """Delete the first answer."""
        await self._until_sent()
        await self._interaction_methods().delete_initial_response()

    async def _complete_deferral(self, content: str | undefined.UndefinedType, fields: MessageFields) -> None:
        await self.edit(content, **fields)

    async def _answer_with(
        self,
        kind: ResponseType,
        content: str | undefined.UndefinedType,
        ephemeral: bool,
        fields: MessageFields,
    ) -> None:
        fields = _with_ephemeral(fields, ephemeral)
        if self._phase == _LIVE:
            self._record(_message_builder(kind, content, fields), kind)
            return
        self._record(None, kind)
        await self._answer_over_rest(kind, content, fields)

    async def _answer_over_rest(
        self,
        kind: ResponseType,
        content: str | undefined.UndefinedType,
        fields: typing.Mapping[str, typing.Any],
    ) -> None:
        try:
            await self._interaction_methods().create_initial_response(kind, content, **fields)
        except BaseException:
            self._kind = None  # not answered: the handler may try again
            raise

    def _interaction_methods(self) -> typing.Any:
        # Every interaction these contexts hold has hikari's REST methods.
        return self.interaction


class _Modals(Context[_InteractionT_co]):
    __slots__ = ()

    async def modal(self, title: str, custom_id: str, *components: ComponentBuilder) -> None:
        """Answer with a form (`components`: rows or labels of inputs); only as the first answer."""
        if self._phase == _LIVE:
            builder = responses.InteractionModalBuilder(title, custom_id, components=list(components))
            self._record(builder, ResponseType.MODAL)
            return
        self._record(None, ResponseType.MODAL)
        interaction = typing.cast("typing.Any", self.interaction)
        await interaction.create_modal_response(title, custom_id, components=list(components))


class _Updates(_Messages[_InteractionT_co]):
    __slots__ = ()

    async def update(
        self,
        content: str | undefined.UndefinedType | None = _UNDEFINED,
        **fields: typing.Unpack[MessageFields],
    ) -> None:
        """Edit the message the component is on (the first answer), or edit it again later."""
        if self._kind is None:
            await self._answer_with(
                ResponseType.MESSAGE_UPDATE, typing.cast("typing.Any", content), False, fields
            )
            return
        await self.edit(content, **fields)

    async def defer_update(self) -> None:
        """Answer "nothing visible yet"; change the message later with `update` or `edit`."""
        kind = ResponseType.DEFERRED_MESSAGE_UPDATE
        if self._phase == _LIVE:
            self._record(responses.InteractionDeferredBuilder(kind), kind)
            return
        self._record(None, kind)
        await self._answer_over_rest(kind, _UNDEFINED, {})


class SlashContext(_Modals[CommandInteraction], _Messages[CommandInteraction]):
    """A slash command's context. Options arrive as the handler's parameters."""

    __slots__ = ()


class UserContext(SlashContext):
    """A user command's context (right-click a user > Apps)."""

    __slots__ = ()

    @property
    def target(self) -> users.User:
        """The user the command was used on."""
        user: users.User = _target(self.interaction, "users")
        return user

    @property
    def target_member(self) -> base_interactions.InteractionMember | None:
        """That user as a member of this guild (`None` outside guilds)."""
        resolved = self.interaction.resolved
        target = self.interaction.target_id
        return None if resolved is None or target is None else resolved.members.get(target)


class MessageContext(SlashContext):
    """A message command's context (right-click a message > Apps)."""

    __slots__ = ()

    @property
    def target(self) -> messages.Message:
        """The message the command was used on."""
        message: messages.Message = _target(self.interaction, "messages")
        return message


class ComponentContext(_Modals[ComponentInteraction], _Updates[ComponentInteraction]):
    """A button's or select menu's context; captures of the custom_id arrive as parameters."""

    __slots__ = ()

    @property
    def custom_id(self) -> str:
        """The clicked component's full `custom_id` (its captures arrive as parameters)."""
        return self.interaction.custom_id

    @property
    def values(self) -> typing.Sequence[str]:
        """A select menu's chosen values (IDs for user, role, channel and mentionable menus)."""
        return self.interaction.values

    @property
    def message(self) -> messages.Message:
        """The message the component is on."""
        return self.interaction.message


class ModalContext(_Updates[ModalInteraction]):
    """A submitted form's context; captures of its custom_id arrive as parameters."""

    __slots__ = ()

    @property
    def custom_id(self) -> str:
        """The submitted modal's full `custom_id` (its captures arrive as parameters)."""
        return self.interaction.custom_id

    def value(self, custom_id: str) -> typing.Any:
        """What the user entered in the field `custom_id` (text, chosen values, files...)."""
        return self.interaction.get_value(custom_id)


class AutocompleteContext(Context[AutocompleteInteraction]):
    """An autocomplete handler's context: what is typed in the focused option so far."""

    __slots__ = ()

    @property
    def value(self) -> str:
        """The text typed in the focused option so far (numbers arrive as typed, too)."""
        focused = self.interaction.focused_option
        return "" if focused is None or focused.value is None else str(focused.value)

    @property
    def option(self) -> str:
        """The name of the focused option."""
        focused = self.interaction.focused_option
        return "" if focused is None else focused.name

    @property
    def options(self) -> typing.Mapping[str, object]:
        """The other options' values so far, by name (as typed: not validated by Discord yet)."""
        found: dict[str, object] = {}
        pending = list(self.interaction.options)
        while pending:
            item = pending.pop()
            if item.options:
                pending.extend(item.options)
            elif not item.is_focused:
                found[item.name] = item.value
        return found


def _target(interaction: CommandInteraction, table: str) -> typing.Any:
    resolved, target = interaction.resolved, interaction.target_id
    found = None if resolved is None or target is None else getattr(resolved, table).get(target)
    if found is None:
        raise errors.ListenerError(f"Discord did not resolve the target of {interaction.command_name!r}")
    return found


def _with_ephemeral(fields: MessageFields, ephemeral: bool) -> MessageFields:
    if not ephemeral:
        return fields
    return {**fields, "flags": messages.MessageFlag(int(fields.get("flags", 0))) | _EPHEMERAL}


def _message_builder(
    kind: ResponseType, content: str | undefined.UndefinedType, fields: MessageFields
) -> responses.InteractionMessageBuilder:
    if not fields:  # the usual answer: text alone
        builder = responses.InteractionMessageBuilder(kind)
        return builder if content is _UNDEFINED else builder.set_content(content)
    return responses.InteractionMessageBuilder(
        kind,
        content,
        flags=fields.get("flags", _UNDEFINED),
        is_tts=fields.get("tts", _UNDEFINED),
        mentions_everyone=fields.get("mentions_everyone", _UNDEFINED),
        user_mentions=fields.get("user_mentions", _UNDEFINED),
        role_mentions=fields.get("role_mentions", _UNDEFINED),
        embeds=_both(fields, "embed", "embeds"),
        components=_both(fields, "component", "components"),
        attachments=_both(fields, "attachment", "attachments"),
    )


def _both(fields: MessageFields, one: str, many: str) -> typing.Any:
    single, several = fields.get(one, _UNDEFINED), fields.get(many, _UNDEFINED)
    if single is _UNDEFINED:
        return several
    if several is not _UNDEFINED:
        raise ValueError(f"pass {one}= or {many}=, not both")
    return [single]
