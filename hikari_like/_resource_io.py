"""How resources are opened on the web and saved to disk: the parts `files` loads on first use.

`files` holds the resource and reader classes every bot program touches; this module holds the
work only some calls do (a URL opened with aiohttp, its error answers turned into hikari's HTTP
errors, a resource written to disk), so `import hikari_like` does not pay for it.
"""

from __future__ import annotations

__all__ = ["OpenURL", "copy_file", "rechunk", "save_chunks", "write_all"]

import asyncio
import os
import pathlib
import typing

from hikari_like import errors
from hikari_like import files

if typing.TYPE_CHECKING:
    import concurrent.futures

    import aiohttp

_ERROR_BODY_LIMIT: typing.Final = files.CHUNK_SIZE
"""How much of an error page an error keeps."""


async def rechunk(chunks: typing.AsyncIterable[bytes], size: int) -> typing.AsyncIterator[bytes]:
    """The same bytes in chunks of exactly `size` (the last may be shorter); holds under 2 x `size`."""
    buffer = bytearray()
    async for chunk in chunks:
        buffer += chunk
        while len(buffer) >= size:
            yield bytes(buffer[:size])
            del buffer[:size]
    if buffer:
        yield bytes(buffer)


@typing.final
class OpenURL(files.AsyncReaderContextManager[files.WebReader]):
    """What `WebResource.stream()` returns: entering sends the request, leaving closes it."""

    __slots__ = ("_head_only", "_resource", "_response", "_session")

    def __init__(self, resource: files.WebResource, *, head_only: bool) -> None:
        self._resource = resource
        self._head_only = head_only
        self._session: aiohttp.ClientSession | None = None
        self._response: aiohttp.ClientResponse | None = None

    async def __aenter__(self) -> files.WebReader:
        import aiohttp  # here, not at the top: saving bytes or a file loads this module too.

        timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=files.WEB_CONNECT_TIMEOUT, sock_read=files.WEB_READ_TIMEOUT
        )
        session = aiohttp.ClientSession(timeout=timeout)
        try:
            # aiohttp follows redirects (up to 10) for GET and HEAD, as hikari does.
            response = await session.request("HEAD" if self._head_only else "GET", self._resource.url)
            if not 200 <= response.status < 400:  # a 3xx left unfollowed is an answer, as in hikari
                async with response:
                    raise await _error_for(response)
        except BaseException:
            await session.close()
            raise
        self._session, self._response = session, response
        return self._reader_of(response)

    def _reader_of(self, response: aiohttp.ClientResponse) -> files.WebReader:
        filename = self._resource.filename
        # aiohttp says application/octet-stream when the header is missing: the name knows better.
        named_type = response.content_type if "Content-Type" in response.headers else None
        return files.WebReader(
            filename,
            named_type or files.guess_mimetype_from_filename(filename),
            stream=response.content,
            url=str(response.real_url),
            status=response.status,
            reason=str(response.reason or ""),
            charset=response.charset,
            size=response.content_length,
            head_only=self._head_only,
        )

    async def _release(self) -> None:
        response, session = self._response, self._session
        self._response = self._session = None
        if response is not None:
            response.close()  # a body left unread is not drained: the connection is dropped
        if session is not None:
            await session.close()


async def _error_for(response: aiohttp.ClientResponse) -> errors.HTTPResponseError:
    """hikari's typed HTTP error for a web resource's error answer (the first 64 KiB of its body kept)."""
    body = await response.content.read(_ERROR_BODY_LIMIT)
    message = f"{response.method} {response.real_url} answered {response.status} {response.reason or ''}"
    return errors.http_error_for(
        str(response.real_url), response.status, dict(response.headers), body, message=message.rstrip()
    )


# --- saving ---------------------------------------------------------------------------------------


def _target_path(path: files.Pathish, default_filename: str) -> pathlib.Path:
    target = files.ensure_path(path).expanduser()
    return target / default_filename if target.is_dir() else target


def _open_for_writing(
    path: files.Pathish, default_filename: str, force: bool
) -> tuple[pathlib.Path, typing.BinaryIO]:
    target = _target_path(path, default_filename)
    try:
        # "x" creates the file only if it is not there, in one step: no window for another writer.
        return target, target.open("wb" if force else "xb")
    except FileExistsError:
        msg = f"{target} already exists; pass force=True to overwrite it"
        raise FileExistsError(msg) from None


def _discard(target: pathlib.Path, handle: typing.BinaryIO) -> None:
    # A failed save leaves no half-written file that could pass for the whole one.
    handle.close()
    target.unlink(missing_ok=True)


async def save_chunks(
    chunks: typing.AsyncIterable[bytes],
    path: files.Pathish,
    default_filename: str,
    *,
    executor: concurrent.futures.Executor | None,
    force: bool,
) -> None:
    loop = asyncio.get_running_loop()
    target, handle = await loop.run_in_executor(executor, _open_for_writing, path, default_filename, force)
    try:
        async for block in rechunk(chunks, files.CHUNK_SIZE):
            await loop.run_in_executor(executor, handle.write, block)
    except BaseException:
        await loop.run_in_executor(executor, _discard, target, handle)
        raise
    await loop.run_in_executor(executor, handle.close)


def write_all(path: files.Pathish, default_filename: str, data: bytes, force: bool) -> None:
    target, handle = _open_for_writing(path, default_filename, force)
    try:
        handle.write(data)
    except BaseException:
        _discard(target, handle)
        raise
    handle.close()


def copy_file(source: pathlib.Path, path: files.Pathish, default_filename: str, force: bool) -> None:
    import shutil  # only a File's save needs it

    source = source.expanduser()
    target = _target_path(path, default_filename)
    if target.exists() and source.exists() and os.path.samefile(source, target):
        # Opening the target to write would empty the source before it is read.
        msg = f"{source} and {target} are the same file"
        raise shutil.SameFileError(msg)
    with source.open("rb") as reader:  # first, so a missing source creates no empty copy
        target, handle = _open_for_writing(target, default_filename, force)
        try:
            shutil.copyfileobj(reader, handle, files.CHUNK_SIZE)
        except BaseException:
            _discard(target, handle)
            raise
        handle.close()
    shutil.copystat(source, target)
