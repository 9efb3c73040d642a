"""Files to upload or download: bytes in memory, files on disk, and URLs, all streamed in chunks.

Every resource is read through `stream()`, an async context manager yielding an `AsyncReader`
(an async iterator of byte chunks of at most `CHUNK_SIZE` bytes), so a large file is never held
in memory whole, whether it is uploaded or saved with `save()`.

```python
photo = hikari_like.File("cat.png", description="A cat asleep on a keyboard")  # alt text
note = hikari_like.Bytes(b"hello", "note.txt", spoiler=True)  # uploaded as SPOILER_note.txt
async with photo.stream() as reader:
    async for chunk in reader:
        ...
await message.attachments[0].save("downloads/")  # streamed to downloads/<its filename>
```
"""

from __future__ import annotations

__all__ = [
    "CHUNK_SIZE",
    "RAWISH_TYPES",
    "SPOILER_TAG",
    "URL",
    "WEB_CONNECT_TIMEOUT",
    "WEB_READ_TIMEOUT",
    "AsyncReader",
    "AsyncReaderContextManager",
    "Bytes",
    "File",
    "IteratorReader",
    "LazyByteIteratorish",
    "Pathish",
    "Rawish",
    "Resource",
    "Resourceish",
    "ThreadedFileReader",
    "WebReader",
    "WebResource",
    "ensure_path",
    "ensure_resource",
    "generate_filename_from_details",
    "guess_file_extension",
    "guess_mimetype_from_data",
    "guess_mimetype_from_filename",
    "to_data_uri",
    "unwrap_bytes",
]

import abc
import base64
import io
import mimetypes
import os
import pathlib
import posixpath
import typing
import urllib.parse

import attrs

from hikari_like.internal import lazy_imports

if typing.TYPE_CHECKING:
    import asyncio
    import concurrent.futures
    import types

    import aiohttp
    import typing_extensions

    from hikari_like import _resource_io

    # The default lets `Resource` stand unparameterised for "any resource" (mypy strict accepts it),
    # and covariance lets a `Resource[WebReader]` stand where a `Resource` is expected. Only type
    # checkers read this branch (they ship typing_extensions), so it adds no runtime dependency.
    _ReaderT_co = typing_extensions.TypeVar(
        "_ReaderT_co", bound="AsyncReader", covariant=True, default="AsyncReader"
    )
else:
    _ReaderT_co = typing.TypeVar("_ReaderT_co", bound="AsyncReader", covariant=True)
    # Opening URLs and saving to disk: loaded on the first call that needs it.
    _resource_io = lazy_imports.module("hikari_like._resource_io")

CHUNK_SIZE: typing.Final = 64 * 1024
"""Most bytes a reader yields at once (small enough to keep memory flat, big enough to be cheap)."""

WEB_CONNECT_TIMEOUT: float = 30.0
"""Seconds a web resource may take to connect before reading it fails with `TimeoutError`."""
WEB_READ_TIMEOUT: float = 60.0
"""Seconds a web resource may go silent mid-body before reading it fails with `TimeoutError`.

There is no total limit: a large file on a slow link downloads for as long as bytes keep coming.
"""

SPOILER_TAG: typing.Final = "SPOILER_"
"""The prefix that makes Discord blur an attachment."""
_DEFAULT_MIMETYPE: typing.Final = "application/octet-stream"

Pathish = typing.Union["os.PathLike[str]", str]
"""A filesystem path."""

Rawish = bytes | bytearray | memoryview | io.BytesIO | io.StringIO
"""Raw data that can be uploaded as it is (`io.StringIO` as UTF-8)."""

RAWISH_TYPES: typing.Final = (bytes, bytearray, memoryview, io.BytesIO, io.StringIO)
"""The classes of `Rawish`, for `isinstance`."""

LazyByteIteratorish = typing.Union[
    typing.AsyncIterator[bytes],
    typing.AsyncIterable[bytes],
    typing.Iterator[bytes],
    typing.Iterable[bytes],
    typing.AsyncIterator[str],
    typing.AsyncIterable[str],
    typing.Iterator[str],
    typing.Iterable[str],
    "asyncio.StreamReader",
    "aiohttp.StreamReader",
]
"""Data made while it is read: an (async) iterator or iterable of `bytes` or `str` (UTF-8)."""

