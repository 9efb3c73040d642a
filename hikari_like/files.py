"""Files to upload or download: bytes in memory, files on disk, and URLs, all streamed in chunks.

Every resource is read through `stream()`, an async context manager yielding an `AsyncReader`
(an async iterator of byte chunks), so a large file is never held in memory whole when it is
uploaded.

```python
photo = hikari_like.File("cat.png", description="A cat asleep on a keyboard")  # alt text
note = hikari_like.Bytes(b"hello", "note.txt", spoiler=True)  # uploaded as SPOILER_note.txt
async with photo.stream() as reader:
    async for chunk in reader:
        ...
```
"""

from __future__ import annotations

__all__ = [
    "AsyncReader",
    "Bytes",
    "File",
    "Pathish",
    "Rawish",
    "Resource",
    "Resourceish",
    "URL",
    "WebResource",
    "ensure_resource",
    "guess_mimetype_from_filename",
]

import abc
import base64
import contextlib
import io
import mimetypes
import os
import pathlib
import posixpath
import typing
import urllib.parse

if typing.TYPE_CHECKING:
    import concurrent.futures

    import aiohttp

CHUNK_SIZE: typing.Final = 64 * 1024
"""Bytes per chunk when streaming (small enough to keep memory flat, big enough to be cheap)."""

_SPOILER_PREFIX: typing.Final = "SPOILER_"
_DEFAULT_MIMETYPE: typing.Final = "application/octet-stream"

Pathish = typing.Union["os.PathLike[str]", str]
"""A filesystem path."""

Rawish = bytes | bytearray | memoryview | io.BytesIO | io.StringIO
"""Raw data that can be uploaded as it is."""

Resourceish = typing.Union["Resource", Pathish, Rawish]
"""Anything `ensure_resource` can turn into a `Resource`: a resource, a URL or path string, raw data."""

_RAWISH_TYPES: typing.Final = (bytes, bytearray, memoryview, io.BytesIO, io.StringIO)
_MAGIC_EXTENSIONS: typing.Final = (
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
    (b"%PDF-", ".pdf"),
)


def guess_mimetype_from_filename(name: str, /) -> str | None:
    """The MIME type a file name suggests, or `None`."""
    return mimetypes.guess_type(name, strict=False)[0]


def _unwrap_bytes(data: Rawish) -> bytes:
    if isinstance(data, io.BytesIO):
        return data.getvalue()
    if isinstance(data, io.StringIO):
        return data.getvalue().encode()
    return bytes(data)


def _name_for_data(data: bytes) -> str:
    # WEBP's magic has the size in the middle ("RIFF....WEBP"), so it gets its own check.
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "unnamed.webp"
    extension = next((ext for magic, ext in _MAGIC_EXTENSIONS if data.startswith(magic)), "")
    return f"unnamed{extension}"


def _with_spoiler(filename: str, spoiler: bool) -> str:
    if spoiler and not filename.startswith(_SPOILER_PREFIX):
        return _SPOILER_PREFIX + filename
    return filename


class AsyncReader(typing.AsyncIterable[bytes], abc.ABC):
    """An async iterator of byte chunks, with the name and type of what it reads."""

    __slots__ = ("filename", "mimetype")

    def __init__(self, filename: str, mimetype: str | None) -> None:
        self.filename = filename
        self.mimetype = mimetype

    async def read(self) -> bytes:
        """Read everything that is left into memory."""
        buffer = bytearray()
        async for chunk in self:
            buffer += chunk
        return bytes(buffer)

    async def data_uri(self) -> str:
        """Everything that is left as a `data:` URI, the form Discord takes images in (avatars,
        icons: reference.mdx "Image Data").

        ```python
        async with hikari_like.File("icon.png").stream() as reader:
            body["icon"] = await reader.data_uri()  # "data:image/png;base64,iVBORw0K..."
        ```
        """
        mimetype = self.mimetype or guess_mimetype_from_filename(self.filename) or _DEFAULT_MIMETYPE
        return f"data:{mimetype};base64,{base64.b64encode(await self.read()).decode('ascii')}"


