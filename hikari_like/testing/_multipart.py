"""Read a `multipart/form-data` body back into its parts (the test side of a multipart answer).

Small and strict on purpose: a test wants to see exactly what the server sent, so a body that is
not well formed raises `ValueError` instead of being guessed at.
"""

from __future__ import annotations

__all__ = ["MultipartPart", "boundary_of", "split_parts"]

import email.message
import email.parser
import email.policy
import urllib.parse

import attrs


@attrs.frozen(slots=True, kw_only=True)
class MultipartPart:
    """One part of a multipart body."""

    name: str
    filename: str | None
    content_type: str
    content: bytes


def boundary_of(content_type: str) -> str | None:
    """The `boundary` parameter of a `Content-Type` value, if it is multipart."""
    message = email.message.Message()
    message["Content-Type"] = content_type
    if message.get_content_maintype() != "multipart":
        return None
    boundary = message.get_param("boundary")
    return boundary if isinstance(boundary, str) else None


def _unescape(filename: str) -> str:
    # Senders percent-encode inside quoted filenames: browsers only `"`, CR and LF (RFC 7578
    # section 4.2), aiohttp everything unsafe. Decoding all escapes reads both.
    return urllib.parse.unquote(filename)


def _parse_part(raw: bytes) -> MultipartPart:
    head, separator, content = raw.partition(b"\r\n\r\n")
    if not separator:
        raise ValueError("a multipart part has no blank line after its headers")
    headers = email.parser.BytesHeaderParser(policy=email.policy.HTTP).parsebytes(head + b"\r\n\r\n")
    name = headers.get_param("name", header="content-disposition")
    if not isinstance(name, str):
        raise ValueError("a multipart part has no form field name")
    filename = headers.get_filename()
    return MultipartPart(
        name=name,
        filename=None if filename is None else _unescape(filename),
        content_type=headers.get_content_type(),
        content=content,
    )


def split_parts(body: bytes, boundary: str) -> list[MultipartPart]:
    """The parts of `body`, in order.

    ```python
    parts = split_parts(response_body, boundary_of(response_content_type))
    ```
    """
    delimiter = b"\r\n--" + boundary.encode()
    # Prefixing CRLF makes the first delimiter look like every other one.
    pieces = (b"\r\n" + body).split(delimiter)
    if len(pieces) < 2 or not pieces[-1].startswith(b"--"):
        raise ValueError("the multipart body does not end with its closing delimiter")
    parts = []
    for piece in pieces[1:-1]:
        # After the delimiter: optional transport padding, then CRLF, then the part.
        _, newline, raw = piece.partition(b"\r\n")
        if not newline:
            raise ValueError("a multipart delimiter is not followed by a line break")
        parts.append(_parse_part(raw))
    return parts
