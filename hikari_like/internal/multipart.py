"""A streaming `multipart/form-data` encoder for messages with files.

Discord takes a message with attachments as a `payload_json` part (the JSON body) followed by
`files[i]` parts. The encoder yields the body chunk by chunk, reading each file as it goes, so
memory stays flat however large the files are. The HTTP backends and the REST client all use it.

```python
body = MultipartBody(payload_json, resources)
await session.post(url, data=body.stream(), headers={"Content-Type": body.content_type})
```
"""

from __future__ import annotations

__all__ = ["MultipartBody", "MultipartForm", "file_field_name"]

import secrets
import typing

from hikari_like import errors

if typing.TYPE_CHECKING:
    import concurrent.futures

    from hikari_like import files

_CRLF: typing.Final = b"\r\n"
_DEFAULT_FILE_TYPE: typing.Final = "application/octet-stream"
# RFC 7578 section 4.2 (and what browsers do): percent-encode the characters that would end
# the quoted string or the header line.
_QUOTED_ESCAPES: typing.Final = str.maketrans({'"': "%22", "\r": "%0D", "\n": "%0A"})


def file_field_name(index: int, /) -> str:
    """The form field of the `index`-th file; it matches `{"id": index}` in `attachments`."""
    return f"files[{index}]"


def _part_head(boundary: str, name: str, content_type: str | None, filename: str | None = None) -> bytes:
    disposition = f'form-data; name="{name}"'
    if filename is not None:
        disposition += f'; filename="{filename.translate(_QUOTED_ESCAPES)}"'
    head = f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
    # A text field goes without a type (RFC 7578 section 4.4: it is then text/plain), as browsers send it.
    if content_type is not None:
        head += f"Content-Type: {content_type}\r\n"
    return (head + "\r\n").encode()


async def _file_part(
    boundary: str, name: str, resource: files.Resource, executor: concurrent.futures.Executor | None
) -> typing.AsyncIterator[bytes]:
    try:
        async with resource.stream(executor=executor) as reader:
            yield _part_head(boundary, name, reader.mimetype or _DEFAULT_FILE_TYPE, resource.filename)
            async for chunk in reader:
                yield chunk
    # An HTTP error: a URL or attachment answered 404 while being read (hikari's errors, as
    # `files` raises them); a TypeError: a lazy `Bytes` source yielded something not bytes.
    except (OSError, ValueError, TypeError, errors.HTTPResponseError, _http_client_error()) as exc:
        raise errors.AttachmentReadError(resource.filename, exc) from exc
    yield _CRLF


def _http_client_error() -> type[Exception]:
    # A `URL` resource fails with aiohttp's errors. Python evaluates this only when a read fails,
    # so an ASGI bot that sends files never imports aiohttp just to name its exception.
    import aiohttp

    return aiohttp.ClientError


class _Multipart:
    """What a multipart body and a form share: the boundary, the header, the closing delimiter."""

    __slots__ = ("_executor", "boundary")

    def __init__(self, *, executor: concurrent.futures.Executor | None, boundary: str | None) -> None:
        self._executor = executor
        # 32 random hex digits: a file containing the boundary by chance is not a real risk.
        self.boundary = boundary or secrets.token_hex(16)

    @property
    def content_type(self) -> str:
        """The `Content-Type` header value, boundary included."""
        return f"multipart/form-data; boundary={self.boundary}"

    async def stream(self) -> typing.AsyncIterator[bytes]:
        """Yield the encoded body in chunks."""
        async for chunk in self._parts():
            yield chunk
        yield f"--{self.boundary}--\r\n".encode()

    async def read(self) -> bytes:
        """The whole body in memory (for small bodies and tests)."""
        return b"".join([chunk async for chunk in self.stream()])

    def _parts(self) -> typing.AsyncIterator[bytes]:
        raise NotImplementedError


class MultipartBody(_Multipart):
    """One message body: `payload_json`, then each resource as `files[i]`.

    Iterate `stream()` once per request; it opens each file only when its part is reached.
    """

    __slots__ = ("_payload_json", "_resources")

    def __init__(
        self,
        payload_json: bytes,
        resources: typing.Sequence[files.Resource],
        *,
        executor: concurrent.futures.Executor | None = None,
        boundary: str | None = None,
    ) -> None:
        super().__init__(executor=executor, boundary=boundary)
        self._payload_json = payload_json
        self._resources = tuple(resources)

    async def _parts(self) -> typing.AsyncIterator[bytes]:
        yield _part_head(self.boundary, "payload_json", "application/json") + self._payload_json + _CRLF
        for index, resource in enumerate(self._resources):
            async for chunk in _file_part(self.boundary, file_field_name(index), resource, self._executor):
                yield chunk


class MultipartForm(_Multipart):
    """A plain form of named fields: text, and files under their own names (Discord's sticker
    upload takes `name`, `tags`, `description` and `file`, with no `payload_json`).

    ```python
    form = MultipartForm({"name": "wave", "tags": "wave", "file": files.File("wave.png")})
    ```
    """

    __slots__ = ("_fields",)

    def __init__(
        self,
        fields: typing.Mapping[str, str | files.Resource],
        *,
        executor: concurrent.futures.Executor | None = None,
        boundary: str | None = None,
    ) -> None:
        super().__init__(executor=executor, boundary=boundary)
        self._fields = dict(fields)

    async def _parts(self) -> typing.AsyncIterator[bytes]:
        # In the fields' order.
        for name, value in self._fields.items():
            if isinstance(value, str):
                yield _part_head(self.boundary, name, None) + value.encode() + _CRLF
                continue
            async for chunk in _file_part(self.boundary, name, value, self._executor):
                yield chunk
