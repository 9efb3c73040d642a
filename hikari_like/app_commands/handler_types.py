"""The shapes of handlers, as type checkers see them.

A handler takes its context first, then its options (or custom_id captures) by keyword, and
answers through the context or by returning (or yielding) a response builder. These aliases
are the decorators' bounds, so mypy reports a handler that takes the wrong context, takes none,
or returns a builder Discord refuses for it (a modal answering a modal, a message answering
autocomplete).
"""

from __future__ import annotations

__all__ = [
    "AutocompleteAnswer",
    "AutocompleteHandler",
    "ComponentHandler",
    "MessageAnswer",
    "MessageCommandHandler",
    "ModalHandler",
    "SlashAnswer",
    "SlashHandler",
    "UserCommandHandler",
]

import typing

if typing.TYPE_CHECKING:
    from hikari_like.app_commands.context import AutocompleteContext
    from hikari_like.app_commands.context import ComponentContext
    from hikari_like.app_commands.context import MessageContext
    from hikari_like.app_commands.context import ModalContext
    from hikari_like.app_commands.context import SlashContext
    from hikari_like.app_commands.context import UserContext
    from hikari_like.app_commands.options import Choice
    from hikari_like.impl.builders import responses

_ContextT = typing.TypeVar("_ContextT")
_AnswerT = typing.TypeVar("_AnswerT")

MessageAnswer: typing.TypeAlias = (
    "responses.InteractionMessageBuilder | responses.InteractionDeferredBuilder | None"
)
"""What a modal handler may return or yield: a message (or an update), a deferral, or nothing."""
SlashAnswer: typing.TypeAlias = "MessageAnswer | responses.InteractionModalBuilder"
"""What a command or component handler may return or yield: `MessageAnswer`, or a modal."""

_Handler: typing.TypeAlias = (
    "typing.Callable[typing.Concatenate[_ContextT, ...], typing.Awaitable[_AnswerT]]"
    " | typing.Callable[typing.Concatenate[_ContextT, ...], typing.AsyncIterator[_AnswerT]]"
)
SlashHandler: typing.TypeAlias = "_Handler[SlashContext, SlashAnswer]"
ComponentHandler: typing.TypeAlias = "_Handler[ComponentContext, SlashAnswer]"
ModalHandler: typing.TypeAlias = "_Handler[ModalContext, MessageAnswer]"
UserCommandHandler: typing.TypeAlias = (
    "typing.Callable[[UserContext], typing.Awaitable[SlashAnswer]]"
    " | typing.Callable[[UserContext], typing.AsyncIterator[SlashAnswer]]"
)
MessageCommandHandler: typing.TypeAlias = (
    "typing.Callable[[MessageContext], typing.Awaitable[SlashAnswer]]"
    " | typing.Callable[[MessageContext], typing.AsyncIterator[SlashAnswer]]"
)

AutocompleteAnswer: typing.TypeAlias = (
    "typing.Sequence[str] | typing.Sequence[int] | typing.Sequence[float]"
    " | typing.Sequence[Choice[typing.Any]]"
    " | typing.Mapping[str, str] | typing.Mapping[str, int] | typing.Mapping[str, float]"
    " | responses.InteractionAutocompleteBuilder"
)
"""Suggestions: values, `Choice`s, a mapping of shown name to value, or a built response."""
AutocompleteHandler: typing.TypeAlias = (
    "typing.Callable[[AutocompleteContext], typing.Awaitable[AutocompleteAnswer]]"
)