Resourceish = typing.Union["Resource", Pathish, Rawish]
"""Anything `ensure_resource` can turn into a `Resource`: a resource, a URL or path string, raw data."""

_MAGIC_TYPES: typing.Final = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)


# --- names, types and raw data --------------------------------------------------------------------


def ensure_path(pathish: Pathish, /) -> pathlib.Path:
    """`pathish` as a `pathlib.Path`."""
    return pathlib.Path(pathish)


def unwrap_bytes(data: Rawish, /) -> bytes:
    """Raw data as `bytes`; a `BytesIO`/`StringIO` gives its whole buffer, wherever its position is."""
    if isinstance(data, io.BytesIO):
        return data.getvalue()
    if isinstance(data, io.StringIO):
        return data.getvalue().encode()
    return bytes(data)


def guess_mimetype_from_filename(name: str, /) -> str | None:
    """The MIME type a file name suggests, or `None`.

    >>> guess_mimetype_from_filename("cat.png")
    'image/png'
    """
    return mimetypes.guess_type(name, strict=False)[0]


def guess_mimetype_from_data(data: bytes, /) -> str | None:
    """The MIME type the first bytes of `data` show (PNG, JPEG, GIF, WEBP, PDF), or `None`.

    >>> guess_mimetype_from_data(b"GIF89a...")
    'image/gif'
    """
    # WEBP's magic has the size in the middle ("RIFF....WEBP"), so it gets its own check.
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((mimetype for magic, mimetype in _MAGIC_TYPES if data.startswith(magic)), None)


def guess_file_extension(mimetype: str, /) -> str | None:
    """The usual extension for `mimetype`, dot included, or `None`.

    >>> guess_file_extension("image/png")
    '.png'
    """
    return mimetypes.guess_extension(mimetype, strict=False)


def generate_filename_from_details(
    *, mimetype: str | None = None, extension: str | None = None, data: bytes | None = None
) -> str:
    """A file name for unnamed data, with the extension its type or first bytes suggest.

    Given `data`, the name is a digest of it: different data gets different names, so two unnamed
    uploads of one message can each be referred to as `attachment://<name>`, and building the same
    message twice (a retry) names its files the same. Without `data`, the name is random.

    >>> generate_filename_from_details(data=b"GIF89a...")
    '276cdbd63961173c.gif'
    """
    if mimetype is None and data is not None:
        mimetype = guess_mimetype_from_data(data)
    if extension is None and mimetype is not None:
        extension = guess_file_extension(mimetype)
    suffix = f".{extension.removeprefix('.')}" if extension else ""
    return _name_stem(data) + suffix


def _name_stem(data: bytes | None) -> str:
    if data is None:
        import uuid  # only unnamed data needs these

        return uuid.uuid4().hex
    import hashlib

    return hashlib.blake2b(data, digest_size=8).hexdigest()


def to_data_uri(data: bytes, mimetype: str | None) -> str:
    """`data` as a `data:<mimetype>;base64,...` URI, the form Discord takes images in.

    Without a `mimetype` it is guessed from the data; `TypeError` when it cannot be.

    >>> to_data_uri(b"hi", "text/plain")
    'data:text/plain;base64,aGk='
    """
    mimetype = mimetype or guess_mimetype_from_data(data)
    if mimetype is None:
        msg = "the type of the data cannot be told from its first bytes: give a mimetype"
        raise TypeError(msg)
    return f"data:{mimetype};base64,{base64.b64encode(data).decode('ascii')}"


def _decode_base64(payload: str) -> bytes:
    import binascii

    try:
        return base64.b64decode(payload, validate=True)
    except binascii.Error as error:
        msg = f"the data URI's base64 cannot be decoded: {error}"
        raise ValueError(msg) from None


def _with_spoiler(filename: str, spoiler: bool) -> str:
    if spoiler and not filename.startswith(SPOILER_TAG):
        return SPOILER_TAG + filename
    return filename


def _running_loop() -> asyncio.AbstractEventLoop:
    import asyncio  # already loaded (a loop is running); kept out of `import hikari_like`.

    return asyncio.get_running_loop()


