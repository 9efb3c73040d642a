"""Interaction responses: a message, a deferral, autocomplete choices, a modal, or an activity.

Each builder's `build()` is pure and returns the whole response body and the files to attach:

```python
async def on_command(interaction):
    return InteractionMessageBuilder(ResponseType.MESSAGE_CREATE, "pong").set_flags(MessageFlag.EPHEMERAL)
```
"""

from __future__ import annotations

__all__ = [
    "AutocompleteChoiceBuilder",
    "InteractionAutocompleteBuilder",
    "InteractionDeferredBuilder",
    "InteractionLaunchActivityBuilder",
    "InteractionMessageBuilder",
    "InteractionModalBuilder",
    "deferral_flags",
]

import functools
import logging
import typing

import attrs

from hikari_like import errors
from hikari_like import messages as message_models
from hikari_like import undefined
from hikari_like.impl.builders import checks as builder_checks
from hikari_like.impl.builders import component_rules
from hikari_like.impl.builders import message_rules
from hikari_like.impl.builders import messages as message_builders
from hikari_like.interactions import base_interactions

if typing.TYPE_CHECKING:
    from hikari_like import embeds as embed_models
    from hikari_like import files
    from hikari_like.impl.builders.components import ComponentBuilder
    from hikari_like.internal import mentions
    from hikari_like.internal.json import JSONObject

_UNDEFINED: typing.Final = undefined.UNDEFINED
_ResponseType = base_interactions.ResponseType
# Module constants: an enum attribute read costs a class-dict lookup on every use.
_MESSAGE_CREATE: typing.Final = _ResponseType.MESSAGE_CREATE
_MESSAGE_UPDATE: typing.Final = _ResponseType.MESSAGE_UPDATE
_DEFERRED_MESSAGE_CREATE: typing.Final = _ResponseType.DEFERRED_MESSAGE_CREATE
_DEFERRED_MESSAGE_UPDATE: typing.Final = _ResponseType.DEFERRED_MESSAGE_UPDATE
_MESSAGE_TYPES: typing.Final = frozenset({_ResponseType.MESSAGE_CREATE, _ResponseType.MESSAGE_UPDATE})
_DEFERRED_TYPES: typing.Final = frozenset(
    {_ResponseType.DEFERRED_MESSAGE_CREATE, _ResponseType.DEFERRED_MESSAGE_UPDATE}
)
MAX_CHOICES: typing.Final = 25
MAX_EMBEDS: typing.Final = 10
MAX_ATTACHMENTS: typing.Final = 10
MAX_ACTION_ROWS: typing.Final = 5
MAX_V2_COMPONENTS: typing.Final = 40
_Flags = typing.Union[int, "message_models.MessageFlag", undefined.UndefinedType]
_IS_COMPONENTS_V2: typing.Final = int(message_models.MessageFlag.IS_COMPONENTS_V2)
_LOGGER: typing.Final = logging.getLogger("hikari_like.builders")
_Attachmentish = message_builders.Attachmentish


def _checked_type(value: int, allowed: frozenset[_ResponseType]) -> _ResponseType:
    response_type = value if type(value) is _ResponseType else _ResponseType(value)
    if response_type not in allowed:
        names = " or ".join(sorted(member.name for member in allowed))
        msg = f"this builder sends {names}, not {response_type.name}"
        raise ValueError(msg)
    return response_type


def _message_type(value: int) -> _ResponseType:
    # The members `build_response()` passes are accepted by identity, before any enum work.
    if value is _MESSAGE_CREATE or value is _MESSAGE_UPDATE:
        return value
    return _checked_type(value, _MESSAGE_TYPES)


def _deferred_type(value: int) -> _ResponseType:
    if value is _DEFERRED_MESSAGE_CREATE or value is _DEFERRED_MESSAGE_UPDATE:
        return value
    return _checked_type(value, _DEFERRED_TYPES)


