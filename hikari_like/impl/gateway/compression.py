"""Transport compression: one decompressor per connection, fed frame by frame.

Discord's `zlib-stream` is a single zlib stream for the whole connection; a message ends with
the `00 00 ff ff` flush marker and may arrive split across several websocket frames. Its
`zstd-stream` is a single zstd frame for the whole connection, flushed (never ended) after each
message, and every websocket message holds exactly one gateway message. Either decompressor keeps
state between messages, so it must never be shared by two connections (or two shards), nor kept
across a reconnect: that is why every `GatewayConnection` makes its own.
"""

from __future__ import annotations

__all__ = [
    "SUPPORTED_COMPRESSIONS",
    "StreamDecompressor",
    "ZlibStreamDecompressor",
    "ZstdStreamDecompressor",
    "make_decompressor",
]

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
    """`zstd-stream`: one zstd context for the connection; every websocket message is one payload.

    Discord compresses a connection as a single zstd frame that it never ends, flushing it after
    each gateway message, so a websocket message decompresses to exactly one whole payload given
    the context built by the messages before it. That context is why a decompressor belongs to one
    connection only. Needs the optional `zstandard` package (`pip install 'hikari_like[zstd]'`).
    """

    __slots__ = ("_decompressor", "_error")

    def __init__(self) -> None:
        # Imported here: the package is optional and most bots never ask for zstd-stream.
        import zstandard

        self._error: type[Exception] = zstandard.ZstdError
        # Discord never ends the frame; if a server ever did and began another, the context must
        # carry on into the next frame instead of refusing all further input.
        self._decompressor: zstandard.ZstdDecompressionObj = zstandard.ZstdDecompressor().decompressobj(
            read_across_frames=True
        )

    def feed(self, frame: bytes) -> bytes | None:
        try:
            message = self._decompressor.decompress(frame)
        except self._error as exc:
            raise GatewayTransportError(f"zstd-stream frame could not be decompressed: {exc}") from exc
        if not message:
            # Each message is flushed whole, so no output means a truncated or foreign frame.
            raise GatewayTransportError("zstd-stream frame did not hold a whole gateway payload")
        return message


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
            raise ValueError(
                "compression='zstd-stream' needs the 'zstandard' package: pip install 'hikari_like[zstd]'"
            ) from None
    raise ValueError(f"unsupported gateway compression {compression!r}; use one of {SUPPORTED_COMPRESSIONS}")
