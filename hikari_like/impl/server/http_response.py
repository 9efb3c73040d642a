"""The `Response` the interaction core hands to backends, and the fixed ones it sends often."""

from __future__ import annotations

__all__ = ["Response", "json_response", "text_response"]

import asyncio
import typing

import attrs

from hikari_like.internal import json

if typing.TYPE_CHECKING:
    from hikari_like import files


# Not frozen: a frozen attrs class pays `object.__setattr__` per field, on every response. Treat
# it as immutable all the same (the shared constants below are reused for every request). The
# first three fields may be given by position: binding keyword arguments costs twice as much as
# making the object, and the dispatcher makes one per interaction.
@attrs.define(slots=True, eq=False)
class Response:
    """What a backend sends back: status, headers, body, and attachments.

    Backends call `mark_sent()` once the response has been written (or has failed to be), which
    is when a generator listener's code after its `yield` starts.
    """

    status_code: int
    payload: bytes | None = None
    content_type: str | None = None
    charset: str | None = attrs.field(default=None, kw_only=True)
    headers: typing.Mapping[str, str] | None = attrs.field(default=None, kw_only=True)
    files: typing.Sequence[files.Resource] = attrs.field(default=(), kw_only=True)
    sent: asyncio.Event | None = attrs.field(default=None, repr=False, kw_only=True)
    """Set by `mark_sent()`; only responses with a continuation waiting on them carry one."""

    def mark_sent(self) -> None:
        """Tell whoever waits that the response is on its way (or will never be)."""
        if self.sent is not None:
            self.sent.set()


def text_response(
    status_code: int, text: str, *, headers: typing.Mapping[str, str] | None = None
) -> Response:
    """A short plain-text response, as sent for every refused request."""
    return Response(
        status_code=status_code,
        payload=text.encode(),
        content_type="text/plain",
        charset="utf-8",
        headers=headers,
    )


def json_response(status_code: int, body: typing.Any) -> Response:
    """A JSON response."""
    return Response(status_code=status_code, payload=json.dumps(body), content_type="application/json")