@attrs.define(slots=True)
class AutocompleteChoiceBuilder:
    """One autocomplete suggestion: what the user sees (`name`) and what the option gets (`value`)."""

    name: str = attrs.field(validator=builder_checks.text_length(1, 100))
    value: int | float | str = attrs.field()

    @value.validator
    def _check_value(self, _: attrs.Attribute[typing.Any], value: int | float | str) -> None:
        if isinstance(value, str) and len(value) > 100:
            msg = f"a choice's string value can be at most 100 characters, got {len(value)}"
            raise ValueError(msg)

    def set_name(self, name: str, /) -> typing.Self:
        """Set `name`: the suggestion the user sees (1 to 100 characters).

        Returns the builder, for chaining.
        """
        self.name = name
        return self

    def set_value(self, value: int | float | str, /) -> typing.Self:
        """Set `value`: what the option receives if the user picks this suggestion.

        Its type must match the option's (string, integer or number); a string is at most 100
        characters. Returns the builder, for chaining.
        """
        self.value = value
        return self

    def build(self) -> JSONObject:
        """The choice object: `name` and `value`. Pure."""
        return {"name": self.name, "value": self.value}


def _choice_tuple(
    choices: typing.Iterable[AutocompleteChoiceBuilder],
) -> tuple[AutocompleteChoiceBuilder, ...]:
    return tuple(choices)


def _check_choices(_: object, __: object, value: typing.Sequence[AutocompleteChoiceBuilder]) -> None:
    if len(value) > MAX_CHOICES:
        msg = f"at most {MAX_CHOICES} autocomplete choices allowed, got {len(value)}"
        raise ValueError(msg)


@attrs.define(slots=True)
class InteractionAutocompleteBuilder:
    """Answer an autocomplete interaction with up to 25 choices."""

    choices: typing.Sequence[AutocompleteChoiceBuilder] = attrs.field(
        factory=tuple, converter=_choice_tuple, validator=_check_choices
    )

    @property
    def type(self) -> typing.Literal[base_interactions.ResponseType.AUTOCOMPLETE]:
        """Always `ResponseType.AUTOCOMPLETE`."""
        return base_interactions.ResponseType.AUTOCOMPLETE

    def set_choices(self, choices: typing.Sequence[AutocompleteChoiceBuilder], /) -> typing.Self:
        """Replace every suggestion with `choices` (at most 25; an empty list shows none).

        Returns the builder, for chaining.
        """
        self.choices = choices
        return self

    def add_choice(self, name: str, value: int | float | str, /) -> typing.Self:
        """Append one choice."""
        self.choices = (*self.choices, AutocompleteChoiceBuilder(name, value))
        return self

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The response body, `{"type": 8, "data": {"choices": [...]}}`, and no files. Pure."""
        data = {"choices": [choice.build() for choice in self.choices]}
        return {"type": int(self.type), "data": data}, ()


# Made once per deferred answer: the constructor is hand-written and plain attribute assignment
# skips attrs' per-assignment hooks (the slow part of an attrs `__init__`); `type` is checked here.
@attrs.define(slots=True, init=False, on_setattr=attrs.setters.NO_OP)
class InteractionDeferredBuilder:
    """Acknowledge now, answer within 15 minutes by editing the original response.

    `DEFERRED_MESSAGE_CREATE` shows "thinking..."; `flags=MessageFlag.EPHEMERAL` makes the
    eventual message ephemeral. `DEFERRED_MESSAGE_UPDATE` (components only) shows nothing.

    Discord takes only `EPHEMERAL` on a deferral. `IS_COMPONENTS_V2` in `flags` is kept here but
    not sent (`build()` logs a warning, once per process): `is_components_v2` says it was asked for, and
    the interaction's `edit_initial_response` sets the flag on the edit that completes the answer.

    >>> InteractionDeferredBuilder(ResponseType.DEFERRED_MESSAGE_CREATE, flags=MessageFlag.EPHEMERAL).build()
    ({'type': 5, 'data': {'flags': 64}}, ())
    """

    type: base_interactions.ResponseType = attrs.field()
    flags: _Flags = attrs.field(default=_UNDEFINED, kw_only=True)

    def __init__(self, type: int, *, flags: _Flags = _UNDEFINED) -> None:
        self.type = _deferred_type(type)
        self.flags = flags

    @property
    def is_components_v2(self) -> bool:
        """Whether the answer completing this deferral is a components-v2 message (asked in `flags`)."""
        flags = self.flags
        return flags is not _UNDEFINED and bool(flags & _IS_COMPONENTS_V2)

    def set_flags(self, flags: _Flags, /) -> typing.Self:
        """Set `flags`: the message flags the deferral asks for, usually `MessageFlag.EPHEMERAL`.

        Only `EPHEMERAL` reaches Discord; `IS_COMPONENTS_V2` is kept for the edit that completes the
        answer (see `is_components_v2`); `UNDEFINED` sends none. Returns the builder, for chaining.
        """
        self.flags = flags
        return self

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The response body (with `data.flags` only when flags remain to send) and no files. Pure."""
        flags = deferral_flags(self.flags)
        if flags is _UNDEFINED:
            return {"type": int(self.type)}, ()
        return {"type": int(self.type), "data": {"flags": int(flags)}}, ()


