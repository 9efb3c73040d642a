"""How the emulated gateway turns one payload into websocket frames under each transport compression.

Each connection gets its own encoder, as Discord keeps one compression context per connection:

- `zlib-stream`: one zlib stream, `Z_SYNC_FLUSH` after every payload (so it ends `00 00 ff ff`);
  the compressed bytes may be split across several binary frames, and clients must buffer them.
- `zstd-stream`: one zstd frame that is never ended, flushed to a block boundary after every
  payload; Discord documents that each websocket message is exactly one gateway message, so a
  payload is never split.
"""

from __future__ import annotations

__all__ = ["SUPPORTED_COMPRESSIONS", "FrameEncoder", "make_encoder"]

import typing
import zlib

if typing.TYPE_CHECKING:
    import zstandard

SUPPORTED_COMPRESSIONS: typing.Final = ("zlib-stream", "zstd-stream")


class FrameEncoder(typing.Protocol):
    """Compress one payload with the connection's running context; returns the binary frames to send."""

    def encode(self, raw: bytes, *, split: int) -> list[bytes]: ...


class ZlibStreamEncoder:
    __slots__ = ("_deflater",)

    def __init__(self) -> None:
        self._deflater = zlib.compressobj()

    def encode(self, raw: bytes, *, split: int) -> list[bytes]:
        data = self._deflater.compress(raw) + self._deflater.flush(zlib.Z_SYNC_FLUSH)
        return _pieces(data, split)


class ZstdStreamEncoder:
    __slots__ = ("_compressor", "_flush_block")

    def __init__(self) -> None:
        import zstandard  # Optional (the `zstd` extra): only imported when a client asks for it.

        self._compressor: zstandard.ZstdCompressionObj = zstandard.ZstdCompressor().compressobj()
        self._flush_block = zstandard.COMPRESSOBJ_FLUSH_BLOCK

    def encode(self, raw: bytes, *, split: int) -> list[bytes]:
        # `split` is ignored on purpose: Discord sends each zstd-stream message in one frame.
        return [self._compressor.compress(raw) + self._compressor.flush(self._flush_block)]


def make_encoder(compress: str | None) -> FrameEncoder | None:
    """A fresh encoder for one connection; `None` for no compression or one we do not speak."""
    if compress == "zlib-stream":
        return ZlibStreamEncoder()
    if compress == "zstd-stream":
        return ZstdStreamEncoder()
    return None


def _pieces(data: bytes, count: int) -> list[bytes]:
    count = max(1, min(count, len(data)))
    size = -(-len(data) // count)
    return [data[i : i + size] for i in range(0, len(data), size)]