# --- readers --------------------------------------------------------------------------------------


@attrs.define(slots=True, weakref_slot=False)
class AsyncReader(typing.AsyncIterable[bytes], abc.ABC):
    """An async iterator of byte chunks, with the name and type of what it reads.

    ```python
    async with resource.stream() as reader:
        async for chunk in reader:  # at most CHUNK_SIZE bytes each
            digest.update(chunk)
    ```
    """

    filename: str
    """The file name of the resource."""
    mimetype: str | None
    """Its MIME type, `None` when unknown."""

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
        return to_data_uri(await self.read(), mimetype)


def _as_bytes(chunk: object) -> bytes:
    if isinstance(chunk, str):
        return chunk.encode()
    if isinstance(chunk, bytes | bytearray | memoryview):
        return bytes(chunk)
    msg = f"a lazy Bytes source must give bytes or str, got {type(chunk).__name__}"
    raise TypeError(msg)


async def _lazy_chunks(data: LazyByteIteratorish) -> typing.AsyncIterator[bytes]:
    if isinstance(data, typing.AsyncIterable):
        async for chunk in data:
            yield _as_bytes(chunk)
    else:
        for chunk in data:
            yield _as_bytes(chunk)


def _checked_data(data: object) -> bytes | LazyByteIteratorish:
    if isinstance(data, bytes | bytearray | memoryview | io.BytesIO | io.StringIO):
        return unwrap_bytes(data)
    if isinstance(data, typing.AsyncIterable | typing.Iterable):
        return typing.cast("LazyByteIteratorish", data)
    # Said here, not when the upload is read far from the line that made it.
    msg = f"Bytes takes raw data or an (async) iterable of chunks, not {type(data).__name__}"
    raise TypeError(msg)


@attrs.define(slots=True, weakref_slot=False)
class IteratorReader(AsyncReader):
    """Reads in-memory data, or data an (async) iterator makes as it goes, in `CHUNK_SIZE` chunks."""

    data: bytes | LazyByteIteratorish = attrs.field(repr=False)
    """What is read: `bytes`, or a lazy source that can be read once."""

    async def __aiter__(self) -> typing.AsyncIterator[bytes]:
        if isinstance(self.data, bytes):
            view = memoryview(self.data)
            for start in range(0, len(view), CHUNK_SIZE):
                yield bytes(view[start : start + CHUNK_SIZE])
            return
        async for chunk in _resource_io.rechunk(_lazy_chunks(self.data), CHUNK_SIZE):
            yield chunk


@attrs.define(slots=True, weakref_slot=False)
class ThreadedFileReader(AsyncReader):
    """Reads a file on disk in `CHUNK_SIZE` chunks, each read run in a thread-pool executor."""

    _executor: concurrent.futures.ThreadPoolExecutor | None = attrs.field(alias="executor", repr=False)
    _pointer: typing.BinaryIO = attrs.field(alias="pointer", repr=False)

    async def __aiter__(self) -> typing.AsyncIterator[bytes]:
        loop = _running_loop()
        while chunk := await loop.run_in_executor(self._executor, self._pointer.read, CHUNK_SIZE):
            yield chunk


@attrs.define(slots=True, weakref_slot=False)
class WebReader(AsyncReader):
    """Reads an HTTP response body as it arrives, in chunks of at most `CHUNK_SIZE` bytes."""

    stream: aiohttp.StreamReader = attrs.field(repr=False)
    """The response body."""
    url: str = attrs.field(repr=False)
    """The URL answered, after any redirects."""
    status: int
    """The HTTP status of the answer."""
    reason: str
    """Its reason phrase."""
    charset: str | None
    """The body's character set, if the server named one."""
    size: int | None
    """The body's length in bytes (`Content-Length`), if the server said."""
    head_only: bool
    """Whether only the headers were asked for (`HEAD`): then there is nothing to read."""

    async def __aiter__(self) -> typing.AsyncIterator[bytes]:
        if self.head_only:
            return
        async for chunk in self.stream.iter_chunked(CHUNK_SIZE):
            yield chunk


