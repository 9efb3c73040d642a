"""`save()` of resources held locally: bytes, lazy sources, files on disk; and hikari's helpers."""

from __future__ import annotations

import concurrent.futures
import os
import pathlib
import shutil
import typing

import pytest

import hikari_like
from hikari_like import files


def _entries(directory: pathlib.Path) -> list[str]:
    return sorted(path.name for path in directory.iterdir())


async def _chunks(resource: files.Resource, **kwargs: typing.Any) -> list[bytes]:
    async with resource.stream(**kwargs) as reader:
        return [chunk async for chunk in reader]


async def test_bytes_save_to_a_path_and_into_a_directory(tmp_path: pathlib.Path) -> None:
    resource = files.Bytes(b"hello", "note.txt")

    await resource.save(tmp_path / "copy.txt")
    await resource.save(tmp_path)  # a directory: saved under the resource's filename

    assert (tmp_path / "copy.txt").read_bytes() == b"hello"
    assert (tmp_path / "note.txt").read_bytes() == b"hello"


async def test_save_refuses_an_existing_file_unless_forced(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "note.txt"
    target.write_bytes(b"old")

    with pytest.raises(FileExistsError, match="force=True"):
        await files.Bytes(b"new", "note.txt").save(target)
    assert target.read_bytes() == b"old"

    await files.Bytes(b"new", "note.txt").save(target, force=True)
    assert target.read_bytes() == b"new"


async def test_save_expands_the_home_directory(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))

    await files.Bytes(b"x", "a.bin").save("~/saved.bin")

    assert (tmp_path / "saved.bin").read_bytes() == b"x"


async def test_save_into_a_missing_directory_fails_and_creates_nothing(tmp_path: pathlib.Path) -> None:
    with pytest.raises(FileNotFoundError):
        await files.Bytes(b"x", "a.bin").save(tmp_path / "nowhere" / "a.bin")
    assert _entries(tmp_path) == []


async def _numbers(count: int) -> typing.AsyncIterator[str]:
    for number in range(count):
        yield f"{number}\n"


async def test_a_lazy_source_is_streamed_in_bounded_chunks_and_saved(tmp_path: pathlib.Path) -> None:
    expected = "".join(f"{number}\n" for number in range(100_000)).encode()

    chunks = await _chunks(files.Bytes(_numbers(100_000), "numbers.txt"))
    await files.Bytes(_numbers(100_000), "numbers.txt").save(tmp_path)

    assert b"".join(chunks) == expected
    # Many tiny pieces are gathered into full chunks; only the last is shorter.
    assert {len(chunk) for chunk in chunks[:-1]} == {files.CHUNK_SIZE}
    assert (tmp_path / "numbers.txt").read_bytes() == expected


async def test_lazy_sources_of_every_kind(tmp_path: pathlib.Path) -> None:
    big_piece = b"z" * (files.CHUNK_SIZE * 2 + 5)  # one piece larger than a chunk is split

    assert await files.Bytes(iter(["a", "é"]), "x").read() == "aé".encode()
    assert await files.Bytes([b"c", b"d"], "x").read() == b"cd"
    assert [len(chunk) for chunk in await _chunks(files.Bytes([big_piece], "x"))] == [
        files.CHUNK_SIZE,
        files.CHUNK_SIZE,
        5,
    ]


async def test_a_lazy_source_of_the_wrong_kind_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="Bytes takes raw data"):
        files.Bytes(typing.cast(typing.Any, 42), "x")
    with pytest.raises(TypeError, match="must give bytes or str, got int"):
        await files.Bytes(typing.cast(typing.Any, [1, 2]), "x").read()


async def test_a_failing_lazy_source_leaves_no_partial_file(tmp_path: pathlib.Path) -> None:
    async def broken() -> typing.AsyncIterator[bytes]:
        yield b"x" * (files.CHUNK_SIZE * 3)
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError, match="went away"):
        await files.Bytes(broken(), "export.csv").save(tmp_path)
    assert _entries(tmp_path) == []


