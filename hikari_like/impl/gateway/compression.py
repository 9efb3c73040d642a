"""Transport compression: one decompressor per connection, fed frame by frame.

Discord's `zlib-stream` is a single zlib stream for the whole connection; a message ends with
the `00 00 ff ff` flush marker and may arrive split across several websocket frames. The
decompressor keeps state between messages, so it must never be shared by two connections (or two
shards): that is why every `GatewayConnection` makes its own.
"""

from __future__ import annotations

__all__ = ["SUPPORTED_COMPRESSIONS", "StreamDecompressor", "ZlibStreamDecompressor", "make_decompressor"]

import typing
import zlib

from hikari_like.errors import GatewayTransportError

ZLIB_SUFFIX: typing.Final = b"\x00\x00\xff\xff"


class StreamDecompressor(typing.Protocol):
    """Feed binary frames; get a whole message back once it is complete, `None` until then."""

    def feed(self, frame: bytes) -> bytes | None: ...


class ZlibStreamDecompressor:
    """`zlib-stream`: buffers frames until the flush suffix, then inflates them in one go."""

    __slots__ = ("_buffer", "_inflater")

    def __init__(self) -> None:
        self._inflater = zlib.decompressobj()
        self._buffer = bytearray()

    def feed(self, frame: bytes) -> bytes | None:
        self._buffer += frame
        if not self._buffer.endswith(ZLIB_SUFFIX):
            return None
        try:
            message = self._inflater.decompress(self._buffer)
        except zlib.error as exc:
            raise GatewayTransportError(f"zlib-stream frame could not be inflated: {exc}") from exc
        finally:
            self._buffer.clear()
        return message


class ZstdStreamDecompressor:
    """`zstd-stream`: every frame is complete; needs the `zstandard` package."""

    __slots__ = ("_decompressor",)

    def __init__(self) -> None:
        import zstandard  # type: ignore[import-not-found,unused-ignore]

        self._decompressor: typing.Any = zstandard.ZstdDecompressor().decompressobj()

    def feed(self, frame: bytes) -> bytes | None:
        try:
            return bytes(self._decompressor.decompress(frame))
        except Exception as exc:  # zstandard.ZstdError; the module is optional, so not named here.
            raise GatewayTransportError(f"zstd-stream frame could not be decompressed: {exc}") from exc


SUPPORTED_COMPRESSIONS: typing.Final = ("zlib-stream", "zstd-stream")


def make_decompressor(compression: str | None) -> StreamDecompressor | None:
    """A fresh decompressor for one connection (`None`: frames are plain JSON text)."""
    if compression is None:
        return None
    if compression == "zlib-stream":
        return ZlibStreamDecompressor()
    if compression == "zstd-stream":
        try:
            return ZstdStreamDecompressor()
        except ImportError:
            raise ValueError("compression='zstd-stream' needs the 'zstandard' package") from None
    raise ValueError(f"unsupported gateway compression {compression!r}; use one of {SUPPORTED_COMPRESSIONS}")
