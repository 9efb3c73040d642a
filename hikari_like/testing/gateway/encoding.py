"""How the emulated gateway turns one payload into websocket frames under each transport compression.

Each connection gets its own encoder, as Discord keeps one compression context per connection:

- `zlib-stream`: one zlib stream, `Z_SYNC_FLUSH` after every payload (so it ends `00 00 ff ff`);
  the compressed bytes may be split across several binary frames, and clients must buffer them.
- `zstd-stream`: one zstd frame that is never ended, flushed to a block boundary after every
  payload; Discord documents that each websocket message is exactly one gateway message, so a
  payload is never split.
"""

from __future__ import annotations

__all__ = ["SUPPORTED_COMPRESSIONS", "FrameEncoder", "make_encoder", "padded_heartbeat_ack"]

import typing
import zlib

if typing.TYPE_CHECKING:
    import zstandard

SUPPORTED_COMPRESSIONS: typing.Final = ("zlib-stream", "zstd-stream")


class FrameEncoder(typing.Protocol):
    """Compress one payload with the connection's running context; returns the binary frames to send.

    `pieces` are the payload's bytes in order (one piece, or many for a payload too large to hold
    whole, such as a compression bomb): each is compressed as it comes, then the stream is flushed.
    """

    def encode(self, pieces: typing.Iterable[bytes], *, split: int) -> list[bytes]:
        """The frames to send for one payload's bytes (compressed with this connection's
        context, in `split` frames when it may)."""


class ZlibStreamEncoder:
    __slots__ = ("_deflater",)

    def __init__(self) -> None:
        self._deflater = zlib.compressobj()

    def encode(self, pieces: typing.Iterable[bytes], *, split: int) -> list[bytes]:
        data = b"".join(self._deflater.compress(piece) for piece in pieces)
        return _pieces(data + self._deflater.flush(zlib.Z_SYNC_FLUSH), split)


class ZstdStreamEncoder:
    __slots__ = ("_compressor", "_flush_block")

    def __init__(self) -> None:
        import zstandard  # Optional (the `zstd` extra): only imported when a client asks for it.

        self._compressor: zstandard.ZstdCompressionObj = zstandard.ZstdCompressor().compressobj()
        self._flush_block = zstandard.COMPRESSOBJ_FLUSH_BLOCK

    def encode(self, pieces: typing.Iterable[bytes], *, split: int) -> list[bytes]:
        # `split` is ignored on purpose: Discord sends each zstd-stream message in one frame.
        data = b"".join(self._compressor.compress(piece) for piece in pieces)
        return [data + self._compressor.flush(self._flush_block)]


def make_encoder(compress: str | None) -> FrameEncoder | None:
    """A fresh encoder for one connection; `None` for no compression or one we do not speak."""
    if compress == "zlib-stream":
        return ZlibStreamEncoder()
    if compress == "zstd-stream":
        return ZstdStreamEncoder()
    return None


def padded_heartbeat_ack(size: int, *, piece: int = 1 << 20) -> typing.Iterator[bytes]:
    """A valid HEARTBEAT_ACK of `size` bytes of JSON (its `d` a string of spaces), in pieces.

    Harmless to a client and as large as asked, yet never whole in memory: pass it to
    `EmulatedGateway.send_raw`, which compresses it piece by piece, to send a compression bomb
    (under zlib-stream 100 MiB of it compress to about 100 KB).

    ```python
    await gateway.send_raw(padded_heartbeat_ack(100 * 1024 * 1024))
    ```
    """
    head, tail = b'{"op":11,"d":"', b'"}'
    padding = max(0, size - len(head) - len(tail))
    chunk = b" " * min(piece, padding)
    yield head
    for _ in range(padding // piece):
        yield chunk
    yield b" " * (padding % piece)
    yield tail


def _pieces(data: bytes, count: int) -> list[bytes]:
    count = max(1, min(count, len(data)))
    size = -(-len(data) // count)
    return [data[i : i + size] for i in range(0, len(data), size)]