async def test_file_save_copies_contents_and_times(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "report.pdf"
    source.write_bytes(os.urandom(files.CHUNK_SIZE * 3 + 7))
    os.utime(source, (1_000_000_000, 1_000_000_000))
    target_dir = tmp_path / "out"
    target_dir.mkdir()

    await files.File(source).save(target_dir)

    copy = target_dir / "report.pdf"
    assert copy.read_bytes() == source.read_bytes()
    assert copy.stat().st_mtime == source.stat().st_mtime  # kept, as a copy (hikari's copy2) does


async def test_file_save_of_a_missing_file_creates_nothing(tmp_path: pathlib.Path) -> None:
    with pytest.raises(FileNotFoundError):
        await files.File(tmp_path / "nope.txt").save(tmp_path / "copy.txt")
    assert _entries(tmp_path) == []


async def test_file_save_onto_itself_is_refused_even_when_forced(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"precious")

    with pytest.raises(shutil.SameFileError):
        await files.File(source).save(source, force=True)
    assert source.read_bytes() == b"precious"


async def test_file_save_and_stream_run_in_the_given_executor(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"abc")
    with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="files-test") as pool:
        await files.File(source).save(tmp_path / "b.txt", executor=pool)
        assert await files.File(source).read(executor=pool) == b"abc"
    assert (tmp_path / "b.txt").read_bytes() == b"abc"


def test_file_refuses_a_process_pool(tmp_path: pathlib.Path) -> None:
    # A process pool cannot share the open file; hikari refuses it the same way.
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool, pytest.raises(TypeError):
        files.File(tmp_path / "a.txt").stream(executor=pool)


async def test_stream_is_async_only_and_one_open_at_a_time(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")
    opener = files.File(path).stream()

    with pytest.raises(TypeError, match="async with"), typing.cast(typing.Any, opener):
        pass
    async with opener as reader:
        assert isinstance(reader, files.ThreadedFileReader)
        with pytest.raises(RuntimeError, match="already open"):
            await opener.__aenter__()
    async with opener as reader:  # closed on leaving, so it opens again
        assert await reader.read() == b"abc"


async def test_a_directory_is_not_a_file_to_read(tmp_path: pathlib.Path) -> None:
    with pytest.raises(IsADirectoryError):
        await files.File(tmp_path).read()


async def test_embed_resources_save_through_what_they_wrap(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "chart.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + b"p" * 100)
    embed = hikari_like.Embed().set_image(source).set_thumbnail(files.Bytes(b"thumb", "t.png"))
    assert embed.image is not None
    assert embed.thumbnail is not None
    out = tmp_path / "out"
    out.mkdir()

    await embed.image.save(out)
    await embed.thumbnail.save(out)

    assert (out / "chart.png").read_bytes() == source.read_bytes()
    assert (out / "t.png").read_bytes() == b"thumb"
    assert embed.image.proxy_filename is None  # only embeds Discord sent have a proxied copy


def test_received_embed_resources_name_their_proxied_copy() -> None:
    embed = hikari_like.embeds.deserialize_embed(
        {
            "image": {
                "url": "https://example.com/cat.png",
                "proxy_url": "https://media.discordapp.net/external/abc/cat.webp",
            }
        }
    )
    assert embed.image is not None
    assert embed.image.filename == "cat.png"
    assert embed.image.proxy_filename == "cat.webp"
    assert embed.image.proxy_resource == files.URL("https://media.discordapp.net/external/abc/cat.webp")


def test_hikaris_helpers() -> None:
    assert files.ensure_path("a/b.txt") == pathlib.Path("a/b.txt")
    assert files.unwrap_bytes(memoryview(b"mv")) == b"mv"
    assert files.guess_mimetype_from_data(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert files.guess_mimetype_from_data(b"\xff\xd8\xff\xe0\x00\x10JFIF") == "image/jpeg"
    assert files.guess_mimetype_from_data(b"plain text") is None
    assert files.guess_file_extension("image/gif") == ".gif"
    assert files.generate_filename_from_details(mimetype="image/png").endswith(".png")
    assert files.generate_filename_from_details(extension=".txt").endswith(".txt")
    assert files.generate_filename_from_details(data=b"GIF89a").endswith(".gif")
    assert "." not in files.generate_filename_from_details()
    assert files.to_data_uri(b"\x89PNG\r\n\x1a\n", None).startswith("data:image/png;base64,")
    with pytest.raises(TypeError, match="give a mimetype"):
        files.to_data_uri(b"plain", None)


def test_data_uris() -> None:
    assert files.Bytes.from_data_uri("data:,a%20b", "a.txt").data == b"a b"
    unnamed = files.Bytes.from_data_uri("data:image/png;base64,iVBORw0KGgo=")
    assert unnamed.filename.endswith(".png")
    assert unnamed.mimetype == "image/png"
    with pytest.raises(ValueError, match="not a data URI"):
        files.Bytes.from_data_uri("https://example.com")
    with pytest.raises(ValueError, match="base64 cannot be decoded"):
        files.Bytes.from_data_uri("data:image/png;base64,not base64!")
    # A string that only looks like a data URI is a path, as in hikari.
    assert isinstance(files.ensure_resource("data:broken"), files.File)