# --- opening a resource ---------------------------------------------------------------------------


class AsyncReaderContextManager(abc.ABC, typing.Generic[_ReaderT_co]):
    """What `Resource.stream()` returns: `async with` it to get the reader (async only).

    Entering opens the resource (the file, the HTTP request) and fails if it cannot be read;
    leaving closes it.
    """

    __slots__ = ()

    @abc.abstractmethod
    async def __aenter__(self) -> _ReaderT_co: ...

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: types.TracebackType | None,
    ) -> None:
        await self._release()

    async def _release(self) -> None:
        """Close what entering opened (nothing, by default)."""

    # Defined at run time only, so a type checker still reports `with resource.stream():`.
    if not typing.TYPE_CHECKING:

        def __enter__(self) -> typing.NoReturn:
            msg = f"{type(self).__qualname__} is async only: use `async with resource.stream()`"
            raise TypeError(msg)

        def __exit__(self, *exc_info: object) -> None:
            return None


_ReaderT = typing.TypeVar("_ReaderT", bound=AsyncReader)


@typing.final
class _ReadyReader(AsyncReaderContextManager[_ReaderT]):
    """For a reader with nothing to open or close (data in memory)."""

    __slots__ = ("_reader",)

    def __init__(self, reader: _ReaderT) -> None:
        self._reader = reader

    async def __aenter__(self) -> _ReaderT:
        return self._reader


@typing.final
class _OpenFile(AsyncReaderContextManager[ThreadedFileReader]):
    __slots__ = ("_executor", "_filename", "_handle", "_path")

    def __init__(
        self, path: pathlib.Path, filename: str, executor: concurrent.futures.ThreadPoolExecutor | None
    ) -> None:
        self._path = path
        self._filename = filename
        self._executor = executor
        self._handle: typing.BinaryIO | None = None

    async def __aenter__(self) -> ThreadedFileReader:
        if self._handle is not None:
            msg = f"{self._path} is already open in this `async with`"
            raise RuntimeError(msg)
        handle = await _running_loop().run_in_executor(self._executor, _open_for_reading, self._path)
        self._handle = handle
        mimetype = guess_mimetype_from_filename(self._filename)
        return ThreadedFileReader(self._filename, mimetype, executor=self._executor, pointer=handle)

    async def _release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            await _running_loop().run_in_executor(self._executor, handle.close)


def _open_for_reading(path: pathlib.Path) -> typing.BinaryIO:
    return path.expanduser().open("rb")


# --- resources ------------------------------------------------------------------------------------


class Resource(abc.ABC, typing.Generic[_ReaderT_co]):
    """Something that can be read as a stream of bytes: the thing you attach to a message.

    ```python
    data = await resource.read()              # all of it, in memory
    await resource.save("downloads/")         # streamed to downloads/<resource.filename>
    async with resource.stream() as reader:   # chunk by chunk
        async for chunk in reader:
            ...
    ```
    """

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
    ) -> AsyncReaderContextManager[_ReaderT_co]:
        """Open the resource for reading: `async with` the result to get its `AsyncReader`.

        Entering fails if the resource cannot be read (`FileNotFoundError` for a missing file,
        hikari's HTTP errors such as `NotFoundError` for a URL answering an error status).
        `executor` runs the blocking reads of a file; `head_only` asks a URL for its headers only.
        """

    async def read(self, *, executor: concurrent.futures.Executor | None = None) -> bytes:
        """Read the whole resource into memory (to re-upload it, pass the resource itself instead:
        it is then streamed)."""
        async with self.stream(executor=executor) as reader:
            return await reader.read()

    async def save(
        self, path: Pathish, *, executor: concurrent.futures.Executor | None = None, force: bool = False
    ) -> None:
        """Write the resource to `path`, chunk by chunk: it is never held in memory whole.

        `path` is a file path, or a directory to save into under `filename`; `~` is expanded and
        a relative path is relative to the working directory. An existing file is overwritten only
        with `force=True`, else `FileExistsError`. Blocking file calls run in `executor` (the
        loop's default when `None`). The resource is opened before the file is created, and a
        save that fails removes what it wrote, so a failed save leaves no partial file.

        ```python
        await message.attachments[0].save("downloads/", force=True)
        ```
        """
        async with self.stream(executor=executor) as reader:
            await _resource_io.save_chunks(reader, path, self.filename, executor=executor, force=force)

    def __str__(self) -> str:
        return self.url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r}, filename={self.filename!r})"


