"""Decoding an interaction body's top level now and each nested part when it is first read.

A slash command's body is about 1.7 KB, and most of it is parts a listener seldom reads: the
member and user, the guild, the channel, entitlements. Decoding all of it into dicts and strings
(what `json.loads` does) was the largest single cost of an interaction after its signature. With
msgspec installed (the `speedups` extra), `decode_interaction` checks the whole body's syntax but
builds only the top-level fields an interaction is made from; each nested part stays bytes until
it is read (`payload["member"]`), then is decoded once and kept.

The fast path never decides an answer on its own: whenever the body is not the usual shape (not
UTF-8, not JSON, a field missing or of an unexpected type), `decode_interaction` returns `None`
and the caller decodes the body in full, which gives the same answer it always did.

msgspec is imported by the first `decode_interaction` call (or `available()`), not by `import
hikari_like`: most programs that import the package are not serving interactions yet. Until
then no `PartialPayload` can exist, so the placeholder class below is never compared wrongly.

`HIKARI_LIKE_JSON=stdlib` turns this off along with orjson (the tests use it to cover both paths).
"""

from __future__ import annotations

__all__ = ["AnyPayload", "PartialPayload", "available", "decode_interaction"]

import os
import typing

if typing.TYPE_CHECKING:
    from hikari_like.internal._partial_payload import PartialPayload
else:

    class PartialPayload:
        """Stands in until msgspec is loaded (or when it is not installed); never instantiated."""


AnyPayload: typing.TypeAlias = "dict[str, typing.Any] | PartialPayload"
"""An interaction payload as `from_payload` takes it: decoded in full (a dict) or in part."""

_loaded: bool | None = None
"""Whether partial decoding is in use; `None` until `available()` decided."""


def _decode_nothing(body: bytes) -> PartialPayload | None:
    return None


def available() -> bool:
    """Whether bodies are decoded in part (msgspec is installed and not turned off).

    The first call installs msgspec's decoder as this module's `decode_interaction`.
    """
    global PartialPayload, decode_interaction, _loaded  # noqa: PLW0603 - set once, on first use.
    if _loaded is None:
        _loaded = False
        decode_interaction = _decode_nothing
        if os.environ.get("HIKARI_LIKE_JSON") != "stdlib":
            try:
                from hikari_like.internal import _partial_payload
            except ImportError:
                pass
            else:
                PartialPayload = _partial_payload.PartialPayload  # type: ignore[misc]
                decode_interaction = _partial_payload.decode
                _loaded = True
    return _loaded


def _first_decode(body: bytes) -> PartialPayload | None:
    # Replaced by the real decoder (or `_decode_nothing`) on the first call: callers look up
    # `partial_json.decode_interaction` each time, so they get the replacement from then on.
    available()
    return decode_interaction(body)


decode_interaction: typing.Callable[[bytes], PartialPayload | None] = _first_decode
"""`decode_interaction(body)`: the body as a `PartialPayload`, or `None` to decode it in full."""