class Resource(abc.ABC):
    """Something that can be read as a stream of bytes: the thing you attach to a message."""

    __slots__ = ()

    @property
    @abc.abstractmethod
    def url(self) -> str:
        """Where Discord can find it: a web URL, or `attachment://<filename>` for an upload."""

    @property
    @abc.abstractmethod
    def filename(self) -> str:
        """The file name Discord will show."""

    @property
    def description(self) -> str | None:
        """Alt text sent with the upload (Discord's attachment `description`), `None` for none.

        A hikari_like addition: `Bytes`, `File` and `URL` take it as `description=`.
        """
        return None

    @property
    def extension(self) -> str | None:
        """The file name's extension without the dot, or `None`."""
        _, dot, extension = self.filename.rpartition(".")
        return extension if dot and extension else None

    @abc.abstractmethod
    def stream(
        self, *, executor: concurrent.futures.Executor | None = None, head_only: bool = False
    ) -> contextlib.AbstractAsyncContextManager[AsyncReader]:
        """Open the resource; entering the context fails if it does not exist.

        `executor` runs blocking reads (files); `head_only` fetches only the headers (URLs).
        """

    async def read(self, *, executor: concurrent.futures.Executor | None = None) -> bytes:
        """Read the whole resource into memory."""
        async with self.stream(executor=executor) as reader:
            return await reader.read()

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r}, filename={self.filename!r})"


class _ChunkedBytesReader(AsyncReader):
    __slots__ = ("_data",)

    def __init__(self, filename: str, mimetype: str | None, data: bytes) -> None:
        super().__init__(filename, mimetype)
        self._data = data

    async def __aiter__(self) -> typing.AsyncIterator[bytes]:
        view = memoryview(self._data)
        for start in range(0, len(view), CHUNK_SIZE):
            yield bytes(view[start : start + CHUNK_SIZE])


class Bytes(Resource):
    """Data held in memory, uploaded under `filename`.

    >>> Bytes(b"hello", "note.txt").url
    'attachment://note.txt'
    """

    __slots__ = ("_description", "_filename", "data", "is_spoiler", "mimetype")

    def __init__(
        self,
        data: Rawish,
        filename: str,
        /,
        mimetype: str | None = None,
        *,
        spoiler: bool = False,
        description: str | None = None,
    ) -> None:
        self.data = _unwrap_bytes(data)
        self._filename = filename
        self.mimetype = mimetype or guess_mimetype_from_filename(filename) or _DEFAULT_MIMETYPE
        self.is_spoiler = spoiler
        self._description = description

    @property
    def description(self) -> str | None:
        return self._description

    @property
    def url(self) -> str:
        return f"attachment://{self.filename}"

    @property
    def filename(self) -> str:
        return _with_spoiler(self._filename, self.is_spoiler)

    @contextlib.asynccontextmanager
    async def stream(
        self, *, executor: concurrent.futures.Executor | None = None, head_only: bool = False
    ) -> typing.AsyncIterator[AsyncReader]:
        yield _ChunkedBytesReader(self.filename, self.mimetype, self.data)

    @classmethod
    def from_data_uri(cls, data_uri: str, filename: str | None = None) -> Bytes:
        """Decode a `data:<mimetype>;base64,<data>` URI."""
        header, comma, payload = data_uri.partition(",")
        if not header.startswith("data:") or not comma:
            msg = "not a data URI"
            raise ValueError(msg)
        mimetype, _, encoding = header.removeprefix("data:").partition(";")
        raw = base64.b64decode(payload) if encoding == "base64" else urllib.parse.unquote_to_bytes(payload)
        extension = (mimetypes.guess_extension(mimetype) or "") if mimetype else ""
        return cls(raw, filename or f"unnamed{extension}", mimetype or None)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Bytes):
            return NotImplemented
        return (self.data, self.filename, self.mimetype) == (other.data, other.filename, other.mimetype)

    def __hash__(self) -> int:
        return hash((Bytes, self.filename, len(self.data)))


class _ThreadedFileReader(AsyncReader):
    __slots__ = ("_executor", "_handle")

    def __init__(
        self,
        filename: str,
        mimetype: str | None,
        handle: typing.BinaryIO,
        executor: concurrent.futures.Executor | None,
    ) -> None:
        super().__init__(filename, mimetype)
        self._handle = handle
        self._executor = executor

    async def __aiter__(self) -> typing.AsyncIterator[bytes]:
        import asyncio  # already loaded (a loop is running); kept out of `import hikari_like`.

        loop = asyncio.get_running_loop()
        while chunk := await loop.run_in_executor(self._executor, self._handle.read, CHUNK_SIZE):
            yield chunk


