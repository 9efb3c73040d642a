"""The resource of a URL Discord sent back: an `attachment://<name>` one is named for its file.

`attachment://cat.png` (how a message refers to a file uploaded with it) has no path, so the
name its URL would give is empty; hikari names such a resource for the attachment, and so do
the embed and component readers here.
"""

from __future__ import annotations

__all__ = ["received_url"]

import typing

from hikari_like import files

_ATTACHMENT_SCHEME: typing.Final = "attachment://"


def received_url(url: str) -> files.URL:
    """`url` as a resource; an `attachment://` URL's file name is what follows the scheme."""
    if url.startswith(_ATTACHMENT_SCHEME):
        return files.URL(url, url.removeprefix(_ATTACHMENT_SCHEME))
    return files.URL(url)
