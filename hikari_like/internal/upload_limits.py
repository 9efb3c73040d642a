"""The per-file upload limit of the interaction a message is being sent for.

An interaction carries `attachment_size_limit`: the largest file, in bytes, a message sent with
its token may carry (Discord checks each file on its own since 2025-04 and refuses the whole
request with `413` otherwise). The interaction methods set the limit around their REST call with
`upload_limit`; the message serialiser checks each file against it before anything is sent. A
context variable carries it because the REST endpoints keep hikari's signatures, which have no
room for it. Models and builders both use this module, so it sits with the basics.

```python
with upload_limit(interaction.attachment_size_limit):
    await rest.execute_webhook(app_id, token, attachment=big_file)  # DiscordRuleError, nothing sent
```
"""

from __future__ import annotations

__all__ = ["check_current_limit", "check_upload_sizes", "known_size", "upload_limit"]

import contextlib
import contextvars
import typing

from hikari_like import errors
from hikari_like import files

_UPLOAD_LIMIT: typing.Final[contextvars.ContextVar[int | None]] = contextvars.ContextVar(
    "hikari_like_upload_limit", default=None
)


@contextlib.contextmanager
def upload_limit(limit: int) -> typing.Iterator[None]:
    """Within the block, messages serialised in this task may carry files of at most `limit` bytes each."""
    previous = _UPLOAD_LIMIT.get()
    _UPLOAD_LIMIT.set(limit)
    try:
        yield
    finally:
        # Set back, not `reset(token)`: a handler of the command layer may enter this block in the
        # request's task and leave it in the task that runs its code after the answer, where a
        # token from the first task's context is refused.
        _UPLOAD_LIMIT.set(previous)


def known_size(resource: files.Resource) -> int | None:
    """The resource's size in bytes when it is known without reading it, else `None`.

    In-memory data has its length, a file on disk its `stat` size; a URL's size is only known
    once downloaded, so it is left to Discord.
    """
    if isinstance(resource, files.Bytes):
        # A lazy source (an async generator...) has no size until it is read: Discord will say.
        return len(resource.data) if isinstance(resource.data, bytes) else None
    if isinstance(resource, files.File):
        try:
            return resource.path.stat().st_size
        except OSError:
            return None  # the upload reports the unreadable file when it reads it
    return None


def check_upload_sizes(uploads: typing.Iterable[files.Resource], limit: int) -> None:
    """Raise `DiscordRuleError("attachment_size", ...)` for the first file over `limit` bytes."""
    for resource in uploads:
        size = known_size(resource)
        if size is not None and size > limit:
            msg = (
                f"{resource.filename!r} is {size} bytes, over this interaction's attachment_size_limit "
                f"of {limit} bytes (the limit is per file)"
            )
            raise errors.DiscordRuleError("attachment_size", msg)


def check_current_limit(uploads: typing.Sequence[files.Resource]) -> None:
    """`check_upload_sizes` against the limit `upload_limit` set, if one is set."""
    if uploads:
        limit = _UPLOAD_LIMIT.get()
        if limit is not None:
            check_upload_sizes(uploads, limit)
