"""Transport compression: one decompressor per connection, fed frame by frame, with a size cap.

Discord's `zlib-stream` is a single zlib stream for the whole connection; a message ends with
the `00 00 ff ff` flush marker and may arrive split across several websocket frames. Its
`zstd-stream` is a single zstd frame for the whole connection, flushed (never ended) after each
message, and every websocket message holds exactly one gateway message. Either decompressor keeps
state between messages, so it must never be shared by two connections (or two shards), nor kept
across a reconnect: that is why every `GatewayConnection` makes its own.

**The cap.** A message that inflates to more than `max_size` bytes is refused with
`PayloadTooLargeError` (a `GatewayTransportError`: the shard reconnects). It is refused while it
inflates, never after: zlib inflates 1 MiB at a time and never gets room past `max_size + 1`
bytes, and zstd is fed in slices small enough that no slice can inflate far past the cap, so a
100 KB "bomb" that would inflate to gigabytes costs about `max_size` bytes of memory at most.
After a refusal the stream's state is lost, which is why the connection must then be replaced.
"""

from __future__ import annotations

__all__ = [
    "DEFAULT_MAX_PAYLOAD_SIZE",
    "SUPPORTED_COMPRESSIONS",
    "PayloadTooLargeError",
    "StreamDecompressor",
    "ZlibStreamDecompressor",
    "ZstdStreamDecompressor",
    "check_max_payload_size",
    "make_decompressor",
]

import typing
import zlib

from hikari_like.errors import GatewayTransportError

ZLIB_SUFFIX: typing.Final = b"\x00\x00\xff\xff"

DEFAULT_MAX_PAYLOAD_SIZE: typing.Final = 64 * 1024 * 1024
"""64 MiB: the largest gateway payload a shard accepts, as received and once inflated.

Discord's largest real payloads are a few MiB (a GUILD_CREATE of a guild with hundreds of
channels, thousands of threads and every role and emoji; a GUILD_MEMBERS_CHUNK of 1,000 members
with presences), so 64 MiB leaves more than ten times that, while a compression bomb is stopped
at a bounded cost instead of taking all the memory there is.
"""

_ZLIB_STEP: typing.Final = 1024 * 1024
"""Inflate at most this much per call, so a bomb is refused holding the cap, not twice the cap."""
_ZSTD_MAX_RATIO: typing.Final = 32 * 1024
"""The most one compressed byte can inflate to under zstd: a 4-byte RLE block makes 128 KiB."""
_ZSTD_MIN_SLICE: typing.Final = 16
"""Near the cap, still feed a few bytes per step (each step may then overshoot by a few blocks)."""


class PayloadTooLargeError(GatewayTransportError):
    """A gateway message that is, or would inflate to, more than the shard's `max_payload_size`."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the gateway sent a payload larger than max_payload_size ({limit} bytes)")
        self.limit = limit


class StreamDecompressor(typing.Protocol):
    """Feed binary frames; get a whole message back once it is complete, `None` until then."""

    def feed(self, frame: bytes) -> bytes | None:
        """Take one binary frame; return the whole inflated message once it ends, else `None`.

        Raises `GatewayTransportError` when the frame cannot be decompressed or the message
        would outgrow the maximum payload size.
        """
        ...


def check_max_payload_size(max_size: object) -> int:
    """`max_size` itself, if it is a positive number of bytes; else `ValueError`."""
    if isinstance(max_size, bool) or not isinstance(max_size, int) or max_size < 1:
        raise ValueError(f"max_payload_size must be a positive number of bytes, got {max_size!r}")
    return max_size


class ZlibStreamDecompressor:
    """`zlib-stream`: buffers frames until the flush suffix, then inflates them, at most `max_size`."""

    __slots__ = ("_buffer", "_inflater", "_max_size")

    def __init__(self, *, max_size: int = DEFAULT_MAX_PAYLOAD_SIZE) -> None:
        self._max_size = check_max_payload_size(max_size)
        self._inflater = zlib.decompressobj()
        self._buffer = bytearray()

    def feed(self, frame: bytes) -> bytes | None:
        """Buffer `frame`; inflate the buffered message once a frame ends with zlib's flush suffix."""
        self._buffer += frame
        if not self._buffer.endswith(ZLIB_SUFFIX):
            # Compressed bytes never legitimately outgrow what they inflate to (deflate adds a few
            # bytes per 16 KiB at worst), so the same cap bounds a message that never ends.
            if len(self._buffer) > self._max_size:
                raise PayloadTooLargeError(self._max_size)
            return None
        try:
            return self._inflate(self._buffer)
        except zlib.error as exc:
            raise GatewayTransportError(f"zlib-stream frame could not be inflated: {exc}") from exc
        finally:
            self._buffer.clear()

    def _inflate(self, data: bytes | bytearray) -> bytes:
        pieces: list[bytes] = []
        size = 0
        while True:
            # Never more room than one byte past the cap: filling it proves the message too large,
            # and zlib stops there, leaving the rest of the input in `unconsumed_tail`, not inflated.
            room = min(_ZLIB_STEP, self._max_size - size + 1)
            piece = self._inflater.decompress(data, room)
            size += len(piece)
            if size > self._max_size:
                raise PayloadTooLargeError(self._max_size)
            pieces.append(piece)
            data = self._inflater.unconsumed_tail
            # A full piece may leave output pending inside zlib even once the input is used up.
            if not data and len(piece) < room:
                return b"".join(pieces)