class Bytes(Resource[IteratorReader]):
    """Data to upload under `filename`: held in memory, or made by an (async) iterator as it is read.

    >>> Bytes(b"hello", "note.txt").url
    'attachment://note.txt'

    ```python
    async def rows():
        async for row in database.rows():
            yield f"{row.id},{row.name}\\n"

    await channel.send(attachment=hikari_like.Bytes(rows(), "export.csv"))  # read once, as sent
    ```
    """

    __slots__ = ("_description", "_filename", "data", "is_spoiler", "mimetype")

    def __init__(
        self,
        data: Rawish | LazyByteIteratorish,
        filename: str,
        /,
        mimetype: str | None = None,
        *,
        spoiler: bool = False,
        description: str | None = None,
    ) -> None:
        self.data: bytes | LazyByteIteratorish = _checked_data(data)
        """The bytes, or the lazy source of them."""
        self._filename = filename
        self.mimetype: str | None = mimetype or guess_mimetype_from_filename(filename) or _DEFAULT_MIMETYPE
        self.is_spoiler = spoiler
        self._description = description

    @property
    def description(self) -> str | None:
        """The alt text given as `description=`, `None` when none was."""
        return self._description

    @property
    def url(self) -> str:
        """`attachment://<filename>`: how a message's payload points at this upload."""
        return f"attachment://{self.filename}"

    @property
    def filename(self) -> str:
        """The name given, with `SPOILER_` in front when `is_spoiler` is set."""
        return _with_spoiler(self._filename, self.is_spoiler)

    def stream(
        self, *, executor: concurrent.futures.Executor | None = None, head_only: bool = False
    ) -> AsyncReaderContextManager[IteratorReader]:
        """Read the data in chunks (`executor` and `head_only` do not apply to data in memory)."""
        return _ReadyReader(IteratorReader(self.filename, self.mimetype, self.data))

    async def save(
        self, path: Pathish, *, executor: concurrent.futures.Executor | None = None, force: bool = False
    ) -> None:
        """Write the data to `path` (bytes in memory are written in one executor job)."""
        if not isinstance(self.data, bytes):
            await super().save(path, executor=executor, force=force)
            return
        # Already in memory whole: one write in the executor beats a call per chunk.
        await _running_loop().run_in_executor(
            executor, _resource_io.write_all, path, self.filename, self.data, force
        )

    @staticmethod
    def from_data_uri(data_uri: str, filename: str | None = None) -> Bytes:
        """Decode a `data:[<mimetype>][;base64],<data>` URI (`ValueError` if it is not one).

        >>> Bytes.from_data_uri("data:text/plain;base64,aGk=", "hi.txt").data
        b'hi'
        """
        header, comma, payload = data_uri.partition(",")
        if not header.startswith("data:") or not comma:
            msg = f"not a data URI: {data_uri[:40]!r}"
            raise ValueError(msg)
        mimetype, _, encoding = header.removeprefix("data:").partition(";")
        raw = _decode_base64(payload) if encoding == "base64" else urllib.parse.unquote_to_bytes(payload)
        name = filename or generate_filename_from_details(mimetype=mimetype or None, data=raw)
        return Bytes(raw, name, mimetype or None)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Bytes):
            return NotImplemented
        return (self.data, self.filename, self.mimetype) == (other.data, other.filename, other.mimetype)

    def __hash__(self) -> int:
        return hash((Bytes, self.filename, self.mimetype))


