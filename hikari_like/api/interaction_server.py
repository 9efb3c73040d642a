"""The interaction server's contract: what backends call and what users register.

Every backend (the built-in aiohttp server, the ASGI adapter, a test client) calls exactly one
method, `on_interaction(body, signature, timestamp)`, and turns the `Response` it returns into
bytes on its transport. Users register one listener per interaction class with `set_listener`.
"""

from __future__ import annotations

__all__ = ["InteractionServer", "ListenerT", "Response"]

import abc
import typing

if typing.TYPE_CHECKING:
    from hikari_like import files
    from hikari_like.api import special_endpoints
    from hikari_like.impl import builders
    from hikari_like.interactions import base_interactions
    from hikari_like.interactions import command_interactions
    from hikari_like.interactions import component_interactions
    from hikari_like.interactions import modal_interactions

    # LAUNCH_ACTIVITY answers commands, components and modal submits: every kind but autocomplete.
    _MessageResponseBuilderT: typing.TypeAlias = (
        builders.InteractionMessageBuilder
        | builders.InteractionDeferredBuilder
        | builders.InteractionLaunchActivityBuilder
    )
    _ModalOrMessageResponseBuilderT: typing.TypeAlias = (
        _MessageResponseBuilderT | builders.InteractionModalBuilder
    )

_InteractionT = typing.TypeVar("_InteractionT", bound="base_interactions.PartialInteraction")
_InteractionT_co = typing.TypeVar(
    "_InteractionT_co", bound="base_interactions.PartialInteraction", covariant=True
)
_ResponseT_co = typing.TypeVar(
    "_ResponseT_co", bound="special_endpoints.InteractionResponseBuilder", covariant=True
)

ListenerT = (
    typing.Callable[[_InteractionT_co], typing.Awaitable[_ResponseT_co | None]]
    | typing.Callable[[_InteractionT_co], typing.AsyncGenerator[_ResponseT_co | None, None]]
)
"""A listener: a coroutine function returning a builder (or `None`), or an async generator
function that yields exactly one builder.

With a coroutine, the returned builder is the HTTP response; `None` gives a 204 and the listener
is expected to have answered over REST. With an async generator, the first yielded builder is the
HTTP response and the code after the `yield` runs once that response has been sent (the place for
followups and edits). A second `yield` is an error.
"""


@typing.runtime_checkable
class Response(typing.Protocol):
    """What a backend must send back for one HTTP request."""

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        ...

    @property
    def headers(self) -> typing.Mapping[str, str] | None:
        """Extra headers to send, if any."""
        ...

    @property
    def content_type(self) -> str | None:
        """The body's media type, without parameters (`None` when there is no body)."""
        ...

    @property
    def charset(self) -> str | None:
        """The body's charset parameter, if any."""
        ...

    @property
    def payload(self) -> bytes | None:
        """The body; with `files`, the `payload_json` part of a multipart body."""
        ...

    @property
    def files(self) -> typing.Sequence[files.Resource]:
        """Attachments; when not empty the body is `multipart/form-data`."""
        ...


class InteractionServer(abc.ABC):
    """Verifies, parses and dispatches interactions to the listener registered for their class."""

    __slots__ = ()

    @abc.abstractmethod
    async def on_interaction(self, body: bytes, signature: bytes, timestamp: bytes) -> Response:
        """Handle one interaction request.

        Parameters
        ----------
        body
            The raw request body.
        signature
            The `X-Signature-Ed25519` header's value (hex).
        timestamp
            The `X-Signature-Timestamp` header's value.

        Returns
        -------
        Response
            What the backend must send back; see the status table in the README.
        """

    @abc.abstractmethod
    def get_listener(
        self, interaction_type: type[_InteractionT], /
    ) -> ListenerT[_InteractionT, special_endpoints.InteractionResponseBuilder] | None:
        """The listener registered for `interaction_type`, or `None`."""

    @typing.overload
    def set_listener(
        self,
        interaction_type: type[command_interactions.CommandInteraction],
        listener: ListenerT[command_interactions.CommandInteraction, _ModalOrMessageResponseBuilderT] | None,
        /,
        *,
        replace: bool = False,
    ) -> None: ...

    @typing.overload
    def set_listener(
        self,
        interaction_type: type[component_interactions.ComponentInteraction],
        listener: ListenerT[component_interactions.ComponentInteraction, _ModalOrMessageResponseBuilderT]
        | None,
        /,
        *,
        replace: bool = False,
    ) -> None: ...

    @typing.overload
    def set_listener(
        self,
        interaction_type: type[command_interactions.AutocompleteInteraction],
        listener: ListenerT[
            command_interactions.AutocompleteInteraction, builders.InteractionAutocompleteBuilder
        ]
        | None,
        /,
        *,
        replace: bool = False,
    ) -> None: ...

    @typing.overload
    def set_listener(
        self,
        interaction_type: type[modal_interactions.ModalInteraction],
        listener: ListenerT[modal_interactions.ModalInteraction, _MessageResponseBuilderT] | None,
        /,
        *,
        replace: bool = False,
    ) -> None: ...

    def set_listener(
        self,
        interaction_type: type[_InteractionT],
        listener: ListenerT[_InteractionT, special_endpoints.InteractionResponseBuilder] | None,
        /,
        *,
        replace: bool = False,
    ) -> None:
        """Register `listener` for interactions of `interaction_type`; `None` removes it.

        The overloads above encode Discord's rules for type checkers: a modal submit cannot be
        answered with another modal, autocomplete only with choices, and an Activity launched
        (`InteractionLaunchActivityBuilder`) by anything but autocomplete.

        Raises
        ------
        TypeError
            If a listener is already registered for the type and `replace` is false, or if the
            type is not one of the four interaction classes.
        """
        self._register_listener(interaction_type, listener, replace=replace)

    @abc.abstractmethod
    def _register_listener(
        self,
        interaction_type: type[_InteractionT],
        listener: ListenerT[_InteractionT, special_endpoints.InteractionResponseBuilder] | None,
        /,
        *,
        replace: bool,
    ) -> None:
        """Store or remove the listener; `set_listener` is the typed public face of this."""