def deferral_flags(flags: _Flags) -> _Flags:
    """The flags a deferral sends: `flags` without `IS_COMPONENTS_V2` (`UNDEFINED` if nothing is left).

    Leaving the flag out logs a warning, once per process.
    """
    if flags is _UNDEFINED or not flags & _IS_COMPONENTS_V2:
        return flags
    _warn_v2_deferral()
    remaining = flags & ~_IS_COMPONENTS_V2
    return remaining if remaining else _UNDEFINED


# Cached, so it logs once per process: the flag is handled (set on the later edit), the warning
# only tells the developer why the deferral itself does not carry it.
@functools.cache
def _warn_v2_deferral() -> None:
    _LOGGER.warning(
        "IS_COMPONENTS_V2 was set on a deferred response, where Discord accepts only EPHEMERAL: it is "
        "left out of the deferral and set on the edit_initial_response() that completes the answer"
    )


@attrs.define(slots=True)
class InteractionLaunchActivityBuilder:
    """Launch the application's Activity as the answer (`LAUNCH_ACTIVITY`, type 12, no data).

    Commands, components and modal submits may answer with it, for apps with Activities enabled;
    over REST the callback's `resource.activity_instance` names the instance launched.

    ```python
    async def on_command(interaction: CommandInteraction) -> InteractionLaunchActivityBuilder:
        return interaction.build_launch_activity_response()
    ```
    """

    @property
    def type(self) -> typing.Literal[base_interactions.ResponseType.LAUNCH_ACTIVITY]:
        """Always `ResponseType.LAUNCH_ACTIVITY`."""
        return base_interactions.ResponseType.LAUNCH_ACTIVITY

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The response body, `{"type": 12}`, and no files. Pure."""
        return {"type": int(self.type)}, ()


_T = typing.TypeVar("_T")


def _list_or_marker(
    value: typing.Iterable[_T] | undefined.UndefinedType | None,
) -> list[_T] | undefined.UndefinedType | None:
    # Copy what the caller passed, so their list and the builder never share changes.
    return value if value is None or value is _UNDEFINED else list(value)


def _check_content(_: object, __: object, value: object) -> None:
    if isinstance(value, str) and len(value) > 2000:
        msg = f"message content can be at most 2000 characters, got {len(value)}"
        raise ValueError(msg)


# The setters validate what they take; attrs' validate-and-convert on every assignment would
# run again on each `set_*` call, on the hot path of every answer. The constructor is written by
# hand for the same reason: attrs' one runs every converter and validator, defaults included,
# and `build_response()` makes one of these per interaction.
@attrs.define(slots=True, init=False, on_setattr=attrs.setters.NO_OP)
class InteractionMessageBuilder:
    """Answer with a message (`MESSAGE_CREATE`) or edit the component's message (`MESSAGE_UPDATE`).

    >>> builder = InteractionMessageBuilder(ResponseType.MESSAGE_CREATE, "hello")
    >>> builder.add_embed(Embed(title="hi")).set_user_mentions([user_id]).build()
    """

    type: base_interactions.ResponseType = attrs.field()
    content: str | undefined.UndefinedType | None = attrs.field(default=_UNDEFINED)
    flags: _Flags = attrs.field(default=_UNDEFINED, kw_only=True)
    is_tts: bool | undefined.UndefinedType = attrs.field(default=_UNDEFINED, kw_only=True)
    mentions_everyone: bool | undefined.UndefinedType = attrs.field(default=_UNDEFINED, kw_only=True)
    user_mentions: mentions.MentionTargets | undefined.UndefinedType = attrs.field(
        default=_UNDEFINED, kw_only=True
    )
    role_mentions: mentions.MentionTargets | undefined.UndefinedType = attrs.field(
        default=_UNDEFINED, kw_only=True
    )
    _attachments: list[message_builders.Attachmentish] | undefined.UndefinedType | None = attrs.field(
        default=_UNDEFINED, kw_only=True, alias="attachments"
    )
    _components: list[ComponentBuilder] | undefined.UndefinedType | None = attrs.field(
        default=_UNDEFINED, kw_only=True, alias="components"
    )
    _embeds: list[embed_models.Embed] | undefined.UndefinedType | None = attrs.field(
        default=_UNDEFINED, kw_only=True, alias="embeds"
    )
    _poll: message_builders.PollBuildable | undefined.UndefinedType = attrs.field(
        default=_UNDEFINED, kw_only=True, alias="poll"
    )

    def __init__(
        self,
        type: int,
        content: str | undefined.UndefinedType | None = _UNDEFINED,
        *,
        flags: _Flags = _UNDEFINED,
        is_tts: bool | undefined.UndefinedType = _UNDEFINED,
        mentions_everyone: bool | undefined.UndefinedType = _UNDEFINED,
        user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED,
        poll: message_builders.PollBuildable | undefined.UndefinedType = _UNDEFINED,
        attachments: typing.Iterable[_Attachmentish] | undefined.UndefinedType | None = _UNDEFINED,
        components: typing.Iterable[ComponentBuilder] | undefined.UndefinedType | None = _UNDEFINED,
        embeds: typing.Iterable[embed_models.Embed] | undefined.UndefinedType | None = _UNDEFINED,
    ) -> None:
        self.type = _message_type(type)
        if content is not _UNDEFINED:
            _check_content(self, None, content)
        self.content = content
        self.flags = flags
        self.is_tts = is_tts
        self.mentions_everyone = mentions_everyone
        self.user_mentions = user_mentions
        self.role_mentions = role_mentions
        self._poll = poll
        # The defaults skip the copying calls: most builders start empty.
        self._attachments = attachments if attachments is _UNDEFINED else _list_or_marker(attachments)
        self._components = components if components is _UNDEFINED else _list_or_marker(components)
        self._embeds = embeds if embeds is _UNDEFINED else _list_or_marker(embeds)

    @property
    def attachments(self) -> typing.Sequence[message_builders.Attachmentish] | undefined.UndefinedType | None:
        """The attachments (a copy); `None` means "remove all" on an update."""
        return list(self._attachments) if self._attachments else self._attachments

    @property
    def components(self) -> typing.Sequence[ComponentBuilder] | undefined.UndefinedType | None:
        """The top-level components (a copy)."""
        return list(self._components) if self._components else self._components

    @property
    def embeds(self) -> typing.Sequence[embed_models.Embed] | undefined.UndefinedType | None:
        """The embeds (a copy)."""
        return list(self._embeds) if self._embeds else self._embeds

    @property
    def poll(self) -> message_builders.PollBuildable | undefined.UndefinedType:
        """The poll to send with the message (not with components v2, nor on an update)."""
        return self._poll

    def set_poll(self, poll: message_builders.PollBuildable | undefined.UndefinedType, /) -> typing.Self:
        """Send a poll with the message (`UNDEFINED` removes it from the builder).

        ```python
        return interaction.build_response().set_poll(PollBuilder("Lunch?").add_answer(text="Pizza"))
        ```
        """
        self._poll = poll
        return self

    def set_content(self, content: str | undefined.UndefinedType, /) -> typing.Self:
        """Set `content`: the message text (at most 2000 characters; not allowed with components v2).

        A non-string is converted with `str()`; `UNDEFINED` sends no `content` (use
        `clear_content` to send `null`). Returns the builder, for chaining.
        """
        content = content if content is _UNDEFINED else str(content)
        _check_content(self, None, content)
        self.content = content
        return self

    def clear_content(self, /) -> typing.Self:
        """Send `content: null` (on an update: remove the text)."""
        self.content = None
        return self

    def add_attachment(self, attachment: message_builders.Attachmentish, /) -> typing.Self:
        """Attach a file (at most 10), or keep an existing attachment on an update."""
        current = self._attachments or []
        builder_checks.check_count("attachments", len(current), MAX_ATTACHMENTS)
        self._attachments = [*current, attachment]
        return self

    def clear_attachments(self, /) -> typing.Self:
        """Send no attachments (on an update: remove them all)."""
        self._attachments = None
        return self

    def add_component(self, component: ComponentBuilder, /) -> typing.Self:
        """Add a top-level component: an action row, or a components-v2 component."""
        current = self._components or []
        is_v2 = any(c.type in message_builders.V2_COMPONENT_TYPES for c in [*current, component])
        maximum = MAX_V2_COMPONENTS if is_v2 else MAX_ACTION_ROWS
        builder_checks.check_count("top-level components", len(current), maximum)
        self._components = [*current, component]
        return self

    def clear_components(self, /) -> typing.Self:
        """Send `components: null` (on an update: remove every component from the message).

        Returns the builder, for chaining.
        """
        self._components = None
        return self

    def add_embed(self, embed: embed_models.Embed, /) -> typing.Self:
        """Add an embed (at most 10)."""
        current = self._embeds or []
        builder_checks.check_count("embeds", len(current), MAX_EMBEDS)
        self._embeds = [*current, embed]
        return self

    def clear_embeds(self, /) -> typing.Self:
        """Send `embeds: null` (on an update: remove every embed from the message).

        Returns the builder, for chaining.
        """
        self._embeds = None
        return self

    def set_flags(self, flags: _Flags, /) -> typing.Self:
        """Set `flags`: message flags such as `MessageFlag.EPHEMERAL` or `SUPPRESS_EMBEDS`.

        `IS_COMPONENTS_V2` is added for you when a components-v2 component is present;
        `UNDEFINED` sends no flags. Returns the builder, for chaining.
        """
        self.flags = flags
        return self

    def set_tts(self, tts: bool | undefined.UndefinedType, /) -> typing.Self:
        """Set `is_tts`: whether Discord reads the message aloud (text-to-speech).

        `UNDEFINED` leaves Discord's default, `False`. Returns the builder, for chaining.
        """
        self.is_tts = tts
        return self

    def set_mentions_everyone(self, state: bool | undefined.UndefinedType = _UNDEFINED, /) -> typing.Self:
        """Set `mentions_everyone`: whether `@everyone` and `@here` in the text ping anyone.

        With every mention setting `UNDEFINED`, a new message pings nobody; once one is set, the
        others still allow nothing unless set too. Returns the builder, for chaining.
        """
        self.mentions_everyone = state
        return self

    def set_user_mentions(
        self, user_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED, /
    ) -> typing.Self:
        """Set `user_mentions`: the users the message may ping.

        `True` allows every mentioned user, `False` none, or pass the users (or their IDs) to allow;
        `UNDEFINED` allows none in a new message. Returns the builder, for chaining.
        """
        self.user_mentions = user_mentions
        return self

    def set_role_mentions(
        self, role_mentions: mentions.MentionTargets | undefined.UndefinedType = _UNDEFINED, /
    ) -> typing.Self:
        """Set `role_mentions`: the roles the message may ping.

        `True` allows every mentioned role, `False` none, or pass the roles (or their IDs) to allow;
        `UNDEFINED` allows none in a new message. Returns the builder, for chaining.
        """
        self.role_mentions = role_mentions
        return self

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The response body (`type` and the message `data`) and the files to upload with it. Pure.

        Discord's message rules are checked here: a components-v2 message that also has content,
        embeds or a poll, or a component tree Discord would refuse, raises `DiscordRuleError`.
        """
        content = self.content
        # Most answers are plain text: they skip the general serialiser's upload and shortcut
        # bookkeeping (tests check that both paths give the same payload).
        if (
            self._embeds is _UNDEFINED
            and self._attachments is _UNDEFINED
            and self._components is _UNDEFINED
            and self._poll is _UNDEFINED
            and (type(content) is str or content is _UNDEFINED or content is None)
        ):
            return {"type": int(self.type), "data": self._text_data(content)}, []
        data, uploads = message_builders.serialize_message_fields(
            content=content,
            embeds=self._embeds,
            attachments=self._attachments,
            components=self._components,
            flags=self.flags,
            tts=self.is_tts,
            mentions_everyone=self.mentions_everyone,
            user_mentions=self.user_mentions,
            role_mentions=self.role_mentions,
            poll=self._poll,
            editing=self.type is _ResponseType.MESSAGE_UPDATE,
        )
        return {"type": int(self.type), "data": data}, uploads

    def _text_data(self, content: str | undefined.UndefinedType | None) -> JSONObject:
        """`serialize_message_fields` for a message with no embeds, attachments or components."""
        data: JSONObject = {} if content is _UNDEFINED else {"content": content}
        message_builders.put_message_options(
            data,
            flags=self.flags,
            tts=self.is_tts,
            mentions_everyone=self.mentions_everyone,
            user_mentions=self.user_mentions,
            role_mentions=self.role_mentions,
            editing=self.type is _MESSAGE_UPDATE,
        )
        flags = self.flags
        if flags is not _UNDEFINED and flags & _IS_COMPONENTS_V2:
            message_rules.check_message_payload(data, is_v2=True)  # the general path checks it too
        return data