class File(Resource[ThreadedFileReader]):
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
        self.path = ensure_path(path)
        """Where the file is (`~` is expanded when it is opened)."""
        self._filename = filename
        self.is_spoiler = spoiler
        self._description = description

    @property
    def description(self) -> str | None:
        """The alt text given as `description=`, `None` when none was."""
        return self._description

    @property
    def url(self) -> str:
        """`attachment://<filename>`: how a message's payload points at this upload."""
        return f"attachment://{self.filename}"

    @property
    def filename(self) -> str:
        """The name given, else the file's own name; `SPOILER_` in front when `is_spoiler` is set."""
        return _with_spoiler(self._filename or self.path.name, self.is_spoiler)

    def stream(
        self, *, executor: concurrent.futures.Executor | None = None, head_only: bool = False
    ) -> AsyncReaderContextManager[ThreadedFileReader]:
        """Read the file in chunks, each read run in `executor` (`head_only` does not apply).

        Only a `ThreadPoolExecutor` (or `None`, the loop's default) will do: a process pool
        cannot share the open file. Entering fails with `FileNotFoundError` or
        `IsADirectoryError` as opening the file would.
        """
        import concurrent.futures  # loaded by asyncio already; kept out of `import hikari_like`.

        if executor is None or isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            return _OpenFile(self.path, self.filename, executor)
        msg = f"a File is read in a ThreadPoolExecutor or the loop's default, not a {type(executor).__name__}"
        raise TypeError(msg)

    async def save(
        self, path: Pathish, *, executor: concurrent.futures.Executor | None = None, force: bool = False
    ) -> None:
        """Copy the file to `path` in one executor job, keeping its times and mode as a copy does."""
        # One executor job copies it all in chunks (and keeps its times and mode, as a copy does),
        # instead of a hop to the loop per chunk.
        await _running_loop().run_in_executor(
            executor, _resource_io.copy_file, self.path, path, self.filename, force
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, File):
            return NotImplemented
        return (self.path, self.filename) == (other.path, other.filename)

    def __hash__(self) -> int:
        return hash((File, self.path, self.filename))


class WebResource(Resource[WebReader], abc.ABC):
    """A resource fetched over HTTP; Discord is given its URL (an embed image), it is not uploaded."""

    __slots__ = ()

    def stream(
        self, *, executor: concurrent.futures.Executor | None = None, head_only: bool = False
    ) -> AsyncReaderContextManager[WebReader]:
        """Download the resource as it arrives (`executor` does not apply).

        Entering sends the request and fails with hikari's HTTP errors for an error answer
        (`NotFoundError` for a 404, `InternalServerError` for a 5xx...); aiohttp's errors for a
        connection that fails, `TimeoutError` after `WEB_CONNECT_TIMEOUT`/`WEB_READ_TIMEOUT`.
        Redirects are followed. With `head_only`, only the headers are fetched (`HEAD`): the
        reader tells `mimetype` and `size` and yields nothing.

        ```python
        async with attachment.stream(head_only=True) as reader:
            if reader.mimetype != "image/png":
                return
        ```
        """
        return _resource_io.OpenURL(self, head_only=head_only)

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
        """The alt text given as `description=`, `None` when none was."""
        return self._description

    @property
    def url(self) -> str:
        """The web URL, as given: Discord fetches it itself when it is sent as an attachment."""
        return self._url

    @property
    def filename(self) -> str:
        """The name given, else the last segment of the URL's path."""
        if self._filename:
            return self._filename
        try:
            path = urllib.parse.urlparse(self._url).path
        except ValueError:  # a URL that cannot be parsed (`http://[`): its last segment will do
            path = self._url.split("?", 1)[0].split("#", 1)[0]
        return posixpath.basename(path)


def ensure_resource(value: Resourceish, /) -> Resource:
    """Turn raw data, a URL, a `data:` URI or a path into a `Resource` (a resource is returned as is).

    Raw data gets a unique name with the extension its first bytes show; a string that looks
    like a `data:` URI but is not one is taken as a path, as in hikari.

    >>> ensure_resource("https://example.com/cat.png")
    URL(url='https://example.com/cat.png', filename='cat.png')
    """
    if isinstance(value, Resource):
        return value
    if isinstance(value, RAWISH_TYPES):
        data = unwrap_bytes(value)
        return Bytes(data, generate_filename_from_details(data=data))
    text = os.fspath(value)
    if text.startswith(("https://", "http://")):
        return URL(text)
    if text.startswith("data:"):
        try:
            return Bytes.from_data_uri(text)
        except ValueError:
            pass
    return File(text)