class ZstdStreamDecompressor:
    """`zstd-stream`: one zstd context for the connection; every websocket message is one payload.

    Discord compresses a connection as a single zstd frame that it never ends, flushing it after
    each gateway message, so a websocket message decompresses to exactly one whole payload given
    the context built by the messages before it. That context is why a decompressor belongs to one
    connection only. Needs the optional `zstandard` package (`pip install 'hikari_like[zstd]'`).

    zstandard's streaming decompressor has no output limit, so the frame is fed in slices: each
    no longer than the room left under `max_size` divided by zstd's largest ratio, so no slice can
    overshoot the cap by more than a few blocks. Small frames (most of them) go in one slice.
    """

    __slots__ = ("_decompressor", "_error", "_max_size")

    def __init__(self, *, max_size: int = DEFAULT_MAX_PAYLOAD_SIZE) -> None:
        self._max_size = check_max_payload_size(max_size)
        # Imported here: the package is optional and most bots never ask for zstd-stream.
        import zstandard

        self._error: type[Exception] = zstandard.ZstdError
        # Discord never ends the frame; if a server ever did and began another, the context must
        # carry on into the next frame instead of refusing all further input.
        self._decompressor: zstandard.ZstdDecompressionObj = zstandard.ZstdDecompressor().decompressobj(
            read_across_frames=True
        )

    def feed(self, frame: bytes) -> bytes | None:
        """Decompress one `zstd-stream` frame (each carries one whole message) and return it."""
        try:
            message = self._inflate(memoryview(frame))
        except self._error as exc:
            raise GatewayTransportError(f"zstd-stream frame could not be decompressed: {exc}") from exc
        if not message:
            # Each message is flushed whole, so no output means a truncated or foreign frame.
            raise GatewayTransportError("zstd-stream frame did not hold a whole gateway payload")
        return message

    def _inflate(self, frame: memoryview) -> bytes:
        pieces: list[bytes] = []
        size = 0
        position = 0
        while position < len(frame):
            step = max(_ZSTD_MIN_SLICE, (self._max_size - size) // _ZSTD_MAX_RATIO)
            piece = self._decompressor.decompress(frame[position : position + step])
            position += step
            size += len(piece)
            if size > self._max_size:
                raise PayloadTooLargeError(self._max_size)
            pieces.append(piece)
        return b"".join(pieces)


SUPPORTED_COMPRESSIONS: typing.Final = ("zlib-stream", "zstd-stream")


def make_decompressor(
    compression: str | None, *, max_size: int = DEFAULT_MAX_PAYLOAD_SIZE
) -> StreamDecompressor | None:
    """A fresh decompressor for one connection (`None`: frames are plain JSON text).

    Raises
    ------
    ValueError
        For an unknown compression, `zstd-stream` without `zstandard`, or a `max_size` below 1.
    """
    check_max_payload_size(max_size)
    if compression is None:
        return None
    if compression == "zlib-stream":
        return ZlibStreamDecompressor(max_size=max_size)
    if compression == "zstd-stream":
        try:
            return ZstdStreamDecompressor(max_size=max_size)
        except ImportError:
            raise ValueError(
                "compression='zstd-stream' needs the 'zstandard' package: pip install 'hikari_like[zstd]'"
            ) from None
    raise ValueError(f"unsupported gateway compression {compression!r}; use one of {SUPPORTED_COMPRESSIONS}")