class File(Resource):
    """A file on disk, read in chunks off the event loop (in `executor`, or the loop's default).

    >>> File("reports/summary.pdf").filename
    'summary.pdf'
    """

    __slots__ = ("_description", "_filename", "is_spoiler", "path")

    def __init__(
        self,
        path: Pathish,
        /,
        filename: str | None = None,
        *,
        spoiler: bool = False,
        description: str | None = None,
    ) -> None:
        self.path = pathlib.Path(path)
        self._filename = filename
        self.is_spoiler = spoiler
        self._description = description

    @property
    def description(self) -> str | None:
        return self._description

    @property
    def url(self) -> str:
        return f"attachment://{self.filename}"

    @property
    def filename(self) -> str:
        return _with_spoiler(self._filename or self.path.name, self.is_spoiler)

    @contextlib.asynccontextmanager
    async def stream(
        self, *, executor: concurrent.futures.Executor | None = None, head_only: bool = False
    ) -> typing.AsyncIterator[AsyncReader]:
        import asyncio  # already loaded (a loop is running); kept out of `import hikari_like`.

        loop = asyncio.get_running_loop()
        handle = await loop.run_in_executor(executor, self.path.expanduser().open, "rb")
        try:
            mimetype = guess_mimetype_from_filename(self.filename)
            yield _ThreadedFileReader(self.filename, mimetype, handle, executor)
        finally:
            await loop.run_in_executor(executor, handle.close)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, File):
            return NotImplemented
        return (self.path, self.filename) == (other.path, other.filename)

    def __hash__(self) -> int:
        return hash((File, self.path, self.filename))


class _WebReader(AsyncReader):
    __slots__ = ("_content", "_head_only")

    def __init__(
        self, filename: str, mimetype: str | None, content: aiohttp.StreamReader, *, head_only: bool
    ) -> None:
        super().__init__(filename, mimetype)
        self._content = content
        self._head_only = head_only

    async def __aiter__(self) -> typing.AsyncIterator[bytes]:
        if self._head_only:
            return
        async for chunk in self._content.iter_chunked(CHUNK_SIZE):
            yield chunk


class WebResource(Resource, abc.ABC):
    """A resource Discord (or anyone) can fetch over HTTP; it is referenced by URL, not uploaded."""

    __slots__ = ()

    @contextlib.asynccontextmanager
    async def stream(
        self, *, executor: concurrent.futures.Executor | None = None, head_only: bool = False
    ) -> typing.AsyncIterator[AsyncReader]:
        import aiohttp  # here, not at the top: `import hikari_like` must not pay for aiohttp.

        method = "HEAD" if head_only else "GET"
        async with aiohttp.ClientSession() as session, session.request(method, self.url) as response:
            if response.status >= 400:
                msg = f"fetching {self.url} failed: HTTP {response.status} {response.reason}"
                raise FileNotFoundError(msg)
            mimetype = response.content_type or guess_mimetype_from_filename(self.filename)
            yield _WebReader(self.filename, mimetype, response.content, head_only=head_only)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WebResource):
            return NotImplemented
        return (self.url, self.filename) == (other.url, other.filename)

    def __hash__(self) -> int:
        return hash((WebResource, self.url))


class URL(WebResource):
    """A file on the web, streamed with aiohttp when read.

    >>> URL("https://example.com/a/cat.png").filename
    'cat.png'
    """

    __slots__ = ("_description", "_filename", "_url")

    def __init__(self, url: str, filename: str | None = None, *, description: str | None = None) -> None:
        self._url = url
        self._filename = filename
        self._description = description

    @property
    def description(self) -> str | None:
        return self._description

    @property
    def url(self) -> str:
        return self._url

    @property
    def filename(self) -> str:
        if self._filename:
            return self._filename
        try:
            path = urllib.parse.urlparse(self._url).path
        except ValueError:  # a URL that cannot be parsed (`http://[`): its last segment will do
            path = self._url.split("?", 1)[0].split("#", 1)[0]
        return posixpath.basename(path)


def ensure_resource(value: Resourceish, /) -> Resource:
    """Turn raw data, a URL, a `data:` URI or a path into a `Resource` (a resource is returned as is)."""
    if isinstance(value, Resource):
        return value
    if isinstance(value, _RAWISH_TYPES):
        data = _unwrap_bytes(value)
        return Bytes(data, _name_for_data(data))
    text = os.fspath(value)
    if text.startswith(("https://", "http://")):
        return URL(text)
    if text.startswith("data:"):
        return Bytes.from_data_uri(text)
    return File(text)
