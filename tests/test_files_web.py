"""Web resources (`URL`, attachments) against a real loopback HTTP server: streaming, saving,
error answers, redirects, timeouts; and hikari reading the same server the same way."""

from __future__ import annotations

import asyncio
import pathlib
import typing

import aiohttp
import hikari
import pytest
from aiohttp import web

import hikari_like
from hikari_like import files

BODY: typing.Final = bytes(range(256)) * 800  # 200 KiB
PIECE: typing.Final = 1000


async def _binary_answer(request: web.Request, *, length: int | None) -> web.StreamResponse:
    """Headers sent, body to follow: of `length` bytes, or chunked without one."""
    response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
    if length is None:
        response.enable_chunked_encoding()
    else:
        response.content_length = length
    await response.prepare(request)
    return response


class Site:
    """A loopback web server with one route per behaviour under test."""

    def __init__(self) -> None:
        self.url = ""
        self.release = asyncio.Event()  # lets the held-back half of /held go
        self.methods: list[str] = []
        self._runner: web.AppRunner | None = None

    def __call__(self, path: str) -> str:
        return f"{self.url}/{path}"

    async def start(self) -> None:
        app = web.Application()
        routes = {
            "/cat.png": self._file,
            "/chunked.bin": self._chunked,
            "/held.bin": self._held,
            "/stalled.bin": self._stalled,
            "/redirect": self._redirect,
            "/loop": self._loop,
            "/status/{status}": self._status,
        }
        for path, handler in routes.items():
            app.router.add_route("*", path, handler)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"

    async def close(self) -> None:
        self.release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _file(self, request: web.Request) -> web.Response:
        self.methods.append(request.method)
        return web.Response(body=BODY, content_type="image/png")

    async def _chunked(self, request: web.Request) -> web.StreamResponse:
        # Transfer-Encoding: chunked, in pieces far smaller than a reader's chunk.
        response = await _binary_answer(request, length=None)
        for start in range(0, len(BODY), PIECE):
            await response.write(BODY[start : start + PIECE])
        await response.write_eof()
        return response

    async def _held(self, request: web.Request) -> web.StreamResponse:
        # Half the body, then nothing until the test says so: what was sent must reach the disk
        # while the rest is still on its way.
        response = await _binary_answer(request, length=len(BODY))
        await response.write(BODY[: len(BODY) // 2])
        await self.release.wait()
        await response.write(BODY[len(BODY) // 2 :])
        await response.write_eof()
        return response

    async def _stalled(self, request: web.Request) -> web.StreamResponse:
        response = await _binary_answer(request, length=len(BODY))
        await response.write(BODY[:PIECE])
        await self.release.wait()  # never, while the client waits
        return response

    async def _redirect(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("/cat.png")

    async def _loop(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("/loop")

    async def _status(self, request: web.Request) -> web.Response:
        return web.Response(status=int(request.match_info["status"]), text="<html>no</html>")


@pytest.fixture
async def site() -> typing.AsyncIterator[Site]:
    server = Site()
    await server.start()
    try:
        yield server
    finally:
        await server.close()


def _entries(directory: pathlib.Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


def _file_size(path: pathlib.Path) -> int:
    return path.stat().st_size if path.exists() else 0


async def test_url_streams_in_bounded_chunks(site: Site) -> None:
    resource = files.URL(site("chunked.bin"))

    async with resource.stream() as reader:
        chunks = [chunk async for chunk in reader]

    assert b"".join(chunks) == BODY
    assert max(len(chunk) for chunk in chunks) <= files.CHUNK_SIZE
    assert await resource.read() == BODY


async def test_the_reader_tells_what_the_server_said(site: Site) -> None:
    async with files.URL(site("cat.png")).stream() as reader:
        assert isinstance(reader, files.WebReader)
        assert (reader.filename, reader.mimetype) == ("cat.png", "image/png")
        assert (reader.status, reader.reason, reader.size) == (200, "OK", len(BODY))
        assert reader.url == site("cat.png")


async def _answer_without_a_type(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    # aiohttp's server always names a type, so this answer is written by hand.
    await reader.readuntil(b"\r\n\r\n")
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc")
    await writer.drain()
    writer.close()


async def test_without_a_content_type_the_file_name_tells_the_type() -> None:
    server = await asyncio.start_server(_answer_without_a_type, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with files.URL(f"http://127.0.0.1:{port}/download", "notes.txt").stream() as reader:
            # Not aiohttp's application/octet-stream for a missing header.
            assert reader.mimetype == "text/plain"
            assert await reader.read() == b"abc"
    finally:
        server.close()
        await server.wait_closed()


async def test_head_only_fetches_the_headers(site: Site) -> None:
    async with files.URL(site("cat.png")).stream(head_only=True) as reader:
        assert (reader.head_only, reader.size, reader.mimetype) == (True, len(BODY), "image/png")
        assert [chunk async for chunk in reader] == []
    assert site.methods == ["HEAD"]


async def test_redirects_are_followed(site: Site) -> None:
    async with files.URL(site("redirect"), "cat.png").stream() as reader:
        assert reader.url == site("cat.png")
        assert await reader.read() == BODY


async def test_endless_redirects_fail_with_aiohttps_error(site: Site) -> None:
    # As in hikari: aiohttp stops after 10 hops.
    with pytest.raises(aiohttp.TooManyRedirects):
        await files.URL(site("loop")).read()


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, hikari_like.BadRequestError),
        (401, hikari_like.UnauthorizedError),
        (403, hikari_like.ForbiddenError),
        (404, hikari_like.NotFoundError),
        (418, hikari_like.ClientHTTPResponseError),
        (503, hikari_like.InternalServerError),
    ],
)
async def test_error_answers_raise_hikaris_http_errors(
    site: Site, status: int, error: type[hikari_like.HTTPResponseError]
) -> None:
    with pytest.raises(error) as caught:
        async with files.URL(site(f"status/{status}")).stream():
            pass

    assert type(caught.value) is error
    assert caught.value.status == status
    assert caught.value.raw_body == b"<html>no</html>"
    assert site(f"status/{status}") in str(caught.value)


async def test_save_streams_the_body_to_disk_as_it_arrives(site: Site, tmp_path: pathlib.Path) -> None:
    target = tmp_path / "held.bin"
    saving = asyncio.create_task(files.URL(site("held.bin")).save(tmp_path))

    # A full chunk is on disk while the server still holds the second half back: the body is
    # written as it arrives, not gathered in memory first.
    async def first_chunk_written() -> None:
        # A file growing on disk sets no event: looking again is the only way to see it.
        while _file_size(target) < files.CHUNK_SIZE:  # noqa: ASYNC110
            await asyncio.sleep(0.01)

    await asyncio.wait_for(first_chunk_written(), timeout=30)
    site.release.set()
    await saving

    assert target.read_bytes() == BODY


async def test_save_of_a_chunked_body_into_a_file(site: Site, tmp_path: pathlib.Path) -> None:
    await files.URL(site("chunked.bin")).save(tmp_path / "copy.bin")

    assert (tmp_path / "copy.bin").read_bytes() == BODY


async def test_save_of_an_error_answer_creates_no_file(site: Site, tmp_path: pathlib.Path) -> None:
    with pytest.raises(hikari_like.NotFoundError):
        await files.URL(site("status/404"), "gone.png").save(tmp_path)

    assert _entries(tmp_path) == []


async def test_save_refuses_an_existing_file_before_downloading(site: Site, tmp_path: pathlib.Path) -> None:
    (tmp_path / "cat.png").write_bytes(b"mine")

    with pytest.raises(FileExistsError):
        await files.URL(site("cat.png")).save(tmp_path)

    assert (tmp_path / "cat.png").read_bytes() == b"mine"
    await files.URL(site("cat.png")).save(tmp_path, force=True)
    assert (tmp_path / "cat.png").read_bytes() == BODY


async def test_a_stalled_body_times_out_and_leaves_no_partial_file(
    site: Site, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "WEB_READ_TIMEOUT", 0.2)

    with pytest.raises(TimeoutError):
        await files.URL(site("stalled.bin")).save(tmp_path)

    assert _entries(tmp_path) == []


async def test_attachments_save_and_stream(site: Site, tmp_path: pathlib.Path) -> None:
    attachment = hikari_like.Attachment.from_payload(
        {"id": "1", "url": site("cat.png"), "filename": "cat.png", "size": len(BODY)}
    )

    await attachment.save(tmp_path)
    async with attachment.stream(head_only=True) as reader:
        mimetype = reader.mimetype

    assert (tmp_path / "cat.png").read_bytes() == BODY
    assert mimetype == "image/png"


async def test_hikari_and_hikari_like_save_the_same_bytes_and_fail_alike(
    site: Site, tmp_path: pathlib.Path
) -> None:
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir()
    theirs.mkdir()

    await files.URL(site("chunked.bin")).save(ours)
    await hikari.URL(site("chunked.bin")).save(theirs)

    assert (ours / "chunked.bin").read_bytes() == (theirs / "chunked.bin").read_bytes() == BODY
    with pytest.raises(FileExistsError):
        await files.URL(site("chunked.bin")).save(ours)
    with pytest.raises(FileExistsError):
        await hikari.URL(site("chunked.bin")).save(theirs)
    with pytest.raises(hikari_like.NotFoundError):
        await files.URL(site("status/404")).read()
    with pytest.raises(hikari.errors.NotFoundError):
        await hikari.URL(site("status/404")).read()


async def test_component_media_saves_from_the_web(site: Site, tmp_path: pathlib.Path) -> None:
    media = hikari_like.components.MediaResource(
        resource=files.URL(site("cat.png")),
        proxy_resource=files.URL(site("redirect"), "proxied.png"),
        width=None,
        height=None,
        content_type="image/png",
        loading_state=None,
    )

    await media.save(tmp_path)
    assert media.proxy_resource is not None
    await media.proxy_resource.save(tmp_path)

    assert (tmp_path / "cat.png").read_bytes() == BODY
    assert (tmp_path / "proxied.png").read_bytes() == BODY
