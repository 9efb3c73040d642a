"""What a response builder must offer the interaction server.

The concrete builders (`InteractionMessageBuilder`, ...) live in `hikari_like.impl`; this
protocol is the one method the core calls, so a user-written builder works too.
"""

from __future__ import annotations

__all__ = ["InteractionResponseBuilder"]

import typing

if typing.TYPE_CHECKING:
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