def _component_list(value: typing.Iterable[ComponentBuilder]) -> list[ComponentBuilder]:
    return list(value)


def _check_modal_components(_: object, __: object, value: typing.Sequence[ComponentBuilder]) -> None:
    # Checked as components are added, so the mistake surfaces where it is made; `build` checks
    # the whole tree (`component_rules.check_modal_components`).
    if len(value) > component_rules.MAX_MODAL_COMPONENTS:
        msg = f"a modal holds at most {component_rules.MAX_MODAL_COMPONENTS} components, got {len(value)}"
        raise errors.DiscordRuleError("modal.components", msg)
    for component in value:
        if component.type not in component_rules.MODAL_TOP_LEVEL:
            msg = f"a modal takes action rows, labels and text displays, not {component.type!r}"
            raise errors.DiscordRuleError("modal.components", msg)


@attrs.define(slots=True)
class InteractionModalBuilder:
    """Open a modal: a title, your `custom_id`, and up to 5 rows, labels or text displays."""

    title: str = attrs.field(validator=builder_checks.text_length(1, 45))
    custom_id: str = attrs.field(validator=builder_checks.text_length(1, 100))
    _components: list[ComponentBuilder] = attrs.field(
        factory=list, alias="components", converter=_component_list, validator=_check_modal_components
    )

    @property
    def type(self) -> typing.Literal[base_interactions.ResponseType.MODAL]:
        """Always `ResponseType.MODAL`."""
        return base_interactions.ResponseType.MODAL

    @property
    def components(self) -> typing.Sequence[ComponentBuilder]:
        """The modal's top-level components (a copy), in the order they are shown."""
        return list(self._components)

    def set_title(self, title: str, /) -> typing.Self:
        """Set `title`: the heading of the modal's window (1 to 45 characters).

        Returns the builder, for chaining.
        """
        self.title = title
        return self

    def set_custom_id(self, custom_id: str, /) -> typing.Self:
        """Set `custom_id`: the ID the modal submission comes back with (1 to 100 characters).

        Returns the builder, for chaining.
        """
        self.custom_id = custom_id
        return self

    def add_component(self, component: ComponentBuilder, /) -> typing.Self:
        """Add a `ModalActionRowBuilder`, `LabelComponentBuilder` or `TextDisplayComponentBuilder`."""
        self._components = [*self._components, component]
        return self

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The response body (`title`, `custom_id`, the built components) and their files. Pure.

        Raises `ValueError` for an empty modal and `DiscordRuleError` for a component tree Discord
        would refuse.
        """
        if not self._components:
            msg = "a modal needs at least one component"
            raise ValueError(msg)
        rows: list[JSONObject] = []
        uploads: list[files.Resource] = []
        for component in self._components:
            payload, component_files = component.build()
            rows.append(payload)
            uploads.extend(component_files)
        component_rules.check_modal_components(rows)
        data = {"title": self.title, "custom_id": self.custom_id, "components": rows}
        return {"type": int(self.type), "data": data}, uploads
