"""What the emulator recorded about each request it received."""

from __future__ import annotations

__all__ = ["RecordedFile", "RecordedRequest"]

import typing

import attrs


@attrs.define(slots=True, kw_only=True, frozen=True)
class RecordedFile:
    """One uploaded file part of a multipart request."""

    field: str
    """The form field name, e.g. `files[0]`."""
    filename: str
    content_type: str | None
    data: bytes


@attrs.define(slots=True, kw_only=True)
class RecordedRequest:
    """One request as the emulator saw it; the credentials in its headers are redacted."""

    method: str
    path: str
    """The path as sent, from `/api/v10` on, without the query string."""
    route: str | None
    """The route template, e.g. `POST /channels/{channel}/messages`; `None` for unknown paths."""
    params: dict[str, str]
    query: dict[str, str]
    headers: dict[str, str]
    json: typing.Any = None
    """The JSON body (or the `payload_json` part of a multipart body); `None` when there was none."""
    form: dict[str, str] = attrs.field(factory=dict)
    """URL-encoded or multipart form fields other than files and `payload_json`."""
    files: tuple[RecordedFile, ...] = ()
    time: float
    """`time.monotonic()` when the request arrived."""
    status: int | None = None
    """The status the emulator answered with (`None` if the connection was reset)."""
