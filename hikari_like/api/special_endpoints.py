"""What a response builder must offer the interaction server.

The concrete builders (`InteractionMessageBuilder`, ...) live in `hikari_like.impl`; this
protocol is the one method the core calls, so a user-written builder works too.
"""

from __future__ import annotations

__all__ = ["ComponentBuilder", "InteractionResponseBuilder"]

import typing

if typing.TYPE_CHECKING:
    from hikari_like import components
    from hikari_like import files
    from hikari_like.interactions import base_interactions
    from hikari_like.internal.json import JSONObject


@typing.runtime_checkable
class InteractionResponseBuilder(typing.Protocol):
    """Anything that can be sent as an interaction's initial response."""

    @property
    def type(self) -> base_interactions.ResponseType | int:
        """The response type this builder sends."""
        ...

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The response body (`{"type": ..., "data": ...}`) and the files to attach.

        Pure: calling it twice gives equal results and changes nothing.
        """
        ...


@typing.runtime_checkable
class ComponentBuilder(typing.Protocol):
    """Anything that builds one component: what messages, rows and modals accept."""

    @property
    def type(self) -> components.ComponentType | int:
        """The component's type."""
        ...

    def build(self) -> tuple[JSONObject, typing.Sequence[files.Resource]]:
        """The component object and the files it needs uploaded. Pure."""
        ...
