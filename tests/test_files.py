"""Resources: bytes, files and URLs, streamed in chunks."""

from __future__ import annotations

import concurrent.futures
import pathlib
import typing

import pytest

from hikari_like import files


async def _chunks(resource: files.Resource, **kwargs: typing.Any) -> list[bytes]:
    async with resource.stream(**kwargs) as reader:
        return [chunk async for chunk in reader]


async def test_bytes_stream_in_chunks() -> None:
    data = bytes(range(256)) * 1024  # 256 KiB: four chunks
    resource = files.Bytes(data, "blob.bin")

    chunks = await _chunks(resource)

    assert len(chunks) == 4
    assert all(len(chunk) == files.CHUNK_SIZE for chunk in chunks)
    assert b"".join(chunks) == data
    assert await resource.read() == data
    assert resource.url == "attachment://blob.bin"
    assert resource.extension == "bin"


def test_bytes_names_and_types() -> None:
    assert files.Bytes(b"x", "cat.png").mimetype == "image/png"
    assert files.Bytes(b"x", "mystery").mimetype == "application/octet-stream"
    assert files.Bytes(b"x", "cat.png", spoiler=True).filename == "SPOILER_cat.png"
    assert files.Bytes(b"x", "a.txt") == files.Bytes(bytearray(b"x"), "a.txt")
    assert files.Bytes(b"x", "noext").extension is None


class _CountingExecutor(concurrent.futures.ThreadPoolExecutor):
    """A real thread pool that counts the jobs it is given."""

    def __init__(self) -> None:
        super().__init__(max_workers=1)
        self.jobs = 0

    def submit(
        self, fn: typing.Callable[..., typing.Any], /, *args: typing.Any, **kwargs: typing.Any
    ) -> typing.Any:
        self.jobs += 1
        return super().submit(fn, *args, **kwargs)


async def test_file_reads_in_chunks_through_the_executor(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "big.dat"
    data = b"0123456789abcdef" * 10_000
    path.write_bytes(data)
    expected_chunks = -(-len(data) // files.CHUNK_SIZE)

    with _CountingExecutor() as pool:
        resource = files.File(path)
        async with resource.stream(executor=pool) as reader:
            chunks = [chunk async for chunk in reader]

    assert b"".join(chunks) == data
    assert len(chunks) == expected_chunks
    # open + one read per chunk + the final empty read + close, all off the event loop.
    assert pool.jobs == expected_chunks + 3
    assert reader.filename == "big.dat"
    assert resource.url == "attachment://big.dat"


async def test_file_default_executor_and_rename(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("hello")
    resource = files.File(path, "renamed.txt", spoiler=True)
    assert resource.filename == "SPOILER_renamed.txt"
    assert await resource.read() == b"hello"


async def test_missing_file_fails_on_enter(tmp_path: pathlib.Path) -> None:
    with pytest.raises(FileNotFoundError):
        await files.File(tmp_path / "nope").read()


def test_ensure_resource(tmp_path: pathlib.Path) -> None:
    existing = files.Bytes(b"x", "x.txt")
    assert files.ensure_resource(existing) is existing
    assert isinstance(files.ensure_resource("https://example.com/a.png"), files.URL)
    png = files.ensure_resource(b"\x89PNG\r\n\x1a\n....")
    other_png = files.ensure_resource(b"\x89PNG\r\n\x1a\n!!!!")
    # Names of their own (as hikari's), so each can be referred to as attachment://<name>, and
    # the same for the same data, so a message built twice names its files the same.
    assert png.filename.endswith(".png")
    assert png.filename != other_png.filename
    assert files.ensure_resource(b"\x89PNG\r\n\x1a\n....").filename == png.filename
    assert files.ensure_resource(bytearray(b"plain")).extension is None
    on_disk = files.ensure_resource(tmp_path / "doc.pdf")
    assert isinstance(on_disk, files.File)
    assert on_disk.filename == "doc.pdf"
    data_uri = files.ensure_resource("data:text/plain;base64,aGVsbG8=")
    assert isinstance(data_uri, files.Bytes)
    assert data_uri.data == b"hello"
    assert data_uri.mimetype == "text/plain"
